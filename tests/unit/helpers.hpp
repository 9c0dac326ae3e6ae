#pragma once
// Small in-memory projects for library tests.
#include <string>

#include "model/grammar.hpp"
#include "model/identity.hpp"
#include "model/vocab.hpp"
#include "store/fs.hpp"
#include "store/layout.hpp"
#include "store/store.hpp"

namespace pmadmin::test {

/// Acting as alice, the client admin of small_project() and evm_project().
inline const IdentitySources kAsAlice{"alice", "", ""};

/// A minimal valid project at /p: config with admin/member roles, people alice (client-admin)
/// and bob (member), task t-1 owned by bob, a budget plan with category labour.
inline MemoryFileSystem small_project() {
  MemoryFileSystem fs;
  fs.add("/p/pmadmin.yaml",
         "schema: 1\nname: Test\nstart: 2026-03-02\ncreated-by: alice\ncreated-on: 2026-03-02\nroles:\n"
         "  client-admin:\n    permissions: [manage-roles, approve-budget]\n"
         "  member:\n    permissions: []\n");
  fs.add("/p/people/alice.yaml",
         "id: alice\nname: Alice\nemail: alice@example.com\norg: client\nroles: [client-admin]\n"
         "history:\n  - {date: 2026-03-02, action: grant, role: client-admin, by: alice}\n");
  fs.add("/p/people/bob.yaml",
         "id: bob\nname: Bob\nroles: [member]\nhistory:\n  - {date: 2026-03-02, action: grant, role: member, by: "
         "alice}\n");
  fs.add("/p/tasks/t-1.yaml", "id: t-1\ntitle: First\nowner: bob\nduration: 2d\ncategory: labour\n");
  fs.add("/p/budget/plan.yaml", "categories:\n  labour:\n    planned: \"1000.00\"\n");
  return fs;
}

/// The files an edit's outcome makes the store write (what mutate_project would write).
inline std::vector<FileChange> files_of(const Project& p, const Outcome& o) { return encode_touched(p, o.touched); }

/// small_project() loaded into a Project.
inline Project load_small_project() {
  auto fs = small_project();
  Diagnostics warnings;
  return *load_project(fs, "/p", warnings);
}

/// Two tasks in a row from Mon 2026-03-02: A (10 days, 10,000) then B (10 days, 20,000).
/// Budget lines: labour 25,000, travel 4,000. alice may approve budgets.
inline Project evm_project() {
  Project p;
  p.config.start = *Date::parse("2026-03-02");
  p.config.roles = {{"client-admin", RoleDef{"", {Permission::approve_budget}}}, {"member", RoleDef{}}};
  p.config.created_by = "alice";
  p.config.created_on = p.config.start;
  Person alice;
  alice.id = "alice";
  alice.roles = {"client-admin"};
  alice.history = {RoleEvent{p.config.start, RoleAction::grant, "client-admin", "alice"}};
  p.people["alice"] = alice;
  Person bob;
  bob.id = "bob";
  bob.roles = {"member"};
  p.people["bob"] = bob;
  Task a;
  a.id = "a";
  a.title = "A";
  a.duration_days = 10;
  a.cost = *Money::parse("10000");
  a.category = "labour";
  p.tasks["a"] = a;
  Task b = a;
  b.id = "b";
  b.title = "B";
  b.cost = *Money::parse("20000");
  b.depends = {Dependency{"a", DependencyType::fs, 0}};
  p.tasks["b"] = b;
  BudgetPlan plan;
  plan.src.file = kBudgetFile;
  plan.categories = {{"labour", BudgetLine{*Money::parse("25000"), "team", {}, ""}},
                     {"travel", BudgetLine{*Money::parse("4000"), "", {}, ""}}};
  p.budget = plan;
  return p;
}

inline void spend(Project& p, const char* id, const char* date, const char* amount, const char* category,
                  const char* task = "") {
  Expense e;
  e.id = id;
  e.task = task;
  e.date = *Date::parse(date);
  e.amount = *Money::parse(amount);
  e.category = category;
  p.expenses[id] = e;
}

/// Start Mon 2026-03-02; alice (client-admin, all permissions, self-granted at init), bob
/// (member, granted by alice); no tasks.
inline Project audited_project() {
  Project p;
  p.config.start = *Date::parse("2026-03-02");
  p.config.src.file = "pmadmin.yaml";
  p.config.created_by = "alice";  // the root of trust, as init records it
  p.config.created_on = p.config.start;
  p.config.roles = {
      {"client-admin", RoleDef{"",
                               {Permission::manage_roles, Permission::approve_budget, Permission::accept_deliverable,
                                Permission::set_baseline, Permission::close_risk}}},
      {"member", RoleDef{}}};
  Person alice;
  alice.id = "alice";
  alice.src.file = "people/alice.yaml";
  alice.roles = {"client-admin"};
  alice.history = {RoleEvent{*Date::parse("2026-03-02"), RoleAction::grant, "client-admin", "alice"}};
  p.people["alice"] = alice;
  Person bob;
  bob.id = "bob";
  bob.src.file = "people/bob.yaml";
  bob.roles = {"member"};
  bob.history = {RoleEvent{*Date::parse("2026-03-02"), RoleAction::grant, "member", "alice"}};
  p.people["bob"] = bob;
  return p;
}

inline Task& add_task(Project& p, const std::string& id, int days) {
  Task t;
  t.id = id;
  t.title = "Task " + id;
  t.duration_days = days;
  t.src.file = "tasks/" + id + ".yaml";
  t.src.marks["due"] = Mark{7, 6};
  return p.tasks[id] = t;
}

/// Two people, ann and bob (full time, no rate), and tasks added one by one; the project
/// starts Monday 2026-03-02.
struct Team {
  Project p;
  Team() {
    p.config.start = *Date::parse("2026-03-02");  // Monday
    for (const char* id : {"ann", "bob"}) {
      Person person;
      person.id = id;
      person.name = id;
      p.people[id] = person;
    }
  }
  Task& add(const std::string& id, int days, const std::string& owner, const std::vector<std::string>& deps = {}) {
    Task t;
    t.id = id;
    t.title = id;
    t.owner = owner;
    t.duration_days = days;
    if (days == 0) t.kind = TaskKind::milestone;
    for (const auto& dep : deps) t.depends.push_back(*parse_dependency(dep));
    return p.tasks[id] = t;
  }
};

}  // namespace pmadmin::test

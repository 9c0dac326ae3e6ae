#include <doctest/doctest.h>

#include "analysis/raci.hpp"
#include "edit/people.hpp"
#include "store/store.hpp"
#include "store/validate.hpp"
#include "unit/helpers.hpp"

using namespace pmadmin;
using test::kAsAlice;

namespace {
using test::load_small_project;
const Date kToday = *Date::parse("2026-03-10");
}  // namespace

TEST_CASE("person add: slug ID, exclusive file, roles need manage-roles") {
  Project p = load_small_project();
  NewPerson n;
  n.name = "Carol Xu";
  n.email = "carol@example.com";
  auto r = add_person(p, n, kAsAlice, kToday);
  REQUIRE(r.ok());
  CHECK(p.people.count("carol-xu"));
  auto files = test::files_of(p, *r);
  REQUIRE(files.size() == 1);
  CHECK(files[0].path == "people/carol-xu.yaml");
  CHECK(files[0].create);

  NewPerson cjk;
  cjk.name = "陈伟";
  auto c = add_person(p, cjk, kAsAlice, kToday);
  REQUIRE(c.ok());
  std::string id = test::files_of(p, *c)[0].path.substr(7, 6);
  CHECK(id.substr(0, 2) == "p-");

  NewPerson dup;
  dup.name = "Other";
  dup.email = "carol@example.com";
  CHECK_FALSE(add_person(p, dup, kAsAlice, kToday).ok());

  NewPerson with_role;
  with_role.name = "Dan";
  with_role.roles = {"client-admin"};
  auto denied = add_person(p, with_role, {"bob", "", ""}, kToday);
  REQUIRE_FALSE(denied.ok());
  CHECK(exit_code_for(denied.errors()) == 3);
  auto granted = add_person(p, with_role, {"alice", "", ""}, kToday);
  REQUIRE(granted.ok());
  const Person& dan = p.people.at("dan");
  REQUIRE(dan.history.size() == 1);
  CHECK(dan.history[0].by == "alice");
  CHECK(dan.history[0].date == kToday);
}

TEST_CASE("a member cannot make himself client admin") {
  Project p = load_small_project();
  auto r = set_role(p, "bob", "client-admin", false, {"bob", "", ""}, kToday);
  REQUIRE_FALSE(r.ok());
  CHECK(exit_code_for(r.errors()) == 3);
  CHECK(p.people.at("bob").roles == std::vector<std::string>{"member"});
}

TEST_CASE("grants and revokes are recorded; the last role manager stays") {
  Project p = load_small_project();
  auto g = set_role(p, "bob", "client-admin", false, {"alice", "", ""}, kToday);
  REQUIRE(g.ok());
  CHECK(g->summary == "granted role client-admin to bob (by alice)");
  const Person& bob = p.people.at("bob");
  CHECK(bob.roles == std::vector<std::string>{"member", "client-admin"});
  CHECK(bob.history.back().action == RoleAction::grant);
  auto again = set_role(p, "bob", "client-admin", false, {"alice", "", ""}, kToday);
  REQUIRE(again.ok());
  CHECK(again->touched.empty());
  REQUIRE(set_role(p, "alice", "client-admin", true, {"bob", "", ""}, kToday).ok());
  auto last = set_role(p, "bob", "client-admin", true, {"bob", "", ""}, kToday);
  REQUIRE_FALSE(last.ok());
  CHECK(last.errors()[0].message == "revoking client-admin from bob would leave nobody able to manage roles");
  auto unknown_role = set_role(p, "bob", "admin", false, {"bob", "", ""}, kToday);
  REQUIRE_FALSE(unknown_role.ok());
  CHECK(exit_code_for(unknown_role.errors()) == 2);
}

TEST_CASE("task assignment and the RACI matrix") {
  Project p = load_small_project();
  auto r = assign_task(p, "t-1", "alice", "A", false, {"alice", "", ""}, kToday);
  REQUIRE(r.ok());
  auto owner = assign_task(p, "t-1", "alice", "R", false, {"alice", "", ""}, kToday);
  REQUIRE(owner.ok());
  CHECK(owner->summary == "t-1: owner: bob -> alice");
  const Task& t = p.tasks.at("t-1");
  CHECK(t.owner == "alice");
  REQUIRE(t.log.size() == 2);
  CHECK(t.log[1].by == "alice");
  auto c = assign_task(p, "t-1", "bob", "C", false, kAsAlice, kToday);
  REQUIRE(c.ok());
  Matrix m = responsibility_matrix(p);
  CHECK(m.people == std::vector<std::string>{"alice", "bob"});  // client first
  REQUIRE(m.rows.size() == 1);
  CHECK(m.rows[0].cells == std::vector<std::string>{"R,A", "C"});
  auto removed = assign_task(p, "t-1", "alice", "R", true, kAsAlice, kToday);
  REQUIRE(removed.ok());
  CHECK(p.tasks.at("t-1").owner.empty());
  CHECK(responsibility_matrix(p).rows[0].cells == std::vector<std::string>{"", "C"});
  auto typo = assign_task(p, "t-2", "bob", "R", false, kAsAlice, kToday);
  REQUIRE_FALSE(typo.ok());
  CHECK(typo.errors()[0].hint == "did you mean \"t-1\"?");
  CHECK(validate_project(p).empty());
}

TEST_CASE("person edit and remove: permissions, hand-over, history kept") {
  Project p = test::evm_project();
  p.config.roles = {{"client-admin", RoleDef{"", {Permission::approve_budget, Permission::manage_roles}}},
                    {"member", RoleDef{}}};
  // bob edits his own rate; his e-mail, or alice's name, need manage-roles.
  PersonEdit rate;
  rate.rate = Money::parse("700");
  auto own = edit_person(p, "bob", rate, IdentitySources{"bob", "", ""}, *Date::parse("2026-03-02"));
  REQUIRE(own);
  CHECK(own->summary == "bob: rate - -> 700.00");
  PersonEdit email;
  email.email = "bob@else.example";
  CHECK_FALSE(edit_person(p, "bob", email, IdentitySources{"bob", "", ""}, *Date::parse("2026-03-02")));
  CHECK(edit_person(p, "bob", email, test::kAsAlice, *Date::parse("2026-03-02")));
  // bob owns task a: removal needs a hand-over; then a is alice's, logged.
  p.tasks.at("a").owner = "bob";
  auto refused = remove_person(p, "bob", "", test::kAsAlice, *Date::parse("2026-03-02"));
  REQUIRE_FALSE(refused);
  CHECK(refused.errors()[0].message == "bob owns 1 open task: a");
  auto removed = remove_person(p, "bob", "alice", test::kAsAlice, *Date::parse("2026-03-02"));
  REQUIRE(removed);
  CHECK_FALSE(p.people.count("bob"));
  CHECK(p.tasks.at("a").owner == "alice");
  CHECK(p.tasks.at("a").log.back().detail == "owner: bob -> alice");
  // The creator is history: never removed.
  CHECK_FALSE(remove_person(p, "alice", "", test::kAsAlice, *Date::parse("2026-03-02")));
}

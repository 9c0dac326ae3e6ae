// pmadmin assign: people, roles, responsibilities.
#include <fmt/format.h>
#include <memory>
#include <nlohmann/json.hpp>

#include "analysis/raci.hpp"
#include "edit/people.hpp"
#include "model/grammar.hpp"
#include "model/vocab.hpp"
#include "cli/commands.hpp"
#include "cli/planned.hpp"
#include "plan/schedule.hpp"
#include "plan/workload.hpp"
#include "render/table.hpp"
#include "base/text.hpp"

namespace pmadmin::cli {

namespace {

struct PersonAddArgs {
  std::string name;
  std::string id;
  std::string email;
  std::string org = "team";
  std::vector<std::string> roles;
  std::string capacity;
  std::string rate;
};

struct RoleArgs {
  std::string person;
  std::string role;
  bool revoke = false;
};

struct TaskArgs {
  std::string task;
  std::string person;
  std::string raci = "R";
  bool remove = false;
};

struct ShowArgs {
  std::string person;
};

struct LoadArgs {
  std::string from;
  int weeks = 8;
  std::string person;
};

std::string capacity_text(int percent) { return fmt::format("{:.2f}", percent / 100.0); }

int run_person_add(const PersonAddArgs& a, Context& ctx) {
  auto today = ctx.today();
  if (!today) return ctx.report(today.errors());
  NewPerson spec;
  spec.id = a.id;
  spec.name = a.name;
  spec.email = a.email;
  spec.org = a.org;
  spec.roles = a.roles;
  if (!a.capacity.empty()) {
    // Same grammar as the file: 0..1 with at most two decimals.
    auto money = Money::parse(a.capacity);
    if (!money || money->minor() < 0 || money->minor() > 100)
      return ctx.usage_error(fmt::format("--capacity must be a share of full time from 0 to 1 (like 0.5), not \"{}\"", a.capacity));
    spec.capacity_percent = static_cast<int>(money->minor());
  }
  if (!a.rate.empty()) {
    spec.rate = Money::parse(a.rate);
    if (!spec.rate || spec.rate->minor() < 0)
      return ctx.usage_error(fmt::format("--rate must be an amount per working day like 800.00, not \"{}\"", a.rate));
  }
  IdentitySources who = spec.roles.empty() ? IdentitySources{} : ctx.identity();
  return ctx.mutate([&](Project& p) { return add_person(p, spec, who, *today); });
}

int run_person_list(Context& ctx) {
  if (!ctx.format_ok({"text", "json"})) return ctx.exit_code;
  auto p = ctx.load();
  if (!p) return ctx.report(p.errors());
  if (ctx.format == "json") {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const Person* person : people_in_order(*p)) {
      list.push_back({{"id", person->id},
                      {"name", person->name},
                      {"email", person->email},
                      {"org", person->org},
                      {"roles", person->roles},
                      {"capacity", person->capacity_percent / 100.0},
                      {"rate", person->rate ? nlohmann::ordered_json(person->rate->str()) : nlohmann::ordered_json()}});
    }
    ctx.out << list.dump(2) << "\n";
    return 0;
  }
  Table t;
  t.headers = {"ID", "NAME", "ORG", "ROLES", "FTE", "RATE", "E-MAIL"};
  t.right_align = {false, false, false, false, true, true, false};
  for (const Person* person : people_in_order(*p)) {
    std::string roles;
    for (const auto& r : person->roles) roles += (roles.empty() ? "" : ", ") + r;
    t.rows.push_back({person->id, person->name, person->org, roles, capacity_text(person->capacity_percent),
                      person->rate ? person->rate->str() : "", person->email});
  }
  ctx.out << render_table(t);
  ctx.out << fmt::format("{} people\n", p->people.size());
  return 0;
}

int run_person_show(const ShowArgs& a, Context& ctx) {
  if (!ctx.format_ok({"text", "json"})) return ctx.exit_code;
  auto p = ctx.load();
  if (!p) return ctx.report(p.errors());
  auto it = p->people.find(a.person);
  if (it == p->people.end()) {
    return ctx.usage_error(fmt::format("unknown person \"{}\"", a.person), did_you_mean(a.person, ids_of(p->people)));
  }
  const Person& person = it->second;
  std::vector<std::pair<std::string, std::string>> duties;  // task, letters
  Matrix m = responsibility_matrix(*p);
  std::size_t col = static_cast<std::size_t>(std::find(m.people.begin(), m.people.end(), person.id) - m.people.begin());
  for (const auto& row : m.rows)
    if (!row.cells[col].empty()) duties.emplace_back(row.task, row.cells[col]);
  if (ctx.format == "json") {
    nlohmann::ordered_json j = {{"id", person.id},           {"name", person.name},
                                {"email", person.email},     {"org", person.org},
                                {"roles", person.roles},     {"capacity", person.capacity_percent / 100.0},
                                {"rate", person.rate ? nlohmann::ordered_json(person.rate->str()) : nlohmann::ordered_json()}};
    nlohmann::ordered_json tasks = nlohmann::ordered_json::array();
    for (const auto& [task, letters] : duties) tasks.push_back({{"task", task}, {"title", p->tasks.at(task).title}, {"raci", letters}});
    j["tasks"] = tasks;
    nlohmann::ordered_json history = nlohmann::ordered_json::array();
    for (const auto& e : person.history)
      history.push_back({{"date", e.date.iso()}, {"action", e.action}, {"role", e.role}, {"by", e.by}});
    j["history"] = history;
    ctx.out << j.dump(2) << "\n";
    return 0;
  }
  std::string roles;
  for (const auto& r : person.roles) roles += (roles.empty() ? "" : ", ") + r;
  auto line = [&](const char* key, const std::string& value) {
    ctx.out << pad_right(key, 10) << escape_for_terminal(value.empty() ? "-" : value) << "\n";
  };
  line("id", person.id);
  line("name", person.name);
  line("e-mail", person.email);
  line("org", person.org);
  line("roles", roles);
  line("capacity", capacity_text(person.capacity_percent) + " FTE");
  line("rate", person.rate ? person.rate->str() + " " + p->config.currency + "/day" : "");
  std::string perms;
  for (const auto& perm : known_permissions())
    if (has_permission(*p, person.id, perm)) perms += (perms.empty() ? "" : ", ") + perm;
  line("may", perms);
  ctx.out << "\n";
  if (duties.empty()) {
    ctx.out << "No tasks.\n";
  } else {
    Table t;
    t.headers = {"TASK", "RACI", "STATUS", "TITLE"};
    for (const auto& [task, letters] : duties) {
      const Task& tk = p->tasks.at(task);
      t.rows.push_back({task, letters, tk.status, tk.title});
    }
    ctx.out << render_table(t);
  }
  if (!person.history.empty()) {
    ctx.out << "\nRole history:\n";
    for (const auto& e : person.history)
      ctx.out << fmt::format("  {} {} {} by {}\n", e.date.iso(), e.action, e.role, e.by);
  }
  return 0;
}

int run_role(const RoleArgs& a, Context& ctx) {
  auto today = ctx.today();
  if (!today) return ctx.report(today.errors());
  IdentitySources who = ctx.identity();
  return ctx.mutate([&](Project& p) { return set_role(p, a.person, a.role, a.revoke, who, *today); });
}

int run_task(const TaskArgs& a, Context& ctx) {
  auto today = ctx.today();
  if (!today) return ctx.report(today.errors());
  IdentitySources who = ctx.identity();
  return ctx.mutate([&](Project& p) { return assign_task(p, a.task, a.person, a.raci, a.remove, who, *today); });
}

int run_matrix(Context& ctx) {
  if (!ctx.format_ok({"text", "json"})) return ctx.exit_code;
  auto p = ctx.load();
  if (!p) return ctx.report(p.errors());
  Matrix m = responsibility_matrix(*p);
  if (ctx.format == "json") {
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    for (const auto& row : m.rows) {
      nlohmann::ordered_json cells = nlohmann::ordered_json::object();
      for (std::size_t i = 0; i < m.people.size(); ++i)
        if (!row.cells[i].empty()) cells[m.people[i]] = row.cells[i];
      rows.push_back({{"task", row.task}, {"title", row.title}, {"raci", cells}});
    }
    ctx.out << nlohmann::ordered_json{{"people", m.people}, {"tasks", rows}}.dump(2) << "\n";
    return 0;
  }
  Table t;
  t.headers = {"TASK", "TITLE"};
  t.headers.insert(t.headers.end(), m.people.begin(), m.people.end());
  for (const auto& row : m.rows) {
    std::vector<std::string> cells = {row.task, row.title};
    cells.insert(cells.end(), row.cells.begin(), row.cells.end());
    t.rows.push_back(cells);
  }
  ctx.out << render_table(t);
  std::size_t unowned = 0;
  for (const auto& [id, task] : p->tasks)
    if (task.owner.empty() && task.status != "cancelled" && task.status != "done") ++unowned;
  ctx.out << fmt::format("{} tasks x {} people; R responsible (owner), A accountable, C consulted, I informed",
                         m.rows.size(), m.people.size());
  if (unowned) ctx.out << fmt::format("; {} open tasks have no owner", unowned);
  ctx.out << "\n";
  return 0;
}

int run_load(const LoadArgs& a, Context& ctx) {
  if (!ctx.format_ok({"text", "json"})) return ctx.exit_code;
  auto planned = load_planned(ctx);
  if (!planned) return ctx.exit_code;
  const Project* p = &planned->project;
  Schedule* s = &planned->schedule;
  Date from = s->today;
  if (!a.from.empty()) {
    auto d = ctx.date_option("--from", a.from);
    if (!d) return ctx.exit_code;
    from = **d;
  }
  if (!a.person.empty() && !p->people.count(a.person))
    return ctx.usage_error(fmt::format("unknown person \"{}\"", a.person), did_you_mean(a.person, ids_of(p->people)));
  std::vector<PersonLoad> rows = weekly_load(*p, *s, from, a.weeks);
  std::erase_if(rows, [&](const PersonLoad& r) { return !a.person.empty() && r.person != a.person; });
  if (ctx.format == "json") {
    nlohmann::ordered_json people = nlohmann::ordered_json::array();
    for (const auto& r : rows) {
      nlohmann::ordered_json weeks = nlohmann::ordered_json::array();
      for (const auto& w : r.weeks)
        weeks.push_back({{"week", w.monday.iso()}, {"load_days", w.load / 100.0}, {"capacity_days", w.capacity / 100.0},
                         {"percent", w.percent()}, {"peak_day_percent", w.peak_day}, {"over", w.over()}});
      people.push_back({{"person", r.person}, {"capacity", r.capacity_percent / 100.0}, {"over", r.over()}, {"weeks", weeks}});
    }
    ctx.out << nlohmann::ordered_json{{"from", from.iso()}, {"people", people}}.dump(2) << "\n";
    return 0;
  }
  Table t;
  t.headers = {"PERSON", "FTE"};
  t.right_align = {false, true};
  if (!rows.empty())
    for (const auto& w : rows.front().weeks) {
      t.headers.push_back(w.monday.iso().substr(5));
      t.right_align.push_back(true);
    }
  std::vector<std::string> over;
  for (const auto& r : rows) {
    std::vector<std::string> cells = {r.person, capacity_text(r.capacity_percent)};
    for (const auto& w : r.weeks) cells.push_back(w.load == 0 ? "." : fmt::format("{}%{}", w.percent(), w.over() ? "!" : ""));
    t.rows.push_back(cells);
    if (r.over()) over.push_back(r.person);
  }
  ctx.out << "Share of each person's available time booked per week (from the Monday shown):\n\n";
  ctx.out << render_table(t);
  if (over.empty()) {
    ctx.out << "\nNobody is over-allocated.\n";
  } else {
    std::string list;
    for (const auto& o : over) list += (list.empty() ? "" : ", ") + o;
    ctx.out << fmt::format("\n! over-allocated (more than the week holds, or more than their capacity on some day): {}\n"
                           "  pmadmin schedule level delays lower-priority work until it fits.\n", list);
  }
  return 0;
}

}  // namespace

void register_assign(CLI::App& app, Context& ctx) {
  CLI::App* assign = app.add_subcommand("assign", "People, roles and who is responsible for what");
  assign->require_subcommand(1);

  CLI::App* person = assign->add_subcommand("person", "Add, list and show people");
  person->require_subcommand(1);
  {
    auto args = std::make_shared<PersonAddArgs>();
    CLI::App* add = person->add_subcommand("add", "Add a person (people/<id>.yaml)");
    add->add_option("NAME", args->name, "Full name (any UTF-8)")->required();
    add->add_option("--id", args->id, "ID (default: from the name or e-mail, else random p-xxxx)");
    add->add_option("--email", args->email, "E-mail (used to recognise them from git user.email)");
    add->add_option("--org", args->org, "client, team or vendor")->check(CLI::IsMember({"client", "team", "vendor"}));
    add->add_option("--role", args->roles, "Grant a role (repeatable; needs manage-roles)");
    add->add_option("--capacity", args->capacity, "Share of full time, 0 to 1 (default 1)");
    add->add_option("--rate", args->rate, "Cost per working day, like 800.00");
    add->callback([args, &ctx] { ctx.exit_code = run_person_add(*args, ctx); });
  }
  person->add_subcommand("list", "List people (--format json)")->callback([&ctx] { ctx.exit_code = run_person_list(ctx); });
  {
    auto args = std::make_shared<ShowArgs>();
    CLI::App* show = person->add_subcommand("show", "A person's details, tasks and role history");
    show->add_option("PERSON", args->person, "Person ID")->required();
    show->callback([args, &ctx] { ctx.exit_code = run_person_show(*args, ctx); });
  }
  {
    auto args = std::make_shared<RoleArgs>();
    CLI::App* role = assign->add_subcommand("role", "Grant a role to a person, or --revoke it (needs manage-roles)");
    role->add_option("PERSON", args->person, "Person ID")->required();
    role->add_option("ROLE", args->role, "Role from pmadmin.yaml roles:")->required();
    role->add_flag("--revoke", args->revoke, "Take the role away instead");
    role->callback([args, &ctx] { ctx.exit_code = run_role(*args, ctx); });
  }
  {
    auto args = std::make_shared<TaskArgs>();
    CLI::App* task = assign->add_subcommand("task", "Make a person responsible (R, the owner), accountable, consulted or informed");
    task->add_option("TASK", args->task, "Task ID")->required();
    task->add_option("PERSON", args->person, "Person ID")->required();
    task->add_option("--raci", args->raci, "R (owner, default), A, C or I")->check(CLI::IsMember({"R", "A", "C", "I"}));
    task->add_flag("--remove", args->remove, "Take the person off the task");
    task->callback([args, &ctx] { ctx.exit_code = run_task(*args, ctx); });
  }
  {
    auto args = std::make_shared<LoadArgs>();
    CLI::App* load = assign->add_subcommand("load", "Workload per person per week; over-allocation flagged (--format json)");
    load->add_option("--from", args->from, "First week: the one holding this date (default: today)");
    load->add_option("--weeks", args->weeks, "How many weeks (default 8)")->check(CLI::Range(1, 260));
    load->add_option("--person", args->person, "Only this person");
    load->callback([args, &ctx] { ctx.exit_code = run_load(*args, ctx); });
  }
  assign->add_subcommand("matrix", "Responsibility (RACI) matrix: tasks x people (--format json)")
      ->callback([&ctx] { ctx.exit_code = run_matrix(ctx); });
}

}  // namespace pmadmin::cli

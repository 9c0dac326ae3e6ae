// pmadmin assign: people, roles, responsibilities.
#include <fmt/format.h>
#include <memory>

#include "analysis/raci.hpp"
#include "base/i18n.hpp"
#include "cli/commands.hpp"
#include "edit/people.hpp"
#include "model/grammar.hpp"
#include "plan/workload.hpp"
#include "render/people_view.hpp"

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

struct LoadArgs {
  std::string from;
  int weeks = 8;
  std::string person;
};

CommandResult run_person_add(const PersonAddArgs& a, Context& ctx) {
  NewPerson spec;
  spec.id = a.id;
  spec.name = a.name;
  spec.email = a.email;
  spec.org = from_text<Org>(a.org).value_or(Org::team);
  spec.roles = a.roles;
  if (!a.capacity.empty() && !(spec.capacity_percent = parse_capacity(a.capacity)))
    return usage_error(trf("--capacity must be a share of full time from 0 to 1 (like 0.5), not \"{}\"", a.capacity));
  if (!a.rate.empty()) {
    spec.rate = Money::parse(a.rate);
    if (!spec.rate || spec.rate->minor() < 0)
      return usage_error(trf("--rate must be an amount per working day like 800.00, not \"{}\"", a.rate));
  }
  return ctx.mutate([&](Project& p) { return add_person(p, spec, ctx.who(), ctx.today); });
}

CommandResult run_person_list(Context& ctx) {
  if (Status s = ctx.supports({OutputFormat::text, OutputFormat::json}); !s) return s.errors();
  auto p = ctx.load();
  if (!p) return p.errors();
  return ctx.print(render_people(*p, ctx.format));
}

CommandResult run_person_show(const std::string& id, Context& ctx) {
  if (Status s = ctx.supports({OutputFormat::text, OutputFormat::json}); !s) return s.errors();
  auto p = ctx.load();
  if (!p) return p.errors();
  auto view = person_view(*p, id);
  if (!view) return view.errors();
  return ctx.print(render_person(*p, *view, ctx.format));
}

CommandResult run_role(const RoleArgs& a, Context& ctx) {
  return ctx.mutate([&](Project& p) { return set_role(p, a.person, a.role, a.revoke, ctx.who(), ctx.today); });
}

CommandResult run_task(const TaskArgs& a, Context& ctx) {
  return ctx.mutate(
      [&](Project& p) { return assign_task(p, a.task, a.person, a.raci, a.remove, ctx.who(), ctx.today); });
}

CommandResult run_matrix(Context& ctx) {
  if (Status s = ctx.supports({OutputFormat::text, OutputFormat::json}); !s) return s.errors();
  auto p = ctx.load();
  if (!p) return p.errors();
  return ctx.print(render_matrix(responsibility_matrix(*p), ctx.format));
}

CommandResult run_load(const LoadArgs& a, Context& ctx) {
  if (Status s = ctx.supports({OutputFormat::text, OutputFormat::json}); !s) return s.errors();
  auto planned = ctx.plan();
  if (!planned) return planned.errors();
  Date from = ctx.today;
  if (!a.from.empty()) {
    auto d = ctx.date_option("--from", a.from);
    if (!d) return d.errors();
    from = **d;
  }
  auto rows = weekly_load_of(planned->project, planned->schedule, from, a.weeks, a.person);
  if (!rows) return rows.errors();
  return ctx.print(render_load(*rows, from, ctx.format));
}

void register_person(CLI::App& assign, Context& ctx) {
  CLI::App* person = assign.add_subcommand("person", tr("Add, list, show, edit and remove people"));
  person->require_subcommand(1);
  auto args = std::make_shared<PersonAddArgs>();
  CLI::App* add = person->add_subcommand("add", tr("Add a person (people/<id>.yaml)"));
  add->add_option("NAME", args->name, tr("Full name (any UTF-8)"))->required();
  add->add_option("--id", args->id, tr("ID (default: from the name or e-mail, else random p-xxxx)"));
  add->add_option("--email", args->email, tr("E-mail (used to recognise them from git user.email)"));
  add->add_option("--org", args->org, tr("client, team or vendor"))->check(CLI::IsMember(words_of<Org>()));
  add->add_option("--role", args->roles, guarded(tr("Grant a role (repeatable)"), GuardedAction::grant_role));
  add->add_option("--capacity", args->capacity, tr("Share of full time, 0 to 1 (default 1)"));
  add->add_option("--rate", args->rate, tr("Cost per working day, like 800.00"));
  on_run(add, ctx, [args, &ctx] { return run_person_add(*args, ctx); });
  on_run(person->add_subcommand("list", tr("List people (--format json)")), ctx,
         [&ctx] { return run_person_list(ctx); });
  auto id = std::make_shared<std::string>();
  CLI::App* show = person->add_subcommand("show", tr("A person's details, tasks and role history"));
  show->add_option("PERSON", *id, tr("Person ID"))->required();
  on_run(show, ctx, [id, &ctx] { return run_person_show(*id, ctx); });
  register_person_edit(*person, ctx);
}

}  // namespace

void register_assign(CLI::App& app, Context& ctx) {
  CLI::App* assign = app.add_subcommand("assign", tr("People, roles and who is responsible for what"));
  assign->require_subcommand(1);
  register_person(*assign, ctx);
  {
    auto args = std::make_shared<RoleArgs>();
    CLI::App* role = assign->add_subcommand(
        "role", guarded(tr("Grant a role to a person, or --revoke it"), GuardedAction::grant_role));
    role->add_option("PERSON", args->person, tr("Person ID"))->required();
    role->add_option("ROLE", args->role, tr("Role from pmadmin.yaml roles:"))->required();
    role->add_flag("--revoke", args->revoke, tr("Take the role away instead"));
    on_run(role, ctx, [args, &ctx] { return run_role(*args, ctx); });
  }
  {
    auto args = std::make_shared<TaskArgs>();
    CLI::App* task = assign->add_subcommand(
        "task", tr("Make a person responsible (R, the owner), accountable, consulted or informed"));
    task->add_option("TASK", args->task, tr("Task ID"))->required();
    task->add_option("PERSON", args->person, tr("Person ID"))->required();
    task->add_option("--raci", args->raci, tr("R (owner, default), A, C or I"))
        ->check(CLI::IsMember({"R", "A", "C", "I"}));
    task->add_flag("--remove", args->remove, tr("Take the person off the task"));
    on_run(task, ctx, [args, &ctx] { return run_task(*args, ctx); });
  }
  {
    auto args = std::make_shared<LoadArgs>();
    CLI::App* load =
        assign->add_subcommand("load", tr("Workload per person per week; over-allocation flagged (--format json)"));
    load->add_option("--from", args->from, tr("First week: the one holding this date (default: today)"));
    load->add_option("--weeks", args->weeks, tr("How many weeks (default 8)"))->check(CLI::Range(1, 260));
    load->add_option("--person", args->person, tr("Only this person"));
    on_run(load, ctx, [args, &ctx] { return run_load(*args, ctx); });
  }
  on_run(assign->add_subcommand("matrix", tr("Responsibility (RACI) matrix: tasks x people (--format json)")), ctx,
         [&ctx] { return run_matrix(ctx); });
}

}  // namespace pmadmin::cli

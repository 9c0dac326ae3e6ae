// pmadmin schedule edit / status / remove: correcting the plan (lib/edit/task_verbs.hpp).
#include <fmt/format.h>
#include <map>
#include <memory>

#include "base/i18n.hpp"
#include "cli/commands.hpp"
#include "edit/task_verbs.hpp"
#include "model/grammar.hpp"

namespace pmadmin::cli {

namespace {

struct EditArgs {
  std::string task;
  std::map<std::string, std::string> text;  ///< option -> value, for the options given
  std::map<std::string, CLI::Option*> options;
  std::vector<std::string> after, add_after, remove_after, add_tags, remove_tags, add_criteria, remove_criteria;
  std::string reason;
  int priority = 0;

  bool given(const std::string& name) const { return options.at(name)->count() > 0; }
  const std::string& value(const std::string& name) const { return text.at(name); }
};

/// The options of `edit` as a TaskEdit; "none" clears a date, the owner, the cost, the
/// category or the estimate.
Result<TaskEdit> task_edit(const EditArgs& a, const Context& ctx) {
  TaskEdit e;
  e.reason = a.reason;
  if (a.given("--title")) e.title = a.value("--title");
  if (a.given("--notes")) e.notes = a.value("--notes");
  auto cleared = [&](const std::string& name) { return a.value(name) == "none" ? std::string() : a.value(name); };
  if (a.given("--owner")) e.owner = cleared("--owner");
  if (a.given("--category")) e.category = cleared("--category");
  for (auto [name, into] : {std::pair{"--due", &e.due}, std::pair{"--start-no-earlier", &e.start_no_earlier}}) {
    if (!a.given(name)) continue;
    auto d = ctx.date_option(name, a.value(name), true);
    if (!d) return d.errors();
    *into = *d;
  }
  for (auto [name, into] : {std::pair{"--duration", &e.duration_days}, std::pair{"--effort", &e.effort_days}}) {
    if (!a.given(name)) continue;
    if (!(*into = parse_days_arg(a.value(name))))
      return usage_error(trf("{} must be working days like 5d, not \"{}\"", name, a.value(name)));
  }
  if (a.given("--estimate")) {
    if (a.value("--estimate") != "none" && !parse_estimate(a.value("--estimate")))
      return usage_error(
          trf("--estimate must be optimistic/likely/pessimistic like 3d/5d/10d, not \"{}\"", a.value("--estimate")));
    e.estimate = cleared("--estimate");
  }
  if (a.given("--cost")) {
    if (a.value("--cost") == "none") {
      e.cost = std::optional<Money>{};
    } else if (auto m = Money::parse(a.value("--cost"))) {
      e.cost = m;
    } else {
      return usage_error(trf("--cost must be an amount like 8000.00 (or none), not \"{}\"", a.value("--cost")));
    }
  }
  if (a.priority) e.priority = a.priority;
  if (a.given("--after")) e.after = a.after;
  e.add_after = a.add_after;
  e.remove_after = a.remove_after;
  e.add_tags = a.add_tags;
  e.remove_tags = a.remove_tags;
  e.add_criteria = a.add_criteria;
  e.remove_criteria = a.remove_criteria;
  return e;
}

void register_edit(CLI::App& schedule, Context& ctx) {
  auto a = std::make_shared<EditArgs>();
  CLI::App* edit =
      schedule.add_subcommand("edit", tr("Change a task's fields or dependencies; logged with who and why"));
  edit->add_option("TASK", a->task, tr("Task ID"))->required();
  const std::vector<std::pair<const char*, const char*>> fields = {
      {"--title", N_("New title")},
      {"--owner", N_("Person responsible (R); none clears")},
      {"--due", N_("Deadline DATE; none clears")},
      {"--start-no-earlier", N_("Do not start before DATE; none clears")},
      {"--duration", N_("Working days, like 5d (replaces an effort)")},
      {"--effort", N_("Person-days, like 8d (replaces a duration)")},
      {"--estimate", N_("Three-point estimate 3d/5d/10d; none clears")},
      {"--cost", N_("Planned cost, like 8000.00; none clears")},
      {"--category", N_("Budget category; none clears")},
      {"--notes", N_("Free text notes (replaces them)")}};
  for (const auto& [name, help] : fields) {
    a->text[name] = "";
    a->options[name] = edit->add_option(name, a->text[name], tr(help));
  }
  edit->add_option("--priority", a->priority, tr("1-1000; higher keeps its dates when levelling"))
      ->check(CLI::Range(1, 1000));
  a->options["--after"] =
      edit->add_option("--after", a->after, tr("Replace every dependency: ID, ID:ss+2d, ID:ff-1d (comma-separated)"))
          ->delimiter(',');
  edit->add_option("--add-after", a->add_after, tr("Add a dependency (repeatable)"))->delimiter(',');
  edit->add_option("--remove-after", a->remove_after, tr("Drop the dependency on ID (repeatable)"))->delimiter(',');
  edit->add_option("--add-tag", a->add_tags, tr("Add a tag (repeatable)"));
  edit->add_option("--remove-tag", a->remove_tags, tr("Remove a tag (repeatable)"));
  edit->add_option("--add-criterion", a->add_criteria, tr("Add an acceptance criterion (repeatable)"));
  edit->add_option("--remove-criterion", a->remove_criteria, tr("Remove an acceptance criterion, by its exact text"));
  edit->add_option("--reason", a->reason, tr("Why (kept in the task's log)"));
  on_run(edit, ctx, [a, &ctx]() -> CommandResult {
    auto e = task_edit(*a, ctx);
    if (!e) return e.errors();
    return ctx.mutate([&](Project& p) { return edit_task(p, a->task, *e, ctx.who(), ctx.today); });
  });
}

struct StatusArgs {
  std::string task, status, reason;
};

struct RemoveArgs {
  std::string task, reason;
  bool detach = false;
};

}  // namespace

void register_schedule_edit(CLI::App& schedule, Context& ctx) {
  register_edit(schedule, ctx);
  {
    auto a = std::make_shared<StatusArgs>();
    CLI::App* status = schedule.add_subcommand("status", tr("Set a task todo, doing, blocked or cancelled, with why"));
    status->add_option("TASK", a->task, tr("Task ID"))->required();
    status->add_option("STATUS", a->status, tr("todo, doing, blocked or cancelled"))
        ->required()
        ->check(CLI::IsMember({"todo", "doing", "blocked", "cancelled"}));
    status->add_option("--reason", a->reason, tr("Why (required; kept in the task's log)"))->required();
    on_run(status, ctx, [a, &ctx]() -> CommandResult {
      TaskStatus s = *from_text<TaskStatus>(a->status);
      return ctx.mutate([&](Project& p) { return set_task_status(p, a->task, s, a->reason, ctx.who(), ctx.today); });
    });
  }
  {
    auto a = std::make_shared<RemoveArgs>();
    CLI::App* remove = schedule.add_subcommand("remove", tr("Delete a task that was a mistake (history: cancel it)"));
    remove->add_option("TASK", a->task, tr("Task ID"))->required();
    remove->add_option("--reason", a->reason, tr("Why (required)"))->required();
    remove->add_flag("--detach", a->detach, tr("Drop the dependencies of the tasks that depend on it"));
    on_run(remove, ctx, [a, &ctx]() -> CommandResult {
      return ctx.mutate(
          [&](Project& p) { return remove_task(p, a->task, a->reason, a->detach, ctx.who(), ctx.today); });
    });
  }
}

}  // namespace pmadmin::cli

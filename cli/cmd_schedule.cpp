// pmadmin schedule: the plan in time — add tasks, the CPM table, the critical path,
// progress and re-planning (baselines: cmd_baseline; gantt, level, simulate, export:
// cmd_schedule_views).
#include <fmt/format.h>
#include <memory>

#include "base/i18n.hpp"
#include "base/ids.hpp"
#include "cli/commands.hpp"
#include "edit/tasks.hpp"
#include "model/grammar.hpp"
#include "render/schedule_view.hpp"
#include "render/task_view.hpp"

namespace pmadmin::cli {

namespace {

struct AddArgs {
  std::string title;
  std::string id;
  std::string duration;
  std::string effort;
  std::string estimate;
  std::vector<std::string> after;
  std::string start_no_earlier;
  std::string due;
  bool milestone = false;
  std::string owner;
  std::string cost;
  std::string category;
  std::vector<std::string> tags;
  int priority = 0;
};

struct ProgressArgs {
  std::string task;
  std::string value;
  std::string date;
};

struct MoveArgs {
  std::string task;
  std::string start;
  std::string duration;
  std::string due;
  std::string estimate;
  std::string reason;
};

Diagnostic estimate_error(const std::string& text) {
  return usage_error(trf("--estimate must be optimistic/likely/pessimistic like 3d/5d/10d, not \"{}\"", text));
}

/// The options of `add` as a NewTask; usage errors name the option and its grammar.
Result<NewTask> new_task(const AddArgs& a, const Context& ctx) {
  NewTask spec;
  spec.id = a.id;
  spec.title = a.title;
  spec.milestone = a.milestone;
  if (!a.duration.empty() && !(spec.duration_days = parse_days_arg(a.duration)))
    return usage_error(trf("--duration must be working days like 5d, not \"{}\"", a.duration));
  if (!a.effort.empty() && !(spec.effort_days = parse_days_arg(a.effort)))
    return usage_error(trf("--effort must be person-days like 8d, not \"{}\"", a.effort));
  if (!a.estimate.empty() && !parse_estimate(a.estimate)) return estimate_error(a.estimate);
  spec.estimate = a.estimate;
  for (const auto& item : a.after)
    if (!item.empty()) spec.after.push_back(item);
  for (auto [option, text, into] : {std::tuple{"--start-no-earlier", &a.start_no_earlier, &spec.start_no_earlier},
                                    std::tuple{"--due", &a.due, &spec.due}}) {
    if (text->empty()) continue;
    auto d = ctx.date_option(option, *text);
    if (!d) return d.errors();
    *into = *d;
  }
  spec.owner = a.owner;
  if (!a.cost.empty() && !(spec.cost = Money::parse(a.cost)))
    return usage_error(trf("--cost must be an amount like 8000.00, not \"{}\"", a.cost));
  spec.category = a.category;
  spec.tags = a.tags;
  if (a.priority) spec.priority = a.priority;
  return spec;
}

CommandResult run_add(const AddArgs& a, Context& ctx) {
  auto spec = new_task(a, ctx);
  if (!spec) return spec.errors();
  return ctx.mutate([&](Project& p) { return add_task(p, *spec, ctx.who(), ctx.today); });
}

struct ShowArgs {
  std::string task;
  TaskFilter filter;
};

CommandResult run_show(const ShowArgs& a, Context& ctx) {
  if (Status s = ctx.supports({OutputFormat::text, OutputFormat::json, OutputFormat::csv}); !s) return s.errors();
  auto planned = ctx.plan();
  if (!planned) return planned.errors();
  const TaskFilter& filter = a.filter;
  if (!a.task.empty()) {
    auto it = planned->project.tasks.find(a.task);
    if (it == planned->project.tasks.end()) return unknown_id("task", a.task, ids_of(planned->project.tasks));
    if (filter.any()) return usage_error(tr("show one task, or filter the table: not both"));
    if (Status s = ctx.supports({OutputFormat::text, OutputFormat::json}); !s) return s.errors();
    return ctx.print(render_task(planned->project, planned->schedule, it->second, ctx.format));
  }
  auto rows = select_tasks(planned->project, planned->schedule, filter);
  if (!rows) return rows.errors();
  return ctx.print(render_schedule(planned->project, planned->schedule, *rows, ctx.format));
}

CommandResult run_critical(Context& ctx) {
  if (Status s = ctx.supports({OutputFormat::text, OutputFormat::json}); !s) return s.errors();
  auto planned = ctx.plan();
  if (!planned) return planned.errors();
  return ctx.print(render_critical(planned->schedule, ctx.format));
}

CommandResult run_progress(const ProgressArgs& a, Context& ctx) {
  std::optional<int> percent;  // none: done
  if (a.value != "done" && !(percent = parse_percent(a.value)))
    return usage_error(trf("progress must be a percentage 0-100 or done, not \"{}\"", a.value));
  Date on = ctx.today;
  if (!a.date.empty()) {
    auto d = ctx.date_option("--date", a.date);
    if (!d) return d.errors();
    on = **d;
  }
  return ctx.mutate([&](Project& p) { return record_progress(p, a.task, percent, on, ctx.who(), ctx.today); });
}

/// The options of `move` as a MoveSpec ("none" clears a date or the estimate).
Result<MoveSpec> move_spec(const MoveArgs& a, const Context& ctx) {
  MoveSpec spec;
  spec.reason = a.reason;
  for (auto [option, text, into] :
       {std::tuple{"--start", &a.start, &spec.start}, std::tuple{"--due", &a.due, &spec.due}}) {
    if (text->empty()) continue;
    auto d = ctx.date_option(option, *text, true);
    if (!d) return d.errors();
    *into = *d;
  }
  if (!a.duration.empty() && !(spec.duration_days = parse_days_arg(a.duration)))
    return usage_error(trf("--duration must be working days like 5d, not \"{}\"", a.duration));
  if (!a.estimate.empty()) {
    if (a.estimate != "none" && !parse_estimate(a.estimate)) return estimate_error(a.estimate);
    spec.estimate = a.estimate == "none" ? "" : a.estimate;
  }
  return spec;
}

CommandResult run_move(const MoveArgs& a, Context& ctx) {
  auto spec = move_spec(a, ctx);
  if (!spec) return spec.errors();
  return ctx.mutate([&](Project& p) { return move_task(p, a.task, *spec, ctx.who(), ctx.today); });
}

void register_add(CLI::App& schedule, Context& ctx) {
  auto a = std::make_shared<AddArgs>();
  CLI::App* add = schedule.add_subcommand("add", tr("Add a task or milestone (tasks/<id>.yaml)"));
  add->add_option("TITLE", a->title, tr("What is to be done (any UTF-8)"))->required();
  add->add_option("--id", a->id, tr("ID (default: random t-xxxx)"));
  add->add_option("--duration", a->duration, tr("Working days, like 5d"));
  add->add_option("--effort", a->effort, tr("Person-days; duration = effort / the owner's capacity"));
  add->add_option("--estimate", a->estimate, tr("Three-point estimate optimistic/likely/pessimistic, like 3d/5d/10d"));
  add->add_option("--after", a->after, tr("Predecessors: ID, ID:ss+2d, ID:ff-1d (comma-separated or repeated)"))
      ->delimiter(',');
  add->add_option("--start-no-earlier", a->start_no_earlier, tr("Do not start before this date"));
  add->add_option("--due", a->due, tr("Deadline (a forecast past it shows as late)"));
  add->add_flag("--milestone", a->milestone, tr("A moment with no duration (a sign-off, a launch)"));
  add->add_option("--owner", a->owner, tr("Person responsible (R)"));
  add->add_option("--cost", a->cost, tr("Planned cost, like 8000.00"));
  add->add_option("--category", a->category, tr("Budget category"));
  add->add_option("--tag", a->tags, tr("Tag (repeatable)"));
  add->add_option("--priority", a->priority, tr("1-1000, default 500; higher keeps its dates when levelling"))
      ->check(CLI::Range(1, 1000));
  on_run(add, ctx, [a, &ctx] { return run_add(*a, ctx); });
}

}  // namespace

void register_schedule(CLI::App& app, Context& ctx) {
  CLI::App* schedule = app.add_subcommand("schedule", tr("The plan in time: tasks, critical path, Gantt, baselines"));
  schedule->require_subcommand(1);
  register_add(*schedule, ctx);
  {
    auto a = std::make_shared<ShowArgs>();
    CLI::App* show = schedule->add_subcommand(
        "show", tr("CPM table: dates, float, critical tasks (--format json|csv); or one TASK with its log"));
    show->add_option("TASK", a->task, tr("One task: every field, dates, float, neighbours and log"));
    add_task_filters(*show, a->filter);
    on_run(show, ctx, [a, &ctx] { return run_show(*a, ctx); });
  }
  on_run(schedule->add_subcommand("critical", tr("The critical path: the tasks that set the finish date")), ctx,
         [&ctx] { return run_critical(ctx); });
  {
    auto a = std::make_shared<ProgressArgs>();
    CLI::App* progress = schedule->add_subcommand("progress", tr("Record progress: a percentage, or done"));
    progress->add_option("TASK", a->task, tr("Task ID"))->required();
    progress->add_option("PCT", a->value, tr("0-100 or done"))->required();
    progress->add_option("--date", a->date, tr("When (default: today); sets started/finished"));
    on_run(progress, ctx, [a, &ctx] { return run_progress(*a, ctx); });
  }
  {
    auto a = std::make_shared<MoveArgs>();
    CLI::App* move = schedule->add_subcommand("move", tr("Re-plan a task; the change and reason go to its log"));
    move->add_option("TASK", a->task, tr("Task ID"))->required();
    move->add_option("--start", a->start, tr("Start no earlier than DATE (none clears)"));
    move->add_option("--duration", a->duration, tr("New duration, like 8d"));
    move->add_option("--due", a->due, tr("New deadline (none clears)"));
    move->add_option("--estimate", a->estimate, tr("New three-point estimate 3d/5d/10d (none clears)"));
    move->add_option("--reason", a->reason, tr("Why (required; kept in the task's log)"))->required();
    on_run(move, ctx, [a, &ctx] { return run_move(*a, ctx); });
  }
  register_schedule_baseline(*schedule, ctx);
  register_schedule_edit(*schedule, ctx);
  register_schedule_views(*schedule, ctx);
}

}  // namespace pmadmin::cli

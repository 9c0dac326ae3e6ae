// pmadmin schedule gantt / level / simulate / export: views and analyses of the plan.
#include <fmt/format.h>
#include <memory>
#include <set>

#include "base/i18n.hpp"
#include "cli/commands.hpp"
#include "edit/tasks.hpp"
#include "plan/level.hpp"
#include "plan/simulate.hpp"
#include "render/gantt.hpp"
#include "render/ics.hpp"
#include "render/schedule_view.hpp"

namespace pmadmin::cli {

namespace {

struct GanttArgs {
  std::string scale = "auto";
  int width = 0;
  TaskFilter filter;
};

struct SimulateArgs {
  SimulationOptions options;
  int top = 10;
};

struct ExportArgs {
  bool ics = false;
  std::string out;
  std::string dtstamp;
};

CommandResult run_gantt(const GanttArgs& a, Context& ctx) {
  if (Status s = ctx.supports({OutputFormat::text}); !s) return s.errors();
  auto planned = ctx.plan();
  if (!planned) return planned.errors();
  Schedule& s = planned->schedule;
  auto rows = select_tasks(planned->project, s, a.filter);
  if (!rows) return rows.errors();
  if (rows->empty()) return ctx.print(render_no_task_matches(s));
  std::set<std::string> shown;
  for (const ScheduledTask* t : *rows) shown.insert(t->task->id);
  std::erase_if(s.tasks, [&](const ScheduledTask& t) { return !shown.count(t.task->id); });
  GanttOptions o;
  o.width = terminal_columns(a.width);
  o.scale = a.scale;
  o.color = ctx.color_stdout();
  return ctx.print(render_gantt(s, o));
}

CommandResult run_level(Context& ctx) {
  if (Status s = ctx.supports({OutputFormat::text, OutputFormat::json}); !s) return s.errors();
  if (ctx.format == OutputFormat::json) {  // the plan only; writing is for text mode
    auto p = ctx.load();
    if (!p) return p.errors();
    auto l = plan_levelling(*p, ctx.today);
    if (!l) return l.errors();
    return ctx.print(render_levelling(*l, ctx.format));
  }
  return ctx.mutate([&](Project& p) { return apply_levelling(p, ctx.who(), ctx.today); });
}

CommandResult run_simulate(const SimulateArgs& a, Context& ctx) {
  if (Status s = ctx.supports({OutputFormat::text, OutputFormat::json}); !s) return s.errors();
  auto p = ctx.load();
  if (!p) return p.errors();
  auto r = simulate_schedule(*p, ctx.today, a.options);
  if (!r) return r.errors();
  return ctx.print(render_simulation(*p, *r, a.top, ctx.format));
}

CommandResult run_export(const ExportArgs& a, Context& ctx) {
  if (!a.ics) return usage_error(tr("choose a format: --ics (iCalendar, RFC 5545)"));
  if (!a.dtstamp.empty() && !is_utc_stamp(a.dtstamp))
    return usage_error(trf("--dtstamp must be UTC like 20261127T093000Z, not \"{}\"", a.dtstamp));
  auto planned = ctx.plan();
  if (!planned) return planned.errors();
  IcsOptions o;
  o.dtstamp = a.dtstamp;
  return ctx.write_output(a.out, render_ics(planned->project, planned->schedule, o));
}

}  // namespace

void register_schedule_views(CLI::App& schedule, Context& ctx) {
  {
    auto a = std::make_shared<GanttArgs>();
    CLI::App* gantt =
        schedule.add_subcommand("gantt", tr("Gantt chart in the terminal (critical in red, today marked)"));
    gantt->add_option("--scale", a->scale, tr("day, week or auto"))->check(CLI::IsMember({"auto", "day", "week"}));
    gantt->add_option("--width", a->width, tr("Columns to fit (default: the terminal's)"))->check(CLI::Range(40, 1000));
    add_task_filters(*gantt, a->filter);
    on_run(gantt, ctx, [a, &ctx] { return run_gantt(*a, ctx); });
  }
  on_run(schedule.add_subcommand(
             "level", tr("Resource levelling: delay tasks so nobody is booked beyond capacity (--dry-run to preview)")),
         ctx, [&ctx] { return run_level(ctx); });
  {
    auto a = std::make_shared<SimulateArgs>();
    CLI::App* sim =
        schedule.add_subcommand("simulate", tr("Monte Carlo over three-point estimates: P50/P80/P95 finish"));
    sim->add_option("--iterations", a->options.iterations, tr("Runs (default 10000)"))->check(CLI::Range(1, 1000000));
    sim->add_option("--seed", a->options.seed, tr("Random seed (same seed, same result; default 1)"));
    sim->add_option("--distribution", a->options.distribution, tr("triangular or pert"))
        ->check(CLI::IsMember({"triangular", "pert"}));
    sim->add_option("--top", a->top, tr("Tasks to list by criticality (default 10)"))->check(CLI::Range(0, 100000));
    on_run(sim, ctx, [a, &ctx] { return run_simulate(*a, ctx); });
  }
  {
    auto a = std::make_shared<ExportArgs>();
    CLI::App* ex = schedule.add_subcommand("export", tr("Export milestones, deadlines and meetings to a calendar"));
    ex->add_flag("--ics", a->ics, tr("iCalendar (RFC 5545)"))->required();
    ex->add_option("--out", a->out, tr("Write to FILE (default: standard output)"));
    ex->add_option("--dtstamp", a->dtstamp, tr("DTSTAMP to use, UTC like 20261127T093000Z (default: --today, 00:00Z)"));
    on_run(ex, ctx, [a, &ctx] { return run_export(*a, ctx); });
  }
}

}  // namespace pmadmin::cli

// pmadmin schedule gantt / level / simulate / export: views and analyses of the plan.
#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <fmt/format.h>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "render/gantt.hpp"
#include "render/ics.hpp"
#include "edit/tasks.hpp"
#include "plan/level.hpp"
#include "cli/planned.hpp"
#include "plan/schedule.hpp"
#include "plan/simulate.hpp"
#include "render/table.hpp"
#include "base/text.hpp"

namespace pmadmin::cli {

namespace {

using json = nlohmann::ordered_json;

struct GanttArgs {
  std::string scale = "auto";
  int width = 0;
  bool critical_only = false;
};

struct SimulateArgs {
  int iterations = 10000;
  std::uint64_t seed = 1;
  std::string distribution = "triangular";
  int top = 10;
};

struct ExportArgs {
  bool ics = false;
  std::string out;
  std::string dtstamp;
};

/// --width, else the terminal's width, else $COLUMNS, else 100.
std::size_t terminal_width(int option) {
  if (option > 0) return static_cast<std::size_t>(option);
  winsize ws{};
  if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  if (const char* cols = std::getenv("COLUMNS")) {
    int n = std::atoi(cols);
    if (n > 0) return static_cast<std::size_t>(n);
  }
  return 100;
}

int run_gantt(const GanttArgs& a, Context& ctx) {
  if (!ctx.format_ok({"text"})) return ctx.exit_code;
  auto planned = load_planned(ctx);
  if (!planned) return ctx.exit_code;
  Schedule* s = &planned->schedule;
  if (a.critical_only) {
    std::erase_if(s->tasks, [](const ScheduledTask& t) { return !t.critical; });
  }
  GanttOptions o;
  o.width = terminal_width(a.width);
  o.scale = a.scale;
  o.color = ctx.color_stdout();
  ctx.out << render_gantt(*s, o);
  return 0;
}

int run_level(Context& ctx) {
  if (!ctx.format_ok({"text", "json"})) return ctx.exit_code;
  auto today = ctx.today();
  if (!today) return ctx.report(today.errors());
  if (ctx.format == "json") {  // the plan only; writing is for text mode
    auto p = ctx.load();
    if (!p) return ctx.report(p.errors());
    auto l = plan_levelling(*p, *today);
    if (!l) return ctx.report(l.errors());
    json moves = json::array();
    for (const auto& m : l->moves)
      moves.push_back({{"task", m.task}, {"owner", m.owner}, {"from", m.from.iso()}, {"to", m.to.iso()}, {"delay", m.delay}});
    ctx.out << json{{"finish_before", l->finish_before.iso()}, {"finish_after", l->finish_after.iso()}, {"moves", moves},
                    {"cannot_fit", l->cannot_fit}}
                   .dump(2)
            << "\n";
    return 0;
  }
  IdentitySources who = ctx.identity();
  return ctx.mutate([&](Project& p) { return apply_levelling(p, who, *today); });
}

int run_simulate(const SimulateArgs& a, Context& ctx) {
  if (!ctx.format_ok({"text", "json"})) return ctx.exit_code;
  auto p = ctx.load();
  if (!p) return ctx.report(p.errors());
  auto today = ctx.today();
  if (!today) return ctx.report(today.errors());
  SimulationOptions o;
  o.iterations = a.iterations;
  o.seed = a.seed;
  o.distribution = a.distribution;
  auto r = simulate_schedule(*p, *today, o);
  if (!r) return ctx.report(r.errors());
  if (ctx.format == "json") {
    json crit = json::array();
    for (const auto& c : r->criticality) crit.push_back({{"task", c.task}, {"critical", c.index}});
    ctx.out << json{{"iterations", r->iterations}, {"seed", r->seed},          {"distribution", r->distribution},
                    {"uncertain_tasks", r->uncertain_tasks}, {"deterministic", r->deterministic.iso()},
                    {"p50", r->p50.iso()},            {"p80", r->p80.iso()},       {"p95", r->p95.iso()},
                    {"earliest", r->earliest.iso()},  {"latest", r->latest.iso()}, {"on_time", r->on_time},
                    {"criticality", crit}}
                   .dump(2)
            << "\n";
    return 0;
  }
  ctx.out << fmt::format("{} runs ({} distribution, seed {}); {} open task{} a three-point estimate.\n\n",
                         r->iterations, r->distribution, r->seed, r->uncertain_tasks,
                         r->uncertain_tasks == 1 ? " has" : "s have");
  if (r->uncertain_tasks == 0)
    ctx.out << "No open task has an estimate, so every run is the plan. Add one with:\n"
               "  pmadmin schedule move TASK --estimate 3d/5d/10d --reason \"three-point estimate\"\n\n";
  ctx.out << fmt::format("  planned finish (CPM)  {}  reached in {:.0f}% of runs\n", r->deterministic.iso(), r->on_time * 100);
  ctx.out << fmt::format("  P50                   {}  (as likely early as late)\n", r->p50.iso());
  ctx.out << fmt::format("  P80                   {}  (a safe date to promise)\n", r->p80.iso());
  ctx.out << fmt::format("  P95                   {}\n", r->p95.iso());
  ctx.out << fmt::format("  range                 {} .. {}\n\n", r->earliest.iso(), r->latest.iso());
  Table t;
  t.headers = {"TASK", "TITLE", "CRITICAL", "ESTIMATE"};
  t.right_align = {false, false, true, false};
  int shown = 0;
  for (const auto& c : r->criticality) {
    if (shown >= a.top || c.index <= 0) break;
    const Task& task = p->tasks.at(c.task);
    t.rows.push_back({c.task, task.title, fmt::format("{:.0f}%", c.index * 100), task.estimate});
    ++shown;
  }
  if (shown) {
    ctx.out << "How often each task was on the critical path (criticality index):\n";
    ctx.out << render_table(t);
  }
  return 0;
}

int run_export(const ExportArgs& a, Context& ctx) {
  if (!a.ics) return ctx.usage_error("choose a format: --ics (iCalendar, RFC 5545)");
  if (!a.dtstamp.empty()) {
    bool ok = a.dtstamp.size() == 16 && a.dtstamp[8] == 'T' && a.dtstamp[15] == 'Z';
    for (std::size_t i = 0; ok && i < 15; ++i) ok = i == 8 || (a.dtstamp[i] >= '0' && a.dtstamp[i] <= '9');
    if (!ok) return ctx.usage_error(fmt::format("--dtstamp must be UTC like 20261127T093000Z, not \"{}\"", a.dtstamp));
  }
  auto planned = load_planned(ctx);
  if (!planned) return ctx.exit_code;
  const Project* p = &planned->project;
  Schedule* s = &planned->schedule;
  IcsOptions o;
  o.dtstamp = a.dtstamp;
  return ctx.write_output(a.out, render_ics(*p, *s, o));
}

}  // namespace

void register_schedule_views(CLI::App& schedule, Context& ctx) {
  {
    auto a = std::make_shared<GanttArgs>();
    CLI::App* gantt = schedule.add_subcommand("gantt", "Gantt chart in the terminal (critical in red, today marked)");
    gantt->add_option("--scale", a->scale, "day, week or auto")->check(CLI::IsMember({"auto", "day", "week"}));
    gantt->add_option("--width", a->width, "Columns to fit (default: the terminal's)")->check(CLI::Range(40, 1000));
    gantt->add_flag("--critical", a->critical_only, "Only critical tasks");
    gantt->callback([a, &ctx] { ctx.exit_code = run_gantt(*a, ctx); });
  }
  schedule.add_subcommand("level", "Resource levelling: delay tasks so nobody is booked beyond capacity (--dry-run to preview)")
      ->callback([&ctx] { ctx.exit_code = run_level(ctx); });
  {
    auto a = std::make_shared<SimulateArgs>();
    CLI::App* sim = schedule.add_subcommand("simulate", "Monte Carlo over three-point estimates: P50/P80/P95 finish");
    sim->add_option("--iterations", a->iterations, "Runs (default 10000)")->check(CLI::Range(1, 1000000));
    sim->add_option("--seed", a->seed, "Random seed (same seed, same result; default 1)");
    sim->add_option("--distribution", a->distribution, "triangular or pert")->check(CLI::IsMember({"triangular", "pert"}));
    sim->add_option("--top", a->top, "Tasks to list by criticality (default 10)")->check(CLI::Range(0, 100000));
    sim->callback([a, &ctx] { ctx.exit_code = run_simulate(*a, ctx); });
  }
  {
    auto a = std::make_shared<ExportArgs>();
    CLI::App* ex = schedule.add_subcommand("export", "Export milestones, deadlines and meetings to a calendar");
    ex->add_flag("--ics", a->ics, "iCalendar (RFC 5545)")->required();
    ex->add_option("--out", a->out, "Write to FILE (default: standard output)");
    ex->add_option("--dtstamp", a->dtstamp, "DTSTAMP to use, UTC like 20261127T093000Z (default: --today, 00:00Z)");
    ex->callback([a, &ctx] { ctx.exit_code = run_export(*a, ctx); });
  }
}

}  // namespace pmadmin::cli

#include "render/schedule_view.hpp"

#include <fmt/format.h>
#include <algorithm>

#include "base/i18n.hpp"
#include "model/grammar.hpp"
#include "render/csv.hpp"
#include "render/json.hpp"
#include "render/table.hpp"

namespace pmadmin {

namespace {

bool is_open(const ScheduledTask& t) {
  return t.state == Network::State::planned || t.state == Network::State::in_progress;
}

std::string float_text(const ScheduledTask& t) { return is_open(t) ? fmt::format("{}d", t.total_float) : "-"; }

std::string due_text(const ScheduledTask& t) {
  if (!t.task->due) return "";
  std::string out = t.task->due->iso();
  if (t.due_slip && *t.due_slip > 0 && t.state != Network::State::done) out += fmt::format(" +{}d", *t.due_slip);
  return out;
}

std::string schedule_csv(const std::vector<const ScheduledTask*>& rows) {
  std::string out = csv_line({"id", "title", "kind", "owner", "start", "finish", "duration", "working_days",
                              "total_float", "free_float", "critical", "status", "progress", "due", "due_slip"});
  for (const auto* t : rows) {
    const Task& k = *t->task;
    out += csv_line(
        {k.id, k.title, std::string(to_text(k.kind)), k.owner, t->start.iso(), t->finish.iso(),
         std::to_string(t->duration), std::to_string(t->span()), is_open(*t) ? std::to_string(t->total_float) : "",
         is_open(*t) ? std::to_string(t->free_float) : "", t->critical ? "yes" : "no", std::string(to_text(k.status)),
         std::to_string(k.progress), k.due ? k.due->iso() : "", t->due_slip ? std::to_string(*t->due_slip) : ""});
  }
  return out;
}

/// The lines under the table: finish, critical path, missed due dates, assumed durations.
std::string schedule_footer(const Schedule& s, const std::vector<const ScheduledTask*>& rows) {
  const auto days = static_cast<unsigned long>(std::max(0L, s.working_days));
  std::string out = trnf("Forecast finish {} ({} working day from {}), as of {}.\n",
                         "Forecast finish {} ({} working days from {}), as of {}.\n", days, s.finish.iso(),
                         s.working_days, s.start.iso(), s.today.iso());
  out += trnf("Critical path: {} task (*): a day lost on it is a day lost for the project.\n",
              "Critical path: {} tasks (*): a day lost on any of them is a day lost for the project.\n",
              s.critical_path.size(), s.critical_path.size());
  std::vector<std::string> late;
  for (const auto& t : s.tasks)
    if (t.due_slip && *t.due_slip > 0 && t.state != Network::State::done && t.state != Network::State::cancelled)
      late.push_back(fmt::format("{} (+{}d)", t.task->id, *t.due_slip));
  if (!late.empty()) out += trf("Forecast to miss their due date: {}.\n", fmt::format("{}", fmt::join(late, ", ")));
  if (std::any_of(rows.begin(), rows.end(), [](const ScheduledTask* t) { return t->duration_assumed; }))
    out += tr("? no duration, effort or estimate: 1 working day assumed.\n");
  out +=
      tr("DAYS: working days from START to FINISH (started work: its actual start to its forecast finish). FLOAT: "
         "how many working days it can slip before the project finish moves; pmadmin explain float.\n");
  return out;
}

}  // namespace

std::string render_no_task_matches(const Schedule& s) {
  return trnf("No task matches these filters ({} task in all).\n", "No task matches these filters ({} tasks in all).\n",
              s.tasks.size(), s.tasks.size());
}

std::string render_schedule(const Project& p, const Schedule& s, const std::vector<const ScheduledTask*>& rows,
                            OutputFormat format) {
  if (format == OutputFormat::json) {
    Json tasks = Json::array();
    for (const auto* t : rows) tasks.push_back(*t);
    return dump(Json{{"project", p.config.name},
                     {"today", s.today.iso()},
                     {"start", s.start.iso()},
                     {"finish", s.finish.iso()},
                     {"working_days", s.working_days},
                     {"critical_path", s.critical_path},
                     {"tasks", tasks}});
  }
  if (format == OutputFormat::csv) return schedule_csv(rows);
  if (s.tasks.empty()) return tr("No tasks yet. Add one with: pmadmin schedule add TITLE --duration 5d\n");
  if (rows.empty()) return render_no_task_matches(s);
  Table table;
  table.headers = {tr("ID"),    tr("TITLE"), tr("OWNER"),  tr("START"), tr("FINISH"), tr("DAYS"),
                   tr("FLOAT"), tr("CRIT"),  tr("STATUS"), tr("DONE"),  tr("DUE")};
  table.right_align = {false, false, false, false, false, true, true, false, false, true, false};
  for (const auto* t : rows) {
    std::string days = t->milestone ? "◆" : fmt::format("{}{}", t->span(), t->duration_assumed ? "?" : "");
    table.rows.push_back({t->task->id, t->task->title, t->task->owner, t->start.iso(), t->finish.iso(), days,
                          float_text(*t), t->critical ? "*" : "", std::string(to_text(t->task->status)),
                          fmt::format("{}%", t->task->progress), due_text(*t)});
  }
  return render_table(table) + schedule_footer(s, rows);
}

std::string render_critical(const Schedule& s, OutputFormat format) {
  if (format == OutputFormat::json) {
    Json tasks = Json::array();
    for (const auto& id : s.critical_path) tasks.push_back(*s.find(id));
    return dump(Json{{"finish", s.finish.iso()}, {"working_days", s.working_days}, {"tasks", tasks}});
  }
  if (s.critical_path.empty()) return tr("No open task is critical: everything left has float.\n");
  std::string out =
      trnf("Critical path to {} ({} working day from {}):\n\n", "Critical path to {} ({} working days from {}):\n\n",
           static_cast<unsigned long>(std::max(0L, s.working_days)), s.finish.iso(), s.working_days, s.start.iso());
  Table table;
  table.headers = {tr("START"), tr("FINISH"), tr("ID"), tr("TITLE"), tr("OWNER"), tr("FLOAT"), tr("STATUS")};
  table.right_align = {false, false, false, false, false, true, false};
  long least = 0;
  for (const auto& id : s.critical_path) {
    const ScheduledTask& t = *s.find(id);
    table.rows.push_back({t.start.iso(), t.finish.iso(), id, t.task->title, t.task->owner, float_text(t),
                          std::string(to_text(t.task->status))});
    least = std::min(least, t.total_float);
  }
  out += render_table(table);
  out += tr("\nThese tasks have no float: any delay on one of them moves the finish date.\n");
  if (least < 0)
    out += trf("Negative float ({}d) means a due date cannot be met as planned: shorten, overlap or re-plan.\n", least);
  return out;
}

std::string render_baselines(const Project& p, OutputFormat format) {
  if (format == OutputFormat::json) {
    Json list = Json::array();  // a summary per baseline; `baseline show NAME` has the tasks
    for (const auto& [name, b] : p.baselines)
      list.push_back({{"name", name}, {"saved", b.saved.iso()}, {"by", b.by}, {"tasks", b.tasks.size()}});
    return dump(list);
  }
  Table t;
  t.headers = {tr("NAME"), tr("SAVED"), tr("BY"), tr("TASKS"), tr("FINISH")};
  t.right_align = {false, false, false, true, false};
  for (const auto& [name, b] : p.baselines) {
    Date finish = std::max(b.saved, baseline_finish(b).value_or(b.saved));
    t.rows.push_back({name, b.saved.iso(), b.by, std::to_string(b.tasks.size()), finish.iso()});
  }
  return render_table(t);
}

std::string render_baseline(const Project& p, const Baseline& b, OutputFormat format) {
  if (format == OutputFormat::json) return dump(Json(b));
  std::string out = trf("Baseline \"{}\", saved {} by {}\n\n", b.name, b.saved.iso(), b.by);
  Table t;
  t.headers = {tr("ID"), tr("TITLE"), tr("START"), tr("FINISH"), tr("COST")};
  t.right_align = {false, false, false, false, true};
  for (const auto& [id, bt] : b.tasks) {
    auto it = p.tasks.find(id);
    t.rows.push_back({id, it == p.tasks.end() ? "(removed)" : it->second.title, bt.start.iso(), bt.finish.iso(),
                      bt.cost ? bt.cost->str() : ""});
  }
  return out + render_table(t);
}

std::string render_baseline_diff(const BaselineDiff& d, const Baseline& b, Date today, OutputFormat format) {
  if (format == OutputFormat::json) return dump(Json(d));
  std::string out =
      trf("Against baseline \"{}\" (saved {} by {}), as of {}:\n\n", b.name, b.saved.iso(), b.by, today.iso());
  Table t;
  t.headers = {tr("ID"), tr("TITLE"), tr("BASE START"), tr("BASE FINISH"), tr("FORECAST"), tr("SLIP")};
  t.right_align = {false, false, false, false, false, true};
  for (const auto& row : d.tasks) {
    std::string slip = !row.baseline          ? tr("new")
                       : !row.finish          ? tr("removed")
                       : row.finish_slip == 0 ? "0"
                                              : fmt::format("{:+}d", row.finish_slip);
    t.rows.push_back({row.id, row.title, row.baseline ? row.baseline->start.iso() : "",
                      row.baseline ? row.baseline->finish.iso() : "", row.finish ? row.finish->iso() : "", slip});
  }
  out += render_table(t);
  std::string verdict = d.project_slip > 0   ? trnf("{} working day late", "{} working days late",
                                                    static_cast<unsigned long>(d.project_slip), d.project_slip)
                        : d.project_slip < 0 ? trnf("{} working day early", "{} working days early",
                                                    static_cast<unsigned long>(-d.project_slip), -d.project_slip)
                                             : std::string(tr("on the baseline date"));
  return out + trf("\nProject finish: baseline {}, forecast {}: {}.\n", d.baseline_finish.iso(),
                   d.forecast_finish.iso(), verdict);
}

std::string render_levelling(const Levelling& l, OutputFormat) { return dump(Json(l)); }

namespace {

/// "3 working days", "0 working days".
std::string days_moved(long n) {
  return trnf("{} working day", "{} working days", static_cast<unsigned long>(n < 0 ? -n : n), n);
}

}  // namespace

std::string render_simulation(const Project& p, const SimulationResult& r, int top, OutputFormat format) {
  if (format == OutputFormat::json) return dump(Json(r));
  std::string out =
      trnf("{} runs ({} distribution, seed {}); {} open task has a three-point estimate.\n\n",
           "{} runs ({} distribution, seed {}); {} open tasks have a three-point estimate.\n\n",
           static_cast<unsigned long>(r.uncertain_tasks), r.iterations, r.distribution, r.seed, r.uncertain_tasks);
  if (r.uncertain_tasks == 0)
    out +=
        tr("No open task has an estimate, so every run is the plan. Add one with:\n"
           "  pmadmin schedule move TASK --estimate 3d/5d/10d --reason \"three-point estimate\"\n\n");
  out += trf("  planned finish (CPM)  {}  reached in {:.0f}% of runs\n", r.deterministic.iso(), r.on_time * 100);
  out += trf("  P50                   {}  (as likely early as late)\n", r.p50.iso());
  out += trf("  P80                   {}  (a safe date to promise)\n", r.p80.iso());
  out += trf("  P95                   {}\n", r.p95.iso());
  out += trf("  range                 {} .. {}\n\n", r.earliest.iso(), r.latest.iso());
  Table t;
  t.headers = {tr("TASK"), tr("TITLE"), tr("CRITICAL"), tr("ESTIMATE")};
  t.right_align = {false, false, true, false};
  for (const auto& c : r.criticality) {
    if (static_cast<int>(t.rows.size()) >= top || c.index <= 0) break;
    const Task& task = p.tasks.at(c.task);
    t.rows.push_back({c.task, task.title, fmt::format("{:.0f}%", c.index * 100), task.estimate});
  }
  if (!t.rows.empty())
    out += std::string(tr("How often each task was on the critical path (criticality index):\n")) + render_table(t);
  if (!r.with_risks) return out;
  const auto& w = *r.with_risks;
  out += trnf("\nWith the risk events ({} open threat with a delay, each happening in a run with its probability):\n",
              "\nWith the risk events ({} open threats with a delay, each happening in a run with its probability):\n",
              w.ranking.size(), w.ranking.size());
  out += trf("  planned finish (CPM)  {}  reached in {:.0f}% of runs\n", r.deterministic.iso(), w.on_time * 100);
  out += trf("  P50                   {}  (without risk events {})\n", w.p50.iso(), r.p50.iso());
  out += trf("  P80                   {}  (without risk events {})\n", w.p80.iso(), r.p80.iso());
  out += trf("  P95                   {}  (without risk events {})\n\n", w.p95.iso(), r.p95.iso());
  Table rt;
  rt.headers = {tr("RISK"), tr("PROBABILITY"), tr("DELAY"), tr("P80 WITH IT ALONE"), tr("MOVES P80 BY"), tr("TITLE")};
  rt.right_align = {false, true, true, false, true};
  for (const auto& e : w.ranking)
    rt.rows.push_back({e.risk, fmt::format("{}%", e.probability_percent), format_days(e.delay_days), e.p80.iso(),
                       days_moved(e.p80_shift_days), p.risks.at(e.risk).title});
  return out + tr("Risks by how much each moves P80 on its own:\n") + render_table(rt);
}

}  // namespace pmadmin

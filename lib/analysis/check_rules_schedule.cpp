// Check rules on the schedule and on quality: overdue tasks, missed deadlines, stale
// progress, deliverables done without acceptance, over-allocation.
#include <fmt/format.h>
#include <algorithm>
#include <map>

#include "analysis/acceptance.hpp"
#include "analysis/check_rules.hpp"
#include "base/i18n.hpp"
#include "plan/baseline.hpp"
#include "plan/calendar.hpp"
#include "plan/workload.hpp"

namespace pmadmin::rules {

namespace {

/// The latest baseline's finish per task, looked up once per rule (not once per task: a
/// baseline of 100,000 tasks would make that quadratic).
struct BaselineFinishes {
  std::string name;
  std::map<std::string, Date> finish;

  explicit BaselineFinishes(const Baseline* base) {
    if (!base) return;
    name = base->name;
    for (const auto& [task, bt] : base->tasks) finish.emplace(task, bt.finish);
  }
  std::optional<Date> of(const std::string& id) const {
    auto it = finish.find(id);
    return it == finish.end() ? std::nullopt : std::optional<Date>(it->second);
  }
};

/// Why an open task is overdue, if it is: past its due date, else past its baseline finish
/// with its float used up (past its late finish in the plan). A task with float left is
/// never overdue.
struct Overdue {
  Date deadline;
  bool by_due = true;
};
std::optional<Overdue> overdue_of(const CheckInput& in, const BaselineFinishes& base, const Task& t) {
  if (t.due && *t.due < in.today) return Overdue{*t.due, true};
  auto finish = base.of(t.id);
  const ScheduledTask* s = in.plan.find(t.id);
  if (finish && *finish < in.today && s && s->late_finish < in.today) return Overdue{*finish, false};
  return std::nullopt;
}

}  // namespace

RuleOutcome overdue_task(const CheckInput& in, double) {
  RuleOutcome out;
  const Project& p = in.project;
  WorkCalendar cal(p.config.calendar, p.config.start);
  const BaselineFinishes base(latest_baseline(p));
  for (const auto& [id, t] : p.tasks) {
    if (!is_open(t.status)) continue;
    out.checked.push_back(id);
    auto late = overdue_of(in, base, t);
    if (!late) continue;
    long days = cal.workdays_between(late->deadline.plus_days(1), in.today);
    std::string message =
        late->by_due ? trf("task {} {} was due {}, {} ago; it is {} and {}% done", id, quoted(t.title),
                           late->deadline.iso(), days_text(days), t.status, t.progress)
                     : trf("task {} {} was to finish by {} in baseline \"{}\", {} ago, and has no float left, so it "
                           "delays the project; it is {} and {}% done",
                           id, quoted(t.title), late->deadline.iso(), base.name, days_text(days), t.status, t.progress);
    Finding f = at(t.src, late->by_due ? "due" : "title", id, message);
    f.numbers = {{"deadline", late->deadline.iso()},
                 {"source", late->by_due ? "due" : "baseline"},
                 {"working_days_late", std::to_string(days)},
                 {"progress", std::to_string(t.progress)}};
    out.findings.push_back(f);
  }
  return out;
}

RuleOutcome behind_plan(const CheckInput& in, double) {
  RuleOutcome out;
  const Project& p = in.project;
  WorkCalendar cal(p.config.calendar, p.config.start);
  const BaselineFinishes base(latest_baseline(p));
  for (const auto& [id, t] : p.tasks) {
    if (!is_open(t.status)) continue;
    const ScheduledTask* s = in.plan.find(id);
    if (!s) continue;
    out.checked.push_back(id);
    if (!(s->late_finish < in.today) || overdue_of(in, base, t)) continue;  // overdue-task says so
    long days = cal.workdays_between(s->late_finish.plus_days(1), in.today);
    std::string message = trf(
        "task {} {} was planned to finish {} with {} of float, so by {} at the latest; that was {} ago and it is {} "
        "and {}% done: its float is used up and the planned finish slips",
        id, quoted(t.title), s->finish.iso(), days_text(s->total_float), s->late_finish.iso(), days_text(days),
        t.status, t.progress);
    Finding f = at(t.src, "title", id, message);
    f.numbers = {{"planned_finish", s->finish.iso()},
                 {"late_finish", s->late_finish.iso()},
                 {"float_lost", std::to_string(s->total_float)},
                 {"working_days_past", std::to_string(days)},
                 {"progress", std::to_string(t.progress)}};
    out.findings.push_back(f);
  }
  return out;
}

RuleOutcome missed_deadline_forecast(const CheckInput& in, double) {
  RuleOutcome out;
  for (const auto& st : in.forecast.tasks) {
    const Task& t = *st.task;
    if (!is_open(t.status) || !t.due || *t.due < in.today) continue;  // already late: overdue-task says so
    out.checked.push_back(t.id);
    if (!st.due_slip || *st.due_slip <= 0) continue;
    Finding f = at(t.src, "due", t.id,
                   trf("task {} {} is forecast to finish {}, {} after its due date {}", t.id, quoted(t.title),
                       st.finish.iso(), days_text(*st.due_slip), t.due->iso()));
    f.numbers = {{"forecast_finish", st.finish.iso()},
                 {"due", t.due->iso()},
                 {"working_days_late", std::to_string(*st.due_slip)}};
    out.findings.push_back(f);
  }
  return out;
}

RuleOutcome stale_progress(const CheckInput& in, double days) {
  RuleOutcome out;
  for (const auto& [id, t] : in.project.tasks) {
    if (t.status != TaskStatus::doing) continue;
    out.checked.push_back(id);
    std::optional<Date> last = t.started;
    for (const auto& e : t.log)
      if (e.action == "progress" && (!last || e.date > *last)) last = e.date;
    if (!last) {
      out.findings.push_back(
          at(t.src, "status", id,
             trf("task {} {} is in progress but no start or progress was ever recorded", id, quoted(t.title))));
      continue;
    }
    long age = last->days_until(in.today);
    if (age <= static_cast<long>(days)) continue;
    Finding f = at(t.src, "progress", id,
                   trf("task {} {} is in progress at {}% but was last updated {}, {} days ago (limit {})", id,
                       quoted(t.title), t.progress, last->iso(), age, static_cast<long>(days)));
    f.numbers = {{"last_update", last->iso()}, {"days", std::to_string(age)}};
    out.findings.push_back(f);
  }
  return out;
}

RuleOutcome done_without_acceptance(const CheckInput& in, double) {
  RuleOutcome out;
  const Project& p = in.project;
  for (const auto& [id, t] : p.tasks) {
    if (t.status != TaskStatus::done || t.acceptance.empty()) continue;
    out.checked.push_back(id);
    const AcceptanceStatus a = acceptance_of(p, t);
    std::string message;
    switch (a.state) {
      case AcceptanceState::no_criteria:
      case AcceptanceState::accepted: continue;
      case AcceptanceState::not_inspected: {
        std::vector<std::string> passes;
        for (const auto& c : t.acceptance) passes.push_back("--pass " + quoted(c));
        message = trf(
            "task {} {} is done but none of its {} acceptance criteria passed an inspection; inspect it with: pmadmin "
            "review quality {} {}",
            id, quoted(t.title), t.acceptance.size(), id, fmt::join(passes, " "));
        break;
      }
      case AcceptanceState::not_passed: {
        std::vector<std::string> open, passes;
        for (const auto& c : a.open) {
          open.push_back(quoted(c));
          passes.push_back("--pass " + quoted(c));
        }
        message = trf(
            "task {} {} is done but {} of its {} acceptance criteria have not passed an inspection: {}; inspect them "
            "with: pmadmin review quality {} {}",
            id, quoted(t.title), a.open.size(), t.acceptance.size(), fmt::join(open, ", "), id, fmt::join(passes, " "));
        break;
      }
      case AcceptanceState::awaiting_acceptance:
        message = trf(
            "task {} {} passed every acceptance criterion on {} but nobody holding accept-deliverable has accepted it "
            "since; accept it with: pmadmin review accept {}",
            id, quoted(t.title), a.passed_on->iso(), id);
        break;
      case AcceptanceState::accepted_without_permission:
        message = trf(
            "task {} {} was accepted by {} on {}, who did not hold accept-deliverable then; a holder accepts it with: "
            "pmadmin review accept {}",
            id, quoted(t.title), a.accepted_by, a.accepted_on->iso(), id);
        break;
    }
    Finding f = at(t.src, "acceptance", id, message);
    f.numbers = {{"criteria", std::to_string(t.acceptance.size())},
                 {"not_passed", std::to_string(a.open.size())},
                 {"state", std::string(to_text(a.state))}};
    out.findings.push_back(f);
  }
  return out;
}

RuleOutcome over_allocation(const CheckInput& in, double) {
  RuleOutcome out;
  const Project& p = in.project;
  Date monday = in.today.plus_days(-static_cast<int>(in.today.iso_weekday()));
  int weeks = std::clamp(static_cast<int>(monday.days_until(in.forecast.finish) / 7) + 1, 1, 520);
  for (const auto& row : weekly_load(p, in.forecast, in.today, weeks)) {
    out.checked.push_back(row.person);
    std::vector<std::string> bad;
    int worst = 0;
    for (const auto& w : row.weeks)
      if (w.over()) {
        bad.push_back(trf("{} ({}%, peak day {}%)", w.monday.iso(), w.percent(), w.peak_day));
        worst = std::max(worst, w.peak_day);
      }
    if (bad.empty()) continue;
    std::string weeks_text;
    for (std::size_t i = 0; i < bad.size() && i < 4; ++i) weeks_text += (i ? ", " : "") + bad[i];
    if (bad.size() > 4) weeks_text += trf(" and {} more", bad.size() - 4);
    const Person& person = p.people.at(row.person);
    Finding f = at(person.src, "capacity", row.person,
                   trnf("person {} is booked beyond their capacity of {}% in {} week: {}",
                        "person {} is booked beyond their capacity of {}% in {} weeks: {}", bad.size(), row.person,
                        row.capacity_percent, bad.size(), weeks_text));
    f.numbers = {{"weeks_over", std::to_string(bad.size())},
                 {"peak_day_percent", std::to_string(worst)},
                 {"capacity_percent", std::to_string(row.capacity_percent)}};
    out.findings.push_back(f);
  }
  return out;
}

}  // namespace pmadmin::rules

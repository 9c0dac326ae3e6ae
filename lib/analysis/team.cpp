#include "analysis/team.hpp"

#include <algorithm>
#include <map>

#include "analysis/checks.hpp"
#include "base/i18n.hpp"
#include "plan/baseline.hpp"
#include "plan/calendar.hpp"
#include "plan/workload.hpp"

namespace pmadmin {

namespace {

Date next_meeting(const Project& p, Date today) {
  if (p.config.meetings.empty()) return today;
  static constexpr std::array<const char*, 7> kDays = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
  const std::string& day = p.config.meetings.front().day;
  for (int i = 0; i < 7; ++i) {
    Date d = today.plus_days(i);
    if (day == kDays[d.iso_weekday()]) return d;
  }
  return today;
}

/// A task's deadline: its due date, else its finish in the latest baseline.
std::optional<Date> deadline_of(const Project& p, const Task& t) {
  if (t.due) return t.due;
  if (const Baseline* b = latest_baseline(p))
    for (const auto& [id, bt] : b->tasks)
      if (id == t.id) return bt.finish;
  return std::nullopt;
}

/// The first inspection of each task: passed or not, and when.
std::map<std::string, std::pair<Date, bool>> first_inspections(const Project& p) {
  std::map<std::string, std::pair<Date, bool>> first;
  for (const auto& [id, r] : p.reviews) {  // by ID: the earlier of two on one day wins
    if (r.kind != ReviewKind::quality) continue;
    const bool passed = r.failed.empty() && r.result != InspectionResult::fail;
    auto it = first.find(r.task);
    if (it == first.end() || r.date < it->second.first) first[r.task] = {r.date, passed};
  }
  return first;
}

}  // namespace

Result<Agenda> prepare_agenda(const Project& p, Date today, std::optional<Date> date) {
  auto report = build_report(p, today);
  if (!report) return report.errors();
  Agenda a;
  a.date = date.value_or(next_meeting(p, today));
  a.today = today;
  a.title = p.config.meetings.empty() ? tr("Status meeting") : p.config.meetings.front().title;
  for (const auto& [id, r] : p.reviews)
    if (r.kind == ReviewKind::meeting && r.date < a.date && (!a.last || r.date > *a.last)) a.last = r.date;
  a.actions = report->actions;
  for (const auto& [id, t] : p.tasks) {
    if (auto deadline = deadline_of(p, t); is_open(t.status) && deadline && !(*deadline < today) && *deadline <= a.date)
      a.due.push_back({&t, *deadline});
    if (t.status == TaskStatus::done && t.finished && (!a.last || *t.finished > *a.last) && *t.finished <= a.date)
      a.finished.push_back(&t);
  }
  std::stable_sort(a.due.begin(), a.due.end(), [](const auto& x, const auto& y) { return x.deadline < y.deadline; });
  for (const auto& [id, r] : p.risks)
    if (is_open(r.status) && r.review_by && *r.review_by <= a.date) a.risks.push_back(&r);
  for (const Rag& rag : report->rag)
    if ((rag.area == ReportArea::schedule || rag.area == ReportArea::budget) &&
        (rag.status == RagStatus::red || rag.status == RagStatus::amber))
      a.signals.push_back(rag);
  for (CheckRuleId rule : {CheckRuleId::overdue_task, CheckRuleId::behind_plan})
    if (const RuleReport* late = report->checks.find(rule))
      for (const auto& f : late->findings) a.late.push_back(f.message);
  if (const RuleReport* nps = report->checks.find(CheckRuleId::nps_below_target))
    for (const auto& f : nps->findings) a.surveys.push_back(f.message);
  return a;
}

std::optional<double> Performance::on_time_rate() const {
  return with_deadline ? std::optional<double>(static_cast<double>(on_time) / with_deadline) : std::nullopt;
}
std::optional<double> Performance::mean_slip() const {
  return with_deadline ? std::optional<double>(static_cast<double>(slip_days) / with_deadline) : std::nullopt;
}
std::optional<double> Performance::first_pass_yield() const {
  return inspected ? std::optional<double>(static_cast<double>(first_pass) / inspected) : std::nullopt;
}
std::optional<double> Performance::rating() const {
  return feedback ? std::optional<double>(static_cast<double>(rating_sum) / feedback) : std::nullopt;
}

Result<TeamPerformance> team_performance(const Project& p, Date today, Date from, Date to, const std::string& person) {
  if (to < from) return usage_error(trf("the period ends ({}) before it starts ({})", to.iso(), from.iso()));
  auto forecast = compute_schedule(p, today);
  if (!forecast) return forecast.errors();
  WorkCalendar cal(p.config.calendar, p.config.start);
  TeamPerformance out{from, to, {}, {}};
  std::map<std::string, Performance> by_person;
  for (const auto& [id, who] : p.people)
    if (person.empty() || id == person) by_person[id].person = id;
  auto in_period = [&](Date d) { return !(d < from) && !(to < d); };
  const auto first = first_inspections(p);
  std::map<std::string, YieldRow> by_category;
  for (const auto& [id, t] : p.tasks) {
    if (t.status == TaskStatus::cancelled) continue;
    auto it = first.find(id);
    if (it != first.end() && in_period(it->second.first)) {
      YieldRow& y = by_category[t.category];
      y.category = t.category;
      ++y.inspected;
      y.first_pass += it->second.second;
    }
    auto who = by_person.find(t.owner);
    if (who == by_person.end()) continue;
    Performance& perf = who->second;
    ++perf.assigned;
    perf.open += is_open(t.status);
    if (it != first.end() && in_period(it->second.first)) {
      ++perf.inspected;
      perf.first_pass += it->second.second;
    }
    if (t.status != TaskStatus::done || !t.finished || !in_period(*t.finished)) continue;
    ++perf.done;
    if (auto deadline = deadline_of(p, t)) {
      ++perf.with_deadline;
      if (!(*deadline < *t.finished))
        ++perf.on_time;
      else
        perf.slip_days += cal.workdays_between(deadline->plus_days(1), *t.finished);
    }
  }
  for (const auto& [id, r] : p.reviews) {
    auto who = by_person.find(r.person);
    if (r.kind != ReviewKind::performance || who == by_person.end() || !in_period(r.date)) continue;
    ++who->second.feedback;
    who->second.rating_sum += r.rating.value_or(0);
    who->second.kudos += !r.kudos.empty();
  }
  for (const auto& load : weekly_load(p, *forecast, today, 1))
    if (auto who = by_person.find(load.person); who != by_person.end() && !load.weeks.empty())
      who->second.load_percent = load.weeks.front().percent();
  for (auto& [id, perf] : by_person) out.people.push_back(std::move(perf));
  for (auto& [c, y] : by_category) out.by_category.push_back(std::move(y));
  return out;
}

}  // namespace pmadmin

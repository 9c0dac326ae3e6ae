#include "analysis/report.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <cmath>

#include "analysis/acceptance.hpp"
#include "analysis/risk.hpp"
#include "plan/baseline.hpp"
#include "plan/calendar.hpp"

namespace pmadmin {

namespace {

/// Red when there is a red reason (all reasons listed, red first), else amber when there is
/// an amber one; nullopt when neither.
std::optional<Rag> judged(ReportArea area, const std::vector<std::string>& red, const std::vector<std::string>& amber) {
  std::vector<std::string> all = red;
  all.insert(all.end(), amber.begin(), amber.end());
  std::string reasons = fmt::format("{}", fmt::join(all, "; "));
  if (!red.empty()) return Rag{area, RagStatus::red, reasons};
  if (!amber.empty()) return Rag{area, RagStatus::amber, reasons};
  return std::nullopt;
}

Rag schedule_rag(const StatusReport& r) {
  std::vector<std::string> red, amber;
  const Evm& e = r.budget.evm;
  if (const RuleReport* overdue = r.checks.find(CheckRuleId::overdue_task))
    for (const auto& f : overdue->findings) {
      const ScheduledTask* t = r.schedule.find(f.entity);
      if (t && t->critical) red.push_back(fmt::format("critical task {} is overdue", f.entity));
    }
  if (r.baseline_finish && r.slip > 10) red.push_back(fmt::format("{} working days behind the baseline", r.slip));
  if (e.spi && *e.spi < 0.8) red.push_back(fmt::format("SPI {:.2f}", *e.spi));
  if (auto n = r.checks.count(CheckRuleId::overdue_task))
    amber.push_back(fmt::format("{} overdue task{}", n, n == 1 ? "" : "s"));
  if (auto n = r.checks.count(CheckRuleId::missed_deadline_forecast))
    amber.push_back(fmt::format("{} task{} forecast to miss the due date", n, n == 1 ? "" : "s"));
  if (r.baseline_finish && r.slip > 0 && r.slip <= 10)
    amber.push_back(fmt::format("{} working days behind the baseline", r.slip));
  if (e.spi && *e.spi >= 0.8 && *e.spi < 0.95) amber.push_back(fmt::format("SPI {:.2f}", *e.spi));
  if (auto rag = judged(ReportArea::schedule, red, amber)) return *rag;
  return {ReportArea::schedule, RagStatus::green, fmt::format("on track for {}", r.finish.iso())};
}

Rag budget_rag(const StatusReport& r) {
  const Evm& e = r.budget.evm;
  std::vector<std::string> red, amber;
  if (r.budget.total.overrun) red.push_back("the whole budget is overspent");
  double over = e.eac && e.bac.minor() > 0 ? static_cast<double>(e.eac->minor() - e.bac.minor()) / e.bac.minor() : 0;
  if (over > 0.10)
    red.push_back(fmt::format("forecast {:.1f}% over budget", over * 100));
  else if (over > 0)
    amber.push_back(fmt::format("forecast {:.1f}% over budget", over * 100));
  if (e.cpi && *e.cpi < 0.8)
    red.push_back(fmt::format("CPI {:.2f}", *e.cpi));
  else if (e.cpi && *e.cpi < 0.95)
    amber.push_back(fmt::format("CPI {:.2f}", *e.cpi));
  for (const auto& c : r.budget.categories)
    if (c.overrun) amber.push_back(fmt::format("{} overspent", c.category));
  if (auto rag = judged(ReportArea::budget, red, amber)) return *rag;
  if (!e.cpi) return {ReportArea::budget, RagStatus::green, "nothing spent yet"};
  return {ReportArea::budget, RagStatus::green,
          fmt::format("spending in line with the work done (CPI {:.2f})", *e.cpi)};
}

Rag risk_rag(const Project& p, const StatusReport& r) {
  std::vector<std::string> red, amber;
  int critical = 0, high = 0;
  for (const auto& [id, risk] : p.risks) {
    if (risk.status != RiskStatus::open) continue;
    const RiskLevel level = risk_level(p, risk);
    if (level == RiskLevel::critical)
      ++critical;
    else if (level == RiskLevel::high)
      ++high;
  }
  if (critical) red.push_back(fmt::format("{} critical risk{} open", critical, critical == 1 ? "" : "s"));
  if (auto n = r.checks.count(CheckRuleId::unowned_high_risk))
    red.push_back(fmt::format("{} high risk{} without owner or response", n, n == 1 ? "" : "s"));
  if (high) amber.push_back(fmt::format("{} high risk{} open", high, high == 1 ? "" : "s"));
  if (auto n = r.checks.count(CheckRuleId::risk_review_overdue))
    amber.push_back(fmt::format("{} risk review{} overdue", n, n == 1 ? "" : "s"));
  const RiskReserve& rr = r.budget.reserve;
  if (rr.contingency_left && rr.threats > *rr.contingency_left)
    amber.push_back(fmt::format("expected risk cost {} exceeds the contingency left ({})", rr.threats.grouped(),
                                rr.contingency_left->grouped()));
  if (auto rag = judged(ReportArea::risk, red, amber)) return *rag;
  return {ReportArea::risk, RagStatus::green, "no high or critical risk open"};
}

/// For a task without acceptance criteria, an inspection can only pass or fail as a whole.
bool latest_inspection_failed(const Project& p, const Task& t) {
  if (!t.acceptance.empty()) return false;
  const Review* latest = nullptr;
  for (const auto& [id, q] : p.reviews)
    if (q.kind == ReviewKind::quality && q.task == t.id && (!latest || q.date >= latest->date)) latest = &q;
  return latest && latest->result == InspectionResult::fail;
}

/// From acceptance_of, the same reading as `check done-without-acceptance` (whatever its
/// severity in `checks:`): red while a done deliverable is not accepted, amber while a
/// criterion's latest inspection failed.
Rag quality_rag(const Project& p) {
  std::vector<std::string> unaccepted, failing;
  for (const auto& [id, t] : p.tasks) {
    const AcceptanceStatus a = acceptance_of(p, t);
    if (t.status == TaskStatus::done && a.state != AcceptanceState::no_criteria && a.state != AcceptanceState::accepted)
      unaccepted.push_back(id);
    if (t.status != TaskStatus::cancelled && (!a.failing.empty() || latest_inspection_failed(p, t)))
      failing.push_back(id);
  }
  if (!unaccepted.empty())
    return {ReportArea::quality, RagStatus::red,
            fmt::format("{} deliverable{} done without acceptance: {}", unaccepted.size(),
                        unaccepted.size() == 1 ? "" : "s", fmt::join(unaccepted, ", "))};
  if (!failing.empty())
    return {ReportArea::quality, RagStatus::amber,
            fmt::format("failed inspection open for {}", fmt::join(failing, ", "))};
  int inspections = 0;
  for (const auto& [id, q] : p.reviews) inspections += q.kind == ReviewKind::quality;
  if (inspections == 0) return {ReportArea::quality, RagStatus::none, "no inspection recorded yet"};
  return {ReportArea::quality, RagStatus::green,
          fmt::format("{} inspection{} recorded, none failing", inspections, inspections == 1 ? "" : "s")};
}

Rag satisfaction_rag(const StatusReport& r) {
  const SurveyScore* latest = nullptr;
  for (const auto& s : r.surveys)
    if (s.nps || s.csat) latest = &s;
  if (!latest) return {ReportArea::satisfaction, RagStatus::none, "no survey answered yet"};
  std::string scores = latest->nps ? fmt::format("NPS {}", *latest->nps) : "";
  if (latest->csat) scores += (scores.empty() ? "" : ", ") + fmt::format("CSAT {}%", *latest->csat);
  std::string where = fmt::format("{} in \"{}\"", scores, latest->title);
  if (latest->nps && *latest->nps < 0)
    return {ReportArea::satisfaction, RagStatus::red, where + ": more detractors than promoters"};
  if ((latest->nps && *latest->nps < r.nps_target) || (latest->csat && *latest->csat < 70))
    return {ReportArea::satisfaction, RagStatus::amber, fmt::format("{}; target NPS {}", where, r.nps_target)};
  return {ReportArea::satisfaction, RagStatus::green, where};
}

/// The milestones with their forecast against the due date, else the baseline.
void milestone_rows(const Project& p, const WorkCalendar& cal, StatusReport& r) {
  const Baseline* base = latest_baseline(p);
  for (const auto& t : r.schedule.tasks) {
    if (!t.milestone || t.state == Network::State::cancelled) continue;
    MilestoneRow m{t.task->id, t.task->title, t.task->status, t.finish, t.task->due, std::nullopt, 0};
    if (base)
      for (const auto& [id, bt] : base->tasks)
        if (id == t.task->id) m.baseline = bt.finish;
    Date target = m.due ? *m.due : m.baseline ? *m.baseline : t.finish;
    m.slip = cal.index_on_or_before(t.finish) - cal.index_on_or_before(target);
    r.milestones.push_back(m);
  }
}

/// The five open risks with the highest score, and the heat map of all open risks.
void risk_rows(const Project& p, StatusReport& r) {
  std::vector<const Risk*> open;
  for (const auto& [id, risk] : p.risks)
    if (is_open(risk.status)) open.push_back(&risk);
  std::stable_sort(open.begin(), open.end(),
                   [](const Risk* a, const Risk* b) { return risk_score(*a) > risk_score(*b); });
  for (std::size_t i = 0; i < open.size() && i < 5; ++i) r.top_risks.push_back(open[i]->id);
  r.heat = risk_heat_map(p);
}

/// Decisions of the meetings of the last 30 days (newest first) and the open actions of all
/// meetings so far (by due date).
void meeting_rows(const Project& p, Date today, StatusReport& r) {
  std::vector<const Review*> meetings;
  for (const auto& [id, rev] : p.reviews)
    if (rev.kind == ReviewKind::meeting && rev.date <= today) meetings.push_back(&rev);
  std::stable_sort(meetings.begin(), meetings.end(),
                   [](const Review* a, const Review* b) { return a->date > b->date; });
  for (const Review* m : meetings) {
    if (m->date.days_until(today) <= 30)
      for (const auto& d : m->decisions) r.decisions.push_back(DecisionRow{m->date, m->id, d});
    for (const auto& a : m->actions) {
      auto t = a.task.empty() ? p.tasks.end() : p.tasks.find(a.task);
      if (t != p.tasks.end() && !is_open(t->second.status)) continue;
      r.actions.push_back(ActionRow{m->id, a.text, a.owner, a.due, a.due && *a.due < today});
    }
  }
  for (const auto& [id, s] : p.surveys)  // improvement actions from surveys, open ones
    for (const auto& a : s.actions) {
      auto t = a.task.empty() ? p.tasks.end() : p.tasks.find(a.task);
      if (t != p.tasks.end() && !is_open(t->second.status)) continue;
      r.actions.push_back(ActionRow{s.id, a.text, a.owner, a.due, a.due && *a.due < today});
    }
  std::stable_sort(r.actions.begin(), r.actions.end(), [](const ActionRow& a, const ActionRow& b) {
    return a.due.value_or(Date::from_ymd(9999, 12, 31)) < b.due.value_or(Date::from_ymd(9999, 12, 31));
  });
}

/// Burn: weekly from the start to the finish (and today), planned value against spending.
Status burn_points(const Project& p, const Schedule& plan, Date today, StatusReport& r) {
  std::vector<Date> dates;
  Date end = std::max(r.finish, today);
  for (Date d = r.start; d < end; d = d.plus_days(7)) dates.push_back(d);
  dates.push_back(end);
  if (today > r.start && today < end && std::find(dates.begin(), dates.end(), today) == dates.end()) {
    dates.push_back(today);
    std::sort(dates.begin(), dates.end());
  }
  auto curve = planned_value_curve(p, dates, "", &plan);
  if (!curve) return curve.errors();
  std::vector<const Expense*> spent;
  for (const auto& [id, e] : p.expenses) spent.push_back(&e);
  std::stable_sort(spent.begin(), spent.end(), [](const Expense* a, const Expense* b) { return a->date < b->date; });
  for (std::size_t i = 0; i < dates.size(); ++i) {
    BurnPoint bp{dates[i], curve->values[i], std::nullopt};
    if (dates[i] <= today) {
      Money sum;
      for (const Expense* e : spent)
        if (e->date <= dates[i]) sum = sum.plus(e->amount).value_or(sum);
      bp.actual = sum;
    }
    r.burn.push_back(bp);
  }
  return ok_status();
}

}  // namespace

Result<StatusReport> build_report(const Project& p, Date today) {
  StatusReport r;
  r.name = p.config.name;
  r.client = p.config.client;
  r.currency = p.config.currency;
  r.today = today;
  auto analysis = analyse_project(p, today);
  if (!analysis) return analysis.errors();
  r.schedule = analysis->forecast;
  r.start = r.schedule.start;
  r.finish = r.schedule.finish;
  WorkCalendar cal(p.config.calendar, p.config.start);
  if (const Baseline* b = latest_baseline(p)) {
    r.baseline_name = b->name;
    if ((r.baseline_finish = baseline_finish(*b)))
      r.slip = cal.index_on_or_before(r.finish) - cal.index_on_or_before(*r.baseline_finish);
  }
  auto checks = run_checks(p, today, {}, &*analysis);
  if (!checks) return checks.errors();
  r.checks = std::move(*checks);
  for (CheckRuleId id : {CheckRuleId::overdue_task, CheckRuleId::missed_deadline_forecast})
    if (const RuleReport* rr = r.checks.find(id))
      for (const auto& f : rr->findings) r.late.push_back(f);
  if (const RuleReport* nps = r.checks.find(CheckRuleId::nps_below_target))  // the target the check uses
    r.nps_target = static_cast<int>(std::lround(nps->threshold_value));
  r.budget = analysis->budget;
  milestone_rows(p, cal, r);
  risk_rows(p, r);
  meeting_rows(p, today, r);
  r.surveys = survey_trend(p);
  if (Status s = burn_points(p, analysis->plan, today, r); !s) return s.errors();
  auto team = team_performance(p, today, p.config.start, std::max(today, p.config.start));
  if (!team) return team.errors();
  r.team = std::move(*team);
  r.rag = {schedule_rag(r), budget_rag(r), risk_rag(p, r), quality_rag(p), satisfaction_rag(r)};
  return r;
}

}  // namespace pmadmin

#include "analysis/report.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <cmath>

#include "analysis/acceptance.hpp"
#include "analysis/risk.hpp"
#include "base/i18n.hpp"
#include "plan/baseline.hpp"
#include "plan/calendar.hpp"

namespace pmadmin {

namespace {

/// One reason for a colour, with the command that shows its detail.
struct Cause {
  std::string text;
  std::string command;
};

/// Red when there is a red cause, else amber when there is an amber one (each list biggest
/// first); the first is the area's reason, the rest are `also`. nullopt when neither.
std::optional<Rag> judged(ReportArea area, const std::vector<Cause>& red, const std::vector<Cause>& amber) {
  if (red.empty() && amber.empty()) return std::nullopt;
  Rag rag{area, red.empty() ? RagStatus::amber : RagStatus::red, "", "", {}};
  std::vector<Cause> all = red;
  all.insert(all.end(), amber.begin(), amber.end());
  rag.reason = all.front().text;
  rag.command = all.front().command;
  for (std::size_t i = 1; i < all.size(); ++i) rag.also.push_back(all[i].text);
  return rag;
}

long days_of(const Finding& f, const char* key) {
  for (const auto& [name, value] : f.numbers)
    if (name == key) return std::stol(value);
  return 0;
}

/// The findings of `rule`, most working days late first.
std::vector<const Finding*> latest_first(const StatusReport& r, CheckRuleId rule, const char* key) {
  std::vector<const Finding*> out;
  if (const RuleReport* rr = r.checks.find(rule))
    for (const auto& f : rr->findings) out.push_back(&f);
  std::stable_sort(out.begin(), out.end(),
                   [&](const Finding* a, const Finding* b) { return days_of(*a, key) > days_of(*b, key); });
  return out;
}

Rag schedule_rag(const StatusReport& r) {
  std::vector<Cause> red, amber;
  const Evm& e = r.budget.evm;
  auto overdue = latest_first(r, CheckRuleId::overdue_task, "working_days_late");
  for (const Finding* f : overdue) {
    const ScheduledTask* t = r.schedule.find(f->entity);
    if (t && t->critical) {
      red.push_back({trnf("critical task {} is {} working day overdue", "critical task {} is {} working days overdue",
                          static_cast<unsigned long>(days_of(*f, "working_days_late")), f->entity,
                          days_of(*f, "working_days_late")),
                     "pmadmin check overdue-task"});
      break;
    }
  }
  if (r.baseline_finish && r.slip > 10)
    red.push_back({trnf("the forecast finish is {} working day behind baseline \"{}\"",
                        "the forecast finish is {} working days behind baseline \"{}\"",
                        static_cast<unsigned long>(r.slip), r.slip, r.baseline_name),
                   "pmadmin schedule baseline diff"});
  const Cause spi = {
      e.spi ? trf("SPI {:.2f}: the work done is worth {:.0f}% of the work planned by now", *e.spi, *e.spi * 100) : "",
      "pmadmin budget status"};
  if (e.spi && *e.spi < 0.8) red.push_back(spi);
  if (!overdue.empty())
    amber.push_back({trnf("{} task overdue, the latest {}", "{} tasks overdue, the latest {}", overdue.size(),
                          overdue.size(), overdue[0]->entity),
                     "pmadmin check overdue-task"});
  auto behind = latest_first(r, CheckRuleId::behind_plan, "working_days_past");
  if (!behind.empty())
    amber.push_back(
        {trnf("{} task past its late finish, the latest {}", "{} tasks past their late finish, the latest {}",
              behind.size(), behind.size(), behind[0]->entity),
         "pmadmin check behind-plan"});
  if (auto n = r.checks.count(CheckRuleId::missed_deadline_forecast))
    amber.push_back({trnf("{} task forecast to miss the due date", "{} tasks forecast to miss the due date", n, n),
                     "pmadmin check missed-deadline-forecast"});
  if (r.baseline_finish && r.slip > 0 && r.slip <= 10)
    amber.push_back({trnf("the forecast finish is {} working day behind baseline \"{}\"",
                          "the forecast finish is {} working days behind baseline \"{}\"",
                          static_cast<unsigned long>(r.slip), r.slip, r.baseline_name),
                     "pmadmin schedule baseline diff"});
  if (e.spi && *e.spi >= 0.8 && *e.spi < 0.95) amber.push_back(spi);
  if (auto rag = judged(ReportArea::schedule, red, amber)) return *rag;
  return {ReportArea::schedule, RagStatus::green, trf("on track for {}", r.finish.iso()), "pmadmin schedule show", {}};
}

Rag budget_rag(const StatusReport& r) {
  const Evm& e = r.budget.evm;
  const std::string cur = r.budget.currency;
  std::vector<Cause> red, amber;
  const CategoryStatus& total = r.budget.total;
  if (total.overrun)
    red.push_back({trf("the whole budget is overspent: {} spent of {}", total.spent.grouped(), total.budget.grouped()),
                   "pmadmin budget status"});
  double over = e.eac && e.bac.minor() > 0 ? static_cast<double>(e.eac->minor() - e.bac.minor()) / e.bac.minor() : 0;
  const std::string forecast =
      e.cpi ? trf("the costed tasks are forecast to cost {:.1f}% more than planned (CPI {:.2f})", over * 100, *e.cpi)
            : "";
  if (over > 0.10) red.push_back({forecast, "pmadmin budget status"});
  std::vector<const CategoryStatus*> overspent;
  for (const auto& c : r.budget.categories)
    if (c.overrun) overspent.push_back(&c);
  std::stable_sort(overspent.begin(), overspent.end(), [](const CategoryStatus* a, const CategoryStatus* b) {
    return a->spent.minus(a->budget).value_or(Money{}) > b->spent.minus(b->budget).value_or(Money{});
  });
  for (const CategoryStatus* c : overspent)
    amber.push_back(
        {trf("budget line {} is overspent by {} ({} of {})", c->category,
             c->spent.minus(c->budget).value_or(Money{}).grouped(), c->spent.grouped(), c->budget.grouped()),
         "pmadmin budget status"});
  if (over > 0 && over <= 0.10 && e.cpi && *e.cpi < 0.95) amber.push_back({forecast, "pmadmin budget status"});
  if (auto rag = judged(ReportArea::budget, red, amber)) return *rag;
  if (!e.not_computable.empty())
    return {ReportArea::budget,
            total.spent.minor() == 0 && total.budget.minor() == 0 ? RagStatus::none : RagStatus::green,
            total.budget.minor() == 0 ? tr("no budget planned yet")
                                      : tr("no budget line overspent (no task carries a cost)"),
            "pmadmin budget status",
            {}};
  if (!e.cpi)
    return {ReportArea::budget,
            RagStatus::green,
            e.outside.minor() > 0 ? tr("no budget line overspent; nothing booked to the costed tasks yet")
                                  : tr("nothing spent yet"),
            "pmadmin budget status",
            {}};
  return {ReportArea::budget,
          RagStatus::green,
          trf("spending on the costed tasks in line with the work done (CPI {:.2f})", *e.cpi),
          "pmadmin budget status",
          {}};
}

Rag risk_rag(const Project& p, const StatusReport& r) {
  std::vector<Cause> red, amber;
  std::vector<const Risk*> critical, high;
  for (const auto& [id, risk] : p.risks) {
    if (risk.status != RiskStatus::open) continue;
    const RiskLevel level = risk_level(p, risk);
    if (level == RiskLevel::critical) critical.push_back(&risk);
    if (level == RiskLevel::high) high.push_back(&risk);
  }
  auto by_score = [](const Risk* a, const Risk* b) { return risk_score(*a) > risk_score(*b); };
  std::stable_sort(critical.begin(), critical.end(), by_score);
  std::stable_sort(high.begin(), high.end(), by_score);
  if (!critical.empty())
    red.push_back({critical.size() > 1
                       ? trf("critical risk {} is open (score {}), {} critical in all", critical[0]->id,
                             risk_score(*critical[0]), critical.size())
                       : trf("critical risk {} is open (score {})", critical[0]->id, risk_score(*critical[0])),
                   fmt::format("pmadmin risk show {}", critical[0]->id)});
  if (const RuleReport* rr = r.checks.find(CheckRuleId::unowned_high_risk))
    if (!rr->findings.empty())
      red.push_back({rr->findings.size() > 1 ? trf("high risk {} has no owner or no response ({} such risks)",
                                                   rr->findings[0].entity, rr->findings.size())
                                             : trf("high risk {} has no owner or no response", rr->findings[0].entity),
                     "pmadmin check unowned-high-risk"});
  if (!high.empty())
    amber.push_back(
        {trnf("{} high risk open, the highest {} (score {})", "{} high risks open, the highest {} (score {})",
              high.size(), high.size(), high[0]->id, risk_score(*high[0])),
         "pmadmin risk list --level high"});
  if (auto n = r.checks.count(CheckRuleId::risk_review_overdue))
    amber.push_back(
        {trnf("{} risk review overdue", "{} risk reviews overdue", n, n), "pmadmin check risk-review-overdue"});
  const RiskReserve& rr = r.budget.reserve;
  if (rr.contingency_left && rr.threats > *rr.contingency_left)
    amber.push_back({trf("expected risk cost {} exceeds the contingency left ({})", rr.threats.grouped(),
                         rr.contingency_left->grouped()),
                     "pmadmin risk exposure"});
  if (auto rag = judged(ReportArea::risk, red, amber)) return *rag;
  return {ReportArea::risk, RagStatus::green, tr("no high or critical risk open"), "pmadmin risk list", {}};
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
  std::vector<Cause> red, amber;
  if (!unaccepted.empty())
    red.push_back({trnf("{} deliverable done without acceptance: {}", "{} deliverables done without acceptance: {}",
                        unaccepted.size(), unaccepted.size(), fmt::format("{}", fmt::join(unaccepted, ", "))),
                   "pmadmin check done-without-acceptance"});
  if (!failing.empty())
    amber.push_back({trf("failed inspection open for {}", fmt::format("{}", fmt::join(failing, ", "))),
                     fmt::format("pmadmin review list --kind quality")});
  if (auto rag = judged(ReportArea::quality, red, amber)) return *rag;
  int inspections = 0;
  for (const auto& [id, q] : p.reviews) inspections += q.kind == ReviewKind::quality;
  if (inspections == 0)
    return {ReportArea::quality, RagStatus::none, tr("no inspection recorded yet"), "pmadmin review quality TASK", {}};
  return {ReportArea::quality,
          RagStatus::green,
          trnf("{} inspection recorded, none failing", "{} inspections recorded, none failing",
               static_cast<unsigned long>(inspections), inspections),
          "pmadmin review list --kind quality",
          {}};
}

Rag satisfaction_rag(const StatusReport& r) {
  const SurveyScore* latest = nullptr;
  for (const auto& s : r.surveys)
    if (s.nps || s.csat) latest = &s;
  if (!latest)
    return {ReportArea::satisfaction, RagStatus::none, tr("no survey answered yet"), "pmadmin survey list", {}};
  const std::string command = fmt::format("pmadmin survey report {}", latest->survey);
  std::string scores = latest->nps ? fmt::format("NPS {}", *latest->nps) : "";
  if (latest->csat) scores += (scores.empty() ? "" : ", ") + fmt::format("CSAT {}%", *latest->csat);
  std::string where = trf("{} in \"{}\"", scores, latest->title);
  if (latest->nps && *latest->nps < 0)
    return {ReportArea::satisfaction, RagStatus::red, trf("{}: more detractors than promoters", where), command, {}};
  if ((latest->nps && *latest->nps < r.nps_target) || (latest->csat && *latest->csat < 70))
    return {ReportArea::satisfaction, RagStatus::amber, trf("{}; target NPS {}", where, r.nps_target), command, {}};
  return {ReportArea::satisfaction, RagStatus::green, where, command, {}};
}

/// The milestones with their forecast against the baseline, else the due date.
void milestone_rows(const Project& p, const WorkCalendar& cal, StatusReport& r) {
  const Baseline* base = latest_baseline(p);
  for (const auto& t : r.schedule.tasks) {
    if (!t.milestone || t.state == Network::State::cancelled) continue;
    MilestoneRow m{t.task->id, t.task->title, t.task->status, t.finish, t.task->due, std::nullopt, 0};
    if (base)
      for (const auto& [id, bt] : base->tasks)
        if (id == t.task->id) m.baseline = bt.finish;
    m.against_baseline = m.baseline.has_value();
    Date target = m.baseline ? *m.baseline : m.due ? *m.due : t.finish;
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

/// Burn: weekly from the start to the finish (and today), planned value against the actual
/// cost of the costed tasks (EVM's AC, so the two lines share one base).
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
  for (const auto& [id, e] : p.expenses)
    if (counts_in_evm(p, e)) spent.push_back(&e);
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
  for (CheckRuleId id : {CheckRuleId::overdue_task, CheckRuleId::behind_plan, CheckRuleId::missed_deadline_forecast})
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

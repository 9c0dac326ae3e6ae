#include "analysis/budget.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <cmath>
#include <map>

#include "analysis/risk.hpp"
#include "base/i18n.hpp"
#include "base/text.hpp"
#include "plan/baseline.hpp"
#include "plan/calendar.hpp"
#include "plan/cost.hpp"

namespace pmadmin {

Diagnostic amounts_too_large() {
  return make_error_of(ErrorKind::usage, tr("the amounts are too large to add up (beyond 999,999,999,999,999.99)"));
}

Money line_budget(const BudgetPlan& plan, const std::string& category, const BudgetLine& line,
                  std::optional<Date> until, Money* adjustments_out) {
  MoneySum adj;
  for (const auto& a : plan.adjustments)
    if (a.category == category && (!until || a.date <= *until)) adj.add(a.amount);
  if (adjustments_out) *adjustments_out = adj.total;
  return line.planned.plus(adj.total).value_or(line.planned);
}

bool counts_in_evm(const Project& p, const Expense& e) {
  if (e.task.empty() || e.voided) return false;
  auto t = p.tasks.find(e.task);
  return t != p.tasks.end() && t->second.status != TaskStatus::cancelled && planned_cost(p, t->second).has_value();
}

Money spent_on(const Project& p, const std::string& category, Date until) {
  MoneySum s;
  for (const auto& [id, e] : p.expenses)
    if (e.category == category && e.date <= until && !e.voided) s.add(e.amount);
  return s.total;
}

std::vector<const Expense*> list_expenses(const Project& p, const ExpenseFilter& f) {
  std::vector<const Expense*> out;
  for (const auto& [id, e] : p.expenses) {
    if (!f.category.empty() && e.category != f.category) continue;
    if (!f.task.empty() && e.task != f.task) continue;
    if (!f.month.empty() && e.date.iso().substr(0, 7) != f.month) continue;
    out.push_back(&e);
  }
  std::stable_sort(out.begin(), out.end(), [](const Expense* a, const Expense* b) { return a->date < b->date; });
  return out;
}

Result<ExpenseList> find_expenses(const Project& p, const ExpenseFilter& f) {
  if (!f.month.empty() && (f.month.size() != 7 || !Date::parse(f.month + "-01")))
    return usage_error(trf("--month must be like 2026-03, not \"{}\"", f.month));
  std::vector<std::string> categories = p.budget ? ids_of(p.budget->categories) : std::vector<std::string>{};
  if (!f.category.empty() && std::find(categories.begin(), categories.end(), f.category) == categories.end())
    return unknown_id("budget category", f.category, categories);
  if (!f.task.empty() && !p.tasks.count(f.task)) return unknown_id("task", f.task, ids_of(p.tasks));
  ExpenseList list;
  list.rows = list_expenses(p, f);
  list.currency = p.config.currency;
  list.filtered = !f.category.empty() || !f.task.empty() || !f.month.empty();
  MoneySum total;
  for (const Expense* e : list.rows)
    if (!e->voided) total.add(e->amount);
  if (total.overflow) return amounts_too_large();
  list.total = total.total;
  return list;
}

namespace {

/// A task's planned cost spread over its planned working days.
struct PlannedTask {
  Money cost;
  Date start, finish;
  bool milestone = false;
  long days = 0;
};

/// The baseline named, else the latest; nullptr when none is saved (the current plan then).
Result<const Baseline*> measuring_baseline(const Project& p, const std::string& name) {
  if (name.empty()) return latest_baseline(p);
  return find_baseline(p, name);
}

/// Every costed task not cancelled, dated per `base` when it holds the task, else per `plan`.
std::vector<PlannedTask> planned_tasks(const Project& p, const Baseline* base, const Schedule& plan,
                                       const WorkCalendar& cal, MoneySum& bac) {
  std::map<std::string, const BaselineTask*> base_dates;
  if (base)
    for (const auto& [id, bt] : base->tasks) base_dates[id] = &bt;
  std::vector<PlannedTask> tasks;
  for (const auto& [id, t] : p.tasks) {
    if (t.status == TaskStatus::cancelled) continue;
    auto cost = planned_cost(p, t);
    if (!cost) continue;
    bac.add(*cost);
    PlannedTask pt{*cost, {}, {}, t.kind == TaskKind::milestone, 0};
    if (auto b = base_dates.find(id); b != base_dates.end()) {
      pt.start = b->second->start;
      pt.finish = b->second->finish;
    } else {
      const ScheduledTask* s = plan.find(id);
      pt.start = s->start;
      pt.finish = s->finish;
    }
    pt.days = std::max(1L, cal.workdays_between(pt.start, pt.finish));
    tasks.push_back(pt);
  }
  return tasks;
}

}  // namespace

Result<PlannedValueCurve> planned_value_curve(const Project& p, const std::vector<Date>& dates,
                                              const std::string& baseline_name, const Schedule* plan_given) {
  auto base = measuring_baseline(p, baseline_name);
  if (!base) return base.errors();
  std::optional<Schedule> computed;
  if (!plan_given) {
    auto plan = compute_plan(p);
    if (!plan) return plan.errors();
    computed = std::move(*plan);
  }
  const Schedule& plan = plan_given ? *plan_given : *computed;
  WorkCalendar cal(p.config.calendar, p.config.start);
  PlannedValueCurve out;
  out.plan = *base ? trf("baseline \"{}\"", (*base)->name) : tr("current plan");
  MoneySum bac;
  std::vector<PlannedTask> tasks = planned_tasks(p, *base, plan, cal, bac);
  if (bac.overflow) return amounts_too_large();
  out.bac = bac.total;
  for (Date day : dates) {
    MoneySum pv;
    for (const auto& t : tasks) {
      if (t.milestone) {
        if (t.finish <= day) pv.add(t.cost);
      } else if (day >= t.start) {
        pv.add(t.cost.scaled(std::min(t.days, cal.workdays_between(t.start, std::min(day, t.finish))), t.days));
      }
    }
    if (pv.overflow) return amounts_too_large();
    out.values.push_back(pv.total);
  }
  return out;
}

namespace {

std::optional<double> share_of(Money part, Money whole) {
  if (whole.minor() <= 0) return std::nullopt;
  return static_cast<double>(part.minor()) / static_cast<double>(whole.minor());
}

/// Per budget line and in total: planned, adjusted, spent, remaining, committed.
Status control_categories(const Project& p, Date today, BudgetStatus& st) {
  std::map<std::string, MoneySum> committed;
  for (const auto& [id, t] : p.tasks) {
    if (t.status == TaskStatus::cancelled || t.category.empty()) continue;
    committed[t.category].add(planned_cost(p, t).value_or(Money{}));
  }
  MoneySum planned, adjustments, budget, spent, remaining, committed_total;
  if (p.budget) {
    for (const auto& [name, line] : p.budget->categories) {
      CategoryStatus c;
      c.category = name;
      c.description = line.description;
      c.title = line.title;
      c.planned = line.planned;
      c.budget = line_budget(*p.budget, name, line, today, &c.adjustments);
      c.spent = spent_on(p, name, today);
      c.remaining = c.budget.minus(c.spent).value_or(Money{});
      c.committed = committed[name].total;
      c.used = share_of(c.spent, c.budget);
      c.overrun = c.spent > c.budget;
      c.over_committed = c.committed > c.budget;
      planned.add(c.planned);
      adjustments.add(c.adjustments);
      budget.add(c.budget);
      spent.add(c.spent);
      remaining.add(c.remaining);
      committed_total.add(c.committed);
      if (committed[name].overflow) return amounts_too_large();
      st.categories.push_back(c);
    }
  }
  for (const MoneySum* s : {&planned, &adjustments, &budget, &spent, &remaining, &committed_total})
    if (s->overflow) return amounts_too_large();
  CategoryStatus& total = st.total;
  total.category = "TOTAL";
  total.planned = planned.total;
  total.adjustments = adjustments.total;
  total.budget = budget.total;
  total.spent = spent.total;
  total.remaining = remaining.total;
  total.committed = committed_total.total;
  total.used = share_of(total.spent, total.budget);
  total.overrun = total.spent > total.budget;
  total.over_committed = total.committed > total.budget;
  return ok_status();
}

/// AC (expenses booked to the costed tasks) and what was spent outside them, per line.
Status actual_cost(const Project& p, Date today, Evm& evm) {
  MoneySum ac, outside;
  std::map<std::string, MoneySum> by_line;
  for (const auto& [id, e] : p.expenses) {
    if (e.date > today || e.voided) continue;
    if (counts_in_evm(p, e)) {
      ac.add(e.amount);
    } else {
      outside.add(e.amount);
      by_line[e.category].add(e.amount);
    }
  }
  if (ac.overflow || outside.overflow) return amounts_too_large();
  evm.ac = ac.total;
  evm.outside = outside.total;
  for (const auto& [line, sum] : by_line) evm.outside_by_line.push_back({line, sum.total});
  std::stable_sort(evm.outside_by_line.begin(), evm.outside_by_line.end(),
                   [](const OutsideSpend& a, const OutsideSpend& b) { return a.spent > b.spent; });
  return ok_status();
}

std::optional<double> ratio(Money a, Money b) {
  if (b.minor() == 0) return std::nullopt;
  return static_cast<double>(a.minor()) / static_cast<double>(b.minor());
}

/// EVM at the status date (SPEC §3): BAC and PV from the planned value curve, EV from
/// progress, AC from the expenses booked to costed tasks, and the indices and forecasts.
Result<Evm> earned_value(const Project& p, Date today, const std::string& baseline_name, const Schedule* plan) {
  auto curve = planned_value_curve(p, {today}, baseline_name, plan);
  if (!curve) return curve.errors();
  Evm evm;
  evm.plan = curve->plan;
  MoneySum bac, pv, ev;
  bac.add(curve->bac);
  pv.add(curve->values[0]);
  for (const auto& [id, t] : p.tasks) {
    if (t.status == TaskStatus::cancelled) continue;
    auto cost = planned_cost(p, t);
    if (!cost) continue;
    ++evm.costed_tasks;
    ev.add(cost->scaled(t.status == TaskStatus::done ? 100 : t.progress, 100));
  }
  for (const MoneySum* s : {&bac, &pv, &ev})
    if (s->overflow) return amounts_too_large();
  if (Status s = actual_cost(p, today, evm); !s) return s.errors();
  evm.bac = bac.total;
  if (evm.costed_tasks == 0 || evm.bac.minor() == 0) {
    evm.not_computable =
        tr("no task carries a planned cost (a cost, or an owner with a rate and a duration or effort), so there is no "
           "costed work to measure");
    return evm;
  }
  evm.pv = pv.total;
  evm.ev = ev.total;
  evm.sv = evm.ev.minus(evm.pv).value_or(Money{});
  evm.cv = evm.ev.minus(evm.ac).value_or(Money{});
  evm.spi = ratio(evm.ev, evm.pv);
  evm.cpi = ratio(evm.ev, evm.ac);
  if (evm.ac.minor() > 0 && evm.ev.minor() > 0) {
    evm.eac = evm.bac.scaled(evm.ac.minor(), evm.ev.minor());  // BAC / CPI
    if (!evm.eac) return amounts_too_large();
    evm.etc = evm.eac->minus(evm.ac);
    evm.vac = evm.bac.minus(*evm.eac);
  }
  auto left = evm.bac.minus(evm.ev);
  auto eac2 = left ? evm.ac.plus(*left) : std::nullopt;
  if (!eac2) return amounts_too_large();
  evm.eac_planned_rate = *eac2;
  evm.tcpi = ratio(evm.bac.minus(evm.ev).value_or(Money{}), evm.bac.minus(evm.ac).value_or(Money{}));
  return evm;
}

std::string percent(double share) { return fmt::format("{}%", std::lround(share * 100)); }

void cost_words(const Evm& evm, const std::string& cur, std::vector<std::string>& v) {
  if (!evm.not_computable.empty()) {
    v.push_back(trf("Earned value cannot be computed: {}. Spending is controlled by the budget lines only.",
                    evm.not_computable));
    return;
  }
  if (evm.ac.minor() == 0) {
    v.push_back(evm.outside.minor() == 0 ? tr("No money has been spent yet.")
                                         : tr("No money is booked to the costed tasks yet, so there is no CPI."));
  } else if (evm.ev.minor() == 0) {
    v.push_back(trf("{} is booked to the costed tasks but none of their work is done yet: ask what it bought.",
                    evm.ac.display(cur)));
  } else {
    double rate = static_cast<double>(evm.ac.minor()) / static_cast<double>(evm.ev.minor());
    if (std::lround(rate * 100) > 100)
      v.push_back(
          trf("The costed tasks are spending {} faster than their work is done (CPI {:.2f}): at this rate they cost {} "
              "instead of {} ({} over).",
              percent(rate - 1), *evm.cpi, evm.eac->display(cur), evm.bac.display(cur),
              evm.vac->minor() < 0 ? Money::from_minor(-evm.vac->minor()).grouped() : "0.00"));
    else if (std::lround(rate * 100) < 100)
      v.push_back(trf("The work done on the costed tasks cost {} less than planned (CPI {:.2f}): under budget.",
                      percent(1 - rate), *evm.cpi));
    else
      v.push_back(trf("Spending on the costed tasks matches the work done (CPI {:.2f}).", *evm.cpi));
  }
  if (evm.outside.minor() > 0) {
    std::vector<std::string> lines;
    for (const auto& o : evm.outside_by_line) lines.push_back(fmt::format("{} {}", o.category, o.spent.grouped()));
    v.push_back(trf("{} was spent outside the costed tasks ({}): the budget lines control it; it is not part of CPI.",
                    evm.outside.display(cur), fmt::join(lines, ", ")));
  }
}

void schedule_words(const Evm& evm, std::vector<std::string>& v) {
  if (!evm.not_computable.empty()) return;
  if (!evm.spi) {
    v.push_back(tr("No work was planned to be done by now."));
  } else if (std::lround(*evm.spi * 100) < 100) {
    v.push_back(trf("The work done is worth {} less than planned by now (SPI {:.2f}): behind schedule.",
                    percent(1 - *evm.spi), *evm.spi));
  } else if (std::lround(*evm.spi * 100) > 100) {
    v.push_back(trf("The work done is worth {} more than planned by now (SPI {:.2f}): ahead of schedule.",
                    percent(*evm.spi - 1), *evm.spi));
  } else {
    v.push_back(trf("The work done matches the plan (SPI {:.2f}).", *evm.spi));
  }
}

void line_words(const BudgetStatus& st, std::vector<std::string>& v) {
  std::vector<std::string> over;
  for (const auto& c : st.categories)
    if (c.overrun) over.push_back(trf("{} (spent {} of {})", c.category, c.spent.grouped(), c.budget.grouped()));
  v.push_back(over.empty() ? tr("No budget line is overspent.")
                           : trf("Over budget: {}.", fmt::format("{}", fmt::join(over, ", "))));
  for (const auto& c : st.categories)
    if (c.over_committed)
      v.push_back(trf("The tasks planned under {} cost {}, more than its budget of {}.", c.category,
                      c.committed.grouped(), c.budget.grouped()));
  const Evm& evm = st.evm;
  if (evm.tcpi && *evm.tcpi > 1.1 && evm.ev < evm.bac)
    v.push_back(
        trf("To finish within {}, the remaining work must be done {:.2f} times as efficiently as so far "
            "planned (TCPI): rarely achieved; consider an adjustment.",
            evm.bac.display(st.currency), *evm.tcpi));
}

void reserve_words(const RiskReserve& r, const std::string& cur, std::vector<std::string>& v) {
  if (r.threats.minor() <= 0) return;
  if (r.contingency_left && *r.contingency_left < r.threats)
    v.push_back(trf("Open risks are expected to cost {} (EMV), more than the {} left in {}.", r.threats.display(cur),
                    r.contingency_left->grouped(), r.contingency_category));
  else if (r.contingency_left)
    v.push_back(trf("The {} left in {} covers the expected cost of open risks ({}).", r.contingency_left->grouped(),
                    r.contingency_category, r.threats.display(cur)));
  else
    v.push_back(
        trf("Open risks are expected to cost {} (EMV) and there is no contingency line.", r.threats.display(cur)));
}

}  // namespace

/// The expected cost of open risks against what is left in a contingency line.
Result<RiskReserve> risk_reserve(const Project& p, const std::vector<CategoryStatus>& categories) {
  RiskReserve r;
  MoneySum threats, opportunities;
  for (const auto& [id, risk] : p.risks) {
    if (risk.status != RiskStatus::open) continue;
    auto emv = risk_emv(risk);
    if (!emv) {
      ++r.open_risks_without_cost;
      continue;
    }
    (risk.kind == RiskKind::opportunity ? opportunities : threats).add(*emv);
  }
  if (threats.overflow || opportunities.overflow) return amounts_too_large();
  r.threats = threats.total;
  r.opportunities = opportunities.total;
  r.net = r.threats.minus(r.opportunities).value_or(Money{});
  for (const auto& c : categories)
    if (c.category == "contingency" || c.category == "reserve") {
      r.contingency_left = c.remaining;
      r.contingency_category = c.category;
    }
  return r;
}

Result<BudgetStatus> budget_status(const Project& p, Date today, const std::string& baseline_name,
                                   const Schedule* plan) {
  BudgetStatus st;
  st.currency = p.config.currency;
  st.today = today;
  if (Status s = control_categories(p, today, st); !s) return s.errors();
  auto evm = earned_value(p, today, baseline_name, plan);
  if (!evm) return evm.errors();
  st.evm = std::move(*evm);
  auto reserve = risk_reserve(p, st.categories);
  if (!reserve) return reserve.errors();
  st.reserve = std::move(*reserve);
  cost_words(st.evm, st.currency, st.verdict);
  schedule_words(st.evm, st.verdict);
  line_words(st, st.verdict);
  reserve_words(st.reserve, st.currency, st.verdict);
  return st;
}

}  // namespace pmadmin

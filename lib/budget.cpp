#include "budget.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

#include "calendar.hpp"
#include "ids.hpp"
#include "schedule.hpp"
#include "schedule_edit.hpp"
#include "text.hpp"
#include "yaml_codec.hpp"

namespace pmadmin {

namespace {

Diagnostic usage_error(std::string message, std::string hint = {}) {
  return make_error_of(ErrorKind::usage, std::move(message), std::move(hint));
}

Diagnostic too_large() {
  return usage_error("the amounts are too large to add up (beyond 999,999,999,999,999.99)");
}

/// A running total that remembers whether it ever left the money range.
struct Sum {
  Money total;
  bool overflow = false;
  void add(Money m) {
    if (auto r = total.plus(m)) total = *r;
    else overflow = true;
  }
  void add(const std::optional<Money>& m) {
    if (m) add(*m);
    else overflow = true;
  }
};

Result<BudgetLine*> find_line(Project& p, const std::string& category) {
  std::vector<std::string> known = p.budget ? ids_of(p.budget->categories) : std::vector<std::string>{};
  if (p.budget)
    for (auto& [name, line] : p.budget->categories)
      if (name == category) return &line;
  if (known.empty())
    return usage_error(fmt::format("unknown budget category \"{}\"", category),
                       "plan one first: pmadmin budget plan CATEGORY AMOUNT");
  return usage_error(fmt::format("unknown budget category \"{}\"", category), did_you_mean(category, known));
}

/// planned + approved adjustments (up to `until` when given).
Money line_budget(const BudgetPlan& plan, const std::string& category, const BudgetLine& line, std::optional<Date> until,
                  Money* adjustments_out = nullptr) {
  Sum adj;
  for (const auto& a : plan.adjustments)
    if (a.category == category && (!until || a.date <= *until)) adj.add(a.amount);
  if (adjustments_out) *adjustments_out = adj.total;
  return line.planned.plus(adj.total).value_or(line.planned);
}

Money spent_on(const Project& p, const std::string& category, Date until) {
  Sum s;
  for (const auto& [id, e] : p.expenses)
    if (e.category == category && e.date <= until) s.add(e.amount);
  return s.total;
}

std::string percent(double share) { return fmt::format("{}%", std::lround(share * 100)); }

}  // namespace

std::optional<Money> risk_emv(const Risk& r) {
  if (!r.cost_impact) return std::nullopt;
  static const int kPercent[] = {10, 30, 50, 70, 90};
  int pct = kPercent[std::clamp(r.probability, 1, 5) - 1];
  return r.cost_impact->scaled(pct, 100);
}

Result<Outcome> plan_budget(Project& p, const std::string& category, Money amount, const std::string& description,
                            const IdentitySources& who, Date today) {
  (void)today;
  if (auto problem = id_problem(category))
    return usage_error(fmt::format("\"{}\" is not a valid category name: {}", category, *problem));
  if (amount.minor() < 0) return usage_error("a planned amount cannot be negative");
  if (find_forbidden_char(description, false)) return usage_error("the description contains a control or bidi-override character");
  auto actor = optional_actor(p, who);
  if (!actor) return actor.errors();
  const bool file_existed = p.budget.has_value();
  if (!p.budget) {
    p.budget = BudgetPlan{};
    p.budget->src.file = kBudgetFile;
  }
  BudgetPlan& plan = *p.budget;
  std::string summary;
  BudgetLine* line = nullptr;
  for (auto& [name, l] : plan.categories)
    if (name == category) line = &l;
  if (line) {
    bool spent = std::any_of(p.expenses.begin(), p.expenses.end(),
                             [&](const auto& e) { return e.second.category == category; });
    bool adjusted = std::any_of(plan.adjustments.begin(), plan.adjustments.end(),
                                [&](const BudgetAdjustment& a) { return a.category == category; });
    if ((spent || adjusted) && line->planned != amount)
      return usage_error(fmt::format("the plan for \"{}\" stands: it already has {}", category,
                                     spent ? "expenses" : "approved adjustments"),
                         fmt::format("change it with: pmadmin budget adjust {} {}{} --reason \"...\" (needs approve-budget)",
                                     category, amount >= line->planned ? "+" : "-",
                                     Money::from_minor(std::llabs(amount.minor() - line->planned.minor())).str()));
    if (line->planned == amount && (description.empty() || description == line->description)) {
      Outcome out;
      out.summary = fmt::format("{} is already planned at {}; nothing changed", category, amount.display(p.config.currency));
      return out;
    }
    summary = fmt::format("re-planned {}: {} -> {}", category, line->planned.display(p.config.currency),
                          amount.display(p.config.currency));
    line->planned = amount;
    if (!description.empty()) line->description = description;
  } else {
    plan.categories.emplace_back(category, BudgetLine{amount, description});
    summary = fmt::format("planned {}: {}", category, amount.display(p.config.currency));
  }
  Sum total;
  for (const auto& [name, l] : plan.categories) total.add(l.planned);
  if (total.overflow) return too_large();
  summary += fmt::format(" (all lines: {})", total.total.display(p.config.currency));
  Outcome out;
  out.changes.push_back({kBudgetFile, encode_budget(plan), !file_existed});
  out.summary = summary;
  return out;
}

Result<Outcome> record_expense(Project& p, const NewExpense& spec, const IdentitySources& who, Date today) {
  if (spec.amount.minor() <= 0) return usage_error("an expense is a positive amount, like 4800.00");
  auto line = find_line(p, spec.category);
  if (!line) return line.errors();
  if (!spec.task.empty() && !p.tasks.count(spec.task))
    return usage_error(fmt::format("unknown task \"{}\"", spec.task), did_you_mean(spec.task, ids_of(p.tasks)));
  Date date = spec.date.value_or(today);
  if (date > today) return usage_error(fmt::format("cannot record an expense on {}: it is after today ({})", date.iso(), today.iso()));
  if (find_forbidden_char(spec.note, false)) return usage_error("the note contains a control or bidi-override character");
  auto actor = optional_actor(p, who);
  if (!actor) return actor.errors();
  Expense e;
  e.id = random_id("e", [&](const std::string& c) { return p.expenses.count(c) > 0; });
  e.date = date;
  e.amount = spec.amount;
  e.category = spec.category;
  e.task = spec.task;
  e.note = spec.note;
  e.by = *actor;
  e.src.file = expense_path(e.id);
  Outcome out;
  out.changes.push_back({expense_path(e.id), encode_expense(e), true});
  p.expenses.emplace(e.id, e);
  const BudgetPlan& plan = *p.budget;
  Money budget = line_budget(plan, spec.category, **line, today);
  Money spent = spent_on(p, spec.category, today);
  const std::string& cur = p.config.currency;
  out.summary = fmt::format("recorded {}: {} on {}{} ({}); {} spent {} of {}", e.id, e.amount.display(cur), spec.category,
                            spec.task.empty() ? "" : " for " + spec.task, date.iso(), spec.category, spent.grouped(),
                            budget.grouped());
  if (spent > budget)
    out.summary += fmt::format(": OVER BUDGET by {}", spent.minus(budget).value_or(Money{}).grouped());
  return out;
}

Result<Outcome> adjust_budget(Project& p, const std::string& category, Money delta, const std::string& reason,
                              const IdentitySources& who, Date today) {
  auto actor = require_permission(p, who, "approve-budget", "adjusting the budget");
  if (!actor) return actor.errors();
  auto line = find_line(p, category);
  if (!line) return line.errors();
  if (delta.minor() == 0) return usage_error("an adjustment of 0 changes nothing");
  if (reason.empty()) return usage_error("say why with --reason: the plan keeps it with your name and the date");
  if (find_forbidden_char(reason, true)) return usage_error("the reason contains a control or bidi-override character");
  BudgetPlan& plan = *p.budget;
  Money before = line_budget(plan, category, **line, std::nullopt);
  auto after = before.plus(delta);
  if (!after) return too_large();
  if (after->minor() < 0)
    return usage_error(fmt::format("{} would go below zero ({} {} = {})", category, before.grouped(), delta.grouped(),
                                   after->grouped()));
  plan.adjustments.push_back(BudgetAdjustment{today, category, delta, reason, *actor});
  Outcome out;
  out.changes.push_back({kBudgetFile, encode_budget(plan)});
  out.summary = fmt::format("adjusted {} by {}{} (approved by {}): budget {} -> {}", category, delta.minor() > 0 ? "+" : "",
                            delta.grouped(), *actor, before.display(p.config.currency), after->display(p.config.currency));
  return out;
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

Result<PlannedValueCurve> planned_value_curve(const Project& p, const std::vector<Date>& dates, const std::string& baseline_name,
                                              const Schedule* plan_given) {
  const Baseline* base = nullptr;
  if (!baseline_name.empty()) {
    auto it = p.baselines.find(baseline_name);
    if (it == p.baselines.end())
      return usage_error(fmt::format("unknown baseline \"{}\"", baseline_name), did_you_mean(baseline_name, ids_of(p.baselines)));
    base = &it->second;
  } else {
    base = latest_baseline(p);
  }
  std::optional<Schedule> computed;
  if (!plan_given) {
    auto plan = compute_plan(p);
    if (!plan) return plan.errors();
    computed = std::move(*plan);
  }
  const Schedule& plan = plan_given ? *plan_given : *computed;
  WorkCalendar cal(p.config.calendar, p.config.start);
  PlannedValueCurve out;
  out.plan = base ? fmt::format("baseline \"{}\"", base->name) : "current plan";
  std::map<std::string, const BaselineTask*> base_dates;
  if (base)
    for (const auto& [id, bt] : base->tasks) base_dates[id] = &bt;
  struct Planned {
    Money cost;
    Date start, finish;
    bool milestone;
    long days;
  };
  std::vector<Planned> tasks;
  Sum bac;
  for (const auto& [id, t] : p.tasks) {
    if (t.status == "cancelled") continue;
    auto cost = planned_cost(p, t);
    if (!cost) continue;
    bac.add(*cost);
    Planned pt{*cost, {}, {}, t.kind == "milestone", 0};
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
  if (bac.overflow) return too_large();
  out.bac = bac.total;
  for (Date day : dates) {
    Sum pv;
    for (const auto& t : tasks) {
      if (t.milestone) {
        if (t.finish <= day) pv.add(t.cost);
      } else if (day >= t.start) {
        pv.add(t.cost.scaled(std::min(t.days, cal.workdays_between(t.start, std::min(day, t.finish))), t.days));
      }
    }
    if (pv.overflow) return too_large();
    out.values.push_back(pv.total);
  }
  return out;
}

Result<BudgetStatus> budget_status(const Project& p, Date today, const std::string& baseline_name, const Schedule* plan) {
  BudgetStatus st;
  st.currency = p.config.currency;
  st.today = today;
  st.total.category = "TOTAL";

  // ---- category control ----
  std::map<std::string, Sum> committed;
  for (const auto& [id, t] : p.tasks) {
    if (t.status == "cancelled" || t.category.empty()) continue;
    committed[t.category].add(planned_cost(p, t).value_or(Money{}));
  }
  Sum planned, adjustments, budget, spent, remaining, committed_total;
  if (p.budget) {
    for (const auto& [name, line] : p.budget->categories) {
      CategoryStatus c;
      c.category = name;
      c.description = line.description;
      c.planned = line.planned;
      c.budget = line_budget(*p.budget, name, line, today, &c.adjustments);
      c.spent = spent_on(p, name, today);
      c.remaining = c.budget.minus(c.spent).value_or(Money{});
      c.committed = committed[name].total;
      if (c.budget.minor() > 0) c.used = static_cast<double>(c.spent.minor()) / static_cast<double>(c.budget.minor());
      c.overrun = c.spent > c.budget;
      c.over_committed = c.committed > c.budget;
      planned.add(c.planned);
      adjustments.add(c.adjustments);
      budget.add(c.budget);
      spent.add(c.spent);
      remaining.add(c.remaining);
      committed_total.add(c.committed);
      if (committed[name].overflow) return too_large();
      st.categories.push_back(c);
    }
  }
  for (const Sum* s : {&planned, &adjustments, &budget, &spent, &remaining, &committed_total})
    if (s->overflow) return too_large();
  CategoryStatus& total = st.total;
  total.planned = planned.total;
  total.adjustments = adjustments.total;
  total.budget = budget.total;
  total.spent = spent.total;
  total.remaining = remaining.total;
  total.committed = committed_total.total;
  if (total.budget.minor() > 0) total.used = static_cast<double>(total.spent.minor()) / static_cast<double>(total.budget.minor());
  total.overrun = total.spent > total.budget;
  total.over_committed = total.committed > total.budget;

  // ---- earned value ----
  auto curve = planned_value_curve(p, {today}, baseline_name, plan);
  if (!curve) return curve.errors();
  Evm& evm = st.evm;
  evm.plan = curve->plan;
  Sum bac, pv, ev, ac;
  bac.add(curve->bac);
  pv.add(curve->values[0]);
  for (const auto& [id, t] : p.tasks) {
    if (t.status == "cancelled") continue;
    if (auto cost = planned_cost(p, t)) ev.add(cost->scaled(t.status == "done" ? 100 : t.progress, 100));
  }
  for (const auto& [id, e] : p.expenses)
    if (e.date <= today) ac.add(e.amount);
  for (const Sum* s : {&bac, &pv, &ev, &ac})
    if (s->overflow) return too_large();
  evm.bac = bac.total;
  evm.pv = pv.total;
  evm.ev = ev.total;
  evm.ac = ac.total;
  evm.sv = evm.ev.minus(evm.pv).value_or(Money{});
  evm.cv = evm.ev.minus(evm.ac).value_or(Money{});
  auto ratio = [](Money a, Money b) -> std::optional<double> {
    if (b.minor() == 0) return std::nullopt;
    return static_cast<double>(a.minor()) / static_cast<double>(b.minor());
  };
  evm.spi = ratio(evm.ev, evm.pv);
  evm.cpi = ratio(evm.ev, evm.ac);
  if (evm.ac.minor() > 0 && evm.ev.minor() > 0) {
    evm.eac = evm.bac.scaled(evm.ac.minor(), evm.ev.minor());  // BAC / CPI
    if (!evm.eac) return too_large();
    evm.etc = evm.eac->minus(evm.ac);
    evm.vac = evm.bac.minus(*evm.eac);
  }
  auto left = evm.bac.minus(evm.ev);
  auto eac2 = left ? evm.ac.plus(*left) : std::nullopt;
  if (!eac2) return too_large();
  evm.eac_planned_rate = *eac2;
  evm.tcpi = ratio(evm.bac.minus(evm.ev).value_or(Money{}), evm.bac.minus(evm.ac).value_or(Money{}));

  // ---- risk reserve ----
  RiskReserve& r = st.reserve;
  Sum threats, opportunities;
  for (const auto& [id, risk] : p.risks) {
    if (risk.status != "open") continue;
    auto emv = risk_emv(risk);
    if (!emv) {
      ++r.open_risks_without_cost;
      continue;
    }
    (risk.kind == "opportunity" ? opportunities : threats).add(*emv);
  }
  if (threats.overflow || opportunities.overflow) return too_large();
  r.threats = threats.total;
  r.opportunities = opportunities.total;
  r.net = r.threats.minus(r.opportunities).value_or(Money{});
  for (const auto& c : st.categories)
    if (c.category == "contingency" || c.category == "reserve") {
      r.contingency_left = c.remaining;
      r.contingency_category = c.category;
    }

  // ---- in plain words ----
  const std::string& cur = st.currency;
  auto& v = st.verdict;
  if (evm.ac.minor() == 0) {
    v.push_back("No money has been spent yet.");
  } else if (evm.ev.minor() == 0) {
    v.push_back(fmt::format("{} has been spent but no planned work is done yet: ask what it bought.", evm.ac.display(cur)));
  } else {
    double rate = static_cast<double>(evm.ac.minor()) / static_cast<double>(evm.ev.minor());
    if (std::lround(rate * 100) > 100)
      v.push_back(fmt::format("Spending {} faster than the work done (CPI {:.2f}): at this rate the plan costs {} instead of "
                              "{} ({} over).",
                              percent(rate - 1), *evm.cpi, evm.eac->display(cur), evm.bac.display(cur),
                              evm.vac->minor() < 0 ? Money::from_minor(-evm.vac->minor()).grouped() : "0.00"));
    else if (std::lround(rate * 100) < 100)
      v.push_back(fmt::format("The work done cost {} less than planned (CPI {:.2f}): under budget so far.", percent(1 - rate),
                              *evm.cpi));
    else
      v.push_back(fmt::format("Spending matches the work done (CPI {:.2f}).", *evm.cpi));
  }
  if (!evm.spi) {
    v.push_back("No work was planned to be done by now.");
  } else if (std::lround(*evm.spi * 100) < 100) {
    v.push_back(fmt::format("The work done is worth {} less than planned by now (SPI {:.2f}): behind schedule.",
                            percent(1 - *evm.spi), *evm.spi));
  } else if (std::lround(*evm.spi * 100) > 100) {
    v.push_back(fmt::format("The work done is worth {} more than planned by now (SPI {:.2f}): ahead of schedule.",
                            percent(*evm.spi - 1), *evm.spi));
  } else {
    v.push_back(fmt::format("The work done matches the plan (SPI {:.2f}).", *evm.spi));
  }
  std::string over;
  for (const auto& c : st.categories)
    if (c.overrun) over += fmt::format("{}{} (spent {} of {})", over.empty() ? "" : ", ", c.category, c.spent.grouped(), c.budget.grouped());
  v.push_back(over.empty() ? "No budget line is overspent." : "Over budget: " + over + ".");
  for (const auto& c : st.categories)
    if (c.over_committed)
      v.push_back(fmt::format("The tasks planned under {} cost {}, more than its budget of {}.", c.category, c.committed.grouped(),
                              c.budget.grouped()));
  if (evm.tcpi && *evm.tcpi > 1.1 && evm.ev < evm.bac)
    v.push_back(fmt::format("To finish within {}, the remaining work must be done {:.2f} times as efficiently as so far planned "
                            "(TCPI): rarely achieved; consider an adjustment.",
                            evm.bac.display(cur), *evm.tcpi));
  if (r.threats.minor() > 0) {
    if (r.contingency_left && *r.contingency_left < r.threats)
      v.push_back(fmt::format("Open risks are expected to cost {} (EMV), more than the {} left in {}.", r.threats.display(cur),
                              r.contingency_left->grouped(), r.contingency_category));
    else if (r.contingency_left)
      v.push_back(fmt::format("The {} left in {} covers the expected cost of open risks ({}).", r.contingency_left->grouped(),
                              r.contingency_category, r.threats.display(cur)));
    else
      v.push_back(fmt::format("Open risks are expected to cost {} (EMV) and there is no contingency line.",
                              r.threats.display(cur)));
  }
  return st;
}

}  // namespace pmadmin

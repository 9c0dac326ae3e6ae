#pragma once
/// Budget and earned value (SPEC §2 `budget`, §3 Money, EVM, Risk): the library side of
/// `pmadmin budget`. Money is integer cents throughout; only the indices (SPI, CPI, TCPI)
/// are ratios.
#include <optional>
#include <string>
#include <vector>

#include "assign.hpp"
#include "identity.hpp"
#include "model.hpp"
#include "schedule.hpp"

namespace pmadmin {

// ---- changes -------------------------------------------------------------------

/// Sets the planned amount of a budget line (creating budget/plan.yaml and the line when
/// needed). Re-planning a line is allowed until money is spent or an adjustment approved on
/// it; after that the plan stands and changes go through adjust_budget.
Result<Outcome> plan_budget(Project& p, const std::string& category, Money amount, const std::string& description,
                            const IdentitySources& who, Date today);

struct NewExpense {
  Money amount;
  std::string category;
  std::string task;  ///< optional
  std::optional<Date> date;  ///< default today; not after today
  std::string note;
};
/// Records an expense as budget/expenses/e-xxxx.yaml (created exclusively).
Result<Outcome> record_expense(Project& p, const NewExpense& e, const IdentitySources& who, Date today);

/// Approves a change of `delta` to a budget line; needs approve-budget. Kept in the plan's
/// `adjustments` with the approver, date and reason. A line cannot go below zero.
Result<Outcome> adjust_budget(Project& p, const std::string& category, Money delta, const std::string& reason,
                              const IdentitySources& who, Date today);

// ---- views -----------------------------------------------------------------------

struct ExpenseFilter {
  std::string category;
  std::string task;
  std::string month;  ///< "2026-03"
};
/// Expenses by date, then ID.
std::vector<const Expense*> list_expenses(const Project& p, const ExpenseFilter& filter);

struct CategoryStatus {
  std::string category;
  std::string description;
  Money planned;
  Money adjustments;  ///< approved, up to today
  Money budget;       ///< planned + adjustments: the spending limit
  Money spent;        ///< expenses dated up to today
  Money remaining;    ///< budget - spent (negative when overrun)
  Money committed;    ///< planned cost of the open and done tasks in this category
  std::optional<double> used;  ///< spent / budget; none when the budget is 0
  bool overrun = false;        ///< spent > budget
  bool over_committed = false; ///< the tasks' planned cost exceeds the budget
};

/// Earned value at the status date. Ratios are empty when their denominator is 0.
struct Evm {
  std::string plan;  ///< "baseline NAME" or "current plan"
  Money bac, pv, ev, ac;
  Money sv, cv;              ///< EV - PV, EV - AC
  std::optional<double> spi, cpi, tcpi;
  std::optional<Money> eac;  ///< BAC / CPI (the current cost efficiency goes on)
  Money eac_planned_rate;    ///< AC + (BAC - EV) (the rest goes as planned)
  std::optional<Money> etc;  ///< EAC - AC
  std::optional<Money> vac;  ///< BAC - EAC
};

struct RiskReserve {
  Money threats;        ///< EMV of open threats: probability (10-90%) x cost impact
  Money opportunities;  ///< EMV of open opportunities (a saving)
  Money net;            ///< threats - opportunities
  std::optional<Money> contingency_left;  ///< what remains in a line named "contingency" or "reserve"
  std::string contingency_category;
  int open_risks_without_cost = 0;  ///< open risks with no cost-impact, not in the EMV
};

struct BudgetStatus {
  std::string currency;
  Date today;
  std::vector<CategoryStatus> categories;  ///< in plan order
  CategoryStatus total;
  Evm evm;
  RiskReserve reserve;
  std::vector<std::string> verdict;  ///< plain words for a non-PM
};

/// Per-category control and EVM as of `today`. PV follows `baseline_name`, else the latest
/// saved baseline, else the current plan (without progress; pass `plan` when it is already
/// computed). Errors: unknown baseline, sums beyond the money range.
Result<BudgetStatus> budget_status(const Project& p, Date today, const std::string& baseline_name = "",
                                   const Schedule* plan = nullptr);

/// Planned value at each of `dates` (SPEC §3 EVM: the share of each task's planned working
/// days up to and including the date, per `baseline_name`, else the latest baseline, else
/// the plan without progress), computed with one CPM pass.
struct PlannedValueCurve {
  std::string plan;  ///< "baseline NAME" or "current plan"
  Money bac;
  std::vector<Money> values;  ///< parallel to the dates asked for
};
Result<PlannedValueCurve> planned_value_curve(const Project& p, const std::vector<Date>& dates,
                                              const std::string& baseline_name = "", const Schedule* plan = nullptr);

/// EMV of one risk: cost impact x its probability as 10/30/50/70/90 % (SPEC §3 Risk).
std::optional<Money> risk_emv(const Risk& r);

}  // namespace pmadmin

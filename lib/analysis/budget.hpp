#pragma once
/// Budget control and earned value (SPEC §2 `budget status`, §3 Money, EVM, Risk): the
/// figures `budget status`, `check` and the report show. Money is integer cents throughout;
/// only the indices (SPI, CPI, TCPI) are ratios.
#include <optional>
#include <string>
#include <vector>

#include "base/diag.hpp"
#include "base/money.hpp"
#include "base/result.hpp"
#include "model/model.hpp"
#include "plan/schedule.hpp"

namespace pmadmin {

struct ExpenseFilter {
  std::string category;
  std::string task;
  std::string month;  ///< "2026-03"
};
/// Expenses by date, then ID.
std::vector<const Expense*> list_expenses(const Project& p, const ExpenseFilter& filter);

/// What `budget list` shows.
struct ExpenseList {
  std::vector<const Expense*> rows;  ///< by date, then ID
  Money total;
  std::string currency;
  bool filtered = false;  ///< some filter was given
};
/// The expenses matching `filter`, with their total. A malformed month, an unknown category
/// or task is a usage error with "did you mean"; a total beyond the money range an error.
Result<ExpenseList> find_expenses(const Project& p, const ExpenseFilter& filter);

struct CategoryStatus {
  std::string category;
  std::string title;  ///< display name, or "" (show the ID)
  std::string description;
  Money planned;
  Money adjustments;            ///< approved, up to today
  Money budget;                 ///< planned + adjustments: the spending limit
  Money spent;                  ///< expenses dated up to today
  Money remaining;              ///< budget - spent (negative when overrun)
  Money committed;              ///< planned cost of the open and done tasks in this category
  std::optional<double> used;   ///< spent / budget; none when the budget is 0
  bool overrun = false;         ///< spent > budget
  bool over_committed = false;  ///< the tasks' planned cost exceeds the budget
};

/// Spending outside the costed work, per budget line: controlled by the line, not by EVM.
struct OutsideSpend {
  std::string category;
  Money spent;
};

/// Earned value at the status date, on one base: the costed work, the tasks that carry a
/// planned cost (SPEC §3 EVM). AC counts only the expenses booked to those tasks; the rest
/// (no task, or a task without a planned cost) is `outside`, controlled by its budget lines
/// and never mixed into CPI. Ratios are empty when their denominator is 0.
struct Evm {
  std::string plan;            ///< "baseline NAME" or "current plan"
  std::string not_computable;  ///< why EVM cannot be computed ("" when it can)
  int costed_tasks = 0;        ///< tasks in BAC
  Money bac, pv, ev, ac;
  Money outside;                              ///< spent up to today outside the costed work
  std::vector<OutsideSpend> outside_by_line;  ///< `outside` per budget line, largest first
  Money sv, cv;                               ///< EV - PV, EV - AC
  std::optional<double> spi, cpi, tcpi;
  std::optional<Money> eac;  ///< BAC / CPI (the current cost efficiency goes on)
  Money eac_planned_rate;    ///< AC + (BAC - EV) (the rest goes as planned)
  std::optional<Money> etc;  ///< EAC - AC
  std::optional<Money> vac;  ///< BAC - EAC
};

struct RiskReserve {
  Money threats;                          ///< EMV of open threats: probability (10-90%) x cost impact
  Money opportunities;                    ///< EMV of open opportunities (a saving)
  Money net;                              ///< threats - opportunities
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

/// The expected cost (EMV) of the open risks, threats and opportunities apart, against what
/// is left in a budget line named "contingency" or "reserve" (SPEC §3 Risk). `budget status`,
/// `risk exposure` and the report all take their totals from here.
Result<RiskReserve> risk_reserve(const Project& p, const std::vector<CategoryStatus>& categories);

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

/// A budget line's limit: planned + approved adjustments (those dated up to `until` when
/// given; their sum goes to `adjustments_out` when not null).
Money line_budget(const BudgetPlan& plan, const std::string& category, const BudgetLine& line,
                  std::optional<Date> until, Money* adjustments_out = nullptr);

/// Whether an expense is part of EVM's actual cost: booked to a task that is not cancelled
/// and carries a planned cost (a task in BAC).
bool counts_in_evm(const Project& p, const Expense& e);

/// Expenses on `category` dated up to `until`.
Money spent_on(const Project& p, const std::string& category, Date until);

/// The error for sums beyond the money range (999,999,999,999,999.99).
Diagnostic amounts_too_large();

}  // namespace pmadmin

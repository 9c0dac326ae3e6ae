#pragma once
/// Changes to the budget (SPEC §2 `budget`): plan a line, record an expense, approve an
/// adjustment. The figures they report come from analysis/budget.hpp.
#include <optional>
#include <string>

#include "base/money.hpp"
#include "model/change.hpp"
#include "model/identity.hpp"
#include "model/model.hpp"

namespace pmadmin {

/// Sets the planned amount of a budget line (creating budget/plan.yaml and the line when
/// needed). Re-planning a line is allowed until money is spent or an adjustment approved on
/// it; after that the plan stands and changes go through adjust_budget.
/// `title` is the line's display name (any UTF-8, like 材料) while its ID stays ASCII.
Result<Outcome> plan_budget(Project& p, const std::string& category, Money amount, const std::string& description,
                            const IdentitySources& who, Date today, const std::string& title = {});

struct NewExpense {
  Money amount;
  std::string category;
  std::string task;          ///< optional
  std::optional<Date> date;  ///< default today; not after today
  std::string note;
};
/// Records an expense with a random ID e-xxxx (a new file).
Result<Outcome> record_expense(Project& p, const NewExpense& e, const IdentitySources& who, Date today);

/// Voids an expense entered wrongly: it is kept (history is never deleted) with the date,
/// who voided it and why, and counts nowhere after. The person who recorded it may void it;
/// anyone else needs approve-budget. A voided expense cannot be voided again.
Result<Outcome> void_expense(Project& p, const std::string& id, const std::string& reason, const IdentitySources& who,
                             Date today);

/// Approves a change of `delta` to a budget line; needs approve-budget. Kept in the plan's
/// `adjustments` with the approver, date and reason. A line cannot go below zero.
Result<Outcome> adjust_budget(Project& p, const std::string& category, Money delta, const std::string& reason,
                              const IdentitySources& who, Date today);

}  // namespace pmadmin

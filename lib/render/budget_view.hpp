#pragma once
/// What `pmadmin budget` prints: expenses and the budget status with earned value, the
/// risk reserve and a verdict in plain words (text, json or csv).
#include <string>

#include "analysis/budget.hpp"
#include "render/format.hpp"

namespace pmadmin {

/// The expenses of `list` (text: a table and the total, or a friendly line when there are
/// none; json; csv).
std::string render_expenses(const ExpenseList& list, OutputFormat format);
std::string render_budget_status(const BudgetStatus& st, OutputFormat format);
/// A budget line as people read it: its title with the ID ("材料 (materials)"), or the ID.
std::string category_label(const CategoryStatus& c);

}  // namespace pmadmin

#pragma once
/// What `check` and the report look at, computed once per run: the forecast as of today,
/// the plan without progress, and the budget status (which needs the plan).
#include "analysis/budget.hpp"
#include "base/result.hpp"
#include "model/model.hpp"
#include "plan/schedule.hpp"

namespace pmadmin {

struct Analysis {
  Schedule forecast;  ///< as of today (compute_schedule)
  Schedule plan;      ///< without progress (compute_plan): what "planned finish" means
  BudgetStatus budget;
};

Result<Analysis> analyse_project(const Project& p, Date today);

}  // namespace pmadmin

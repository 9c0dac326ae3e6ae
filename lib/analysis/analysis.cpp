#include "analysis/analysis.hpp"

namespace pmadmin {

Result<Analysis> analyse_project(const Project& p, Date today) {
  auto forecast = compute_schedule(p, today);
  if (!forecast) return forecast.errors();
  auto plan = compute_plan(p);
  if (!plan) return plan.errors();
  auto budget = budget_status(p, today, "", &*plan);
  if (!budget) return budget.errors();
  return Analysis{std::move(*forecast), std::move(*plan), std::move(*budget)};
}

}  // namespace pmadmin

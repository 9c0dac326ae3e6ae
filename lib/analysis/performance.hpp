#pragma once
/// Each person's performance over a period (SPEC §3 Performance): tasks done, on-time rate,
/// mean slip, first-pass quality, load and feedback; first-pass yield per task category.
/// Computed in team.cpp; the report's team section and `review performance` show it.
#include <optional>
#include <string>
#include <vector>

#include "base/date.hpp"
#include "base/result.hpp"
#include "model/model.hpp"

namespace pmadmin {

struct Performance {
  std::string person;
  int assigned = 0;       ///< tasks they own (not cancelled), whatever the period
  int open = 0;           ///< of which not done
  int done = 0;           ///< finished in the period
  int with_deadline = 0;  ///< done in the period with a due date or a baseline finish
  int on_time = 0;        ///< finished by it
  long slip_days = 0;     ///< working days late, summed over with_deadline (early counts 0)
  int inspected = 0;      ///< their tasks first inspected in the period
  int first_pass = 0;     ///< of which the first inspection passed
  int load_percent = 0;   ///< this week's booking against their capacity
  int feedback = 0;       ///< feedback received in the period
  int rating_sum = 0;
  int kudos = 0;
  std::optional<double> on_time_rate() const;
  std::optional<double> mean_slip() const;
  std::optional<double> first_pass_yield() const;
  std::optional<double> rating() const;
};

struct YieldRow {
  std::string category;  ///< a task category ("" for none)
  int inspected = 0;
  int first_pass = 0;
};

struct TeamPerformance {
  Date from, to;
  std::vector<Performance> people;  ///< by person ID
  std::vector<YieldRow> by_category;
};

/// Performance from `from` to `to` (inclusive) as of `today`; `person` alone when given.
Result<TeamPerformance> team_performance(const Project& p, Date today, Date from, Date to,
                                         const std::string& person = "");

}  // namespace pmadmin

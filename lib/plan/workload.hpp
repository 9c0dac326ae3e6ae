#pragma once
/// Resource load (SPEC §3 Resources): how much of each person's capacity the schedule uses,
/// per working day and per week. Shared by `assign load`, levelling and `check`.
#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "model/model.hpp"
#include "plan/calendar.hpp"
#include "plan/schedule.hpp"

namespace pmadmin {

/// Percent of a full-time person a task needs on each of its working days: effort spread
/// over the duration when both are given (5d effort over 10d = 50), else the owner's
/// capacity (they work on it at their availability). 0 for milestones and unowned tasks.
int daily_load_percent(const Project& p, const Task& t, int duration);

struct WeekLoad {
  Date monday;
  long load = 0;           ///< percent-days booked (100 = one person-day)
  long capacity = 0;       ///< percent-days available: capacity x working days of the week
  int peak_day = 0;        ///< highest single-day load, percent
  int day_capacity = 100;  ///< the person's capacity, percent
  /// Over-allocated: more than the week holds, or more than the person has on some day.
  bool over() const { return load > capacity || peak_day > day_capacity; }
  /// Load as a share of the week's capacity, rounded; 999 when booked without capacity.
  int percent() const {
    if (capacity > 0) return static_cast<int>((load * 100 + capacity / 2) / capacity);
    return load > 0 ? 999 : 0;
  }
};

struct PersonLoad {
  std::string person;
  int capacity_percent = 100;
  std::vector<WeekLoad> weeks;
  bool over() const {
    return std::any_of(weeks.begin(), weeks.end(), [](const WeekLoad& w) { return w.over(); });
  }
};

/// Load per person for `weeks` weeks from the week holding `from`, on the forecast
/// schedule (remaining work only: done work and days before today are not load).
std::vector<PersonLoad> weekly_load(const Project& p, const Schedule& s, Date from, int weeks);

/// weekly_load for one person (or everybody when `person` is empty); an unknown person is a
/// usage error with "did you mean".
Result<std::vector<PersonLoad>> weekly_load_of(const Project& p, const Schedule& s, Date from, int weeks,
                                               const std::string& person);

}  // namespace pmadmin

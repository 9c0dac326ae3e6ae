#pragma once
/// The project's working-day calendar (SPEC §3 Calendar): `workdays` minus `holidays`, plus
/// the make-up working days of `workdays_extra` (a worked Saturday).
///
/// Working days are numbered: index 0 is the first working day on or after the project
/// start, 1 the next one, and so on (negative before the start). The scheduler works in
/// indices; every conversion is O(log days listed), so a 100,000-task plan stays linear.
#include <array>
#include <cstdint>
#include <vector>

#include "base/date.hpp"
#include "model/model.hpp"

namespace pmadmin {

class WorkCalendar {
 public:
  /// `config.workdays` must not be empty (the loader refuses that).
  WorkCalendar(const Calendar& config, Date project_start);

  bool is_workday(Date d) const;
  /// The working-day index of `d` if it is a working day, else of the next working day.
  long index_on_or_after(Date d) const;
  /// The index of `d` if it is a working day, else of the previous working day.
  long index_on_or_before(Date d) const;
  /// The date of working day `index`; never before kSearchFirst or after kSearchLast (what
  /// lies beyond Date's horizon is clamped to these, so a plan that long is caught).
  Date date_of(long index) const;
  static inline const Date kSearchFirst = Date::from_ymd(1800, 1, 1);
  static inline const Date kSearchLast = Date::from_ymd(2300, 12, 31);

  Date next_workday_on_or_after(Date d) const { return date_of(index_on_or_after(d)); }
  /// `n` working days after the working day on or after `d` (n may be negative).
  Date add_workdays(Date d, long n) const { return date_of(index_on_or_after(d) + n); }
  /// Working days in [from, to] (inclusive; 0 when to < from).
  long workdays_between(Date from, Date to) const;
  /// The finish of a task of `n` >= 1 working days starting on working day `start`
  /// (SPEC §3: the n-th working day counted from the start, inclusive).
  Date finish_of(Date start, long n) const { return date_of(index_on_or_after(start) + n - 1); }

  Date project_start() const { return start_; }

 private:
  /// Working days in [anchor_, d): the raw position before holidays are removed...
  long position(Date d) const;  ///< ...and after: working days in [anchor_, d)
  long weekday_count(long days_from_anchor) const;

  Date anchor_;  ///< a Monday on or before the project start
  Date start_;
  std::array<bool, 7> work_{};
  std::array<int, 8> prefix_{};  ///< prefix_[k] = working weekdays among Monday..(k-1)
  int per_week_ = 0;
  std::vector<long> holiday_days_;  ///< holidays on working weekdays, as days from anchor_, sorted
  std::vector<long> extra_days_;    ///< worked days on other weekdays (not holidays), likewise
  long origin_ = 0;                 ///< position(start_) rounded to a working day
};

}  // namespace pmadmin

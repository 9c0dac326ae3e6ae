#include "plan/calendar.hpp"

#include <algorithm>

namespace pmadmin {

namespace {
long floor_div(long a, long b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }
}  // namespace

WorkCalendar::WorkCalendar(const Calendar& config, Date project_start) : start_(project_start) {
  for (unsigned d : config.workdays)
    if (d < 7) work_[d] = true;
  for (int k = 0; k < 7; ++k) prefix_[k + 1] = prefix_[k] + (work_[k] ? 1 : 0);
  per_week_ = prefix_[7];
  anchor_ = project_start.plus_days(-static_cast<int>(project_start.iso_weekday()));
  for (const auto& range : config.holidays) {
    for (Date d = range.first; d <= range.last; d = d.plus_days(1))
      if (work_[d.iso_weekday()]) holiday_days_.push_back(anchor_.days_until(d));
  }
  std::sort(holiday_days_.begin(), holiday_days_.end());
  holiday_days_.erase(std::unique(holiday_days_.begin(), holiday_days_.end()), holiday_days_.end());
  origin_ = position(project_start);
}

long WorkCalendar::weekday_count(long n) const {
  long weeks = floor_div(n, 7);
  return weeks * per_week_ + prefix_[static_cast<std::size_t>(n - weeks * 7)];
}

long WorkCalendar::position(Date d) const {
  long n = anchor_.days_until(d);
  long holidays_before = std::lower_bound(holiday_days_.begin(), holiday_days_.end(), n) - holiday_days_.begin();
  return weekday_count(n) - holidays_before;
}

bool WorkCalendar::is_workday(Date d) const {
  if (!work_[d.iso_weekday()]) return false;
  return !std::binary_search(holiday_days_.begin(), holiday_days_.end(), static_cast<long>(anchor_.days_until(d)));
}

long WorkCalendar::index_on_or_after(Date d) const { return position(d) - origin_; }

long WorkCalendar::index_on_or_before(Date d) const { return position(d.plus_days(1)) - 1 - origin_; }

long WorkCalendar::workdays_between(Date from, Date to) const {
  if (to < from) return 0;
  return position(to.plus_days(1)) - position(from);
}

Date WorkCalendar::date_of(long index) const {
  const long target = index + origin_;  // the working day whose position is `target`
  // position() is monotone: find the smallest day n with position(n + 1) > target.
  auto pos = [&](long n) { return position(anchor_.plus_days(static_cast<int>(n))); };
  // The search never leaves [first, last]: a calendar whose holidays leave no working day
  // (or an index far beyond any plan) ends at an edge instead of walking on for ever.
  const long first = anchor_.days_until(kSearchFirst), last = anchor_.days_until(kSearchLast);
  long guess = std::clamp(floor_div(target, per_week_) * 7, first + 7, last - 7);
  long lo = guess - 7, hi = guess + 7;
  for (long step = 7; pos(lo + 1) > target; step *= 2) {
    if (lo <= first) return kSearchFirst;
    lo = std::max(lo - step, first);
  }
  for (long step = 7; pos(hi + 1) <= target; step *= 2) {
    if (hi >= last) return kSearchLast;
    hi = std::min(hi + step, last);
  }
  while (lo < hi) {  // invariant: pos(hi + 1) > target
    long mid = lo + (hi - lo) / 2;
    if (pos(mid + 1) > target)
      hi = mid;
    else
      lo = mid + 1;
  }
  return anchor_.plus_days(static_cast<int>(lo));
}

}  // namespace pmadmin

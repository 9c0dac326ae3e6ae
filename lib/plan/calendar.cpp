#include "plan/calendar.hpp"

#include <algorithm>

namespace pmadmin {

namespace {
long floor_div(long a, long b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

void sort_unique(std::vector<long>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

long count_before(const std::vector<long>& sorted, long n) {
  return std::lower_bound(sorted.begin(), sorted.end(), n) - sorted.begin();
}
}  // namespace

WorkCalendar::WorkCalendar(const Calendar& config, Date project_start) : start_(project_start) {
  for (unsigned d : config.workdays)
    if (d < 7) work_[d] = true;
  for (int k = 0; k < 7; ++k) prefix_[k + 1] = prefix_[k] + (work_[k] ? 1 : 0);
  per_week_ = prefix_[7];
  anchor_ = project_start.plus_days(-static_cast<int>(project_start.iso_weekday()));
  std::vector<long> days_off_holidays;  // holidays on days off: they win over an extra day
  for (const auto& range : config.holidays) {
    for (Date d = range.first; d <= range.last; d = d.plus_days(1))
      (work_[d.iso_weekday()] ? holiday_days_ : days_off_holidays).push_back(anchor_.days_until(d));
  }
  sort_unique(holiday_days_);
  sort_unique(days_off_holidays);
  for (const auto& range : config.workdays_extra) {
    for (Date d = range.first; d <= range.last; d = d.plus_days(1)) {
      long n = anchor_.days_until(d);
      if (!work_[d.iso_weekday()] && !std::binary_search(days_off_holidays.begin(), days_off_holidays.end(), n))
        extra_days_.push_back(n);
    }
  }
  sort_unique(extra_days_);
  origin_ = position(project_start);
}

long WorkCalendar::weekday_count(long n) const {
  long weeks = floor_div(n, 7);
  return weeks * per_week_ + prefix_[static_cast<std::size_t>(n - weeks * 7)];
}

long WorkCalendar::position(Date d) const {
  long n = anchor_.days_until(d);
  return weekday_count(n) - count_before(holiday_days_, n) + count_before(extra_days_, n);
}

bool WorkCalendar::is_workday(Date d) const {
  const long n = anchor_.days_until(d);
  if (!work_[d.iso_weekday()]) return std::binary_search(extra_days_.begin(), extra_days_.end(), n);
  return !std::binary_search(holiday_days_.begin(), holiday_days_.end(), n);
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

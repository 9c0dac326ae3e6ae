#include "edit/calendar.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <iterator>
#include <map>
#include <optional>

#include "base/i18n.hpp"
#include "base/text.hpp"
#include "plan/calendar.hpp"
#include "plan/schedule.hpp"

namespace pmadmin {

namespace {

/// The days a list of ranges covers, each with the first range (in list order) covering it,
/// and each range with its first position: O(log n) lookups, so an import of a feed with
/// thousands of events stays fast (a scan of the lists per day made a 4 MiB feed take 40 s).
class RangeIndex {
 public:
  explicit RangeIndex(const std::vector<HolidayRange>& list) {
    for (std::size_t i = 0; i < list.size(); ++i) {
      for (Date d = list[i].first; d <= list[i].last; d = d.plus_days(1)) days_.emplace_back(day(d), i);
      ranges_.emplace(key(list[i]), i);
    }
    std::sort(days_.begin(), days_.end());  // by day, then position: the first range first
  }

  /// Records range `r`, now at position `i` of the list.
  void add(const HolidayRange& r, std::size_t i) {
    for (Date d = r.first; d <= r.last; d = d.plus_days(1)) added_.emplace(day(d), i);
    ranges_.emplace(key(r), i);
  }

  /// The position of the first range covering `d`.
  std::optional<std::size_t> covering(Date d) const {
    auto it = std::lower_bound(days_.begin(), days_.end(), std::pair<long, std::size_t>{day(d), 0});
    if (it != days_.end() && it->first == day(d)) return it->second;
    auto a = added_.find(day(d));
    return a == added_.end() ? std::nullopt : std::optional<std::size_t>(a->second);
  }

  /// The position of the first range with the same days as `r`.
  std::optional<std::size_t> same(const HolidayRange& r) const {
    auto it = ranges_.find(key(r));
    return it == ranges_.end() ? std::nullopt : std::optional<std::size_t>(it->second);
  }

 private:
  static long day(Date d) { return kEpoch.days_until(d); }
  static std::pair<long, long> key(const HolidayRange& r) { return {day(r.first), day(r.last)}; }
  static inline const Date kEpoch = Date::from_ymd(1970, 1, 1);

  std::vector<std::pair<long, std::size_t>> days_;  ///< the ranges listed when the index was built
  std::map<long, std::size_t> added_;               ///< the ranges added since (the first one kept)
  std::map<std::pair<long, long>, std::size_t> ranges_;
};

/// A calendar being changed: its lists and their indexes, kept together.
struct CalendarEdit {
  Calendar& cal;
  RangeIndex holidays{cal.holidays};
  RangeIndex extras{cal.workdays_extra};

  explicit CalendarEdit(Calendar& c) : cal(c) {}
  std::vector<HolidayRange>& list(bool working) { return working ? cal.workdays_extra : cal.holidays; }
  RangeIndex& index(bool working) { return working ? extras : holidays; }
};

/// Why `days` cannot join the calendar as holidays (or as working days), or "".
std::string conflict(const CalendarEdit& e, const HolidayRange& days, bool working) {
  if (days.last < days.first) return trf("the range {} ends before it starts", days.text());
  if (days.first.days_until(days.last) >= 366) return trf("the range {} covers more than a year", days.text());
  for (Date d = days.first; d <= days.last; d = d.plus_days(1)) {
    if (working)
      if (auto h = e.holidays.covering(d))
        return trf("{} is a holiday ({}); a day cannot be both a holiday and a working day", d.iso(),
                   e.cal.holidays[*h].text());
    if (working && e.cal.works_on(d.iso_weekday()))
      return trf("{} ({}) is a working day already; a make-up working day is a day off that is worked, like a Saturday",
                 d.iso(), weekday_name(d.iso_weekday()));
    if (!working && e.extras.covering(d))
      return trf("{} is a make-up working day; a day cannot be both a holiday and a working day", d.iso());
  }
  return {};
}

bool on_worked_weekdays(const Calendar& cal, const HolidayRange& days) {
  for (Date d = days.first; d <= days.last; d = d.plus_days(1))
    if (!cal.works_on(d.iso_weekday())) return false;
  return days.first <= days.last;
}

enum class Added { added, renamed, unchanged };

/// Adds `days` at the end of its list; a range listed already only takes the new name, and
/// only when `rename` or it has none (an import keeps the names the user gave). The caller
/// puts the new ranges in date order (in_date_order).
Added add_days(CalendarEdit& e, bool working, HolidayRange days, bool rename) {
  std::vector<HolidayRange>& list = e.list(working);
  if (auto i = e.index(working).same(days)) {
    HolidayRange& r = list[*i];
    if (days.name.empty() || r.name == days.name || (!rename && !r.name.empty())) return Added::unchanged;
    r.name = days.name;
    return Added::renamed;
  }
  e.index(working).add(days, list.size());
  list.push_back(std::move(days));
  return Added::added;
}

/// Moves the ranges from `old_size` on (just added, in the order added) into date order
/// among the others: each goes after the ranges that start on or before its first day, as
/// one insertion at a time would put it, in O(n log n) when the list was in date order.
void in_date_order(std::vector<HolidayRange>& list, std::size_t old_size) {
  auto by_first = [](const HolidayRange& a, const HolidayRange& b) { return a.first < b.first; };
  const auto middle = list.begin() + static_cast<std::ptrdiff_t>(old_size);
  if (std::is_sorted(list.begin(), middle, by_first)) {
    std::stable_sort(middle, list.end(), by_first);
    std::inplace_merge(list.begin(), middle, list.end(), by_first);
    return;
  }
  std::vector<HolidayRange> added(std::make_move_iterator(middle), std::make_move_iterator(list.end()));
  list.erase(middle, list.end());  // a hand-ordered list: insert one at a time, as before
  for (auto& r : added) {
    auto at =
        std::upper_bound(list.begin(), list.end(), r.first, [](Date d, const HolidayRange& x) { return d < x.first; });
    list.insert(at, std::move(r));
  }
}

/// What the change did to the plan: the project finish and how many tasks moved.
std::string plan_effect(const Schedule& before, const Schedule& after) {
  long moved = 0;
  for (const auto& t : after.tasks)
    if (const ScheduledTask* b = before.find(t.task->id); b && (b->start != t.start || b->finish != t.finish)) ++moved;
  if (moved == 0) return tr("no planned date moves");
  const auto n = static_cast<unsigned long>(moved);
  if (before.finish == after.finish)
    return trnf("{} task moves; the project finish stays {}", "{} tasks move; the project finish stays {}", n, moved,
                after.finish.iso());
  return trnf("{} task moves; the project finish moves from {} to {}",
              "{} tasks move; the project finish moves from {} to {}", n, moved, before.finish.iso(),
              after.finish.iso());
}

/// Working days in `days` by each calendar (before and after a change).
long working_days_in(const Calendar& cal, Date start, const HolidayRange& days) {
  return WorkCalendar(cal, start).workdays_between(days.first, days.last);
}

Result<Outcome> add_day_range(Project& p, HolidayRange days, bool working, const IdentitySources& who, Date today) {
  auto actor = resolve_actor(p, who);
  if (!actor) return actor.errors();
  if (auto why = text_problem(days.name, false)) return usage_error(trf("the name {}", *why));
  Calendar& cal = p.config.calendar;
  CalendarEdit edit(cal);
  if (std::string why = conflict(edit, days, working); !why.empty())
    return usage_error(why, working ? tr("list make-up working days on days off only: pmadmin calendar")
                                    : tr("see the calendar: pmadmin calendar --year"));
  auto before = compute_schedule(p, today);
  if (!before) return before.errors();
  const Calendar old = cal;
  const std::string range = days.text();
  const std::size_t old_size = edit.list(working).size();
  Added added = add_days(edit, working, days, true);
  in_date_order(edit.list(working), old_size);
  Outcome out;
  if (added == Added::unchanged) {
    out.summary = working ? trf("{} is a make-up working day already; nothing changed", range)
                          : trf("{} is a holiday already; nothing changed", range);
    return out;
  }
  out.changed(EntityKind::config);
  auto after = compute_schedule(p, today);
  if (!after) return after.errors();
  const long lost = working_days_in(old, p.config.start, days) - working_days_in(cal, p.config.start, days);
  const std::string effect = plan_effect(*before, *after);
  if (added == Added::renamed)
    out.summary = trf("{} is now named \"{}\"; {}", range, days.name, effect);
  else if (working)
    out.summary = trf("added the make-up working day {}; working days gained: {}; {}", range, -lost, effect);
  else
    out.summary = trf("added the holiday {}; working days lost: {}; {}", range, lost, effect);
  return out;
}

}  // namespace

Result<Outcome> add_holiday(Project& p, HolidayRange days, const IdentitySources& who, Date today) {
  return add_day_range(p, std::move(days), false, who, today);
}

Result<Outcome> add_workday(Project& p, HolidayRange days, const IdentitySources& who, Date today) {
  return add_day_range(p, std::move(days), true, who, today);
}

Result<Outcome> import_calendar(Project& p, const IcsHolidays& feed, const std::string& file,
                                const IdentitySources& who, Date today) {
  auto actor = resolve_actor(p, who);
  if (!actor) return actor.errors();
  auto before = compute_schedule(p, today);
  if (!before) return before.errors();
  Calendar cal = p.config.calendar;  // all or nothing: the project changes only at the end
  CalendarEdit edit(cal);
  const std::size_t old_holidays = cal.holidays.size(), old_extras = cal.workdays_extra.size();
  Diagnostics errors;
  int holidays = 0, workdays = 0, known = 0, ordinary = 0;
  for (const IcsDay& day : feed.days) {
    HolidayRange range{day.first, day.last, day.name};
    // A feed may mark an ordinary working weekday "班": nothing to add for it.
    if (day.working && on_worked_weekdays(cal, range) && !edit.holidays.covering(day.first)) {
      ++ordinary;
      continue;
    }
    std::string why = conflict(edit, range, day.working);
    if (!why.empty()) {
      errors.push_back(make_error(file, day.line, 1, trf("the event \"{}\" cannot be imported: {}", day.name, why),
                                  tr("fix the calendar or the file, then import again; nothing was changed")));
      continue;
    }
    Added added = add_days(edit, day.working, range, false);
    if (added == Added::unchanged)
      ++known;
    else if (day.working)
      ++workdays;
    else
      ++holidays;
  }
  if (!errors.empty()) return errors;
  in_date_order(cal.holidays, old_holidays);
  in_date_order(cal.workdays_extra, old_extras);
  p.config.calendar = std::move(cal);
  Outcome out;
  if (holidays + workdays > 0) out.changed(EntityKind::config);
  auto after = compute_schedule(p, today);
  if (!after) return after.errors();
  out.summary =
      trf("imported {}: holidays added: {}; make-up working days added: {}; already in the calendar: {}; left out "
          "(events with a time of day, or working days already): {}; {}",
          file, holidays, workdays, known, feed.timed_skipped + ordinary, plan_effect(*before, *after));
  return out;
}

}  // namespace pmadmin

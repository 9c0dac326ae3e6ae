#include "edit/calendar.hpp"

#include <fmt/format.h>
#include <algorithm>

#include "base/i18n.hpp"
#include "base/text.hpp"
#include "plan/calendar.hpp"
#include "plan/schedule.hpp"

namespace pmadmin {

namespace {

std::string range_text(const HolidayRange& r) {
  return r.first == r.last ? r.first.iso() : r.first.iso() + ".." + r.last.iso();
}

const HolidayRange* covering(const std::vector<HolidayRange>& list, Date d) {
  auto it = std::find_if(list.begin(), list.end(), [&](const HolidayRange& r) { return r.first <= d && d <= r.last; });
  return it == list.end() ? nullptr : &*it;
}

/// Why `days` cannot join the calendar as holidays (or as working days), or "".
std::string conflict(const Calendar& cal, const HolidayRange& days, bool working) {
  if (days.last < days.first) return fmt::format("the range {} ends before it starts", range_text(days));
  if (days.first.days_until(days.last) >= 366)
    return fmt::format("the range {} covers more than a year", range_text(days));
  for (Date d = days.first; d <= days.last; d = d.plus_days(1)) {
    const bool weekday_worked =
        std::find(cal.workdays.begin(), cal.workdays.end(), d.iso_weekday()) != cal.workdays.end();
    if (working && covering(cal.holidays, d))
      return fmt::format("{} is a holiday ({}); a day cannot be both a holiday and a working day", d.iso(),
                         range_text(*covering(cal.holidays, d)));
    if (working && weekday_worked)
      return fmt::format(
          "{} ({}) is a working day already; a make-up working day is a day off that is worked, "
          "like a Saturday",
          d.iso(), weekday_name(d.iso_weekday()));
    if (!working && covering(cal.workdays_extra, d))
      return fmt::format("{} is a make-up working day; a day cannot be both a holiday and a working day", d.iso());
  }
  return {};
}

bool on_worked_weekdays(const Calendar& cal, const HolidayRange& days) {
  for (Date d = days.first; d <= days.last; d = d.plus_days(1))
    if (std::find(cal.workdays.begin(), cal.workdays.end(), d.iso_weekday()) == cal.workdays.end()) return false;
  return days.first <= days.last;
}

enum class Added { added, renamed, unchanged };

/// Adds `days` in date order; a range listed already only takes the new name, and only when
/// `rename` or it has none (an import keeps the names the user gave).
Added add_days(std::vector<HolidayRange>& list, HolidayRange days, bool rename) {
  for (auto& r : list) {
    if (r.first != days.first || r.last != days.last) continue;
    if (days.name.empty() || r.name == days.name || (!rename && !r.name.empty())) return Added::unchanged;
    r.name = days.name;
    return Added::renamed;
  }
  auto at =
      std::upper_bound(list.begin(), list.end(), days.first, [](Date d, const HolidayRange& r) { return d < r.first; });
  list.insert(at, std::move(days));
  return Added::added;
}

/// What the change did to the plan: the project finish and how many tasks moved.
std::string plan_effect(const Schedule& before, const Schedule& after) {
  long moved = 0;
  for (const auto& t : after.tasks)
    if (const ScheduledTask* b = before.find(t.task->id); b && (b->start != t.start || b->finish != t.finish)) ++moved;
  if (moved == 0) return "no planned date moves";
  if (before.finish == after.finish)
    return fmt::format("{} tasks move; the project finish stays {}", moved, after.finish.iso());
  return fmt::format("{} tasks move; the project finish moves from {} to {}", moved, before.finish.iso(),
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
  if (std::string why = conflict(p.config.calendar, days, working); !why.empty())
    return usage_error(why, working ? tr("list make-up working days on days off only: pmadmin calendar")
                                    : tr("see the calendar: pmadmin calendar --year"));
  auto before = compute_schedule(p, today);
  if (!before) return before.errors();
  const Calendar old = p.config.calendar;
  Calendar& cal = p.config.calendar;
  const std::string range = range_text(days);
  Added added = add_days(working ? cal.workdays_extra : cal.holidays, days, true);
  Outcome out;
  if (added == Added::unchanged) {
    out.summary = working ? fmt::format("{} is a make-up working day already; nothing changed", range)
                          : fmt::format("{} is a holiday already; nothing changed", range);
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
  Diagnostics errors;
  int holidays = 0, workdays = 0, known = 0, ordinary = 0;
  for (const IcsDay& day : feed.days) {
    HolidayRange range{day.first, day.last, day.name};
    // A feed may mark an ordinary working weekday "班": nothing to add for it.
    if (day.working && on_worked_weekdays(cal, range) && !covering(cal.holidays, day.first)) {
      ++ordinary;
      continue;
    }
    std::string why = conflict(cal, range, day.working);
    if (!why.empty()) {
      errors.push_back(make_error(file, day.line, 1, trf("the event \"{}\" cannot be imported: {}", day.name, why),
                                  tr("fix the calendar or the file, then import again; nothing was changed")));
      continue;
    }
    Added added = add_days(day.working ? cal.workdays_extra : cal.holidays, range, false);
    if (added == Added::unchanged)
      ++known;
    else if (day.working)
      ++workdays;
    else
      ++holidays;
  }
  if (!errors.empty()) return errors;
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

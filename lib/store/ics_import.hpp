#pragma once
/// Reading a public-holiday iCalendar feed (`pmadmin calendar import FILE.ics`): its all-day
/// events become holidays, and events whose summary marks a working day (班, 补班, 上班,
/// "working day") become make-up working days. RFC 5545 line folding and text escapes are
/// understood; timed events are counted and left out.
#include <string>
#include <string_view>
#include <vector>

#include "base/date.hpp"
#include "base/result.hpp"

namespace pmadmin {

struct IcsDay {
  Date first;
  Date last;  ///< inclusive (DTEND is exclusive in the file)
  std::string name;
  bool working = false;  ///< a make-up working day rather than a holiday
  int line = 0;          ///< of BEGIN:VEVENT, for messages
};

struct IcsHolidays {
  std::vector<IcsDay> days;
  int timed_skipped = 0;  ///< events with a time of day: not holidays
};

/// Every problem is reported (file:line:col), and none means all events were read: the
/// import is all-or-nothing. `file` names the file in diagnostics.
Result<IcsHolidays> parse_holiday_ics(std::string_view text, const std::string& file);

/// True when an event's summary marks a working day (班 / 补班 / 上班 / "working day").
bool marks_working_day(const std::string& summary);

}  // namespace pmadmin

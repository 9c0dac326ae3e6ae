#pragma once
/// Changes to the working calendar (SPEC §2 `calendar`): holidays, make-up working days and
/// a public-holiday feed. Each says how the plan's finish moved, since every date depends on
/// the calendar.
#include <string>
#include <vector>

#include "model/change.hpp"
#include "model/identity.hpp"
#include "model/model.hpp"
#include "store/ics_import.hpp"

namespace pmadmin {

/// Adds a holiday (one day or a range of at most a year). Refused when a day of it is a
/// make-up working day. Adding a range that is there already only sets its name.
Result<Outcome> add_holiday(Project& p, HolidayRange days, const IdentitySources& who, Date today);

/// Adds a make-up working day (or a range): each day must be a day off by its weekday
/// and not a holiday.
Result<Outcome> add_workday(Project& p, HolidayRange days, const IdentitySources& who, Date today);

/// Adds every day of a feed, all or nothing: the first conflict refuses the whole import
/// and names the event's line in `file`. Days already in the calendar are left as they are.
Result<Outcome> import_calendar(Project& p, const IcsHolidays& feed, const std::string& file,
                                const IdentitySources& who, Date today);

}  // namespace pmadmin

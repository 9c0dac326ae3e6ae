#pragma once
/// iCalendar export (RFC 5545) of the plan: milestones as all-day events, tasks with a due
/// date as to-dos, and the meeting cadence as recurring events (holidays excluded).
/// Output is reproducible: UIDs come from IDs, DTSTAMP from the status date (not the
/// clock) unless the caller passes another; lines end in CRLF and fold at 75 octets.
#include <string>

#include "model/model.hpp"
#include "plan/schedule.hpp"

namespace pmadmin {

struct IcsOptions {
  std::string dtstamp;  ///< UTC date-time like 20261127T000000Z; empty: the status date at midnight UTC
};

std::string render_ics(const Project& p, const Schedule& s, const IcsOptions& options);

/// True for a UTC date-time like 20261127T093000Z (the form DTSTAMP takes).
bool is_utc_stamp(const std::string& text);

/// RFC 5545 §3.3.11 TEXT escaping: backslash, semicolon, comma, newline.
std::string ics_escape(const std::string& text);
/// RFC 5545 §3.1: one content line, folded so no line exceeds 75 octets, never inside a
/// UTF-8 sequence, ending in CRLF.
std::string ics_fold(const std::string& line);

}  // namespace pmadmin

#include "store/ics_import.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <optional>

#include "base/diag.hpp"
#include "base/i18n.hpp"

namespace pmadmin {

namespace {

/// One unfolded content line and where it began.
struct IcsLine {
  std::string text;
  int line = 0;
};

std::vector<IcsLine> unfold(std::string_view text) {
  std::vector<IcsLine> out;
  int number = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view raw = text.substr(pos, end - pos);
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    ++number;
    pos = end + 1;
    if (!raw.empty() && (raw.front() == ' ' || raw.front() == '\t') && !out.empty())
      out.back().text.append(raw.substr(1));
    else if (!raw.empty())
      out.push_back({std::string(raw), number});
  }
  return out;
}

std::string unescape(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      char c = s[++i];
      out += (c == 'n' || c == 'N') ? ' ' : c;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::string lower_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

/// A DTSTART/DTEND value: a date (YYYYMMDD), or nullopt with `timed` set for a date-time.
std::optional<Date> ics_date(const std::string& value, bool& timed) {
  timed = value.size() > 8 && value[8] == 'T';
  if (value.size() < 8 || !std::all_of(value.begin(), value.begin() + 8, [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  if (value.size() != 8 && !timed) return std::nullopt;
  return Date::parse(value.substr(0, 4) + "-" + value.substr(4, 2) + "-" + value.substr(6, 2));
}

struct Event {
  int line = 0;
  std::optional<Date> start, end;
  int start_line = 0;
  int duration_days = 0;
  bool timed = false;
  bool bad_date = false;  ///< reported already
  std::string summary;
};

class Reader {
 public:
  Reader(const std::string& file, Diagnostics& errors) : file_(file), errors_(errors) {}

  void error(int line, int col, std::string message, std::string hint = {}) {
    errors_.push_back(make_error(file_, line, col, std::move(message), std::move(hint)));
  }

  /// Reads DTSTART / DTEND / DURATION / SUMMARY of the event being read.
  void property(Event& e, const IcsLine& l, const std::string& name, const std::string& value, int value_col) {
    if (name == "SUMMARY") {
      e.summary = unescape(value);
    } else if (name == "DTSTART" || name == "DTEND") {
      bool timed = false;
      auto d = ics_date(value, timed);
      if (!d) {
        error(l.line, value_col, trf("{} \"{}\" is not a date like 20261001 or a date-time", name, value),
              tr("write the date as YYYYMMDD, like DTSTART;VALUE=DATE:20261001"));
        e.bad_date = true;
        return;
      }
      if (timed) e.timed = true;
      (name == "DTSTART" ? e.start : e.end) = d;
      if (name == "DTSTART") e.start_line = l.line;
    } else if (name == "DURATION") {
      bool days = value.size() > 2 && value.size() <= 6 && value.front() == 'P' && value.back() == 'D' &&
                  std::all_of(value.begin() + 1, value.end() - 1, [](char c) { return c >= '0' && c <= '9'; });
      if (!days && value.find('T') != std::string::npos) {
        e.timed = true;  // PT1H: an event with a time of day
        return;
      }
      if (!days) {
        error(l.line, value_col, trf("DURATION \"{}\" is not a number of days like P3D", value));
        return;
      }
      e.duration_days = std::stoi(value.substr(1, value.size() - 2));
    }
  }

  /// Turns a finished event into a day range, or reports why it cannot be one.
  void finish(const Event& e, IcsHolidays& out) {
    if (e.bad_date) return;
    if (!e.start) {
      if (!e.timed)
        error(e.line, 1, tr("this event has no DTSTART date"), tr("give each VEVENT a DTSTART;VALUE=DATE:YYYYMMDD"));
      return;
    }
    if (e.timed) {
      ++out.timed_skipped;
      return;
    }
    Date last = *e.start;
    if (e.end) {
      if (*e.end <= *e.start) {
        error(e.start_line, 1,
              trf("the event \"{}\" ends ({}) before the day after it starts ({})", e.summary, e.end->iso(),
                  e.start->iso()),
              tr("DTEND is the day after the last day off (it is exclusive)"));
        return;
      }
      last = e.end->plus_days(-1);
    } else if (e.duration_days > 0) {
      last = e.start->plus_days(e.duration_days - 1);
    }
    if (e.start->days_until(last) >= 366) {
      error(e.start_line, 1, trf("the event \"{}\" covers more than a year", e.summary));
      return;
    }
    out.days.push_back({*e.start, last, e.summary, marks_working_day(e.summary), e.line});
  }

 private:
  std::string file_;
  Diagnostics& errors_;
};

}  // namespace

bool marks_working_day(const std::string& summary) {
  const std::string s = lower_ascii(summary);
  return summary.find("班") != std::string::npos || s.find("working day") != std::string::npos ||
         s.find("workday") != std::string::npos;
}

Result<IcsHolidays> parse_holiday_ics(std::string_view text, const std::string& file) {
  Diagnostics errors;
  Reader r(file, errors);
  IcsHolidays out;
  std::vector<IcsLine> lines = unfold(text);
  if (lines.empty() || lines.front().text != "BEGIN:VCALENDAR") {
    r.error(lines.empty() ? 1 : lines.front().line, 1,
            tr("this is not an iCalendar file: it does not begin with BEGIN:VCALENDAR"),
            tr("import a public-holiday feed (.ics), like the one your government or calendar service publishes"));
    return errors;
  }
  std::optional<Event> event;
  for (const auto& l : lines) {
    std::size_t colon = l.text.find(':');
    if (colon == std::string::npos) {
      r.error(l.line, 1, trf("\"{}\" is not a NAME:VALUE line", l.text.substr(0, 40)));
      continue;
    }
    std::string name = l.text.substr(0, std::min(colon, l.text.find(';')));
    std::string value = l.text.substr(colon + 1);
    if (name == "BEGIN" && value == "VEVENT") {
      if (event)
        r.error(l.line, 1, trf("a VEVENT begins inside the VEVENT of line {}", event->line),
                tr("close each event with END:VEVENT"));
      event = Event{};
      event->line = l.line;
    } else if (name == "END" && value == "VEVENT") {
      if (!event) {
        r.error(l.line, 1, tr("END:VEVENT without a BEGIN:VEVENT"));
        continue;
      }
      r.finish(*event, out);
      event.reset();
    } else if (event) {
      r.property(*event, l, name, value, static_cast<int>(colon) + 2);
    }
  }
  if (event)
    r.error(event->line, 1, tr("this VEVENT never ends: the file stops before END:VEVENT"),
            tr("the file may be cut short; download it again"));
  if (has_errors(errors)) {
    attach_source(errors, file, text);
    return errors;
  }
  std::sort(out.days.begin(), out.days.end(), [](const IcsDay& a, const IcsDay& b) { return a.first < b.first; });
  return out;
}

}  // namespace pmadmin

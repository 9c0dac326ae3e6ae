#include "render/calendar_view.hpp"

#include <fmt/format.h>

#include "base/i18n.hpp"
#include "plan/calendar.hpp"
#include "render/json.hpp"

namespace pmadmin {

namespace {

enum class DayKind { workday, day_off, holiday, extra };

struct DayInfo {
  DayKind kind;
  const HolidayRange* named;  ///< the holiday or make-up range it belongs to, if any
};

const HolidayRange* covering(const std::vector<HolidayRange>& list, Date d) {
  for (const auto& r : list)
    if (r.covers(d)) return &r;
  return nullptr;
}

DayInfo day_info(const Calendar& cal, const WorkCalendar& wc, Date d) {
  if (const HolidayRange* h = covering(cal.holidays, d)) return {DayKind::holiday, h};
  if (const HolidayRange* x = covering(cal.workdays_extra, d); x && wc.is_workday(d)) return {DayKind::extra, x};
  return {wc.is_workday(d) ? DayKind::workday : DayKind::day_off, nullptr};
}

const char* kind_word(DayKind k) {
  switch (k) {
    case DayKind::workday: return "workday";
    case DayKind::day_off: return "day-off";
    case DayKind::holiday: return "holiday";
    case DayKind::extra: return "make-up-workday";
  }
  return "";
}

const char* kind_mark(DayKind k) {
  switch (k) {
    case DayKind::workday: return " ";
    case DayKind::day_off: return ".";
    case DayKind::holiday: return "h";
    case DayKind::extra: return "+";
  }
  return " ";
}

Date month_start(Date d) { return d.plus_days(1 - static_cast<int>(static_cast<unsigned>(d.ymd().day()))); }

Date next_month(Date first_of_month) { return month_start(first_of_month.plus_days(31)); }

std::string month_text(const Project& p, const WorkCalendar& wc, Date first) {
  const Calendar& cal = p.config.calendar;
  const Date end = next_month(first);
  const long working = wc.workdays_between(first, end.plus_days(-1));
  std::string out = trnf("{}: {} working day\n", "{}: {} working days\n", static_cast<unsigned long>(working),
                         first.iso().substr(0, 7), working);
  // TRANSLATORS: seven weekday columns, each 4 columns wide on a terminal (a Chinese character is 2).
  out += tr(" Mon Tue Wed Thu Fri Sat Sun\n");
  std::string row(4 * first.iso_weekday(), ' ');
  std::vector<std::string> named;
  const HolidayRange* last_named = nullptr;
  for (Date d = first; d < end; d = d.plus_days(1)) {
    DayInfo info = day_info(cal, wc, d);
    row += fmt::format(" {:>2}{}", static_cast<unsigned>(d.ymd().day()), kind_mark(info.kind));
    if (d.iso_weekday() == 6 || d.plus_days(1) == end) {
      while (!row.empty() && row.back() == ' ') row.pop_back();
      out += row + "\n";
      row.clear();
    }
    if (info.named && info.named != last_named) {
      const HolidayRange& r = *info.named;
      std::string name = r.name.empty() ? "" : "  " + r.name;
      named.push_back(info.kind == DayKind::holiday ? trf("  holiday {}{}", r.text(), name)
                                                    : trf("  make-up working day {}{}", r.text(), name));
    }
    last_named = info.named;
  }
  for (const auto& line : named) out += line + "\n";
  return out;
}

}  // namespace

std::string render_calendar(const Project& p, Date first, int months, OutputFormat format) {
  const WorkCalendar wc(p.config.calendar, p.config.start);
  Date from = month_start(first);
  Date to = from;
  for (int i = 0; i < months; ++i) to = next_month(to);
  to = to.plus_days(-1);
  if (format == OutputFormat::json) {
    Json days = Json::array();
    for (Date d = from; d <= to; d = d.plus_days(1)) {
      DayInfo info = day_info(p.config.calendar, wc, d);
      days.push_back({{"date", d.iso()},
                      {"weekday", weekday_name(d.iso_weekday())},
                      {"working", wc.is_workday(d)},
                      {"kind", kind_word(info.kind)},
                      {"name", info.named ? text_or_null(info.named->name) : Json(nullptr)}});
    }
    Json j = {{"from", from.iso()}, {"to", to.iso()}, {"working_days", wc.workdays_between(from, to)}, {"days", days}};
    return dump(j);
  }
  std::string out;
  for (Date m = from; m <= to; m = next_month(m)) out += (out.empty() ? "" : "\n") + month_text(p, wc, m);
  out += tr("\nA number alone is a working day; . a day off; h a holiday; + a make-up working day.\n");
  return out;
}

}  // namespace pmadmin

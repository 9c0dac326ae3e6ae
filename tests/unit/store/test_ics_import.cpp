// Public-holiday feeds: folding, escapes, DTEND exclusive, DURATION, working-day marks, and
// every bad event reported at its line.
#include <doctest/doctest.h>

#include "store/ics_import.hpp"

using namespace pmadmin;

TEST_CASE("ics import: holidays, make-up days, folding and timed events") {
  const std::string text =
      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
      "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261001\r\nDTEND;VALUE=DATE:20261008\r\nSUMMARY:国庆节、\r\n 中秋节\r\n"
      "END:VEVENT\r\n"
      "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261010\r\nSUMMARY:补班\r\nEND:VEVENT\r\n"
      "BEGIN:VEVENT\r\nDTSTART:20260920\r\nDURATION:P1D\r\nSUMMARY:Working Day (National Day)\r\nEND:VEVENT\r\n"
      "BEGIN:VEVENT\r\nDTSTART:20261231T200000Z\r\nSUMMARY:Gala\\, evening\r\nEND:VEVENT\r\n"
      "END:VCALENDAR\r\n";
  auto feed = parse_holiday_ics(text, "cn.ics");
  REQUIRE(feed);
  REQUIRE(feed->days.size() == 3);
  CHECK(feed->timed_skipped == 1);
  // sorted by date
  CHECK(feed->days[0].first.iso() == "2026-09-20");
  CHECK(feed->days[0].working);
  CHECK(feed->days[1].first.iso() == "2026-10-01");
  CHECK(feed->days[1].last.iso() == "2026-10-07");  // DTEND is exclusive
  CHECK(feed->days[1].name == "国庆节、中秋节");    // a folded line joins without its space
  CHECK_FALSE(feed->days[1].working);
  CHECK(feed->days[1].line == 3);
  CHECK(feed->days[2].first.iso() == "2026-10-10");
  CHECK(feed->days[2].working);
}

TEST_CASE("ics import: the working-day marks") {
  CHECK(marks_working_day("国庆节 补班"));
  CHECK(marks_working_day("上班"));
  CHECK(marks_working_day("班"));
  CHECK(marks_working_day("National Day make-up Working Day"));
  CHECK_FALSE(marks_working_day("国庆节 休"));
  CHECK_FALSE(marks_working_day("Labour Day"));
}

TEST_CASE("ics import: every bad event is reported at its line, and nothing is returned") {
  const std::string text =
      "BEGIN:VCALENDAR\n"                                                                   // 1
      "BEGIN:VEVENT\nDTSTART;VALUE=DATE:2026-10-10\nSUMMARY:补班\nEND:VEVENT\n"             // 2-5
      "BEGIN:VEVENT\nSUMMARY:no date\nEND:VEVENT\n"                                         // 6-8
      "BEGIN:VEVENT\nDTSTART;VALUE=DATE:20261008\nDTEND;VALUE=DATE:20261001\nEND:VEVENT\n"  // 9-12
      "END:VEVENT\n"                                                                        // 13
      "BEGIN:VEVENT\nDTSTART;VALUE=DATE:20261101\n";                                        // 14-15
  auto feed = parse_holiday_ics(text, "bad.ics");
  REQUIRE_FALSE(feed);
  std::vector<std::string> got;
  for (const auto& d : feed.errors())
    got.push_back(std::to_string(d.line) + ":" + std::to_string(d.col) + " " + d.message);
  REQUIRE(got.size() == 5);
  CHECK(got[0] == "3:20 DTSTART \"2026-10-10\" is not a date like 20261001 or a date-time");
  CHECK(got[1] == "6:1 this event has no DTSTART date");
  CHECK(got[2] == "10:1 the event \"\" ends (2026-10-01) before the day after it starts (2026-10-08)");
  CHECK(got[3] == "13:1 END:VEVENT without a BEGIN:VEVENT");
  CHECK(got[4] == "14:1 this VEVENT never ends: the file stops before END:VEVENT");
  CHECK_FALSE(parse_holiday_ics("hello\n", "x.ics"));
  CHECK_FALSE(parse_holiday_ics("", "x.ics"));
}

// Working-day arithmetic, checked against dates worked out on a paper calendar.
#include <doctest/doctest.h>

#include "plan/calendar.hpp"

using namespace pmadmin;

namespace {
Date d(const char* iso) { return *Date::parse(iso); }
Calendar weekdays_with(std::vector<HolidayRange> holidays) {
  Calendar c;
  c.holidays = std::move(holidays);
  return c;
}
}  // namespace

TEST_CASE("calendar: weekdays only, indices from the project start") {
  WorkCalendar cal(weekdays_with({}), d("2026-03-02"));  // a Monday
  CHECK(cal.index_on_or_after(d("2026-03-02")) == 0);
  CHECK(cal.index_on_or_after(d("2026-03-06")) == 4);   // Friday
  CHECK(cal.index_on_or_after(d("2026-03-07")) == 5);   // Saturday -> next Monday
  CHECK(cal.index_on_or_before(d("2026-03-08")) == 4);  // Sunday -> Friday
  CHECK(cal.date_of(5) == d("2026-03-09"));
  CHECK(cal.date_of(-1) == d("2026-02-27"));  // before the start: the Friday before
  CHECK(cal.index_on_or_after(d("2026-02-27")) == -1);
  // SPEC §3: a 5-day task starting Wednesday finishes the next Tuesday.
  CHECK(cal.finish_of(d("2026-03-04"), 5) == d("2026-03-10"));
  CHECK(cal.workdays_between(d("2026-03-02"), d("2026-03-13")) == 10);
  CHECK(cal.workdays_between(d("2026-03-13"), d("2026-03-02")) == 0);
}

TEST_CASE("calendar: a project starting on a weekend begins on Monday") {
  WorkCalendar cal(weekdays_with({}), d("2026-03-07"));
  CHECK(cal.date_of(0) == d("2026-03-09"));
  CHECK(cal.index_on_or_after(d("2026-03-06")) == -1);
}

TEST_CASE("calendar: year boundary with New Year's Day off") {
  WorkCalendar cal(weekdays_with({{d("2027-01-01"), d("2027-01-01"), ""}}), d("2026-12-28"));
  // Mon 28, Tue 29, Wed 30, Thu 31, (Fri 1 Jan holiday), Mon 4 Jan.
  CHECK(cal.finish_of(d("2026-12-28"), 5) == d("2027-01-04"));
  CHECK_FALSE(cal.is_workday(d("2027-01-01")));
  CHECK(cal.add_workdays(d("2026-12-31"), 1) == d("2027-01-04"));
  CHECK(cal.workdays_between(d("2026-12-28"), d("2027-01-08")) == 9);
}

TEST_CASE("calendar: Feb 29 2028 is a working day, and can be a holiday") {
  WorkCalendar plain(weekdays_with({}), d("2028-02-28"));
  CHECK(plain.is_workday(d("2028-02-29")));
  CHECK(plain.finish_of(d("2028-02-28"), 3) == d("2028-03-01"));  // Mon 28, Tue 29, Wed 1
  WorkCalendar leap(weekdays_with({{d("2028-02-29"), d("2028-02-29"), ""}}), d("2028-02-28"));
  CHECK(leap.finish_of(d("2028-02-28"), 3) == d("2028-03-02"));
  CHECK(leap.date_of(1) == d("2028-03-01"));
}

TEST_CASE("calendar: a holiday range over a weekend removes only its working days") {
  // 2026-05-01 (Fri) .. 2026-05-05 (Tue): Fri, Mon and Tue are lost; the weekend was free anyway.
  WorkCalendar cal(weekdays_with({{d("2026-05-01"), d("2026-05-05"), ""}}), d("2026-03-02"));
  CHECK(cal.workdays_between(d("2026-04-27"), d("2026-05-08")) == 7);
  CHECK(cal.finish_of(d("2026-04-30"), 2) == d("2026-05-06"));
  CHECK(cal.next_workday_on_or_after(d("2026-05-01")) == d("2026-05-06"));
  CHECK(cal.index_on_or_after(d("2026-05-06")) == cal.index_on_or_after(d("2026-04-30")) + 1);
  // Round trip over a whole year of indices.
  for (long i = -300; i < 300; ++i) {
    Date day = cal.date_of(i);
    REQUIRE(cal.is_workday(day));
    REQUIRE(cal.index_on_or_after(day) == i);
  }
}

TEST_CASE("calendar: a six-day week and a Sunday-Thursday week") {
  Calendar six;
  six.workdays = {0, 1, 2, 3, 4, 5};
  WorkCalendar cal(six, d("2026-03-02"));
  CHECK(cal.finish_of(d("2026-03-02"), 7) == d("2026-03-09"));  // Mon..Sat, then Mon
  Calendar gulf;
  gulf.workdays = {0, 1, 2, 3, 6};        // Sun..Thu
  WorkCalendar g(gulf, d("2026-03-06"));  // Friday: starts Sunday
  CHECK(g.date_of(0) == d("2026-03-08"));
  CHECK(g.finish_of(d("2026-03-08"), 6) == d("2026-03-15"));  // Sun..Thu, then Sun
}

TEST_CASE("calendar: China's National Day 2026, a holiday week and a make-up Saturday") {
  // Holidays Thu 10-01 .. Wed 10-07; make-up working days Sun 09-27 and Sat 10-10 (调休).
  // From Mon 09-28 the working days are, on paper:
  //   09-28 (0) 09-29 (1) 09-30 (2) | 10-01..10-07 off | 10-08 (3) 10-09 (4) 10-10 Sat (5)
  //   10-11 Sun off, 10-12 (6) 10-13 (7)
  Calendar c = weekdays_with({{d("2026-10-01"), d("2026-10-07"), "国庆节"}});
  c.workdays_extra = {{d("2026-09-27"), d("2026-09-27"), "补班"}, {d("2026-10-10"), d("2026-10-10"), "补班"}};
  WorkCalendar cal(c, d("2026-09-28"));
  CHECK(cal.is_workday(d("2026-09-27")));
  CHECK(cal.index_on_or_after(d("2026-09-27")) == -1);  // the Sunday before the start is worked
  CHECK(cal.index_on_or_after(d("2026-09-26")) == -1);
  CHECK(cal.date_of(-2) == d("2026-09-25"));
  CHECK_FALSE(cal.is_workday(d("2026-10-05")));
  CHECK(cal.is_workday(d("2026-10-10")));
  CHECK_FALSE(cal.is_workday(d("2026-10-11")));
  CHECK(cal.index_on_or_after(d("2026-10-01")) == 3);
  CHECK(cal.date_of(3) == d("2026-10-08"));
  CHECK(cal.date_of(5) == d("2026-10-10"));
  CHECK(cal.date_of(6) == d("2026-10-12"));
  CHECK(cal.index_on_or_before(d("2026-10-11")) == 5);
  CHECK(cal.finish_of(d("2026-09-28"), 5) == d("2026-10-09"));
  CHECK(cal.finish_of(d("2026-09-30"), 4) == d("2026-10-10"));
  CHECK(cal.workdays_between(d("2026-09-28"), d("2026-10-13")) == 8);
  CHECK(cal.workdays_between(d("2026-10-10"), d("2026-10-11")) == 1);
}

TEST_CASE("calendar: a make-up day that is also a holiday stays a holiday") {
  Calendar c = weekdays_with({{d("2026-10-10"), d("2026-10-10"), ""}});
  c.workdays_extra = {{d("2026-10-10"), d("2026-10-10"), ""}};
  WorkCalendar cal(c, d("2026-10-05"));
  CHECK_FALSE(cal.is_workday(d("2026-10-10")));
  CHECK(cal.workdays_between(d("2026-10-05"), d("2026-10-11")) == 5);
}

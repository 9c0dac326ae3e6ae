// Calendar changes: holidays and make-up days move the plan as worked by hand; conflicts
// are refused; an import is all or nothing.
#include <doctest/doctest.h>

#include "edit/calendar.hpp"
#include "plan/schedule.hpp"
#include "unit/helpers.hpp"

using namespace pmadmin;

namespace {
Date d(const char* iso) { return *Date::parse(iso); }
HolidayRange days(const char* first, const char* last, const char* name = "") { return {d(first), d(last), name}; }
}  // namespace

TEST_CASE("calendar edits: a holiday and a make-up Saturday move t-1 as on paper") {
  // small_project: start Mon 2026-03-02, t-1 is 2 days: 03-02..03-03.
  Project p = test::load_small_project();
  const Date today = d("2026-02-20");
  auto h = add_holiday(p, days("2026-03-02", "2026-03-02", "Holiday"), test::kAsAlice, today);
  REQUIRE(h);
  CHECK(h->summary ==
        "added the holiday 2026-03-02; working days lost: 1; 1 task moves; the project finish moves from 2026-03-03 "
        "to 2026-03-04");
  CHECK(compute_schedule(p, today)->find("t-1")->start == d("2026-03-03"));
  // The Saturday before the start is worked but lies before it: t-1 stays.
  auto early = add_workday(p, days("2026-02-28", "2026-02-28"), test::kAsAlice, today);
  REQUIRE(early);
  CHECK(early->summary == "added the make-up working day 2026-02-28; working days gained: 1; no planned date moves");
  // Holiday on Tue 03-03 too; worked Saturday 03-07: t-1 runs Wed 03-04 .. Thu 03-05.
  REQUIRE(add_holiday(p, days("2026-03-03", "2026-03-03"), test::kAsAlice, today));
  REQUIRE(add_workday(p, days("2026-03-07", "2026-03-07", "补班"), test::kAsAlice, today));
  auto s = compute_schedule(p, today);
  CHECK(s->find("t-1")->start == d("2026-03-04"));
  CHECK(s->find("t-1")->finish == d("2026-03-05"));
  REQUIRE(p.config.calendar.holidays.size() == 2);
  CHECK(p.config.calendar.holidays[0].first == d("2026-03-02"));  // kept in date order
  auto again = add_holiday(p, days("2026-03-03", "2026-03-03"), test::kAsAlice, today);
  REQUIRE(again);
  CHECK(again->touched.empty());
  CHECK(again->summary == "2026-03-03 is a holiday already; nothing changed");
}

TEST_CASE("calendar edits: conflicts are refused with the reason") {
  Project p = test::load_small_project();
  const Date today = d("2026-02-20");
  REQUIRE(add_holiday(p, days("2026-10-01", "2026-10-07"), test::kAsAlice, today));
  auto monday = add_workday(p, days("2026-10-12", "2026-10-12"), test::kAsAlice, today);
  REQUIRE_FALSE(monday);
  CHECK(monday.errors()[0].message ==
        "2026-10-12 (mon) is a working day already; a make-up working day is a day off that is worked, like a "
        "Saturday");
  auto both = add_workday(p, days("2026-10-03", "2026-10-03"), test::kAsAlice, today);
  REQUIRE_FALSE(both);
  CHECK(both.errors()[0].message ==
        "2026-10-03 is a holiday (2026-10-01..2026-10-07); a day cannot be both a holiday and a working day");
  REQUIRE(add_workday(p, days("2026-10-10", "2026-10-10"), test::kAsAlice, today));
  auto holiday = add_holiday(p, days("2026-10-09", "2026-10-11"), test::kAsAlice, today);
  REQUIRE_FALSE(holiday);
  CHECK(holiday.errors()[0].message ==
        "2026-10-10 is a make-up working day; a day cannot be both a holiday and a working day");
  auto backwards = add_holiday(p, days("2026-10-09", "2026-10-01"), test::kAsAlice, today);
  REQUIRE_FALSE(backwards);
  auto nobody = add_holiday(p, days("2026-12-25", "2026-12-25"), IdentitySources{}, today);
  REQUIRE_FALSE(nobody);
  CHECK(nobody.errors()[0].kind == ErrorKind::permission);
}

TEST_CASE("calendar edits: an import with one conflicting event changes nothing") {
  Project p = test::load_small_project();
  const Date today = d("2026-02-20");
  REQUIRE(add_workday(p, days("2026-10-10", "2026-10-10", "my name"), test::kAsAlice, today));
  const Calendar before = p.config.calendar;
  IcsHolidays feed;
  feed.days = {{d("2026-10-01"), d("2026-10-07"), "国庆节", false, 3},
               {d("2026-10-09"), d("2026-10-10"), "bad", false, 9}};
  auto bad = import_calendar(p, feed, "cn.ics", test::kAsAlice, today);
  REQUIRE_FALSE(bad);
  CHECK(bad.errors()[0].file == "cn.ics");
  CHECK(bad.errors()[0].line == 9);
  CHECK(bad.errors()[0].message ==
        "the event \"bad\" cannot be imported: 2026-10-10 is a make-up working day; a day cannot be both a holiday "
        "and a working day");
  CHECK(p.config.calendar.holidays.empty());  // the good event before the bad one was not kept
  feed.days = {{d("2026-10-01"), d("2026-10-07"), "国庆节", false, 3},
               {d("2026-10-10"), d("2026-10-10"), "国庆节补班", true, 9},
               {d("2026-10-12"), d("2026-10-12"), "班", true, 12}};  // an ordinary Monday
  auto good = import_calendar(p, feed, "cn.ics", test::kAsAlice, today);
  REQUIRE(good);
  CHECK(p.config.calendar.holidays.size() == 1);
  REQUIRE(p.config.calendar.workdays_extra.size() == 1);
  CHECK(p.config.calendar.workdays_extra[0].name == "my name");  // the user's name is kept
  CHECK(good->summary ==
        "imported cn.ics: holidays added: 1; make-up working days added: 0; already in the calendar: 1; left out "
        "(events with a time of day, or working days already): 1; no planned date moves");
  CHECK(before.holidays.empty());
}

TEST_CASE("calendar edits: imported days go into date order among the days already listed") {
  Project p = test::load_small_project();
  const Date today = d("2026-02-20");
  REQUIRE(add_holiday(p, days("2026-05-01", "2026-05-05", "劳动节"), test::kAsAlice, today));
  REQUIRE(add_holiday(p, days("2026-10-01", "2026-10-07", "国庆节"), test::kAsAlice, today));
  IcsHolidays feed;
  feed.days = {{d("2026-12-25"), d("2026-12-25"), "c", false, 9},
               {d("2026-01-01"), d("2026-01-01"), "a", false, 3},
               {d("2026-05-01"), d("2026-05-01"), "b", false, 6}};  // starts with 劳动节: goes after it
  REQUIRE(import_calendar(p, feed, "cn.ics", test::kAsAlice, today));
  std::vector<std::string> names;
  for (const auto& h : p.config.calendar.holidays) names.push_back(h.name);
  CHECK(names == std::vector<std::string>{"a", "劳动节", "b", "国庆节", "c"});
}

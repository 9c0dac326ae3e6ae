// Resource load: how much of each person's time the forecast books, worked out by hand.
#include <doctest/doctest.h>

#include "plan/schedule.hpp"
#include "plan/workload.hpp"
#include "unit/helpers.hpp"

using namespace pmadmin;

namespace {
Date d(const char* iso) { return *Date::parse(iso); }
using test::Team;
}  // namespace

TEST_CASE("load: weekly percentages from effort, duration and capacity") {
  // bob 50%: t1 5d duration only -> works at his capacity, 50% a day for 5 days = 250 of 250.
  // ann 100%: t2 effort 2d over 4d -> 50% a day Mon-Thu = 200 of 500 -> 40%;
  //           t3 3d duration from Wed -> 100% Wed-Fri: Wed and Thu at 150% -> over.
  Team team;
  team.p.people["bob"].capacity_percent = 50;
  team.add("t1", 5, "bob");
  Task& t2 = team.add("t2", 4, "ann");
  t2.effort_days = 2;
  team.add("t3", 3, "ann").start_no_earlier = d("2026-03-04");
  auto s = compute_schedule(team.p, d("2026-01-01"));
  REQUIRE(s);
  auto rows = weekly_load(team.p, *s, d("2026-03-04"), 2);
  REQUIRE(rows.size() == 2);
  const PersonLoad& ann = rows[0];
  const PersonLoad& bob = rows[1];
  CHECK(ann.weeks[0].monday == d("2026-03-02"));
  CHECK(ann.weeks[0].load == 200 + 300);
  CHECK(ann.weeks[0].capacity == 500);
  CHECK(ann.weeks[0].percent() == 100);
  CHECK(ann.weeks[0].peak_day == 150);
  CHECK(ann.weeks[0].over());
  CHECK(ann.weeks[1].load == 0);
  CHECK(bob.weeks[0].load == 250);
  CHECK(bob.weeks[0].capacity == 250);
  CHECK(bob.weeks[0].percent() == 100);
  CHECK_FALSE(bob.weeks[0].over());
  CHECK(daily_load_percent(team.p, t2, 4) == 50);
}

TEST_CASE("load: a holiday takes a day of capacity; milestones, unowned and done work book nothing") {
  // Week of Mon 2026-03-02 with Wednesday a holiday: 4 working days, 400 percent-days for ann.
  // t1 (ann, 3d) runs Mon, Tue, Thu: 300 of 400 = 75%.
  Team team;
  team.p.config.calendar.holidays.push_back({d("2026-03-04"), d("2026-03-04"), ""});
  team.add("t1", 3, "ann");
  team.add("m", 0, "ann", {"t1"});  // a milestone: a moment, no load
  team.add("free", 2, "");          // nobody's: no load
  team.add("old", 2, "bob").status = TaskStatus::done;
  auto s = compute_schedule(team.p, d("2026-03-02"));
  REQUIRE(s);
  auto rows = weekly_load(team.p, *s, d("2026-03-02"), 1);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].person == "ann");
  CHECK(rows[0].weeks[0].capacity == 400);
  CHECK(rows[0].weeks[0].load == 300);
  CHECK(rows[0].weeks[0].percent() == 75);
  CHECK(rows[0].weeks[0].peak_day == 100);
  CHECK_FALSE(rows[0].over());
  CHECK(rows[1].weeks[0].load == 0);  // bob's only task is done
  CHECK(daily_load_percent(team.p, team.p.tasks.at("m"), 0) == 0);
  CHECK(daily_load_percent(team.p, team.p.tasks.at("free"), 2) == 0);
}

TEST_CASE("load: days before today are not load; a person with no capacity booked shows 999%") {
  Team team;
  team.add("t1", 5, "bob");  // Mon 03-02 .. Fri 03-06, started on Monday
  team.p.tasks["t1"].started = d("2026-03-02");
  team.p.tasks["t1"].status = TaskStatus::doing;
  team.p.tasks["t1"].progress = 40;  // 2 of 5 days done: 3 left, from Thursday (today)
  auto s = compute_schedule(team.p, d("2026-03-05"));
  REQUIRE(s);
  auto rows = weekly_load(team.p, *s, d("2026-03-02"), 1);
  CHECK(rows[1].weeks[0].load == 200);  // Thu and Fri: the days from today to the forecast end
  WeekLoad none;
  none.load = 100;
  none.capacity = 0;
  CHECK(none.percent() == 999);
  CHECK(none.over());
}

TEST_CASE("weekly_load_of: one person, or an unknown one with a suggestion") {
  Team team;
  team.add("t1", 2, "ann");
  auto s = compute_schedule(team.p, d("2026-03-02"));
  REQUIRE(s);
  auto only_ann = weekly_load_of(team.p, *s, d("2026-03-02"), 2, "ann");
  REQUIRE(only_ann);
  REQUIRE(only_ann->size() == 1);
  CHECK((*only_ann)[0].weeks.size() == 2);
  auto typo = weekly_load_of(team.p, *s, d("2026-03-02"), 2, "anne");
  REQUIRE_FALSE(typo);
  CHECK(typo.errors()[0].message == "unknown person \"anne\"");
  CHECK(typo.errors()[0].hint == "did you mean \"ann\"?");
}

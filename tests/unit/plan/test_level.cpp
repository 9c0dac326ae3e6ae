// Resource levelling on two-person plans worked out by hand.
#include <doctest/doctest.h>

#include "edit/tasks.hpp"
#include "model/grammar.hpp"
#include "plan/level.hpp"
#include "plan/workload.hpp"
#include "unit/helpers.hpp"

using namespace pmadmin;

namespace {

Date d(const char* iso) { return *Date::parse(iso); }

using test::Team;

/// No person is booked beyond capacity on any day of the forecast.
void require_no_overload(const Project& p) {
  auto s = compute_schedule(p, d("2026-01-01"));
  REQUIRE(s);
  for (const auto& person : weekly_load(p, *s, d("2026-03-02"), 6)) {
    CAPTURE(person.person);
    for (const auto& w : person.weeks) {
      CAPTURE(w.monday.iso());
      CHECK_FALSE(w.over());
    }
  }
}

}  // namespace

TEST_CASE("level: two people, earliest-start rule wins") {
  // ann: a(3), b(2); bob: c(4), d(2) after a; e (milestone) after b, c, d.
  // CPM: a 0-3, b 0-2, c 0-4, d 3-5, e at 5 (Fri 03-06). Floats: a 0, b 3, c 1, d 0.
  // ann is double-booked days 0-1 (a, b), bob day 3 (c, d).
  // Least float first: a 0-3, d 3-5, c 5-9 (no room before d), b 3-5 -> e at 9.
  // Earliest start first: a 0-3, c 0-4, b 3-5, d 4-6 -> e at 6 (Mon 03-09). Kept: it ends first.
  Team team;
  team.add("a", 3, "ann");
  team.add("b", 2, "ann");
  team.add("c", 4, "bob");
  team.add("d", 2, "bob", {"a"});
  team.add("e", 0, "", {"b", "c", "d"});
  auto plan = plan_levelling(team.p, d("2026-01-01"));
  REQUIRE(plan);
  CHECK(plan->finish_before == d("2026-03-06"));
  CHECK(plan->finish_after == d("2026-03-09"));
  REQUIRE(plan->moves.size() == 2);
  CHECK(plan->moves[0].task == "b");
  CHECK(plan->moves[0].from == d("2026-03-02"));
  CHECK(plan->moves[0].to == d("2026-03-05"));
  CHECK(plan->moves[0].delay == 3);
  CHECK(plan->moves[1].task == "d");
  CHECK(plan->moves[1].to == d("2026-03-06"));
  CHECK(plan->moves[1].delay == 1);
  CHECK(plan->cannot_fit.empty());

  auto applied = apply_levelling(team.p, {"ann", "", ""}, d("2026-01-01"));
  REQUIRE(applied);
  CHECK(applied->touched.size() == 2);
  CHECK(team.p.tasks["b"].start_no_earlier == d("2026-03-05"));
  CHECK(team.p.tasks["b"].log.back().action == "level");
  // The plain CPM pass reproduces the levelled dates, and nobody is overbooked.
  auto s = compute_schedule(team.p, d("2026-01-01"));
  REQUIRE(s);
  CHECK(s->find("d")->start == d("2026-03-06"));
  CHECK(s->finish == d("2026-03-09"));
  require_no_overload(team.p);
  // Levelling a levelled plan moves nothing.
  auto again = plan_levelling(team.p, d("2026-01-01"));
  REQUIRE(again);
  CHECK(again->moves.empty());
}

TEST_CASE("level: the task with float is the one delayed") {
  // z(1, nobody) -> y(3, ann) -> w(5, nobody); x(5, ann) alone. CPM: y 1-4, w 4-9, x 0-5;
  // x has 4 days of float. Least float first keeps y at 1-4 and puts x at 4-9: end 9, as
  // planned. Earliest start first would run x 0-5 and push y to 5-8, w to 8-13.
  Team team;
  team.add("z", 1, "");
  team.add("y", 3, "ann", {"z"});
  team.add("w", 5, "", {"y"});
  team.add("x", 5, "ann");
  auto plan = plan_levelling(team.p, d("2026-01-01"));
  REQUIRE(plan);
  REQUIRE(plan->moves.size() == 1);
  CHECK(plan->moves[0].task == "x");
  CHECK(plan->moves[0].to == d("2026-03-06"));
  CHECK(plan->finish_after == plan->finish_before);
  CHECK(plan->finish_after == d("2026-03-12"));
}

TEST_CASE("level: priority keeps a task in place; a task larger than its owner cannot fit") {
  Team team;
  team.add("a", 2, "ann");
  team.add("b", 2, "ann").priority = 900;  // same float, higher priority: b keeps day 0
  auto plan = plan_levelling(team.p, d("2026-01-01"));
  REQUIRE(plan);
  REQUIRE(plan->moves.size() == 1);
  CHECK(plan->moves[0].task == "a");

  team.p.people["bob"].capacity_percent = 50;
  Task& big = team.add("big", 2, "bob");
  big.effort_days = 2;  // 2 days of effort in 2 days: 100% of bob, who has 50%
  auto stuck = plan_levelling(team.p, d("2026-01-01"));
  REQUIRE(stuck);
  REQUIRE(stuck->cannot_fit.size() == 1);
  CHECK(stuck->cannot_fit[0].find("big needs 100% of bob, who has 50%") == 0);
}

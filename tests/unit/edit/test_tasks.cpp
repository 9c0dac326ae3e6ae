// schedule add/progress/move/baseline on small in-memory projects.
#include <doctest/doctest.h>

#include "edit/tasks.hpp"
#include "plan/baseline.hpp"
#include "plan/cost.hpp"
#include "plan/schedule.hpp"
#include "store/validate.hpp"
#include "unit/helpers.hpp"

using namespace pmadmin;
using test::kAsAlice;

namespace {
using test::load_small_project;
Date d(const char* iso) { return *Date::parse(iso); }
const Date kToday = d("2026-03-04");  // Wednesday
IdentitySources as(const char* who) { return IdentitySources{who, "", ""}; }
}  // namespace

TEST_CASE("schedule add: a task after t-1, with its dates in the summary") {
  Project p = load_small_project();  // t-1: 2d, bob, from Mon 03-02
  NewTask n;
  n.id = "design";
  n.title = "设计首页原型";
  n.duration_days = 5;
  n.after = {"t-1"};
  n.owner = "bob";
  n.due = d("2026-03-13");
  auto r = add_task(p, n, kAsAlice, kToday);
  REQUIRE(r);
  auto files = test::files_of(p, *r);
  REQUIRE(files.size() == 1);
  CHECK(files[0].path == "tasks/design.yaml");
  CHECK(files[0].create);
  // t-1 is not started, so not before today: Wed-Thu; design Fri 03-06 .. Thu 03-12.
  CHECK(r->summary ==
        "added design \"设计首页原型\": 2026-03-06 .. 2026-03-12 (5 working days); project finish 2026-03-05 -> "
        "2026-03-12");
  CHECK(files[0].bytes.find("depends:\n  - t-1\n") != std::string::npos);
  CHECK(validate_project(p).empty());

  NewTask typo;
  typo.title = "x";
  typo.duration_days = 1;
  typo.after = {"t-2"};
  auto bad = add_task(p, typo, kAsAlice, kToday);
  REQUIRE_FALSE(bad);
  CHECK(bad.errors()[0].message == "unknown task \"t-2\" in --after");
  CHECK(bad.errors()[0].hint == "did you mean \"t-1\"?");

  NewTask ms;
  ms.title = "Sign-off";
  ms.milestone = true;
  ms.duration_days = 3;
  CHECK_FALSE(add_task(p, ms, kAsAlice, kToday));
  ms.duration_days.reset();
  ms.after = {"design"};
  auto m = add_task(p, ms, kAsAlice, kToday);
  REQUIRE(m);
  CHECK(m->summary.find("on 2026-03-12") != std::string::npos);  // the day design finishes
  CHECK(test::files_of(p, *m)[0].path.substr(0, 8) == "tasks/t-");

  NewTask no_length;
  no_length.title = "How long?";
  CHECK_FALSE(add_task(p, no_length, kAsAlice, kToday));
}

TEST_CASE("schedule progress: start, percentage, done, and refusals") {
  Project p = load_small_project();
  auto r = record_progress(p, "t-1", 40, kToday, kAsAlice, kToday);
  REQUIRE(r);
  const Task& t = p.tasks["t-1"];
  CHECK(t.status == TaskStatus::doing);
  CHECK(t.started == kToday);
  CHECK(t.progress == 40);
  CHECK(t.log.back().detail == "progress 0% -> 40%");
  auto done = record_progress(p, "t-1", std::nullopt, d("2026-03-04"), kAsAlice, d("2026-03-05"));
  REQUIRE(done);
  CHECK(t.status == TaskStatus::done);
  CHECK(t.finished == d("2026-03-04"));
  CHECK(t.progress == 100);
  CHECK_FALSE(record_progress(p, "t-1", 50, d("2026-03-09"), kAsAlice, kToday));  // in the future
  CHECK_FALSE(record_progress(p, "t-9", 50, kToday, kAsAlice, kToday));
  auto again = record_progress(p, "t-1", std::nullopt, kToday, kAsAlice, kToday);
  REQUIRE(again);
  CHECK(again->touched.empty());
}

TEST_CASE("schedule progress 0: back to todo, naming the start it clears, or '-' when none was recorded") {
  Project p = load_small_project();
  Task& t = p.tasks["t-1"];
  t.status = TaskStatus::doing;  // doing by a hand edit, without a start date
  REQUIRE(record_progress(p, "t-1", 0, kToday, kAsAlice, kToday));
  CHECK(t.status == TaskStatus::todo);
  CHECK(t.log.back().detail == "progress 0% -> 0%, back to todo (started - cleared)");
  REQUIRE(record_progress(p, "t-1", 30, d("2026-03-03"), kAsAlice, kToday));
  REQUIRE(record_progress(p, "t-1", 0, kToday, kAsAlice, kToday));
  CHECK(!t.started);
  CHECK(t.log.back().detail == "progress 30% -> 0%, back to todo (started 2026-03-03 cleared)");
}

TEST_CASE("schedule move: needs a reason, logs it, shows the effect") {
  Project p = load_small_project();
  MoveSpec m;
  m.start = std::optional<Date>(d("2026-03-09"));
  CHECK_FALSE(move_task(p, "t-1", m, kAsAlice, kToday));  // no reason
  m.reason = "client workshop moved";
  auto r = move_task(p, "t-1", m, as("alice"), kToday);
  REQUIRE(r);
  const Task& t = p.tasks["t-1"];
  CHECK(t.start_no_earlier == d("2026-03-09"));
  CHECK(t.log.back().action == "move");
  CHECK(t.log.back().by == "alice");
  CHECK(t.log.back().reason == "client workshop moved");
  CHECK(r->summary ==
        "t-1: start-no-earlier - -> 2026-03-09; 2026-03-04..2026-03-05 -> 2026-03-09..2026-03-10; "
        "project finish 2026-03-05 -> 2026-03-10");
  MoveSpec longer;
  longer.duration_days = 4;
  longer.reason = "more pages";
  REQUIRE(move_task(p, "t-1", longer, kAsAlice, kToday));
  CHECK(p.tasks["t-1"].duration_days == 4);
}

TEST_CASE("baseline: needs set-baseline; diff shows slip in working days") {
  Project p = load_small_project();  // alice is client-admin without set-baseline here
  p.config.roles[0].second.permissions.push_back(Permission::set_baseline);
  auto denied = save_baseline(p, "approved", false, as("bob"), kToday);
  REQUIRE_FALSE(denied);
  CHECK(denied.errors()[0].kind == ErrorKind::permission);
  auto saved = save_baseline(p, "approved", false, as("alice"), kToday);
  REQUIRE(saved);
  CHECK(test::files_of(p, *saved)[0].path == "baselines/approved.yaml");
  CHECK(test::files_of(p, *saved)[0].create);
  const Baseline& b = p.baselines["approved"];
  CHECK(b.by == "alice");
  REQUIRE(b.tasks.size() == 1);
  CHECK(b.tasks[0].second.finish == d("2026-03-05"));
  CHECK_FALSE(save_baseline(p, "approved", false, as("alice"), kToday));  // exists
  CHECK(save_baseline(p, "approved", true, as("alice"), kToday));

  // Slip: t-1 pushed to start Mon 03-09 -> finishes Tue 03-10, 3 working days late.
  p.tasks["t-1"].start_no_earlier = d("2026-03-09");
  auto s = compute_schedule(p, kToday);
  REQUIRE(s);
  BaselineDiff diff = diff_baseline(p, *s, b);
  CHECK(diff.project_slip == 3);
  REQUIRE(diff.tasks.size() == 1);
  CHECK(diff.tasks[0].finish_slip == 3);
  CHECK(diff.tasks[0].start_slip == 3);
  CHECK(latest_baseline(p)->name == "approved");
}

TEST_CASE("planned cost: cost, else effort x the owner's rate") {
  Project p = load_small_project();
  Task& t = p.tasks["t-1"];
  CHECK_FALSE(planned_cost(p, t));
  p.people["bob"].rate = Money::parse("800.00");
  CHECK(planned_cost(p, t)->str() == "1600.00");  // 2d duration x 800
  t.effort_days = 3;
  CHECK(planned_cost(p, t)->str() == "2400.00");
  t.cost = Money::parse("5000");
  CHECK(planned_cost(p, t)->str() == "5000.00");
}

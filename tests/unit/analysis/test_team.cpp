// The agenda and the performance figures on hand-built projects.
#include <doctest/doctest.h>

#include "analysis/team.hpp"
#include "unit/helpers.hpp"

using namespace pmadmin;

namespace {

Date d(const char* iso) { return *Date::parse(iso); }

Review meeting(const char* id, const char* date) {
  Review r;
  r.id = id;
  r.kind = ReviewKind::meeting;
  r.title = "Weekly status";
  r.date = d(date);
  return r;
}

Review inspection(const char* id, const char* task, const char* date, bool passed) {
  Review r;
  r.id = id;
  r.kind = ReviewKind::quality;
  r.task = task;
  r.date = d(date);
  r.result = passed ? InspectionResult::pass : InspectionResult::fail;
  return r;
}

}  // namespace

TEST_CASE("agenda: exactly the open actions, tasks due, finished work and risks of the period") {
  Project p = test::audited_project();  // starts Mon 2026-03-02
  p.config.meetings = {Meeting{"Weekly status", MeetingEvery::week, "mon", "10:00", 60}};
  Task& a = test::add_task(p, "a", 3);  // done on 03-05, after the last meeting (03-02)
  a.status = TaskStatus::done;
  a.progress = 100;
  a.started = d("2026-03-02");
  a.finished = d("2026-03-05");
  Task& b = test::add_task(p, "b", 10);  // due Fri 03-06: by the next meeting (Mon 03-09)
  b.due = d("2026-03-06");
  Task& c = test::add_task(p, "c", 10);  // due 03-20: later
  c.due = d("2026-03-20");
  Review m = meeting("m-1", "2026-03-02");
  Task& act = test::add_task(p, "act", 1);
  act.owner = "bob";
  act.due = d("2026-03-04");  // late by the status date
  m.actions = {ActionItem{"Send the files", "bob", d("2026-03-04"), "act"}};
  p.reviews["m-1"] = m;
  Risk r;
  r.id = "r-1";
  r.title = "Vendor";
  r.probability = 2;
  r.impact = 2;
  r.review_by = d("2026-03-09");
  p.risks["r-1"] = r;
  Risk later = r;
  later.id = "r-2";
  later.review_by = d("2026-03-10");
  p.risks["r-2"] = later;
  auto agenda = prepare_agenda(p, d("2026-03-05"), std::nullopt);  // a Thursday
  REQUIRE(agenda);
  CHECK(agenda->date == d("2026-03-09"));
  CHECK(agenda->last == d("2026-03-02"));
  REQUIRE(agenda->actions.size() == 1);
  CHECK(agenda->actions[0].text == "Send the files");
  CHECK(agenda->actions[0].overdue);
  REQUIRE(agenda->due.size() == 1);
  CHECK(agenda->due[0].task->id == "b");
  REQUIRE(agenda->finished.size() == 1);
  CHECK(agenda->finished[0]->id == "a");
  REQUIRE(agenda->risks.size() == 1);
  CHECK(agenda->risks[0]->id == "r-1");
  REQUIRE(agenda->late.size() == 1);  // as check words it
  CHECK(agenda->late[0].rfind("task act \"Task act\" was due 2026-03-04", 0) == 0);
  CHECK(agenda->surveys.empty());
  // Once the action's task is done, it leaves the agenda.
  p.tasks["act"].status = TaskStatus::done;
  p.tasks["act"].progress = 100;
  p.tasks["act"].started = d("2026-03-02");
  p.tasks["act"].finished = d("2026-03-03");
  agenda = prepare_agenda(p, d("2026-03-05"), d("2026-03-06"));
  REQUIRE(agenda);
  CHECK(agenda->date == d("2026-03-06"));
  CHECK(agenda->actions.empty());
  CHECK(agenda->risks.empty());
}

TEST_CASE("performance: on-time rate, slip and first-pass yield on a hand-worked set") {
  Project p = test::audited_project();
  // bob's three tasks, finished in March: x due 03-06 done 03-06 (on time), y due 03-06
  // done Wed 03-11 (3 working days late: 9, 10, 11), z without deadline (not counted).
  auto done = [&](const char* id, const char* due, const char* finished, const char* category) -> Task& {
    Task& t = test::add_task(p, id, 2);
    t.owner = "bob";
    t.category = category;
    if (due[0]) t.due = d(due);
    t.status = TaskStatus::done;
    t.progress = 100;
    t.started = d("2026-03-02");
    t.finished = d(finished);
    return t;
  };
  done("x", "2026-03-06", "2026-03-06", "design");
  done("y", "2026-03-06", "2026-03-11", "design");
  done("z", "", "2026-03-12", "build");
  test::add_task(p, "open", 2).owner = "bob";
  // First inspections: x passed; y failed then passed; z passed. By category: design 1 of 2, build 1 of 1.
  p.reviews["q-1"] = inspection("q-1", "x", "2026-03-06", true);
  p.reviews["q-2"] = inspection("q-2", "y", "2026-03-09", false);
  p.reviews["q-3"] = inspection("q-3", "y", "2026-03-11", true);
  p.reviews["q-4"] = inspection("q-4", "z", "2026-03-12", true);
  Review fb;
  fb.id = "f-1";
  fb.kind = ReviewKind::performance;
  fb.person = "bob";
  fb.date = d("2026-03-10");
  fb.rating = 4;
  fb.kudos = "thanks";
  p.reviews["f-1"] = fb;
  fb.id = "f-2";
  fb.rating = 3;
  fb.kudos = "";
  p.reviews["f-2"] = fb;
  auto t = team_performance(p, d("2026-03-13"), d("2026-03-01"), d("2026-03-31"), "bob");
  REQUIRE(t);
  REQUIRE(t->people.size() == 1);
  const Performance& bob = t->people[0];
  CHECK(bob.assigned == 4);
  CHECK(bob.open == 1);
  CHECK(bob.done == 3);
  CHECK(bob.with_deadline == 2);
  CHECK(*bob.on_time_rate() == doctest::Approx(0.5));
  CHECK(*bob.mean_slip() == doctest::Approx(1.5));  // (0 + 3) / 2
  CHECK(bob.inspected == 3);
  CHECK(*bob.first_pass_yield() == doctest::Approx(2.0 / 3));
  CHECK(*bob.rating() == doctest::Approx(3.5));
  CHECK(bob.kudos == 1);
  REQUIRE(t->by_category.size() == 2);
  CHECK(t->by_category[0].category == "build");
  CHECK(t->by_category[0].first_pass == 1);
  CHECK(t->by_category[1].category == "design");
  CHECK(t->by_category[1].inspected == 2);
  CHECK(t->by_category[1].first_pass == 1);
  // A period that holds only y's rework: nothing done, one first inspection (failed).
  t = team_performance(p, d("2026-03-13"), d("2026-03-09"), d("2026-03-10"), "bob");
  REQUIRE(t);
  CHECK(t->people[0].done == 0);
  CHECK(t->people[0].inspected == 1);
  CHECK(*t->people[0].first_pass_yield() == doctest::Approx(0.0));
  CHECK(!team_performance(p, d("2026-03-13"), d("2026-03-10"), d("2026-03-09")));
}

// CPM, forecast and cycles against networks worked out by hand.
#include <doctest/doctest.h>

#include "model/grammar.hpp"
#include "plan/schedule.hpp"
#include "store/store.hpp"
#include "store/validate.hpp"

using namespace pmadmin;

namespace {

Date d(const char* iso) { return *Date::parse(iso); }

/// A project built in memory; weekdays only unless holidays are added.
struct Plan {
  Project p;
  explicit Plan(const char* start = "2026-03-02") { p.config.start = d(start); }
  Task& add(const std::string& id, int days, const std::vector<std::string>& deps = {}) {
    Task t;
    t.id = id;
    t.title = id;
    t.src.file = "tasks/" + id + ".yaml";
    if (days == 0) t.kind = TaskKind::milestone;
    t.duration_days = days;
    for (std::size_t i = 0; i < deps.size(); ++i) {
      t.depends.push_back(*parse_dependency(deps[i]));
      t.src.marks["depends[" + std::to_string(i) + "]"] = Mark{6, static_cast<int>(5 + i)};
    }
    return p.tasks[id] = t;
  }
  Schedule run(const char* today = "2026-01-01") {
    auto s = compute_schedule(p, d(today));
    REQUIRE(s);
    return *s;
  }
};

const ScheduledTask& at(const Schedule& s, const char* id) {
  const ScheduledTask* t = s.find(id);
  REQUIRE(t != nullptr);
  return *t;
}

}  // namespace

TEST_CASE("cpm: textbook network, early/late dates, floats and the critical path") {
  // A(3) -> B(4) -> D(5) -> F(2);  A -> C(2) -> E(3) -> F.  Worked on paper in day numbers
  // (start of day, 0-based):
  //   task  ES EF  LS LF  TF FF
  //   A      0  3   0  3   0  0
  //   B      3  7   3  7   0  0
  //   C      3  5   7  9   4  0
  //   D      7 12   7 12   0  0
  //   E      5  8   9 12   4  4
  //   F     12 14  12 14   0  0     critical: A B D F, 14 working days.
  Plan plan;
  plan.add("a", 3);
  plan.add("b", 4, {"a"});
  plan.add("c", 2, {"a"});
  plan.add("d", 5, {"b"});
  plan.add("e", 3, {"c"});
  plan.add("f", 2, {"d", "e"});
  Schedule s = plan.run();
  struct Row {
    const char* id;
    long es, ef, ls, lf, tf, ff;
  };
  for (Row r : {Row{"a", 0, 3, 0, 3, 0, 0}, Row{"b", 3, 7, 3, 7, 0, 0}, Row{"c", 3, 5, 7, 9, 4, 0},
                Row{"d", 7, 12, 7, 12, 0, 0}, Row{"e", 5, 8, 9, 12, 4, 4}, Row{"f", 12, 14, 12, 14, 0, 0}}) {
    CAPTURE(r.id);
    const auto& t = at(s, r.id);
    CHECK(t.es == r.es);
    CHECK(t.ef == r.ef);
    CHECK(t.ls == r.ls);
    CHECK(t.lf == r.lf);
    CHECK(t.total_float == r.tf);
    CHECK(t.free_float == r.ff);
    CHECK(t.critical == (r.tf == 0));
  }
  CHECK(s.critical_path == std::vector<std::string>{"a", "b", "d", "f"});
  // The same in dates, from Monday 2026-03-02 on a Monday-Friday week.
  CHECK(at(s, "a").finish == d("2026-03-04"));
  CHECK(at(s, "b").start == d("2026-03-05"));
  CHECK(at(s, "b").finish == d("2026-03-10"));
  CHECK(at(s, "e").start == d("2026-03-09"));
  CHECK(at(s, "e").late_finish == d("2026-03-17"));
  CHECK(at(s, "f").start == d("2026-03-18"));
  CHECK(s.finish == d("2026-03-19"));
  CHECK(s.working_days == 14);
}

TEST_CASE("cpm: start-to-start and finish-to-finish with lags") {
  // A(5) 0-5. B(4) ss+2: starts 2, ends 6. C(3) ff+1: ends >= 5+1 = 6, starts 3.
  // D(2) after B and C: 6-8. A: late end limited by C (ff+1): LF = 6-1 = 5 -> TF 0;
  // B, C: LF 6 -> TF 0; all critical.
  Plan plan;
  plan.add("a", 5);
  plan.add("b", 4, {"a:ss+2d"});
  plan.add("c", 3, {"a:ff+1d"});
  plan.add("d", 2, {"b", "c"});
  Schedule s = plan.run();
  CHECK(at(s, "b").es == 2);
  CHECK(at(s, "b").ef == 6);
  CHECK(at(s, "c").es == 3);
  CHECK(at(s, "c").ef == 6);
  CHECK(at(s, "d").es == 6);
  CHECK(at(s, "b").start == d("2026-03-04"));
  CHECK(at(s, "c").finish == d("2026-03-09"));
  CHECK(at(s, "a").total_float == 0);
  // Lengthen D's other path: B(4) ss+2 ends 6, but make C shorter so it has float.
  plan.p.tasks["c"].duration_days = 1;        // ff+1: ends 6, starts 5; nothing changes at the end
  plan.p.tasks["b"].depends[0].lag_days = 4;  // B 4-8, D 8-10; C now has 2 days of float
  Schedule s2 = plan.run();
  CHECK(at(s2, "d").es == 8);
  CHECK(at(s2, "c").total_float == 2);
  CHECK(at(s2, "c").free_float == 2);
  CHECK(at(s2, "a").total_float == 0);  // B's start drives from A's start + 4
}

TEST_CASE("cpm: a negative lag overlaps the successor with its predecessor") {
  // A(5) 0-5, B(3) fs-2: starts 3 (A's fourth day), ends 6.
  Plan plan;
  plan.add("a", 5);
  plan.add("b", 3, {"a:fs-2d"});
  Schedule s = plan.run();
  CHECK(at(s, "b").es == 3);
  CHECK(at(s, "b").start == d("2026-03-05"));
  CHECK(at(s, "b").finish == d("2026-03-09"));
  CHECK(s.finish == d("2026-03-09"));
  // A lead cannot pull work before the project start.
  Plan early;
  early.add("a", 1);
  early.add("b", 3, {"a:fs-5d"});
  CHECK(at(early.run(), "b").es == 0);
}

TEST_CASE("cpm: milestones are dated on the day their predecessor finishes") {
  // Design(3) Mon-Wed; milestone "approved" = Wed; Build(2) starts Thu.
  Plan plan;
  plan.add("design", 3);
  plan.add("approved", 0, {"design"});
  plan.add("build", 2, {"approved"});
  plan.add("kickoff", 0);
  Schedule s = plan.run();
  CHECK(at(s, "approved").start == d("2026-03-04"));
  CHECK(at(s, "approved").finish == d("2026-03-04"));
  CHECK(at(s, "build").start == d("2026-03-05"));
  CHECK(at(s, "approved").critical);
  CHECK(at(s, "kickoff").finish == d("2026-03-02"));  // no predecessor: the project start
  CHECK(at(s, "kickoff").total_float == 5);
}

TEST_CASE("cpm: a holiday inside a task stretches it") {
  Plan plan;
  plan.p.config.calendar.holidays = {{d("2026-03-04"), d("2026-03-04"), ""}};
  plan.add("a", 3);  // Mon, Tue, (Wed off), Thu
  plan.add("b", 1, {"a"});
  Schedule s = plan.run();
  CHECK(at(s, "a").finish == d("2026-03-05"));
  CHECK(at(s, "b").start == d("2026-03-06"));
}

TEST_CASE("cpm: start-no-earlier on a Saturday starts the task on Monday") {
  Plan plan;
  plan.add("a", 1);
  plan.add("b", 2, {"a"}).start_no_earlier = d("2026-03-07");
  Schedule s = plan.run();
  CHECK(at(s, "b").start == d("2026-03-09"));
  CHECK(at(s, "b").finish == d("2026-03-10"));
  CHECK(at(s, "a").total_float == 4);  // a could finish as late as Friday 03-06: Tue..Fri
  CHECK_FALSE(at(s, "a").critical);
}

TEST_CASE("cpm: a due date that cannot be met gives negative float and slip") {
  // A(3) -> B(4): B finishes Tue 03-10 (index 6) but is due Fri 03-06 (index 4).
  Plan plan;
  plan.add("a", 3);
  plan.add("b", 4, {"a"}).due = d("2026-03-06");
  plan.add("c", 2);
  Schedule s = plan.run();
  CHECK(at(s, "b").due_slip == 2);
  CHECK(at(s, "b").total_float == -2);
  CHECK(at(s, "a").total_float == -2);
  CHECK(at(s, "c").total_float == 5);  // against the project end, index 7
  CHECK(s.critical_path == std::vector<std::string>{"a", "b"});
  plan.p.tasks["b"].due = d("2026-03-10");
  CHECK(at(plan.run(), "b").due_slip == 0);
}

TEST_CASE("forecast: progress and today move unfinished work") {
  // Build(10) started Mon 03-02, 30% done on Tue 03-10 (index 6): 7 days left from today
  // -> end 13, finishes Wed 03-18 (index 12). Test(2) after it: 03-19 .. 03-20.
  // Docs(1) has no predecessor and is not started: not before today.
  // Spec(2) is done: it keeps its actual dates.
  Plan plan;
  Task& spec = plan.add("spec", 2);
  spec.status = TaskStatus::done;
  spec.progress = 100;
  spec.started = d("2026-02-26");
  spec.finished = d("2026-02-27");
  Task& build = plan.add("build", 10);
  build.status = TaskStatus::doing;
  build.started = d("2026-03-02");
  build.progress = 30;
  plan.add("test", 2, {"build"});
  plan.add("docs", 1);
  Schedule s = plan.run("2026-03-10");
  CHECK(at(s, "build").remaining == 7);
  CHECK(at(s, "build").start == d("2026-03-02"));
  CHECK(at(s, "build").finish == d("2026-03-18"));
  CHECK(at(s, "test").start == d("2026-03-19"));
  CHECK(at(s, "test").finish == d("2026-03-20"));
  CHECK(at(s, "docs").start == d("2026-03-10"));
  CHECK(at(s, "spec").start == d("2026-02-26"));
  CHECK(at(s, "spec").finish == d("2026-02-27"));
  CHECK_FALSE(at(s, "spec").critical);
  CHECK(s.critical_path == std::vector<std::string>{"build", "test"});
  // Today on a Saturday: work resumes Monday.
  Schedule sat = plan.run("2026-03-14");
  CHECK(at(sat, "docs").start == d("2026-03-16"));
  CHECK(at(sat, "build").finish == d("2026-03-24"));  // 7 days from Mon 03-16
}

TEST_CASE("cpm: effort over the owner's capacity gives the duration") {
  Plan plan;
  Person half;
  half.id = "bob";
  half.capacity_percent = 50;
  plan.p.people["bob"] = half;
  Task& t = plan.add("a", 0);
  t.kind = TaskKind::task;
  t.duration_days.reset();
  t.effort_days = 3;
  t.owner = "bob";
  CHECK(task_duration(plan.p, t) == 6);
  t.owner.clear();
  CHECK(task_duration(plan.p, t) == 3);
  t.effort_days.reset();
  t.estimate = "2d/4d/9d";
  CHECK(task_duration(plan.p, t) == 4);
  t.estimate.clear();
  bool assumed = false;
  CHECK(task_duration(plan.p, t, &assumed) == 1);
  CHECK(assumed);
}

TEST_CASE("cycles: every task of the cycle is named, at the dependency that closes it") {
  Plan plan;
  plan.add("a", 1, {"b"});
  plan.add("b", 1, {"c"});
  plan.add("c", 1, {"a"});
  plan.add("d", 1, {"a"});  // downstream of the cycle, not part of it
  plan.add("x", 1, {"y"});
  plan.add("y", 1, {"x"});
  auto s = compute_schedule(plan.p, d("2026-03-02"));
  REQUIRE_FALSE(s);
  REQUIRE(s.errors().size() == 2);
  CHECK(s.errors()[0].message ==
        "dependency cycle: \"a\" depends on \"b\", which depends on \"c\", which depends on \"a\"");
  CHECK(s.errors()[0].file == "tasks/a.yaml");
  CHECK(s.errors()[0].line == 6);
  CHECK(s.errors()[1].message == "dependency cycle: \"x\" depends on \"y\", which depends on \"x\"");
  // Validation reports the same, so no command can write a cycle.
  Diagnostics v = validate_project(plan.p);
  CHECK(v.size() == 2);
}

TEST_CASE("cpm: a long chain is scheduled without recursion; a plan longer than 20 years is refused") {
  Plan plan;
  plan.add("t-0", 1);
  for (int i = 1; i < 5000; ++i) plan.add("t-" + std::to_string(i), 1, {"t-" + std::to_string(i - 1)});
  Schedule s = plan.run();
  CHECK(s.working_days == 5000);
  CHECK(s.critical_path.size() == 5000);
  CHECK(s.finish == d("2045-04-28"));  // 1,000 weeks of five days: Friday of week 1,000
  for (int i = 5000; i <= 5300; ++i) plan.add("t-" + std::to_string(i), 1, {"t-" + std::to_string(i - 1)});
  auto too_long = compute_schedule(plan.p, d("2026-01-01"));
  REQUIRE_FALSE(too_long);
  // Working day 5,300 is the Monday of week 1,061: 2026-03-02 + 1,060 weeks.
  CHECK(too_long.errors()[0].message ==
        "task t-5300 would finish on 2046-06-25, more than 20 years after the project start 2026-03-02");
  CHECK(too_long.errors()[0].file == "tasks/t-5300.yaml");
  CHECK(plan_horizon(plan.p) == d("2046-03-02"));
  // A status date past the horizon forecasts the open tasks past it: the date is named.
  Plan small;
  small.add("a", 5);
  auto late_today = compute_schedule(small.p, d("2046-03-03"));
  REQUIRE_FALSE(late_today);
  CHECK(late_today.errors()[0].message ==
        "the status date 2046-03-03 is more than 20 years after the project start 2026-03-02");
  CHECK(late_today.errors()[0].file.empty());
  small.p.tasks.at("a").status = TaskStatus::done;  // nothing left to forecast: fine
  small.p.tasks.at("a").started = d("2026-03-02");
  small.p.tasks.at("a").finished = d("2026-03-06");
  CHECK(compute_schedule(small.p, d("2046-03-03")));
  plan.p.config.start = d("2190-01-01");
  CHECK(plan_horizon(plan.p) == Date::last());  // never past 2200-12-31
}

TEST_CASE("cpm: the bundled example on 2026-04-03, worked by hand") {
  // Working-day indices from Mon 2026-03-02: Fri 04-03 = 24; 04-04..04-06 (清明节) and
  // 05-01..05-05 (劳动节) are holidays; Sat 05-09 is a make-up working day (index 46), so
  // from 46 on each index is a day earlier than on a plain calendar. By hand (index form,
  // end exclusive):
  //   t-08 started 03-30 (20), 8d at 60%: 4 days left from today -> ends 28 (Thu 04-09).
  //   t-11 started 03-25, 3d at 50%: 2 left -> ends 26 (Tue 04-07).
  //   t-09 milestone after t-08 -> 28, dated 04-09. t-12 (15d) after t-09, t-11: 28-43,
  //   finishes 04-30. t-13 (10d) after t-11: 26-36. t-15 started, 10d at 30%: 7 left -> 31.
  //   t-16 after t-15 and t-12:ss+5d -> 33-38. t-17 38-40. t-18 milestone at 43 (04-30).
  //   t-20 43-48 (05-06..05-11, over the worked Saturday), t-22 48-53 (05-12..05-18), t-24
  //   go-live at 53 (05-18), t-25 53-63 (05-19..06-01), t-26 ff with t-25: 61-63 (05-29..06-01).
  //   Finish Mon 2026-06-01.
  //   Backward: t-12 LF = min(t-18 at 43, via t-16 ss+5: 46) = 43 -> float 0; t-13 float 7;
  //   t-11 float 2; t-16 and t-17 float 3; t-23 float 1; t-19 float 17; t-27 float 9.
  RealFileSystem fs;
  Diagnostics warnings;
  auto p = load_project(fs, std::string(PMADMIN_SOURCE_DIR) + "/examples/website-redesign", warnings);
  REQUIRE(p);
  auto s = compute_schedule(*p, d("2026-04-03"));
  REQUIRE(s);
  CHECK(s->finish == d("2026-06-01"));
  CHECK(s->critical_path == std::vector<std::string>{"t-08-visual-design", "t-09-design-approved", "t-12-frontend",
                                                     "t-18-build-done", "t-20-system-test", "t-22-uat", "t-24-go-live",
                                                     "t-25-hypercare", "t-26-handover"});
  struct Row {
    const char* id;
    const char* start;
    const char* finish;
    long tf;
  };
  for (Row r :
       {Row{"t-08-visual-design", "2026-03-30", "2026-04-09", 0}, Row{"t-11-cms-setup", "2026-03-25", "2026-04-07", 2},
        Row{"t-12-frontend", "2026-04-10", "2026-04-30", 0}, Row{"t-13-backend", "2026-04-08", "2026-04-21", 7},
        Row{"t-15-content-write", "2026-03-25", "2026-04-14", 5},
        Row{"t-16-content-migrate", "2026-04-17", "2026-04-23", 3}, Row{"t-17-seo", "2026-04-24", "2026-04-27", 3},
        Row{"t-18-build-done", "2026-04-30", "2026-04-30", 0}, Row{"t-19-test-plan", "2026-04-03", "2026-04-07", 17},
        Row{"t-20-system-test", "2026-05-06", "2026-05-11", 0}, Row{"t-22-uat", "2026-05-12", "2026-05-18", 0},
        Row{"t-23-training", "2026-05-14", "2026-05-15", 1}, Row{"t-24-go-live", "2026-05-18", "2026-05-18", 0},
        Row{"t-25-hypercare", "2026-05-19", "2026-06-01", 0}, Row{"t-26-handover", "2026-05-29", "2026-06-01", 0},
        Row{"t-27-survey", "2026-05-19", "2026-05-19", 9}}) {
    CAPTURE(r.id);
    const auto& t = at(*s, r.id);
    CHECK(t.start == d(r.start));
    CHECK(t.finish == d(r.finish));
    CHECK(t.total_float == r.tf);
  }
  CHECK(at(*s, "t-08-visual-design").remaining == 4);
  CHECK(at(*s, "t-08-visual-design").due_slip == -1);  // due Fri 04-10, forecast Thu 04-09
}

TEST_CASE("cpm: a plan across the National Day holiday with a make-up Saturday") {
  // Start Mon 2026-09-28; holidays 10-01..10-07; Sat 10-10 is worked. Working days (index):
  //   09-28 0, 09-29 1, 09-30 2, 10-08 3, 10-09 4, 10-10 5, 10-12 6, 10-13 7.
  //   a 5d: 0..4 = 09-28..10-09;  b 3d after a: 5..7 = 10-10..10-13;  c 2d: 0..1 = 09-28..09-29
  //   m after b and c: 10-13.  Late finish of c = 7 (10-13), so c has 6 working days of float.
  Plan plan("2026-09-28");
  plan.p.config.calendar.holidays = {{d("2026-10-01"), d("2026-10-07"), "国庆节"}};
  plan.p.config.calendar.workdays_extra = {{d("2026-10-10"), d("2026-10-10"), "国庆节补班"}};
  plan.add("a", 5);
  plan.add("b", 3, {"a"});
  plan.add("c", 2);
  plan.add("m", 0, {"b", "c"});
  Schedule s = plan.run("2026-09-28");
  CHECK(at(s, "a").start == d("2026-09-28"));
  CHECK(at(s, "a").finish == d("2026-10-09"));
  CHECK(at(s, "b").start == d("2026-10-10"));
  CHECK(at(s, "b").finish == d("2026-10-13"));
  CHECK(at(s, "b").span() == 3);
  CHECK(at(s, "c").total_float == 6);
  CHECK(at(s, "c").late_finish == d("2026-10-13"));
  CHECK(at(s, "a").total_float == 0);
  CHECK(s.finish == d("2026-10-13"));
}

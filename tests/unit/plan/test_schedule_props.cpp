// Properties that must hold on any network: random plans (fixed seeds) checked against the
// CPM rules themselves, and levelling that always ends with nobody over-booked.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>

#include "edit/tasks.hpp"
#include "model/grammar.hpp"
#include "plan/calendar.hpp"
#include "plan/level.hpp"
#include "plan/workload.hpp"

using namespace pmadmin;

namespace {

Date d(const char* iso) { return *Date::parse(iso); }

/// A random plan: tasks depend only on earlier ones (so no cycles), mixed FS/SS/FF with lags
/// from -2 to +3, some milestones, some start-no-earlier, some due dates, holidays.
Project random_plan(std::uint64_t seed, int n, int people) {
  std::mt19937_64 rng(seed);
  auto pick = [&](int lo, int hi) { return static_cast<int>(rng() % static_cast<std::uint64_t>(hi - lo + 1)) + lo; };
  Project p;
  p.config.start = d("2026-03-02");
  p.config.calendar.holidays = {{d("2026-04-06"), d("2026-04-06"), ""}, {d("2026-05-01"), d("2026-05-05"), ""}};
  for (int i = 0; i < people; ++i) {
    Person person;
    person.id = "p" + std::to_string(i);
    person.capacity_percent = pick(0, 3) == 0 ? 50 : 100;
    p.people[person.id] = person;
  }
  for (int i = 0; i < n; ++i) {
    Task t;
    t.id = "t" + std::to_string(1000 + i);  // IDs sort in creation order
    t.title = t.id;
    int dur = pick(0, 9) == 0 ? 0 : pick(1, 8);
    t.duration_days = dur;
    if (dur == 0)
      t.kind = TaskKind::milestone;
    else
      t.owner = "p" + std::to_string(pick(0, people - 1));
    for (int k = pick(0, 3); k > 0 && i > 0; --k) {
      Dependency dep;
      dep.task = "t" + std::to_string(1000 + pick(std::max(0, i - 12), i - 1));
      int kind = pick(0, 5);
      dep.type = kind == 0 ? DependencyType::ss : kind == 1 ? DependencyType::ff : DependencyType::fs;
      dep.lag_days = pick(0, 2) == 0 ? pick(-2, 3) : 0;
      t.depends.push_back(dep);
    }
    if (pick(0, 7) == 0) t.start_no_earlier = d("2026-03-02").plus_days(pick(0, 60));
    if (pick(0, 5) == 0) t.due = d("2026-03-20").plus_days(pick(0, 90));
    p.tasks[t.id] = t;
  }
  return p;
}

}  // namespace

TEST_CASE("cpm properties on random networks") {
  for (std::uint64_t seed = 1; seed <= 40; ++seed) {
    CAPTURE(seed);
    Project p = random_plan(seed, 60, 4);
    if (seed % 2 == 0)  // half the networks without deadlines: then no float is negative
      for (auto& [id, t] : p.tasks) t.due.reset();
    auto s = compute_schedule(p, d("2026-01-01"));
    REQUIRE(s);
    long end = 0;
    for (const auto& t : s->tasks) end = std::max(end, t.ef);
    bool any_critical = false;
    const bool any_due =
        std::any_of(p.tasks.begin(), p.tasks.end(), [](const auto& e) { return e.second.due.has_value(); });
    WorkCalendar cal(p.config.calendar, p.config.start);
    std::map<std::string, std::vector<std::pair<std::string, Dependency>>> successors;
    for (const auto& [id, task] : p.tasks)
      for (const auto& dep : task.depends) successors[dep.task].emplace_back(id, dep);
    for (const auto& t : s->tasks) {
      const Task& task = *t.task;
      CAPTURE(task.id);
      CHECK(t.ef - t.es == t.duration);   // duration kept
      CHECK(t.es >= 0);                   // nothing before the project start
      CHECK(t.lf - t.ls == t.ef - t.es);  // late window has the same length
      CHECK(t.total_float == t.ls - t.es);
      CHECK(t.free_float >= 0);
      if (t.total_float >= 0) CHECK(t.free_float <= t.total_float);
      if (!any_due) CHECK(t.total_float >= 0);  // only deadlines make float negative
      CHECK(t.lf <= end);
      any_critical = any_critical || t.critical;
      for (const auto& dep : task.depends) {  // every dependency holds at early and at late dates
        const ScheduledTask& pred = *s->find(dep.task);
        if (dep.type == DependencyType::fs) {
          CHECK(t.es >= pred.ef + dep.lag_days);
          CHECK(pred.lf <= t.ls - dep.lag_days);
        } else if (dep.type == DependencyType::ss) {
          CHECK(t.es >= pred.es + dep.lag_days);
          CHECK(pred.ls <= t.ls - dep.lag_days);
        } else {
          CHECK(t.ef >= pred.ef + dep.lag_days);
          CHECK(pred.lf <= t.lf - dep.lag_days);
        }
      }
      // The forward pass is exactly the largest of the constraints (today is before the
      // start here, so nothing else moves a task), and the backward pass the smallest.
      long bound = 0;
      if (task.start_no_earlier) bound = cal.index_on_or_after(*task.start_no_earlier) + (t.milestone ? 1 : 0);
      for (const auto& dep : task.depends) {
        const ScheduledTask& pred = *s->find(dep.task);
        bound = std::max(bound, dep.type == DependencyType::fs   ? pred.ef + dep.lag_days
                                : dep.type == DependencyType::ss ? pred.es + dep.lag_days
                                                                 : pred.ef + dep.lag_days - t.duration);
      }
      CHECK(t.es == bound);
      long latest = end;
      if (task.due) latest = std::min(latest, cal.index_on_or_before(*task.due) + 1);
      for (const auto& [succ_id, dep] : successors[task.id]) {
        const ScheduledTask& succ = *s->find(succ_id);
        latest = std::min(latest, dep.type == DependencyType::fs   ? succ.ls - dep.lag_days
                                  : dep.type == DependencyType::ss ? succ.ls - dep.lag_days + t.duration
                                                                   : succ.lf - dep.lag_days);
      }
      CHECK(t.lf == latest);
    }
    CHECK(any_critical);
  }
}

TEST_CASE("levelling properties on random plans: nobody over-booked afterwards, nothing earlier") {
  for (std::uint64_t seed = 1; seed <= 25; ++seed) {
    CAPTURE(seed);
    Project p = random_plan(seed, 40, 3);
    for (auto& [id, t] : p.tasks) t.due.reset();  // deadlines do not matter here
    auto before = compute_schedule(p, d("2026-01-01"));
    REQUIRE(before);
    auto applied = apply_levelling(p, {"p0", "", ""}, d("2026-01-01"));
    REQUIRE(applied);
    auto after = compute_schedule(p, d("2026-01-01"));
    REQUIRE(after);
    for (const auto& t : after->tasks) CHECK(t.es >= before->find(t.task->id)->es);  // levelling only delays
    int weeks = static_cast<int>(d("2026-03-02").days_until(after->finish) / 7) + 2;
    for (const auto& row : weekly_load(p, *after, d("2026-03-02"), weeks)) {
      CAPTURE(row.person);
      for (const auto& w : row.weeks) {
        CAPTURE(w.monday.iso());
        CHECK(w.peak_day <= w.day_capacity);
      }
    }
    auto again = plan_levelling(p, d("2026-01-01"));
    REQUIRE(again);
    CHECK(again->moves.empty());  // a levelled plan stays levelled
  }
}

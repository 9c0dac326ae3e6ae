// Correcting the plan: edit, status, remove, and progress taken back.
#include <doctest/doctest.h>

#include "edit/task_verbs.hpp"
#include "edit/tasks.hpp"
#include "unit/helpers.hpp"

using namespace pmadmin;
using test::kAsAlice;

namespace {
Date d(const char* iso) { return *Date::parse(iso); }
}  // namespace

TEST_CASE("schedule edit: fields and dependencies, logged; the effect on the finish is said") {
  // evm_project: a (10 days from Mon 03-02) then b (10 days): finish Fri 03-27.
  Project p = test::evm_project();
  TaskEdit e;
  e.title = "Build the shop";
  e.owner = "bob";
  e.duration_days = 5;
  e.reason = "smaller scope";
  auto out = edit_task(p, "b", e, kAsAlice, d("2026-03-02"));
  REQUIRE(out);
  CHECK(out->summary ==
        "b: title \"B\" -> \"Build the shop\"; owner - -> bob; duration 10d -> 5d; 2026-03-16..2026-03-27 -> "
        "2026-03-16..2026-03-20; project finish 2026-03-27 -> 2026-03-20");
  const Task& b = p.tasks.at("b");
  REQUIRE(b.log.size() == 1);
  CHECK(b.log[0].action == "edit");
  CHECK(b.log[0].by == "alice");
  CHECK(b.log[0].reason == "smaller scope");
  // Dropping the dependency lets b start with a: the finish comes to a's, Fri 03-13.
  TaskEdit drop;
  drop.remove_after = {"a"};
  auto detached = edit_task(p, "b", drop, kAsAlice, d("2026-03-02"));
  REQUIRE(detached);
  CHECK(detached->summary.find("project finish 2026-03-20 -> 2026-03-13") != std::string::npos);
  // A cycle is refused, naming it (the store then writes nothing: the edit works on a copy).
  TaskEdit cycle;
  cycle.add_after = {"b"};
  auto nothing = edit_task(p, "a", TaskEdit{}, kAsAlice, d("2026-03-02"));
  REQUIRE(nothing);
  CHECK(nothing->summary == "a already is like that; nothing changed");
  TaskEdit back;
  back.add_after = {"a"};
  REQUIRE(edit_task(p, "b", back, kAsAlice, d("2026-03-02")));
  Project kept = p;
  auto refused = edit_task(p, "a", cycle, kAsAlice, d("2026-03-02"));
  REQUIRE_FALSE(refused);
  CHECK(refused.errors()[0].message.find("dependency cycle") != std::string::npos);
  p = kept;
  // Unknown owner and dependency get "did you mean".
  TaskEdit typo;
  typo.owner = "bobb";
  CHECK(edit_task(p, "a", typo, kAsAlice, d("2026-03-02")).errors()[0].hint == "did you mean \"bob\"?");
  TaskEdit missing;
  missing.remove_after = {"zz"};
  CHECK_FALSE(edit_task(p, "a", missing, kAsAlice, d("2026-03-02")));
  // Acceptance criteria and tags are added and removed by their text.
  TaskEdit criteria;
  criteria.add_criteria = {"Layout approved", "AA contrast"};
  criteria.add_tags = {"web"};
  REQUIRE(edit_task(p, "a", criteria, kAsAlice, d("2026-03-02")));
  TaskEdit fewer;
  fewer.remove_criteria = {"AA contrast"};
  REQUIRE(edit_task(p, "a", fewer, kAsAlice, d("2026-03-02")));
  CHECK(p.tasks.at("a").acceptance == std::vector<std::string>{"Layout approved"});
  CHECK(p.tasks.at("a").tags == std::vector<std::string>{"web"});
}

TEST_CASE("schedule status: blocked and cancelled with a reason; todo only without progress") {
  Project p = test::evm_project();
  CHECK_FALSE(set_task_status(p, "a", TaskStatus::blocked, "", kAsAlice, d("2026-03-02")));  // no reason
  auto blocked = set_task_status(p, "a", TaskStatus::blocked, "waiting for the client", kAsAlice, d("2026-03-02"));
  REQUIRE(blocked);
  CHECK(p.tasks.at("a").status == TaskStatus::blocked);
  CHECK(p.tasks.at("a").log.back().reason == "waiting for the client");
  // Cancelling a passes its dates through: b starts at once, the finish comes in to 03-13.
  auto cancelled = set_task_status(p, "a", TaskStatus::cancelled, "not needed", kAsAlice, d("2026-03-02"));
  REQUIRE(cancelled);
  CHECK(cancelled->summary.find("project finish 2026-03-27 -> 2026-03-13") != std::string::npos);
  REQUIRE(record_progress(p, "b", 30, d("2026-03-02"), kAsAlice, d("2026-03-02")));
  auto todo = set_task_status(p, "b", TaskStatus::todo, "oops", kAsAlice, d("2026-03-02"));
  REQUIRE_FALSE(todo);
  CHECK(todo.errors()[0].hint == "to undo its start, set its progress back: pmadmin schedule progress b 0");
  CHECK_FALSE(set_task_status(p, "b", TaskStatus::done, "x", kAsAlice, d("2026-03-02")));
}

TEST_CASE("schedule progress: back to 0 undoes the start; a warning when a predecessor is not done") {
  Project p = test::evm_project();
  auto early = record_progress(p, "b", 30, d("2026-03-03"), kAsAlice, d("2026-03-03"));
  REQUIRE(early);
  CHECK(early->summary.find("warning: a (0%) must finish before b starts") != std::string::npos);
  CHECK(p.tasks.at("b").log.back().detail == "progress 0% -> 30% before its predecessor a (0%) was done");
  CHECK(p.tasks.at("b").started == d("2026-03-03"));
  auto undone = record_progress(p, "b", 0, d("2026-03-03"), kAsAlice, d("2026-03-03"));
  REQUIRE(undone);
  const Task& b = p.tasks.at("b");
  CHECK(b.status == TaskStatus::todo);
  CHECK_FALSE(b.started);
  CHECK(b.progress == 0);
  REQUIRE(record_progress(p, "a", std::nullopt, d("2026-03-03"), kAsAlice, d("2026-03-03")));  // done
  CHECK(p.tasks.at("a").finished == d("2026-03-03"));
  auto after = record_progress(p, "b", 10, d("2026-03-03"), kAsAlice, d("2026-03-03"));
  REQUIRE(after);
  CHECK(after->summary.find("warning") == std::string::npos);
}

TEST_CASE("schedule remove: refused while others depend on it or history refers to it") {
  Project p = test::evm_project();
  auto refused = remove_task(p, "a", "mistake", false, kAsAlice, d("2026-03-02"));
  REQUIRE_FALSE(refused);
  CHECK(refused.errors()[0].message == "task a cannot be removed: 1 depends on it: b");
  auto detached = remove_task(p, "a", "mistake", true, kAsAlice, d("2026-03-02"));
  REQUIRE(detached);
  CHECK_FALSE(p.tasks.count("a"));
  CHECK(p.tasks.at("b").depends.empty());
  CHECK(p.tasks.at("b").log.back().detail == "dependency on a dropped: a was removed");
  CHECK(detached->summary == "removed a \"A\"; dependency dropped from b; project finish 2026-03-27 -> 2026-03-13");
  test::spend(p, "e-1", "2026-03-02", "100", "labour", "b");
  auto history = remove_task(p, "b", "mistake", true, kAsAlice, d("2026-03-02"));
  REQUIRE_FALSE(history);
  CHECK(history.errors()[0].message == "task b has a history that refers to it: expense e-1");
}

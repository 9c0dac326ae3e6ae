// Reviews: meeting actions become tasks; inspections name criteria exactly; acceptance
// needs every criterion passed and accept-deliverable; feedback ratings are 1-5.
#include <doctest/doctest.h>

#include "analysis/acceptance.hpp"
#include "edit/reviews.hpp"
#include "unit/helpers.hpp"

using namespace pmadmin;

namespace {

Date d(const char* iso) { return *Date::parse(iso); }
const IdentitySources kAlice{"alice", "", ""};
const IdentitySources kBob{"bob", "", ""};

Project project() {
  Project p = test::audited_project();
  Task& t = test::add_task(p, "t-1", 5);
  t.owner = "bob";
  t.acceptance = {"Layout approved", "AA contrast"};
  return p;
}

}  // namespace

TEST_CASE("review meeting: each action becomes a task with its owner and due date, linked both ways") {
  Project p = project();
  auto a1 = parse_action("Send the logo files;owner=alice;due=2026-03-06");
  auto a2 = parse_action(" Book the room ; owner=bob ");
  REQUIRE(a1);
  REQUIRE(a2);
  CHECK(a2->text == "Book the room");
  NewMeeting m;
  m.attendees = {"alice", "bob"};
  m.decisions = {"Blue palette"};
  m.actions = {*a1, *a2};
  auto out = record_meeting(p, m, kAlice, d("2026-03-04"));
  REQUIRE(out);
  CHECK(out->summary == "meeting m-2026-03-04: 2 attendees, 1 decision, 2 actions (each a task)");
  const Review& r = p.reviews.at("m-2026-03-04");
  REQUIRE(r.actions.size() == 2);
  const Task& first = p.tasks.at(r.actions[0].task);
  CHECK(first.title == "Send the logo files");
  CHECK(first.owner == "alice");
  CHECK(first.due == d("2026-03-06"));
  CHECK(first.tags == std::vector<std::string>{"action"});
  CHECK(first.log[0].detail == "from review m-2026-03-04");
  const Task& second = p.tasks.at(r.actions[1].task);
  CHECK(second.owner == "bob");
  CHECK(!second.due);
  CHECK(out->touched.size() == 3);
  // A second meeting the same day gets its own ID.
  REQUIRE(record_meeting(p, NewMeeting{}, kAlice, d("2026-03-04")));
  CHECK(p.reviews.count("m-2026-03-04-2"));
  // Unknown attendee, bad action grammar, a meeting in the future.
  m.attendees = {"alicee"};
  auto unknown = record_meeting(p, m, kAlice, d("2026-03-04"));
  REQUIRE(!unknown);
  CHECK(unknown.errors()[0].message == "unknown person \"alicee\"");
  CHECK(unknown.errors()[0].hint == "did you mean \"alice\"?");
  CHECK(!parse_action("Text;owner=bob;due=tomorrow"));
  CHECK(!parse_action("Text;who=bob"));
  CHECK(!parse_action(";owner=bob"));
  NewMeeting later;
  later.date = d("2026-03-05");
  CHECK(!record_meeting(p, later, kAlice, d("2026-03-04")));
}

TEST_CASE("review quality and accept: criteria by name, acceptance only after all passed and with the permission") {
  Project p = project();
  NewInspection q;
  q.task = "t-1";
  q.passed = {"Layout aproved"};
  auto typo = record_inspection(p, q, kBob, d("2026-03-05"));
  REQUIRE(!typo);
  CHECK(typo.errors()[0].message == "task t-1 has no acceptance criterion \"Layout aproved\"");
  CHECK(typo.errors()[0].hint == "did you mean \"Layout approved\"?");
  q.passed = {"Layout approved"};
  q.failed = {"AA contrast"};
  q.rework = true;
  auto failed = record_inspection(p, q, kBob, d("2026-03-05"));
  REQUIRE(failed);
  const Review& first = p.reviews.at("q-2026-03-05");
  CHECK(first.result == InspectionResult::fail);
  REQUIRE(first.actions.size() == 1);
  const Task& rework = p.tasks.at(first.actions[0].task);
  CHECK(rework.title == "Rework t-1: AA contrast");
  CHECK(rework.owner == "bob");
  CHECK(rework.tags == std::vector<std::string>{"rework"});
  // Not all criteria passed: refused, even for the admin.
  auto early = accept_deliverable(p, "t-1", "", kAlice, d("2026-03-06"));
  REQUIRE(!early);
  CHECK(early.errors()[0].message ==
        "task t-1 cannot be accepted yet: 1 of its 2 criteria have not passed: \"AA contrast\"");
  q.passed = {"AA contrast"};
  q.failed = {};
  q.rework = false;
  REQUIRE(record_inspection(p, q, kBob, d("2026-03-09")));
  // All passed, but bob lacks accept-deliverable: exit 3, nothing recorded.
  const std::size_t reviews = p.reviews.size();
  auto member = accept_deliverable(p, "t-1", "", kBob, d("2026-03-09"));
  REQUIRE(!member);
  CHECK(member.errors()[0].kind == ErrorKind::permission);
  CHECK(p.reviews.size() == reviews);
  auto ok = accept_deliverable(p, "t-1", "fine", kAlice, d("2026-03-09"));
  REQUIRE(ok);
  CHECK(acceptance_of(p, p.tasks.at("t-1")).state == AcceptanceState::accepted);
  CHECK(p.reviews.at("a-2026-03-09").kind == ReviewKind::acceptance);
  CHECK(!accept_deliverable(p, "t-1", "", kAlice, d("2026-03-10")));  // already accepted
  // A task without criteria: --result, and no criteria names.
  test::add_task(p, "t-2", 2);
  NewInspection plain;
  plain.task = "t-2";
  CHECK(!record_inspection(p, plain, kBob, d("2026-03-09")));
  plain.result = InspectionResult::pass;
  REQUIRE(record_inspection(p, plain, kBob, d("2026-03-09")));
  CHECK(accept_deliverable(p, "t-2", "", kAlice, d("2026-03-09")));
}

TEST_CASE("review quality: a criterion by its number in the task's list, as schedule show numbers them") {
  Project p = project();
  NewInspection q;
  q.task = "t-1";
  q.passed = {"2"};  // "AA contrast"
  q.failed = {"1"};  // "Layout approved"
  auto out = record_inspection(p, q, kBob, d("2026-03-09"));
  REQUIRE(out);
  const Review& r = p.reviews.begin()->second;
  CHECK(r.passed == std::vector<std::string>{"AA contrast"});
  CHECK(r.failed == std::vector<std::string>{"Layout approved"});
  CHECK(out->summary.find("(1 passed, 1 failed") != std::string::npos);
  for (const char* bad : {"3", "0", "01x"}) {
    q.passed = {bad};
    q.failed = {};
    auto refused = record_inspection(p, q, kBob, d("2026-03-09"));
    REQUIRE(!refused);
    CHECK(refused.errors()[0].message == fmt::format("task t-1 has no acceptance criterion \"{}\"", bad));
    CHECK(refused.errors()[0].hint == "its criteria, by name or number, are: 1 Layout approved, 2 AA contrast");
  }
  q.passed = {"1"};
  q.failed = {"Layout approved"};  // the same criterion by number and by name
  auto both = record_inspection(p, q, kBob, d("2026-03-09"));
  REQUIRE(!both);
  CHECK(both.errors()[0].message == "criterion \"Layout approved\" is given both --pass and --fail");
}

TEST_CASE("review feedback: a rating from 1 to 5, to someone else") {
  Project p = project();
  NewFeedback f{"bob", 5, "Great work", true};
  REQUIRE(record_feedback(p, f, kAlice, d("2026-03-05")));
  const Review& r = p.reviews.at("f-2026-03-05");
  CHECK(r.by == "alice");
  CHECK(r.person == "bob");
  CHECK(r.rating == 5);
  CHECK(!r.kudos.empty());
  NewFeedback back{"alice", 4, "Quick answers", false};
  REQUIRE(record_feedback(p, back, kBob, d("2026-03-05")));  // team to client admin
  CHECK(p.reviews.at("f-2026-03-05-2").kudos.empty());
  for (int bad : {0, 6}) {
    NewFeedback out_of_range{"bob", bad, "x", false};
    auto refused = record_feedback(p, out_of_range, kAlice, d("2026-03-05"));
    REQUIRE(!refused);
    CHECK(refused.errors()[0].message == fmt::format("a rating runs from 1 to 5, not {}", bad));
  }
  NewFeedback self{"alice", 5, "Me", false};
  CHECK(!record_feedback(p, self, kAlice, d("2026-03-05")));
}

// The risk register's changes: each appends to the history and never rewrites it; closing
// a high risk needs close-risk; opportunities take their own responses.
#include <doctest/doctest.h>

#include "edit/risks.hpp"
#include "unit/helpers.hpp"

using namespace pmadmin;

namespace {

Date d(const char* iso) { return *Date::parse(iso); }
const IdentitySources kAlice{"alice", "", ""};
const IdentitySources kBob{"bob", "", ""};

Project project() {
  Project p = test::audited_project();
  test::add_task(p, "t-1", 5);
  p.config.risk_categories = {"technical", "vendor"};
  return p;
}

NewRisk threat(const char* id, int probability, int impact) {
  NewRisk r;
  r.id = id;
  r.title = "Vendor fails";
  r.probability = probability;
  r.impact = impact;
  return r;
}

}  // namespace

TEST_CASE("risk add, assess, respond: the history grows and earlier entries stay as they were") {
  Project p = project();
  NewRisk r = threat("r-1", 2, 4);
  r.category = "vendor";
  r.tasks = {"t-1"};
  r.delay_days = 3;
  auto added = add_risk(p, r, kBob, d("2026-03-02"));
  REQUIRE(added);
  CHECK(added->summary == "threat r-1: 2x4=8 medium, \"Vendor fails\"");
  REQUIRE(p.risks["r-1"].history.size() == 1);
  const Assessment first = p.risks["r-1"].history[0];
  CHECK(first.event == RiskEvent::identify);
  CHECK(first.by == "bob");
  auto assessed = assess_risk(p, "r-1", 4, std::nullopt, "vendor missed two dates", kAlice, d("2026-03-09"));
  REQUIRE(assessed);
  CHECK(assessed->summary == "r-1: 2x4=8 medium -> 4x4=16 high");
  auto responded = respond_risk(p, "r-1", "transfer", "penalty clause", "bob", kAlice, d("2026-03-10"));
  REQUIRE(responded);
  const Risk& now = p.risks["r-1"];
  REQUIRE(now.history.size() == 3);
  CHECK(now.history[0].date == first.date);  // the first entry is untouched
  CHECK(now.history[0].probability == 2);
  CHECK(now.history[1].event == RiskEvent::assess);
  CHECK(now.history[1].probability == 4);
  CHECK(now.history[1].impact == 4);
  CHECK(now.history[1].by == "alice");
  CHECK(now.history[2].event == RiskEvent::respond);
  CHECK(now.history[2].response == "transfer");
  CHECK(now.response == "transfer");
  CHECK(now.owner == "bob");
  CHECK(now.probability == 4);
  // Bad values change nothing.
  CHECK(!assess_risk(p, "r-1", 6, std::nullopt, "", kAlice, d("2026-03-11")));
  CHECK(!assess_risk(p, "r-1", std::nullopt, std::nullopt, "", kAlice, d("2026-03-11")));
  auto unknown = assess_risk(p, "r-x", 2, 2, "", kAlice, d("2026-03-11"));
  REQUIRE(!unknown);
  CHECK(unknown.errors()[0].message == "unknown risk \"r-x\"");
  CHECK(p.risks["r-1"].history.size() == 3);
}

TEST_CASE("a risk category may be given by its title; the risk keeps the ASCII ID") {
  Project p = project();
  p.config.risk_category_titles = {{"vendor", "供应商"}};
  NewRisk r = threat("r-1", 2, 4);
  r.category = "供应商";
  REQUIRE(add_risk(p, r, kAlice, d("2026-03-02")));
  CHECK(p.risks["r-1"].category == "vendor");
  CHECK(p.config.risk_category_text("vendor") == "供应商 (vendor)");
  CHECK(p.config.risk_category_text("technical") == "technical");
  r.id = "r-2";
  r.category = "技术";  // no such title: refused like an unknown ID, with the categories listed
  auto bad = add_risk(p, r, kAlice, d("2026-03-02"));
  REQUIRE(!bad);
  CHECK(bad.errors()[0].message ==
        "\"技术\" is not a valid category: an ID is made of lowercase ASCII letters a-z, digits 0-9 and '-', starts "
        "with a letter or a digit, and has at most 64 characters");
}

TEST_CASE("risk add refuses what the register cannot hold") {
  Project p = project();
  NewRisk r = threat("r-1", 2, 4);
  r.category = "vendr";
  auto bad = add_risk(p, r, kAlice, d("2026-03-02"));
  REQUIRE(!bad);
  CHECK(bad.errors()[0].message == "unknown risk category \"vendr\"");
  CHECK(bad.errors()[0].hint == "did you mean \"vendor\"?");
  r.category = "";
  r.tasks = {"t-9"};
  CHECK(!add_risk(p, r, kAlice, d("2026-03-02")));
  r.tasks = {};
  r.delay_days = 2;
  auto no_tasks = add_risk(p, r, kAlice, d("2026-03-02"));
  REQUIRE(!no_tasks);
  CHECK(no_tasks.errors()[0].message == "a delay needs the tasks it would delay");
  r.delay_days = 0;
  r.probability = 0;
  CHECK(!add_risk(p, r, kAlice, d("2026-03-02")));
  CHECK(p.risks.empty());
}

TEST_CASE("risk close: a high risk needs close-risk, a medium one only a known author") {
  Project p = project();
  REQUIRE(add_risk(p, threat("high", 3, 4), kAlice, d("2026-03-02")));
  REQUIRE(add_risk(p, threat("medium", 2, 3), kAlice, d("2026-03-02")));
  auto refused = close_risk(p, "high", "vendor signed", kBob, d("2026-03-05"));
  REQUIRE(!refused);
  CHECK(refused.errors()[0].kind == ErrorKind::permission);
  CHECK(p.risks["high"].status == RiskStatus::open);
  CHECK(p.risks["high"].history.size() == 1);
  CHECK(close_risk(p, "medium", "no longer relevant", kBob, d("2026-03-05")));
  CHECK(p.risks["medium"].status == RiskStatus::closed);
  REQUIRE(close_risk(p, "high", "vendor signed", kAlice, d("2026-03-05")));
  CHECK(p.risks["high"].closed_reason == "vendor signed");
  CHECK(p.risks["high"].history.back().event == RiskEvent::close);
  CHECK(!close_risk(p, "high", "again", kAlice, d("2026-03-06")));
  REQUIRE(reopen_risk(p, "high", "vendor pulled out", kBob, d("2026-03-07")));
  CHECK(p.risks["high"].status == RiskStatus::open);
  CHECK(p.risks["high"].closed_reason.empty());
  CHECK(p.risks["high"].history.size() == 3);
}

TEST_CASE("opportunities take exploit, share, enhance or accept; threats avoid, transfer, mitigate, accept, escalate") {
  Project p = project();
  NewRisk o = threat("o-1", 3, 3);
  o.opportunity = true;
  o.response = "exploit";
  REQUIRE(add_risk(p, o, kAlice, d("2026-03-02")));
  CHECK(p.risks["o-1"].kind == RiskKind::opportunity);
  auto wrong = respond_risk(p, "o-1", "avoid", "", "", kAlice, d("2026-03-03"));
  REQUIRE(!wrong);
  CHECK(wrong.errors()[0].message == "\"avoid\" is not a response to an opportunity");
  CHECK(respond_risk(p, "o-1", "enhance", "", "", kAlice, d("2026-03-03")));
  NewRisk t = threat("t-1", 3, 3);
  t.response = "exploit";
  auto bad = add_risk(p, t, kAlice, d("2026-03-02"));
  REQUIRE(!bad);
  CHECK(bad.errors()[0].message == "\"exploit\" is not a response to a threat");
  t.response = "mitigate";
  CHECK(add_risk(p, t, kAlice, d("2026-03-02")));
  NewRisk delayed = threat("o-2", 3, 3);
  delayed.opportunity = true;
  delayed.tasks = {"t-1"};
  delayed.delay_days = 2;
  CHECK(!add_risk(p, delayed, kAlice, d("2026-03-02")));
}

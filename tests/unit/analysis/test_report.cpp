// The status report model: red/amber/green rules, risks, quality.
#include <doctest/doctest.h>

#include "analysis/report.hpp"

using namespace pmadmin;

namespace {
Date d(const char* iso) { return *Date::parse(iso); }

Project tiny() {
  Project p;
  p.config.name = "Tiny <b>";
  p.config.start = d("2026-03-02");
  Task t;
  t.id = "t-1";
  t.title = "Build";
  t.duration_days = 5;
  t.src.file = "tasks/t-1.yaml";
  p.tasks["t-1"] = t;
  return p;
}

const Rag& area(const StatusReport& r, const char* name) {
  for (const auto& g : r.rag)
    if (to_text(g.area) == name) return g;
  FAIL("no area " << name);
  return r.rag.front();
}
}  // namespace

TEST_CASE("report: schedule goes amber then red as a task becomes overdue on the critical path") {
  Project p = tiny();
  auto early = build_report(p, d("2026-03-02"));
  REQUIRE(early);
  CHECK(area(*early, "schedule").status == RagStatus::green);
  CHECK(area(*early, "schedule").reason == "on track for 2026-03-06");
  CHECK(area(*early, "budget").reason == "nothing spent yet");
  CHECK(area(*early, "satisfaction").status == RagStatus::none);
  p.tasks["t-1"].due = d("2026-03-05");
  auto forecast_late = build_report(p, d("2026-03-02"));
  CHECK(area(*forecast_late, "schedule").status == RagStatus::amber);
  CHECK(area(*forecast_late, "schedule").reason == "1 task forecast to miss the due date");
  auto overdue = build_report(p, d("2026-03-09"));
  CHECK(area(*overdue, "schedule").status == RagStatus::red);
  CHECK(area(*overdue, "schedule").reason.rfind("critical task t-1 is overdue", 0) == 0);
}

TEST_CASE("report: risk and quality areas") {
  Project p = tiny();
  Risk r;
  r.id = "r-1";
  r.title = "Fire";
  r.probability = 4;
  r.impact = 5;  // 20: critical
  r.owner = "x";
  r.response = "mitigate";
  p.risks["r-1"] = r;
  auto rep = build_report(p, d("2026-03-02"));
  REQUIRE(rep);
  CHECK(area(*rep, "risk").status == RagStatus::red);
  CHECK(area(*rep, "risk").reason == "1 critical risk open");
  CHECK(rep->heat[3][4] == 1);
  CHECK(rep->top_risks == std::vector<std::string>{"r-1"});
  Review q;
  q.id = "q-1";
  q.kind = ReviewKind::quality;
  q.task = "t-1";
  q.result = InspectionResult::fail;
  q.date = d("2026-03-02");
  p.reviews["q-1"] = q;
  CHECK(area(*build_report(p, d("2026-03-03")), "quality").status == RagStatus::amber);
}

// The status report: escaping, red/amber/green rules, reproducibility.
#include <doctest/doctest.h>

#include "report.hpp"
#include "store.hpp"

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
    if (g.area == name) return g;
  FAIL("no area " << name);
  return r.rag.front();
}
}  // namespace

TEST_CASE("report escaping: HTML and Markdown") {
  CHECK(html_escape("<a href=\"x\">Tom & Jerry's</a>") == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
  CHECK(md_escape("a | b [link](http://x) *bold* <i>\nnext") == "a \\| b \\[link\\](http://x) \\*bold\\* \\<i\\> next");
  CHECK(md_escape("设计 2026-04-03 (draft)") == "设计 2026-04-03 (draft)");
}

TEST_CASE("report: schedule goes amber then red as a task becomes overdue on the critical path") {
  Project p = tiny();
  auto early = build_report(p, d("2026-03-02"));
  REQUIRE(early);
  CHECK(area(*early, "schedule").status == "green");
  CHECK(area(*early, "schedule").reason == "on track for 2026-03-06");
  CHECK(area(*early, "budget").reason == "nothing spent yet");
  CHECK(area(*early, "satisfaction").status == "none");
  p.tasks["t-1"].due = d("2026-03-05");
  auto forecast_late = build_report(p, d("2026-03-02"));
  CHECK(area(*forecast_late, "schedule").status == "amber");
  CHECK(area(*forecast_late, "schedule").reason == "1 task forecast to miss the due date");
  auto overdue = build_report(p, d("2026-03-09"));
  CHECK(area(*overdue, "schedule").status == "red");
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
  CHECK(area(*rep, "risk").status == "red");
  CHECK(area(*rep, "risk").reason == "1 critical risk open");
  CHECK(rep->heat[3][4] == 1);
  CHECK(rep->top_risks == std::vector<std::string>{"r-1"});
  Review q;
  q.id = "q-1";
  q.kind = "quality";
  q.task = "t-1";
  q.result = "fail";
  q.date = d("2026-03-02");
  p.reviews["q-1"] = q;
  CHECK(area(*build_report(p, d("2026-03-03")), "quality").status == "amber");
}

TEST_CASE("report: the example renders the same bytes twice, in every format") {
  RealFileSystem fs;
  Diagnostics warnings;
  auto p = load_project(fs, std::string(PMADMIN_SOURCE_DIR) + "/examples/website-redesign", warnings);
  REQUIRE(p);
  auto a = build_report(*p, d("2026-04-03"));
  auto b = build_report(*p, d("2026-04-03"));
  REQUIRE(a);
  REQUIRE(b);
  CHECK(render_report_html(*p, *a) == render_report_html(*p, *b));
  CHECK(render_report_markdown(*p, *a) == render_report_markdown(*p, *b));
  CHECK(render_report_json(*p, *a) == render_report_json(*p, *b));
  // The burn chart's last planned point is the whole planned cost (PV at the finish = BAC).
  CHECK(a->burn.back().planned == a->budget.evm.bac);
  CHECK(a->burn.front().date == d("2026-03-02"));
  CHECK(a->decisions.size() == 2);  // the 2026-03-30 meeting
  CHECK(a->actions.size() == 2);
  CHECK(a->actions[0].overdue);     // due 2026-04-02, before today
}

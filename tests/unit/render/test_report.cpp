// The status report as Markdown, HTML and JSON.
#include <doctest/doctest.h>

#include "render/report.hpp"
#include "store/store.hpp"
#include "unit/helpers.hpp"

using namespace pmadmin;

namespace {
Date d(const char* iso) { return *Date::parse(iso); }
}  // namespace

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
  CHECK(a->actions[0].overdue);  // due 2026-04-02, before today
}

TEST_CASE("report: a plan of nearly twenty years draws a bounded Gantt, ticks every two years") {
  Project p = test::load_small_project();
  // 300 tasks of 17 working days in a chain: 5,100 working days, finishing in 2045.
  for (int i = 2; i <= 300; ++i) {
    Task t = p.tasks.at("t-1");
    t.id = "t-" + std::to_string(i);
    t.duration_days = 17;
    t.depends = {Dependency{"t-" + std::to_string(i - 1)}};
    p.tasks[t.id] = t;
  }
  auto r = build_report(p, d("2026-03-02"));
  REQUIRE(r);
  REQUIRE(r->finish.ymd().year() == std::chrono::year(2045));
  std::string html = render_report_html(p, *r);
  const std::string chart = html.substr(html.find("id=\"gantt-chart\""));
  const std::string svg = chart.substr(0, chart.find("</svg>"));
  // Labels like >2026-03< : about 19.5 years at one every 24 months is 9 or 10, and no more.
  std::size_t labels = 0;
  for (std::size_t at = svg.find("fill=\"#566573\">"); at != std::string::npos;
       at = svg.find("fill=\"#566573\">", at + 1))
    ++labels;
  CHECK(labels >= 9);
  CHECK(labels <= 12);
  CHECK(svg.find(">2026-03<") != std::string::npos);  // the first day
  CHECK(svg.find(">2028-01<") != std::string::npos);  // 2028*12+1 is a multiple of the 24-month step
  CHECK(svg.find(">2027-01<") == std::string::npos);
  // 200 rows drawn, the rest counted: the report's size follows the plan, not its dates.
  CHECK(html.find("The first 200 of 300 tasks are drawn.") != std::string::npos);
  CHECK(html.size() < 200000);
}

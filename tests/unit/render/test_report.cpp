// The status report as Markdown, HTML and JSON.
#include <doctest/doctest.h>

#include "render/report.hpp"
#include "store/store.hpp"

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

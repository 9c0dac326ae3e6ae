// How check results are written: text, JSON, JUnit XML and GitHub annotations.
#include <doctest/doctest.h>

#include "analysis/checks.hpp"
#include "render/check_render.hpp"
#include "unit/helpers.hpp"

using namespace pmadmin;

TEST_CASE("check formats: hostile text stays data") {
  Project p = test::audited_project();
  Task& t = test::add_task(p, "t-1", 5);
  t.title = "<script>alert(1)</script> & \"x\"\n::error::fake";
  t.due = *Date::parse("2026-03-03");
  auto run = run_checks(p, *Date::parse("2026-03-10"), {"overdue-task"});
  REQUIRE(run);
  std::string gh = render_check_github(*run, false);
  // One annotation line, then the summary: the title's newline cannot start a line.
  CHECK(gh.find("%0A::error::fake") != std::string::npos);
  std::size_t lines = 0;
  for (char c : gh) lines += c == '\n';
  CHECK(lines == 2);
  CHECK(gh.rfind("::error file=tasks/t-1.yaml,line=7,col=6,title=pmadmin overdue-task::task t-1", 0) == 0);
  std::string xml = render_check_junit(*run, false);
  CHECK(xml.find("<script>") == std::string::npos);
  CHECK(xml.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;") != std::string::npos);
}

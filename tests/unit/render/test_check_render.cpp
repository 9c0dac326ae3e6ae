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

namespace {

/// A run by hand: overdue-task (error) with one finding on t-1, low-cpi (warning) passing,
/// stale-progress off.
CheckRun sample_run() {
  CheckRun run;
  run.today = *Date::parse("2026-03-10");
  Finding f;
  f.rule = CheckRuleId::overdue_task;
  f.severity = RuleSeverity::error;
  f.file = "tasks/t-1.yaml";
  f.line = 7;
  f.col = 6;
  f.entity = "t-1";
  f.message = "task t-1 \"Build\" was due 2026-03-03";
  f.numbers = {{"working_days_late", "5"}};
  run.rules.push_back(
      RuleReport{CheckRuleId::overdue_task, "Open tasks past due", RuleSeverity::error, "", 0, {"t-1", "t-2"}, {f}});
  run.rules.push_back(
      RuleReport{CheckRuleId::low_cpi, "CPI below", RuleSeverity::warning, "0.9", 0.9, {"project"}, {}});
  run.rules.push_back(RuleReport{CheckRuleId::stale_progress, "Stale", RuleSeverity::off, "14d", 14, {}, {}});
  run.errors = 1;
  return run;
}

}  // namespace

TEST_CASE("check text: findings grouped by rule, then the summary line") {
  std::string expected =
      "overdue-task (error, 1 finding)\n"
      "  tasks/t-1.yaml:7:6: error: overdue-task: task t-1 \"Build\" was due 2026-03-03\n"
      "\n"
      "pmadmin check: FAILED (1 error, 0 warnings; 1 of 2 rules passed, 1 off) as of 2026-03-10\n";
  CHECK(render_check(sample_run(), OutputFormat::text, false, false) == expected);
  std::string coloured = render_check(sample_run(), OutputFormat::text, false, true);
  CHECK(coloured.find("\x1b[1;31moverdue-task\x1b[0m (error, 1 finding)") != std::string::npos);
  CHECK(coloured.find("7:6: \x1b[1;31merror\x1b[0m: overdue-task") != std::string::npos);
}

TEST_CASE("check json: rules with status, findings with their numbers") {
  std::string j = render_check(sample_run(), OutputFormat::json, false, false);
  CHECK(j.find("\"passed\": false") != std::string::npos);
  CHECK(j.find("\"status\": \"fail\"") != std::string::npos);
  CHECK(j.find("\"status\": \"pass\"") != std::string::npos);
  CHECK(j.find("\"status\": \"off\"") != std::string::npos);
  CHECK(j.find("\"checked\": 2") != std::string::npos);
  CHECK(j.find("\"threshold\": \"0.9\"") != std::string::npos);
  CHECK(j.find("\"working_days_late\": \"5\"") != std::string::npos);
  CHECK(j.find("\"column\": 6") != std::string::npos);
}

TEST_CASE("check junit: a testcase per checked entity; errors fail, off rules are skipped") {
  std::string x = render_check(sample_run(), OutputFormat::junit, false, false);
  CHECK(x.find("<testsuites name=\"pmadmin check\" tests=\"4\" failures=\"1\" errors=\"0\" skipped=\"1\">") !=
        std::string::npos);
  CHECK(x.find("<testsuite name=\"overdue-task\" tests=\"2\" failures=\"1\"") != std::string::npos);
  CHECK(x.find("<testcase classname=\"pmadmin.overdue-task\" name=\"t-1\" file=\"tasks/t-1.yaml\" line=\"7\">"
               "<failure type=\"error\"") != std::string::npos);
  CHECK(x.find("<testcase classname=\"pmadmin.overdue-task\" name=\"t-2\"></testcase>") != std::string::npos);
  CHECK(x.find("<skipped message=\"off in pmadmin.yaml\"/>") != std::string::npos);
}

TEST_CASE("check github: one annotation per finding; warnings fail only when asked") {
  CheckRun run = sample_run();
  std::string gh = render_check(run, OutputFormat::github, false, false);
  CHECK(gh.rfind("::error file=tasks/t-1.yaml,line=7,col=6,title=pmadmin overdue-task::task t-1", 0) == 0);
  run.rules[0].findings[0].severity = RuleSeverity::warning;
  run.errors = 0;
  run.warnings = 1;
  CHECK(render_check(run, OutputFormat::github, false, false).rfind("::warning ", 0) == 0);
  CHECK(render_check(run, OutputFormat::github, false, false).find("pmadmin check: passed") != std::string::npos);
  CHECK(render_check(run, OutputFormat::github, true, false).find("pmadmin check: FAILED") != std::string::npos);
  CHECK(check_exit_code(run, false) == 0);
  CHECK(check_exit_code(run, true) == 1);
}

TEST_CASE("invalid files become annotations on their line, file and line at least 1") {
  Diagnostics ds = {make_error("tasks/a,b.yaml", 3, 4, "unknown key \"titel\""), make_error("", 0, 0, "x\ny")};
  CHECK(render_invalid_files_github(ds) ==
        "::error file=tasks/a%2Cb.yaml,line=3,col=4,title=pmadmin invalid file::unknown key \"titel\"\n"
        "::error file=pmadmin.yaml,line=1,col=1,title=pmadmin invalid file::x%0Ay\n");
}

TEST_CASE("check --list: every rule with severity and threshold") {
  std::string text = render_rule_list(sample_run(), false);
  CHECK(
      text.find("low-cpi                   warning  CPI below\n                                   threshold: 0.9\n") !=
      std::string::npos);
  CHECK(render_rule_list(sample_run(), true).find("\"severity\": \"off\"") != std::string::npos);
}

#include <doctest/doctest.h>

#include <string>

#include "base/diag.hpp"

using namespace pmadmin;

TEST_CASE("a diagnostic renders as file:line:col, source line, caret, hint") {
  Diagnostic d = make_error("tasks/t-1.yaml", 2, 8, "unknown person \"bobb\"", "did you mean \"bob\"?");
  Diagnostics ds = {d};
  attach_source(ds, "tasks/t-1.yaml", "id: t-1\nowner: bobb\r\n");
  CHECK(ds[0].source_line == "owner: bobb");  // CR of a CRLF file is not shown
  CHECK(render(ds[0]) ==
        "tasks/t-1.yaml:2:8: error: unknown person \"bobb\"\n"
        " 2 | owner: bobb\n"
        "   |        ^\n"
        "  hint: did you mean \"bob\"?\n");
}

TEST_CASE("the caret sits under the right column after CJK text") {
  Diagnostics ds = {make_error("f.yaml", 1, 15, "bad")};
  attach_source(ds, "f.yaml", "title: 设计 x\n");  // "设计" is 6 bytes but 4 columns
  CHECK(render(ds[0]) ==
        "f.yaml:1:15: error: bad\n"
        " 1 | title: 设计 x\n"
        "   | " + std::string(12, ' ') + "^\n");  // 7 + 4 + 1 columns before the x
}

TEST_CASE("messages are escaped for the terminal") {
  Diagnostic d = make_error("f.yaml", 0, 0, "bad \x1b[2J text");
  CHECK(render(d) == "f.yaml: error: bad \\x1b[2J text\n");
}

TEST_CASE("exit codes follow SPEC section 4") {
  Diagnostic data = make_error("f", 0, 0, "x");
  Diagnostic perm = data;
  perm.kind = ErrorKind::permission;
  Diagnostic write = data;
  write.kind = ErrorKind::write;
  Diagnostic warn = data;
  warn.severity = Severity::warning;
  CHECK(exit_code_for({}) == 0);
  CHECK(exit_code_for({warn}) == 0);
  CHECK(exit_code_for({data}) == 2);
  CHECK(exit_code_for({data, perm}) == 3);
  CHECK(exit_code_for({perm, write}) == 4);
  CHECK_FALSE(has_errors({warn}));
}

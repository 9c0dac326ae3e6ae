// Diagnostics as people read them, with and without colour.
#include <doctest/doctest.h>

#include <string>

#include "render/diagnostic.hpp"

using namespace pmadmin;

namespace {
std::string render(const Diagnostic& d) { return render_diagnostic(d); }
}  // namespace

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
        "   | " +
            std::string(12, ' ') + "^\n");  // 7 + 4 + 1 columns before the x
}

TEST_CASE("messages are escaped for the terminal") {
  Diagnostic d = make_error("f.yaml", 0, 0, "bad \x1b[2J text");
  CHECK(render(d) == "f.yaml: error: bad \\x1b[2J text\n");
}

TEST_CASE("with colour only the severity word is painted") {
  Diagnostic d = make_error("error:.yaml", 1, 2, "error: in the message");
  CHECK(render_diagnostic(d, true) == "error:.yaml:1:2: \x1b[1;31merror:\x1b[0m error: in the message\n");
  d.severity = Severity::warning;
  CHECK(render_diagnostic(d, true) == "error:.yaml:1:2: \x1b[1;33mwarning:\x1b[0m error: in the message\n");
  CHECK(render_diagnostics({d, d}, false) == std::string(2, 'x').replace(0, 2, render(d) + render(d)));
}

#include <doctest/doctest.h>

#include <string>

#include "base/diag.hpp"

using namespace pmadmin;

TEST_CASE("attach_source keeps the line a diagnostic points at, without a CR") {
  Diagnostics ds = {make_error("tasks/t-1.yaml", 2, 8, "x"), make_error("other.yaml", 2, 1, "y"),
                    make_error("tasks/t-1.yaml", 9, 1, "past the end")};
  attach_source(ds, "tasks/t-1.yaml", "id: t-1\nowner: bobb\r\n");
  CHECK(ds[0].source_line == "owner: bobb");
  CHECK(ds[1].source_line.empty());  // another file
  CHECK(ds[2].source_line.empty());  // no such line
}

TEST_CASE("unknown_id suggests the closest known ID") {
  Diagnostic d = unknown_id("person", "bobb", {"alice", "bob"});
  CHECK(d.message == "unknown person \"bobb\"");
  CHECK(d.hint == "did you mean \"bob\"?");
  CHECK(d.kind == ErrorKind::usage);
  CHECK(exit_code_for({d}) == 2);
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

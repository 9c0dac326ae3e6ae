#include <doctest/doctest.h>

#include "render/table.hpp"

using namespace pmadmin;

TEST_CASE("tables align CJK text by display width") {
  Table t;
  t.headers = {"ID", "TITLE", "N"};
  t.right_align = {false, false, true};
  t.rows = {{"a", "设计首页", "5"}, {"bb", "Design", "10"}};
  std::string expected =
      "ID  TITLE      N\n"
      "--  --------  --\n"
      "a   设计首页   5\n"
      "bb  Design    10\n";
  CHECK(render_table(t) == expected);
}

TEST_CASE("table cells are escaped and cut") {
  Table t;
  t.headers = {"X"};
  t.max_column_width = 5;
  t.rows = {{"\x1b[31mred"}, {"abcdefgh"}};
  std::string out = render_table(t);
  CHECK(out.find('\x1b') == std::string::npos);
  CHECK(out.find("abcd\u2026") != std::string::npos);
}

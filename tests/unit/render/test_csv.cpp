#include <doctest/doctest.h>

#include "render/csv.hpp"

using pmadmin::csv_line;

TEST_CASE("csv: RFC 4180 quoting and CRLF") {
  CHECK(csv_line({"a", "b c", ""}) == "a,b c,\r\n");
  CHECK(csv_line({"x,y", "say \"hi\"", "two\nlines"}) == "\"x,y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n");
  CHECK(csv_line({"设计首页"}) == "设计首页\r\n");
}

TEST_CASE("csv: formula cells are defused, numbers are not") {
  CHECK(csv_line({"=HYPERLINK(\"x\")"}) == "\"'=HYPERLINK(\"\"x\"\")\"\r\n");
  CHECK(csv_line({"+1+2", "@SUM(A1)", "-x"}) == "'+1+2,'@SUM(A1),'-x\r\n");
  CHECK(csv_line({"-2", "+3.5", "12500.00", "-"}) == "-2,+3.5,12500.00,'-\r\n");
}

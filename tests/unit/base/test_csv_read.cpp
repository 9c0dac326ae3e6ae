// RFC 4180 reading: quotes, doubled quotes, embedded commas and line breaks, CRLF, a BOM,
// blank lines, and the line of each record for messages.
#include <doctest/doctest.h>

#include "base/csv_read.hpp"

using namespace pmadmin;

TEST_CASE("read_csv: quoted fields, a BOM, CRLF and line numbers") {
  auto r = read_csv(
      "\xEF\xBB\xBFrespondent,q1,q3\r\nalice,9,\"Faster, please\"\r\n\r\nbob,6,\"Two\nlines \"\"quoted\"\"\"\n"
      "carol,,\n",
      "x.csv");
  REQUIRE(r);
  REQUIRE(r->size() == 4);
  CHECK((*r)[0].cells == std::vector<std::string>{"respondent", "q1", "q3"});
  CHECK((*r)[0].line == 1);
  CHECK((*r)[1].cells == std::vector<std::string>{"alice", "9", "Faster, please"});
  CHECK((*r)[1].line == 2);
  CHECK((*r)[2].cells == std::vector<std::string>{"bob", "6", "Two\nlines \"quoted\""});
  CHECK((*r)[2].line == 4);
  CHECK((*r)[3].cells == std::vector<std::string>{"carol", "", ""});
  CHECK((*r)[3].line == 6);
  auto last = read_csv("a,b\n1,2", "x.csv");  // no final line break
  REQUIRE(last);
  CHECK(last->back().cells == std::vector<std::string>{"1", "2"});
}

TEST_CASE("read_csv: an unclosed quote and text after a closing quote are errors with their place") {
  auto open = read_csv("a,b\n1,\"never closed\n", "x.csv");
  REQUIRE(!open);
  CHECK(open.errors()[0].line == 2);
  CHECK(open.errors()[0].col == 3);
  CHECK(open.errors()[0].message == "this quote is never closed");
  auto after = read_csv("a,b\n\"x\"y,2\n", "x.csv");
  REQUIRE(!after);
  CHECK(after.errors()[0].line == 2);
  CHECK(after.errors()[0].message == "text after a closing quote");
}

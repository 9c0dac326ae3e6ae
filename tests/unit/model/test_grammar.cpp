// The value grammars: days, estimates, dependencies, capacity.
#include <doctest/doctest.h>

#include "model/grammar.hpp"

using namespace pmadmin;

TEST_CASE("dependency syntax") {
  CHECK(format_dependency(*parse_dependency("t-1")) == "t-1");
  CHECK(format_dependency(*parse_dependency("t-1:ss+2d")) == "t-1:ss+2d");
  CHECK(format_dependency(*parse_dependency("t-1:ff-1d")) == "t-1:ff-1d");
  CHECK(format_dependency(*parse_dependency("t-1:fs")) == "t-1");
  for (const char* bad : {"", "T-1", "t-1:xx", "t-1:ss2d", "t-1:ss+2", "../x:ss", "t-1:ss+d"})
    CHECK_MESSAGE(!parse_dependency(bad), bad);
}

TEST_CASE("days and estimates") {
  CHECK(parse_days("5d") == 5);
  CHECK(parse_days("0d") == 0);
  CHECK(parse_days("9999d") == 9999);
  for (const char* bad : {"", "d", "5", "05d", "-1d", "10000d", "5 d", "5D"}) CHECK_MESSAGE(!parse_days(bad), bad);
  CHECK(format_days(12) == "12d");
  auto e = parse_estimate("3d/5d/10d");
  REQUIRE(e);
  CHECK(e->optimistic == 3);
  CHECK(e->likely == 5);
  CHECK(e->pessimistic == 10);
  for (const char* bad : {"3d/5d", "5d/3d/10d", "3d/5d/4d", "3d/5d/10d/11d", "3d//10d"})
    CHECK_MESSAGE(!parse_estimate(bad), bad);
}

TEST_CASE("capacity: a share of full time with at most two decimals") {
  CHECK(parse_capacity("1") == 100);
  CHECK(parse_capacity("1.0") == 100);
  CHECK(parse_capacity("0.5") == 50);
  CHECK(parse_capacity("0.75") == 75);
  CHECK(parse_capacity("0") == 0);
  for (const char* bad : {"", "2", "1.5", "0.755", ".5", "0.", "-0.5", "50%"}) CHECK_MESSAGE(!parse_capacity(bad), bad);
  CHECK(format_capacity(50) == "0.5");
  CHECK(format_capacity(100) == "1.0");
  CHECK(format_capacity(75) == "0.75");
  CHECK(format_capacity(0) == "0.0");
}

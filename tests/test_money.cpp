#include <doctest/doctest.h>

#include "money.hpp"

using namespace pmadmin;

TEST_CASE("money parses a strict decimal grammar into cents") {
  CHECK(Money::parse("12500")->minor() == 1250000);
  CHECK(Money::parse("12500.5")->minor() == 1250050);
  CHECK(Money::parse("0.05")->minor() == 5);
  CHECK(Money::parse("-3.25")->minor() == -325);
  CHECK(Money::parse("+40.00")->minor() == 4000);
  for (const char* bad : {"", "1e3", "1.5e2", "0x10", "010", "NaN", "nan", ".5", "5.", "1.234", "1,000", " 1", "1 ",
                          "--1", "inf", "1_000", "١٢"})
    CHECK_MESSAGE(!Money::parse(bad), bad);
}

TEST_CASE("money overflow is refused, not wrapped") {
  CHECK(Money::parse("999999999999999.99"));
  CHECK_FALSE(Money::parse("1000000000000000.00"));
  CHECK_FALSE(Money::parse("99999999999999999999999"));
  Money max = *Money::parse("999999999999999.99");
  CHECK_FALSE(max.plus(*Money::parse("0.01")));
  CHECK(max.minus(*Money::parse("0.01"))->str() == "999999999999999.98");
}

TEST_CASE("money prints in canonical file form") {
  CHECK(Money::parse("12500")->str() == "12500.00");
  CHECK(Money::parse("-0.5")->str() == "-0.50");
  CHECK(Money::from_minor(7).str() == "0.07");
}

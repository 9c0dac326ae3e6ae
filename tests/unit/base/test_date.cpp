#include <doctest/doctest.h>

#include "base/date.hpp"

using namespace pmadmin;

TEST_CASE("ISO dates parse strictly") {
  CHECK(Date::parse("2026-03-02")->iso() == "2026-03-02");
  CHECK(Date::parse("2028-02-29"));        // leap year
  CHECK_FALSE(Date::parse("2026-02-29"));  // not a leap year
  CHECK_FALSE(Date::parse("2026-02-30"));
  CHECK_FALSE(Date::parse("2026-13-01"));
  CHECK_FALSE(Date::parse("2026-3-2"));
  CHECK_FALSE(Date::parse("2026/03/02"));
  CHECK_FALSE(Date::parse("20260302"));
  CHECK_FALSE(Date::parse("2026-03-02T10:00"));
  CHECK_FALSE(Date::parse(""));
}

TEST_CASE("weekday and arithmetic") {
  CHECK(Date::parse("2026-03-02")->iso_weekday() == 0);  // a Monday
  CHECK(Date::parse("2026-03-08")->iso_weekday() == 6);  // a Sunday
  CHECK(Date::parse("2026-12-31")->plus_days(1).iso() == "2027-01-01");
  CHECK(Date::parse("2026-03-02")->days_until(*Date::parse("2026-03-20")) == 18);
  CHECK(parse_weekday("fri") == std::optional<unsigned>(4));
  CHECK_FALSE(parse_weekday("friday"));
  CHECK(std::string(weekday_name(6)) == "sun");
}

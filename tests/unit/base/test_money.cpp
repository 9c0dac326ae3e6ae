#include <doctest/doctest.h>

#include "base/i18n.hpp"
#include "base/money.hpp"

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

TEST_CASE("money for people: thousands separators and the currency code") {
  CHECK(Money::parse("12500")->grouped() == "12,500.00");
  CHECK(Money::parse("-1234567.89")->grouped() == "-1,234,567.89");
  CHECK(Money::parse("999")->grouped() == "999.00");
  CHECK(Money::parse("1000")->grouped() == "1,000.00");
  CHECK(Money::parse("0.05")->grouped() == "0.05");
  CHECK(Money::parse("999999999999999.99")->grouped() == "999,999,999,999,999.99");
  CHECK(Money::parse("8000")->display("CNY") == "CNY 8,000.00");
}

TEST_CASE("money for people follows the language: the yuan as ¥ in Chinese, the ISO code otherwise") {
  {
    LanguageScope zh(Language::zh_cn);
    CHECK(Money::parse("12500")->display("CNY") == "¥12,500.00");
    CHECK(Money::parse("-3.25")->display("CNY") == "-¥3.25");
    CHECK(Money::parse("0")->display("CNY") == "¥0.00");
    CHECK(Money::parse("12500")->display("USD") == "USD 12,500.00");  // ¥ would also read as the yen
  }
  LanguageScope en(Language::en);
  CHECK(Money::parse("12500")->display("CNY") == "CNY 12,500.00");
  CHECK(Money::parse("-3.25")->display("CNY") == "CNY -3.25");
}

TEST_CASE("money scaled: shares rounded half away from zero, overflow caught") {
  Money m = *Money::parse("10000.00");
  CHECK(m.scaled(1, 3)->str() == "3333.33");
  CHECK(m.scaled(2, 3)->str() == "6666.67");
  CHECK(Money::from_minor(1).scaled(1, 2)->minor() == 1);    // 0.5 cent -> 1
  CHECK(Money::from_minor(-1).scaled(1, 2)->minor() == -1);  // away from zero
  CHECK(Money::parse("30000")->scaled(21000, 18000)->str() == "35000.00");
  Money max = *Money::parse("999999999999999.99");
  CHECK(max.scaled(1, 1)->str() == "999999999999999.99");
  CHECK_FALSE(max.scaled(2, 1));                            // beyond the limit: refused, not wrapped
  CHECK_FALSE(max.scaled(9'000'000'000'000'000'000LL, 1));  // 128-bit product, still refused
  CHECK_FALSE(m.scaled(1, 0));
}

// Changes to the budget: plan, spend, adjust.
#include <doctest/doctest.h>

#include "edit/budget.hpp"
#include "unit/helpers.hpp"

using namespace pmadmin;
using test::kAsAlice;

namespace {

Date d(const char* iso) { return *Date::parse(iso); }
Money m(const char* s) { return *Money::parse(s); }
IdentitySources as(const char* who) { return IdentitySources{who, "", ""}; }
using test::evm_project;

}  // namespace

TEST_CASE("budget adjust: needs approve-budget, keeps who and why, never below zero") {
  Project p = evm_project();
  auto denied = adjust_budget(p, "travel", m("+500"), "taxis", as("bob"), d("2026-03-05"));
  REQUIRE_FALSE(denied);
  CHECK(denied.errors()[0].kind == ErrorKind::permission);
  CHECK(p.budget->adjustments.empty());
  auto ok = adjust_budget(p, "travel", m("-1500"), "fewer trips", as("alice"), d("2026-03-05"));
  REQUIRE(ok);
  REQUIRE(p.budget->adjustments.size() == 1);
  CHECK(p.budget->adjustments[0].by == "alice");
  CHECK(p.budget->adjustments[0].reason == "fewer trips");
  CHECK(ok->summary == "adjusted travel by -1,500.00 (approved by alice): budget CNY 4,000.00 -> CNY 2,500.00");
  CHECK_FALSE(adjust_budget(p, "travel", m("-3000"), "too much", as("alice"), d("2026-03-05")));
  CHECK_FALSE(adjust_budget(p, "travle", m("10"), "typo", as("alice"), d("2026-03-05")));
  CHECK_FALSE(adjust_budget(p, "travel", m("10"), "", as("alice"), d("2026-03-05")));
}

TEST_CASE("budget plan and spend: re-planning stops once money moves") {
  Project p = evm_project();
  REQUIRE(plan_budget(p, "travel", m("5000"), "", kAsAlice, d("2026-03-05")));
  CHECK(p.budget->line("travel")->planned.str() == "5000.00");
  REQUIRE(plan_budget(p, "marketing", m("2500"), "Launch ads", kAsAlice, d("2026-03-05")));
  CHECK(p.budget->categories.back().first == "marketing");
  NewExpense e;
  e.amount = m("300");
  e.category = "travel";
  e.note = "taxi";
  auto r = record_expense(p, e, kAsAlice, d("2026-03-05"));
  REQUIRE(r);
  CHECK(test::files_of(p, *r)[0].create);
  CHECK(test::files_of(p, *r)[0].path.rfind("budget/expenses/e-", 0) == 0);
  auto replan = plan_budget(p, "travel", m("6000"), "", kAsAlice, d("2026-03-05"));
  REQUIRE_FALSE(replan);
  CHECK(replan.errors()[0].hint ==
        "change it with: pmadmin budget adjust travel +1000.00 --reason \"...\" (needs approve-budget)");
  e.category = "travl";
  auto typo = record_expense(p, e, kAsAlice, d("2026-03-05"));
  REQUIRE_FALSE(typo);
  CHECK(typo.errors()[0].hint == "did you mean \"travel\"?");
  e.category = "travel";
  e.date = d("2026-03-06");
  CHECK_FALSE(record_expense(p, e, kAsAlice, d("2026-03-05")));  // in the future
  e.date.reset();
  e.amount = m("0");
  CHECK_FALSE(record_expense(p, e, kAsAlice, d("2026-03-05")));
}

// Changes to the budget: plan, spend, adjust.
#include <doctest/doctest.h>

#include "analysis/budget.hpp"
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
        "to make it CNY 6,000.00, run: pmadmin budget adjust travel +1000.00 --reason \"...\" (needs approve-budget)");
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

namespace {

/// Follows a hint "... pmadmin budget adjust CATEGORY ±AMOUNT ...": runs the adjustment it names.
Result<Outcome> follow_adjust_hint(Project& p, const std::string& hint) {
  const std::string verb = "pmadmin budget adjust ";
  auto at = hint.find(verb);
  REQUIRE(at != std::string::npos);
  std::string rest = hint.substr(at + verb.size());
  std::string category = rest.substr(0, rest.find(' '));
  rest = rest.substr(category.size() + 1);
  auto amount = Money::parse(rest.substr(0, rest.find(' ')));
  REQUIRE(amount);
  return adjust_budget(p, category, *amount, "following the hint", kAsAlice, d("2026-03-06"));
}

}  // namespace

TEST_CASE("budget plan: the adjustment the refusal proposes gives the amount asked for") {
  // photography planned 800, adjusted +1,000 (budget 1,800); asked to plan 2,000: the hint
  // must propose +200, not +1,200 (which would make 3,000).
  Project p = evm_project();
  REQUIRE(plan_budget(p, "photography", m("800"), "", kAsAlice, d("2026-03-05")));
  REQUIRE(adjust_budget(p, "photography", m("1000"), "more shots", kAsAlice, d("2026-03-05")));
  const BudgetLine& line = *p.budget->line("photography");
  CHECK(line_budget(*p.budget, "photography", line, std::nullopt).str() == "1800.00");
  for (const char* target : {"2000", "500", "1800.01"}) {
    CAPTURE(target);
    Project q = p;
    auto refused = plan_budget(q, "photography", m(target), "", kAsAlice, d("2026-03-06"));
    REQUIRE_FALSE(refused);
    CHECK(refused.errors()[0].message.find("its budget is CNY 1,800.00 (planned 800.00, adjustments 1,000.00)") !=
          std::string::npos);
    REQUIRE(follow_adjust_hint(q, refused.errors()[0].hint));
    CHECK(line_budget(*q.budget, "photography", *q.budget->line("photography"), std::nullopt) == m(target));
  }
  // Asking for what the line already is changes nothing and says so.
  auto same = plan_budget(p, "photography", m("1800"), "", kAsAlice, d("2026-03-06"));
  REQUIRE(same);
  CHECK(same->summary ==
        "the budget of photography is already CNY 1,800.00 (planned plus approved adjustments); nothing changed");
}

TEST_CASE("budget void: the expense stays, counts nowhere; the recorder or an approver may void it") {
  // travel 4,000; bob records 1,500 on it; voided, the line is back to 0 spent.
  Project p = evm_project();
  NewExpense e;
  e.amount = m("1500");
  e.category = "travel";
  auto r = record_expense(p, e, as("bob"), d("2026-03-05"));
  REQUIRE(r);
  const std::string id = p.expenses.begin()->first;
  CHECK(spent_on(p, "travel", d("2026-03-05")).str() == "1500.00");
  CHECK_FALSE(void_expense(p, id, "", as("bob"), d("2026-03-06")));  // no reason
  auto voided = void_expense(p, id, "entered twice", as("bob"), d("2026-03-06"));
  REQUIRE(voided);
  const Expense& x = p.expenses.at(id);
  CHECK(x.voided == d("2026-03-06"));
  CHECK(x.voided_by == "bob");
  CHECK(x.void_reason == "entered twice");
  CHECK(x.amount.str() == "1500.00");  // history is kept as it was
  CHECK(spent_on(p, "travel", d("2026-03-06")).str() == "0.00");
  auto again = void_expense(p, id, "again", kAsAlice, d("2026-03-06"));
  REQUIRE_FALSE(again);
  // Someone else's expense: only with approve-budget.
  REQUIRE(record_expense(p, e, kAsAlice, d("2026-03-06")));
  std::string alices;
  for (const auto& [eid, ex] : p.expenses)
    if (ex.by == "alice") alices = eid;
  CHECK(void_expense(p, alices, "not mine", as("bob"), d("2026-03-06")).errors()[0].kind == ErrorKind::permission);
  CHECK(void_expense(p, alices, "mine", kAsAlice, d("2026-03-06")));
}

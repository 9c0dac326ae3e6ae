// Budget control and earned value against cases worked by hand.
#include <doctest/doctest.h>

#include <cmath>

#include "analysis/budget.hpp"
#include "unit/helpers.hpp"

using namespace pmadmin;

namespace {

Date d(const char* iso) { return *Date::parse(iso); }
Money m(const char* s) { return *Money::parse(s); }
using test::evm_project;
using test::spend;

}  // namespace

TEST_CASE("evm: a worked example") {
  // Status date Fri 2026-03-20. Planned: A 03-02..03-13, B 03-16..03-27.
  //   PV = A all (10,000) + B 5 of 10 days (10,000)            = 20,000
  //   EV = A done (10,000) + B 40% of 20,000 (8,000)          = 18,000
  //   AC = 12,000 + 9,000 (the 1,000 dated 03-23 is not yet)  = 21,000
  //   BAC = 30,000; SV = -2,000; CV = -3,000; SPI = 0.9; CPI = 18/21 = 0.857
  //   EAC = BAC / CPI = 30,000 x 21/18 = 35,000; AC + (BAC - EV) = 33,000
  //   ETC = 14,000; VAC = -5,000; TCPI = (30,000 - 18,000) / (30,000 - 21,000) = 1.333
  Project p = evm_project();
  p.tasks["a"].status = TaskStatus::done;
  p.tasks["a"].progress = 100;
  p.tasks["a"].started = d("2026-03-02");
  p.tasks["a"].finished = d("2026-03-16");  // finished late: PV still follows the plan
  p.tasks["b"].status = TaskStatus::doing;
  p.tasks["b"].started = d("2026-03-17");
  p.tasks["b"].progress = 40;
  spend(p, "e-1", "2026-03-10", "12000", "labour");
  spend(p, "e-2", "2026-03-20", "9000", "labour");
  spend(p, "e-3", "2026-03-23", "1000", "travel");
  auto st = budget_status(p, d("2026-03-20"));
  REQUIRE(st);
  const Evm& e = st->evm;
  CHECK(e.plan == "current plan");
  CHECK(e.bac.str() == "30000.00");
  CHECK(e.pv.str() == "20000.00");
  CHECK(e.ev.str() == "18000.00");
  CHECK(e.ac.str() == "21000.00");
  CHECK(e.sv.str() == "-2000.00");
  CHECK(e.cv.str() == "-3000.00");
  CHECK(*e.spi == doctest::Approx(0.9));
  CHECK(*e.cpi == doctest::Approx(18.0 / 21.0));
  CHECK(e.eac->str() == "35000.00");
  CHECK(e.eac_planned_rate.str() == "33000.00");
  CHECK(e.etc->str() == "14000.00");
  CHECK(e.vac->str() == "-5000.00");
  CHECK(*e.tcpi == doctest::Approx(12.0 / 9.0));
  REQUIRE(st->verdict.size() >= 2);
  CHECK(st->verdict[0] ==
        "Spending 17% faster than the work done (CPI 0.86): at this rate the plan costs CNY 35,000.00 instead "
        "of CNY 30,000.00 (5,000.00 over).");
  CHECK(st->verdict[1] == "The work done is worth 10% less than planned by now (SPI 0.90): behind schedule.");
}

TEST_CASE("evm: planned value follows the latest baseline when there is one") {
  // Baseline says B runs 03-23..04-03: on 03-20 none of B is due, PV = 10,000.
  Project p = evm_project();
  Baseline b;
  b.name = "signed";
  b.saved = d("2026-03-01");
  b.tasks = {{"a", BaselineTask{d("2026-03-02"), d("2026-03-13"), m("10000")}},
             {"b", BaselineTask{d("2026-03-23"), d("2026-04-03"), m("20000")}}};
  p.baselines["signed"] = b;
  auto st = budget_status(p, d("2026-03-20"));
  REQUIRE(st);
  CHECK(st->evm.plan == "baseline \"signed\"");
  CHECK(st->evm.pv.str() == "10000.00");
  CHECK_FALSE(st->evm.cpi);  // nothing spent: no cost index, no EAC
  CHECK_FALSE(st->evm.eac);
  CHECK(st->verdict[0] == "No money has been spent yet.");
  // The status date's own working day counts as due (SPEC §3): on 03-23 one day of B.
  auto monday = budget_status(p, d("2026-03-23"));
  CHECK(monday->evm.pv.str() == "12000.00");
  CHECK_FALSE(budget_status(p, d("2026-03-20"), "nope"));
}

TEST_CASE("budget control: overrun per category and in total") {
  Project p = evm_project();
  spend(p, "e-1", "2026-03-10", "4500", "travel");   // travel: 4,500 of 4,000 -> over by 500
  spend(p, "e-2", "2026-03-11", "20000", "labour");  // labour fine; total 24,500 of 29,000
  auto st = budget_status(p, d("2026-03-20"));
  REQUIRE(st);
  REQUIRE(st->categories.size() == 2);
  const CategoryStatus& labour = st->categories[0];
  const CategoryStatus& travel = st->categories[1];
  CHECK_FALSE(labour.overrun);
  CHECK(labour.committed.str() == "30000.00");  // tasks A + B, more than its 25,000
  CHECK(labour.over_committed);
  CHECK(travel.overrun);
  CHECK(travel.remaining.str() == "-500.00");
  CHECK(*travel.used == doctest::Approx(1.125));
  CHECK_FALSE(st->total.overrun);
  CHECK(st->total.spent.str() == "24500.00");
  // An approved adjustment moves the limit: +1,000 on travel ends the overrun.
  p.budget->adjustments.push_back(BudgetAdjustment{d("2026-03-12"), "travel", m("1000"), "more trips", "alice"});
  auto after = budget_status(p, d("2026-03-20"));
  CHECK_FALSE(after->categories[1].overrun);
  CHECK(after->categories[1].budget.str() == "5000.00");
  // Total overrun: spend past the whole budget.
  spend(p, "e-3", "2026-03-12", "10000", "labour");
  auto total = budget_status(p, d("2026-03-20"));
  CHECK(total->categories[0].overrun);  // 30,000 of 25,000
  CHECK(total->total.overrun);          // 34,500 of 30,000
}

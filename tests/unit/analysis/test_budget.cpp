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
  //   AC = 12,000 on A + 9,000 on B (the 1,000 of 03-23 not yet)  = 21,000
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
  spend(p, "e-1", "2026-03-10", "12000", "labour", "a");
  spend(p, "e-2", "2026-03-20", "9000", "labour", "b");
  spend(p, "e-3", "2026-03-23", "1000", "travel", "b");
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
        "The costed tasks are spending 17% faster than their work is done (CPI 0.86): at this rate they cost "
        "CNY 35,000.00 instead of CNY 30,000.00 (5,000.00 over).");
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

TEST_CASE("evm: an office fit-out, costed work beside a materials line, on one base") {
  // Start Mon 2026-03-02. Design (5 days, 6,000) then build (10 days, 15,600): BAC 21,600.
  // Lines: labour 21,600, materials 80,000, contingency 8,400 = 110,000. Status Fri 03-13:
  // design done, build (03-09..03-20) 40% done. Spent 39,000: materials 30,000 (no task),
  // 6,000 on design, 3,000 on build.
  //   PV = 6,000 + 15,600 x 5/10 = 13,800        EV = 6,000 + 15,600 x 40% = 12,240
  //   AC = 6,000 + 3,000 = 9,000 (materials is not costed work)
  //   CPI = 12,240 / 9,000 = 1.36; SPI = 12,240 / 13,800 = 0.887
  //   EAC = 21,600 x 9,000 / 12,240 = 15,882.35; VAC = 5,717.65
  // Mixing the materials into AC would give CPI 12,240 / 39,000 = 0.31 and EAC 68,823.53.
  Project p = evm_project();
  p.tasks.clear();
  Task design;
  design.id = "design";
  design.title = "Design";
  design.duration_days = 5;
  design.cost = m("6000");
  design.category = "labour";
  design.status = TaskStatus::done;
  design.progress = 100;
  Task build = design;
  build.id = "build";
  build.title = "Build";
  build.duration_days = 10;
  build.cost = m("15600");
  build.status = TaskStatus::doing;
  build.progress = 40;
  build.depends = {Dependency{"design", DependencyType::fs, 0}};
  p.tasks = {{"design", design}, {"build", build}};
  p.budget->categories = {{"labour", BudgetLine{m("21600"), "", {}, ""}},
                          {"materials", BudgetLine{m("80000"), "", {}, ""}},
                          {"contingency", BudgetLine{m("8400"), "", {}, ""}}};
  spend(p, "e-1", "2026-03-04", "30000", "materials");
  spend(p, "e-2", "2026-03-06", "6000", "labour", "design");
  spend(p, "e-3", "2026-03-13", "3000", "labour", "build");
  auto st = budget_status(p, d("2026-03-13"));
  REQUIRE(st);
  const Evm& e = st->evm;
  CHECK(e.not_computable.empty());
  CHECK(e.costed_tasks == 2);
  CHECK(e.bac.str() == "21600.00");
  CHECK(e.pv.str() == "13800.00");
  CHECK(e.ev.str() == "12240.00");
  CHECK(e.ac.str() == "9000.00");
  CHECK(e.outside.str() == "30000.00");
  REQUIRE(e.outside_by_line.size() == 1);
  CHECK(e.outside_by_line[0].category == "materials");
  CHECK(*e.cpi == doctest::Approx(1.36));
  CHECK(*e.spi == doctest::Approx(12240.0 / 13800.0));
  CHECK(e.eac->str() == "15882.35");
  CHECK(e.vac->str() == "5717.65");
  // The lines control all spending: 39,000 of 110,000, materials 30,000 of 80,000.
  CHECK(st->total.spent.str() == "39000.00");
  CHECK(st->total.budget.str() == "110000.00");
  CHECK(st->categories[1].spent.str() == "30000.00");
  CHECK_FALSE(st->total.overrun);
  REQUIRE(st->verdict.size() >= 3);
  CHECK(st->verdict[0] == "The work done on the costed tasks cost 26% less than planned (CPI 1.36): under budget.");
  CHECK(st->verdict[1] ==
        "CNY 30,000.00 was spent outside the costed tasks (materials 30,000.00): the budget lines control it; it is "
        "not part of CPI.");
}

TEST_CASE("evm: cannot be computed when no task carries a cost, and says why") {
  Project p = evm_project();
  for (auto& [id, t] : p.tasks) t.cost.reset();
  spend(p, "e-1", "2026-03-04", "5000", "labour", "a");
  auto st = budget_status(p, d("2026-03-13"));
  REQUIRE(st);
  CHECK_FALSE(st->evm.not_computable.empty());
  CHECK_FALSE(st->evm.cpi);
  CHECK_FALSE(st->evm.spi);
  CHECK_FALSE(st->evm.eac);
  CHECK(st->evm.outside.str() == "5000.00");  // booked to a task without a planned cost
  CHECK(st->verdict[0].rfind("Earned value cannot be computed: no task carries a planned cost", 0) == 0);
  CHECK(st->total.spent.str() == "5000.00");  // the line still controls it
}

TEST_CASE("evm: planned value counts the make-up Saturday and skips the holiday week") {
  // Task a: 5 working days 09-28..10-09 across the 10-01..10-07 holiday, 5,000 planned.
  // Task b: 3 days after a, 10-10 (a worked Saturday)..10-13, 3,000 planned.
  // Status date Sat 10-10: a all 5 days (5,000) + b 1 of 3 days (1,000) = PV 6,000.
  // Status date Wed 10-07 (a holiday): a 3 of 5 days (3,000), b nothing = PV 3,000.
  Project p = evm_project();
  p.config.start = d("2026-09-28");
  p.config.calendar.holidays = {{d("2026-10-01"), d("2026-10-07"), ""}};
  p.config.calendar.workdays_extra = {{d("2026-10-10"), d("2026-10-10"), ""}};
  p.tasks["a"].cost = m("5000");
  p.tasks["a"].duration_days = 5;
  p.tasks["b"].cost = m("3000");
  p.tasks["b"].duration_days = 3;
  auto st = budget_status(p, d("2026-10-10"));
  REQUIRE(st);
  CHECK(st->evm.bac.str() == "8000.00");
  CHECK(st->evm.pv.str() == "6000.00");
  auto holiday = budget_status(p, d("2026-10-07"));
  REQUIRE(holiday);
  CHECK(holiday->evm.pv.str() == "3000.00");
}

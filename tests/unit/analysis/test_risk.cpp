// Risk figures: score, level, EMV and the reserve they add up to.
#include <doctest/doctest.h>

#include "analysis/budget.hpp"
#include "analysis/risk.hpp"
#include "unit/helpers.hpp"

using namespace pmadmin;

namespace {

Date d(const char* iso) { return *Date::parse(iso); }
Money m(const char* s) { return *Money::parse(s); }
using test::evm_project;

}  // namespace

TEST_CASE("risk EMV: probability as 10/30/50/70/90 percent of the cost impact") {
  Risk r;
  r.cost_impact = m("6000");
  r.probability = 3;
  CHECK(risk_emv(r)->str() == "3000.00");
  r.probability = 5;
  CHECK(risk_emv(r)->str() == "5400.00");
  r.probability = 1;
  CHECK(risk_emv(r)->str() == "600.00");
  r.cost_impact.reset();
  CHECK_FALSE(risk_emv(r));
  // In the status: open threats add up, opportunities separately, closed ones not at all.
  Project p = evm_project();
  Risk t;
  t.id = "r-1";
  t.cost_impact = m("6000");
  t.probability = 3;
  p.risks["r-1"] = t;
  Risk o = t;
  o.id = "r-2";
  o.kind = RiskKind::opportunity;
  o.probability = 2;
  p.risks["r-2"] = o;
  Risk closed = t;
  closed.id = "r-3";
  closed.status = RiskStatus::closed;
  p.risks["r-3"] = closed;
  auto st = budget_status(p, d("2026-03-20"));
  CHECK(st->reserve.threats.str() == "3000.00");
  CHECK(st->reserve.opportunities.str() == "1800.00");
  CHECK(st->reserve.net.str() == "1200.00");
}

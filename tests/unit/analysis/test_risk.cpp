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

namespace {

Risk risk(const char* id, int probability, int impact, RiskKind kind = RiskKind::threat) {
  Risk r;
  r.id = id;
  r.title = id;
  r.kind = kind;
  r.probability = probability;
  r.impact = impact;
  return r;
}

}  // namespace

TEST_CASE("risk levels: the SPEC's bands at their boundaries, and bands from pmadmin.yaml") {
  const RiskBands spec;
  CHECK(spec.level(1) == RiskLevel::low);
  CHECK(spec.level(4) == RiskLevel::low);
  CHECK(spec.level(5) == RiskLevel::medium);
  CHECK(spec.level(9) == RiskLevel::medium);
  CHECK(spec.level(10) == RiskLevel::high);
  CHECK(spec.level(16) == RiskLevel::high);
  CHECK(spec.level(20) == RiskLevel::critical);
  CHECK(spec.level(25) == RiskLevel::critical);
  Project p = evm_project();
  p.risks["r-1"] = risk("r-1", 4, 4);  // 16
  CHECK(risk_level(p, p.risks["r-1"]) == RiskLevel::high);
  p.config.risk_levels = RiskBands{4, 8, 15};
  CHECK(risk_level(p, p.risks["r-1"]) == RiskLevel::critical);
  CHECK(p.config.risk_levels.level(3) == RiskLevel::low);
  CHECK(p.config.risk_levels.level(4) == RiskLevel::medium);
  CHECK(p.config.risk_levels.level(8) == RiskLevel::high);
  CHECK(probability_percent(1) == 10);
  CHECK(probability_percent(3) == 50);
  CHECK(probability_percent(5) == 90);
}

TEST_CASE("risk matrix: counts per cell of the open risks, threats and opportunities apart") {
  Project p = evm_project();
  p.risks["a"] = risk("a", 3, 4);
  p.risks["b"] = risk("b", 3, 4);
  p.risks["c"] = risk("c", 5, 5);
  p.risks["d"] = risk("d", 1, 2, RiskKind::opportunity);
  p.risks["e"] = risk("e", 2, 2);
  p.risks["e"].status = RiskStatus::closed;
  auto all = risk_heat_map(p);
  auto threats = risk_heat_map(p, RiskKind::threat);
  auto opportunities = risk_heat_map(p, RiskKind::opportunity);
  CHECK(threats[2][3] == 2);  // probability 3, impact 4
  CHECK(threats[4][4] == 1);
  CHECK(threats[0][1] == 0);
  CHECK(threats[1][1] == 0);  // closed: not counted
  CHECK(opportunities[0][1] == 1);
  int total = 0;
  for (const auto& row : all)
    for (int n : row) total += n;
  CHECK(total == 4);
}

TEST_CASE("risk exposure: the EMV total of a hand-computed register against the contingency") {
  Project p = evm_project();
  // 6,000 x 50% + 10,000 x 30% + 3,000 x 50% + 2,000 x 30% = 3,000 + 3,000 + 1,500 + 600 = 8,100.
  const std::array<std::tuple<const char*, int, const char*>, 4> threats = {
      {{"a", 3, "6000"}, {"b", 2, "10000"}, {"c", 3, "3000"}, {"d", 2, "2000"}}};
  for (const auto& [id, probability, cost] : threats) {
    p.risks[id] = risk(id, probability, 3);
    p.risks[id].cost_impact = m(cost);
  }
  p.risks["o"] = risk("o", 4, 3, RiskKind::opportunity);  // 5,000 x 70% = 3,500 saved
  p.risks["o"].cost_impact = m("5000");
  p.risks["x"] = risk("x", 5, 5);  // no cost impact: not counted, but said
  p.budget->categories.push_back({"contingency", BudgetLine{m("6000"), "", {}, ""}});
  auto st = budget_status(p, d("2026-03-20"));
  REQUIRE(st);
  CHECK(st->reserve.threats.str() == "8100.00");
  CHECK(st->reserve.opportunities.str() == "3500.00");
  CHECK(st->reserve.contingency_left->str() == "6000.00");
  CHECK(st->reserve.open_risks_without_cost == 1);
  auto direct = risk_reserve(p, st->categories);  // the one function risk exposure uses too
  REQUIRE(direct);
  CHECK(direct->threats == st->reserve.threats);
}

TEST_CASE("risk list: filtered, by score then ID; changes since a date from the history") {
  Project p = evm_project();
  p.risks["b"] = risk("b", 3, 4);
  p.risks["a"] = risk("a", 4, 3);
  p.risks["c"] = risk("c", 1, 1);
  p.risks["c"].category = "vendor";
  p.risks["c"].tasks = {"a"};
  auto ids = [](const std::vector<const Risk*>& list) {
    std::vector<std::string> out;
    for (const Risk* r : list) out.push_back(r->id);
    return out;
  };
  CHECK(ids(list_risks(p, {})) == std::vector<std::string>{"a", "b", "c"});
  RiskFilter high;
  high.level = RiskLevel::high;
  CHECK(ids(list_risks(p, high)) == std::vector<std::string>{"a", "b"});
  RiskFilter by_task;
  by_task.task = "a";
  CHECK(ids(list_risks(p, by_task)) == std::vector<std::string>{"c"});
  p.config.risk_categories = {"vendor"};
  p.config.risk_category_titles = {{"vendor", "供应商"}};
  RiskFilter by_title;  // the category's display name finds its risks as the ID does
  by_title.category = "供应商";
  CHECK(ids(list_risks(p, by_title)) == std::vector<std::string>{"c"});
  by_title.category = "vendor";
  CHECK(ids(list_risks(p, by_title)) == std::vector<std::string>{"c"});
  // a: identified 03-02 at 2x3, assessed 03-10 at 4x3 (worse); b: no history (unchanged);
  // c: identified 03-12 (new since 03-11); d: 3x3 closed on 03-11.
  p.risks["a"].history = {{d("2026-03-02"), "alice", RiskEvent::identify, 2, 3, "", "", ""},
                          {d("2026-03-10"), "alice", RiskEvent::assess, 4, 3, "", "", "worse"}};
  p.risks["c"].history = {{d("2026-03-12"), "alice", RiskEvent::identify, 1, 1, "", "", ""}};
  p.risks["d"] = risk("d", 3, 3);
  p.risks["d"].status = RiskStatus::closed;
  p.risks["d"].history = {{d("2026-03-02"), "alice", RiskEvent::identify, 3, 3, "", "", ""},
                          {d("2026-03-11"), "alice", RiskEvent::close, 3, 3, "", "", "gone"}};
  CHECK(risk_state_on(p.risks["a"], d("2026-03-09"))->probability == 2);
  CHECK(risk_state_on(p.risks["a"], d("2026-03-10"))->probability == 4);
  CHECK_FALSE(risk_state_on(p.risks["c"], d("2026-03-11")));
  auto changes = risk_changes_since(p, d("2026-03-05"));
  REQUIRE(changes.size() == 3);
  CHECK(changes[0].risk->id == "c");  // new first
  CHECK(!changes[0].before);
  CHECK(changes[1].risk->id == "a");  // then the rise: 6 -> 12
  CHECK(changes[1].delta == 6);
  CHECK(changes[2].risk->id == "d");  // closed, same score
  CHECK(changes[2].before->status == RiskStatus::open);
  CHECK(risk_changes_since(p, d("2026-03-12")).empty());
}

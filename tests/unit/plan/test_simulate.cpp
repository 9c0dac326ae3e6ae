// Monte Carlo: reproducible, equal to CPM without uncertainty, and matching hand-computed
// probabilities of a triangular distribution.
#include <doctest/doctest.h>

#include <cmath>

#include "plan/simulate.hpp"

using namespace pmadmin;

namespace {

Date d(const char* iso) { return *Date::parse(iso); }

Project chain(const std::vector<std::pair<int, std::string>>& tasks) {
  Project p;
  p.config.start = d("2026-03-02");
  std::string prev;
  int i = 0;
  for (const auto& [days, estimate] : tasks) {
    Task t;
    t.id = "t" + std::to_string(i++);
    t.title = t.id;
    t.duration_days = days;
    t.estimate = estimate;
    if (!prev.empty()) t.depends.push_back(Dependency{prev, DependencyType::fs, 0});
    prev = t.id;
    p.tasks[t.id] = t;
  }
  return p;
}

}  // namespace

TEST_CASE("simulate: optimistic = likely = pessimistic gives the CPM result") {
  Project p = chain({{5, "5d/5d/5d"}, {3, "3d/3d/3d"}, {2, ""}});
  Task side;
  side.id = "side";
  side.title = "side";
  side.duration_days = 2;
  side.estimate = "2d/2d/2d";
  p.tasks["side"] = side;
  auto cpm = compute_schedule(p, d("2026-01-01"));
  REQUIRE(cpm);
  SimulationOptions o;
  o.iterations = 500;
  for (const char* dist : {"triangular", "pert"}) {
    o.distribution = dist;
    auto r = simulate_schedule(p, d("2026-01-01"), o);
    REQUIRE(r);
    CHECK(r->deterministic == cpm->finish);
    CHECK(r->p50 == cpm->finish);
    CHECK(r->p95 == cpm->finish);
    CHECK(r->on_time == 1.0);
    for (const auto& c : r->criticality) CHECK(c.index == (c.task == "side" ? 0.0 : 1.0));
  }
}

TEST_CASE("simulate: the same seed gives the same result") {
  Project p = chain({{5, "2d/5d/12d"}, {3, "1d/3d/8d"}, {4, "4d/4d/9d"}});
  SimulationOptions o;
  o.iterations = 2000;
  o.seed = 42;
  auto a = simulate_schedule(p, d("2026-01-01"), o);
  auto b = simulate_schedule(p, d("2026-01-01"), o);
  REQUIRE(a);
  REQUIRE(b);
  CHECK(a->p50 == b->p50);
  CHECK(a->p80 == b->p80);
  CHECK(a->p95 == b->p95);
  CHECK(a->on_time == b->on_time);
  CHECK(a->p50 <= a->p80);
  CHECK(a->p80 <= a->p95);
  CHECK(a->earliest >= d("2026-03-10"));  // 2+1+4 = 7 days at best: Tue 03-10
  CHECK(a->latest <= d("2026-04-07"));    // 12+8+9 = 29 days at worst
}

TEST_CASE("simulate: one triangular task 1d/2d/3d, probabilities by hand") {
  // Rounded to whole days: P(1) = P(x < 1.5) = 0.5^2 / 2 = 0.125, P(3) = 0.125, P(2) = 0.75.
  // So P50 and P80 are 2 days (cumulative 0.875), P95 is 3 days, and the plan (2 days) is
  // met in 87.5% of runs.
  Project p = chain({{2, "1d/2d/3d"}});
  SimulationOptions o;
  o.iterations = 20000;
  o.seed = 7;
  auto r = simulate_schedule(p, d("2026-01-01"), o);
  REQUIRE(r);
  CHECK(r->deterministic == d("2026-03-03"));
  CHECK(r->p50 == d("2026-03-03"));
  CHECK(r->p80 == d("2026-03-03"));
  CHECK(r->p95 == d("2026-03-04"));
  CHECK(r->earliest == d("2026-03-02"));
  CHECK(std::abs(r->on_time - 0.875) < 0.01);
}

TEST_CASE("sampler: draws stay in range and have the textbook means") {
  // Triangular mean (a + c + b) / 3; PERT mean (a + 4c + b) / 6.
  DurationSampler s(123);
  double tri = 0, pert = 0;
  const int n = 100000;
  for (int i = 0; i < n; ++i) {
    int t = s.triangular(2, 5, 11);
    int b = s.pert(2, 5, 11);
    REQUIRE(t >= 2);
    REQUIRE(t <= 11);
    REQUIRE(b >= 2);
    REQUIRE(b <= 11);
    tri += t;
    pert += b;
  }
  CHECK(std::abs(tri / n - 6.0) < 0.05);
  CHECK(std::abs(pert / n - 5.5) < 0.05);
  CHECK(s.triangular(4, 4, 4) == 4);
  CHECK(s.pert(4, 4, 4) == 4);
}

TEST_CASE("simulate with risk events: a 50% threat of 4 days on a one-task plan") {
  // One task of 10 working days from Mon 2026-03-02: finishes Fri 03-13. The threat
  // (probability 3 = 50%) adds 4 days in about half of the runs: finish Thu 03-19. So P80
  // and P95 are 03-19; P50 is either date (half the runs on each); the plan's date is met
  // in about half of the runs; without the event every run finishes on 03-13.
  Project p = chain({{10, ""}});
  Risk r;
  r.id = "r-1";
  r.title = "Late parts";
  r.probability = 3;
  r.impact = 3;
  r.tasks = {"t0"};
  r.delay_days = 4;
  p.risks["r-1"] = r;
  SimulationOptions o;
  o.iterations = 10000;
  auto s = simulate_schedule(p, d("2026-03-02"), o);
  REQUIRE(s);
  CHECK(s->p80 == d("2026-03-13"));
  CHECK(s->p95 == d("2026-03-13"));
  REQUIRE(s->with_risks);
  CHECK(s->with_risks->p80 == d("2026-03-19"));
  CHECK(s->with_risks->p95 == d("2026-03-19"));
  CHECK((s->with_risks->p50 == d("2026-03-13") || s->with_risks->p50 == d("2026-03-19")));
  CHECK(std::abs(s->with_risks->on_time - 0.5) < 0.02);
  REQUIRE(s->with_risks->ranking.size() == 1);
  CHECK(s->with_risks->ranking[0].risk == "r-1");
  CHECK(s->with_risks->ranking[0].p80_shift_days == 4);
  // Ranked by how much each moves P80: a 10% threat of 6 days moves it by none (it happens
  // in fewer than 20% of runs), a 90% one of 2 days by 2.
  Risk rare = r;
  rare.id = "r-0";
  rare.probability = 1;
  rare.delay_days = 6;
  p.risks["r-0"] = rare;
  Risk likely = r;
  likely.id = "r-2";
  likely.probability = 5;
  likely.delay_days = 2;
  p.risks["r-2"] = likely;
  s = simulate_schedule(p, d("2026-03-02"), o);
  REQUIRE(s);
  REQUIRE(s->with_risks->ranking.size() == 3);
  CHECK(s->with_risks->ranking[0].risk == "r-1");
  CHECK(s->with_risks->ranking[1].risk == "r-2");
  CHECK(s->with_risks->ranking[1].p80_shift_days == 2);
  CHECK(s->with_risks->ranking[2].risk == "r-0");
  CHECK(s->with_risks->ranking[2].p80_shift_days == 0);
  // Closed, opportunities and threats without a delay are not events.
  p.risks["r-1"].status = RiskStatus::closed;
  p.risks["r-2"].kind = RiskKind::opportunity;
  p.risks["r-0"].delay_days = 0;
  s = simulate_schedule(p, d("2026-03-02"), o);
  REQUIRE(s);
  CHECK(!s->with_risks);
}

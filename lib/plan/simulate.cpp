#include "plan/simulate.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>

#include "model/grammar.hpp"
#include "plan/calendar.hpp"

namespace pmadmin {

double DurationSampler::uniform() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }

int DurationSampler::triangular(int low, int likely, int high) {
  if (high <= low) return low;
  const double a = low, c = likely, b = high;
  const double u = uniform();
  const double split = (c - a) / (b - a);
  double x = u < split ? a + std::sqrt(u * (b - a) * (c - a)) : b - std::sqrt((1 - u) * (b - a) * (b - c));
  return static_cast<int>(std::lround(x));
}

double DurationSampler::normal() {  // Box-Muller; 1 - u keeps the logarithm finite
  const double u1 = 1.0 - uniform(), u2 = uniform();
  return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

double DurationSampler::gamma(double shape) {
  const double d = shape - 1.0 / 3.0, c = 1.0 / std::sqrt(9.0 * d);
  while (true) {
    double x = normal(), v = 1.0 + c * x;
    if (v <= 0) continue;
    v = v * v * v;
    const double u = 1.0 - uniform();
    if (u < 1.0 - 0.0331 * x * x * x * x) return d * v;
    if (std::log(u) < 0.5 * x * x + d * (1.0 - v + std::log(v))) return d * v;
  }
}

int DurationSampler::pert(int low, int likely, int high) {
  if (high <= low) return low;
  const double a = low, m = likely, b = high;
  const double alpha = 1.0 + 4.0 * (m - a) / (b - a), beta = 1.0 + 4.0 * (b - m) / (b - a);
  const double x = gamma(alpha), y = gamma(beta);
  return static_cast<int>(std::lround(a + (b - a) * x / (x + y)));
}

namespace {

struct Uncertain {
  std::size_t node;
  Estimate e;
};

/// An open threat with a schedule impact: in each iteration it happens with `chance` and
/// then adds `delay` working days to each of its open tasks.
struct ThreatEvent {
  const Risk* risk;
  double chance;
  std::vector<std::size_t> nodes;
};

struct Runs {
  std::vector<long> finishes;  ///< sorted
  std::vector<int> critical;   ///< per node: iterations in which it was critical
  int on_time = 0;
};

struct Simulator {
  const Network& n;
  const SimulationOptions& o;
  std::vector<Uncertain> uncertain;
  std::vector<ThreatEvent> events;
  long deterministic = 0;
  int iterations = 1;

  long finish_of(const Pass& pass) const { return last_finish_index(n, pass.es, pass.ef).value_or(0L); }

  /// `use`: which events may happen (none, all, or one). Durations and events are drawn
  /// from two generators seeded from --seed, so every run sees the same durations and the
  /// same event outcomes: the runs differ only in the events they let happen.
  Runs run(const std::vector<bool>& use) const {
    DurationSampler sampler(o.seed);
    DurationSampler event_sampler(o.seed ^ 0x9E3779B97F4A7C15ULL);
    const std::size_t count = n.nodes.size();
    std::vector<int> base(count), durations(count);
    for (std::size_t v = 0; v < count; ++v) base[v] = durations[v] = n.nodes[v].duration;
    Runs out;
    out.critical.assign(count, 0);
    out.finishes.reserve(static_cast<std::size_t>(iterations));
    for (int i = 0; i < iterations; ++i) {
      for (const auto& ev : events)
        for (std::size_t v : ev.nodes) durations[v] = base[v];
      for (const auto& u : uncertain)
        durations[u.node] = o.distribution == "pert" ? sampler.pert(u.e.optimistic, u.e.likely, u.e.pessimistic)
                                                     : sampler.triangular(u.e.optimistic, u.e.likely, u.e.pessimistic);
      for (std::size_t k = 0; k < events.size(); ++k)
        if (event_sampler.uniform() < events[k].chance && use[k])
          for (std::size_t v : events[k].nodes) durations[v] += events[k].risk->delay_days;
      Pass pass = run_passes(n, durations);
      long f = finish_of(pass);
      out.finishes.push_back(f);
      if (f <= deterministic) ++out.on_time;
      for (std::size_t v = 0; v < count; ++v) {
        const auto state = n.nodes[v].state;
        if ((state == Network::State::planned || state == Network::State::in_progress) && pass.lf[v] - pass.ef[v] <= 0)
          ++out.critical[v];
      }
    }
    std::sort(out.finishes.begin(), out.finishes.end());
    return out;
  }
};

/// The finish by which `pct` percent of the iterations finished (nearest rank).
long percentile(const std::vector<long>& sorted, int pct) {
  std::size_t rank = (sorted.size() * static_cast<std::size_t>(pct) + 99) / 100;
  return sorted[std::max<std::size_t>(rank, 1) - 1];
}

Simulator prepare(const Project& p, const Network& n, const SimulationOptions& o) {
  Simulator sim{n, o, {}, {}, 0, std::max(1, o.iterations)};
  std::map<std::string, std::size_t> node_of;
  for (std::size_t v = 0; v < n.nodes.size(); ++v) {
    const auto& node = n.nodes[v];
    bool open = node.state == Network::State::planned || node.state == Network::State::in_progress;
    if (!open) continue;
    node_of[node.task->id] = v;
    if (node.milestone) continue;
    if (auto e = parse_estimate(node.task->estimate)) sim.uncertain.push_back({v, *e});
  }
  if (o.risk_events)
    for (const auto& [id, r] : p.risks) {
      if (!is_open(r.status) || r.kind != RiskKind::threat || r.delay_days <= 0) continue;
      ThreatEvent ev{&r, probability_percent(r.probability) / 100.0, {}};
      for (const auto& t : r.tasks)
        if (auto it = node_of.find(t); it != node_of.end()) ev.nodes.push_back(it->second);
      if (!ev.nodes.empty()) sim.events.push_back(std::move(ev));
    }
  sim.deterministic = sim.finish_of(run_passes(n, {}));
  return sim;
}

}  // namespace

Result<SimulationResult> simulate_schedule(const Project& p, Date today, const SimulationOptions& o) {
  WorkCalendar cal(p.config.calendar, p.config.start);
  auto net = build_network(p, cal, today);
  if (!net) return net.errors();
  const Network& n = *net;
  const Simulator sim = prepare(p, n, o);

  SimulationResult r;
  r.iterations = sim.iterations;
  r.seed = o.seed;
  r.distribution = o.distribution;
  r.uncertain_tasks = static_cast<int>(sim.uncertain.size());
  r.deterministic = cal.date_of(sim.deterministic);
  const Runs base = sim.run(std::vector<bool>(sim.events.size(), false));
  r.p50 = cal.date_of(percentile(base.finishes, 50));
  r.p80 = cal.date_of(percentile(base.finishes, 80));
  r.p95 = cal.date_of(percentile(base.finishes, 95));
  r.earliest = cal.date_of(base.finishes.front());
  r.latest = cal.date_of(base.finishes.back());
  r.on_time = static_cast<double>(base.on_time) / r.iterations;
  for (std::size_t v = 0; v < n.nodes.size(); ++v) {
    const auto state = n.nodes[v].state;
    if (state != Network::State::planned && state != Network::State::in_progress) continue;
    r.criticality.push_back({n.nodes[v].task->id, static_cast<double>(base.critical[v]) / r.iterations});
  }
  std::stable_sort(r.criticality.begin(), r.criticality.end(),
                   [](const auto& a, const auto& b) { return a.index > b.index; });
  if (sim.events.empty()) return r;

  const Runs all = sim.run(std::vector<bool>(sim.events.size(), true));
  SimulationResult::WithRisks w;
  w.p50 = cal.date_of(percentile(all.finishes, 50));
  w.p80 = cal.date_of(percentile(all.finishes, 80));
  w.p95 = cal.date_of(percentile(all.finishes, 95));
  w.latest = cal.date_of(all.finishes.back());
  w.on_time = static_cast<double>(all.on_time) / r.iterations;
  const long base_p80 = percentile(base.finishes, 80);
  for (std::size_t k = 0; k < sim.events.size(); ++k) {
    std::vector<bool> only(sim.events.size(), false);
    only[k] = true;
    const long p80 = percentile(sim.run(only).finishes, 80);
    const Risk& risk = *sim.events[k].risk;
    w.ranking.push_back(
        {risk.id, probability_percent(risk.probability), risk.delay_days, cal.date_of(p80), p80 - base_p80});
  }
  std::stable_sort(w.ranking.begin(), w.ranking.end(),
                   [](const auto& a, const auto& b) { return a.p80_shift_days > b.p80_shift_days; });
  r.with_risks = std::move(w);
  return r;
}

}  // namespace pmadmin

#include "plan/simulate.hpp"

#include <algorithm>
#include <cmath>
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

Result<SimulationResult> simulate_schedule(const Project& p, Date today, const SimulationOptions& o) {
  WorkCalendar cal(p.config.calendar, p.config.start);
  auto net = build_network(p, cal, today);
  if (!net) return net.errors();
  const Network& n = *net;
  const std::size_t count = n.nodes.size();

  struct Uncertain {
    std::size_t node;
    Estimate e;
  };
  std::vector<Uncertain> uncertain;
  for (std::size_t v = 0; v < count; ++v) {
    const auto& node = n.nodes[v];
    bool open = node.state == Network::State::planned || node.state == Network::State::in_progress;
    if (!open || node.milestone) continue;
    if (auto e = parse_estimate(node.task->estimate)) uncertain.push_back({v, *e});
  }
  auto finish_of = [&](const Pass& pass) { return last_finish_index(n, pass.es, pass.ef).value_or(0L); };

  SimulationResult r;
  r.iterations = std::max(1, o.iterations);
  r.seed = o.seed;
  r.distribution = o.distribution;
  r.uncertain_tasks = static_cast<int>(uncertain.size());
  const long deterministic = finish_of(run_passes(n, {}));
  r.deterministic = cal.date_of(deterministic);

  DurationSampler sampler(o.seed);
  std::vector<int> durations(count);
  for (std::size_t v = 0; v < count; ++v) durations[v] = n.nodes[v].duration;
  std::vector<long> finishes;
  finishes.reserve(static_cast<std::size_t>(r.iterations));
  std::vector<int> critical_count(count, 0);
  int on_time = 0;
  for (int i = 0; i < r.iterations; ++i) {
    for (const auto& u : uncertain)
      durations[u.node] = o.distribution == "pert" ? sampler.pert(u.e.optimistic, u.e.likely, u.e.pessimistic)
                                                   : sampler.triangular(u.e.optimistic, u.e.likely, u.e.pessimistic);
    Pass pass = run_passes(n, durations);
    long f = finish_of(pass);
    finishes.push_back(f);
    if (f <= deterministic) ++on_time;
    for (std::size_t v = 0; v < count; ++v) {
      const auto state = n.nodes[v].state;
      if ((state == Network::State::planned || state == Network::State::in_progress) && pass.lf[v] - pass.ef[v] <= 0)
        ++critical_count[v];
    }
  }
  std::sort(finishes.begin(), finishes.end());
  auto percentile = [&](int pct) {  // nearest rank
    std::size_t rank = (finishes.size() * static_cast<std::size_t>(pct) + 99) / 100;
    return cal.date_of(finishes[std::max<std::size_t>(rank, 1) - 1]);
  };
  r.p50 = percentile(50);
  r.p80 = percentile(80);
  r.p95 = percentile(95);
  r.earliest = cal.date_of(finishes.front());
  r.latest = cal.date_of(finishes.back());
  r.on_time = static_cast<double>(on_time) / r.iterations;
  for (std::size_t v = 0; v < count; ++v) {
    const auto state = n.nodes[v].state;
    if (state != Network::State::planned && state != Network::State::in_progress) continue;
    r.criticality.push_back({n.nodes[v].task->id, static_cast<double>(critical_count[v]) / r.iterations});
  }
  std::stable_sort(r.criticality.begin(), r.criticality.end(),
                   [](const auto& a, const auto& b) { return a.index > b.index; });
  return r;
}

}  // namespace pmadmin

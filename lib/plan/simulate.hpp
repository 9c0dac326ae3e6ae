#pragma once
/// Monte Carlo schedule risk analysis (SPEC §3 Simulation): each iteration draws every
/// task's duration from its three-point estimate (`estimate: 3d/5d/10d`; tasks without one
/// keep their duration), runs the CPM passes, and records the finish date and which tasks
/// were critical. Seeded and platform-independent: the same seed gives the same numbers.
#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "plan/schedule.hpp"

namespace pmadmin {

struct SimulationOptions {
  int iterations = 10000;
  std::uint64_t seed = 1;
  std::string distribution = "triangular";  ///< triangular | pert
  bool risk_events = true;                  ///< sample open threats with a delay as events (SPEC §3 Risk)
};

struct SimulationResult {
  int iterations = 0;
  std::uint64_t seed = 0;
  std::string distribution;
  Date deterministic;  ///< the CPM forecast finish
  Date p50, p80, p95;  ///< finish by which that share of iterations finished
  Date earliest, latest;
  double on_time = 0;       ///< share of iterations finishing by the deterministic date
  int uncertain_tasks = 0;  ///< open tasks with a three-point estimate
  struct Criticality {
    std::string task;
    double index = 0;  ///< share of iterations in which the task was critical
  };
  std::vector<Criticality> criticality;  ///< open tasks, most often critical first, then ID (without risk events)
  /// The same iterations with the risk events: each open threat with a `delay` happens with
  /// its probability (10-90 %) and then delays each of its open tasks. Absent when no risk
  /// has a schedule impact.
  struct WithRisks {
    Date p50, p80, p95, latest;
    double on_time = 0;
    struct Effect {
      std::string risk;
      int probability_percent = 0;
      int delay_days = 0;
      Date p80;                 ///< P80 with only this risk's event
      long p80_shift_days = 0;  ///< working days it moves P80 on its own
    };
    std::vector<Effect> ranking;  ///< most P80 moved first, then risk ID
  };
  std::optional<WithRisks> with_risks;
};

/// Durations drawn from three-point estimates. std::mt19937_64's sequence is fixed by the
/// C++ standard, but the standard distributions are not, so the conversions are our own:
/// the same seed gives the same draws with any compiler.
class DurationSampler {
 public:
  explicit DurationSampler(std::uint64_t seed) : engine_(seed) {}
  double uniform();  ///< [0, 1), from the 53 high bits of one draw
  /// Triangular over [low, high] with mode `likely`, rounded to whole working days.
  int triangular(int low, int likely, int high);
  /// PERT: beta with mean (low + 4 likely + high) / 6, rounded to whole working days.
  int pert(int low, int likely, int high);

 private:
  double normal();
  double gamma(double shape);  ///< shape >= 1 (Marsaglia-Tsang)
  std::mt19937_64 engine_;
};

Result<SimulationResult> simulate_schedule(const Project& p, Date today, const SimulationOptions& options);

}  // namespace pmadmin

#pragma once
/// The dependency network of a project (SPEC §3 CPM): tasks as nodes in topological order,
/// FS/SS/FF edges with lags, and each task's duration, state and date constraints in
/// working-day index form. Shared by CPM (plan/schedule.hpp), levelling and simulation.
/// The time model is described in plan/schedule.hpp.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "model/model.hpp"
#include "plan/calendar.hpp"

namespace pmadmin {

/// The dependency graph of a project, in index form, shared by CPM, levelling and the
/// Monte Carlo simulation.
struct Network {
  enum class State { planned, in_progress, done, cancelled };
  struct Edge {
    int other = 0;  ///< predecessor (in `preds`) or successor (in `succs`)
    DependencyType type = DependencyType::fs;
    int lag = 0;
  };
  struct Node {
    const Task* task = nullptr;
    State state = State::planned;
    bool milestone = false;
    bool duration_assumed = false;    ///< no duration, effort or estimate: 1 day assumed
    int duration = 0;                 ///< planned working days
    int progress = 0;                 ///< percent
    long min_start = 0;               ///< project start, start-no-earlier and today, as an index
    std::optional<long> fixed_start;  ///< started (in progress or done)
    std::optional<long> fixed_end;    ///< finished (done)
    std::optional<long> due_end;      ///< the latest end that meets `due`
    std::vector<Edge> preds;
    std::vector<Edge> succs;
  };
  std::vector<Node> nodes;           ///< in task-ID order
  std::vector<int> order;            ///< topological order
  std::map<std::string, int> index;  ///< task ID -> node
  long today_task = 0;               ///< first index unfinished work may use
};

/// Builds the network. Fails (exit 2) naming every task of each dependency cycle, and on
/// references to unknown tasks (normally caught earlier by validation).
/// With `ignore_actuals`, every task not cancelled is treated as planned and not bound to
/// today: the plan as it would run from the start, for planned value (EVM).
Result<Network> build_network(const Project& p, const WorkCalendar& cal, Date today, bool ignore_actuals = false);

/// Every dependency cycle in the project as an error at the dependency that closes it:
/// "dependency cycle: a -> b -> c -> a". Used by validation so no command writes a cycle.
Diagnostics find_dependency_cycles(const Project& p);

/// Working days of a task: its duration, else effort / the owner's capacity, else the
/// likely estimate, else 1 (flagged as assumed). 0 for milestones.
int task_duration(const Project& p, const Task& t, bool* assumed = nullptr);
/// Remaining working days of a started task: ceil(duration x (100 - progress) / 100).
int remaining_days(int duration, int progress);

/// A person's capacity in percent of full time; 100 for an unknown or empty ID.
int capacity_of(const Project& p, const std::string& person);

}  // namespace pmadmin

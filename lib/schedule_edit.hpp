#pragma once
/// Changes to the plan: the library side of `pmadmin schedule add/progress/move/baseline`.
/// Each returns the files to write and a summary that says what moved, so the user sees
/// the effect on the finish date before committing.
#include <optional>
#include <string>
#include <vector>

#include "assign.hpp"
#include "identity.hpp"
#include "model.hpp"
#include "schedule.hpp"

namespace pmadmin {

struct NewTask {
  std::string id;  ///< empty: random t-xxxx
  std::string title;
  bool milestone = false;
  std::optional<int> duration_days;
  std::optional<int> effort_days;
  std::string estimate;             ///< "3d/5d/10d"
  std::vector<std::string> after;   ///< "ID", "ID:ss+2d", "ID:ff-1d"
  std::optional<Date> start_no_earlier;
  std::optional<Date> due;
  std::string owner;
  std::optional<Money> cost;
  std::string category;
  std::vector<std::string> tags;
  std::optional<int> priority;
};

/// Adds tasks/<id>.yaml (created exclusively). Unknown predecessors, owners and categories
/// are refused with "did you mean".
Result<Outcome> add_task(Project& p, const NewTask& spec, const IdentitySources& who, Date today);

/// Records progress on `on` (not after today): a percentage, or done when `percent` is empty
/// (or 100). Starting work sets `started` and status doing; done sets `finished`.
Result<Outcome> record_progress(Project& p, const std::string& task, std::optional<int> percent, Date on,
                                const IdentitySources& who, Date today);

struct MoveSpec {
  std::optional<std::optional<Date>> start;  ///< new start-no-earlier; inner nullopt clears it
  std::optional<int> duration_days;
  std::optional<std::optional<Date>> due;    ///< inner nullopt clears it
  std::optional<std::string> estimate;       ///< "" clears it
  std::string reason;                        ///< required
};

/// Re-plans a task; the change and its reason are appended to the task's log.
Result<Outcome> move_task(Project& p, const std::string& task, const MoveSpec& spec, const IdentitySources& who,
                          Date today);

/// The planned cost of a task: its `cost`, else effort (or duration) x the owner's rate.
std::optional<Money> planned_cost(const Project& p, const Task& t);

/// Saves the current forecast as baselines/<name>.yaml; needs set-baseline. An existing
/// name is kept unless `replace`.
Result<Outcome> save_baseline(Project& p, const std::string& name, bool replace, const IdentitySources& who,
                              Date today);

/// The baseline `diff` compares against by default: the most recently saved (then by name).
const Baseline* latest_baseline(const Project& p);

struct TaskSlip {
  std::string id;
  std::string title;
  std::optional<BaselineTask> baseline;  ///< empty: added after the baseline
  std::optional<Date> start, finish;     ///< forecast; empty: removed since
  long start_slip = 0;                   ///< working days, positive = later than baselined
  long finish_slip = 0;
};
struct BaselineDiff {
  std::string name;
  Date baseline_finish;
  Date forecast_finish;
  long project_slip = 0;  ///< working days
  std::vector<TaskSlip> tasks;  ///< forecast order, then removed tasks
};
BaselineDiff diff_baseline(const Project& p, const Schedule& s, const Baseline& b);

}  // namespace pmadmin

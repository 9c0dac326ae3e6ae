#pragma once
/// Schedule baselines (SPEC §1 baselines/, §2 `schedule baseline`): what a saved baseline
/// holds, which one counts as the latest, and the slip of the forecast against one.
#include <optional>
#include <string>
#include <vector>

#include "model/model.hpp"
#include "plan/schedule.hpp"

namespace pmadmin {

/// A baseline of the forecast `s`: every task not cancelled, in ID order (stable files,
/// small diffs), with its forecast dates and planned cost.
Baseline baseline_of(const Project& p, const Schedule& s, const std::string& name, Date saved, const std::string& by);

/// The baseline `diff` compares against by default: the most recently saved (then by name).
const Baseline* latest_baseline(const Project& p);

/// Baseline `name`, or the latest when `name` is empty. No baseline saved yet, or an unknown
/// name, is a usage error (with how to save one, or "did you mean").
Result<const Baseline*> find_baseline(const Project& p, const std::string& name);

/// The finish of the last task of a baseline; nullopt when it holds no task.
std::optional<Date> baseline_finish(const Baseline& b);

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
  long project_slip = 0;        ///< working days
  std::vector<TaskSlip> tasks;  ///< forecast order, then removed tasks
};
BaselineDiff diff_baseline(const Project& p, const Schedule& s, const Baseline& b);

}  // namespace pmadmin

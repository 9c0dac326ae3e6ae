#pragma once
/// What `pmadmin schedule` prints: the CPM table, the critical path, baselines and their
/// slip, a levelling plan, a Monte Carlo simulation. Text for people, JSON (and CSV for the
/// table) for tools.
#include <string>
#include <vector>

#include "model/model.hpp"
#include "plan/baseline.hpp"
#include "plan/level.hpp"
#include "plan/schedule.hpp"
#include "plan/simulate.hpp"
#include "render/format.hpp"

namespace pmadmin {

/// The CPM table of `rows` (a selection of `s`'s tasks) with the finish, the critical path
/// and the tasks forecast to miss their due date (text, json or csv).
std::string render_schedule(const Project& p, const Schedule& s, const std::vector<const ScheduledTask*>& rows,
                            OutputFormat format);
/// What a filtered listing says when no task passes the filters.
std::string render_no_task_matches(const Schedule& s);
/// The critical path in order, with what negative float means (text or json).
std::string render_critical(const Schedule& s, OutputFormat format);
/// The saved baselines (text or json).
std::string render_baselines(const Project& p, OutputFormat format);
/// One baseline's tasks (text or json).
std::string render_baseline(const Project& p, const Baseline& b, OutputFormat format);
/// Slip per task and for the project against baseline `b` (text or json).
std::string render_baseline_diff(const BaselineDiff& d, const Baseline& b, Date today, OutputFormat format);
/// A levelling plan, without changing anything (json).
std::string render_levelling(const Levelling& l, OutputFormat format);
/// Finish percentiles and the `top` most often critical tasks (text or json).
std::string render_simulation(const Project& p, const SimulationResult& r, int top, OutputFormat format);

}  // namespace pmadmin

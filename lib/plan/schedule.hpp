#pragma once
/// The scheduling engine (SPEC §3 CPM, Forecast): forward and backward pass over FS/SS/FF
/// dependencies with lags, on the project's working-day calendar, as of a status date.
///
/// Time model. Working days are numbered by WorkCalendar. A task occupies the half-open
/// range [start, end) of day indices, so a 5-day task starting on day 3 has end 8 and
/// finishes on day 7. A milestone is a moment, start == end: the end of the working day
/// before it (`end - 1`), so a milestone right after a task that finishes on Friday is
/// dated that Friday, and a finish-to-start successor starts on Monday.
///
///   finish-to-start  succ.start >= pred.end   + lag
///   start-to-start   succ.start >= pred.start + lag
///   finish-to-finish succ.end   >= pred.end   + lag
///
/// Forecast: done tasks keep their actual dates; a started task keeps its start and its
/// remaining work (duration x (1 - progress)) cannot happen before today; work not started
/// cannot start before today. Total float = late end - early end; critical = total float
/// <= 0 (negative when a `due` date cannot be met).
#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/model.hpp"
#include "plan/calendar.hpp"
#include "plan/network.hpp"

namespace pmadmin {

/// The earliest start of `node` given its predecessors' start/end (index form) and its own
/// duration: its min_start and every FS/SS/FF constraint with lag.
long earliest_start(const Network::Node& node, long duration, const std::vector<long>& es, const std::vector<long>& ef);

/// The early and late dates of one node for given durations (index form).
struct Pass {
  std::vector<long> es, ef, ls, lf;
  long project_end = 0;
};
/// Forward and backward pass. `durations` overrides the nodes' durations (for simulation);
/// pass an empty vector to use them as they are. Linear in nodes + edges.
Pass run_passes(const Network& n, const std::vector<int>& durations);

struct ScheduledTask {
  const Task* task = nullptr;
  Network::State state = Network::State::planned;
  bool milestone = false;
  bool duration_assumed = false;
  int duration = 0;
  int remaining = 0;
  long es = 0, ef = 0, ls = 0, lf = 0;  ///< index form, see the file comment
  Date start, finish;                   ///< forecast dates (milestone: start == finish)
  Date late_start, late_finish;
  long total_float = 0;
  long free_float = 0;
  bool critical = false;
  std::optional<long> due_slip;  ///< working days the forecast finish is past `due` (<= 0: on time)

  /// Working days from `start` to `finish`, both included: the planned duration for work not
  /// started, actual start to forecast (or actual) finish for work started; 0 for a milestone.
  long span() const { return milestone ? 0 : std::max(ef - es, 1L); }
};

struct Schedule {
  std::vector<ScheduledTask> tasks;  ///< by forecast start, then finish, then ID
  std::map<std::string, std::size_t> by_id;
  Date start;   ///< project start
  Date finish;  ///< forecast finish of the last task
  long working_days = 0;
  std::vector<std::string> critical_path;  ///< critical task IDs by start, then finish
  Date today;

  const ScheduledTask* find(const std::string& id) const {
    auto it = by_id.find(id);
    return it == by_id.end() ? nullptr : &tasks[it->second];
  }
};

/// Which tasks of a schedule a listing shows.
struct TaskFilter {
  bool critical_only = false;
  std::string owner;   ///< a person ID; empty: everybody's
  std::string status;  ///< todo, doing, blocked, done, cancelled, or open (not done or cancelled)
  std::string tag;
  bool late_only = false;        ///< open and past its due date, or forecast to finish after it
  bool milestones_only = false;  ///< only milestones

  bool any() const {
    return critical_only || !owner.empty() || !status.empty() || !tag.empty() || late_only || milestones_only;
  }
};
/// The tasks of `s` that pass every part of `filter`, in schedule order. An unknown owner,
/// status or tag is a usage error with "did you mean".
Result<std::vector<const ScheduledTask*>> select_tasks(const Project& p, const Schedule& s, const TaskFilter& filter);

/// How long a plan may run: pmadmin refuses a plan that ends more than this many years after
/// the project start (or after Date::last()): such a date is a typo, and the bound keeps
/// every chart and report the size of the plan.
inline constexpr int kMaxPlanYears = 20;
/// The last day a plan of `p` may end on.
Date plan_horizon(const Project& p);
/// An error at the task that finishes last when `s` ends after plan_horizon(p).
Status check_horizon(const Project& p, const Schedule& s);

/// The forecast schedule as of `today`; an error when it ends after plan_horizon(p).
Result<Schedule> compute_schedule(const Project& p, Date today);

/// The plan without progress: every task as planned from the project start (actual dates,
/// progress and today ignored). What planned value is measured against when no baseline
/// is saved.
Result<Schedule> compute_plan(const Project& p);

/// Turns pass results into a Schedule (used by compute_schedule and levelling).
Schedule make_schedule(const Project& p, const WorkCalendar& cal, const Network& n, const Pass& pass, Date today);

/// The display finish of a node from its index-form dates (see the file comment).
long finish_index(bool milestone, long es, long ef);

/// The latest display finish over the tasks that are not cancelled; nullopt when there are
/// none. The project's finish for any set of dates: CPM, levelling, each simulation run.
std::optional<long> last_finish_index(const Network& n, const std::vector<long>& es, const std::vector<long>& ef);

}  // namespace pmadmin

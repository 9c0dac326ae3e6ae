#pragma once
/// Changes to the plan: the library side of `pmadmin schedule add/progress/move/baseline/level`.
/// Each changes the project in memory and returns what it touched and a summary that says
/// what moved, so the user sees the effect on the finish date.
#include <optional>
#include <string>
#include <vector>

#include "model/change.hpp"
#include "model/identity.hpp"
#include "model/model.hpp"
#include "plan/schedule.hpp"

namespace pmadmin {

struct NewTask {
  std::string id;  ///< empty: random t-xxxx
  std::string title;
  bool milestone = false;
  std::optional<int> duration_days;
  std::optional<int> effort_days;
  std::string estimate;            ///< "3d/5d/10d"
  std::vector<std::string> after;  ///< "ID", "ID:ss+2d", "ID:ff-1d"
  std::optional<Date> start_no_earlier;
  std::optional<Date> due;
  std::string owner;
  std::optional<Money> cost;
  std::string category;
  std::vector<std::string> tags;
  std::optional<int> priority;
};

/// The task `id`, or a usage error with "did you mean".
Result<Task*> find_task(Project& p, const std::string& id);
/// "2026-03-20", or "-" for none.
std::string date_or_dash(const std::optional<Date>& d);
/// One changed field of a task, described in the language current when it is written (the
/// log in the project's, the summary in the user's).
struct FieldChange {
  const char* field;  ///< N_() marked: "title", "owner", ...; "notes" and "acceptance criteria" have own sentences
  std::string from, to;
};
/// "owner li-na -> wang; due 2026-04-01 -> 2026-04-08".
std::string describe_changes(const std::vector<FieldChange>& changes);

/// Appends `entry` to the task's log and returns the task file with a summary of the change
/// and its effect on the dates against `before` (the schedule before the change). The log
/// entry's detail is in the project's language, `said` is the same in the user's.
Result<Outcome> logged_change(Project& p, Task& t, LogEntry entry, const std::string& said, const Schedule& before,
                              Date today);

/// The checks every verb applies to what it writes into a task, with "did you mean":
/// a known person, a planned budget category, a dependency "ID", "ID:ss+2d" or "ID:ff-1d"
/// on a known task.
Status check_owner(const Project& p, const std::string& owner);
Status check_category(const Project& p, const std::string& category);
Result<Dependency> parse_after(const Project& p, const std::string& item);

/// Adds a task (a new tasks/<id>.yaml). Unknown predecessors, owners and categories
/// are refused with "did you mean".
Result<Outcome> add_task(Project& p, const NewTask& spec, const IdentitySources& who, Date today);

/// Records progress on `on` (not after today): a percentage, or done when `percent` is empty
/// (or 100). Starting work sets `started` and status doing; done sets `finished`.
Result<Outcome> record_progress(Project& p, const std::string& task, std::optional<int> percent, Date on,
                                const IdentitySources& who, Date today);

struct MoveSpec {
  std::optional<std::optional<Date>> start;  ///< new start-no-earlier; inner nullopt clears it
  std::optional<int> duration_days;
  std::optional<std::optional<Date>> due;  ///< inner nullopt clears it
  std::optional<std::string> estimate;     ///< "" clears it
  std::string reason;                      ///< required
};

/// Re-plans a task; the change and its reason are appended to the task's log.
Result<Outcome> move_task(Project& p, const std::string& task, const MoveSpec& spec, const IdentitySources& who,
                          Date today);

/// Saves the current forecast as baseline `name`; needs set-baseline. An existing
/// name is kept unless `replace`.
Result<Outcome> save_baseline(Project& p, const std::string& name, bool replace, const IdentitySources& who,
                              Date today);

/// Resource levelling (plan/level.hpp) applied: start-no-earlier on each delayed task,
/// logged as "level".
Result<Outcome> apply_levelling(Project& p, const IdentitySources& who, Date today);

}  // namespace pmadmin

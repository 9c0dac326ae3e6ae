#pragma once
/// Correcting the plan: the library side of `pmadmin schedule edit/status/remove`. Each
/// change is logged in the task (who, when, what, why) and its summary gives the effect on
/// the task's dates and the project finish, as `move` does.
#include <optional>
#include <string>
#include <vector>

#include "model/change.hpp"
#include "model/identity.hpp"
#include "model/model.hpp"

namespace pmadmin {

/// What `schedule edit` changes; an empty optional leaves a field as it is.
struct TaskEdit {
  std::optional<std::string> title;
  std::optional<std::string> owner;        ///< "" clears
  std::optional<std::optional<Date>> due;  ///< inner nullopt clears
  std::optional<std::optional<Date>> start_no_earlier;
  std::optional<int> duration_days;                  ///< clears effort
  std::optional<int> effort_days;                    ///< clears duration
  std::optional<std::string> estimate;               ///< "" clears
  std::optional<std::optional<Money>> cost;          ///< inner nullopt clears
  std::optional<std::string> category;               ///< "" clears
  std::optional<int> priority;                       ///< 1-1000
  std::optional<std::vector<std::string>> after;     ///< replaces every dependency
  std::vector<std::string> add_after, remove_after;  ///< "ID[:ss+2d]" / "ID"
  std::vector<std::string> add_tags, remove_tags;
  std::vector<std::string> add_criteria, remove_criteria;  ///< acceptance criteria, by exact text
  std::optional<std::string> notes;
  std::string reason;  ///< optional; kept in the log
};

/// Edits a task's fields. Refuses unknown people, categories and tasks (with "did you
/// mean"), a dependency cycle (naming it), and a change that leaves nothing different.
Result<Outcome> edit_task(Project& p, const std::string& id, const TaskEdit& edit, const IdentitySources& who,
                          Date today);

/// Sets a task todo, doing, blocked or cancelled, with the reason (required). Done is
/// `schedule progress TASK done`; a task with progress cannot go back to todo (progress 0
/// does that).
Result<Outcome> set_task_status(Project& p, const std::string& id, TaskStatus status, const std::string& reason,
                                const IdentitySources& who, Date today);

/// Deletes a task's file. Refused while other tasks depend on it (naming them) unless
/// `detach` (their dependency on it is dropped and logged in each), and refused while
/// expenses, inspections, risks, surveys or meeting actions refer to it (its history:
/// cancel it instead).
Result<Outcome> remove_task(Project& p, const std::string& id, const std::string& reason, bool detach,
                            const IdentitySources& who, Date today);

}  // namespace pmadmin

#pragma once
/// Reviews (SPEC §2 `review`): meetings whose actions become tasks, quality inspections
/// against a task's acceptance criteria (with a rework task for a failure), acceptance of
/// a deliverable (accept-deliverable, every criterion passed), and feedback between people.
/// Each is a new file reviews/<id>.yaml, by the acting person, dated.
#include <optional>
#include <string>
#include <vector>

#include "model/change.hpp"
#include "model/identity.hpp"
#include "model/model.hpp"

namespace pmadmin {

/// "Send the logo files;owner=alice;due=2026-04-03" -> an action (owner and due optional).
Result<ActionItem> parse_action(const std::string& text);

struct NewMeeting {
  std::string title;         ///< default: "Weekly status", in the project's language
  std::optional<Date> date;  ///< default today
  std::vector<std::string> attendees;
  std::string notes;
  std::vector<std::string> decisions;
  std::vector<ActionItem> actions;  ///< each becomes a task tagged `action`
};
Result<Outcome> record_meeting(Project& p, const NewMeeting& m, const IdentitySources& who, Date today);

struct NewInspection {
  std::string task;
  std::vector<std::string> passed;  ///< criteria, by their exact names
  std::vector<std::string> failed;
  std::optional<InspectionResult> result;  ///< for a task without acceptance criteria
  std::string note;
  bool rework = false;  ///< open a rework task for the failed criteria
};
Result<Outcome> record_inspection(Project& p, const NewInspection& q, const IdentitySources& who, Date today);

/// Signs a deliverable off: needs accept-deliverable, and every criterion passed (for a task
/// without criteria: its latest inspection passed).
Result<Outcome> accept_deliverable(Project& p, const std::string& task, const std::string& note,
                                   const IdentitySources& who, Date today);

struct NewFeedback {
  std::string person;
  int rating = 0;  ///< 1-5
  std::string text;
  bool kudos = false;  ///< recognition: counted apart in performance
};
Result<Outcome> record_feedback(Project& p, const NewFeedback& f, const IdentitySources& who, Date today);

}  // namespace pmadmin

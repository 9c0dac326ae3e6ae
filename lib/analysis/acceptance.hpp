#pragma once
/// Where a deliverable stands against its acceptance criteria (SPEC §3, quality): each
/// criterion by name takes the result of the latest inspection that names it, and the task
/// is accepted only when every criterion has passed and a holder of accept-deliverable
/// signed it off on or after the day the last one passed. `check done-without-acceptance`
/// and the report's Quality status both read this, and nothing else.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "model/model.hpp"
#include "model/vocab.hpp"

namespace pmadmin {

enum class AcceptanceState {
  no_criteria,                  ///< the task has no acceptance criteria: nothing to accept
  not_inspected,                ///< no inspection names any of its criteria
  not_passed,                   ///< some criteria never passed, or failed in their latest inspection
  awaiting_acceptance,          ///< every criterion passed; nobody with accept-deliverable signed it off since
  accepted_without_permission,  ///< signed off, but only by people without accept-deliverable then
  accepted,
};
template <>
struct Vocabulary<AcceptanceState> {
  static constexpr std::array<std::string_view, 6> words = {
      "no-criteria", "not-inspected", "not-passed", "awaiting-acceptance", "accepted-without-permission", "accepted"};
};

struct CriterionStatus {
  std::string criterion;
  std::optional<InspectionResult> result;  ///< of the latest inspection naming it; none: never inspected
  std::optional<Date> on;
  std::string review;  ///< that inspection
};

struct AcceptanceStatus {
  AcceptanceState state = AcceptanceState::no_criteria;
  std::vector<CriterionStatus> criteria;  ///< in the task's order
  std::vector<std::string> open;          ///< criteria not (yet) passed, in the task's order
  std::vector<std::string> failing;       ///< criteria whose latest inspection failed them
  std::optional<Date> passed_on;          ///< when the last criterion passed, once all have
  std::string accepted_by;                ///< the sign-off that counts, or the last one refused
  std::optional<Date> accepted_on;
  std::string review;  ///< the review holding that sign-off
};

AcceptanceStatus acceptance_of(const Project& p, const Task& task);

}  // namespace pmadmin

// The closed vocabularies: every word converts both ways, unknown words do not.
#include <doctest/doctest.h>

#include <fmt/format.h>

#include "model/vocab.hpp"

using namespace pmadmin;

namespace {

template <typename E>
void round_trips() {
  for (E value : all_of<E>()) {
    CAPTURE(to_text(value));
    CHECK(from_text<E>(to_text(value)) == value);
  }
  CHECK_FALSE(from_text<E>("no-such-word"));
  CHECK(words_of<E>().size() == all_of<E>().size());
}

}  // namespace

TEST_CASE("every vocabulary round-trips") {
  round_trips<TaskStatus>();
  round_trips<TaskKind>();
  round_trips<DependencyType>();
  round_trips<Org>();
  round_trips<RoleAction>();
  round_trips<Permission>();
  round_trips<RiskKind>();
  round_trips<RiskStatus>();
  round_trips<ReviewKind>();
  round_trips<QuestionKind>();
  round_trips<InspectionResult>();
  round_trips<MeetingEvery>();
  round_trips<RuleSeverity>();
  round_trips<CheckRuleId>();
}

TEST_CASE("words are the file format's, and format with fmt") {
  CHECK(to_text(TaskStatus::cancelled) == "cancelled");
  CHECK(to_text(MeetingEvery::two_weeks) == "2weeks");
  CHECK(to_text(Permission::accept_deliverable) == "accept-deliverable");
  CHECK(from_text<CheckRuleId>("unauthorised-approval") == CheckRuleId::unauthorised_approval);
  CHECK(fmt::format("[{:<8}]", RuleSeverity::warning) == "[warning ]");
  CHECK(is_open(TaskStatus::blocked));
  CHECK_FALSE(is_open(TaskStatus::done));
  CHECK_FALSE(is_open(TaskStatus::cancelled));
  CHECK_FALSE(is_open(RiskStatus::closed));
  CHECK(risk_responses(RiskKind::opportunity) == std::vector<std::string>{"exploit", "share", "enhance", "accept"});
}

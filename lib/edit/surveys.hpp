#pragma once
/// Client satisfaction surveys (SPEC §2 `survey`): create one with its questions, record a
/// response per respondent, close it.
#include <optional>
#include <string>
#include <vector>

#include "model/change.hpp"
#include "model/identity.hpp"
#include "model/model.hpp"

namespace pmadmin {

/// "nps:How likely...", "choice:Which area?|Speed|Quality", "id=recommend;csat:How satisfied?",
/// "rating:..." (1-5) or "rating10:..." (1-10); `n` numbers it q<n> when no id= is given.
Result<Question> parse_question(const std::string& spec, int n);

struct NewSurvey {
  std::string id;
  std::string title;
  std::vector<Question> questions;
  std::string milestone;
  Audience audience = Audience::all;
  std::optional<Date> closes;
};
Result<Outcome> create_survey(Project& p, const NewSurvey& s, const IdentitySources& who, Date today);

/// One respondent's answers ("q1=9", "q3=text"); a second response by the same respondent
/// replaces the first only with `replace`. `anonymous`: the respondent is a code, not a person.
Result<Outcome> record_response(Project& p, const std::string& survey, const std::string& respondent,
                                const std::vector<std::string>& answers, bool replace, bool anonymous,
                                const IdentitySources& who, Date today);

/// Responses from a CSV file (RFC 4180): a header row of question IDs and `respondent`
/// (left out with `anonymous`), one row per respondent, empty cells unanswered. Every bad
/// row is reported with its line, and nothing is recorded when any row is bad.
Result<Outcome> import_responses(Project& p, const std::string& survey, const std::string& file, std::string_view csv,
                                 bool replace, bool anonymous, const IdentitySources& who, Date today);

/// Turns feedback into an improvement task (tagged `survey`), kept in the survey's actions.
Result<Outcome> add_survey_action(Project& p, const std::string& survey, const ActionItem& action,
                                  const IdentitySources& who, Date today);

Result<Outcome> close_survey(Project& p, const std::string& survey, const IdentitySources& who, Date today);

}  // namespace pmadmin

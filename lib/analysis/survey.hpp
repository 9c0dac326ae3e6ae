#pragma once
/// Survey scores (SPEC §3 Survey): NPS = % promoters (9-10) - % detractors (0-6);
/// CSAT = % of answers 4-5 on a 1-5 scale.
#include <optional>
#include <string>
#include <vector>

#include "model/model.hpp"

namespace pmadmin {

struct SurveyScore {
  std::string survey;
  std::string title;
  Date opened;
  int responses = 0;
  // NPS over every nps question's answers
  int promoters = 0, passives = 0, detractors = 0;
  std::optional<int> nps;  ///< rounded, -100..100; none without nps answers
  // CSAT over every csat question's answers
  int satisfied = 0, csat_answers = 0;
  std::optional<int> csat;  ///< percent, rounded
};

SurveyScore score_survey(const Survey& s);

/// Every survey's score, oldest first (by opened date, then ID): the trend.
std::vector<SurveyScore> survey_trend(const Project& p);

}  // namespace pmadmin

namespace pmadmin {

/// One question's answers, summarised for `survey report`.
struct QuestionReport {
  const Question* question = nullptr;
  int answers = 0;
  std::optional<double> mean;                        ///< scored questions
  int low = 0;                                       ///< the scale's first value (nps 0, else 1)
  std::vector<int> distribution;                     ///< answers per value from `low`
  std::vector<std::pair<std::string, int>> choices;  ///< choice: count per option, in order
  std::vector<std::string> texts;                    ///< text: every answer, by respondent
};

struct SurveyReport {
  SurveyScore score;
  int audience = 0;                     ///< people the survey asks (its audience)
  std::optional<double> response_rate;  ///< responses / audience
  std::vector<QuestionReport> questions;
};

SurveyReport report_survey(const Project& p, const Survey& s);

}  // namespace pmadmin

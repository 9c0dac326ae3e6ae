#pragma once
/// What `pmadmin survey` prints: the surveys, one survey's report (counts, NPS, CSAT, a
/// histogram per scored question, choice counts, text answers) and the trend.
#include <string>
#include <vector>

#include "analysis/survey.hpp"
#include "render/format.hpp"

namespace pmadmin {

std::string render_surveys(const Project& p, OutputFormat format);
std::string render_survey_report(const Survey& s, const SurveyReport& r, OutputFormat format);
/// A form to hand out: a CSV header (respondent and the question IDs) or a printable
/// Markdown questionnaire.
std::string render_survey_template(const Survey& s, OutputFormat format);
std::string render_survey_trend(const std::vector<SurveyScore>& trend, OutputFormat format);

}  // namespace pmadmin

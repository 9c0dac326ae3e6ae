#include "analysis/survey.hpp"

#include <algorithm>
#include <cmath>

namespace pmadmin {

SurveyScore score_survey(const Survey& s) {
  SurveyScore out;
  out.survey = s.id;
  out.title = s.title;
  out.opened = s.opened;
  out.responses = static_cast<int>(s.responses.size());
  for (const auto& [who, r] : s.responses) {
    for (const auto& a : r.answers) {
      auto q =
          std::find_if(s.questions.begin(), s.questions.end(), [&](const Question& x) { return x.id == a.question; });
      if (q == s.questions.end() || !a.numeric) continue;
      int v = std::stoi(a.value);
      if (q->kind == QuestionKind::nps) {
        if (v >= 9)
          ++out.promoters;
        else if (v >= 7)
          ++out.passives;
        else
          ++out.detractors;
      } else if (q->kind == QuestionKind::csat) {
        ++out.csat_answers;
        if (v >= 4) ++out.satisfied;
      }
    }
  }
  int nps_answers = out.promoters + out.passives + out.detractors;
  if (nps_answers > 0) out.nps = static_cast<int>(std::lround(100.0 * (out.promoters - out.detractors) / nps_answers));
  if (out.csat_answers > 0) out.csat = static_cast<int>(std::lround(100.0 * out.satisfied / out.csat_answers));
  return out;
}

std::vector<SurveyScore> survey_trend(const Project& p) {
  std::vector<SurveyScore> out;
  for (const auto& [id, s] : p.surveys) out.push_back(score_survey(s));
  std::stable_sort(out.begin(), out.end(),
                   [](const SurveyScore& a, const SurveyScore& b) { return a.opened < b.opened; });
  return out;
}

}  // namespace pmadmin

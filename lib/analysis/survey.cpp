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

namespace pmadmin {

SurveyReport report_survey(const Project& p, const Survey& s) {
  SurveyReport r;
  r.score = score_survey(s);
  for (const auto& [id, person] : p.people)
    r.audience += s.audience == Audience::all || (s.audience == Audience::client) == (person.org == Org::client);
  if (r.audience > 0) r.response_rate = std::min(1.0, static_cast<double>(s.responses.size()) / r.audience);
  for (const Question& q : s.questions) {
    QuestionReport qr;
    qr.question = &q;
    const bool scored = q.kind == QuestionKind::nps || q.kind == QuestionKind::csat || q.kind == QuestionKind::rating;
    qr.low = q.kind == QuestionKind::nps ? 0 : 1;
    const int high = q.kind == QuestionKind::nps ? 10 : q.kind == QuestionKind::csat ? 5 : q.max;
    if (scored) qr.distribution.assign(static_cast<std::size_t>(high - qr.low + 1), 0);
    for (const auto& o : q.options) qr.choices.emplace_back(o, 0);
    long sum = 0;
    for (const auto& [who, resp] : s.responses)
      for (const Answer& a : resp.answers) {
        if (a.question != q.id) continue;
        ++qr.answers;
        if (scored && a.numeric) {
          const int v = std::stoi(a.value);
          if (v < qr.low || v > high) continue;
          sum += v;
          ++qr.distribution[static_cast<std::size_t>(v - qr.low)];
        } else if (q.kind == QuestionKind::choice) {
          for (auto& [option, n] : qr.choices) n += option == a.value;
        } else if (q.kind == QuestionKind::text) {
          qr.texts.push_back(a.value);
        }
      }
    if (scored && qr.answers) qr.mean = static_cast<double>(sum) / qr.answers;
    r.questions.push_back(std::move(qr));
  }
  return r;
}

}  // namespace pmadmin

// Survey scores (SPEC §3): NPS = % promoters (9-10) - % detractors (0-6); CSAT = % of 4-5.
#include <doctest/doctest.h>

#include "analysis/survey.hpp"

using namespace pmadmin;

namespace {

Date d(const char* iso) { return *Date::parse(iso); }

Survey survey(const char* id, const char* opened) {
  Survey s;
  s.id = id;
  s.title = std::string("Survey ") + id;
  s.opened = d(opened);
  s.questions = {Question{"rec", QuestionKind::nps, "Recommend?", 5, {}},
                 Question{"sat", QuestionKind::csat, "Satisfied?", 5, {}},
                 Question{"why", QuestionKind::text, "Why?", 5, {}}};
  return s;
}

void respond(Survey& s, const std::string& who, const char* nps, const char* csat, const char* why = "fine") {
  SurveyResponse r;
  r.respondent = who;
  if (nps) r.answers.push_back(Answer{"rec", nps, true});
  if (csat) r.answers.push_back(Answer{"sat", csat, true});
  r.answers.push_back(Answer{"why", why, false});
  s.responses[who] = r;
}

}  // namespace

TEST_CASE("NPS: promoters 9-10, passives 7-8, detractors 0-6") {
  Survey s = survey("s-1", "2026-03-02");
  respond(s, "a", "10", "5");
  respond(s, "b", "9", "4");
  respond(s, "c", "8", "3");
  respond(s, "d", "7", "2");
  respond(s, "e", "6", "1");
  respond(s, "f", "0", nullptr);
  SurveyScore sc = score_survey(s);
  CHECK(sc.responses == 6);
  CHECK(sc.promoters == 2);
  CHECK(sc.passives == 2);
  CHECK(sc.detractors == 2);
  CHECK(sc.nps == 0);  // (2 - 2) / 6
  CHECK(sc.csat_answers == 5);
  CHECK(sc.satisfied == 2);
  CHECK(sc.csat == 40);  // 2 of 5 answered 4-5
}

TEST_CASE("NPS and CSAT round to whole percents; none without answers") {
  Survey s = survey("s-1", "2026-03-02");
  respond(s, "a", "10", nullptr);
  respond(s, "b", "8", nullptr);
  respond(s, "c", "8", nullptr);
  SurveyScore sc = score_survey(s);
  CHECK(sc.nps == 33);  // 1 of 3 promoters: 33.3
  CHECK_FALSE(sc.csat);
  respond(s, "b", "3", nullptr);
  respond(s, "c", "2", nullptr);
  CHECK(score_survey(s).nps == -33);  // 1 promoter, 2 detractors of 3
  Survey empty = survey("s-2", "2026-03-02");
  CHECK_FALSE(score_survey(empty).nps);
  CHECK(score_survey(empty).responses == 0);
}

TEST_CASE("text answers and answers to unknown questions are not scored") {
  Survey s = survey("s-1", "2026-03-02");
  SurveyResponse r;
  r.respondent = "a";
  r.answers = {Answer{"why", "10", false}, Answer{"gone", "10", true}};
  s.responses["a"] = r;
  SurveyScore sc = score_survey(s);
  CHECK(sc.responses == 1);
  CHECK(sc.promoters == 0);
  CHECK_FALSE(sc.nps);
}

TEST_CASE("the trend is oldest first, by the date a survey opened") {
  Project p;
  p.surveys["b-later"] = survey("b-later", "2026-05-01");
  p.surveys["a-earlier"] = survey("a-earlier", "2026-06-01");
  p.surveys["c-first"] = survey("c-first", "2026-03-01");
  respond(p.surveys["c-first"], "x", "10", "5");
  auto trend = survey_trend(p);
  REQUIRE(trend.size() == 3);
  CHECK(trend[0].survey == "c-first");
  CHECK(trend[0].nps == 100);
  CHECK(trend[1].survey == "b-later");
  CHECK(trend[2].survey == "a-earlier");
}

TEST_CASE("NPS at its ends: all promoters 100, all detractors -100; CSAT 100 and 0") {
  Survey s = survey("s-1", "2026-03-02");
  respond(s, "a", "10", "5");
  respond(s, "b", "9", "4");
  SurveyScore all_up = score_survey(s);
  CHECK(all_up.nps == 100);
  CHECK(all_up.csat == 100);
  Survey down = survey("s-2", "2026-03-02");
  respond(down, "a", "6", "3");
  respond(down, "b", "0", "1");
  SurveyScore all_down = score_survey(down);
  CHECK(all_down.nps == -100);
  CHECK(all_down.detractors == 2);
  CHECK(all_down.csat == 0);
}

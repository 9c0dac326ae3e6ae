// Surveys: questions from the command line, responses on each question's scale, one per
// respondent unless replaced, none once closed; the report's figures by hand.
#include <doctest/doctest.h>

#include "analysis/survey.hpp"
#include "edit/surveys.hpp"
#include "unit/helpers.hpp"

using namespace pmadmin;

namespace {

Date d(const char* iso) { return *Date::parse(iso); }
const IdentitySources kAlice{"alice", "", ""};

Project with_survey() {
  Project p = test::audited_project();
  NewSurvey s;
  s.id = "s-1";
  s.title = "Launch";
  for (const char* spec : {"nps:Recommend?", "csat:Satisfied?", "choice:Which area?|Speed|Quality|Cost",
                           "id=improve;text:What to improve?", "rating10:Value for money?"}) {
    auto q = parse_question(spec, static_cast<int>(s.questions.size()) + 1);
    REQUIRE(q);
    s.questions.push_back(*q);
  }
  REQUIRE(create_survey(p, s, kAlice, d("2026-03-02")));
  return p;
}

}  // namespace

TEST_CASE("survey questions: kinds, numbering, choice options, rating scales") {
  Project p = with_survey();
  const Survey& s = p.surveys.at("s-1");
  REQUIRE(s.questions.size() == 5);
  CHECK(s.questions[0].id == "q1");
  CHECK(s.questions[0].kind == QuestionKind::nps);
  CHECK(s.questions[2].options == std::vector<std::string>{"Speed", "Quality", "Cost"});
  CHECK(s.questions[2].text == "Which area?");
  CHECK(s.questions[3].id == "improve");
  CHECK(s.questions[4].max == 10);
  CHECK(!parse_question("npx:Recommend?", 1));
  CHECK(!parse_question("choice:Only one|A", 1));
  CHECK(!parse_question("no colon", 1));
  CHECK(!parse_question("rating11:Too wide", 1));
}

TEST_CASE("survey responses: on the scale, one per respondent, none once closed") {
  Project p = with_survey();
  auto out_of_range = record_response(p, "s-1", "bob", {"q1=11"}, false, false, kAlice, d("2026-03-03"));
  REQUIRE(!out_of_range);
  CHECK(out_of_range.errors()[0].message == "the answer to q1 (nps) must be a whole number from 0 to 10, not \"11\"");
  CHECK(!record_response(p, "s-1", "bob", {"q2=0"}, false, false, kAlice, d("2026-03-03")));
  CHECK(!record_response(p, "s-1", "bob", {"q3=Sped"}, false, false, kAlice, d("2026-03-03")));
  CHECK(!record_response(p, "s-1", "bob", {"q9=1"}, false, false, kAlice, d("2026-03-03")));
  CHECK(!record_response(p, "s-1", "bobb", {"q1=1"}, false, false, kAlice, d("2026-03-03")));
  REQUIRE(record_response(p, "s-1", "bob", {"q1=9", "q2=4", "q3=Speed", "improve=Faster", "q5=10"}, false, false,
                          kAlice, d("2026-03-03")));
  CHECK(!record_response(p, "s-1", "bob", {"q1=3"}, false, false, kAlice, d("2026-03-04")));
  REQUIRE(record_response(p, "s-1", "bob", {"q1=3"}, true, false, kAlice, d("2026-03-04")));
  CHECK(p.surveys.at("s-1").responses.at("bob").answers.size() == 1);
  REQUIRE(record_response(p, "s-1", "", {"q1=10"}, false, true, kAlice, d("2026-03-04")));
  CHECK(p.surveys.at("s-1").responses.size() == 2);
  REQUIRE(close_survey(p, "s-1", kAlice, d("2026-03-05")));
  auto closed = record_response(p, "s-1", "alice", {"q1=8"}, false, false, kAlice, d("2026-03-05"));
  REQUIRE(!closed);
  CHECK(closed.errors()[0].message == "survey s-1 is closed: it takes no more responses");
}

TEST_CASE("survey report: counts, mean, distribution and choices by hand") {
  Project p = with_survey();
  // NPS answers 10, 7, 6: 1 promoter, 1 passive, 1 detractor -> NPS 0; mean 23/3.
  // CSAT 5, 4, 2: 2 of 3 satisfied -> 67%. Choices: Speed 2, Quality 0, Cost 1.
  REQUIRE(record_response(p, "s-1", "alice", {"q1=10", "q2=5", "q3=Speed"}, false, false, kAlice, d("2026-03-03")));
  REQUIRE(record_response(p, "s-1", "bob", {"q1=7", "q2=4", "q3=Cost", "improve=More demos"}, false, false, kAlice,
                          d("2026-03-03")));
  REQUIRE(record_response(p, "s-1", "", {"q1=6", "q2=2", "q3=Speed"}, false, true, kAlice, d("2026-03-03")));
  const SurveyReport r = report_survey(p, p.surveys.at("s-1"));
  CHECK(r.score.responses == 3);
  CHECK(r.score.nps == 0);
  CHECK(r.score.promoters == 1);
  CHECK(r.score.passives == 1);
  CHECK(r.score.detractors == 1);
  CHECK(r.score.csat == 67);
  CHECK(r.audience == 2);                           // alice and bob: audience all
  CHECK(*r.response_rate == doctest::Approx(1.0));  // capped: an anonymous answer is not a person
  CHECK(*r.questions[0].mean == doctest::Approx(23.0 / 3));
  CHECK(r.questions[0].distribution[10] == 1);
  CHECK(r.questions[0].distribution[6] == 1);
  CHECK(r.questions[1].distribution[1] == 1);  // the 2 of a 1-5 scale
  CHECK(r.questions[2].choices == std::vector<std::pair<std::string, int>>{{"Speed", 2}, {"Quality", 0}, {"Cost", 1}});
  CHECK(r.questions[3].texts == std::vector<std::string>{"More demos"});
  CHECK(r.questions[4].answers == 0);
  CHECK(!r.questions[4].mean);
}

TEST_CASE("survey import: every bad row reported by line, nothing recorded; then all rows") {
  Project p = with_survey();
  const std::string bad = "respondent,q1,q3\nalicee,9,Speed\nbob,11,Speed\nalice,7,Sped\nbob,8\n";
  auto refused = import_responses(p, "s-1", "in.csv", bad, false, false, kAlice, d("2026-03-03"));
  REQUIRE(!refused);
  REQUIRE(refused.errors().size() == 4);
  CHECK(refused.errors()[0].line == 2);
  CHECK(refused.errors()[0].hint == "did you mean \"alice\"?");
  CHECK(refused.errors()[1].line == 3);
  CHECK(refused.errors()[2].line == 4);
  CHECK(refused.errors()[3].message == "this row has 2 fields, the header 3");
  CHECK(p.surveys.at("s-1").responses.empty());
  auto unknown_column =
      import_responses(p, "s-1", "in.csv", "respondent,q7\nalice,1\n", false, false, kAlice, d("2026-03-03"));
  REQUIRE(!unknown_column);
  CHECK(unknown_column.errors()[0].message == "column \"q7\" is not a question of survey s-1");
  const std::string good =
      "\xEF\xBB\xBFrespondent,q1,q3,improve\r\nalice,9,Speed,\"Faster, please\"\r\nbob,6,Cost,\r\n";
  auto ok = import_responses(p, "s-1", "in.csv", good, false, false, kAlice, d("2026-03-03"));
  REQUIRE(ok);
  const Survey& s = p.surveys.at("s-1");
  REQUIRE(s.responses.size() == 2);
  CHECK(s.responses.at("alice").answers.size() == 3);
  CHECK(s.responses.at("alice").answers[2].value == "Faster, please");
  CHECK(s.responses.at("bob").answers.size() == 2);  // the empty cell is unanswered
  CHECK(!import_responses(p, "s-1", "in.csv", good, false, false, kAlice, d("2026-03-04")));  // answered already
  CHECK(import_responses(p, "s-1", "in.csv", good, true, false, kAlice, d("2026-03-04")));
  auto anon = import_responses(p, "s-1", "in.csv", "q1\n10\n9\n", false, true, kAlice, d("2026-03-04"));
  REQUIRE(anon);
  CHECK(p.surveys.at("s-1").responses.size() == 4);
}

TEST_CASE("survey action: an improvement task linked to the survey") {
  Project p = with_survey();
  ActionItem a{"Answer within a day", "bob", d("2026-03-20"), ""};
  REQUIRE(add_survey_action(p, "s-1", a, kAlice, d("2026-03-05")));
  const Survey& s = p.surveys.at("s-1");
  REQUIRE(s.actions.size() == 1);
  const Task& t = p.tasks.at(s.actions[0].task);
  CHECK(t.owner == "bob");
  CHECK(t.due == d("2026-03-20"));
  CHECK(t.tags == std::vector<std::string>{"survey"});
  CHECK(t.log[0].detail == "from survey s-1");
}

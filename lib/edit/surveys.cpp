#include "edit/surveys.hpp"

#include <fmt/format.h>
#include <algorithm>

#include "base/csv_read.hpp"
#include "base/i18n.hpp"
#include "base/ids.hpp"
#include "base/text.hpp"
#include "edit/language.hpp"

namespace pmadmin {

namespace {

Result<Survey*> find_survey(Project& p, const std::string& id) {
  auto it = p.surveys.find(id);
  if (it == p.surveys.end()) return unknown_id("survey", id, ids_of(p.surveys));
  return &it->second;
}

/// The range of a scored question: nps 0-10, csat 1-5, rating 1-max.
std::pair<int, int> scale_of(const Question& q) {
  if (q.kind == QuestionKind::nps) return {0, 10};
  if (q.kind == QuestionKind::csat) return {1, 5};
  return {1, q.max};
}

Result<Answer> parse_answer(const Survey& s, const std::string& text) {
  const std::size_t eq = text.find('=');
  if (eq == std::string::npos)
    return usage_error(trf("\"{}\" is not an answer: write QUESTION=VALUE, like q1=9", text));
  Answer a;
  a.question = text.substr(0, eq);
  a.value = text.substr(eq + 1);
  auto q = std::find_if(s.questions.begin(), s.questions.end(), [&](const Question& x) { return x.id == a.question; });
  if (q == s.questions.end()) {
    std::vector<std::string> ids;
    for (const auto& x : s.questions) ids.push_back(x.id);
    return usage_error(trf("survey {} has no question \"{}\"", s.id, a.question),
                       did_you_mean(a.question, ids, trf("its questions are: {}", join_some(ids))));
  }
  if (q->kind == QuestionKind::text || q->kind == QuestionKind::choice) {
    if (auto why = text_problem(a.value, true)) return usage_error(trf("the answer to {} {}", a.question, *why));
    if (q->kind == QuestionKind::choice && std::find(q->options.begin(), q->options.end(), a.value) == q->options.end())
      return usage_error(trf("\"{}\" is not an option of {}", a.value, a.question),
                         did_you_mean(a.value, q->options, trf("the options are: {}", join_some(q->options))));
    return a;
  }
  const auto [lo, hi] = scale_of(*q);
  const bool digits = !a.value.empty() && a.value.size() <= 2 &&
                      std::all_of(a.value.begin(), a.value.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!digits || std::stoi(a.value) < lo || std::stoi(a.value) > hi)
    return usage_error(trf("the answer to {} ({}) must be a whole number from {} to {}, not \"{}\"", a.question,
                           q->kind, lo, hi, a.value));
  a.value = std::to_string(std::stoi(a.value));
  a.numeric = true;
  return a;
}

/// The header row of an import: question IDs and `respondent` (its column in `respondent_col`).
Diagnostics check_header(const Survey& survey, const std::string& file, const std::vector<std::string>& header,
                         bool anonymous, int& respondent_col) {
  Diagnostics errors;
  std::vector<std::string> qids;
  for (const auto& q : survey.questions) qids.push_back(q.id);
  for (std::size_t c = 0; c < header.size(); ++c) {
    if (header[c] == "respondent") {
      respondent_col = static_cast<int>(c);
      continue;
    }
    if (std::find(qids.begin(), qids.end(), header[c]) == qids.end())
      errors.push_back(make_error(file, 1, 0, trf("column \"{}\" is not a question of survey {}", header[c], survey.id),
                                  did_you_mean(header[c], qids, trf("its questions are: {}", join_some(qids)))));
    for (std::size_t d = 0; d < c; ++d)
      if (header[d] == header[c])
        errors.push_back(make_error(file, 1, 0, trf("column \"{}\" appears twice", header[c])));
  }
  if (anonymous && respondent_col >= 0)
    errors.push_back(make_error(file, 1, 0, tr("with --anonymous, leave the respondent column out")));
  if (!anonymous && respondent_col < 0)
    errors.push_back(make_error(file, 1, 0, tr("the header has no \"respondent\" column"),
                                tr("add one with each respondent's person ID, or give --anonymous")));
  return errors;
}

}  // namespace

Result<Question> parse_question(const std::string& spec, int n) {
  std::string rest = spec;
  Question q;
  q.id = fmt::format("q{}", n);
  if (rest.rfind("id=", 0) == 0) {
    const std::size_t semi = rest.find(';');
    if (semi == std::string::npos) return usage_error(trf("\"{}\": write id=ID;KIND:TEXT", spec));
    q.id = rest.substr(3, semi - 3);
    if (auto problem = id_problem(q.id))
      return usage_error(trf("\"{}\" is not a valid question ID: {}", q.id, *problem));
    rest = rest.substr(semi + 1);
  }
  const std::size_t colon = rest.find(':');
  if (colon == std::string::npos)
    return usage_error(trf("\"{}\" is not a question: write KIND:TEXT", spec),
                       tr("kinds: nps, csat, rating (or rating10), choice (TEXT|OPTION|OPTION...), text"));
  std::string kind = rest.substr(0, colon);
  q.text = rest.substr(colon + 1);
  if (kind.rfind("rating", 0) == 0 && kind.size() > 6) {
    const std::string top = kind.substr(6);
    if (top.empty() || top.size() > 2 ||
        !std::all_of(top.begin(), top.end(), [](char c) { return c >= '0' && c <= '9'; }) || std::stoi(top) < 2 ||
        std::stoi(top) > 10)
      return usage_error(trf("\"{}\": a rating runs from 1 to 2..10, like rating10", kind));
    q.max = std::stoi(top);
    kind = "rating";
  }
  auto k = from_text<QuestionKind>(kind);
  if (!k)
    return usage_error(trf("unknown question kind \"{}\"", kind),
                       did_you_mean(kind, words_of<QuestionKind>(), tr("kinds: nps, csat, rating, choice, text")));
  q.kind = *k;
  if (q.kind == QuestionKind::choice) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= q.text.size(); ++i)
      if (i == q.text.size() || q.text[i] == '|') {
        parts.push_back(q.text.substr(start, i - start));
        start = i + 1;
      }
    q.text = parts.front();
    q.options.assign(parts.begin() + 1, parts.end());
    if (q.options.size() < 2)
      return usage_error(trf("choice question \"{}\" needs at least two options", q.text),
                         tr("write choice:TEXT|OPTION|OPTION"));
  }
  if (q.text.empty()) return usage_error(trf("question {} has no text", q.id));
  if (auto why = text_problem(q.text, false)) return usage_error(trf("the question {}", *why));
  return q;
}

Result<Outcome> create_survey(Project& p, const NewSurvey& s, const IdentitySources& who, Date today) {
  if (auto problem = id_problem(s.id))
    return usage_error(trf("\"{}\" is not a valid ID: {}", s.id, *problem), id_fix_hint(s.id, "s-kickoff"));
  if (p.surveys.count(s.id)) return usage_error(trf("survey \"{}\" already exists", s.id));
  if (s.title.empty()) return usage_error(tr("a survey needs --title"));
  if (auto why = text_problem(s.title, false)) return usage_error(trf("the title {}", *why));
  if (s.questions.empty())
    return usage_error(tr("a survey needs at least one --question, like \"nps:How likely...?\""));
  for (std::size_t i = 0; i < s.questions.size(); ++i)
    for (std::size_t j = 0; j < i; ++j)
      if (s.questions[i].id == s.questions[j].id)
        return usage_error(trf("question ID \"{}\" is used twice", s.questions[i].id));
  if (!s.milestone.empty() && !p.tasks.count(s.milestone)) return unknown_id("task", s.milestone, ids_of(p.tasks));
  if (s.closes && *s.closes < today) return usage_error(tr("--closes cannot be before today"));
  auto actor = resolve_actor(p, who);
  if (!actor) return actor.errors();
  Survey survey;
  survey.id = s.id;
  survey.title = s.title;
  survey.opened = today;
  survey.closes = s.closes;
  survey.audience = s.audience;
  survey.milestone = s.milestone;
  survey.questions = s.questions;
  Outcome out;
  out.created(EntityKind::survey, s.id);
  out.summary = trnf("survey {}: {} question, open from {}", "survey {}: {} questions, open from {}",
                     s.questions.size(), s.id, s.questions.size(), today.iso());
  p.surveys.emplace(s.id, std::move(survey));
  return out;
}

Result<Outcome> record_response(Project& p, const std::string& survey_id, const std::string& respondent,
                                const std::vector<std::string>& answers, bool replace, bool anonymous,
                                const IdentitySources& who, Date today) {
  auto s = find_survey(p, survey_id);
  if (!s) return s.errors();
  Survey& survey = **s;
  if (survey.status == SurveyStatus::closed || (survey.closes && *survey.closes < today))
    return usage_error(trf("survey {} is closed: it takes no more responses", survey_id));
  if (today < survey.opened) return usage_error(trf("survey {} opens on {}", survey_id, survey.opened.iso()));
  std::string id = respondent;
  if (anonymous) {
    if (!respondent.empty()) return usage_error(tr("--anonymous takes no --respondent: the response gets a code"));
    id = random_id("anon", [&](const std::string& c) { return survey.responses.count(c) > 0; });
  } else if (!p.people.count(respondent)) {
    return unknown_id("person", respondent, ids_of(p.people));
  }
  if (answers.empty()) return usage_error(tr("a response needs at least one --answer QUESTION=VALUE"));
  SurveyResponse r;
  r.respondent = id;
  r.date = today;
  for (const auto& text : answers) {
    auto a = parse_answer(survey, text);
    if (!a) return a.errors();
    for (const auto& prev : r.answers)
      if (prev.question == a->question) return usage_error(trf("{} is answered twice", a->question));
    r.answers.push_back(*a);
  }
  const bool had = survey.responses.count(id) > 0;
  if (had && !replace)
    return usage_error(trf("{} has answered survey {} already", id, survey_id),
                       tr("give --replace to replace their response"));
  auto actor = resolve_actor(p, who);
  if (!actor) return actor.errors();
  Outcome out;
  if (had)
    out.changed(EntityKind::response, id, survey_id);
  else
    out.created(EntityKind::response, id, survey_id);
  out.summary = had ? trnf("replaced the response of {} to survey {} ({} answer)",
                           "replaced the response of {} to survey {} ({} answers)", r.answers.size(), id, survey_id,
                           r.answers.size())
                    : trnf("recorded the response of {} to survey {} ({} answer)",
                           "recorded the response of {} to survey {} ({} answers)", r.answers.size(), id, survey_id,
                           r.answers.size());
  survey.responses[id] = std::move(r);
  return out;
}

Result<Outcome> import_responses(Project& p, const std::string& survey_id, const std::string& file,
                                 std::string_view csv, bool replace, bool anonymous, const IdentitySources& who,
                                 Date today) {
  auto s = find_survey(p, survey_id);
  if (!s) return s.errors();
  Survey& survey = **s;
  if (survey.status == SurveyStatus::closed || (survey.closes && *survey.closes < today))
    return usage_error(trf("survey {} is closed: it takes no more responses", survey_id));
  auto records = read_csv(csv, file);
  if (!records) return records.errors();
  if (records->empty()) return make_error(file, 1, 1, tr("the file is empty: it needs a header row of question IDs"));
  const std::vector<std::string>& header = records->front().cells;
  int respondent_col = -1;
  Diagnostics errors = check_header(survey, file, header, anonymous, respondent_col);
  if (!errors.empty()) return errors;
  std::vector<SurveyResponse> rows;
  for (std::size_t r = 1; r < records->size(); ++r) {
    const CsvRecord& rec = (*records)[r];
    if (rec.cells.size() != header.size()) {
      errors.push_back(
          make_error(file, rec.line, 0, trf("this row has {} fields, the header {}", rec.cells.size(), header.size())));
      continue;
    }
    SurveyResponse resp;
    resp.date = today;
    if (!anonymous) {
      resp.respondent = rec.cells[static_cast<std::size_t>(respondent_col)];
      if (!p.people.count(resp.respondent)) {
        errors.push_back(make_error(
            file, rec.line, 0, trf("respondent \"{}\" is not a person of this project", resp.respondent),
            did_you_mean(resp.respondent, ids_of(p.people), tr("give --anonymous for answers without names"))));
        continue;
      }
      for (const auto& other : rows)
        if (other.respondent == resp.respondent)
          errors.push_back(make_error(file, rec.line, 0, trf("{} has a second row in this file", resp.respondent)));
      if (survey.responses.count(resp.respondent) && !replace)
        errors.push_back(make_error(file, rec.line, 0,
                                    trf("{} has answered survey {} already", resp.respondent, survey_id),
                                    tr("give --replace to replace their responses")));
    }
    for (std::size_t c = 0; c < header.size(); ++c) {
      if (static_cast<int>(c) == respondent_col || rec.cells[c].empty()) continue;
      auto a = parse_answer(survey, header[c] + "=" + rec.cells[c]);
      if (!a) {
        errors.push_back(make_error(file, rec.line, 0, a.errors().front().message, a.errors().front().hint));
        continue;
      }
      resp.answers.push_back(*a);
    }
    rows.push_back(std::move(resp));
  }
  if (!errors.empty()) return errors;
  if (rows.empty()) return make_error(file, 2, 1, tr("the file has a header but no responses"));
  auto actor = resolve_actor(p, who);
  if (!actor) return actor.errors();
  Outcome out;
  for (auto& resp : rows) {
    if (anonymous)
      resp.respondent = random_id("anon", [&](const std::string& c) { return survey.responses.count(c) > 0; });
    if (survey.responses.count(resp.respondent))
      out.changed(EntityKind::response, resp.respondent, survey_id);
    else
      out.created(EntityKind::response, resp.respondent, survey_id);
    survey.responses[resp.respondent] = std::move(resp);
  }
  out.summary = trnf("imported {} response into survey {}", "imported {} responses into survey {}", rows.size(),
                     rows.size(), survey_id);
  return out;
}

Result<Outcome> add_survey_action(Project& p, const std::string& survey_id, const ActionItem& action,
                                  const IdentitySources& who, Date today) {
  auto s = find_survey(p, survey_id);
  if (!s) return s.errors();
  if (action.text.empty()) return usage_error(tr("an action needs --text: what will be improved"));
  if (auto why = text_problem(action.text, false)) return usage_error(trf("the text {}", *why));
  if (!action.owner.empty() && !p.people.count(action.owner))
    return unknown_id("person", action.owner, ids_of(p.people));
  auto actor = resolve_actor(p, who);
  if (!actor) return actor.errors();
  Task t;
  t.id = random_id("t", [&](const std::string& c) { return p.tasks.count(c) > 0; });
  t.title = action.text;
  t.owner = action.owner;
  t.due = action.due;
  t.duration_days = 1;
  t.tags = {"survey"};
  t.log.push_back(
      LogEntry{today, *actor, "create", in_project_language(p, [&] { return trf("from survey {}", survey_id); }), ""});
  ActionItem item = action;
  item.task = t.id;
  (*s)->actions.push_back(item);
  Outcome out;
  out.changed(EntityKind::survey, survey_id);
  out.created(EntityKind::task, t.id);
  out.summary = trf("survey {}: improvement task {} \"{}\"", survey_id, t.id, t.title);
  p.tasks.emplace(t.id, std::move(t));
  return out;
}

Result<Outcome> close_survey(Project& p, const std::string& survey_id, const IdentitySources& who, Date today) {
  auto s = find_survey(p, survey_id);
  if (!s) return s.errors();
  if ((*s)->status == SurveyStatus::closed) return usage_error(trf("survey {} is closed already", survey_id));
  auto actor = resolve_actor(p, who);
  if (!actor) return actor.errors();
  (*s)->status = SurveyStatus::closed;
  if (!(*s)->closes || today < *(*s)->closes) (*s)->closes = today;
  Outcome out;
  out.changed(EntityKind::survey, survey_id);
  out.summary = trnf("survey {} closed with {} response", "survey {} closed with {} responses", (*s)->responses.size(),
                     survey_id, (*s)->responses.size());
  return out;
}

}  // namespace pmadmin

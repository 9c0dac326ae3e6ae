// YAML <-> model for surveys/<id>/survey.yaml (the questions) and surveys/<id>/responses/<respondent>.yaml.
#include "base/i18n.hpp"
#include "store/codec.hpp"

#include <set>
#include "base/text.hpp"
#include "store/fields.hpp"
#include "store/yaml_writer.hpp"

namespace pmadmin {

Result<Survey> decode_survey(const YamlNode& root, const std::string& file, const std::string& expected_id) {
  Diagnostics errors;
  Survey s;
  s.src.file = file;
  Fields f(root, file, "", errors, s.src.marks, N_("a survey"));
  s.id = f.id_field("id", true);
  f.check_id(s.id, expected_id);
  s.title = f.text("title", true);
  if (auto d = f.date("opened", true)) s.opened = *d;
  s.closes = f.date("closes");
  s.status = f.word("status", SurveyStatus::open);
  s.audience = f.word("audience", Audience::all);
  s.milestone = f.id_field("milestone");
  if (s.closes && *s.closes < s.opened)
    f.error_at(s.src.at("closes"),
               trf("the survey closes on {}, before it opens on {}", s.closes->iso(), s.opened.iso()),
               tr("correct whichever date is wrong: a survey closes on or after the day it opens"));
  std::set<std::string> seen;
  f.list_of_maps("questions", N_("a question"), [&](Fields& q, std::size_t i) {
    Question question;
    question.id = q.id_field("id", true);
    question.kind = q.word("kind", QuestionKind::text, true);
    question.text = q.text("text", true);
    if (auto mx = q.integer("max", 2, 10)) question.max = *mx;
    question.options = q.list("options");
    if (question.kind == QuestionKind::choice && question.options.size() < 2)
      q.error_at(s.src.at(fmt::format("questions[{}].kind", i)), tr("a choice question needs at least two options"),
                 tr("list them under \"options:\""));
    if (!question.id.empty() && !seen.insert(question.id).second)
      q.error_at(s.src.at(fmt::format("questions[{}].id", i)), trf("question id \"{}\" is used twice", question.id),
                 tr("give each question its own ID; answers refer to questions by ID"));
    s.questions.push_back(question);
  });
  decode_actions(f, N_("an improvement action"), s.actions);
  f.finish();
  if (s.questions.empty() && !has_errors(errors))
    f.error_at(Mark{root.line, root.col}, tr("a survey needs at least one question"),
               tr("add a question under \"questions:\" with id, kind and text (docs/format.md)"));
  return finish_entity(std::move(s), errors);
}

std::string encode_survey(const Survey& s) {
  YamlNode m = yaml_map();
  yaml_set(m, "id", yaml_str(s.id));
  yaml_set(m, "title", yaml_str(s.title));
  yaml_set(m, "opened", yaml_plain(s.opened.iso()));
  yaml_set_date(m, "closes", s.closes);
  if (s.status != SurveyStatus::open) yaml_set(m, "status", yaml_word(s.status));
  if (s.audience != Audience::all) yaml_set(m, "audience", yaml_word(s.audience));
  yaml_set_text(m, "milestone", s.milestone);
  YamlNode qs = yaml_seq();
  for (const auto& q : s.questions) {
    YamlNode n = yaml_map();
    yaml_set(n, "id", yaml_str(q.id));
    yaml_set(n, "kind", yaml_word(q.kind));
    yaml_set(n, "text", yaml_str(q.text));
    if (q.kind == QuestionKind::rating) yaml_set(n, "max", yaml_int(q.max));
    if (q.kind == QuestionKind::choice) yaml_set_list(n, "options", q.options);
    qs.items.push_back(n);
  }
  yaml_set(m, "questions", qs);
  encode_actions(m, s.actions);
  return emit_yaml(m);
}

Result<SurveyResponse> decode_response(const YamlNode& root, const std::string& file, const std::string& expected_id) {
  Diagnostics errors;
  SurveyResponse r;
  r.src.file = file;
  Fields f(root, file, "", errors, r.src.marks, N_("a survey response"));
  r.respondent = f.id_field("respondent", true);
  f.check_id(r.respondent, expected_id, "respondent");
  if (auto d = f.date("date", true)) r.date = *d;
  f.id_map("answers", [&](const std::string& q, const YamlNode& v) {
    if (!v.is_scalar()) {
      f.error(v, trf("the answer to \"{}\" must be a number or text, not {}", q, kind_word(v)),
              trf("write the answer after \"{}:\" on the same line", q));
      return;
    }
    Answer a;
    a.question = q;
    a.value = v.value;
    a.numeric = !v.quoted && !v.value.empty() && v.value.size() <= 3 &&
                std::all_of(v.value.begin(), v.value.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
    if (!a.numeric) f.check_text(v, q, v.value, true);
    r.answers.push_back(a);
  });
  f.finish();
  return finish_entity(std::move(r), errors);
}

std::string encode_response(const SurveyResponse& r) {
  YamlNode m = yaml_map();
  yaml_set(m, "respondent", yaml_str(r.respondent));
  yaml_set(m, "date", yaml_plain(r.date.iso()));
  YamlNode as = yaml_map();
  for (const auto& a : r.answers) yaml_set(as, a.question, a.numeric ? yaml_plain(a.value) : yaml_str(a.value));
  yaml_set(m, "answers", as);
  return emit_yaml(m);
}

}  // namespace pmadmin

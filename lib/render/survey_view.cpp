#include "render/survey_view.hpp"

#include <fmt/format.h>

#include "base/i18n.hpp"
#include "base/text.hpp"
#include "render/csv.hpp"
#include "render/escape.hpp"
#include "render/json.hpp"
#include "render/table.hpp"

namespace pmadmin {

namespace {

std::string opt_int(std::optional<int> v, const char* suffix = "") {
  return v ? fmt::format("{}{}", *v, suffix) : std::string("-");
}

Json question_json(const QuestionReport& q) {
  Json j = {{"id", q.question->id}, {"kind", q.question->kind}, {"text", q.question->text}, {"answers", q.answers}};
  if (q.mean) j["mean"] = std::round(*q.mean * 100) / 100;
  if (!q.distribution.empty()) {
    Json d = Json::object();
    for (std::size_t i = 0; i < q.distribution.size(); ++i)
      d[std::to_string(q.low + static_cast<int>(i))] = q.distribution[i];
    j["distribution"] = d;
  }
  if (!q.choices.empty()) {
    Json c = Json::object();
    for (const auto& [o, n] : q.choices) c[o] = n;
    j["choices"] = c;
  }
  if (q.question->kind == QuestionKind::text) j["texts"] = q.texts;
  return j;
}

}  // namespace

std::string render_surveys(const Project& p, OutputFormat format) {
  std::vector<std::vector<std::string>> rows;
  Json list = Json::array();
  for (const auto& score : survey_trend(p)) {
    const Survey& s = p.surveys.at(score.survey);
    rows.push_back({s.id, s.opened.iso(), std::string(to_text(s.status)), std::string(to_text(s.audience)),
                    std::to_string(score.responses), opt_int(score.nps), opt_int(score.csat, "%"), s.title});
    list.push_back({{"id", s.id},
                    {"title", s.title},
                    {"opened", s.opened.iso()},
                    {"closes", date_json(s.closes)},
                    {"status", s.status},
                    {"audience", s.audience},
                    {"milestone", text_or_null(s.milestone)},
                    {"responses", score.responses},
                    {"nps", score.nps ? Json(*score.nps) : Json()},
                    {"csat", score.csat ? Json(*score.csat) : Json()}});
  }
  if (format == OutputFormat::json) return dump(list);
  if (rows.empty())
    return tr("No survey yet. Create one with: pmadmin survey create ID --title T --question \"nps:...\"\n");
  Table t;
  t.headers = {tr("ID"),        tr("OPENED"), tr("STATUS"), tr("AUDIENCE"),
               tr("RESPONSES"), tr("NPS"),    tr("CSAT"),   tr("TITLE")};
  t.right_align = {false, false, false, false, true, true, true};
  t.rows = std::move(rows);
  return render_table(t);
}

std::string render_survey_report(const Survey& s, const SurveyReport& r, OutputFormat format) {
  const SurveyScore& sc = r.score;
  if (format == OutputFormat::json) {
    Json qs = Json::array();
    for (const auto& q : r.questions) qs.push_back(question_json(q));
    return dump(Json{{"survey", s.id},
                     {"title", s.title},
                     {"responses", sc.responses},
                     {"audience", r.audience},
                     {"response_rate", r.response_rate ? Json(std::round(*r.response_rate * 1000) / 1000) : Json()},
                     {"nps", sc.nps ? Json(*sc.nps) : Json()},
                     {"promoters", sc.promoters},
                     {"passives", sc.passives},
                     {"detractors", sc.detractors},
                     {"csat", sc.csat ? Json(*sc.csat) : Json()},
                     {"questions", qs}});
  }
  if (format == OutputFormat::csv) {
    std::string out = csv_line({"question", "kind", "answers", "mean", "value", "count"});
    for (const auto& q : r.questions) {
      const std::string mean = q.mean ? fmt::format("{:.2f}", *q.mean) : "";
      for (std::size_t i = 0; i < q.distribution.size(); ++i)
        out += csv_line({q.question->id, std::string(to_text(q.question->kind)), std::to_string(q.answers), mean,
                         std::to_string(q.low + static_cast<int>(i)), std::to_string(q.distribution[i])});
      for (const auto& [o, n] : q.choices)
        out += csv_line({q.question->id, "choice", std::to_string(q.answers), "", o, std::to_string(n)});
      for (const auto& text : q.texts)
        out += csv_line({q.question->id, "text", std::to_string(q.answers), "", text, ""});
    }
    return out;
  }
  const bool md = format == OutputFormat::md;
  auto esc = [&](const std::string& t) { return md ? md_escape(t) : escape_for_terminal(t); };
  std::string out =
      md ? fmt::format("# {} ({})\n\n", esc(s.title), s.id) : fmt::format("{} ({})\n", esc(s.title), s.id);
  out += r.response_rate
             ? trf("Responses: {} of {} asked ({:.0f}%)\n", sc.responses, r.audience, *r.response_rate * 100)
             : trf("Responses: {} of {} asked\n", sc.responses, r.audience);
  if (sc.nps)
    out +=
        trf("NPS: {} ({} promoters, {} passives, {} detractors)\n", *sc.nps, sc.promoters, sc.passives, sc.detractors);
  if (sc.csat) out += trf("CSAT: {}% ({} of {} answers 4 or 5)\n", *sc.csat, sc.satisfied, sc.csat_answers);
  for (const auto& q : r.questions) {
    out += md ? fmt::format("\n## {}: {}\n\n", q.question->id, esc(q.question->text))
              : fmt::format("\n{} ({}): {}\n", q.question->id, q.question->kind, esc(q.question->text));
    if (q.mean)
      out += trnf("  mean {:.2f} over {} answer\n", "  mean {:.2f} over {} answers\n",
                  static_cast<unsigned long>(q.answers), *q.mean, q.answers);
    int most = 1;
    for (int n : q.distribution) most = std::max(most, n);
    for (const auto& [o, n] : q.choices) most = std::max(most, n);
    auto bar = [&](int n) { return std::string(static_cast<std::size_t>(n * 20 / most), '#'); };
    for (std::size_t i = 0; i < q.distribution.size(); ++i)
      out +=
          fmt::format("  {:>2} | {:<20} {}\n", q.low + static_cast<int>(i), bar(q.distribution[i]), q.distribution[i]);
    for (const auto& [o, n] : q.choices) out += fmt::format("  {} | {} {}\n", esc(o), bar(n), n);
    for (const auto& text : q.texts) out += fmt::format("  - {}\n", esc(text));
    if (q.answers == 0) out += "  " + std::string(tr("no answers")) + "\n";
  }
  return out;
}

std::string render_survey_template(const Survey& s, OutputFormat format) {
  if (format == OutputFormat::csv) {
    std::vector<std::string> header = {"respondent"};
    for (const auto& q : s.questions) header.push_back(q.id);
    return csv_line(header);
  }
  std::string out = trf("# {}\n\nName: ____________________    Date: ____________\n", md_escape(s.title));
  int n = 0;
  for (const auto& q : s.questions) {
    out += fmt::format("\n**{}. {}** ({})\n\n", ++n, md_escape(q.text), q.id);
    switch (q.kind) {
      case QuestionKind::nps:
        out += tr("0 (not at all likely) ☐0 ☐1 ☐2 ☐3 ☐4 ☐5 ☐6 ☐7 ☐8 ☐9 ☐10 (extremely likely)\n");
        break;
      case QuestionKind::csat: out += tr("1 (very dissatisfied) ☐1 ☐2 ☐3 ☐4 ☐5 (very satisfied)\n"); break;
      case QuestionKind::rating: {
        std::string boxes;
        for (int v = 1; v <= q.max; ++v) boxes += fmt::format(" ☐{}", v);
        out += trf("1 (lowest){} (highest)\n", boxes);
        break;
      }
      case QuestionKind::choice:
        for (const auto& o : q.options) out += fmt::format("- ☐ {}\n", md_escape(o));
        break;
      case QuestionKind::text:
        out += "\n______________________________________________\n\n______________________________________________\n";
        break;
    }
  }
  return out;
}

std::string render_survey_trend(const std::vector<SurveyScore>& trend, OutputFormat format) {
  if (format == OutputFormat::json) {
    Json list = Json::array();
    for (const auto& s : trend)
      list.push_back({{"survey", s.survey},
                      {"opened", s.opened.iso()},
                      {"responses", s.responses},
                      {"nps", s.nps ? Json(*s.nps) : Json()},
                      {"csat", s.csat ? Json(*s.csat) : Json()}});
    return dump(list);
  }
  std::vector<std::string> headers = {tr("SURVEY"), tr("OPENED"), tr("RESPONSES"), tr("NPS"), tr("CSAT"), tr("TITLE")};
  std::vector<std::vector<std::string>> rows;
  for (const auto& s : trend)
    rows.push_back(
        {s.survey, s.opened.iso(), std::to_string(s.responses), opt_int(s.nps), opt_int(s.csat, "%"), s.title});
  if (format == OutputFormat::csv) {
    std::string out = csv_line(headers);
    for (const auto& row : rows) out += csv_line(row);
    return out;
  }
  if (rows.empty()) return tr("No survey yet.\n");
  Table t;
  t.headers = headers;
  t.right_align = {false, false, true, true, true};
  t.rows = std::move(rows);
  return render_table(t);
}

}  // namespace pmadmin

// pmadmin survey: create, respond, close; list, report (and --trend).
#include <fmt/format.h>
#include <memory>

#include "analysis/survey.hpp"
#include "base/i18n.hpp"
#include "cli/commands.hpp"
#include "edit/surveys.hpp"
#include "render/survey_view.hpp"
#include "store/codec.hpp"
#include "store/yaml_tree.hpp"

namespace pmadmin::cli {

namespace {

struct CreateArgs {
  std::string id, title, milestone, audience = "all", closes, from;
  std::vector<std::string> questions;
};

struct RespondArgs {
  std::string id, respondent;
  std::vector<std::string> answers;
  bool replace = false, anonymous = false;
};

struct ImportArgs {
  std::string id, file;
  bool replace = false, anonymous = false;
};

struct ActionArgs {
  std::string id, text, owner, due;
};

CommandResult run_import(const ImportArgs& a, Context& ctx) {
  const std::string path = absolute(a.file);
  auto text = ctx.fs.read(path, a.file, 16u << 20);
  if (!text) return text.errors();
  return ctx.mutate([&](Project& p) {
    return import_responses(p, a.id, a.file, *text, a.replace, a.anonymous, ctx.who(), ctx.today);
  });
}

CommandResult run_action(const ActionArgs& a, Context& ctx) {
  ActionItem item;
  item.text = a.text;
  item.owner = a.owner;
  if (!a.due.empty()) {
    auto d = ctx.date_option("--due", a.due);
    if (!d) return d.errors();
    item.due = *d;
  }
  return ctx.mutate([&](Project& p) { return add_survey_action(p, a.id, item, ctx.who(), ctx.today); });
}

CommandResult run_template(const std::string& id, Context& ctx) {
  if (Status s = ctx.supports({OutputFormat::csv, OutputFormat::md}); !s) return s.errors();
  auto p = ctx.load();
  if (!p) return p.errors();
  auto it = p->surveys.find(id);
  if (it == p->surveys.end()) return unknown_id("survey", id, ids_of(p->surveys));
  return ctx.print(render_survey_template(it->second, ctx.format));
}

struct ReportArgs {
  std::string id;
  bool trend = false;
};

CommandResult run_create(const CreateArgs& a, Context& ctx) {
  NewSurvey s;
  s.id = a.id;
  s.title = a.title;
  s.milestone = a.milestone;
  auto audience = from_text<Audience>(a.audience);
  if (!audience) return usage_error(trf("--audience is client, team or all, not \"{}\"", a.audience));
  s.audience = *audience;
  if (!a.closes.empty()) {
    auto d = ctx.date_option("--closes", a.closes);
    if (!d) return d.errors();
    s.closes = *d;
  }
  if (!a.from.empty()) {  // the questions (and title) from a file in survey.yaml's form
    if (!a.questions.empty()) return usage_error(tr("give the questions with --question or --from, not both"));
    auto text = ctx.fs.read(absolute(a.from), a.from, 1u << 20);
    if (!text) return text.errors();
    auto tree = parse_yaml_strict(*text, a.from);
    if (!tree) return tree.errors();
    // The file needs only a title and questions: the survey's ID and opening day are this command's.
    for (const auto& [key, value] : {std::pair<const char*, std::string>{"id", a.id}, {"opened", ctx.today.iso()}})
      if (tree->is_map() && !tree->find(key)) {
        YamlNode k, v;
        k.kind = v.kind = YamlNode::Kind::scalar;
        k.value = key;
        v.value = value;
        tree->keys.push_back(k);
        tree->items.push_back(v);
      }
    auto from = decode_survey(*tree, a.from, "");
    if (!from) return from.errors();
    s.questions = from->questions;
    if (s.title.empty()) s.title = from->title;
  }
  for (std::size_t i = 0; i < a.questions.size(); ++i) {
    auto q = parse_question(a.questions[i], static_cast<int>(i) + 1);
    if (!q) return q.errors();
    s.questions.push_back(*q);
  }
  return ctx.mutate([&](Project& p) { return create_survey(p, s, ctx.who(), ctx.today); });
}

CommandResult run_report(const ReportArgs& a, Context& ctx) {
  using F = OutputFormat;
  if (Status s = ctx.supports({F::text, F::json, F::csv, F::md}); !s) return s.errors();
  auto p = ctx.load();
  if (!p) return p.errors();
  if (a.trend) return ctx.print(render_survey_trend(survey_trend(*p), ctx.format));
  if (a.id.empty()) return usage_error(tr("which survey? give its ID, or --trend for all of them"));
  auto it = p->surveys.find(a.id);
  if (it == p->surveys.end()) return unknown_id("survey", a.id, ids_of(p->surveys));
  return ctx.print(render_survey_report(it->second, report_survey(*p, it->second), ctx.format));
}

/// list and report: the read-only verbs.
void register_survey_views(CLI::App& survey, Context& ctx) {
  on_run(survey.add_subcommand("list", tr("The surveys with responses, NPS and CSAT (--format json)")), ctx, [&ctx] {
    if (Status s = ctx.supports({OutputFormat::text, OutputFormat::json}); !s) return CommandResult(s.errors());
    auto p = ctx.load();
    if (!p) return CommandResult(p.errors());
    return ctx.print(render_surveys(*p, ctx.format));
  });
  {
    auto a = std::make_shared<ReportArgs>();
    CLI::App* report = survey.add_subcommand("report", tr("One survey's results, or --trend across surveys"));
    report->add_option("ID", a->id, tr("The survey"));
    report->add_flag("--trend", a->trend, tr("NPS and CSAT of every survey, oldest first"));
    on_run(report, ctx, [a, &ctx] { return run_report(*a, ctx); });
  }
}

}  // namespace

void register_survey(CLI::App& app, Context& ctx) {
  CLI::App* survey =
      app.add_subcommand("survey", tr("Client satisfaction: create, respond, report (NPS, CSAT), close"));
  survey->require_subcommand(1);
  {
    auto a = std::make_shared<CreateArgs>();
    CLI::App* create = survey->add_subcommand("create", tr("Create a survey (surveys/<id>/survey.yaml)"));
    create->add_option("ID", a->id, tr("Survey ID, like s-launch"))->required();
    create->add_option("--title", a->title, tr("What it asks about (default with --from: the file's title)"));
    create->add_option("--question", a->questions,
                       tr("KIND:TEXT (nps, csat, rating, rating10, text; choice:TEXT|A|B), id=ID;KIND:TEXT to name it; "
                          "repeat"));
    create->add_option("--from", a->from, tr("Take the questions from FILE.yaml (the form of survey.yaml)"));
    create->add_option("--milestone", a->milestone, tr("The milestone it follows"));
    create->add_option("--audience", a->audience, tr("client, team or all (default)"));
    create->add_option("--closes", a->closes, tr("The last day responses are taken"));
    on_run(create, ctx, [a, &ctx] { return run_create(*a, ctx); });
  }
  {
    auto a = std::make_shared<RespondArgs>();
    CLI::App* respond = survey->add_subcommand("respond", tr("Record one respondent's answers"));
    respond->add_option("ID", a->id, tr("The survey"))->required();
    respond->add_option("--respondent", a->respondent, tr("Who answered (a person)"));
    respond->add_option("--answer", a->answers, tr("QUESTION=VALUE, like q1=9 or q3=\"Faster replies\"; repeat"));
    respond->add_flag("--replace", a->replace, tr("Replace this respondent's earlier response"));
    respond->add_flag("--anonymous", a->anonymous, tr("An anonymous response, filed under a code"));
    on_run(respond, ctx, [a, &ctx] {
      return ctx.mutate([&](Project& p) {
        return record_response(p, a->id, a->respondent, a->answers, a->replace, a->anonymous, ctx.who(), ctx.today);
      });
    });
  }
  {
    auto a = std::make_shared<ImportArgs>();
    CLI::App* imp =
        survey->add_subcommand("import", tr("Responses from a CSV file: a header of respondent and question IDs"));
    imp->add_option("ID", a->id, tr("The survey"))->required();
    imp->add_option("FILE", a->file, tr("The CSV file (RFC 4180; a UTF-8 BOM is fine)"))->required();
    imp->add_flag("--replace", a->replace, tr("Replace earlier responses of the same respondents"));
    imp->add_flag("--anonymous", a->anonymous, tr("Rows without names, each filed under a code"));
    on_run(imp, ctx, [a, &ctx] { return run_import(*a, ctx); });
  }
  {
    auto a = std::make_shared<ActionArgs>();
    CLI::App* action =
        survey->add_subcommand("action", tr("Turn feedback into an improvement task linked to the survey"));
    action->add_option("ID", a->id, tr("The survey"))->required();
    action->add_option("--text", a->text, tr("What will be improved"))->required();
    action->add_option("--owner", a->owner, tr("Who does it"));
    action->add_option("--due", a->due, tr("By when"));
    on_run(action, ctx, [a, &ctx] { return run_action(*a, ctx); });
  }
  {
    auto id = std::make_shared<std::string>();
    CLI::App* tmpl = survey->add_subcommand("template", tr("A form to hand out: --format csv (default) or md"));
    tmpl->add_option("ID", *id, tr("The survey"))->required();
    on_run(tmpl, ctx, [id, &ctx] {
      if (ctx.format == OutputFormat::text) ctx.format = OutputFormat::csv;
      return run_template(*id, ctx);
    });
  }
  {
    auto id = std::make_shared<std::string>();
    CLI::App* close = survey->add_subcommand("close", tr("Close a survey: no more responses"));
    close->add_option("ID", *id, tr("The survey"))->required();
    on_run(close, ctx,
           [id, &ctx] { return ctx.mutate([&](Project& p) { return close_survey(p, *id, ctx.who(), ctx.today); }); });
  }
  register_survey_views(*survey, ctx);
}

}  // namespace pmadmin::cli

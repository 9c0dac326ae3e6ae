// pmadmin explain [TERM...]: what a figure means in plain words (lib/render/glossary.hpp).
#include <memory>

#include "base/i18n.hpp"
#include "cli/commands.hpp"
#include "render/glossary.hpp"
#include "render/json.hpp"

namespace pmadmin::cli {

namespace {

CommandResult run_explain(const std::vector<std::string>& words, Context& ctx) {
  if (Status s = ctx.supports({OutputFormat::text, OutputFormat::json}); !s) return s.errors();
  std::vector<const GlossaryTerm*> terms;
  if (words.empty()) {
    for (const auto& t : glossary()) terms.push_back(&t);
  } else {
    std::string joined;  // "critical path" typed as two words
    for (const auto& w : words) joined += (joined.empty() ? "" : " ") + w;
    auto whole = find_term(joined);
    if (whole) {
      terms.push_back(*whole);
    } else {
      for (const auto& w : words) {
        auto t = find_term(w);
        if (!t) return t.errors();
        terms.push_back(*t);
      }
    }
  }
  if (ctx.format == OutputFormat::json) {
    Json out = Json::array();
    for (const GlossaryTerm* t : terms)
      out.push_back({{"term", t->key},
                     {"aliases", t->aliases},
                     {"name", t->name},
                     {"meaning", t->meaning},
                     {"how", t->how},
                     {"reading", t->reading},
                     {"shown_by", t->shown_by}});
    ctx.print(dump(out));
  } else {
    ctx.print(render_glossary(terms, !words.empty()));
  }
  return 0;
}

}  // namespace

void register_explain(CLI::App& app, Context& ctx) {
  auto words = std::make_shared<std::vector<std::string>>();
  CLI::App* explain = app.add_subcommand("explain", tr("What a figure means in plain words (SPI, CPI, float, NPS...)"));
  explain->add_option("term", *words, tr("A term, like spi, cpi, eac, tcpi, float, \"critical path\", nps, emv, p80"));
  explain->footer(
      tr("Without a term, lists every term with its one-line meaning. Needs no project folder.\n"
         "Formats: --format text (default) or json."));
  on_run(explain, ctx, [words, &ctx] { return run_explain(*words, ctx); });
}

}  // namespace pmadmin::cli

// pmadmin report: the weekly status report for the client (Markdown, HTML, JSON).
#include <memory>

#include "analysis/report.hpp"
#include "base/i18n.hpp"
#include "cli/commands.hpp"
#include "render/report.hpp"

namespace pmadmin::cli {

namespace {

CommandResult run_report(const std::string& out_file, Context& ctx) {
  using F = OutputFormat;
  if (Status s = ctx.supports({F::text, F::md, F::html, F::json}); !s) return s.errors();
  auto p = ctx.load();
  if (!p) return p.errors();
  std::string text;
  {
    // Written for the project: in its language (--lang, else language: in pmadmin.yaml),
    // the statuses and causes too, since build_report words them.
    LanguageScope scope(ctx.document_language(*p));
    auto r = build_report(*p, ctx.today);
    if (!r) return r.errors();
    text = render_report(*p, *r, ctx.format);
  }
  return ctx.write_output(out_file, text);
}

}  // namespace

void register_report(CLI::App& app, Context& ctx) {
  auto out = std::make_shared<std::string>();
  CLI::App* report =
      app.add_subcommand("report", tr("Status report for the client: --format md (default), html or json"));
  report->add_option("--out", *out, tr("Write to FILE (atomically) instead of standard output"));
  report->footer(
      tr("The HTML report is one self-contained file (inline CSS and SVG, no scripts or external resources).\n"
         "The same data and --today give the same bytes."));
  on_run(report, ctx, [out, &ctx] { return run_report(*out, ctx); });
}

}  // namespace pmadmin::cli

// pmadmin report: the weekly status report for the client (Markdown, HTML, JSON).
#include <fmt/format.h>
#include <memory>

#include "cli/commands.hpp"
#include "render/report.hpp"

namespace pmadmin::cli {

namespace {

struct ReportArgs {
  std::string out;
};

int run_report(const ReportArgs& a, Context& ctx) {
  if (!ctx.format_ok({"text", "md", "html", "json"})) return ctx.exit_code;
  auto p = ctx.load();
  if (!p) return ctx.report(p.errors());
  auto today = ctx.today();
  if (!today) return ctx.report(today.errors());
  auto r = build_report(*p, *today);
  if (!r) return ctx.report(r.errors());
  std::string text = ctx.format == "html"   ? render_report_html(*p, *r)
                     : ctx.format == "json" ? render_report_json(*p, *r)
                                            : render_report_markdown(*p, *r);  // text: Markdown reads well as text
  return ctx.write_output(a.out, text);
}

}  // namespace

void register_report(CLI::App& app, Context& ctx) {
  auto a = std::make_shared<ReportArgs>();
  CLI::App* report = app.add_subcommand("report", "Status report for the client: --format md (default), html or json");
  report->add_option("--out", a->out, "Write to FILE (atomically) instead of standard output");
  report->footer("The HTML report is one self-contained file (inline CSS and SVG, no scripts or external resources).\n"
                 "The same data and --today give the same bytes.");
  report->callback([a, &ctx] { ctx.exit_code = run_report(*a, ctx); });
}

}  // namespace pmadmin::cli

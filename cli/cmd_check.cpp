// pmadmin check: the CI gate. Validates every file, then runs the rules of pmadmin.yaml.
#include <fmt/format.h>
#include <memory>

#include "render/check_render.hpp"
#include "render/escape.hpp"
#include "analysis/checks.hpp"
#include "cli/commands.hpp"

namespace pmadmin::cli {

namespace {

struct CheckArgs {
  std::vector<std::string> rules;
  bool list = false;
  bool fail_on_warnings = false;
};

int run_check(const CheckArgs& a, Context& ctx) {
  if (!ctx.format_ok({"text", "json", "junit", "github"})) return ctx.exit_code;
  auto p = ctx.load();
  if (!p) {
    if (ctx.format == "github")  // invalid files are annotations too, on their line
      for (const auto& d : p.errors())
        ctx.out << fmt::format("::error file={},line={},col={},title=pmadmin invalid file::{}\n",
                               github_escape(d.file.empty() ? "pmadmin.yaml" : d.file, true), std::max(d.line, 1),
                               std::max(d.col, 1), github_escape(d.message, false));
    return ctx.report(p.errors());
  }
  if (a.list) {
    if (!ctx.format_ok({"text", "json"})) return ctx.exit_code;
    auto listed = list_checks(*p);
    if (!listed) return ctx.report(listed.errors());
    ctx.out << render_rule_list(*listed, ctx.format == "json");
    return 0;
  }
  auto today = ctx.today();
  if (!today) return ctx.report(today.errors());
  auto run = run_checks(*p, *today, a.rules);
  if (!run) return ctx.report(run.errors());
  if (ctx.format == "json") ctx.out << render_check_json(*run, a.fail_on_warnings);
  else if (ctx.format == "junit") ctx.out << render_check_junit(*run, a.fail_on_warnings);
  else if (ctx.format == "github") ctx.out << render_check_github(*run, a.fail_on_warnings);
  else ctx.out << render_check_text(*run, ctx.color_stdout());
  return check_exit_code(*run, a.fail_on_warnings);
}

}  // namespace

void register_check(CLI::App& app, Context& ctx) {
  auto a = std::make_shared<CheckArgs>();
  CLI::App* check = app.add_subcommand(
      "check", "The CI gate: validate every file, run the rules (exit 1 on error-level findings)");
  check->add_option("RULE", a->rules, "Run only these rules (see --list)");
  check->add_flag("--list", a->list, "Describe every rule with its severity and threshold");
  check->add_flag("--fail-on-warnings", a->fail_on_warnings, "Exit 1 on warnings too");
  check->footer("Formats: --format text (default), json, junit (JUnit XML), github (Actions annotations).\n"
                "Exit codes: 0 no error-level finding, 1 findings, 2 invalid data or usage.");
  check->callback([a, &ctx] { ctx.exit_code = run_check(*a, ctx); });
}

}  // namespace pmadmin::cli

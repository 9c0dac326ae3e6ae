// pmadmin check: the CI gate. Validates every file, then runs the rules of pmadmin.yaml.
#include <memory>

#include "analysis/checks.hpp"
#include "base/i18n.hpp"
#include "cli/commands.hpp"
#include "render/check_render.hpp"

namespace pmadmin::cli {

namespace {

struct CheckArgs {
  std::vector<std::string> rules;
  bool list = false;
  bool fail_on_warnings = false;
};

CommandResult run_check(const CheckArgs& a, Context& ctx) {
  using F = OutputFormat;
  if (Status s = ctx.supports({F::text, F::json, F::junit, F::github}); !s) return s.errors();
  auto p = ctx.load();
  if (!p) {  // CI formats still print a whole document: the load errors as invalid-file findings
    if (ctx.format != F::text) ctx.print(render_invalid_files(p.errors(), ctx.format, ctx.today));
    return p.errors();
  }
  if (a.list) {
    if (Status s = ctx.supports({F::text, F::json}); !s) return s.errors();
    auto listed = list_checks(*p);
    if (!listed) return listed.errors();
    return ctx.print(render_rule_list(*listed, ctx.format == F::json));
  }
  auto run = run_checks(*p, ctx.today, a.rules);
  if (!run) return run.errors();
  ctx.print(render_check(*run, ctx.format, a.fail_on_warnings, ctx.color_stdout()));
  return check_exit_code(*run, a.fail_on_warnings);
}

}  // namespace

void register_check(CLI::App& app, Context& ctx) {
  auto a = std::make_shared<CheckArgs>();
  CLI::App* check = app.add_subcommand(
      "check", tr("The CI gate: validate every file, run the rules (exit 1 on error-level findings)"));
  check->add_option("RULE", a->rules, tr("Run only these rules (see --list)"));
  check->add_flag("--list", a->list, tr("Describe every rule with its severity and threshold"));
  check->add_flag("--fail-on-warnings", a->fail_on_warnings, tr("Exit 1 on warnings too"));
  check->footer(
      tr("Formats: --format text (default), json, junit (JUnit XML), github (Actions annotations).\n"
         "Exit codes: 0 no error-level finding, 1 findings, 2 invalid data or usage."));
  on_run(check, ctx, [a, &ctx] { return run_check(*a, ctx); });
}

}  // namespace pmadmin::cli

// pmadmin audit: the records against the git history that wrote them (lib/store/audit.hpp).
#include <memory>

#include "base/i18n.hpp"
#include "cli/commands.hpp"
#include "render/audit_render.hpp"
#include "store/audit.hpp"

namespace pmadmin::cli {

namespace {

struct AuditArgs {
  std::string since;
  bool all = false;
};

CommandResult run_audit(const AuditArgs& a, Context& ctx) {
  using F = OutputFormat;
  if (Status s = ctx.supports({F::text, F::json, F::junit, F::github}); !s) return s.errors();
  auto p = load_for_ci(ctx);
  if (!p) return p.errors();
  auto git = GitHistory::open(p->root);
  if (!git) return git.errors();
  auto run = audit_history(*p, *git, a.since);
  if (!run) return run.errors();
  ctx.print(render_audit(*run, ctx.format, a.all, ctx.color_stdout()));
  return run->findings.empty() ? 0 : 1;
}

}  // namespace

void register_audit(CLI::App& app, Context& ctx) {
  auto a = std::make_shared<AuditArgs>();
  CLI::App* audit = app.add_subcommand(
      "audit", tr("Match every approval record to the git commit that wrote it (exit 1 on a finding)"));
  audit->add_option("--since", a->since, tr("Audit only the commits after REV (a pull request: --since origin/main)"))
      ->type_name("REV");
  audit->add_flag("--all", a->all, tr("List every record with its commit, not only the findings (text format)"));
  audit->footer(
      tr("Checks: the commit that introduced each role grant, budget plan or adjustment, baseline, inspection and\n"
         "acceptance is by the person the record names (their e-mail in people/); approvals are never changed or\n"
         "removed afterwards; role definitions and checks: in pmadmin.yaml change only by a holder of manage-roles.\n"
         "Formats: --format text (default), json, junit (JUnit XML), github (Actions annotations).\n"
         "Exit codes: 0 no finding, 1 findings, 2 invalid data, not a git repository, or an unknown --since."));
  on_run(audit, ctx, [a, &ctx] { return run_audit(*a, ctx); });
}

}  // namespace pmadmin::cli

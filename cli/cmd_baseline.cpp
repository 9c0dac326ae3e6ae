// pmadmin schedule baseline save/show/diff: the plan saved to measure slip against.
#include <memory>

#include "base/i18n.hpp"
#include "cli/commands.hpp"
#include "edit/tasks.hpp"
#include "plan/baseline.hpp"
#include "render/schedule_view.hpp"

namespace pmadmin::cli {

namespace {

struct BaselineArgs {
  std::string name;
  bool replace = false;
};

CommandResult run_baseline_save(const BaselineArgs& a, Context& ctx) {
  return ctx.mutate([&](Project& p) { return save_baseline(p, a.name, a.replace, ctx.who(), ctx.today); });
}

CommandResult run_baseline_show(const BaselineArgs& a, Context& ctx) {
  if (Status s = ctx.supports({OutputFormat::text, OutputFormat::json}); !s) return s.errors();
  auto p = ctx.load();
  if (!p) return p.errors();
  if (a.name.empty() && !p->baselines.empty()) return ctx.print(render_baselines(*p, ctx.format));
  auto b = find_baseline(*p, a.name);
  if (!b) return b.errors();
  return ctx.print(render_baseline(*p, **b, ctx.format));
}

CommandResult run_baseline_diff(const BaselineArgs& a, Context& ctx) {
  if (Status s = ctx.supports({OutputFormat::text, OutputFormat::json}); !s) return s.errors();
  auto planned = ctx.plan();
  if (!planned) return planned.errors();
  auto b = find_baseline(planned->project, a.name);
  if (!b) return b.errors();
  BaselineDiff d = diff_baseline(planned->project, planned->schedule, **b);
  return ctx.print(render_baseline_diff(d, **b, ctx.today, ctx.format));
}

}  // namespace

void register_schedule_baseline(CLI::App& schedule, Context& ctx) {
  CLI::App* baseline = schedule.add_subcommand("baseline", tr("Save the plan to measure slip against later"));
  baseline->require_subcommand(1);
  auto save_args = std::make_shared<BaselineArgs>();
  CLI::App* save = baseline->add_subcommand(
      "save", guarded(tr("Save the current forecast as baselines/NAME.yaml"), GuardedAction::save_baseline));
  save->add_option("NAME", save_args->name, tr("Baseline name, like approved or v2"))->required();
  save->add_flag("--replace", save_args->replace, tr("Overwrite an existing baseline of that name"));
  on_run(save, ctx, [save_args, &ctx] { return run_baseline_save(*save_args, ctx); });
  auto show_args = std::make_shared<BaselineArgs>();
  CLI::App* show = baseline->add_subcommand("show", tr("List baselines, or show one"));
  show->add_option("NAME", show_args->name, tr("Baseline name"));
  on_run(show, ctx, [show_args, &ctx] { return run_baseline_show(*show_args, ctx); });
  auto diff_args = std::make_shared<BaselineArgs>();
  CLI::App* diff = baseline->add_subcommand("diff", tr("Slip per task and for the project against a baseline"));
  diff->add_option("NAME", diff_args->name, tr("Baseline name (default: the latest)"));
  on_run(diff, ctx, [diff_args, &ctx] { return run_baseline_diff(*diff_args, ctx); });
}

}  // namespace pmadmin::cli

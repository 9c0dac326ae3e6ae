#pragma once
// One register function per subcommand (cli/cmd_<name>.cpp): it declares the options and
// makes the command's run function what the subcommand does.
#include <CLI/CLI.hpp>

#include <fmt/format.h>

#include "base/i18n.hpp"
#include "cli/context.hpp"
#include "model/identity.hpp"
#include "plan/schedule.hpp"
#include "render/check_render.hpp"

namespace pmadmin::cli {

/// A guarded command's help text: `text` and the permission it needs, from the one table.
inline std::string guarded(const char* text, GuardedAction action) {
  return fmt::format("{} (needs {})", text, guard_of(action).permission);
}

/// Loads the project for a CI command (check, audit): with --format github the files that
/// cannot be loaded are also printed as annotations on their lines.
inline Result<Project> load_for_ci(Context& ctx) {
  auto p = ctx.load();
  if (!p && ctx.format == OutputFormat::github) ctx.print(render_invalid_files_github(p.errors()));
  return p;
}

/// The task filters of `schedule show` and `schedule gantt`.
inline void add_task_filters(CLI::App& cmd, TaskFilter& f) {
  cmd.add_flag("--critical", f.critical_only, tr("Only critical tasks"));
  cmd.add_option("--owner", f.owner, tr("Only this person's tasks"));
  cmd.add_option("--status", f.status, tr("Only tasks todo, doing, blocked, done, cancelled, or open"));
  cmd.add_option("--tag", f.tag, tr("Only tasks with this tag"));
  cmd.add_flag("--late", f.late_only, tr("Only open tasks past their due date or forecast to miss it"));
  cmd.add_flag("--milestones", f.milestones_only, tr("Only milestones"));
}

void register_init(CLI::App& app, Context& ctx);
void register_assign(CLI::App& app, Context& ctx);
void register_schedule(CLI::App& app, Context& ctx);
void register_schedule_baseline(CLI::App& schedule, Context& ctx);
void register_schedule_views(CLI::App& schedule, Context& ctx);
void register_schedule_edit(CLI::App& schedule, Context& ctx);
void register_person_edit(CLI::App& person, Context& ctx);
void register_budget(CLI::App& app, Context& ctx);
void register_check(CLI::App& app, Context& ctx);
void register_report(CLI::App& app, Context& ctx);
void register_audit(CLI::App& app, Context& ctx);
void register_explain(CLI::App& app, Context& ctx);
void register_undo(CLI::App& app, Context& ctx);
void register_calendar(CLI::App& app, Context& ctx);
void register_risk(CLI::App& app, Context& ctx);
void register_review(CLI::App& app, Context& ctx);
void register_survey(CLI::App& app, Context& ctx);
void register_review_views(CLI::App& review, Context& ctx);
void register_risk_views(CLI::App& risk, Context& ctx);

}  // namespace pmadmin::cli

// pmadmin init: create a project folder from a template.
#include <filesystem>
#include <memory>

#include "base/i18n.hpp"
#include "cli/commands.hpp"
#include "edit/init.hpp"
#include "render/project_view.hpp"
#include "store/templates.hpp"

namespace pmadmin::cli {

namespace {

struct InitArgs {
  std::string dir = ".";
  std::string name;
  std::string client;
  std::string start;
  std::string currency;
  std::string template_name = "software";
  std::string admin;
  std::string admin_name;
  std::string admin_email;
  bool list_templates = false;
};

CommandResult run_init(const InitArgs& a, Context& ctx) {
  if (a.list_templates) return ctx.print(render_templates(list_templates()));
  InitOptions o;
  o.dir = absolute(ctx.dir.empty() || (!a.dir.empty() && a.dir[0] == '/') ? a.dir : absolute(ctx.dir) + "/" + a.dir);
  o.template_name = a.template_name;
  o.name = a.name;
  o.client = a.client;
  if (!a.start.empty()) {
    auto start = ctx.date_option("--start", a.start);
    if (!start) return start.errors();
    o.start = *start;
  }
  o.currency = a.currency;
  o.admin_id = a.admin;
  o.admin_name = a.admin_name;
  o.admin_email = a.admin_email;
  if (o.admin_id.empty() && o.admin_name.empty() && o.admin_email.empty()) {
    // The creator, from git as seen from the new folder (or its nearest existing parent):
    // a repository's own user.name and user.email, else the global ones.
    std::error_code ec;
    std::filesystem::path probe = o.dir;
    while (!std::filesystem::is_directory(probe, ec) && probe.has_parent_path() && probe != probe.parent_path())
      probe = probe.parent_path();
    o.admin_name = Context::git_config(probe.string(), "user.name");
    o.admin_email = Context::git_config(probe.string(), "user.email");
  }
  o.today = ctx.today;
  o.dry_run = ctx.dry_run;
  if (o.name.empty()) {
    std::string base = o.dir.substr(o.dir.rfind('/') + 1);
    o.name = base.empty() ? std::string(tr("New project")) : base;
  }
  auto report = init_project(ctx.fs, o);
  if (!report) return report.errors();
  return ctx.print(render_created(report->report, o.name, a.dir, o.template_name, report->admin));
}

}  // namespace

void register_init(CLI::App& app, Context& ctx) {
  auto args = std::make_shared<InitArgs>();
  CLI::App* cmd = app.add_subcommand("init", tr("Create a project folder from a template (refuses to overwrite one)"));
  cmd->add_option("DIR", args->dir, tr("Folder to create the project in (default: here)"));
  cmd->add_option("--name", args->name, tr("Project name (default: the folder's name)"));
  cmd->add_option("--client", args->client, tr("The client organisation"));
  cmd->add_option("--start", args->start, tr("Project start date YYYY-MM-DD (default: --today)"));
  cmd->add_option("--currency", args->currency, tr("ISO 4217 currency code (default: the template's)"));
  cmd->add_option("--template", args->template_name,
                  tr("Template: software, software-zh, blank (see --list-templates)"));
  cmd->add_option("--admin", args->admin,
                  tr("Create this person ID as the client admin (default: from git's user.name and user.email)"));
  cmd->add_option("--admin-name", args->admin_name, tr("The client admin's full name"));
  cmd->add_option("--admin-email", args->admin_email, tr("The client admin's e-mail (matched to git user.email)"));
  cmd->add_flag("--list-templates", args->list_templates, tr("List the templates and exit"));
  on_run(cmd, ctx, [args, &ctx] { return run_init(*args, ctx); });
}

}  // namespace pmadmin::cli

// pmadmin init: create a project folder from a template.
#include <fmt/format.h>
#include <memory>

#include "cli/commands.hpp"
#include "edit/init.hpp"
#include "store/templates.hpp"
#include "render/table.hpp"
#include "base/text.hpp"

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

int run_init(const InitArgs& a, Context& ctx) {
  if (a.list_templates) {
    Table t;
    t.headers = {"TEMPLATE", "DESCRIPTION"};
    t.max_column_width = 100;
    for (const auto& info : list_templates()) t.rows.push_back({info.name, info.description});
    ctx.out << render_table(t);
    return 0;
  }
  auto today = ctx.today();
  if (!today) return ctx.report(today.errors());
  InitOptions o;
  o.dir = absolute(ctx.dir.empty() || (!a.dir.empty() && a.dir[0] == '/') ? a.dir : join_path(absolute(ctx.dir), a.dir));
  o.template_name = a.template_name;
  o.name = a.name;
  o.client = a.client;
  if (!a.start.empty()) {
    auto d = ctx.date_option("--start", a.start);
    if (!d) return ctx.exit_code;
    o.start = *d;
  }
  o.currency = a.currency;
  o.admin_id = a.admin;
  o.admin_name = a.admin_name;
  o.admin_email = a.admin_email;
  o.today = *today;
  o.dry_run = ctx.dry_run;
  if (o.name.empty()) {
    std::string base = o.dir.substr(o.dir.rfind('/') + 1);
    o.name = base.empty() ? "New project" : base;
  }
  auto report = init_project(ctx.fs, o);
  if (!report) return ctx.report(report.errors());
  ctx.out << fmt::format("{} project \"{}\" in {} from template {}\n", ctx.dry_run ? "would create" : "created",
                         escape_for_terminal(o.name), escape_for_terminal(o.dir), o.template_name);
  for (const auto& path : report->written) ctx.out << (ctx.dry_run ? "would write " : "wrote ") << path << "\n";
  if (!ctx.dry_run) {
    ctx.out << "\nNext: read HANDBOOK.md, then\n";
    if (o.admin_id.empty()) ctx.out << "  pmadmin -C DIR assign person add \"Your Name\" --id you --org client\n";
    ctx.out << "  pmadmin assign person add \"Team member\" --email them@example.com\n"
               "  pmadmin assign matrix\n";
  }
  return 0;
}

}  // namespace

void register_init(CLI::App& app, Context& ctx) {
  auto args = std::make_shared<InitArgs>();
  CLI::App* cmd = app.add_subcommand("init", "Create a project folder from a template (refuses to overwrite one)");
  cmd->add_option("DIR", args->dir, "Folder to create the project in (default: here)");
  cmd->add_option("--name", args->name, "Project name (default: the folder's name)");
  cmd->add_option("--client", args->client, "The client organisation");
  cmd->add_option("--start", args->start, "Project start date YYYY-MM-DD (default: --today)");
  cmd->add_option("--currency", args->currency, "ISO 4217 currency code (default: the template's)");
  cmd->add_option("--template", args->template_name, "Template: software, software-zh, blank (see --list-templates)");
  cmd->add_option("--admin", args->admin, "Create this person ID as the client admin");
  cmd->add_option("--admin-name", args->admin_name, "The client admin's full name");
  cmd->add_option("--admin-email", args->admin_email, "The client admin's e-mail (matched to git user.email)");
  cmd->add_flag("--list-templates", args->list_templates, "List the templates and exit");
  cmd->callback([args, &ctx] { ctx.exit_code = run_init(*args, ctx); });
}

}  // namespace pmadmin::cli

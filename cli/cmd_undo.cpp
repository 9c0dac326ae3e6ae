// pmadmin undo [--list]: put back the files of the last change pmadmin made here
// (lib/store/undo.hpp).
#include <fmt/format.h>
#include <memory>

#include "base/i18n.hpp"
#include "base/text.hpp"
#include "cli/commands.hpp"
#include "render/json.hpp"
#include "render/project_view.hpp"
#include "store/undo.hpp"

namespace pmadmin::cli {

namespace {

CommandResult run_list(Context& ctx) {
  if (Status s = ctx.supports({OutputFormat::text, OutputFormat::json}); !s) return s.errors();
  auto root = ctx.project_root();
  if (!root) return root.errors();
  auto steps = list_undo(ctx.fs, *root);
  if (ctx.format == OutputFormat::json) {
    Json out = Json::array();
    for (const auto& s : steps) {
      Json files = Json::array();
      for (const auto& f : s.files) files.push_back(f.path);
      out.push_back({{"step", s.seq}, {"when", s.when}, {"summary", s.summary}, {"files", files}});
    }
    return ctx.print(dump(out));
  }
  if (steps.empty()) return ctx.print(tr("Nothing to undo: no change made by pmadmin is kept in this folder.\n"));
  std::string out = tr("The last changes, newest first (pmadmin undo puts back the first):\n");
  for (const auto& s : steps) {
    std::vector<std::string> files;
    for (const auto& f : s.files) files.push_back(f.path);
    out += fmt::format("  {:>3}  {}  {}\n       files: {}\n", s.seq, s.when, escape_for_terminal(s.summary),
                       fmt::join(files, ", "));
  }
  return ctx.print(out);
}

CommandResult run_undo(Context& ctx) {
  auto p = ctx.load();  // a known author, like every change (issue 11)
  if (!p) return p.errors();
  auto actor = resolve_actor(*p, ctx.who());
  if (!actor) return actor.errors();
  auto root = ctx.project_root();
  if (!root) return root.errors();
  auto report = undo_last(ctx.fs, *root, lock_timeout_ms(), ctx.dry_run);
  if (!report) return report.errors();
  return ctx.print(render_mutation(*report, ctx.format));
}

}  // namespace

void register_undo(CLI::App& app, Context& ctx) {
  auto list = std::make_shared<bool>(false);
  CLI::App* undo = app.add_subcommand("undo", tr("Put back the files of the last change pmadmin made in this folder"));
  undo->add_flag("--list", *list, tr("Show the changes that can be undone, newest first"));
  undo->footer(
      tr("Each change keeps its files' bytes before and after in .pmadmin/undo/ (the last 20). Undo refuses, and\n"
         "names the file, when one changed since (by hand, by git or by another tool); repeat it to go further back."));
  on_run(undo, ctx, [list, &ctx] { return *list ? run_list(ctx) : run_undo(ctx); });
}

}  // namespace pmadmin::cli

#include "render/project_view.hpp"

#include <fmt/format.h>

#include "base/i18n.hpp"
#include "base/text.hpp"
#include "render/escape.hpp"
#include "render/json.hpp"
#include "render/table.hpp"

namespace pmadmin {

std::string render_templates(const std::vector<TemplateInfo>& templates) {
  Table t;
  t.headers = {tr("TEMPLATE"), tr("DESCRIPTION")};
  t.max_column_width = 100;
  for (const auto& info : templates) t.rows.push_back({info.name, info.description});
  return render_table(t);
}

namespace {

std::string written_lines(const MutationReport& report) {
  std::string out;
  for (const auto& path : report.written)
    out += report.dry_run ? trf("would write {}\n", escape_for_terminal(path))
                          : trf("wrote {}\n", escape_for_terminal(path));
  for (const auto& path : report.removed)
    out += report.dry_run ? trf("would remove {}\n", escape_for_terminal(path))
                          : trf("removed {}\n", escape_for_terminal(path));
  return out;
}

const char* entity_word(EntityKind kind) {
  switch (kind) {
    case EntityKind::config: return "config";
    case EntityKind::person: return "person";
    case EntityKind::task: return "task";
    case EntityKind::risk: return "risk";
    case EntityKind::budget: return "budget";
    case EntityKind::expense: return "expense";
    case EntityKind::review: return "review";
    case EntityKind::survey: return "survey";
    case EntityKind::response: return "response";
    case EntityKind::baseline: return "baseline";
  }
  return "entity";
}

}  // namespace

std::string render_mutation(const MutationReport& report, OutputFormat format) {
  if (format == OutputFormat::json) {
    Json created = Json::array(), changed = Json::array(), deleted = Json::array();
    for (const Touched& t : report.touched) {
      if (t.id.empty()) continue;
      Json item = {{"kind", entity_word(t.kind)}, {"id", t.id}};
      (t.change == ChangeKind::created ? created : t.change == ChangeKind::deleted ? deleted : changed).push_back(item);
    }
    return dump(Json{{"dry_run", report.dry_run},
                     {"summary", report.summary},
                     {"created", created},
                     {"changed", changed},
                     {"deleted", deleted},
                     {report.dry_run ? "would_write" : "written", report.written},
                     {report.dry_run ? "would_remove" : "removed", report.removed},
                     {"unchanged", report.unchanged}});
  }
  std::string out;
  if (report.dry_run) out += tr("Dry run: nothing was changed. This is what the command would do:\n");
  if (!report.summary.empty()) out += escape_for_terminal(report.summary) + "\n";
  return out + written_lines(report);
}

std::string render_created(const MutationReport& report, const std::string& name, const std::string& dir,
                           const std::string& template_name, const std::string& admin) {
  std::string out = report.dry_run ? trf("would create project \"{}\" in {} from template {}\n",
                                         escape_for_terminal(name), escape_for_terminal(dir), template_name)
                                   : trf("created project \"{}\" in {} from template {}\n", escape_for_terminal(name),
                                         escape_for_terminal(dir), template_name);
  out += written_lines(report);
  if (report.dry_run) return out;
  out += trf("\nNext, as the client admin {}:\n", escape_for_terminal(admin));
  if (dir != ".") out += fmt::format("  cd {}\n", shell_quote(dir));
  return out + trf("  less HANDBOOK.md\n"
                   "  pmadmin assign person add \"Team member\" --email them@example.com --as {}\n"
                   "  pmadmin assign matrix\n",
                   shell_quote(admin));
}

}  // namespace pmadmin

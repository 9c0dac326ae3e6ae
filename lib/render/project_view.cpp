#include "render/project_view.hpp"

#include <fmt/format.h>

#include "base/text.hpp"
#include "render/table.hpp"

namespace pmadmin {

std::string render_templates(const std::vector<TemplateInfo>& templates) {
  Table t;
  t.headers = {"TEMPLATE", "DESCRIPTION"};
  t.max_column_width = 100;
  for (const auto& info : templates) t.rows.push_back({info.name, info.description});
  return render_table(t);
}

namespace {

std::string written_lines(const MutationReport& report) {
  std::string out;
  for (const auto& path : report.written)
    out += fmt::format("{} {}\n", report.dry_run ? "would write" : "wrote", escape_for_terminal(path));
  return out;
}

}  // namespace

std::string render_mutation(const MutationReport& report) {
  std::string out;
  if (!report.summary.empty()) out += escape_for_terminal(report.summary) + "\n";
  return out + written_lines(report);
}

std::string render_created(const MutationReport& report, const std::string& name, const std::string& dir,
                           const std::string& template_name, bool with_admin) {
  std::string out =
      fmt::format("{} project \"{}\" in {} from template {}\n", report.dry_run ? "would create" : "created",
                  escape_for_terminal(name), escape_for_terminal(dir), template_name);
  out += written_lines(report);
  if (report.dry_run) return out;
  out += "\nNext: read HANDBOOK.md, then\n";
  if (!with_admin) out += "  pmadmin -C DIR assign person add \"Your Name\" --id you --org client\n";
  return out +
         "  pmadmin assign person add \"Team member\" --email them@example.com\n"
         "  pmadmin assign matrix\n";
}

}  // namespace pmadmin

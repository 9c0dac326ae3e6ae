#include "store/templates.hpp"

#include <fmt/format.h>
#include <algorithm>

#include "base/i18n.hpp"
#include "base/text.hpp"
#include "store/fs.hpp"
#include "store/layout.hpp"
#include "store/store.hpp"

namespace pmadmin {

std::vector<TemplateInfo> list_templates() {
  std::vector<TemplateInfo> out;
  for (const auto& f : embedded_templates()) {
    std::string_view path = f.path;
    std::size_t slash = path.find('/');
    if (slash == std::string_view::npos || path.substr(slash + 1) != "template.txt") continue;
    std::string_view text = f.bytes;
    out.push_back({std::string(path.substr(0, slash)), std::string(text.substr(0, text.find('\n')))});
  }
  std::sort(out.begin(), out.end(), [](const TemplateInfo& a, const TemplateInfo& b) { return a.name < b.name; });
  return out;
}

Result<ProjectTemplate> load_template(const std::string& name) {
  MemoryFileSystem mem;
  const std::string prefix = name + "/";
  ProjectTemplate out;
  for (const auto& f : embedded_templates()) {
    std::string_view path = f.path;
    if (path.substr(0, prefix.size()) != prefix) continue;
    std::string rel(path.substr(prefix.size()));
    if (rel == "template.txt") continue;
    if (rel == kHandbookFile)
      out.handbook = std::string(f.bytes);
    else
      mem.add("/template/" + rel, std::string(f.bytes));
  }
  if (mem.files().empty()) {
    std::vector<std::string> names;
    for (const auto& t : list_templates()) names.push_back(t.name);
    std::string hint = did_you_mean(name, names);
    if (hint.empty()) hint = tr("see pmadmin init --list-templates");
    return make_error_of(ErrorKind::usage, trf("unknown template \"{}\"", name), hint);
  }
  Diagnostics warnings;
  auto loaded = load_project(mem, "/template", warnings);
  if (!loaded) {
    Diagnostics errors = loaded.errors();
    for (auto& e : errors) e.file = "templates/" + prefix + e.file;
    return errors;
  }
  out.project = std::move(*loaded);
  out.project.root.clear();
  return out;
}

}  // namespace pmadmin

#include "init.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <map>

#include "yaml_tree.hpp"

#include "store.hpp"
#include "text.hpp"
#include "validate.hpp"

namespace pmadmin {

namespace {

Diagnostic usage_error(std::string message, std::string hint = {}) {
  return make_error_of(ErrorKind::usage, std::move(message), std::move(hint));
}

const char* kGitignore =
    "# pmadmin's own working files: lock, load cache, editor schemas\n"
    ".pmadmin/\n";

const char* kGitattributes =
    "# Project files are UTF-8 text with LF line ends on every platform, so diffs stay clean.\n"
    "*.yaml text eol=lf\n"
    "*.md text eol=lf\n"
    "# A generated report is regenerated, never merged by hand.\n"
    "reports/** -diff linguist-generated\n";

void replace_all(std::string& s, std::string_view from, const std::string& to) {
  std::size_t pos = 0;
  while ((pos = s.find(from, pos)) != std::string::npos) {
    s.replace(pos, from.size(), to);
    pos += to.size();
  }
}

// Markdown text from user data: escape what would start markup.
std::string md_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (std::string_view("\\`*_[]<>|#").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

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

std::string render_handbook(std::string_view text, const Project& p, const std::string& admin) {
  std::string out(text);
  std::string roles;
  for (const auto& [id, def] : p.config.roles) {
    std::string holders;
    for (const auto& [pid, person] : p.people)
      if (std::find(person.roles.begin(), person.roles.end(), id) != person.roles.end())
        holders += (holders.empty() ? "" : ", ") + md_escape(person.name) + " (`" + pid + "`)";
    std::string perms;
    for (const auto& perm : def.permissions) perms += (perms.empty() ? "" : ", ") + ("`" + perm + "`");
    roles += fmt::format("| `{}` | {} | {} | {} |\n", id, md_escape(def.description), perms.empty() ? "-" : perms,
                         holders.empty() ? "-" : holders);
  }
  std::string admin_name = admin;
  if (auto it = p.people.find(admin); it != p.people.end()) admin_name = it->second.name + " (`" + admin + "`)";
  replace_all(out, "{{project}}", md_escape(p.config.name));
  replace_all(out, "{{client}}", md_escape(p.config.client.empty() ? "-" : p.config.client));
  replace_all(out, "{{start}}", p.config.start.iso());
  replace_all(out, "{{currency}}", p.config.currency);
  replace_all(out, "{{admin}}", admin.empty() ? "PERSON" : admin);
  replace_all(out, "{{admin_name}}", admin.empty() ? "-" : md_escape(admin_name));
  replace_all(out, "{{roles}}", roles);
  return out;
}

Result<MutationReport> init_project(FileSystem& fs, const InitOptions& o) {
  if (o.dir.empty()) return usage_error("no folder given");
  if (fs.kind(join_path(o.dir, kConfigFile)) != FileKind::missing)
    return usage_error(fmt::format("{} already holds a pmadmin project; refusing to overwrite it", o.dir));
  // The template is loaded (and validated) like any project, from memory.
  MemoryFileSystem mem;
  std::string prefix = o.template_name + "/";
  std::string handbook;
  for (const auto& f : embedded_templates()) {
    std::string_view path = f.path;
    if (path.substr(0, prefix.size()) != prefix) continue;
    std::string rel(path.substr(prefix.size()));
    if (rel == "template.txt") continue;
    if (rel == "HANDBOOK.md") handbook = std::string(f.bytes);
    else mem.add("/template/" + rel, std::string(f.bytes));
  }
  if (mem.files().empty()) {
    std::vector<std::string> names;
    for (const auto& t : list_templates()) names.push_back(t.name);
    std::string hint = did_you_mean(o.template_name, names);
    if (hint.empty()) hint = "see pmadmin init --list-templates";
    return usage_error(fmt::format("unknown template \"{}\"", o.template_name), hint);
  }
  Diagnostics warnings;
  auto loaded = load_project(mem, "/template", warnings);
  if (!loaded) {
    Diagnostics errors = loaded.errors();
    for (auto& e : errors) e.file = "templates/" + o.template_name + "/" + e.file;
    return errors;
  }
  Project p = std::move(*loaded);
  p.root = o.dir;
  if (!o.name.empty()) p.config.name = o.name;
  if (!o.client.empty()) p.config.client = o.client;
  p.config.start = o.start ? *o.start : o.today;
  if (!o.currency.empty()) {
    bool iso = o.currency.size() == 3 &&
               std::all_of(o.currency.begin(), o.currency.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (!iso) return usage_error(fmt::format("--currency must be an ISO 4217 code like CNY, USD or EUR, not \"{}\"", o.currency));
    p.config.currency = o.currency;
  }
  if (find_forbidden_char(p.config.name, false) || find_forbidden_char(p.config.client, false))
    return usage_error("the project or client name contains a control or bidi-override character");
  std::vector<FileChange> changes;
  if (!o.admin_id.empty()) {
    if (!p.config.role("client-admin"))
      return usage_error(fmt::format("template \"{}\" has no client-admin role", o.template_name));
    NewPerson admin;
    admin.id = o.admin_id;
    admin.name = o.admin_name.empty() ? o.admin_id : o.admin_name;
    admin.email = o.admin_email;
    admin.org = "client";
    auto added = add_person(p, admin, IdentitySources{}, o.today);
    if (!added) return added.errors();
    // The first client admin is granted by the project's creation itself, recorded as self.
    Person& person = p.people.at(o.admin_id);
    person.roles.push_back("client-admin");
    person.history.push_back(RoleEvent{o.today, "grant", "client-admin", o.admin_id});
    for (auto& [id, t] : p.tasks)
      if (std::find(t.tags.begin(), t.tags.end(), "admin-duty") != t.tags.end() && t.owner.empty()) t.owner = o.admin_id;
    for (auto& [id, r] : p.risks)
      if (r.owner.empty()) r.owner = o.admin_id;
  }
  Diagnostics problems = validate_project(p);
  if (has_errors(problems)) return problems;
  for (auto& c : encode_project(p)) {
    c.create = true;
    changes.push_back(std::move(c));
  }
  if (!handbook.empty()) changes.push_back({"HANDBOOK.md", render_handbook(handbook, p, o.admin_id), true});
  // An existing repository's .gitignore/.gitattributes is extended, not replaced.
  struct GitFile {
    const char* path;
    const char* text;
    const char* rule;  ///< present already: the file needs nothing from us
  };
  for (const GitFile& g : {GitFile{".gitignore", kGitignore, ".pmadmin/"},
                           GitFile{".gitattributes", kGitattributes, "*.yaml text eol=lf"}}) {
    std::string path = g.path, text = g.text;
    std::string abs = join_path(o.dir, path);
    if (fs.kind(abs) == FileKind::missing) {
      changes.push_back({path, text, true});
      continue;
    }
    auto old = fs.read(abs, path, kMaxFileBytes);
    if (!old) return old.errors();
    if (old->find(g.rule) != std::string::npos) continue;
    std::string merged = *old;
    if (!merged.empty() && merged.back() != '\n') merged += '\n';
    changes.push_back({path, merged + text, false});
  }
  // pmadmin.yaml goes last: until it exists the folder is not a project, so an interrupted
  // init never leaves a half-made project behind.
  std::stable_partition(changes.begin(), changes.end(), [](const FileChange& c) { return c.path != kConfigFile; });
  return write_changes(fs, o.dir, changes, o.dry_run);
}

}  // namespace pmadmin

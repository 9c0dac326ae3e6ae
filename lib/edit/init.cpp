#include "edit/init.hpp"

#include <fmt/format.h>
#include <algorithm>

#include "base/i18n.hpp"
#include "base/ids.hpp"
#include "base/text.hpp"
#include "edit/people.hpp"
#include "store/templates.hpp"
#include "store/validate.hpp"

namespace pmadmin {

namespace {

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

std::string render_handbook(std::string_view text, const Project& p, const std::string& admin) {
  std::string out(text);
  std::string roles;
  for (const auto& [id, def] : p.config.roles) {
    std::vector<std::string> holders, perms;
    for (const auto& [pid, person] : p.people)
      if (std::find(person.roles.begin(), person.roles.end(), id) != person.roles.end())
        holders.push_back(fmt::format("{} (`{}`)", md_escape(person.name), pid));
    for (Permission perm : def.permissions) perms.push_back(fmt::format("`{}`", perm));
    roles += fmt::format("| `{}` | {} | {} | {} |\n", id, md_escape(def.description),
                         perms.empty() ? "-" : fmt::format("{}", fmt::join(perms, ", ")),
                         holders.empty() ? "-" : fmt::format("{}", fmt::join(holders, ", ")));
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

namespace {

/// The options applied to the template's project.
Status apply_options(Project& p, const InitOptions& o) {
  p.root = o.dir;
  if (!o.name.empty()) p.config.name = o.name;
  if (!o.client.empty()) p.config.client = o.client;
  p.config.start = o.start ? *o.start : o.today;
  if (!o.currency.empty()) {
    bool iso = o.currency.size() == 3 &&
               std::all_of(o.currency.begin(), o.currency.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (!iso)
      return usage_error(trf("--currency must be an ISO 4217 code like CNY, USD or EUR, not \"{}\"", o.currency));
    p.config.currency = o.currency;
  }
  if (auto why = text_problem(p.config.name, false)) return usage_error(trf("the project name {}", *why));
  if (auto why = text_problem(p.config.client, false)) return usage_error(trf("the client name {}", *why));
  return ok_status();
}

/// Every project has its client admin from the start (nobody could grant roles otherwise):
/// --admin, else an ID made from the name or e-mail given (the cli passes git's user.name
/// and user.email); with neither, a refusal that shows the flags.
Status choose_admin(InitOptions& o) {
  if (!o.admin_id.empty()) return ok_status();
  o.admin_id = slug_from(o.admin_name);
  if (o.admin_id.empty()) o.admin_id = slug_from(o.admin_email.substr(0, o.admin_email.find('@')));
  if (!o.admin_id.empty()) return ok_status();
  return usage_error(
      tr("a project needs its client admin, who grants roles and approves the budget, and none was given"),
      tr("pass --admin ID --admin-name \"Full Name\" --admin-email you@example.org, or set git's user.name and "
         "user.email"));
}

/// The client admin: a client person holding client-admin, owner of the admin duties and
/// of the template's risks. The grant is recorded as made by the admin on creation day:
/// the project's creation is its root of trust.
Status add_admin(Project& p, const InitOptions& o) {
  if (!p.config.role("client-admin"))
    return usage_error(trf("template \"{}\" has no client-admin role", o.template_name));
  NewPerson admin;
  admin.id = o.admin_id;
  admin.name = o.admin_name.empty() ? o.admin_id : o.admin_name;
  admin.email = o.admin_email;
  admin.org = Org::client;
  auto made = new_person(p, admin);
  if (!made) return made.errors();
  Person& person = p.people.emplace(made->id, std::move(*made)).first->second;
  person.roles.push_back("client-admin");
  person.history.push_back(RoleEvent{o.today, RoleAction::grant, "client-admin", o.admin_id});
  p.config.created_by = o.admin_id;
  p.config.created_on = o.today;
  for (auto& [id, t] : p.tasks)
    if (std::find(t.tags.begin(), t.tags.end(), "admin-duty") != t.tags.end() && t.owner.empty()) t.owner = o.admin_id;
  for (auto& [id, r] : p.risks) {
    if (r.owner.empty()) r.owner = o.admin_id;
    if (r.history.empty())  // the template's starting risks, identified by the creator today
      r.history.push_back(
          Assessment{o.today, o.admin_id, RiskEvent::identify, r.probability, r.impact, r.response, r.owner, ""});
  }
  return ok_status();
}

}  // namespace

Result<CreatedProject> init_project(FileSystem& fs, const InitOptions& o) {
  if (o.dir.empty()) return usage_error(tr("no folder given"));
  if (holds_project(fs, o.dir))
    return usage_error(trf("{} already holds a pmadmin project; refusing to overwrite it", o.dir));
  auto loaded = load_template(o.template_name);
  if (!loaded) return loaded.errors();
  InitOptions with_admin = o;
  if (Status s = choose_admin(with_admin); !s) return s.errors();
  Project p = std::move(loaded->project);
  if (Status s = apply_options(p, with_admin); !s) return s.errors();
  if (Status s = add_admin(p, with_admin); !s) return s.errors();
  Diagnostics problems = validate_project(p);
  if (has_errors(problems)) return problems;
  std::string handbook = loaded->handbook.empty() ? "" : render_handbook(loaded->handbook, p, with_admin.admin_id);
  auto report = create_project(fs, o.dir, p, handbook, o.dry_run);
  if (!report) return report.errors();
  return CreatedProject{std::move(*report), with_admin.admin_id};
}

}  // namespace pmadmin

#include "model/identity.hpp"

#include <fmt/format.h>
#include <algorithm>

#include "base/i18n.hpp"
#include "base/text.hpp"

namespace pmadmin {

namespace {

Diagnostic denied(std::string message, std::string hint = {}) {
  return make_error_of(ErrorKind::permission, std::move(message), std::move(hint));
}

std::string join(const std::vector<std::string>& items) { return fmt::format("{}", fmt::join(items, ", ")); }

}  // namespace

Result<std::string> resolve_actor(const Project& p, const IdentitySources& who) {
  std::string value, source;
  if (!who.as_option.empty())
    value = who.as_option, source = "--as";
  else if (!who.env_user.empty())
    value = who.env_user, source = "PMADMIN_USER";
  else if (!who.git_email.empty())
    value = who.git_email, source = "git config user.email";
  std::vector<std::string> ids = ids_of(p.people);
  const std::string people = ids.empty() ? tr("this project has no people yet") : trf("people: {}", join_some(ids));
  if (value.empty())
    return denied(tr("who are you? every change records who made it, and nobody was named"),
                  trf("use --as PERSON, set PMADMIN_USER, or set git's user.email to a person's e-mail; {}", people));
  if (p.people.count(value)) return value;
  for (const auto& [id, person] : p.people)
    if (!person.email.empty() && person.email == value) return id;
  return denied(trf("\"{}\" (from {}) is not a person of this project", value, source),
                did_you_mean(value, ids, trf("use --as with a person's ID or e-mail; {}", people)));
}

const std::vector<Guard>& guards() {
  static const std::vector<Guard> table = {
      {GuardedAction::grant_role, Permission::manage_roles, "assign role", N_("granting a role")},
      {GuardedAction::revoke_role, Permission::manage_roles, "assign role --revoke", N_("revoking a role")},
      {GuardedAction::plan_budget, Permission::approve_budget, "budget plan", N_("planning a budget line")},
      {GuardedAction::adjust_budget, Permission::approve_budget, "budget adjust", N_("adjusting the budget")},
      {GuardedAction::save_baseline, Permission::set_baseline, "schedule baseline save", N_("saving a baseline")},
      {GuardedAction::accept_deliverable, Permission::accept_deliverable, "review accept",
       N_("accepting a deliverable")},
      {GuardedAction::close_risk, Permission::close_risk, "risk close", N_("closing a high or critical risk")},
  };
  return table;
}

const Guard& guard_of(GuardedAction action) {
  for (const auto& g : guards())
    if (g.action == action) return g;
  return guards().front();  // unreachable: every action is in the table (a unit test holds it)
}

bool is_root_grant(const Project& p, const std::string& person, const RoleEvent& e) {
  return !p.config.created_by.empty() && person == p.config.created_by && e.by == person &&
         e.action == RoleAction::grant && p.config.created_on && e.date == *p.config.created_on;
}

std::vector<std::string> roles_held(const Project& p, const std::string& person_id, std::optional<Date> on,
                                    const RoleEvent* skip) {
  auto it = p.people.find(person_id);
  if (it == p.people.end()) return {};
  const Person& person = it->second;
  std::vector<const RoleEvent*> events;  // in date order; same-day events in file order
  for (const auto& e : person.history) events.push_back(&e);
  std::stable_sort(events.begin(), events.end(),
                   [](const RoleEvent* a, const RoleEvent* b) { return a->date < b->date; });
  std::vector<std::string> roles;
  for (const RoleEvent* e : events) {
    if ((on && e->date > *on) || e == skip) continue;
    if (e->by == person_id && e->action == RoleAction::grant && !is_root_grant(p, person_id, *e)) continue;
    auto pos = std::find(roles.begin(), roles.end(), e->role);
    if (e->action == RoleAction::grant && pos == roles.end()) roles.push_back(e->role);
    if (e->action == RoleAction::revoke && pos != roles.end()) roles.erase(pos);
  }
  if (!on)  // today: a role taken off `roles:` is not held, whatever the history says
    std::erase_if(roles, [&](const std::string& r) {
      return std::find(person.roles.begin(), person.roles.end(), r) == person.roles.end();
    });
  return roles;
}

bool has_permission(const Project& p, const std::string& person, Permission permission, std::optional<Date> on,
                    const RoleEvent* skip) {
  for (const auto& role : roles_held(p, person, on, skip))
    if (const RoleDef* def = p.config.role(role))
      for (const auto& perm : def->permissions)
        if (perm == permission) return true;
  return false;
}

std::vector<std::string> permission_holders(const Project& p, Permission permission) {
  std::vector<std::string> out;
  for (const auto& [id, person] : p.people)
    for (const auto& role : roles_held(p, id))
      if (const RoleDef* def = p.config.role(role))
        if (std::find(def->permissions.begin(), def->permissions.end(), permission) != def->permissions.end()) {
          out.push_back(fmt::format("{} ({})", id, role));
          break;
        }
  return out;
}

Result<std::string> require_permission(const Project& p, const IdentitySources& who, GuardedAction action) {
  const Guard& guard = guard_of(action);
  auto actor = resolve_actor(p, who);
  if (!actor) return actor;
  if (has_permission(p, *actor, guard.permission)) return actor;
  const Person& person = p.people.at(*actor);
  std::string roles = person.roles.empty() ? tr("no roles") : trf("roles: {}", join(person.roles));
  auto holders = permission_holders(p, guard.permission);
  std::string hint = holders.empty()
                         ? trf("nobody holds {} yet; a role with it must be granted first", guard.permission)
                         : trf("held by: {}", join(holders));
  return denied(trf("permission denied: {} needs the {} permission, which {} ({}) does not have", tr(guard.doing),
                    guard.permission, *actor, roles),
                hint);
}

}  // namespace pmadmin

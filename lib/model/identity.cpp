#include "model/identity.hpp"

#include <fmt/format.h>
#include <algorithm>

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
  if (value.empty())
    return denied("cannot tell who is running this command",
                  "pass --as PERSON, set PMADMIN_USER, or set git's user.email to a person's e-mail");
  if (p.people.count(value)) return value;
  for (const auto& [id, person] : p.people)
    if (!person.email.empty() && person.email == value) return id;
  std::vector<std::string> ids = ids_of(p.people);
  std::string hint = did_you_mean(value, ids);
  if (hint.empty()) hint = "known people: " + join(ids);
  return denied(fmt::format("\"{}\" (from {}) is not a person of this project", value, source), hint);
}

bool has_permission(const Project& p, const std::string& person, Permission permission) {
  auto it = p.people.find(person);
  if (it == p.people.end()) return false;
  for (const auto& role : it->second.roles)
    if (const RoleDef* def = p.config.role(role))
      for (const auto& perm : def->permissions)
        if (perm == permission) return true;
  return false;
}

std::vector<std::string> permission_holders(const Project& p, Permission permission) {
  std::vector<std::string> out;
  for (const auto& [id, person] : p.people)
    for (const auto& role : person.roles)
      if (const RoleDef* def = p.config.role(role))
        if (std::find(def->permissions.begin(), def->permissions.end(), permission) != def->permissions.end()) {
          out.push_back(fmt::format("{} ({})", id, role));
          break;
        }
  return out;
}

Result<std::string> require_permission(const Project& p, const IdentitySources& who, Permission permission,
                                       const std::string& action) {
  auto actor = resolve_actor(p, who);
  if (!actor) return actor;
  if (has_permission(p, *actor, permission)) return actor;
  const Person& person = p.people.at(*actor);
  std::string roles = person.roles.empty() ? "no roles" : "roles: " + join(person.roles);
  auto holders = permission_holders(p, permission);
  std::string hint = holders.empty()
                         ? fmt::format("nobody holds {} yet; a role with it must be granted first", to_text(permission))
                         : "held by: " + join(holders);
  return denied(fmt::format("permission denied: {} needs the {} permission, which {} ({}) does not have", action,
                            to_text(permission), *actor, roles),
                hint);
}

Result<std::string> optional_actor(const Project& p, const IdentitySources& who) {
  if (who.as_option.empty() && who.env_user.empty() && who.git_email.empty()) return std::string();
  auto actor = resolve_actor(p, who);
  if (!actor && who.as_option.empty() && who.env_user.empty()) return std::string();  // git e-mail of a stranger
  return actor;
}

}  // namespace pmadmin

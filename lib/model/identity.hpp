#pragma once
/// Who is acting, and may they? One permission check for every guarded command (SPEC §2).
#include <string>
#include <vector>

#include "base/result.hpp"
#include "model/model.hpp"

namespace pmadmin {

/// Where the acting person may come from, in order of precedence.
struct IdentitySources {
  std::string as_option;  ///< --as PERSON (ID or e-mail)
  std::string env_user;   ///< PMADMIN_USER
  std::string git_email;  ///< `git config user.email`
};

/// The acting person's ID. Unknown or missing identity is a permission error (exit 3):
/// every change records who made it, so no mutating command runs for nobody.
Result<std::string> resolve_actor(const Project& p, const IdentitySources& who);

/// The actions pmadmin guards. Each needs exactly one permission, written once in the
/// table of guards(): the commands, `check`, the help text and docs/permissions.md use it.
enum class GuardedAction {
  grant_role,
  revoke_role,
  plan_budget,
  adjust_budget,
  save_baseline,
  accept_deliverable,
  close_risk,
};

struct Guard {
  GuardedAction action;
  Permission permission;
  const char* command;  ///< the command that performs it, e.g. "budget plan"
  const char* doing;    ///< the action in a sentence, e.g. "planning a budget line"
};

/// The permission table, in the order docs/permissions.md lists it.
const std::vector<Guard>& guards();
const Guard& guard_of(GuardedAction action);

/// The root of trust: the project creator's grant to themself on the creation day (`init`).
bool is_root_grant(const Project& p, const std::string& person, const RoleEvent& e);

/// The roles `person` holds on `on` (default: with every recorded event), replayed from
/// their history in date order: a role counts only when a grant of it is recorded, not
/// revoked since, and made by someone else (or is the root grant); without `on`, it must
/// also still be listed under `roles:`. `skip`: an event to leave out (the grant under audit). Whether each
/// grantor held manage-roles is `check unauthorised-approval`'s to say.
std::vector<std::string> roles_held(const Project& p, const std::string& person, std::optional<Date> on = {},
                                    const RoleEvent* skip = nullptr);

/// True when one of the roles `person` holds (roles_held) carries `permission`.
bool has_permission(const Project& p, const std::string& person, Permission permission, std::optional<Date> on = {},
                    const RoleEvent* skip = nullptr);

/// People who hold `permission`, as "id (role)" strings, sorted.
std::vector<std::string> permission_holders(const Project& p, Permission permission);

/// Resolves the actor and checks the permission `action` needs. Returns the actor's ID,
/// or a permission diagnostic (exit 3) naming the permission and who holds it.
Result<std::string> require_permission(const Project& p, const IdentitySources& who, GuardedAction action);

}  // namespace pmadmin

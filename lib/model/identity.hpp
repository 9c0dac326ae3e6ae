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

/// The acting person's ID. Unknown or missing identity is a permission error (exit 3).
Result<std::string> resolve_actor(const Project& p, const IdentitySources& who);

/// The actor for logs of unguarded commands: the resolved person, or "" when nobody is
/// named and git's e-mail matches no one. A named (--as, PMADMIN_USER) unknown person is
/// still an error.
Result<std::string> optional_actor(const Project& p, const IdentitySources& who);

/// True when one of the person's roles carries `permission`.
bool has_permission(const Project& p, const std::string& person, Permission permission);

/// People who hold `permission`, as "id (role)" strings, sorted.
std::vector<std::string> permission_holders(const Project& p, Permission permission);

/// Resolves the actor and checks `permission` for `action` (e.g. "granting a role").
/// Returns the actor's ID, or a permission diagnostic naming the permission and its holders.
Result<std::string> require_permission(const Project& p, const IdentitySources& who, Permission permission,
                                       const std::string& action);

}  // namespace pmadmin

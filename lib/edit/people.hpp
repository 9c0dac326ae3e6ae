#pragma once
/// Changes to people, roles and responsibilities: the library side of `pmadmin assign`.
#include <optional>
#include <string>
#include <vector>

#include "model/change.hpp"
#include "model/identity.hpp"
#include "model/model.hpp"

namespace pmadmin {

struct NewPerson {
  std::string id;  ///< empty: a slug of the name or e-mail, else a random p-xxxx
  std::string name;
  std::string email;
  Org org = Org::team;
  std::vector<std::string> roles;  ///< granting any needs manage-roles
  std::optional<int> capacity_percent;
  std::optional<Money> rate;
};

/// The person `spec` describes, validated against `p` (name, e-mail, a free ID), without
/// roles and not yet added: `init` uses it for the creator, add_person for everyone else.
Result<Person> new_person(const Project& p, const NewPerson& spec);

/// Adds a person (a new people/<id>.yaml). The actor must be a person of the project; with
/// roles, one holding manage-roles.
Result<Outcome> add_person(Project& p, const NewPerson& spec, const IdentitySources& who, Date today);

/// Grants (or revokes) `role`; needs manage-roles. The event is appended to the person's
/// history with the actor and date so `check` can audit it. Refuses to revoke the last
/// holder of manage-roles.
Result<Outcome> set_role(Project& p, const std::string& person, const std::string& role, bool revoke,
                         const IdentitySources& who, Date today);

/// Makes `person` responsible for `task`: letter R sets the owner, A/C/I go to the RACI map;
/// `remove` takes the person off the task. Logged in the task's change log.
Result<Outcome> assign_task(Project& p, const std::string& task, const std::string& person, const std::string& letter,
                            bool remove, const IdentitySources& who, Date today);

}  // namespace pmadmin

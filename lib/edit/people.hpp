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

/// What `assign person edit` changes; an empty optional leaves a field as it is.
struct PersonEdit {
  std::optional<std::string> name;
  std::optional<std::string> email;  ///< "" clears
  std::optional<Org> org;
  std::optional<int> capacity_percent;
  std::optional<std::optional<Money>> rate;  ///< inner nullopt clears
};

/// Edits a person. Editing yourself needs no permission except for the e-mail (the identity
/// the audit trusts); editing anyone else, or an e-mail, needs manage-roles. The summary
/// says what changed (the role history records roles only; git records the edit).
Result<Outcome> edit_person(Project& p, const std::string& id, const PersonEdit& edit, const IdentitySources& who,
                            Date today);

/// Removes a person added by mistake; needs manage-roles. Refused while they own open tasks
/// unless `reassign_to` names who takes them over (logged in each task), and refused while
/// any record names them (approvals, logs, expenses, reviews, risks, survey answers): they
/// stay as history; revoke their roles instead.
Result<Outcome> remove_person(Project& p, const std::string& id, const std::string& reassign_to,
                              const IdentitySources& who, Date today);

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

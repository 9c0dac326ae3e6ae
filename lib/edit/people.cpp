#include "edit/people.hpp"

#include <fmt/format.h>
#include <algorithm>

#include "base/i18n.hpp"
#include "base/ids.hpp"
#include "base/text.hpp"
#include "model/grammar.hpp"

namespace pmadmin {

Result<Person> new_person(const Project& p, const NewPerson& spec) {
  if (spec.name.empty()) return usage_error(tr("a person needs a name"));
  if (auto why = text_problem(spec.name, false)) return usage_error(trf("the name {}", *why));
  if (auto why = text_problem(spec.email, false)) return usage_error(trf("the e-mail address {}", *why));
  if (!spec.email.empty() && !is_email(spec.email))
    return usage_error(trf("\"{}\" is not an e-mail address", spec.email), tr("write it like name@example.org"));
  std::string id = spec.id;
  if (id.empty()) {
    id = slug_from(spec.name);
    if (id.empty() || p.people.count(id)) id = slug_from(spec.email);
    if (id.empty() || p.people.count(id))
      id = random_id("p", [&](const std::string& candidate) { return p.people.count(candidate) > 0; });
  }
  if (auto problem = id_problem(id))
    return usage_error(trf("\"{}\" is not a valid ID: {}", id, *problem), id_fix_hint(id, "li-na"));
  if (p.people.count(id)) return usage_error(trf("person \"{}\" already exists", id), tr("choose another --id"));
  for (const auto& [other_id, other] : p.people)
    if (!spec.email.empty() && other.email == spec.email)
      return usage_error(trf("{} already belongs to person \"{}\"", spec.email, other_id));
  Person person;
  person.id = id;
  person.name = spec.name;
  person.email = spec.email;
  person.org = spec.org;
  if (spec.capacity_percent) person.capacity_percent = *spec.capacity_percent;
  person.rate = spec.rate;
  return person;
}

Result<Outcome> add_person(Project& p, const NewPerson& spec, const IdentitySources& who, Date today) {
  auto made = new_person(p, spec);
  if (!made) return made.errors();
  Person person = std::move(*made);
  const std::string id = person.id;
  auto actor = spec.roles.empty() ? resolve_actor(p, who) : require_permission(p, who, GuardedAction::grant_role);
  if (!actor) return actor.errors();
  if (!spec.roles.empty()) {
    for (const auto& role : spec.roles) {
      if (!p.config.role(role)) return unknown_id("role", role, ids_of(p.config.roles));
      if (std::find(person.roles.begin(), person.roles.end(), role) != person.roles.end()) continue;
      person.roles.push_back(role);
      person.history.push_back(RoleEvent{today, RoleAction::grant, role, *actor});
    }
  }
  Outcome out;
  out.created(EntityKind::person, id);
  out.summary = trf("added {} ({})", id, person.name);
  p.people.emplace(id, std::move(person));
  return out;
}

Result<Outcome> set_role(Project& p, const std::string& person_id, const std::string& role, bool revoke,
                         const IdentitySources& who, Date today) {
  auto it = p.people.find(person_id);
  if (it == p.people.end()) return unknown_id("person", person_id, ids_of(p.people));
  if (!p.config.role(role)) return unknown_id("role", role, ids_of(p.config.roles));
  auto actor = require_permission(p, who, revoke ? GuardedAction::revoke_role : GuardedAction::grant_role);
  if (!actor) return actor.errors();
  Person& person = it->second;
  auto has = std::find(person.roles.begin(), person.roles.end(), role);
  Outcome out;
  if (!revoke && has != person.roles.end()) {
    out.summary = trf("{} already has role {}; nothing changed", person_id, role);
    return out;
  }
  if (revoke && has == person.roles.end()) {
    out.summary = trf("{} does not have role {}; nothing changed", person_id, role);
    return out;
  }
  if (revoke) {
    person.roles.erase(has);
    if (permission_holders(p, Permission::manage_roles).empty())
      return usage_error(trf("revoking {} from {} would leave nobody able to manage roles", role, person_id),
                         tr("grant a role with manage-roles to someone else first"));
  } else {
    person.roles.push_back(role);
  }
  person.history.push_back(RoleEvent{today, revoke ? RoleAction::revoke : RoleAction::grant, role, *actor});
  out.changed(EntityKind::person, person_id);
  out.summary = revoke ? trf("revoked role {} from {} (by {})", role, person_id, *actor)
                       : trf("granted role {} to {} (by {})", role, person_id, *actor);
  return out;
}

Result<Outcome> assign_task(Project& p, const std::string& task_id, const std::string& person_id,
                            const std::string& letter, bool remove, const IdentitySources& who, Date today) {
  auto it = p.tasks.find(task_id);
  if (it == p.tasks.end()) return unknown_id("task", task_id, ids_of(p.tasks));
  if (!p.people.count(person_id)) return unknown_id("person", person_id, ids_of(p.people));
  if (letter != "R" && letter != "A" && letter != "C" && letter != "I")
    return usage_error(trf("--raci must be R, A, C or I, not \"{}\"", letter));
  auto actor = resolve_actor(p, who);
  if (!actor) return actor.errors();
  Task& t = it->second;
  auto entry = std::find_if(t.raci.begin(), t.raci.end(), [&](const auto& kv) { return kv.first == person_id; });
  std::string detail;
  if (remove) {
    bool was_owner = t.owner == person_id;
    if (was_owner) t.owner.clear();
    bool was_raci = entry != t.raci.end();
    if (was_raci) t.raci.erase(entry);
    if (!was_owner && !was_raci) {
      Outcome out;
      out.summary = trf("{} has no part in {}; nothing changed", person_id, task_id);
      return out;
    }
    detail = fmt::format("removed {}", person_id);
  } else if (letter == "R") {
    if (t.owner == person_id) {
      Outcome out;
      out.summary = trf("{} already owns {}; nothing changed", person_id, task_id);
      return out;
    }
    detail = t.owner.empty() ? fmt::format("owner: {}", person_id) : fmt::format("owner: {} -> {}", t.owner, person_id);
    t.owner = person_id;
    if (entry != t.raci.end() && entry->second == "R") t.raci.erase(entry);
  } else {
    if (entry != t.raci.end() && entry->second == letter) {
      Outcome out;
      out.summary = trf("{} is already {} on {}; nothing changed", person_id, letter, task_id);
      return out;
    }
    if (entry != t.raci.end()) {
      detail = fmt::format("{}: {} -> {}", person_id, entry->second, letter);
      entry->second = letter;
    } else {
      detail = fmt::format("{}: {}", person_id, letter);
      t.raci.emplace_back(person_id, letter);
    }
  }
  t.log.push_back(LogEntry{today, *actor, "assign", detail, ""});
  Outcome out;
  out.changed(EntityKind::task, task_id);
  out.summary = trf("{}: {}", task_id, detail);
  return out;
}

}  // namespace pmadmin

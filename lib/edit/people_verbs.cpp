// assign person edit / remove (lib/edit/people.hpp).
#include <fmt/format.h>
#include <algorithm>

#include "base/i18n.hpp"
#include "base/ids.hpp"
#include "base/text.hpp"
#include "edit/language.hpp"
#include "edit/people.hpp"
#include "model/grammar.hpp"

namespace pmadmin {

namespace {

std::string or_dash(const std::string& s) { return s.empty() ? "-" : s; }

/// Edits the fields of `person`; each change described in `changes`.
Status apply_person_edit(const Project& p, Person& person, const PersonEdit& e, std::vector<std::string>& changes) {
  auto note = [&](const char* field, const std::string& from, const std::string& to) {
    if (from != to) changes.push_back(trf("{} {} -> {}", tr(field), from, to));
  };
  if (e.name) {
    if (e.name->empty()) return usage_error(tr("a person needs a name"));
    if (auto why = text_problem(*e.name, false)) return usage_error(trf("the name {}", *why));
    note(N_("name"), person.name, *e.name);
    person.name = *e.name;
  }
  if (e.email) {
    if (auto why = text_problem(*e.email, false)) return usage_error(trf("the e-mail address {}", *why));
    if (!e.email->empty() && !is_email(*e.email))
      return usage_error(trf("\"{}\" is not an e-mail address", *e.email), tr("write it like name@example.org"));
    for (const auto& [other_id, other] : p.people)
      if (other_id != person.id && !e.email->empty() && lowercase(other.email) == lowercase(*e.email))
        return usage_error(trf("{} already belongs to person \"{}\"", *e.email, other_id));
    note(N_("e-mail"), or_dash(person.email), or_dash(*e.email));
    person.email = *e.email;
  }
  if (e.org) {
    note(N_("org"), std::string(to_text(person.org)), std::string(to_text(*e.org)));
    person.org = *e.org;
  }
  if (e.capacity_percent) {
    if (*e.capacity_percent < 1 || *e.capacity_percent > 100)
      return usage_error(tr("--capacity is a share of full time from 0.01 to 1"));
    note(N_("capacity"), fmt::format("{}%", person.capacity_percent), fmt::format("{}%", *e.capacity_percent));
    person.capacity_percent = *e.capacity_percent;
  }
  if (e.rate) {
    if (*e.rate && (*e.rate)->minor() < 0) return usage_error(tr("--rate cannot be negative"));
    note(N_("rate"), person.rate ? person.rate->str() : "-", *e.rate ? (*e.rate)->str() : "-");
    person.rate = *e.rate;
  }
  return ok_status();
}

}  // namespace

Result<Outcome> edit_person(Project& p, const std::string& id, const PersonEdit& e, const IdentitySources& who, Date) {
  auto it = p.people.find(id);
  if (it == p.people.end()) return unknown_id("person", id, ids_of(p.people));
  auto actor = resolve_actor(p, who);
  if (!actor) return actor.errors();
  if (*actor != id || e.email) {  // someone else, or the identity itself: a manager's change
    auto manager = require_permission(p, who, GuardedAction::grant_role);
    if (!manager) return manager.errors();
  }
  std::vector<std::string> changes;
  if (Status s = apply_person_edit(p, it->second, e, changes); !s) return s.errors();
  Outcome out;
  if (changes.empty()) {
    out.summary = trf("{} already is like that; nothing changed", id);
    return out;
  }
  out.changed(EntityKind::person, id);
  out.summary = trf("{}: {}", id, fmt::join(changes, "; "));
  return out;
}

namespace {

/// The records that name `id` (as author, attendee, owner of something closed or not a
/// task, respondent...): the history a removal would break.
std::vector<std::string> records_naming(const Project& p, const std::string& id) {
  std::vector<std::string> refs;
  if (p.config.created_by == id) refs.push_back(tr("the project's creator (created-by)"));
  for (const auto& [pid, person] : p.people)
    for (const auto& ev : person.history)
      if (ev.by == id && pid != id) refs.push_back(trf("a role change of {}", pid));
  for (const auto& [tid, t] : p.tasks) {
    for (const auto& l : t.log)
      if (l.by == id) refs.push_back(trf("the log of task {}", tid));
    if (t.owner == id && !is_open(t.status)) refs.push_back(trf("task {} ({})", tid, t.status));
  }
  for (const auto& [rid, r] : p.risks) {
    if (r.owner == id) refs.push_back(trf("risk {} (owner)", rid));
    for (const auto& a : r.history)
      if (a.by == id) refs.push_back(trf("the history of risk {}", rid));
  }
  if (p.budget) {
    for (const auto& [name, line] : p.budget->categories)
      for (const auto& c : line.history)
        if (c.by == id) refs.push_back(trf("the plan of budget line {}", name));
    for (const auto& a : p.budget->adjustments)
      if (a.by == id) refs.push_back(trf("an adjustment of {}", a.category));
  }
  for (const auto& [eid, e] : p.expenses)
    if (e.by == id || e.voided_by == id) refs.push_back(trf("expense {}", eid));
  for (const auto& [rid, r] : p.reviews) {
    bool named = r.by == id || r.person == id || r.accepted_by == id ||
                 std::find(r.attendees.begin(), r.attendees.end(), id) != r.attendees.end();
    for (const auto& a : r.actions) named = named || a.owner == id;
    if (named) refs.push_back(trf("review {}", rid));
  }
  for (const auto& [sid, s] : p.surveys) {
    bool named = s.responses.count(id) > 0;
    for (const auto& a : s.actions) named = named || a.owner == id;
    if (named) refs.push_back(trf("survey {}", sid));
  }
  for (const auto& [bid, b] : p.baselines)
    if (b.by == id) refs.push_back(trf("baseline {}", bid));
  std::sort(refs.begin(), refs.end());
  refs.erase(std::unique(refs.begin(), refs.end()), refs.end());
  return refs;
}

}  // namespace

Result<Outcome> remove_person(Project& p, const std::string& id, const std::string& reassign_to,
                              const IdentitySources& who, Date today) {
  if (!p.people.count(id)) return unknown_id("person", id, ids_of(p.people));
  if (!reassign_to.empty() && !p.people.count(reassign_to)) return unknown_id("person", reassign_to, ids_of(p.people));
  if (reassign_to == id) return usage_error(tr("--reassign-to must name someone else"));
  auto actor = require_permission(p, who, GuardedAction::grant_role);
  if (!actor) return actor.errors();
  if (*actor == id) return usage_error(tr("you cannot remove yourself"));
  std::vector<std::string> owned;
  for (const auto& [tid, t] : p.tasks)
    if (t.owner == id && is_open(t.status)) owned.push_back(tid);
  if (!owned.empty() && reassign_to.empty())
    return usage_error(
        trnf("{} owns {} open task: {}", "{} owns {} open tasks: {}", owned.size(), id, owned.size(), join_some(owned)),
        tr("add --reassign-to PERSON to hand them over"));
  if (auto refs = records_naming(p, id); !refs.empty())
    return usage_error(trf("{} is named in the project's history: {}", id, join_some(refs, 6)),
                       trf("they stay as history; revoke their roles instead: pmadmin assign role {} ROLE "
                           "--revoke",
                           id));
  const Person& person = p.people.at(id);
  Project without = p;
  without.people.erase(id);
  if (permission_holders(without, Permission::manage_roles).empty())
    return usage_error(trf("removing {} would leave nobody able to manage roles", id),
                       tr("grant a role with manage-roles to someone else first"));
  Outcome out;
  std::vector<std::string> handed;
  for (auto& [tid, t] : p.tasks) {
    bool touched = false;
    if (t.owner == id) {
      t.owner = reassign_to;
      t.log.push_back(LogEntry{today, *actor, "assign",
                               in_project_language(p, [&] { return trf("owner: {} -> {}", id, reassign_to); }),
                               in_project_language(p, [&] { return trf("{} was removed from the project", id); })});
      handed.push_back(tid);
      touched = true;
    }
    auto before = t.raci.size();
    std::erase_if(t.raci, [&](const auto& kv) { return kv.first == id; });
    if (t.raci.size() != before) {
      t.log.push_back(LogEntry{today, *actor, "assign", in_project_language(p, [&] { return trf("removed {}", id); }),
                               in_project_language(p, [&] { return trf("{} was removed from the project", id); })});
      touched = true;
    }
    if (touched) out.changed(EntityKind::task, tid);
  }
  const std::string name = person.name;
  p.people.erase(id);
  out.deleted(EntityKind::person, id);
  out.summary = handed.empty() ? trf("removed {} ({})", id, name)
                               : trf("removed {} ({}); {} took over {}", id, name, reassign_to, join_some(handed));
  return out;
}

}  // namespace pmadmin

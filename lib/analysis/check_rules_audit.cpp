// The audit of approvals: every role grant, budget adjustment, acceptance and baseline
// was made by someone who held the permission at the time.
#include <fmt/format.h>
#include <algorithm>

#include "analysis/check_rules.hpp"

namespace pmadmin::rules {

namespace {

/// Replays role history: who held which role on a given date.
class RoleHistory {
 public:
  explicit RoleHistory(const Project& p) : p_(p) {
    for (const auto& [id, person] : p.people)
      for (const auto& e : person.history)
        if (!first_ || e.date < *first_) first_ = e.date;
  }

  /// `skip`: the event under audit itself (a grant cannot authorise itself).
  bool held(const std::string& person_id, Permission permission, Date on, const RoleEvent* skip = nullptr) const {
    auto it = p_.people.find(person_id);
    if (it == p_.people.end()) return false;
    const Person& person = it->second;
    std::vector<std::string> roles;
    for (const auto& r : person.roles)  // roles with no recorded grant: assumed held throughout
      if (std::none_of(person.history.begin(), person.history.end(), [&](const RoleEvent& e) { return e.role == r; }))
        roles.push_back(r);
    for (const auto& e : person.history) {
      if (e.date > on || &e == skip) continue;
      auto pos = std::find(roles.begin(), roles.end(), e.role);
      if (e.action == RoleAction::grant && pos == roles.end()) roles.push_back(e.role);
      if (e.action == RoleAction::revoke && pos != roles.end()) roles.erase(pos);
    }
    return std::any_of(roles.begin(), roles.end(), [&](const std::string& r) {
      const RoleDef* def = p_.config.role(r);
      return def && std::find(def->permissions.begin(), def->permissions.end(), permission) != def->permissions.end();
    });
  }
  std::optional<Date> first_event() const { return first_; }

 private:
  const Project& p_;
  std::optional<Date> first_;
};

}  // namespace

RuleOutcome unauthorised_approval(const CheckInput& in, double) {
  RuleOutcome out;
  const Project& p = in.project;
  RoleHistory roles(p);
  auto check = [&](const Source& src, const std::string& field, const std::string& entity, const std::string& by,
                   Date on, Permission permission, const std::string& what, const RoleEvent* skip = nullptr) {
    out.checked.push_back(entity);
    if (by.empty()) {
      out.findings.push_back(at(src, field, entity, fmt::format("{} on {} does not say who made it", what, on.iso())));
      return;
    }
    if (roles.held(by, permission, on, skip)) return;
    Finding f = at(src, field, entity,
                   fmt::format("{} on {} was made by {}, who did not hold {} then", what, on.iso(), by, permission));
    f.numbers = {{"by", by}, {"date", on.iso()}, {"permission", std::string(to_text(permission))}};
    out.findings.push_back(f);
  };
  for (const auto& [id, person] : p.people) {
    for (std::size_t i = 0; i < person.history.size(); ++i) {
      const RoleEvent& e = person.history[i];
      // The project's first grant, made by the admin to themself (pmadmin init), bootstraps.
      if (e.by == id && roles.first_event() && e.date == *roles.first_event() && e.action == RoleAction::grant) {
        out.checked.push_back(id);
        continue;
      }
      check(person.src, fmt::format("history[{}].by", i), id, e.by, e.date, Permission::manage_roles,
            fmt::format("the {} of role {} to {}", e.action == RoleAction::grant ? "grant" : "revocation", e.role, id),
            &e);
    }
    for (const auto& r : person.roles)
      if (std::none_of(person.history.begin(), person.history.end(), [&](const RoleEvent& e) { return e.role == r; }))
        out.findings.push_back(
            at(person.src, "roles", id,
               fmt::format("person {} holds role {} but no grant of it is recorded (grant roles with "
                           "pmadmin assign role, which records who and when)",
                           id, r)));
  }
  if (p.budget)
    for (std::size_t i = 0; i < p.budget->adjustments.size(); ++i) {
      const auto& a = p.budget->adjustments[i];
      check(p.budget->src, fmt::format("adjustments[{}].by", i), "adjustment " + a.category, a.by, a.date,
            Permission::approve_budget,
            fmt::format("the budget adjustment of {} on {}", a.amount.grouped(), a.category));
    }
  for (const auto& [id, r] : p.reviews) {
    if (r.accepted_by.empty()) continue;
    check(r.src, "accepted-by", id, r.accepted_by, r.accepted_on.value_or(r.date), Permission::accept_deliverable,
          fmt::format("the acceptance of task {} in review {}", r.task, id));
  }
  for (const auto& [name, b] : p.baselines)
    check(b.src, "by", name, b.by, b.saved, Permission::set_baseline, fmt::format("baseline {}", name));
  std::sort(out.checked.begin(), out.checked.end());
  out.checked.erase(std::unique(out.checked.begin(), out.checked.end()), out.checked.end());
  return out;
}

}  // namespace pmadmin::rules

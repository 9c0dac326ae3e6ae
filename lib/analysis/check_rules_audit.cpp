// The audit of approvals: every role grant, budget plan change and adjustment, acceptance
// and baseline was made by someone who held the permission at the time, replayed from the
// root of trust `init` records (the creator's first grant to themself).
#include <fmt/format.h>
#include <algorithm>

#include "analysis/check_rules.hpp"
#include "base/i18n.hpp"
#include "model/identity.hpp"

namespace pmadmin::rules {

namespace {

/// Replays the records of one project against its role history, collecting findings.
class Audit {
 public:
  explicit Audit(const Project& p) : p_(p) {}

  /// One approval-bearing record: `by` must have held the permission `action` needs on `on`.
  void record(const Source& src, const std::string& field, const std::string& entity, const std::string& by, Date on,
              GuardedAction action, const std::string& what, const RoleEvent* skip = nullptr) {
    const Permission permission = guard_of(action).permission;
    out.checked.push_back(entity);
    if (by.empty()) {
      out.findings.push_back(at(src, field, entity, trf("{} on {} does not say who made it", what, on.iso())));
      return;
    }
    if (has_permission(p_, by, permission, on, skip)) return;
    Finding f = at(src, field, entity,
                   trf("{} on {} was made by {}, who did not hold {} then", what, on.iso(), by, permission));
    f.numbers = {{"by", by}, {"date", on.iso()}, {"permission", std::string(to_text(permission))}};
    out.findings.push_back(f);
  }

  void people() {
    for (const auto& [id, person] : p_.people) {
      for (std::size_t i = 0; i < person.history.size(); ++i) {
        const RoleEvent& e = person.history[i];
        const std::string field = fmt::format("history[{}].by", i);
        if (is_root_grant(p_, id, e)) {  // the root of trust: needs no earlier grant
          out.checked.push_back(id);
          continue;
        }
        if (e.by == id && e.action == RoleAction::grant) {  // nobody but the creator grants themself
          out.findings.push_back(at(
              person.src, field, id,
              trf("{} granted role {} to themself on {}; only the project's creator "
                  "({}) starts with a grant to themself",
                  id, e.role, e.date.iso(), p_.config.created_by.empty() ? tr("not recorded") : p_.config.created_by)));
          continue;
        }
        const bool grant = e.action == RoleAction::grant;
        record(person.src, field, id, e.by, e.date, grant ? GuardedAction::grant_role : GuardedAction::revoke_role,
               trf("the {} of role {} to {}", grant ? "grant" : "revocation", e.role, id), &e);
      }
      for (const auto& r : person.roles)
        if (std::none_of(person.history.begin(), person.history.end(), [&](const RoleEvent& e) { return e.role == r; }))
          out.findings.push_back(at(person.src, "roles", id,
                                    trf("person {} holds role {} but no grant of it is recorded (grant roles with "
                                        "pmadmin assign role, which records who and when)",
                                        id, r)));
    }
  }

  void budget() {
    if (!p_.budget) return;
    for (const auto& [name, line] : p_.budget->categories) {
      const Money approved = line.history.empty() ? Money() : line.history.back().planned;
      out.checked.push_back("budget line " + name);
      if (line.planned != approved)  // `planned:` edited by hand, past the approvals
        out.findings.push_back(at(p_.budget->src, fmt::format("categories.{}.planned", name), "budget line " + name,
                                  trf("budget line {} is planned at {}, but the last approved plan of it is {} "
                                      "(plan lines with pmadmin budget plan, which records who and when)",
                                      name, line.planned.grouped(), approved.grouped())));
      for (std::size_t i = 0; i < line.history.size(); ++i) {
        const PlanChange& c = line.history[i];
        record(p_.budget->src, fmt::format("categories.{}.history[{}].by", name, i), "budget line " + name, c.by,
               c.date, GuardedAction::plan_budget, trf("the plan of {} for budget line {}", c.planned.grouped(), name));
      }
    }
    for (std::size_t i = 0; i < p_.budget->adjustments.size(); ++i) {
      const auto& a = p_.budget->adjustments[i];
      record(p_.budget->src, fmt::format("adjustments[{}].by", i), "adjustment " + a.category, a.by, a.date,
             GuardedAction::adjust_budget, trf("the budget adjustment of {} on {}", a.amount.grouped(), a.category));
    }
  }

  /// Closing a high or critical risk needs close-risk: each close in a history is audited,
  /// and a closed high risk with no close recorded was closed by hand.
  void risk_closures() {
    for (const auto& [id, r] : p_.risks) {
      bool recorded = false;
      for (std::size_t i = 0; i < r.history.size(); ++i) {
        const Assessment& e = r.history[i];
        if (e.event != RiskEvent::close) continue;
        recorded = true;
        const int score = e.probability * e.impact;
        if (p_.config.risk_levels.level(score) < RiskLevel::high) continue;
        record(r.src, fmt::format("history[{}].by", i), "risk " + id, e.by, e.date, GuardedAction::close_risk,
               trf("the closing of risk {} (score {})", id, score));
      }
      if (r.status == RiskStatus::closed && !recorded &&
          p_.config.risk_levels.level(r.probability * r.impact) >= RiskLevel::high)
        out.findings.push_back(at(r.src, "status", "risk " + id,
                                  trf("risk {} scores {} and is closed, but no close is recorded in its "
                                      "history (close risks with pmadmin risk close, which records who and "
                                      "when)",
                                      id, r.probability * r.impact)));
    }
  }

  void acceptances_and_baselines() {
    for (const auto& [id, r] : p_.reviews) {
      if (r.accepted_by.empty()) continue;
      record(r.src, "accepted-by", id, r.accepted_by, r.accepted_on.value_or(r.date), GuardedAction::accept_deliverable,
             trf("the acceptance of task {} in review {}", r.task, id));
    }
    for (const auto& [name, b] : p_.baselines)
      record(b.src, "by", name, b.by, b.saved, GuardedAction::save_baseline, trf("baseline {}", name));
  }

  RuleOutcome out;

 private:
  const Project& p_;
};

}  // namespace

RuleOutcome unauthorised_approval(const CheckInput& in, double) {
  Audit audit(in.project);
  audit.people();
  audit.budget();
  audit.acceptances_and_baselines();
  audit.risk_closures();
  RuleOutcome out = std::move(audit.out);
  std::sort(out.checked.begin(), out.checked.end());
  out.checked.erase(std::unique(out.checked.begin(), out.checked.end()), out.checked.end());
  return out;
}

}  // namespace pmadmin::rules

// Acceptance of a deliverable, from its inspections and sign-offs (see acceptance.hpp).
#include "analysis/acceptance.hpp"

#include <algorithm>

#include "model/identity.hpp"

namespace pmadmin {

namespace {

/// The reviews about `task`, oldest first (by date, then id, so the order never depends
/// on the file system).
std::vector<const Review*> reviews_of(const Project& p, const std::string& task) {
  std::vector<const Review*> out;
  for (const auto& [id, r] : p.reviews)
    if (r.task == task) out.push_back(&r);
  std::stable_sort(out.begin(), out.end(), [](const Review* a, const Review* b) { return a->date < b->date; });
  return out;
}

bool names(const std::vector<std::string>& list, const std::string& criterion) {
  return std::find(list.begin(), list.end(), criterion) != list.end();
}

}  // namespace

AcceptanceStatus acceptance_of(const Project& p, const Task& task) {
  AcceptanceStatus s;
  if (task.acceptance.empty()) return s;
  const std::vector<const Review*> reviews = reviews_of(p, task.id);
  bool inspected = false;
  for (const std::string& c : task.acceptance) {
    CriterionStatus cs{c, std::nullopt, std::nullopt, ""};
    for (const Review* r : reviews) {
      if (r->kind != ReviewKind::quality) continue;
      const bool failed = names(r->failed, c);  // named both ways: the failure counts
      if (!failed && !names(r->passed, c)) continue;
      cs.result = failed ? InspectionResult::fail : InspectionResult::pass;
      cs.on = r->date;
      cs.review = r->id;
    }
    inspected = inspected || cs.result.has_value();
    if (cs.result != InspectionResult::pass) s.open.push_back(c);
    if (cs.result == InspectionResult::fail) s.failing.push_back(c);
    if (cs.result == InspectionResult::pass && (!s.passed_on || *cs.on > *s.passed_on)) s.passed_on = cs.on;
    s.criteria.push_back(std::move(cs));
  }
  if (!inspected) {
    s.state = AcceptanceState::not_inspected;
    s.passed_on.reset();
    return s;
  }
  if (!s.open.empty()) {
    s.state = AcceptanceState::not_passed;
    s.passed_on.reset();
    return s;
  }
  s.state = AcceptanceState::awaiting_acceptance;
  for (const Review* r : reviews) {
    if (r->accepted_by.empty()) continue;
    const Date on = r->accepted_on.value_or(r->date);
    if (on < *s.passed_on) continue;  // signed off before the last criterion passed
    const bool permitted = has_permission(p, r->accepted_by, Permission::accept_deliverable, on);
    if (!permitted && s.state == AcceptanceState::accepted) continue;
    s.state = permitted ? AcceptanceState::accepted : AcceptanceState::accepted_without_permission;
    s.accepted_by = r->accepted_by;
    s.accepted_on = on;
    s.review = r->id;
  }
  return s;
}

}  // namespace pmadmin

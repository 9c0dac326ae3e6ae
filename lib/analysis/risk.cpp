#include "analysis/risk.hpp"

#include <algorithm>

namespace pmadmin {

std::array<std::array<int, 5>, 5> risk_heat_map(const Project& p, std::optional<RiskKind> kind) {
  std::array<std::array<int, 5>, 5> heat{};
  for (const auto& [id, r] : p.risks)
    if (r.status == RiskStatus::open && (!kind || r.kind == *kind) && r.probability >= 1 && r.probability <= 5 &&
        r.impact >= 1 && r.impact <= 5)
      ++heat[static_cast<std::size_t>(r.probability - 1)][static_cast<std::size_t>(r.impact - 1)];
  return heat;
}

std::optional<Money> risk_emv(const Risk& r) {
  if (!r.cost_impact) return std::nullopt;
  return r.cost_impact->scaled(probability_percent(r.probability), 100);
}

std::vector<const Risk*> list_risks(const Project& p, const RiskFilter& f) {
  std::vector<const Risk*> out;
  const std::string by_title = f.category.empty() ? "" : p.config.risk_category_id(f.category);
  const std::string category = by_title.empty() ? f.category : by_title;  // 进度 finds schedule
  for (const auto& [id, r] : p.risks) {
    if (f.status && r.status != *f.status) continue;
    if (!f.owner.empty() && r.owner != f.owner) continue;
    if (f.level && risk_level(p, r) != *f.level) continue;
    if (!category.empty() && r.category != category) continue;
    if (!f.task.empty() && std::find(r.tasks.begin(), r.tasks.end(), f.task) == r.tasks.end()) continue;
    out.push_back(&r);
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Risk* a, const Risk* b) { return risk_score(*a) > risk_score(*b); });  // map: by ID
  return out;
}

std::optional<RiskState> risk_state_on(const Risk& r, Date on) {
  if (r.history.empty()) return RiskState{r.probability, r.impact, r.status};
  std::optional<RiskState> state;
  std::vector<const Assessment*> entries;
  for (const Assessment& a : r.history) entries.push_back(&a);
  std::stable_sort(entries.begin(), entries.end(),
                   [](const Assessment* a, const Assessment* b) { return a->date < b->date; });
  for (const Assessment* a : entries) {
    if (on < a->date) break;
    if (!state) state = RiskState{};
    state->probability = a->probability;
    state->impact = a->impact;
    if (a->event == RiskEvent::close) state->status = RiskStatus::closed;
    if (a->event == RiskEvent::reopen) state->status = RiskStatus::open;
  }
  return state;
}

std::vector<RiskChange> risk_changes_since(const Project& p, Date since) {
  std::vector<RiskChange> out;
  for (const auto& [id, r] : p.risks) {
    RiskChange c{&r, risk_state_on(r, since), RiskState{r.probability, r.impact, r.status}, 0};
    if (c.before) {
      c.delta = risk_score(r) - risk_score(c.before->probability, c.before->impact);
      if (c.delta == 0 && c.before->status == r.status) continue;
    }
    out.push_back(c);
  }
  std::stable_sort(out.begin(), out.end(), [](const RiskChange& a, const RiskChange& b) {
    auto rank = [](const RiskChange& c) { return c.before ? -c.delta : -100; };  // new first, then largest rise
    return rank(a) < rank(b);
  });
  return out;
}

}  // namespace pmadmin

#pragma once
/// Risk figures (SPEC §3 Risk): score = probability x impact, its level (bands from
/// pmadmin.yaml `risk-levels:`), the heat map, the expected monetary value, the register
/// filtered and sorted, and what changed since a date (from each risk's history).
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "base/money.hpp"
#include "model/model.hpp"

namespace pmadmin {

inline int risk_score(const Risk& r) { return r.probability * r.impact; }
inline int risk_score(int probability, int impact) { return probability * impact; }

/// The level of the risk's score under the project's bands.
inline RiskLevel risk_level(const Project& p, const Risk& r) { return p.config.risk_levels.level(risk_score(r)); }

/// Open risks counted per cell: heat[probability - 1][impact - 1]; only those of `kind`
/// when given.
std::array<std::array<int, 5>, 5> risk_heat_map(const Project& p, std::optional<RiskKind> kind = std::nullopt);

/// EMV of one risk: cost impact x its probability as 10/30/50/70/90 %; nullopt without a
/// cost impact.
std::optional<Money> risk_emv(const Risk& r);

struct RiskFilter {
  std::optional<RiskStatus> status;  ///< none: open and closed
  std::string owner;
  std::optional<RiskLevel> level;
  std::string category;
  std::string task;  ///< risks affecting this task
};
/// The risks that pass `f`, by score (highest first), then ID.
std::vector<const Risk*> list_risks(const Project& p, const RiskFilter& f);

/// A risk as it stood at the end of a day, replayed from its history.
struct RiskState {
  int probability = 0;
  int impact = 0;
  RiskStatus status = RiskStatus::open;
};
/// nullopt when the history shows the risk was identified after `on`; a risk without
/// history is taken as it is now.
std::optional<RiskState> risk_state_on(const Risk& r, Date on);

struct RiskChange {
  const Risk* risk = nullptr;
  std::optional<RiskState> before;  ///< none: identified since
  RiskState now;
  int delta = 0;  ///< score now minus score before (0 for a new risk)
};
/// Risks whose score or status changed after `since` (or that were identified after it),
/// worst change first: new risks and rises by how much, then falls, then ID.
std::vector<RiskChange> risk_changes_since(const Project& p, Date since);

}  // namespace pmadmin

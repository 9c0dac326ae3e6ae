#include "analysis/risk.hpp"

#include <algorithm>

namespace pmadmin {

const char* risk_level(int score) {
  if (score >= 20) return "critical";
  if (score >= 10) return "high";
  if (score >= 5) return "medium";
  return "low";
}

std::array<std::array<int, 5>, 5> risk_heat_map(const Project& p) {
  std::array<std::array<int, 5>, 5> heat{};
  for (const auto& [id, r] : p.risks)
    if (r.status == RiskStatus::open && r.probability >= 1 && r.probability <= 5 && r.impact >= 1 && r.impact <= 5)
      ++heat[static_cast<std::size_t>(r.probability - 1)][static_cast<std::size_t>(r.impact - 1)];
  return heat;
}

std::optional<Money> risk_emv(const Risk& r) {
  if (!r.cost_impact) return std::nullopt;
  static constexpr std::array<int, 5> kPercent = {10, 30, 50, 70, 90};
  int pct = kPercent[static_cast<std::size_t>(std::clamp(r.probability, 1, 5) - 1)];
  return r.cost_impact->scaled(pct, 100);
}

}  // namespace pmadmin

#pragma once
/// Risk scoring (SPEC §3 Risk): score = probability x impact, and its level.
#include <array>
#include <string>

#include "model.hpp"

namespace pmadmin {

inline int risk_score(const Risk& r) { return r.probability * r.impact; }

/// low 1-4, medium 5-9, high 10-16, critical 20-25.
inline const char* risk_level(int score) {
  if (score >= 20) return "critical";
  if (score >= 10) return "high";
  if (score >= 5) return "medium";
  return "low";
}

/// Open risks counted per cell: heat[probability - 1][impact - 1].
inline std::array<std::array<int, 5>, 5> risk_heat_map(const Project& p) {
  std::array<std::array<int, 5>, 5> heat{};
  for (const auto& [id, r] : p.risks)
    if (r.status == "open" && r.probability >= 1 && r.probability <= 5 && r.impact >= 1 && r.impact <= 5)
      ++heat[static_cast<std::size_t>(r.probability - 1)][static_cast<std::size_t>(r.impact - 1)];
  return heat;
}

}  // namespace pmadmin

#pragma once
/// Risk figures (SPEC §3 Risk): score = probability x impact, its level, the heat map and
/// the expected monetary value.
#include <array>
#include <optional>
#include <string>

#include "base/money.hpp"
#include "model/model.hpp"

namespace pmadmin {

inline int risk_score(const Risk& r) { return r.probability * r.impact; }

/// low 1-4, medium 5-9, high 10-16, critical 20-25.
const char* risk_level(int score);

/// Open risks counted per cell: heat[probability - 1][impact - 1].
std::array<std::array<int, 5>, 5> risk_heat_map(const Project& p);

/// EMV of one risk: cost impact x its probability as 10/30/50/70/90 %; nullopt without a
/// cost impact.
std::optional<Money> risk_emv(const Risk& r);

}  // namespace pmadmin

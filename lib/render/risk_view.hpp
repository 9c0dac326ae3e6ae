#pragma once
/// What `pmadmin risk` prints: the register (text, json, csv, md), one risk with its history,
/// what changed since a date, the 5x5 matrix (readable without colour: each cell carries its
/// level's letter) and the exposure (EMV per risk and in total against the contingency line).
#include <string>
#include <vector>

#include "analysis/budget.hpp"
#include "analysis/risk.hpp"
#include "render/format.hpp"

namespace pmadmin {

/// "3 (50%)": a probability on the 1-5 scale and the chance it stands for.
std::string probability_text(int probability);

std::string render_risk_list(const Project& p, const std::vector<const Risk*>& risks, OutputFormat format);
std::string render_risk_changes(const Project& p, const std::vector<RiskChange>& changes, Date since,
                                OutputFormat format);
std::string render_risk(const Project& p, const Risk& r, OutputFormat format);
/// The threats' grid, and the opportunities' when there are any; `color` paints the cells.
std::string render_risk_matrix(const Project& p, OutputFormat format, bool color);
std::string render_risk_exposure(const Project& p, const RiskReserve& reserve, const std::string& currency,
                                 OutputFormat format);

}  // namespace pmadmin

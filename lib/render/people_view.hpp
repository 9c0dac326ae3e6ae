#pragma once
/// What `pmadmin assign` prints: people, one person, the RACI matrix, the weekly load.
/// Text tables for people (CJK-aligned), JSON for tools (render/json.hpp shapes).
#include <string>
#include <vector>

#include "analysis/raci.hpp"
#include "model/model.hpp"
#include "plan/workload.hpp"
#include "render/format.hpp"

namespace pmadmin {

/// Everybody in display order (text: a table and "N people"; json).
std::string render_people(const Project& p, OutputFormat format);
/// One person's details, tasks and role history (text or json).
std::string render_person(const Project& p, const PersonView& v, OutputFormat format);
/// The RACI matrix (text: tasks x people with a legend; json).
std::string render_matrix(const Matrix& m, OutputFormat format);
/// Share of each person's time booked per week from the week holding `from` (text or json).
std::string render_load(const std::vector<PersonLoad>& rows, Date from, OutputFormat format);

/// 50 -> "0.50": a capacity as FTE with two decimals, as tables show it.
std::string fte_text(int percent);

}  // namespace pmadmin

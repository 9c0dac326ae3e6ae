#pragma once
/// What a task is planned to cost (SPEC §3 EVM: the tasks' planned costs make up BAC).
#include <optional>

#include "base/money.hpp"
#include "model/model.hpp"

namespace pmadmin {

/// The planned cost of a task: its `cost`, else effort (or duration) x the owner's rate;
/// nullopt when neither is known or the product leaves the money range.
std::optional<Money> planned_cost(const Project& p, const Task& t);

}  // namespace pmadmin

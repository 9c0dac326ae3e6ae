#pragma once
/// `pmadmin schedule show TASK`: one task with every field, its computed dates and float,
/// its predecessors and successors, and its change log (text or json).
#include <string>

#include "model/model.hpp"
#include "plan/schedule.hpp"
#include "render/format.hpp"

namespace pmadmin {

/// The task `t` as scheduled in `forecast` (it must hold it).
std::string render_task(const Project& p, const Schedule& forecast, const Task& t, OutputFormat format);

}  // namespace pmadmin

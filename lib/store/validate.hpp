#pragma once
/// Checks that hold across files: every reference names something that exists.
#include "base/diag.hpp"
#include "model/model.hpp"

namespace pmadmin {

/// One error per dangling reference (person, role, task, budget category, question),
/// at the referring field, with a "did you mean" for near misses.
Diagnostics validate_project(const Project& p);

}  // namespace pmadmin

#pragma once
/// Terminal Gantt chart of a schedule: one row per task, bars on a day or week scale,
/// a today marker, critical tasks marked (and red when colour is on). Fits `width`
/// columns; CJK titles stay aligned.
#include <cstddef>
#include <string>

#include "model/model.hpp"
#include "plan/schedule.hpp"

namespace pmadmin {

struct GanttOptions {
  std::size_t width = 100;     ///< terminal columns to fit
  std::string scale = "auto";  ///< day | week | auto (days when they fit, else weeks or more)
  bool color = false;
};

std::string render_gantt(const Schedule& s, const GanttOptions& options);

}  // namespace pmadmin

#pragma once
// What the views of the plan share: the project loaded and scheduled as of --today.
#include <optional>

#include "cli/context.hpp"
#include "plan/schedule.hpp"

namespace pmadmin::cli {

struct Planned {
  Project project;
  Schedule schedule;
};

/// Loads the project and computes its forecast schedule; on failure reports the errors
/// (ctx.exit_code is set) and returns nullopt.
inline std::optional<Planned> load_planned(Context& ctx) {
  auto p = ctx.load();
  if (!p) {
    ctx.report(p.errors());
    return std::nullopt;
  }
  auto today = ctx.today();
  if (!today) {
    ctx.report(today.errors());
    return std::nullopt;
  }
  auto s = compute_schedule(*p, *today);
  if (!s) {
    ctx.report(s.errors());
    return std::nullopt;
  }
  return Planned{std::move(*p), std::move(*s)};
}

}  // namespace pmadmin::cli

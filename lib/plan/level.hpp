#pragma once
/// Resource levelling (SPEC §3 Resources): delays tasks until no one is booked beyond their
/// capacity on any working day, keeping higher-priority and less-float tasks in place.
///
/// Method: a serial schedule. Among tasks whose predecessors are placed it takes the next by
/// a priority rule and puts it at the first start where its owner has room for its whole
/// duration. Two rules are tried: higher priority, then least total float (so tasks with
/// the most float are the ones delayed), then earliest start; and earliest start, then
/// priority, then float. The plan that finishes first is kept, least float on a tie.
/// Done and started tasks stay where they are but their load counts. A delay is written as
/// `start-no-earlier` on the delayed task (with a log entry), so the plan stays plain data
/// and the CPM pass reproduces the levelled dates.
#include <string>
#include <vector>

#include <utility>

#include "plan/schedule.hpp"

namespace pmadmin {

struct LevelMove {
  std::string task;
  std::string owner;
  Date from;       ///< start before levelling
  Date to;         ///< levelled start
  long delay = 0;  ///< working days
};

struct Levelling {
  std::vector<LevelMove> moves;                      ///< by task ID
  std::vector<std::string> cannot_fit;               ///< "t-x needs 100% of bob, who has 50%"
  std::vector<std::pair<std::string, Date>> delays;  ///< task -> levelled start, in the order placed
  Date finish_before, finish_after;
};

/// Computes the levelled plan without changing anything.
Result<Levelling> plan_levelling(const Project& p, Date today);

}  // namespace pmadmin

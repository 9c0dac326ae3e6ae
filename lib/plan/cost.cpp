#include "plan/cost.hpp"

namespace pmadmin {

std::optional<Money> planned_cost(const Project& p, const Task& t) {
  if (t.cost) return t.cost;
  auto owner = p.people.find(t.owner);
  if (owner == p.people.end() || !owner->second.rate) return std::nullopt;
  int days = t.effort_days ? *t.effort_days : t.duration_days ? *t.duration_days : 0;
  std::int64_t minor = owner->second.rate->minor();
  if (days != 0 && (minor > Money::kMaxMinor / days || minor < -Money::kMaxMinor / days)) return std::nullopt;
  return Money::from_minor(minor * days);
}

}  // namespace pmadmin

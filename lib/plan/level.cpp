#include "plan/level.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <queue>
#include <tuple>

#include "base/i18n.hpp"
#include "plan/calendar.hpp"
#include "plan/workload.hpp"

namespace pmadmin {

namespace {

/// Booked load per working day for one person, from `origin` on.
class Bookings {
 public:
  explicit Bookings(long origin) : origin_(origin) {}
  void book(long from, long to, int load) {
    for (long d = std::max(from, origin_); d < to; ++d) at(d) += load;
  }
  /// The first day in [from, to) where `load` more would exceed `capacity`, or -1.
  long first_conflict(long from, long to, int load, int capacity) {
    for (long d = std::max(from, origin_); d < to; ++d)
      if (at(d) + load > capacity) return d;
    return -1;
  }

 private:
  int& at(long day) {
    auto i = static_cast<std::size_t>(day - origin_);
    if (i >= days_.size()) days_.resize(i + 64, 0);
    return days_[i];
  }
  long origin_;
  std::vector<int> days_;
};

enum class Rule { least_float, earliest_start };

Levelling level_with(const Project& p, const WorkCalendar& cal, const Network& n, const Pass& base, Rule rule) {
  const std::size_t count = n.nodes.size();
  std::vector<long> es(count), ef(count), bound(count);
  std::vector<int> waiting(count, 0);
  std::map<std::string, Bookings> bookings;
  auto person_bookings = [&](const std::string& person) -> Bookings& {
    return bookings.try_emplace(person, n.today_task).first->second;
  };
  auto load_of = [&](std::size_t v) { return daily_load_percent(p, *n.nodes[v].task, n.nodes[v].duration); };

  // Work already done or under way stays put; its remaining days still take capacity.
  for (std::size_t v = 0; v < count; ++v) {
    const auto& node = n.nodes[v];
    if (node.state == Network::State::planned) {
      for (const auto& e : node.preds)
        if (n.nodes[static_cast<std::size_t>(e.other)].state == Network::State::planned) ++waiting[v];
      continue;
    }
    es[v] = base.es[v];
    ef[v] = base.ef[v];
    if (node.state == Network::State::in_progress && !node.task->owner.empty())
      person_bookings(node.task->owner).book(std::max(es[v], n.today_task), ef[v], load_of(v));
  }

  // least_float: (-priority, float, bound); earliest_start: (bound, -priority, float); then ID.
  using Key = std::tuple<long, long, long, std::string, std::size_t>;
  std::priority_queue<Key, std::vector<Key>, std::greater<>> ready;
  auto push = [&](std::size_t v) {
    const auto& node = n.nodes[v];
    bound[v] = earliest_start(node, node.duration, es, ef);
    const long priority = -node.task->priority, slack = base.lf[v] - base.ef[v];
    if (rule == Rule::least_float)
      ready.emplace(priority, slack, bound[v], node.task->id, v);
    else
      ready.emplace(bound[v], priority, slack, node.task->id, v);
  };
  for (std::size_t v = 0; v < count; ++v)
    if (n.nodes[v].state == Network::State::planned && waiting[v] == 0) push(v);

  Levelling out;
  while (!ready.empty()) {
    const std::size_t v = std::get<4>(ready.top());
    ready.pop();
    const auto& node = n.nodes[v];
    const Task& t = *node.task;
    long start = bound[v];
    const int load = load_of(v);
    if (load > 0) {
      const int capacity = capacity_of(p, t.owner);
      Bookings& b = person_bookings(t.owner);
      if (load > capacity) {
        out.cannot_fit.push_back(trf("{} needs {}% of {}, who has {}%: give it more duration or less effort", t.id,
                                     load, t.owner, capacity));
      } else {
        for (long c; (c = b.first_conflict(start, start + node.duration, load, capacity)) != -1;) start = c + 1;
      }
      b.book(start, start + node.duration, load);
    }
    es[v] = start;
    ef[v] = start + node.duration;
    if (start > bound[v]) {
      Date from = cal.date_of(base.es[v]);
      Date to = cal.date_of(start);
      out.moves.push_back(LevelMove{t.id, t.owner, from, to, start - base.es[v]});
      out.delays.emplace_back(t.id, to);
    }
    for (const auto& e : node.succs) {
      const auto s = static_cast<std::size_t>(e.other);
      if (n.nodes[s].state == Network::State::planned && --waiting[s] == 0) push(s);
    }
  }
  std::sort(out.moves.begin(), out.moves.end(), [](const LevelMove& a, const LevelMove& b) { return a.task < b.task; });
  const long before = last_finish_index(n, base.es, base.ef).value_or(0L);
  const long after = last_finish_index(n, es, ef).value_or(0L);
  out.finish_before = cal.date_of(before);
  out.finish_after = cal.date_of(after);
  return out;
}

/// Two priority rules, keep the earlier finish (least float on a tie): neither rule wins on
/// every network, and trying both costs one more linear pass.
Result<Levelling> level(const Project& p, Date today) {
  WorkCalendar cal(p.config.calendar, p.config.start);
  auto net = build_network(p, cal, today);
  if (!net) return net.errors();
  const Pass base = run_passes(*net, {});
  Levelling by_float = level_with(p, cal, *net, base, Rule::least_float);
  Levelling by_start = level_with(p, cal, *net, base, Rule::earliest_start);
  if (by_start.finish_after < by_float.finish_after) return by_start;
  return by_float;
}

}  // namespace

Result<Levelling> plan_levelling(const Project& p, Date today) { return level(p, today); }

}  // namespace pmadmin

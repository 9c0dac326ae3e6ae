#include "schedule.hpp"

#include <algorithm>
#include <deque>
#include <fmt/format.h>

#include "yaml_codec.hpp"

namespace pmadmin {

int task_duration(const Project& p, const Task& t, bool* assumed) {
  if (assumed) *assumed = false;
  if (t.kind == "milestone") return 0;
  if (t.duration_days) return *t.duration_days;
  if (t.effort_days) {
    int capacity = capacity_of(p, t.owner);
    if (capacity <= 0) capacity = 100;  // nobody's time: schedule the effort as if full time
    return (*t.effort_days * 100 + capacity - 1) / capacity;
  }
  if (!t.estimate.empty()) {
    if (auto e = parse_estimate(t.estimate)) return e->likely;
  }
  if (assumed) *assumed = true;
  return 1;
}

int remaining_days(int duration, int progress) {
  long left = static_cast<long>(duration) * (100 - progress);
  return static_cast<int>((left + 99) / 100);
}

long finish_index(bool milestone, long es, long ef) {
  if (milestone) return ef == 0 ? 0 : ef - 1;
  return std::max(ef - 1, es);
}

std::optional<long> last_finish_index(const Network& n, const std::vector<long>& es, const std::vector<long>& ef) {
  std::optional<long> last;
  for (std::size_t v = 0; v < n.nodes.size(); ++v) {
    if (n.nodes[v].state == Network::State::cancelled) continue;
    long f = finish_index(n.nodes[v].milestone, es[v], ef[v]);
    if (!last || f > *last) last = f;
  }
  return last;
}

int capacity_of(const Project& p, const std::string& person) {
  auto it = p.people.find(person);
  return it == p.people.end() ? 100 : it->second.capacity_percent;
}

namespace {

struct PredStep {
  int pred = -1;
  std::size_t dep = 0;  ///< index in the task's depends
};

/// The tasks that remain after repeatedly removing those whose predecessors are all
/// removed: exactly those on, or downstream of, a cycle. Returns the topological order of
/// the others.
std::vector<int> kahn(const std::vector<std::vector<PredStep>>& preds, std::vector<int>& remaining_in) {
  const int n = static_cast<int>(preds.size());
  std::vector<std::vector<int>> succs(static_cast<std::size_t>(n));
  remaining_in.assign(static_cast<std::size_t>(n), 0);
  for (int v = 0; v < n; ++v)
    for (const auto& s : preds[static_cast<std::size_t>(v)]) {
      succs[static_cast<std::size_t>(s.pred)].push_back(v);
      ++remaining_in[static_cast<std::size_t>(v)];
    }
  std::deque<int> ready;
  for (int v = 0; v < n; ++v)
    if (remaining_in[static_cast<std::size_t>(v)] == 0) ready.push_back(v);
  std::vector<int> order;
  order.reserve(static_cast<std::size_t>(n));
  while (!ready.empty()) {
    int v = ready.front();
    ready.pop_front();
    order.push_back(v);
    for (int s : succs[static_cast<std::size_t>(v)])
      if (--remaining_in[static_cast<std::size_t>(s)] == 0) ready.push_back(s);
  }
  return order;
}

/// One error per cycle among the nodes Kahn's algorithm could not order. Each such node
/// has a predecessor that is also left, so walking predecessors always closes a cycle.
Diagnostics cycle_errors(const std::vector<const Task*>& tasks, const std::vector<std::vector<PredStep>>& preds,
                         const std::vector<int>& remaining_in) {
  Diagnostics out;
  const std::size_t n = tasks.size();
  std::vector<int> walk_of(n, -1);  // which walk first visited a node
  for (std::size_t start = 0; start < n; ++start) {
    if (remaining_in[start] == 0 || walk_of[start] != -1) continue;
    std::vector<PredStep> path;  // path[i]: the step from node path_nodes[i] to its predecessor
    std::vector<int> path_nodes;
    int v = static_cast<int>(start);
    while (walk_of[static_cast<std::size_t>(v)] == -1) {
      walk_of[static_cast<std::size_t>(v)] = static_cast<int>(start);
      PredStep step;
      for (const auto& s : preds[static_cast<std::size_t>(v)])
        if (remaining_in[static_cast<std::size_t>(s.pred)] != 0) {
          step = s;
          break;
        }
      path_nodes.push_back(v);
      path.push_back(step);
      v = step.pred;
    }
    if (walk_of[static_cast<std::size_t>(v)] != static_cast<int>(start)) continue;  // ran into an earlier cycle
    // The cycle is path_nodes from v's position to the end (each depends on the next).
    std::size_t from = static_cast<std::size_t>(std::find(path_nodes.begin(), path_nodes.end(), v) - path_nodes.begin());
    std::vector<std::size_t> cycle;
    for (std::size_t i = from; i < path_nodes.size(); ++i) cycle.push_back(i);
    // Start the message at the smallest ID so it does not depend on where the walk began.
    std::size_t first = 0;
    for (std::size_t k = 1; k < cycle.size(); ++k)
      if (tasks[static_cast<std::size_t>(path_nodes[cycle[k]])]->id <
          tasks[static_cast<std::size_t>(path_nodes[cycle[first]])]->id)
        first = k;
    std::rotate(cycle.begin(), cycle.begin() + static_cast<long>(first), cycle.end());
    const Task& head = *tasks[static_cast<std::size_t>(path_nodes[cycle[0]])];
    std::string text = fmt::format("dependency cycle: \"{}\"", head.id);
    for (std::size_t k = 0; k < cycle.size(); ++k) {
      int pred = path[cycle[k]].pred;
      text += fmt::format(" depends on \"{}\"", tasks[static_cast<std::size_t>(pred)]->id);
      if (k + 1 < cycle.size()) text += ", which";
    }
    Mark at = head.src.at(fmt::format("depends[{}]", path[cycle[0]].dep));
    out.push_back(make_error(head.src.file, at.line, at.col, text,
                             "a task cannot wait for itself; remove one of these dependencies"));
  }
  return out;
}

/// Predecessor steps per task in ID order; unknown and self references are skipped (the
/// validator reports them).
std::vector<std::vector<PredStep>> pred_steps(const Project& p, std::vector<const Task*>& tasks) {
  std::map<std::string, int> index;
  for (const auto& [id, t] : p.tasks) {
    index[id] = static_cast<int>(tasks.size());
    tasks.push_back(&t);
  }
  std::vector<std::vector<PredStep>> preds(tasks.size());
  for (std::size_t v = 0; v < tasks.size(); ++v)
    for (std::size_t i = 0; i < tasks[v]->depends.size(); ++i) {
      auto it = index.find(tasks[v]->depends[i].task);
      if (it == index.end() || it->second == static_cast<int>(v)) continue;
      preds[v].push_back(PredStep{it->second, i});
    }
  return preds;
}

}  // namespace

Diagnostics find_dependency_cycles(const Project& p) {
  std::vector<const Task*> tasks;
  auto preds = pred_steps(p, tasks);
  std::vector<int> remaining_in;
  auto order = kahn(preds, remaining_in);
  if (order.size() == tasks.size()) return {};
  return cycle_errors(tasks, preds, remaining_in);
}

Result<Network> build_network(const Project& p, const WorkCalendar& cal, Date today, bool ignore_actuals) {
  Network n;
  std::vector<const Task*> tasks;
  auto preds = pred_steps(p, tasks);
  std::vector<int> remaining_in;
  n.order = kahn(preds, remaining_in);
  if (n.order.size() != tasks.size()) return cycle_errors(tasks, preds, remaining_in);

  n.today_task = cal.index_on_or_after(today);
  const long today_milestone = cal.index_on_or_before(today) + 1;
  n.nodes.resize(tasks.size());
  for (std::size_t v = 0; v < tasks.size(); ++v) {
    const Task& t = *tasks[v];
    Network::Node& node = n.nodes[v];
    node.task = &t;
    n.index[t.id] = static_cast<int>(v);
    node.duration = task_duration(p, t, &node.duration_assumed);
    node.milestone = node.duration == 0;
    node.progress = t.progress;
    if (t.status == "cancelled") node.state = Network::State::cancelled;
    else if (ignore_actuals) node.state = Network::State::planned;
    else if (t.status == "done") node.state = Network::State::done;
    else if (t.started && !node.milestone) node.state = Network::State::in_progress;
    if (t.started && !ignore_actuals) node.fixed_start = cal.index_on_or_after(*t.started);
    if (t.finished && node.state == Network::State::done) node.fixed_end = cal.index_on_or_before(*t.finished) + 1;
    if (t.due) node.due_end = cal.index_on_or_before(*t.due) + 1;
    node.min_start = 0;
    // A milestone is the end of a day: "not before D" puts it at the end of D at the earliest.
    if (t.start_no_earlier)
      node.min_start = std::max(node.min_start, cal.index_on_or_after(*t.start_no_earlier) + (node.milestone ? 1 : 0));
    if (node.state == Network::State::planned && !ignore_actuals)
      node.min_start = std::max(node.min_start, node.milestone ? today_milestone : n.today_task);
    for (const auto& step : preds[v]) {
      const Dependency& d = t.depends[step.dep];
      char type = d.type == "ss" ? 's' : d.type == "ff" ? 'F' : 'f';
      node.preds.push_back(Network::Edge{step.pred, type, d.lag_days});
    }
  }
  for (std::size_t v = 0; v < n.nodes.size(); ++v)
    for (const auto& e : n.nodes[v].preds)
      n.nodes[static_cast<std::size_t>(e.other)].succs.push_back(Network::Edge{static_cast<int>(v), e.type, e.lag});
  return n;
}

long earliest_start(const Network::Node& node, long duration, const std::vector<long>& es, const std::vector<long>& ef) {
  long earliest = node.min_start;
  for (const auto& e : node.preds) {
    const auto u = static_cast<std::size_t>(e.other);
    switch (e.type) {
      case 'f': earliest = std::max(earliest, ef[u] + e.lag); break;
      case 's': earliest = std::max(earliest, es[u] + e.lag); break;
      default: earliest = std::max(earliest, ef[u] + e.lag - duration); break;
    }
  }
  return earliest;
}

Pass run_passes(const Network& n, const std::vector<int>& durations) {
  const std::size_t count = n.nodes.size();
  Pass r;
  r.es.assign(count, 0);
  r.ef.assign(count, 0);
  r.ls.assign(count, 0);
  r.lf.assign(count, 0);
  auto duration_of = [&](std::size_t v) { return durations.empty() ? n.nodes[v].duration : durations[v]; };
  bool any = false;
  for (int vi : n.order) {
    const auto v = static_cast<std::size_t>(vi);
    const Network::Node& node = n.nodes[v];
    const long d = duration_of(v);
    const long earliest = earliest_start(node, d, r.es, r.ef);
    switch (node.state) {
      case Network::State::planned:
      case Network::State::cancelled:
        r.es[v] = earliest;
        r.ef[v] = earliest + (node.state == Network::State::cancelled ? 0 : d);
        break;
      case Network::State::in_progress: {
        r.es[v] = node.fixed_start.value_or(earliest);
        long left = remaining_days(static_cast<int>(d), node.progress);
        r.ef[v] = std::max(r.es[v], n.today_task) + left;
        break;
      }
      case Network::State::done:
        if (node.fixed_end) {
          r.ef[v] = *node.fixed_end;
          r.es[v] = node.milestone ? r.ef[v] : std::min(node.fixed_start.value_or(r.ef[v] - d), r.ef[v]);
        } else {  // done without a date: as planned
          r.es[v] = node.fixed_start.value_or(earliest);
          r.ef[v] = r.es[v] + d;
        }
        break;
    }
    if (node.state != Network::State::cancelled) {
      r.project_end = any ? std::max(r.project_end, r.ef[v]) : r.ef[v];
      any = true;
    }
  }
  for (auto it = n.order.rbegin(); it != n.order.rend(); ++it) {
    const auto v = static_cast<std::size_t>(*it);
    const Network::Node& node = n.nodes[v];
    const long span = r.ef[v] - r.es[v];
    long latest = r.project_end;
    if (node.due_end) latest = std::min(latest, *node.due_end);
    for (const auto& e : node.succs) {
      const auto s = static_cast<std::size_t>(e.other);
      if (n.nodes[s].state == Network::State::done) continue;  // history constrains nothing
      if (n.nodes[s].state == Network::State::in_progress && e.type != 'F') continue;  // already started
      switch (e.type) {
        case 'f': latest = std::min(latest, r.ls[s] - e.lag); break;
        case 's': latest = std::min(latest, r.ls[s] - e.lag + span); break;
        default: latest = std::min(latest, r.lf[s] - e.lag); break;
      }
    }
    r.lf[v] = latest;
    r.ls[v] = latest - span;
  }
  return r;
}

Schedule make_schedule(const Project& p, const WorkCalendar& cal, const Network& n, const Pass& pass, Date today) {
  Schedule s;
  s.today = today;
  s.start = cal.next_workday_on_or_after(p.config.start);
  s.tasks.reserve(n.nodes.size());
  for (std::size_t v = 0; v < n.nodes.size(); ++v) {
    const Network::Node& node = n.nodes[v];
    ScheduledTask t;
    t.task = node.task;
    t.state = node.state;
    t.milestone = node.milestone;
    t.duration_assumed = node.duration_assumed;
    t.duration = node.duration;
    t.remaining = node.state == Network::State::done        ? 0
                  : node.state == Network::State::in_progress ? remaining_days(node.duration, node.progress)
                                                              : node.duration;
    t.es = pass.es[v];
    t.ef = pass.ef[v];
    t.ls = pass.ls[v];
    t.lf = pass.lf[v];
    long fin = finish_index(node.milestone, t.es, t.ef);
    t.finish = cal.date_of(fin);
    t.start = node.milestone ? t.finish : cal.date_of(t.es);
    long late_fin = finish_index(node.milestone, t.ls, t.lf);
    t.late_finish = cal.date_of(late_fin);
    t.late_start = node.milestone ? t.late_finish : cal.date_of(t.ls);
    const bool open = node.state == Network::State::planned || node.state == Network::State::in_progress;
    if (open) {
      t.total_float = t.lf - t.ef;
      long free = pass.project_end - t.ef;
      if (node.due_end) free = std::min(free, *node.due_end - t.ef);
      for (const auto& e : node.succs) {
        const auto u = static_cast<std::size_t>(e.other);
        if (n.nodes[u].state == Network::State::done || n.nodes[u].state == Network::State::in_progress) continue;
        switch (e.type) {
          case 'f': free = std::min(free, pass.es[u] - e.lag - t.ef); break;
          case 's': free = std::min(free, pass.es[u] - e.lag - t.es); break;
          default: free = std::min(free, pass.ef[u] - e.lag - t.ef); break;
        }
      }
      t.free_float = std::max(0L, std::min(free, t.total_float));
      t.critical = t.total_float <= 0;
    }
    if (node.task->due && node.state != Network::State::cancelled)
      t.due_slip = fin - cal.index_on_or_before(*node.task->due);
    s.tasks.push_back(t);
  }
  std::sort(s.tasks.begin(), s.tasks.end(), [](const ScheduledTask& a, const ScheduledTask& b) {
    if (a.start != b.start) return a.start < b.start;
    if (a.finish != b.finish) return a.finish < b.finish;
    return a.task->id < b.task->id;
  });
  for (std::size_t i = 0; i < s.tasks.size(); ++i) {
    s.by_id[s.tasks[i].task->id] = i;
    if (s.tasks[i].critical) s.critical_path.push_back(s.tasks[i].task->id);
  }
  auto last = last_finish_index(n, pass.es, pass.ef);
  s.finish = last ? cal.date_of(*last) : s.start;
  s.working_days = cal.workdays_between(s.start, s.finish);
  return s;
}

Result<Schedule> compute_plan(const Project& p) {
  WorkCalendar cal(p.config.calendar, p.config.start);
  auto n = build_network(p, cal, p.config.start, true);
  if (!n) return n.errors();
  return make_schedule(p, cal, *n, run_passes(*n, {}), p.config.start);
}

Result<Schedule> compute_schedule(const Project& p, Date today) {
  WorkCalendar cal(p.config.calendar, p.config.start);
  auto n = build_network(p, cal, today);
  if (!n) return n.errors();
  return make_schedule(p, cal, *n, run_passes(*n, {}), today);
}

}  // namespace pmadmin

#include "plan/network.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <deque>

#include "base/i18n.hpp"
#include "model/grammar.hpp"

namespace pmadmin {

int task_duration(const Project& p, const Task& t, bool* assumed) {
  if (assumed) *assumed = false;
  if (t.kind == TaskKind::milestone) return 0;
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
    std::size_t from =
        static_cast<std::size_t>(std::find(path_nodes.begin(), path_nodes.end(), v) - path_nodes.begin());
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
    std::string text;  // "a" depends on "b", which depends on "c", which depends on "a"
    for (std::size_t k = 0; k < cycle.size(); ++k) {
      const std::string& pred = tasks[static_cast<std::size_t>(path[cycle[k]].pred)]->id;
      text = k == 0 ? trf("\"{}\" depends on \"{}\"", head.id, pred) : trf("{}, which depends on \"{}\"", text, pred);
    }
    text = trf("dependency cycle: {}", text);
    Mark at = head.src.at(fmt::format("depends[{}]", path[cycle[0]].dep));
    out.push_back(make_error(head.src.file, at.line, at.col, text,
                             tr("a task cannot wait for itself; remove one of these dependencies")));
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
    if (t.status == TaskStatus::cancelled)
      node.state = Network::State::cancelled;
    else if (ignore_actuals)
      node.state = Network::State::planned;
    else if (t.status == TaskStatus::done)
      node.state = Network::State::done;
    else if (t.started && !node.milestone)
      node.state = Network::State::in_progress;
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
      node.preds.push_back(Network::Edge{step.pred, d.type, d.lag_days});
    }
  }
  for (std::size_t v = 0; v < n.nodes.size(); ++v)
    for (const auto& e : n.nodes[v].preds)
      n.nodes[static_cast<std::size_t>(e.other)].succs.push_back(Network::Edge{static_cast<int>(v), e.type, e.lag});
  return n;
}

}  // namespace pmadmin

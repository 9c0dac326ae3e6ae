#include "plan/schedule.hpp"

#include <fmt/format.h>
#include <algorithm>
#include "base/i18n.hpp"
#include "base/text.hpp"

namespace pmadmin {

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

long earliest_start(const Network::Node& node, long duration, const std::vector<long>& es,
                    const std::vector<long>& ef) {
  long earliest = node.min_start;
  for (const auto& e : node.preds) {
    const auto u = static_cast<std::size_t>(e.other);
    switch (e.type) {
      case DependencyType::fs: earliest = std::max(earliest, ef[u] + e.lag); break;
      case DependencyType::ss: earliest = std::max(earliest, es[u] + e.lag); break;
      case DependencyType::ff: earliest = std::max(earliest, ef[u] + e.lag - duration); break;
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
      if (n.nodes[s].state == Network::State::in_progress && e.type != DependencyType::ff) continue;  // already started
      switch (e.type) {
        case DependencyType::fs: latest = std::min(latest, r.ls[s] - e.lag); break;
        case DependencyType::ss: latest = std::min(latest, r.ls[s] - e.lag + span); break;
        case DependencyType::ff: latest = std::min(latest, r.lf[s] - e.lag); break;
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
    t.remaining = node.state == Network::State::done          ? 0
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
          case DependencyType::fs: free = std::min(free, pass.es[u] - e.lag - t.ef); break;
          case DependencyType::ss: free = std::min(free, pass.es[u] - e.lag - t.es); break;
          case DependencyType::ff: free = std::min(free, pass.ef[u] - e.lag - t.ef); break;
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

Result<std::vector<const ScheduledTask*>> select_tasks(const Project& p, const Schedule& s, const TaskFilter& filter) {
  if (!filter.owner.empty() && !p.people.count(filter.owner))
    return unknown_id("person", filter.owner, ids_of(p.people));
  std::optional<TaskStatus> status;
  if (!filter.status.empty() && filter.status != "open") {
    status = from_text<TaskStatus>(filter.status);
    if (!status) {
      std::vector<std::string> words = words_of<TaskStatus>();
      words.push_back("open");
      return usage_error(trf("unknown status \"{}\"", filter.status),
                         did_you_mean(filter.status, words, trf("the statuses are: {}", join_some(words))));
    }
  }
  if (!filter.tag.empty()) {
    std::vector<std::string> tags;
    for (const auto& [id, t] : p.tasks)
      for (const auto& tag : t.tags)
        if (std::find(tags.begin(), tags.end(), tag) == tags.end()) tags.push_back(tag);
    if (std::find(tags.begin(), tags.end(), filter.tag) == tags.end())
      return usage_error(
          trf("no task has the tag \"{}\"", filter.tag),
          did_you_mean(filter.tag, tags, tags.empty() ? tr("no task has a tag") : tr("tags: ") + join_some(tags)));
  }
  std::vector<const ScheduledTask*> rows;
  for (const auto& t : s.tasks) {
    const Task& k = *t.task;
    if (filter.critical_only && !t.critical) continue;
    if (!filter.owner.empty() && k.owner != filter.owner) continue;
    if (filter.status == "open" && !is_open(k.status)) continue;
    if (status && k.status != *status) continue;
    if (!filter.tag.empty() && std::find(k.tags.begin(), k.tags.end(), filter.tag) == k.tags.end()) continue;
    if (filter.milestones_only && !t.milestone) continue;
    if (filter.late_only && !(is_open(k.status) && k.due && (*k.due < s.today || (t.due_slip && *t.due_slip > 0))))
      continue;
    rows.push_back(&t);
  }
  return rows;
}

Date plan_horizon(const Project& p) {
  const auto start = p.config.start.ymd();
  std::chrono::year_month_day end{start.year() + std::chrono::years{kMaxPlanYears}, start.month(), start.day()};
  if (!end.ok()) end = end.year() / end.month() / std::chrono::last;  // 29 February -> 28 February
  return std::min(Date(std::chrono::sys_days{end}), Date::last());
}

Status check_horizon(const Project& p, const Schedule& s) {
  const Date horizon = plan_horizon(p);
  if (s.finish <= horizon) return ok_status();
  const ScheduledTask* latest = nullptr;
  for (const auto& t : s.tasks)
    if (t.state != Network::State::cancelled && (!latest || t.finish > latest->finish)) latest = &t;
  const Task& task = *latest->task;
  Mark at = task.src.at("id");
  std::string message = horizon == Date::last()
                            ? trf("task {} would finish on {}, after {}, the last day pmadmin plans for", task.id,
                                  latest->finish.iso(), Date::last().iso())
                            : trf("task {} would finish on {}, more than {} years after the project start {}", task.id,
                                  latest->finish.iso(), kMaxPlanYears, p.config.start.iso());
  return make_error(task.src.file, at.line, at.col, message,
                    tr("check its duration, start-no-earlier and dependencies, and the calendar's holidays"));
}

Result<Schedule> compute_plan(const Project& p) {
  WorkCalendar cal(p.config.calendar, p.config.start);
  auto n = build_network(p, cal, p.config.start, true);
  if (!n) return n.errors();
  Schedule s = make_schedule(p, cal, *n, run_passes(*n, {}), p.config.start);
  if (Status ok = check_horizon(p, s); !ok) return ok.errors();
  return s;
}

Result<Schedule> compute_schedule(const Project& p, Date today) {
  WorkCalendar cal(p.config.calendar, p.config.start);
  auto n = build_network(p, cal, today);
  if (!n) return n.errors();
  Schedule s = make_schedule(p, cal, *n, run_passes(*n, {}), today);
  if (Status ok = check_horizon(p, s); !ok) {
    // Open tasks are forecast from the status date: when that date is itself past the
    // horizon, it is the date given that is wrong, not a task file.
    if (today > plan_horizon(p))
      return usage_error(trf("the status date {} is more than {} years after the project start {}", today.iso(),
                             kMaxPlanYears, p.config.start.iso()),
                         tr("give --today (or PMADMIN_TODAY) a date within the project, as YYYY-MM-DD"));
    return ok.errors();
  }
  return s;
}

}  // namespace pmadmin

#include "plan/baseline.hpp"

#include <map>

#include "base/i18n.hpp"
#include "plan/calendar.hpp"
#include "plan/cost.hpp"

namespace pmadmin {

Baseline baseline_of(const Project& p, const Schedule& s, const std::string& name, Date saved, const std::string& by) {
  Baseline b;
  b.name = name;
  b.saved = saved;
  b.by = by;
  for (const auto& [id, t] : p.tasks) {
    if (t.status == TaskStatus::cancelled) continue;
    const ScheduledTask* st = s.find(id);
    b.tasks.emplace_back(id, BaselineTask{st->start, st->finish, planned_cost(p, t)});
  }
  return b;
}

const Baseline* latest_baseline(const Project& p) {
  const Baseline* best = nullptr;
  for (const auto& [name, b] : p.baselines)
    if (!best || b.saved > best->saved || (b.saved == best->saved && name > best->name)) best = &b;
  return best;
}

Result<const Baseline*> find_baseline(const Project& p, const std::string& name) {
  if (name.empty()) {
    if (const Baseline* b = latest_baseline(p)) return b;
    return usage_error(tr("no baseline saved yet"),
                       tr("save one with: pmadmin schedule baseline save NAME (needs set-baseline)"));
  }
  auto it = p.baselines.find(name);
  if (it != p.baselines.end()) return &it->second;
  return unknown_id("baseline", name, ids_of(p.baselines));
}

std::optional<Date> baseline_finish(const Baseline& b) {
  std::optional<Date> finish;
  for (const auto& [id, bt] : b.tasks)
    if (!finish || bt.finish > *finish) finish = bt.finish;
  return finish;
}

BaselineDiff diff_baseline(const Project& p, const Schedule& s, const Baseline& b) {
  WorkCalendar cal(p.config.calendar, p.config.start);
  auto slip = [&](Date planned, Date now) { return cal.index_on_or_before(now) - cal.index_on_or_before(planned); };
  BaselineDiff d;
  d.name = b.name;
  d.forecast_finish = s.finish;
  d.baseline_finish = baseline_finish(b).value_or(s.start);
  d.project_slip = slip(d.baseline_finish, d.forecast_finish);
  std::map<std::string, const BaselineTask*> base;
  for (const auto& [id, bt] : b.tasks) base[id] = &bt;
  for (const auto& st : s.tasks) {
    if (st.state == Network::State::cancelled) continue;
    TaskSlip row;
    row.id = st.task->id;
    row.title = st.task->title;
    row.start = st.start;
    row.finish = st.finish;
    if (auto it = base.find(row.id); it != base.end()) {
      row.baseline = *it->second;
      row.start_slip = slip(it->second->start, st.start);
      row.finish_slip = slip(it->second->finish, st.finish);
      base.erase(it);
    }
    d.tasks.push_back(row);
  }
  for (const auto& [id, bt] : base) {  // in the baseline, gone (or cancelled) now
    TaskSlip row;
    row.id = id;
    if (auto it = p.tasks.find(id); it != p.tasks.end()) row.title = it->second.title;
    row.baseline = *bt;
    d.tasks.push_back(row);
  }
  return d;
}

}  // namespace pmadmin

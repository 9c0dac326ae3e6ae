#include "plan/workload.hpp"

#include <algorithm>

namespace pmadmin {

int daily_load_percent(const Project& p, const Task& t, int duration) {
  if (duration <= 0 || t.owner.empty() || t.kind == TaskKind::milestone) return 0;
  if (t.effort_days && t.duration_days) return (*t.effort_days * 100 + duration - 1) / duration;
  return capacity_of(p, t.owner);
}

std::vector<PersonLoad> weekly_load(const Project& p, const Schedule& s, Date from, int weeks) {
  WorkCalendar cal(p.config.calendar, p.config.start);
  const Date first_monday = from.plus_days(-static_cast<int>(from.iso_weekday()));
  const long today_index = cal.index_on_or_after(s.today);
  std::map<std::string, std::size_t> row_of;
  std::vector<PersonLoad> rows;
  for (const auto& [id, person] : p.people) {
    row_of[id] = rows.size();
    PersonLoad row;
    row.person = id;
    row.capacity_percent = person.capacity_percent;
    for (int w = 0; w < weeks; ++w) {
      WeekLoad wl;
      wl.monday = first_monday.plus_days(7 * w);
      wl.day_capacity = person.capacity_percent;
      wl.capacity =
          static_cast<long>(person.capacity_percent) * cal.workdays_between(wl.monday, wl.monday.plus_days(6));
      row.weeks.push_back(wl);
    }
    rows.push_back(row);
  }
  // Day loads per person, keyed by working-day index within the window.
  const long window_first = cal.index_on_or_after(first_monday);
  const long window_end = cal.index_on_or_after(first_monday.plus_days(7 * weeks));
  std::vector<std::vector<int>> day_load(
      rows.size(), std::vector<int>(static_cast<std::size_t>(std::max(0L, window_end - window_first)), 0));
  for (const auto& t : s.tasks) {
    if (t.state == Network::State::done || t.state == Network::State::cancelled) continue;
    auto row = row_of.find(t.task->owner);
    if (row == row_of.end()) continue;
    int load = daily_load_percent(p, *t.task, t.duration);
    if (load == 0) continue;
    long from_day = std::max({t.es, today_index, window_first});
    long to_day = std::min(t.ef, window_end);
    for (long d = from_day; d < to_day; ++d) day_load[row->second][static_cast<std::size_t>(d - window_first)] += load;
  }
  for (std::size_t r = 0; r < rows.size(); ++r)
    for (long d = window_first; d < window_end; ++d) {
      int load = day_load[r][static_cast<std::size_t>(d - window_first)];
      if (load == 0) continue;
      long week = first_monday.days_until(cal.date_of(d)) / 7;
      WeekLoad& wl = rows[r].weeks[static_cast<std::size_t>(week)];
      wl.load += load;
      wl.peak_day = std::max(wl.peak_day, load);
    }
  return rows;
}

Result<std::vector<PersonLoad>> weekly_load_of(const Project& p, const Schedule& s, Date from, int weeks,
                                               const std::string& person) {
  if (!person.empty() && !p.people.count(person)) return unknown_id("person", person, ids_of(p.people));
  std::vector<PersonLoad> rows = weekly_load(p, s, from, weeks);
  std::erase_if(rows, [&](const PersonLoad& r) { return !person.empty() && r.person != person; });
  return rows;
}

}  // namespace pmadmin

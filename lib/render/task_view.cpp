#include "render/task_view.hpp"

#include <fmt/format.h>

#include "base/i18n.hpp"
#include "base/text.hpp"
#include "model/grammar.hpp"
#include "plan/cost.hpp"
#include "render/json.hpp"
#include "render/table.hpp"

namespace pmadmin {

namespace {

std::string date_text(const std::optional<Date>& d) { return d ? d->iso() : "-"; }

std::string person_text(const Project& p, const std::string& id) {
  if (id.empty()) return "-";
  auto it = p.people.find(id);
  return it == p.people.end() || it->second.name.empty() ? id : fmt::format("{} ({})", id, it->second.name);
}

/// The tasks that depend on `id`, written as dependencies ("t-9:ss+2d" when not plain).
std::vector<std::string> successors_of(const Project& p, const std::string& id) {
  std::vector<std::string> out;
  for (const auto& [tid, t] : p.tasks)
    for (const auto& d : t.depends)
      if (d.task == id) out.push_back(format_dependency(Dependency{tid, d.type, d.lag_days}));
  return out;
}

Json task_json(const Project& p, const ScheduledTask& st, const Task& t) {
  Json log = Json::array();
  for (const auto& e : t.log)
    log.push_back(
        {{"date", e.date.iso()}, {"by", e.by}, {"action", e.action}, {"detail", e.detail}, {"reason", e.reason}});
  Json deps = Json::array();
  for (const auto& d : t.depends) deps.push_back(format_dependency(d));
  auto cost = planned_cost(p, t);
  return Json{{"task", st},
              {"raci", t.raci},
              {"effort", t.effort_days ? Json(*t.effort_days) : Json()},
              {"estimate", t.estimate.empty() ? Json() : Json(t.estimate)},
              {"start_no_earlier", date_json(t.start_no_earlier)},
              {"started", date_json(t.started)},
              {"finished", date_json(t.finished)},
              {"planned_cost", cost ? Json(cost->str()) : Json()},
              {"category", t.category.empty() ? Json() : Json(t.category)},
              {"priority", t.priority},
              {"tags", t.tags},
              {"acceptance", t.acceptance},
              {"notes", t.notes},
              {"predecessors", deps},
              {"successors", successors_of(p, t.id)},
              {"log", log}};
}

}  // namespace

std::string render_task(const Project& p, const Schedule& forecast, const Task& t, OutputFormat format) {
  const ScheduledTask& st = *forecast.find(t.id);
  if (format == OutputFormat::json) return dump(task_json(p, st, t));
  const bool open = st.state == Network::State::planned || st.state == Network::State::in_progress;
  std::vector<std::pair<std::string, std::string>> rows = {
      {N_("task"), fmt::format("{} \"{}\" ({})", t.id, t.title, t.kind)},
      {N_("status"), trf("{}, {}% done", t.status, t.progress)},
      {N_("owner"), person_text(p, t.owner)},
      {N_("length"), t.kind == TaskKind::milestone ? tr("milestone")
                     : t.effort_days ? trf("effort {} ({} working days)", format_days(*t.effort_days), st.duration)
                                     : trnf("{} working day", "{} working days",
                                            static_cast<unsigned long>(st.duration), st.duration)},
      {N_("estimate"), t.estimate.empty() ? "-" : t.estimate},
      {N_("forecast"), trf("{} .. {} ({} working days shown)", st.start.iso(), st.finish.iso(), st.span())},
      {N_("latest"),
       open ? trf("start {} .. finish {} without moving the project finish", st.late_start.iso(), st.late_finish.iso())
            : "-"},
      {N_("float"), !open         ? "-"
                    : st.critical ? trf("{} working days total, {} free; critical", st.total_float, st.free_float)
                                  : trf("{} working days total, {} free", st.total_float, st.free_float)},
      {N_("due"), !t.due ? "-"
                  : st.due_slip && *st.due_slip > 0
                      ? trf("{} (forecast {} working days late)", t.due->iso(), *st.due_slip)
                      : t.due->iso()},
      {N_("start-no-earlier"), date_text(t.start_no_earlier)},
      {N_("started"), date_text(t.started)},
      {N_("finished"), date_text(t.finished)},
      {N_("planned cost"), planned_cost(p, t) ? planned_cost(p, t)->display(p.config.currency) : "-"},
      {N_("category"), t.category.empty() ? "-" : t.category},
      {N_("priority"), std::to_string(t.priority)},
      {N_("tags"), t.tags.empty() ? "-" : fmt::format("{}", fmt::join(t.tags, ", "))},
  };
  std::vector<std::string> deps, raci;
  for (const auto& d : t.depends) deps.push_back(format_dependency(d));
  for (const auto& [who, letter] : t.raci) raci.push_back(fmt::format("{} {}", letter, who));
  auto succ = successors_of(p, t.id);
  rows.push_back({N_("after"), deps.empty() ? "-" : fmt::format("{}", fmt::join(deps, ", "))});
  rows.push_back({N_("before"), succ.empty() ? "-" : fmt::format("{}", fmt::join(succ, ", "))});
  rows.push_back({N_("raci"), raci.empty() ? "-" : fmt::format("{}", fmt::join(raci, ", "))});
  std::string out;
  std::size_t width = 17;  // "start-no-earlier" and a space
  for (const auto& [k, v] : rows) width = std::max(width, display_width(tr(k.c_str())) + 1);
  for (const auto& [k, v] : rows)
    out += fmt::format("{}{}{}\n", tr(k.c_str()), std::string(width + 1 - display_width(tr(k.c_str())), ' '),
                       escape_for_terminal(v));
  if (!t.acceptance.empty()) {
    out += fmt::format("{}\n", tr("acceptance"));
    for (std::size_t i = 0; i < t.acceptance.size(); ++i)  // numbered: review quality --pass 2
      out += fmt::format("  {}. {}\n", i + 1, escape_for_terminal(t.acceptance[i]));
  }
  if (!t.notes.empty()) out += fmt::format("{}\n  {}\n", tr("notes"), escape_for_terminal(t.notes));
  if (t.log.empty()) return out + "\n" + tr("No changes logged.\n");
  Table log;
  log.headers = {tr("DATE"), tr("BY"), tr("ACTION"), tr("DETAIL"), tr("REASON")};
  log.max_column_width = 60;
  for (const auto& e : t.log) log.rows.push_back({e.date.iso(), e.by, e.action, e.detail, e.reason});
  return out + "\n" + tr("Log:\n") + render_table(log);
}

}  // namespace pmadmin

#include "render/json.hpp"

#include <cmath>

namespace pmadmin {

Json money_json(const Money& m) { return m.str(); }
Json money_json(const std::optional<Money>& m) { return m ? Json(m->str()) : Json(); }
Json date_json(const std::optional<Date>& d) { return d ? Json(d->iso()) : Json(); }
Json ratio_json(const std::optional<double>& r) { return r ? Json(std::round(*r * 10000) / 10000) : Json(); }
Json text_or_null(const std::string& s) { return s.empty() ? Json() : Json(s); }
Json fte_json(int percent) { return percent / 100.0; }
std::string dump(const Json& j) { return j.dump(2) + "\n"; }

// ---- model ---------------------------------------------------------------------------

void to_json(Json& j, const Person& p) {
  j = {{"id", p.id},
       {"name", p.name},
       {"email", p.email},
       {"org", p.org},
       {"roles", p.roles},
       {"capacity", fte_json(p.capacity_percent)},
       {"rate", money_json(p.rate)}};
}

void to_json(Json& j, const RoleEvent& e) {
  j = {{"date", e.date.iso()}, {"action", e.action}, {"role", e.role}, {"by", e.by}};
}

void to_json(Json& j, const Expense& e) {
  j = {{"id", e.id},
       {"date", e.date.iso()},
       {"amount", e.amount.str()},
       {"category", e.category},
       {"task", text_or_null(e.task)},
       {"note", e.note},
       {"by", text_or_null(e.by)},
       {"voided", date_json(e.voided)},
       {"voided_by", text_or_null(e.voided_by)},
       {"void_reason", text_or_null(e.void_reason)}};
}

void to_json(Json& j, const Baseline& b) {
  Json tasks = Json::array();
  for (const auto& [id, bt] : b.tasks)
    tasks.push_back(
        {{"id", id}, {"start", bt.start.iso()}, {"finish", bt.finish.iso()}, {"cost", money_json(bt.cost)}});
  j = {{"name", b.name}, {"saved", b.saved.iso()}, {"by", b.by}, {"tasks", tasks}};
}

// ---- plan ----------------------------------------------------------------------------

void to_json(Json& j, const ScheduledTask& t) {
  const Task& k = *t.task;
  const bool open = t.state == Network::State::planned || t.state == Network::State::in_progress;
  j = {{"id", k.id},
       {"title", k.title},
       {"kind", k.kind},
       {"status", k.status},
       {"owner", text_or_null(k.owner)},
       {"progress", k.progress},
       {"start", t.start.iso()},
       {"finish", t.finish.iso()},
       {"duration", t.duration},
       {"working_days", t.span()},
       {"remaining", t.remaining},
       {"duration_assumed", t.duration_assumed},
       {"late_start", open ? Json(t.late_start.iso()) : Json()},
       {"late_finish", open ? Json(t.late_finish.iso()) : Json()},
       {"total_float", open ? Json(t.total_float) : Json()},
       {"free_float", open ? Json(t.free_float) : Json()},
       {"critical", t.critical},
       {"due", date_json(k.due)},
       {"due_slip", t.due_slip ? Json(*t.due_slip) : Json()}};
}

void to_json(Json& j, const TaskSlip& s) {
  j = {{"id", s.id},
       {"title", s.title},
       {"baseline_start", s.baseline ? Json(s.baseline->start.iso()) : Json()},
       {"baseline_finish", s.baseline ? Json(s.baseline->finish.iso()) : Json()},
       {"start", date_json(s.start)},
       {"finish", date_json(s.finish)},
       {"start_slip", s.baseline && s.start ? Json(s.start_slip) : Json()},
       {"finish_slip", s.baseline && s.finish ? Json(s.finish_slip) : Json()}};
}

void to_json(Json& j, const BaselineDiff& d) {
  j = {{"baseline", d.name},
       {"baseline_finish", d.baseline_finish.iso()},
       {"forecast_finish", d.forecast_finish.iso()},
       {"project_slip", d.project_slip},
       {"tasks", d.tasks}};
}

void to_json(Json& j, const WeekLoad& w) {
  j = {{"week", w.monday.iso()}, {"load_days", w.load / 100.0},    {"capacity_days", w.capacity / 100.0},
       {"percent", w.percent()}, {"peak_day_percent", w.peak_day}, {"over", w.over()}};
}

void to_json(Json& j, const PersonLoad& l) {
  j = {{"person", l.person}, {"capacity", fte_json(l.capacity_percent)}, {"over", l.over()}, {"weeks", l.weeks}};
}

void to_json(Json& j, const LevelMove& m) {
  j = {{"task", m.task}, {"owner", m.owner}, {"from", m.from.iso()}, {"to", m.to.iso()}, {"delay", m.delay}};
}

void to_json(Json& j, const Levelling& l) {
  j = {{"finish_before", l.finish_before.iso()},
       {"finish_after", l.finish_after.iso()},
       {"moves", l.moves},
       {"cannot_fit", l.cannot_fit}};
}

void to_json(Json& j, const SimulationResult& r) {
  Json crit = Json::array();
  for (const auto& c : r.criticality) crit.push_back({{"task", c.task}, {"critical", c.index}});
  j = {{"iterations", r.iterations},
       {"seed", r.seed},
       {"distribution", r.distribution},
       {"uncertain_tasks", r.uncertain_tasks},
       {"deterministic", r.deterministic.iso()},
       {"p50", r.p50.iso()},
       {"p80", r.p80.iso()},
       {"p95", r.p95.iso()},
       {"earliest", r.earliest.iso()},
       {"latest", r.latest.iso()},
       {"on_time", r.on_time},
       {"criticality", crit}};
  if (!r.with_risks) {
    j["with_risk_events"] = nullptr;
    return;
  }
  const auto& w = *r.with_risks;
  Json ranking = Json::array();
  for (const auto& e : w.ranking)
    ranking.push_back({{"risk", e.risk},
                       {"probability_percent", e.probability_percent},
                       {"delay_days", e.delay_days},
                       {"p80", e.p80.iso()},
                       {"p80_shift_days", e.p80_shift_days}});
  j["with_risk_events"] = {{"p50", w.p50.iso()},       {"p80", w.p80.iso()},   {"p95", w.p95.iso()},
                           {"latest", w.latest.iso()}, {"on_time", w.on_time}, {"ranking", ranking}};
}

// ---- analysis --------------------------------------------------------------------------

void to_json(Json& j, const Matrix& m) {
  Json rows = Json::array();
  for (const auto& row : m.rows) {
    Json cells = Json::object();
    for (std::size_t i = 0; i < m.people.size(); ++i)
      if (!row.cells[i].empty()) cells[m.people[i]] = row.cells[i];
    rows.push_back({{"task", row.task}, {"title", row.title}, {"raci", cells}});
  }
  j = {{"people", m.people}, {"tasks", rows}};
}

void to_json(Json& j, const CategoryStatus& c) {
  j = {{"category", c.category},
       {"title", text_or_null(c.title)},
       {"planned", money_json(c.planned)},
       {"adjustments", money_json(c.adjustments)},
       {"budget", money_json(c.budget)},
       {"spent", money_json(c.spent)},
       {"remaining", money_json(c.remaining)},
       {"used", ratio_json(c.used)},
       {"overrun", c.overrun},
       {"committed", money_json(c.committed)},
       {"over_committed", c.over_committed}};
}

void to_json(Json& j, const Evm& e) {
  Json outside = Json::array();
  for (const auto& o : e.outside_by_line) outside.push_back({{"category", o.category}, {"spent", money_json(o.spent)}});
  j = {{"plan", e.plan},
       {"computable", e.not_computable.empty()},
       {"not_computable", text_or_null(e.not_computable)},
       {"costed_tasks", e.costed_tasks},
       {"outside", money_json(e.outside)},
       {"outside_by_line", outside},
       {"bac", money_json(e.bac)},
       {"pv", money_json(e.pv)},
       {"ev", money_json(e.ev)},
       {"ac", money_json(e.ac)},
       {"sv", money_json(e.sv)},
       {"cv", money_json(e.cv)},
       {"spi", ratio_json(e.spi)},
       {"cpi", ratio_json(e.cpi)},
       {"eac", money_json(e.eac)},
       {"eac_planned_rate", money_json(e.eac_planned_rate)},
       {"etc", money_json(e.etc)},
       {"vac", money_json(e.vac)},
       {"tcpi", ratio_json(e.tcpi)}};
}

void to_json(Json& j, const RiskReserve& r) {
  j = {{"threats_emv", money_json(r.threats)},
       {"opportunities_emv", money_json(r.opportunities)},
       {"net_emv", money_json(r.net)},
       {"contingency_category", text_or_null(r.contingency_category)},
       {"contingency_left", money_json(r.contingency_left)},
       {"open_risks_without_cost", r.open_risks_without_cost}};
}

void to_json(Json& j, const BudgetStatus& s) {
  j = {{"currency", s.currency}, {"today", s.today.iso()},    {"categories", s.categories}, {"total", s.total},
       {"evm", s.evm},           {"risk_reserve", s.reserve}, {"verdict", s.verdict}};
}

void to_json(Json& j, const Finding& f) {
  Json numbers = Json::object();
  for (const auto& [k, v] : f.numbers) numbers[k] = v;
  j = {{"rule", f.rule},  {"severity", f.severity}, {"file", f.file},       {"line", f.line},
       {"column", f.col}, {"entity", f.entity},     {"message", f.message}, {"numbers", numbers}};
}

void to_json(Json& j, const SurveyScore& s) {
  j = {{"id", s.survey},
       {"title", s.title},
       {"opened", s.opened.iso()},
       {"responses", s.responses},
       {"nps", s.nps ? Json(*s.nps) : Json()},
       {"csat", s.csat ? Json(*s.csat) : Json()}};
}

}  // namespace pmadmin

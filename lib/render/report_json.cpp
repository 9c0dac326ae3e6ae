// The status report as JSON, for dashboards.
#include <cmath>
#include <nlohmann/json.hpp>

#include "analysis/risk.hpp"
#include "render/report.hpp"

namespace pmadmin {

std::string render_report_json(const Project& p, const StatusReport& r) {
  using json = nlohmann::ordered_json;
  auto opt_date = [](const std::optional<Date>& d) { return d ? json(d->iso()) : json(); };
  auto opt_money = [](const std::optional<Money>& m) { return m ? json(m->str()) : json(); };
  auto opt_ratio = [](const std::optional<double>& v) { return v ? json(std::round(*v * 10000) / 10000) : json(); };
  json rag = json::array();
  for (const auto& g : r.rag) rag.push_back({{"area", g.area}, {"status", g.status}, {"reason", g.reason}});
  json milestones = json::array();
  for (const auto& m : r.milestones)
    milestones.push_back({{"id", m.id}, {"title", m.title}, {"status", m.status}, {"due", opt_date(m.due)},
                          {"baseline", opt_date(m.baseline)}, {"forecast", m.forecast.iso()}, {"slip", m.slip}});
  json critical = json::array();
  for (const auto& id : r.schedule.critical_path) {
    const ScheduledTask& t = *r.schedule.find(id);
    critical.push_back({{"id", id}, {"title", t.task->title}, {"owner", t.task->owner}, {"start", t.start.iso()},
                        {"finish", t.finish.iso()}, {"total_float", t.total_float}});
  }
  json late = json::array();
  for (const auto& f : r.late)
    late.push_back({{"rule", f.rule}, {"severity", f.severity}, {"entity", f.entity}, {"file", f.file}, {"message", f.message}});
  json lines = json::array();
  for (const auto& c : r.budget.categories)
    lines.push_back({{"category", c.category}, {"budget", c.budget.str()}, {"spent", c.spent.str()},
                     {"remaining", c.remaining.str()}, {"overrun", c.overrun}});
  const Evm& e = r.budget.evm;
  json evm = {{"plan", e.plan}, {"bac", e.bac.str()}, {"pv", e.pv.str()}, {"ev", e.ev.str()}, {"ac", e.ac.str()},
              {"spi", opt_ratio(e.spi)}, {"cpi", opt_ratio(e.cpi)}, {"eac", opt_money(e.eac)}, {"vac", opt_money(e.vac)}};
  json risks = json::array();
  for (const auto& id : r.top_risks) {
    const Risk& k = p.risks.at(id);
    risks.push_back({{"id", id}, {"title", k.title}, {"score", risk_score(k)}, {"level", risk_level(risk_score(k))},
                     {"owner", k.owner.empty() ? json() : json(k.owner)}, {"response", k.response.empty() ? json() : json(k.response)},
                     {"emv", opt_money(risk_emv(k))}});
  }
  json heat = json::array();
  for (const auto& row : r.heat) heat.push_back(row);
  json decisions = json::array();
  for (const auto& d : r.decisions) decisions.push_back({{"date", d.date.iso()}, {"review", d.review}, {"text", d.text}});
  json actions = json::array();
  for (const auto& a : r.actions)
    actions.push_back({{"review", a.review}, {"text", a.text}, {"owner", a.owner}, {"due", opt_date(a.due)}, {"overdue", a.overdue}});
  json surveys = json::array();
  for (const auto& s : r.surveys)
    surveys.push_back({{"id", s.survey}, {"title", s.title}, {"opened", s.opened.iso()}, {"responses", s.responses},
                       {"nps", s.nps ? json(*s.nps) : json()}, {"csat", s.csat ? json(*s.csat) : json()}});
  json burn = json::array();
  for (const auto& b : r.burn)
    burn.push_back({{"date", b.date.iso()}, {"planned", b.planned.str()}, {"actual", opt_money(b.actual)}});
  json j = {{"project", r.name},
            {"client", r.client},
            {"currency", r.currency},
            {"today", r.today.iso()},
            {"start", r.start.iso()},
            {"forecast_finish", r.finish.iso()},
            {"baseline", r.baseline_name.empty() ? json() : json(r.baseline_name)},
            {"baseline_finish", opt_date(r.baseline_finish)},
            {"slip", r.slip},
            {"status", rag},
            {"milestones", milestones},
            {"critical_path", critical},
            {"late", late},
            {"budget", {{"lines", lines}, {"total_budget", r.budget.total.budget.str()}, {"total_spent", r.budget.total.spent.str()}}},
            {"evm", evm},
            {"top_risks", risks},
            {"risk_heat_map", heat},
            {"decisions", decisions},
            {"open_actions", actions},
            {"surveys", surveys},
            {"nps_target", r.nps_target},
            {"burn", burn},
            {"checks", {{"errors", r.checks.errors}, {"warnings", r.checks.warnings}}}};
  return j.dump(2) + "\n";
}

}  // namespace pmadmin

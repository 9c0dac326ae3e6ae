// The status report as JSON, for dashboards. Shared structs (Evm, CategoryStatus, Finding,
// SurveyScore) are written by render/json.cpp, so they read the same as in `budget status`
// and `check`; the report's own rows are written here.
#include "analysis/risk.hpp"
#include "render/json.hpp"
#include "render/report.hpp"

namespace pmadmin {

void to_json(Json& j, const Rag& g) {
  j = {{"area", g.area}, {"status", g.status}, {"reason", g.reason}, {"command", g.command}, {"also", g.also}};
}

void to_json(Json& j, const MilestoneRow& m) {
  j = {{"id", m.id},
       {"title", m.title},
       {"status", m.status},
       {"due", date_json(m.due)},
       {"baseline", date_json(m.baseline)},
       {"forecast", m.forecast.iso()},
       {"slip", m.slip},
       {"slip_against", m.against_baseline ? "baseline"
                        : m.due            ? "due"
                                           : "none"}};
}

void to_json(Json& j, const DecisionRow& d) { j = {{"date", d.date.iso()}, {"review", d.review}, {"text", d.text}}; }

void to_json(Json& j, const ActionRow& a) {
  j = {{"review", a.review}, {"text", a.text}, {"owner", a.owner}, {"due", date_json(a.due)}, {"overdue", a.overdue}};
}

void to_json(Json& j, const BurnPoint& b) {
  j = {{"date", b.date.iso()}, {"planned", b.planned.str()}, {"actual", money_json(b.actual)}};
}

namespace {

/// The critical path as the report shows it: one step per task.
Json critical_path_json(const Schedule& s) {
  Json critical = Json::array();
  for (const auto& id : s.critical_path) {
    const ScheduledTask& t = *s.find(id);
    critical.push_back({{"id", id},
                        {"title", t.task->title},
                        {"owner", t.task->owner},
                        {"start", t.start.iso()},
                        {"finish", t.finish.iso()},
                        {"total_float", t.total_float}});
  }
  return critical;
}

/// The top risks as the report shows them: score, level, owner, response and EMV.
Json team_json(const TeamPerformance& t) {
  Json people = Json::array();
  auto share = [](std::optional<double> v) { return v ? Json(std::round(*v * 1000) / 1000) : Json(); };
  for (const auto& m : t.people)
    people.push_back({{"person", m.person},
                      {"done", m.done},
                      {"on_time_rate", share(m.on_time_rate())},
                      {"first_pass_yield", share(m.first_pass_yield())},
                      {"rating", share(m.rating())},
                      {"kudos", m.kudos}});
  return {{"from", t.from.iso()}, {"to", t.to.iso()}, {"people", people}};
}

Json top_risks_json(const Project& p, const std::vector<std::string>& ids) {
  Json risks = Json::array();
  for (const auto& id : ids) {
    const Risk& k = p.risks.at(id);
    risks.push_back({{"id", id},
                     {"title", k.title},
                     {"score", risk_score(k)},
                     {"level", to_text(risk_level(p, k))},
                     {"owner", text_or_null(k.owner)},
                     {"response", text_or_null(k.response)},
                     {"emv", money_json(risk_emv(k))}});
  }
  return risks;
}

}  // namespace

std::string render_report_json(const Project& p, const StatusReport& r) {
  Json j = {{"project", r.name},
            {"client", r.client},
            {"currency", r.currency},
            {"today", r.today.iso()},
            {"start", r.start.iso()},
            {"forecast_finish", r.finish.iso()},
            {"baseline", text_or_null(r.baseline_name)},
            {"baseline_finish", date_json(r.baseline_finish)},
            {"slip", r.slip},
            {"status", r.rag},
            {"milestones", r.milestones},
            {"critical_path", critical_path_json(r.schedule)},
            {"late", r.late},
            {"budget",
             {{"lines", r.budget.categories},
              {"total_budget", r.budget.total.budget.str()},
              {"total_spent", r.budget.total.spent.str()}}},
            {"evm", r.budget.evm},
            {"top_risks", top_risks_json(p, r.top_risks)},
            {"risk_heat_map", r.heat},
            {"decisions", r.decisions},
            {"open_actions", r.actions},
            {"team", team_json(r.team)},
            {"surveys", r.surveys},
            {"nps_target", r.nps_target},
            {"burn", r.burn},
            {"checks", {{"errors", r.checks.errors}, {"warnings", r.checks.warnings}}}};
  return dump(j);
}

}  // namespace pmadmin

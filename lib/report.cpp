#include "report.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "calendar.hpp"
#include "risk.hpp"
#include "schedule_edit.hpp"

namespace pmadmin {

std::string html_escape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string md_escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\n' || c == '\r') {
      out += ' ';
      continue;
    }
    if (std::string("\\`*_{}[]<>#|!~").find(c) != std::string::npos) out += '\\';
    out += c;
  }
  return out;
}

std::string report_area_label(const std::string& area) {
  std::string out = area;
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

std::string report_slip_text(long slip) {
  if (slip > 0) return fmt::format("{} working day{} late", slip, slip == 1 ? "" : "s");
  if (slip < 0) return fmt::format("{} working day{} early", -slip, slip == -1 ? "" : "s");
  return "on time";
}

std::string report_milestone_status(const MilestoneRow& m) {
  if (m.status == "done") return "done";
  if (!m.due && !m.baseline) return "planned";
  return report_slip_text(m.slip);
}

std::string report_person(const Project& p, const std::string& id) {
  auto it = p.people.find(id);
  return it == p.people.end() || it->second.name.empty() ? id : it->second.name;
}

namespace {

const RuleReport* rule(const CheckRun& run, const std::string& name) {
  for (const auto& r : run.rules)
    if (r.rule == name) return &r;
  return nullptr;
}

std::size_t count_findings(const CheckRun& run, const std::string& name) {
  const RuleReport* r = rule(run, name);
  return r ? r->findings.size() : 0;
}

std::string join(const std::vector<std::string>& parts, const char* sep = "; ") {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : sep) + p;
  return out;
}

Rag schedule_rag(const StatusReport& r) {
  std::vector<std::string> red, amber;
  const Evm& e = r.budget.evm;
  if (const RuleReport* overdue = rule(r.checks, "overdue-task"))
    for (const auto& f : overdue->findings) {
      const ScheduledTask* t = r.schedule.find(f.entity);
      if (t && t->critical) red.push_back(fmt::format("critical task {} is overdue", f.entity));
    }
  if (r.baseline_finish && r.slip > 10) red.push_back(fmt::format("{} working days behind the baseline", r.slip));
  if (e.spi && *e.spi < 0.8) red.push_back(fmt::format("SPI {:.2f}", *e.spi));
  if (auto n = count_findings(r.checks, "overdue-task")) amber.push_back(fmt::format("{} overdue task{}", n, n == 1 ? "" : "s"));
  if (auto n = count_findings(r.checks, "missed-deadline-forecast"))
    amber.push_back(fmt::format("{} task{} forecast to miss the due date", n, n == 1 ? "" : "s"));
  if (r.baseline_finish && r.slip > 0 && r.slip <= 10) amber.push_back(fmt::format("{} working days behind the baseline", r.slip));
  if (e.spi && *e.spi >= 0.8 && *e.spi < 0.95) amber.push_back(fmt::format("SPI {:.2f}", *e.spi));
  if (!red.empty()) return {"schedule", "red", join(red) + (amber.empty() ? "" : "; " + join(amber))};
  if (!amber.empty()) return {"schedule", "amber", join(amber)};
  return {"schedule", "green", fmt::format("on track for {}", r.finish.iso())};
}

Rag budget_rag(const StatusReport& r) {
  const Evm& e = r.budget.evm;
  std::vector<std::string> red, amber;
  if (r.budget.total.overrun) red.push_back("the whole budget is overspent");
  double over = e.eac && e.bac.minor() > 0 ? static_cast<double>(e.eac->minor() - e.bac.minor()) / e.bac.minor() : 0;
  if (over > 0.10) red.push_back(fmt::format("forecast {:.1f}% over budget", over * 100));
  else if (over > 0) amber.push_back(fmt::format("forecast {:.1f}% over budget", over * 100));
  if (e.cpi && *e.cpi < 0.8) red.push_back(fmt::format("CPI {:.2f}", *e.cpi));
  else if (e.cpi && *e.cpi < 0.95) amber.push_back(fmt::format("CPI {:.2f}", *e.cpi));
  for (const auto& c : r.budget.categories)
    if (c.overrun) amber.push_back(fmt::format("{} overspent", c.category));
  if (!red.empty()) return {"budget", "red", join(red) + (amber.empty() ? "" : "; " + join(amber))};
  if (!amber.empty()) return {"budget", "amber", join(amber)};
  if (!e.cpi) return {"budget", "green", "nothing spent yet"};
  return {"budget", "green", fmt::format("spending in line with the work done (CPI {:.2f})", *e.cpi)};
}

Rag risk_rag(const Project& p, const StatusReport& r) {
  std::vector<std::string> red, amber;
  int critical = 0, high = 0;
  for (const auto& [id, risk] : p.risks) {
    if (risk.status != "open") continue;
    int s = risk_score(risk);
    if (s >= 20) ++critical;
    else if (s >= 10) ++high;
  }
  if (critical) red.push_back(fmt::format("{} critical risk{} open", critical, critical == 1 ? "" : "s"));
  if (auto n = count_findings(r.checks, "unowned-high-risk"))
    red.push_back(fmt::format("{} high risk{} without owner or response", n, n == 1 ? "" : "s"));
  if (high) amber.push_back(fmt::format("{} high risk{} open", high, high == 1 ? "" : "s"));
  if (auto n = count_findings(r.checks, "risk-review-overdue"))
    amber.push_back(fmt::format("{} risk review{} overdue", n, n == 1 ? "" : "s"));
  const RiskReserve& rr = r.budget.reserve;
  if (rr.contingency_left && rr.threats > *rr.contingency_left)
    amber.push_back(fmt::format("expected risk cost {} exceeds the contingency left ({})", rr.threats.grouped(),
                                rr.contingency_left->grouped()));
  if (!red.empty()) return {"risk", "red", join(red) + (amber.empty() ? "" : "; " + join(amber))};
  if (!amber.empty()) return {"risk", "amber", join(amber)};
  return {"risk", "green", "no high or critical risk open"};
}

Rag quality_rag(const Project& p, const StatusReport& r) {
  if (auto n = count_findings(r.checks, "done-without-acceptance"))
    return {"quality", "red", fmt::format("{} deliverable{} done without a passed inspection", n, n == 1 ? "" : "s")};
  std::vector<std::string> failing;
  for (const auto& [id, q] : p.reviews) {
    if (q.kind != "quality" || q.result != "fail") continue;
    bool passed_later = std::any_of(p.reviews.begin(), p.reviews.end(), [&](const auto& other) {
      return other.second.kind == "quality" && other.second.task == q.task && other.second.result == "pass" &&
             other.second.date >= q.date;
    });
    if (!passed_later) failing.push_back(q.task);
  }
  if (!failing.empty()) return {"quality", "amber", "failed inspection open for " + join(failing, ", ")};
  int inspections = 0;
  for (const auto& [id, q] : p.reviews) inspections += q.kind == "quality";
  if (inspections == 0) return {"quality", "none", "no inspection recorded yet"};
  return {"quality", "green", fmt::format("{} inspection{} recorded, none failing", inspections, inspections == 1 ? "" : "s")};
}

Rag satisfaction_rag(const StatusReport& r) {
  const SurveyScore* latest = nullptr;
  for (const auto& s : r.surveys)
    if (s.nps || s.csat) latest = &s;
  if (!latest) return {"satisfaction", "none", "no survey answered yet"};
  std::string scores = latest->nps ? fmt::format("NPS {}", *latest->nps) : "";
  if (latest->csat) scores += (scores.empty() ? "" : ", ") + fmt::format("CSAT {}%", *latest->csat);
  std::string where = fmt::format("{} in \"{}\"", scores, latest->title);
  if (latest->nps && *latest->nps < 0) return {"satisfaction", "red", where + ": more detractors than promoters"};
  if ((latest->nps && *latest->nps < r.nps_target) || (latest->csat && *latest->csat < 70))
    return {"satisfaction", "amber", fmt::format("{}; target NPS {}", where, r.nps_target)};
  return {"satisfaction", "green", where};
}

}  // namespace

Result<StatusReport> build_report(const Project& p, Date today) {
  StatusReport r;
  r.name = p.config.name;
  r.client = p.config.client;
  r.currency = p.config.currency;
  r.today = today;
  auto analysis = analyse_project(p, today);
  if (!analysis) return analysis.errors();
  r.schedule = analysis->forecast;
  r.start = r.schedule.start;
  r.finish = r.schedule.finish;
  WorkCalendar cal(p.config.calendar, p.config.start);
  if (const Baseline* b = latest_baseline(p)) {
    r.baseline_name = b->name;
    Date finish = b->saved;
    bool any = false;
    for (const auto& [id, bt] : b->tasks) {
      finish = any ? std::max(finish, bt.finish) : bt.finish;
      any = true;
    }
    if (any) {
      r.baseline_finish = finish;
      r.slip = cal.index_on_or_before(r.finish) - cal.index_on_or_before(finish);
    }
  }
  auto checks = run_checks(p, today, {}, &*analysis);
  if (!checks) return checks.errors();
  r.checks = std::move(*checks);
  for (const char* name : {"overdue-task", "missed-deadline-forecast"})
    if (const RuleReport* rr = rule(r.checks, name))
      for (const auto& f : rr->findings) r.late.push_back(f);
  for (const auto& [name, cfg] : p.config.checks)
    if (name == "nps-below-target" && !cfg.threshold.empty()) r.nps_target = std::atoi(cfg.threshold.c_str());
  r.budget = analysis->budget;

  const Baseline* base = latest_baseline(p);
  for (const auto& t : r.schedule.tasks) {
    if (!t.milestone || t.state == Network::State::cancelled) continue;
    MilestoneRow m{t.task->id, t.task->title, t.task->status, t.finish, t.task->due, std::nullopt, 0};
    if (base)
      for (const auto& [id, bt] : base->tasks)
        if (id == t.task->id) m.baseline = bt.finish;
    Date target = m.due ? *m.due : m.baseline ? *m.baseline : t.finish;
    m.slip = cal.index_on_or_before(t.finish) - cal.index_on_or_before(target);
    r.milestones.push_back(m);
  }

  std::vector<const Risk*> open;
  for (const auto& [id, risk] : p.risks)
    if (risk.status == "open") open.push_back(&risk);
  std::stable_sort(open.begin(), open.end(), [](const Risk* a, const Risk* b) { return risk_score(*a) > risk_score(*b); });
  for (std::size_t i = 0; i < open.size() && i < 5; ++i) r.top_risks.push_back(open[i]->id);
  r.heat = risk_heat_map(p);

  std::vector<const Review*> meetings;
  for (const auto& [id, rev] : p.reviews)
    if (rev.kind == "meeting" && rev.date <= today) meetings.push_back(&rev);
  std::stable_sort(meetings.begin(), meetings.end(), [](const Review* a, const Review* b) { return a->date > b->date; });
  for (const Review* m : meetings) {
    if (m->date.days_until(today) <= 30)
      for (const auto& d : m->decisions) r.decisions.push_back(DecisionRow{m->date, m->id, d});
    for (const auto& a : m->actions) {
      if (!a.task.empty()) {
        auto t = p.tasks.find(a.task);
        if (t != p.tasks.end() && (t->second.status == "done" || t->second.status == "cancelled")) continue;
      }
      r.actions.push_back(ActionRow{m->id, a.text, a.owner, a.due, a.due && *a.due < today});
    }
  }
  std::stable_sort(r.actions.begin(), r.actions.end(), [](const ActionRow& a, const ActionRow& b) {
    return a.due.value_or(Date::from_ymd(9999, 12, 31)) < b.due.value_or(Date::from_ymd(9999, 12, 31));
  });
  r.surveys = survey_trend(p);

  // Burn: weekly from the start to the finish (and today), planned vs spent.
  std::vector<Date> dates;
  Date end = std::max(r.finish, today);
  for (Date d = r.start; d < end; d = d.plus_days(7)) dates.push_back(d);
  dates.push_back(end);
  if (today > r.start && today < end && std::find(dates.begin(), dates.end(), today) == dates.end()) {
    dates.push_back(today);
    std::sort(dates.begin(), dates.end());
  }
  auto curve = planned_value_curve(p, dates, "", &analysis->plan);
  if (!curve) return curve.errors();
  std::vector<const Expense*> spent;
  for (const auto& [id, e] : p.expenses) spent.push_back(&e);
  std::stable_sort(spent.begin(), spent.end(), [](const Expense* a, const Expense* b) { return a->date < b->date; });
  for (std::size_t i = 0; i < dates.size(); ++i) {
    BurnPoint bp{dates[i], curve->values[i], std::nullopt};
    if (dates[i] <= today) {
      Money sum;
      for (const Expense* e : spent)
        if (e->date <= dates[i]) sum = sum.plus(e->amount).value_or(sum);
      bp.actual = sum;
    }
    r.burn.push_back(bp);
  }

  r.rag = {schedule_rag(r), budget_rag(r), risk_rag(p, r), quality_rag(p, r), satisfaction_rag(r)};
  return r;
}

// ---- Markdown ---------------------------------------------------------------------------

namespace {

std::string rag_word(const std::string& status) {
  if (status == "red") return "🔴 Red";
  if (status == "amber") return "🟠 Amber";
  if (status == "green") return "🟢 Green";
  return "⚪ n/a";
}

}  // namespace

std::string render_report_markdown(const Project& p, const StatusReport& r) {
  std::string o;
  const std::string& cur = r.currency;
  o += fmt::format("# Status report: {}\n\n", md_escape(r.name));
  o += fmt::format("{}As of **{}**. Forecast finish **{}**", r.client.empty() ? "" : md_escape(r.client) + ". ", r.today.iso(),
                   r.finish.iso());
  if (r.baseline_finish)
    o += fmt::format(" (baseline \"{}\": {}, {})", md_escape(r.baseline_name), r.baseline_finish->iso(), report_slip_text(r.slip));
  o += ".\n\n## Overall status\n\n| Area | Status | Why |\n|---|---|---|\n";
  for (const auto& g : r.rag) o += fmt::format("| {} | {} | {} |\n", report_area_label(g.area), rag_word(g.status), md_escape(g.reason));

  o += "\n## Milestones\n\n";
  if (r.milestones.empty()) o += "No milestones.\n";
  else {
    o += "| Milestone | Due | Baseline | Forecast | Status |\n|---|---|---|---|---|\n";
    for (const auto& m : r.milestones)
      o += fmt::format("| {} | {} | {} | {} | {} |\n", md_escape(m.title), m.due ? m.due->iso() : "-",
                       m.baseline ? m.baseline->iso() : "-", m.forecast.iso(),
                       report_milestone_status(m));
  }

  o += "\n## Critical path\n\n";
  if (r.schedule.critical_path.empty()) o += "No open task is critical.\n";
  for (const auto& id : r.schedule.critical_path) {
    const ScheduledTask& t = *r.schedule.find(id);
    o += fmt::format("1. {} .. {}: {} ({}{})\n", t.start.iso(), t.finish.iso(), md_escape(t.task->title), md_escape(id),
                     t.task->owner.empty() ? "" : ", " + md_escape(report_person(p, t.task->owner)));
  }

  o += "\n## Overdue and at-risk tasks\n\n";
  if (r.late.empty()) o += "None.\n";
  for (const auto& f : r.late) o += fmt::format("- **{}**: {}\n", f.rule, md_escape(f.message));

  o += fmt::format("\n## Budget and earned value ({})\n\n", cur);
  if (!r.budget.categories.empty()) {
    o += "| Line | Budget | Spent | Remaining | Used |\n|---|---:|---:|---:|---:|\n";
    auto row = [&](const CategoryStatus& c, bool bold) {
      std::string b = bold ? "**" : "";
      o += fmt::format("| {}{}{} | {} | {} | {} | {}{} |\n", b, md_escape(c.category), b, c.budget.grouped(), c.spent.grouped(),
                       c.remaining.grouped(), c.used ? fmt::format("{}%", std::lround(*c.used * 100)) : "-",
                       c.overrun ? " over" : "");
    };
    for (const auto& c : r.budget.categories) row(c, false);
    row(r.budget.total, true);
  }
  const Evm& e = r.budget.evm;
  auto ratio = [](const std::optional<double>& v) { return v ? fmt::format("{:.2f}", *v) : std::string("n/a"); };
  o += fmt::format("\nAgainst the {}: BAC {}, PV {}, EV {}, AC {}; SPI {}, CPI {}; EAC {}, VAC {}.\n\n", md_escape(e.plan),
                   e.bac.grouped(), e.pv.grouped(), e.ev.grouped(), e.ac.grouped(), ratio(e.spi), ratio(e.cpi),
                   e.eac ? e.eac->grouped() : "n/a", e.vac ? e.vac->grouped() : "n/a");
  for (const auto& v : r.budget.verdict) o += "- " + md_escape(v) + "\n";

  o += "\n## Top risks\n\n";
  if (r.top_risks.empty()) o += "No open risks.\n";
  else {
    o += "| Risk | Score | Owner | Response | EMV |\n|---|---:|---|---|---:|\n";
    for (const auto& id : r.top_risks) {
      const Risk& k = p.risks.at(id);
      auto emv = risk_emv(k);
      o += fmt::format("| {} | {} ({}) | {} | {} | {} |\n", md_escape(k.title), risk_score(k), risk_level(risk_score(k)),
                       k.owner.empty() ? "**none**" : md_escape(report_person(p, k.owner)),
                       k.response.empty() ? "**none**" : md_escape(k.response), emv ? emv->grouped() : "-");
    }
    o += "\nOpen risks by probability (rows, 5 = almost certain) and impact (columns, 1-5):\n\n";
    o += "| P \\ I | 1 | 2 | 3 | 4 | 5 |\n|---|---|---|---|---|---|\n";
    for (int pr = 5; pr >= 1; --pr) {
      o += fmt::format("| {} |", pr);
      for (int im = 1; im <= 5; ++im) {
        int n = r.heat[static_cast<std::size_t>(pr - 1)][static_cast<std::size_t>(im - 1)];
        o += n ? fmt::format(" {} |", n) : " . |";
      }
      o += "\n";
    }
  }

  o += "\n## Recent decisions and open actions\n\n";
  if (r.decisions.empty()) o += "No decisions recorded in the last 30 days.\n";
  for (const auto& d : r.decisions) o += fmt::format("- {} ({}): {}\n", d.date.iso(), md_escape(d.review), md_escape(d.text));
  o += "\n";
  if (r.actions.empty()) o += "No open actions.\n";
  else {
    o += "| Action | Owner | Due |\n|---|---|---|\n";
    for (const auto& a : r.actions)
      o += fmt::format("| {} | {} | {}{} |\n", md_escape(a.text), md_escape(report_person(p, a.owner)),
                       a.due ? a.due->iso() : "-", a.overdue ? " **overdue**" : "");
  }

  o += "\n## Satisfaction\n\n";
  if (r.surveys.empty()) o += "No surveys yet.\n";
  else {
    o += "| Survey | Opened | Responses | NPS | CSAT |\n|---|---|---:|---:|---:|\n";
    for (const auto& s : r.surveys)
      o += fmt::format("| {} | {} | {} | {} | {} |\n", md_escape(s.title), s.opened.iso(), s.responses,
                       s.nps ? std::to_string(*s.nps) : "-", s.csat ? fmt::format("{}%", *s.csat) : "-");
    o += fmt::format("\nNPS target: {}.\n", r.nps_target);
  }
  o += fmt::format("\n---\n\nGenerated by pmadmin {} from the project folder; the same data and date give the same report. "
                   "Checks: {} errors, {} warnings.\n",
                   PMADMIN_VERSION, r.checks.errors, r.checks.warnings);
  return o;
}

// ---- JSON --------------------------------------------------------------------------------

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

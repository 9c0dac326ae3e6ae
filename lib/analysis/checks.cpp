#include "analysis/checks.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <map>

#include "plan/calendar.hpp"
#include "analysis/risk.hpp"
#include "plan/baseline.hpp"
#include "analysis/survey.hpp"
#include "base/text.hpp"
#include "plan/workload.hpp"

namespace pmadmin {

namespace {

/// Where to point: the field, else the entity's id line, else the top of the file.
Finding at(const Source& src, const std::string& field, std::string entity, std::string message) {
  Finding f;
  f.file = src.file;
  Mark m = src.at(field);
  if (m.line == 0) m = src.at("id");
  f.line = m.line > 0 ? m.line : 1;
  f.col = m.col > 0 ? m.col : 1;
  f.entity = std::move(entity);
  f.message = std::move(message);
  return f;
}

bool open_task(const Task& t) { return t.status != "done" && t.status != "cancelled"; }

std::string quoted(const std::string& title) { return "\"" + title + "\""; }

std::string days_text(long n) { return fmt::format("{} working day{}", n, n == 1 ? "" : "s"); }

std::string pct(double share) { return fmt::format("{:.1f}%", share * 100); }

// ---- schedule ------------------------------------------------------------------

std::optional<Date> baseline_finish(const Baseline* base, const std::string& id) {
  if (!base) return std::nullopt;
  for (const auto& [task, bt] : base->tasks)
    if (task == id) return bt.finish;
  return std::nullopt;
}

RuleOutcome overdue_task(const CheckInput& in, double) {
  RuleOutcome out;
  const Project& p = in.project;
  WorkCalendar cal(p.config.calendar, p.config.start);
  const Baseline* base = latest_baseline(p);
  for (const auto& [id, t] : p.tasks) {
    if (!open_task(t)) continue;
    out.checked.push_back(id);
    Date deadline;
    std::string source;
    if (t.due) {
      deadline = *t.due;
      source = "its due date";
    } else if (auto finish = baseline_finish(base, id)) {
      deadline = *finish;
      source = fmt::format("baseline \"{}\"", base->name);
    } else if (const ScheduledTask* s = in.plan.find(id)) {
      deadline = s->finish;
      source = "the planned finish";
    } else {
      continue;
    }
    if (!(deadline < in.today)) continue;
    long late = cal.workdays_between(deadline.plus_days(1), in.today);
    Finding f = at(t.src, t.due ? "due" : "title", id,
                   fmt::format("task {} {} was due {} ({}), {} ago; it is {} and {}% done", id, quoted(t.title),
                               deadline.iso(), source, days_text(late), t.status, t.progress));
    f.numbers = {{"deadline", deadline.iso()}, {"working_days_late", std::to_string(late)}, {"progress", std::to_string(t.progress)}};
    out.findings.push_back(f);
  }
  return out;
}

RuleOutcome missed_deadline_forecast(const CheckInput& in, double) {
  RuleOutcome out;
  for (const auto& st : in.forecast.tasks) {
    const Task& t = *st.task;
    if (!open_task(t) || !t.due || *t.due < in.today) continue;  // already late: overdue-task says so
    out.checked.push_back(t.id);
    if (!st.due_slip || *st.due_slip <= 0) continue;
    Finding f = at(t.src, "due", t.id,
                   fmt::format("task {} {} is forecast to finish {}, {} after its due date {}", t.id, quoted(t.title),
                               st.finish.iso(), days_text(*st.due_slip), t.due->iso()));
    f.numbers = {{"forecast_finish", st.finish.iso()}, {"due", t.due->iso()}, {"working_days_late", std::to_string(*st.due_slip)}};
    out.findings.push_back(f);
  }
  return out;
}

RuleOutcome stale_progress(const CheckInput& in, double days) {
  RuleOutcome out;
  for (const auto& [id, t] : in.project.tasks) {
    if (t.status != "doing") continue;
    out.checked.push_back(id);
    std::optional<Date> last = t.started;
    for (const auto& e : t.log)
      if (e.action == "progress" && (!last || e.date > *last)) last = e.date;
    if (!last) {
      out.findings.push_back(at(t.src, "status", id,
                                fmt::format("task {} {} is in progress but no start or progress was ever recorded", id,
                                            quoted(t.title))));
      continue;
    }
    long age = last->days_until(in.today);
    if (age <= static_cast<long>(days)) continue;
    Finding f = at(t.src, "progress", id,
                   fmt::format("task {} {} is in progress at {}% but was last updated {}, {} days ago (limit {})", id,
                               quoted(t.title), t.progress, last->iso(), age, static_cast<long>(days)));
    f.numbers = {{"last_update", last->iso()}, {"days", std::to_string(age)}};
    out.findings.push_back(f);
  }
  return out;
}

RuleOutcome done_without_acceptance(const CheckInput& in, double) {
  RuleOutcome out;
  const Project& p = in.project;
  for (const auto& [id, t] : p.tasks) {
    if (t.status != "done" || t.acceptance.empty()) continue;
    out.checked.push_back(id);
    bool passed = std::any_of(p.reviews.begin(), p.reviews.end(), [&](const auto& r) {
      return r.second.kind == "quality" && r.second.task == id && r.second.result == "pass";
    });
    if (passed) continue;
    Finding f = at(t.src, "acceptance", id,
                   fmt::format("task {} {} is done but none of its {} acceptance criteria passed an inspection", id,
                               quoted(t.title), t.acceptance.size()));
    f.numbers = {{"criteria", std::to_string(t.acceptance.size())}};
    out.findings.push_back(f);
  }
  return out;
}

RuleOutcome over_allocation(const CheckInput& in, double) {
  RuleOutcome out;
  const Project& p = in.project;
  Date monday = in.today.plus_days(-static_cast<int>(in.today.iso_weekday()));
  int weeks = std::clamp(static_cast<int>(monday.days_until(in.forecast.finish) / 7) + 1, 1, 520);
  for (const auto& row : weekly_load(p, in.forecast, in.today, weeks)) {
    out.checked.push_back(row.person);
    std::vector<std::string> bad;
    int worst = 0;
    for (const auto& w : row.weeks)
      if (w.over()) {
        bad.push_back(fmt::format("{} ({}%, peak day {}%)", w.monday.iso(), w.percent(), w.peak_day));
        worst = std::max(worst, w.peak_day);
      }
    if (bad.empty()) continue;
    std::string weeks_text;
    for (std::size_t i = 0; i < bad.size() && i < 4; ++i) weeks_text += (i ? ", " : "") + bad[i];
    if (bad.size() > 4) weeks_text += fmt::format(" and {} more", bad.size() - 4);
    const Person& person = p.people.at(row.person);
    Finding f = at(person.src, "capacity", row.person,
                   fmt::format("person {} is booked beyond their capacity of {}% in {} week{}: {}", row.person,
                               row.capacity_percent, bad.size(), bad.size() == 1 ? "" : "s", weeks_text));
    f.numbers = {{"weeks_over", std::to_string(bad.size())}, {"peak_day_percent", std::to_string(worst)},
                 {"capacity_percent", std::to_string(row.capacity_percent)}};
    out.findings.push_back(f);
  }
  return out;
}

// ---- budget ----------------------------------------------------------------------

const Source& budget_source(const Project& p) {
  static const Source config_fallback{kConfigFile, {}};
  return p.budget ? p.budget->src : (p.config.src.file.empty() ? config_fallback : p.config.src);
}

RuleOutcome budget_overrun(const CheckInput& in, double) {
  RuleOutcome out;
  const Project& p = in.project;
  if (!p.budget) return out;
  for (const auto& c : in.budget.categories) {
    out.checked.push_back(c.category);
    if (!c.overrun) continue;
    Money over = c.spent.minus(c.budget).value_or(Money{});
    Finding f = at(p.budget->src, "categories." + c.category + ".planned", c.category,
                   fmt::format("budget line {} is overspent: {} spent of {} ({} over, {}% used)", c.category,
                               c.spent.display(in.budget.currency), c.budget.grouped(), over.grouped(),
                               c.used ? std::to_string(std::lround(*c.used * 100)) : "-"));
    f.numbers = {{"spent", c.spent.str()}, {"budget", c.budget.str()}, {"over", over.str()}};
    out.findings.push_back(f);
  }
  out.checked.push_back("total");
  const CategoryStatus& t = in.budget.total;
  if (t.overrun) {
    Money over = t.spent.minus(t.budget).value_or(Money{});
    Finding f = at(p.budget->src, "categories", "total",
                   fmt::format("the whole budget is overspent: {} spent of {} ({} over)", t.spent.display(in.budget.currency),
                               t.budget.grouped(), over.grouped()));
    f.numbers = {{"spent", t.spent.str()}, {"budget", t.budget.str()}, {"over", over.str()}};
    out.findings.push_back(f);
  }
  return out;
}

RuleOutcome forecast_overrun(const CheckInput& in, double share) {
  RuleOutcome out;
  const Evm& e = in.budget.evm;
  out.checked.push_back("project");
  if (!e.eac || e.bac.minor() <= 0) return out;
  double over = static_cast<double>(e.eac->minor() - e.bac.minor()) / static_cast<double>(e.bac.minor());
  if (over <= share) return out;
  Finding f = at(budget_source(in.project), "categories", "project",
                 fmt::format("at the cost efficiency so far (CPI {:.2f}) the work will cost {}, {} over the {} planned "
                             "(threshold {})",
                             *e.cpi, e.eac->display(in.budget.currency), pct(over), e.bac.grouped(), pct(share)));
  f.numbers = {{"eac", e.eac->str()}, {"bac", e.bac.str()}, {"cpi", fmt::format("{:.4f}", *e.cpi)}};
  out.findings.push_back(f);
  return out;
}

RuleOutcome index_rule(const CheckInput& in, double threshold, const std::optional<double>& index, const char* name,
                       const std::string& meaning) {
  RuleOutcome out;
  out.checked.push_back("project");
  if (!index || *index >= threshold) return out;
  Finding f = at(budget_source(in.project), "categories", "project",
                 fmt::format("{} is {:.2f}, below {:.2f}: {}", name, *index, threshold, meaning));
  f.numbers = {{name, fmt::format("{:.4f}", *index)}, {"threshold", fmt::format("{}", threshold)}};
  out.findings.push_back(f);
  return out;
}

RuleOutcome low_cpi(const CheckInput& in, double t) {
  const Evm& e = in.budget.evm;
  return index_rule(in, t, e.cpi, "CPI",
                    fmt::format("the work done is worth {} but cost {}", e.ev.grouped(), e.ac.grouped()));
}

RuleOutcome low_spi(const CheckInput& in, double t) {
  const Evm& e = in.budget.evm;
  return index_rule(in, t, e.spi, "SPI",
                    fmt::format("the work done is worth {} of the {} planned by now", e.ev.grouped(), e.pv.grouped()));
}

// ---- risk ---------------------------------------------------------------------------

RuleOutcome unowned_high_risk(const CheckInput& in, double) {
  RuleOutcome out;
  for (const auto& [id, r] : in.project.risks) {
    if (r.status != "open") continue;
    int score = risk_score(r);
    if (score < 10) continue;
    out.checked.push_back(id);
    std::vector<std::string> missing;
    if (r.owner.empty()) missing.push_back("no owner");
    if (r.response.empty()) missing.push_back("no response");
    if (missing.empty()) continue;
    Finding f = at(r.src, r.owner.empty() ? "owner" : "response", id,
                   fmt::format("risk {} {} scores {} ({}) and has {}", id, quoted(r.title), score, risk_level(score),
                               missing.size() == 2 ? "no owner and no response" : missing[0]));
    f.numbers = {{"score", std::to_string(score)}};
    out.findings.push_back(f);
  }
  return out;
}

RuleOutcome risk_review_overdue(const CheckInput& in, double) {
  RuleOutcome out;
  const Project& p = in.project;
  WorkCalendar cal(p.config.calendar, p.config.start);
  for (const auto& [id, r] : p.risks) {
    if (r.status != "open" || !r.review_by) continue;
    out.checked.push_back(id);
    if (!(*r.review_by < in.today)) continue;
    long late = cal.workdays_between(r.review_by->plus_days(1), in.today);
    Finding f = at(r.src, "review-by", id,
                   fmt::format("risk {} {} was to be reviewed by {}, {} ago", id, quoted(r.title), r.review_by->iso(),
                               days_text(late)));
    f.numbers = {{"review_by", r.review_by->iso()}, {"working_days_late", std::to_string(late)}};
    out.findings.push_back(f);
  }
  return out;
}

// ---- satisfaction -----------------------------------------------------------------------

RuleOutcome nps_below_target(const CheckInput& in, double target) {
  RuleOutcome out;
  const Project& p = in.project;
  const SurveyScore* latest = nullptr;
  auto trend = survey_trend(p);
  for (const auto& s : trend)
    if (s.nps) latest = &s;
  if (!latest) return out;
  out.checked.push_back(latest->survey);
  if (*latest->nps >= target) return out;
  const Survey& s = p.surveys.at(latest->survey);
  Finding f = at(s.src, "title", latest->survey,
                 fmt::format("survey {} {}: NPS is {} ({} promoter{}, {} passive{}, {} detractor{}), below the target of {}",
                             latest->survey, quoted(latest->title), *latest->nps, latest->promoters,
                             latest->promoters == 1 ? "" : "s", latest->passives, latest->passives == 1 ? "" : "s",
                             latest->detractors, latest->detractors == 1 ? "" : "s", static_cast<long>(target)));
  f.numbers = {{"nps", std::to_string(*latest->nps)}, {"target", fmt::format("{}", target)}};
  out.findings.push_back(f);
  return out;
}

// ---- the audit ------------------------------------------------------------------------

/// Replays role history: who held which role on a given date.
class RoleHistory {
 public:
  explicit RoleHistory(const Project& p) : p_(p) {
    for (const auto& [id, person] : p.people)
      for (const auto& e : person.history)
        if (!first_ || e.date < *first_) first_ = e.date;
  }

  /// `skip`: the event under audit itself (a grant cannot authorise itself).
  bool held(const std::string& person_id, const std::string& permission, Date on, const RoleEvent* skip = nullptr) const {
    auto it = p_.people.find(person_id);
    if (it == p_.people.end()) return false;
    const Person& person = it->second;
    std::vector<std::string> roles;
    for (const auto& r : person.roles)  // roles with no recorded grant: assumed held throughout
      if (std::none_of(person.history.begin(), person.history.end(),
                       [&](const RoleEvent& e) { return e.role == r; }))
        roles.push_back(r);
    for (const auto& e : person.history) {
      if (e.date > on || &e == skip) continue;
      auto pos = std::find(roles.begin(), roles.end(), e.role);
      if (e.action == "grant" && pos == roles.end()) roles.push_back(e.role);
      if (e.action == "revoke" && pos != roles.end()) roles.erase(pos);
    }
    for (const auto& r : roles)
      if (const RoleDef* def = p_.config.role(r))
        if (std::find(def->permissions.begin(), def->permissions.end(), permission) != def->permissions.end()) return true;
    return false;
  }
  std::optional<Date> first_event() const { return first_; }

 private:
  const Project& p_;
  std::optional<Date> first_;
};

RuleOutcome unauthorised_approval(const CheckInput& in, double) {
  RuleOutcome out;
  const Project& p = in.project;
  RoleHistory roles(p);
  auto check = [&](const Source& src, const std::string& field, const std::string& entity, const std::string& by, Date on,
                   const char* permission, const std::string& what, const RoleEvent* skip = nullptr) {
    out.checked.push_back(entity);
    if (by.empty()) {
      out.findings.push_back(at(src, field, entity, fmt::format("{} on {} does not say who made it", what, on.iso())));
      return;
    }
    if (roles.held(by, permission, on, skip)) return;
    Finding f = at(src, field, entity,
                   fmt::format("{} on {} was made by {}, who did not hold {} then", what, on.iso(), by, permission));
    f.numbers = {{"by", by}, {"date", on.iso()}, {"permission", permission}};
    out.findings.push_back(f);
  };
  for (const auto& [id, person] : p.people) {
    for (std::size_t i = 0; i < person.history.size(); ++i) {
      const RoleEvent& e = person.history[i];
      // The project's first grant, made by the admin to themself (pmadmin init), bootstraps.
      if (e.by == id && roles.first_event() && e.date == *roles.first_event() && e.action == "grant") {
        out.checked.push_back(id);
        continue;
      }
      check(person.src, fmt::format("history[{}].by", i), id, e.by, e.date, "manage-roles",
            fmt::format("the {} of role {} to {}", e.action == "grant" ? "grant" : "revocation", e.role, id), &e);
    }
    for (const auto& r : person.roles)
      if (std::none_of(person.history.begin(), person.history.end(), [&](const RoleEvent& e) { return e.role == r; }))
        out.findings.push_back(at(person.src, "roles", id,
                                  fmt::format("person {} holds role {} but no grant of it is recorded (grant roles with "
                                              "pmadmin assign role, which records who and when)",
                                              id, r)));
  }
  if (p.budget)
    for (std::size_t i = 0; i < p.budget->adjustments.size(); ++i) {
      const auto& a = p.budget->adjustments[i];
      check(p.budget->src, fmt::format("adjustments[{}].by", i), "adjustment " + a.category, a.by, a.date, "approve-budget",
            fmt::format("the budget adjustment of {} on {}", a.amount.grouped(), a.category));
    }
  for (const auto& [id, r] : p.reviews) {
    if (r.accepted_by.empty()) continue;
    check(r.src, "accepted-by", id, r.accepted_by, r.accepted_on.value_or(r.date), "accept-deliverable",
          fmt::format("the acceptance of task {} in review {}", r.task, id));
  }
  for (const auto& [name, b] : p.baselines)
    check(b.src, "by", name, b.by, b.saved, "set-baseline", fmt::format("baseline {}", name));
  std::sort(out.checked.begin(), out.checked.end());
  out.checked.erase(std::unique(out.checked.begin(), out.checked.end()), out.checked.end());
  return out;
}

/// "10%" -> 0.10, "0.9" -> 0.9, "30" -> 30, "14d" -> 14.
std::optional<double> parse_threshold(const std::string& text) {
  if (text.empty()) return std::nullopt;
  std::string t = text;
  double scale = 1;
  if (t.back() == '%') {
    t.pop_back();
    scale = 0.01;
  } else if (t.back() == 'd') {
    t.pop_back();
  }
  if (t.empty() || t.find_first_not_of("0123456789.-") != std::string::npos) return std::nullopt;
  char* end = nullptr;
  double v = std::strtod(t.c_str(), &end);
  if (end != t.c_str() + t.size() || !std::isfinite(v)) return std::nullopt;
  return v * scale;
}

}  // namespace

const std::vector<CheckRuleDef>& check_rules() {
  static const std::vector<CheckRuleDef> rules = {
      {"overdue-task", "Open tasks whose deadline (due, else baseline finish, else planned finish) is before today", "error", "",
       "", overdue_task},
      {"missed-deadline-forecast", "Open tasks forecast to finish after their due date", "warning", "", "",
       missed_deadline_forecast},
      {"budget-overrun", "Budget lines (and the total) with more spent than planned + approved adjustments", "error", "", "",
       budget_overrun},
      {"forecast-overrun", "Estimate at completion (BAC / CPI) above the budget at completion by more than the threshold",
       "warning", "10%", "a percentage over BAC", forecast_overrun},
      {"low-cpi", "Cost performance index (EV / AC) below the threshold", "warning", "0.9", "the lowest acceptable CPI", low_cpi},
      {"low-spi", "Schedule performance index (EV / PV) below the threshold", "warning", "0.9", "the lowest acceptable SPI",
       low_spi},
      {"unowned-high-risk", "Open high or critical risks (score 10+) without an owner or a response", "error", "", "",
       unowned_high_risk},
      {"risk-review-overdue", "Open risks past their review-by date", "warning", "", "", risk_review_overdue},
      {"done-without-acceptance", "Done tasks with acceptance criteria but no passed quality inspection", "error", "", "",
       done_without_acceptance},
      {"over-allocation", "People booked beyond their capacity in a week, or on a day, from now to the forecast finish",
       "warning", "", "", over_allocation},
      {"nps-below-target", "The latest survey's Net Promoter Score below the target", "warning", "30", "the target NPS",
       nps_below_target},
      {"stale-progress", "Tasks in progress whose progress was not updated for longer than the threshold", "warning", "14d",
       "calendar days", stale_progress},
      {"unauthorised-approval",
       "Role grants, budget adjustments, acceptances and baselines made by someone without the permission at the time",
       "error", "", "", unauthorised_approval},
  };
  return rules;
}

namespace {
Result<CheckRun> checks(const Project& p, Date today, const std::vector<std::string>& only, bool execute,
                        const Analysis* given);
}  // namespace

Result<CheckRun> run_checks(const Project& p, Date today, const std::vector<std::string>& only, const Analysis* analysis) {
  return checks(p, today, only, true, analysis);
}

Result<CheckRun> list_checks(const Project& p) { return checks(p, p.config.start, {}, false, nullptr); }

namespace {
Result<CheckRun> checks(const Project& p, Date today, const std::vector<std::string>& only, bool execute,
                        const Analysis* given) {
  std::vector<std::string> names;
  for (const auto& r : check_rules()) names.push_back(r.name);
  for (const auto& want : only)
    if (std::find(names.begin(), names.end(), want) == names.end())
      return make_error_of(ErrorKind::usage, fmt::format("unknown check rule \"{}\"", want), did_you_mean(want, names));
  // Thresholds first: a malformed one is a data error at its place in pmadmin.yaml.
  Diagnostics errors;
  std::map<std::string, std::pair<std::string, double>> thresholds;  // rule -> (text, value)
  std::map<std::string, std::string> severity;
  for (const auto& def : check_rules()) {
    std::string text = def.default_threshold;
    severity[def.name] = def.default_severity;
    for (const auto& [name, cfg] : p.config.checks)
      if (name == def.name) {
        severity[def.name] = cfg.severity;
        if (!cfg.threshold.empty()) text = cfg.threshold;
      }
    if (text.empty()) continue;
    auto value = parse_threshold(text);
    if (!value) {
      Mark m = p.config.src.at(fmt::format("checks.{}.threshold", def.name));
      errors.push_back(make_error(p.config.src.file.empty() ? kConfigFile : p.config.src.file, m.line, m.col,
                                  fmt::format("threshold of {} must be {}, like {}, not \"{}\"", def.name,
                                              def.threshold_meaning, def.default_threshold, text)));
      continue;
    }
    thresholds[def.name] = {text, *value};
  }
  if (!errors.empty()) return errors;
  if (!execute) {
    CheckRun listed;
    listed.today = today;
    for (const auto& def : check_rules())
      listed.rules.push_back(RuleReport{def.name, def.description, severity[def.name],
                                        thresholds.count(def.name) ? thresholds[def.name].first : "", {}, {}});
    return listed;
  }

  std::optional<Analysis> computed;
  if (!given) {
    auto a = analyse_project(p, today);
    if (!a) return a.errors();
    computed = std::move(*a);
  }
  const Analysis& a = given ? *given : *computed;
  CheckInput in{p, today, a.forecast, a.plan, a.budget};

  CheckRun run;
  run.today = today;
  for (const auto& def : check_rules()) {
    if (!only.empty() && std::find(only.begin(), only.end(), def.name) == only.end()) continue;
    RuleReport report;
    report.rule = def.name;
    report.description = def.description;
    report.severity = severity[def.name];
    if (auto t = thresholds.find(def.name); t != thresholds.end()) report.threshold = t->second.first;
    if (report.severity != "off") {
      RuleOutcome outcome = def.run(in, thresholds.count(def.name) ? thresholds[def.name].second : 0.0);
      report.checked = std::move(outcome.checked);
      for (auto& f : outcome.findings) {
        f.rule = def.name;
        f.severity = report.severity;
        (report.severity == "error" ? run.errors : run.warnings)++;
        report.findings.push_back(std::move(f));
      }
      std::stable_sort(report.findings.begin(), report.findings.end(), [](const Finding& a, const Finding& b) {
        return std::tie(a.file, a.line, a.col) < std::tie(b.file, b.line, b.col);
      });
    }
    run.rules.push_back(std::move(report));
  }
  return run;
}
}  // namespace

int check_exit_code(const CheckRun& run, bool fail_on_warnings) {
  if (run.errors > 0) return 1;
  if (fail_on_warnings && run.warnings > 0) return 1;
  return 0;
}

}  // namespace pmadmin

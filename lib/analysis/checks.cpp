#include "analysis/checks.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <cmath>
#include <tuple>

#include "analysis/check_rules.hpp"
#include "base/i18n.hpp"
#include "base/text.hpp"

namespace pmadmin {

namespace rules {

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

std::string quoted(const std::string& title) { return "\"" + title + "\""; }

std::string days_text(long n) {
  return trnf("{} working day", "{} working days", static_cast<unsigned long>(n < 0 ? -n : n), n);
}

std::string pct(double share) { return fmt::format("{:.1f}%", share * 100); }

}  // namespace rules

const std::vector<CheckRuleDef>& check_rules() {
  static const std::vector<CheckRuleDef> rules = {
      {CheckRuleId::overdue_task,
       N_("Open tasks past their due date, or past their baseline finish with no float left (they delay the project)"),
       RuleSeverity::error, "", "", rules::overdue_task},
      {CheckRuleId::behind_plan,
       N_("Open tasks not finished by their late finish: their float is used up and the planned finish slips"),
       RuleSeverity::warning, "", "", rules::behind_plan},
      {CheckRuleId::missed_deadline_forecast, N_("Open tasks forecast to finish after their due date"),
       RuleSeverity::warning, "", "", rules::missed_deadline_forecast},
      {CheckRuleId::budget_overrun,
       N_("Budget lines (and the total) with more spent than planned + approved adjustments"), RuleSeverity::error, "",
       "", rules::budget_overrun},
      {CheckRuleId::forecast_overrun,
       N_("Estimate at completion (BAC / CPI) above the budget at completion by more than the threshold"),
       RuleSeverity::warning, "10%", N_("a percentage over BAC"), rules::forecast_overrun},
      {CheckRuleId::low_cpi, N_("Cost performance index (EV / AC) below the threshold"), RuleSeverity::warning, "0.9",
       N_("the lowest acceptable CPI"), rules::low_cpi},
      {CheckRuleId::low_spi, N_("Schedule performance index (EV / PV) below the threshold"), RuleSeverity::warning,
       "0.9", N_("the lowest acceptable SPI"), rules::low_spi},
      {CheckRuleId::unowned_high_risk,
       N_("Open high or critical risks (score 10+, or the bands of risk-levels:) without an owner or a response"),
       RuleSeverity::error, "", "", rules::unowned_high_risk},
      {CheckRuleId::risk_review_overdue, N_("Open risks past their review-by date"), RuleSeverity::warning, "", "",
       rules::risk_review_overdue},
      {CheckRuleId::done_without_acceptance,
       N_("Done tasks with acceptance criteria not accepted: every criterion passed, then signed off by a holder of "
          "accept-deliverable"),
       RuleSeverity::error, "", "", rules::done_without_acceptance},
      {CheckRuleId::over_allocation,
       N_("People booked beyond their capacity in a week, or on a day, from now to the forecast finish"),
       RuleSeverity::warning, "", "", rules::over_allocation},
      {CheckRuleId::nps_below_target, N_("The latest survey's Net Promoter Score below the target"),
       RuleSeverity::warning, "30", N_("the target NPS"), rules::nps_below_target},
      {CheckRuleId::stale_progress,
       N_("Tasks in progress whose progress was not updated for longer than the threshold"), RuleSeverity::warning,
       "14d", N_("calendar days"), rules::stale_progress},
      {CheckRuleId::unauthorised_approval,
       N_("Role grants, budget plans and adjustments, acceptances and baselines made by someone without the permission "
          "at "
          "the time, or by nobody named"),
       RuleSeverity::error, "", "", rules::unauthorised_approval},
  };
  return rules;
}

const RuleReport* CheckRun::find(CheckRuleId rule) const {
  for (const auto& r : rules)
    if (r.rule == rule) return &r;
  return nullptr;
}

std::size_t CheckRun::count(CheckRuleId rule) const {
  const RuleReport* r = find(rule);
  return r ? r->findings.size() : 0;
}

namespace {

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

/// A rule as pmadmin.yaml configures it: severity and threshold (text and value).
struct RuleSetting {
  RuleSeverity severity = RuleSeverity::error;
  std::string threshold;  ///< "" when the rule has none
  double value = 0;
};

/// Every rule's setting, defaults overridden by `checks:`. A malformed threshold is a data
/// error at its place in pmadmin.yaml; all of them are reported.
Result<std::vector<RuleSetting>> configured_rules(const Project& p) {
  Diagnostics errors;
  std::vector<RuleSetting> settings;
  for (const auto& def : check_rules()) {
    RuleSetting s{def.default_severity, def.default_threshold, 0};
    for (const auto& [id, cfg] : p.config.checks)
      if (id == def.id) {
        s.severity = cfg.severity;
        if (!cfg.threshold.empty()) s.threshold = cfg.threshold;
      }
    if (!s.threshold.empty()) {
      auto value = parse_threshold(s.threshold);
      if (!value) {
        Mark m = p.config.src.at(fmt::format("checks.{}.threshold", to_text(def.id)));
        errors.push_back(make_error(p.config.src.file.empty() ? kConfigFile : p.config.src.file, m.line, m.col,
                                    trf("threshold of {} must be {}, like {}, not \"{}\"", to_text(def.id),
                                        tr(def.threshold_meaning), def.default_threshold, s.threshold)));
      } else {
        s.value = *value;
      }
    }
    settings.push_back(s);
  }
  if (!errors.empty()) return errors;
  return settings;
}

/// Runs one rule (unless off) and files its findings under its severity.
RuleReport run_rule(const CheckRuleDef& def, const RuleSetting& setting, const CheckInput& in) {
  RuleReport report{def.id, tr(def.description), setting.severity, setting.threshold, setting.value, {}, {}};
  if (setting.severity == RuleSeverity::off) return report;
  RuleOutcome outcome = def.run(in, setting.value);
  report.checked = std::move(outcome.checked);
  for (auto& f : outcome.findings) {
    f.rule = def.id;
    f.severity = setting.severity;
    report.findings.push_back(std::move(f));
  }
  std::stable_sort(report.findings.begin(), report.findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.file, a.line, a.col) < std::tie(b.file, b.line, b.col);
  });
  return report;
}

}  // namespace

Result<CheckRun> run_checks(const Project& p, Date today, const std::vector<std::string>& only, const Analysis* given) {
  std::vector<CheckRuleId> wanted;
  for (const auto& name : only) {
    auto id = from_text<CheckRuleId>(name);
    if (!id)
      return make_error_of(ErrorKind::usage, trf("unknown check rule \"{}\"", name),
                           did_you_mean(name, known_check_rules()));
    wanted.push_back(*id);
  }
  auto settings = configured_rules(p);
  if (!settings) return settings.errors();
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
  for (std::size_t i = 0; i < check_rules().size(); ++i) {
    const CheckRuleDef& def = check_rules()[i];
    if (!wanted.empty() && std::find(wanted.begin(), wanted.end(), def.id) == wanted.end()) continue;
    run.rules.push_back(run_rule(def, (*settings)[i], in));
    const std::size_t found = run.rules.back().findings.size();
    (run.rules.back().severity == RuleSeverity::error ? run.errors : run.warnings) += static_cast<int>(found);
  }
  return run;
}

Result<CheckRun> list_checks(const Project& p) {
  auto settings = configured_rules(p);
  if (!settings) return settings.errors();
  CheckRun listed;
  listed.today = p.config.start;
  for (std::size_t i = 0; i < check_rules().size(); ++i) {
    const CheckRuleDef& def = check_rules()[i];
    listed.rules.push_back(RuleReport{
        def.id, tr(def.description), (*settings)[i].severity, (*settings)[i].threshold, (*settings)[i].value, {}, {}});
  }
  return listed;
}

int check_exit_code(const CheckRun& run, bool fail_on_warnings) {
  if (run.errors > 0) return 1;
  if (fail_on_warnings && run.warnings > 0) return 1;
  return 0;
}

}  // namespace pmadmin

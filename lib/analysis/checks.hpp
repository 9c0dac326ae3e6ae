#pragma once
/// The CI gate (SPEC §4): a table of named rules, each a pure function of the project and
/// the status date that reports what it checked and what it found. `pmadmin check` runs
/// them with the severities and thresholds of `pmadmin.yaml` `checks:`. The rules live in
/// check_rules_*.cpp; a new rule is a CheckRuleId (model/vocab.hpp), a function there, and
/// a row of the table in checks.cpp.
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "analysis/analysis.hpp"
#include "analysis/budget.hpp"
#include "model/model.hpp"
#include "model/vocab.hpp"
#include "plan/schedule.hpp"

namespace pmadmin {

struct Finding {
  CheckRuleId rule = CheckRuleId::overdue_task;
  RuleSeverity severity = RuleSeverity::error;  ///< error or warning (off rules do not run)
  std::string file;                             ///< relative to the project root
  int line = 1;
  int col = 1;
  std::string entity;                                        ///< the task, risk, person, category... it is about
  std::string message;                                       ///< names the numbers, never starts with user text
  std::vector<std::pair<std::string, std::string>> numbers;  ///< for JSON: name -> value
};

/// Everything a rule may look at, computed once per run.
struct CheckInput {
  const Project& project;
  Date today;
  const Schedule& forecast;
  const Schedule& plan;  ///< without progress (what "planned finish" means)
  const BudgetStatus& budget;
};

struct RuleOutcome {
  std::vector<std::string> checked;  ///< entities examined (one JUnit testcase each)
  std::vector<Finding> findings;     ///< severity and rule are filled in by the runner
};

struct CheckRuleDef {
  CheckRuleId id;
  const char* description;
  RuleSeverity default_severity;  ///< when pmadmin.yaml does not say
  const char* default_threshold;  ///< "" when the rule has none
  const char* threshold_meaning;
  /// `threshold` is parsed by the runner: a share (0.10 for 10%), a ratio, days or a score.
  std::function<RuleOutcome(const CheckInput&, double threshold)> run;
};

/// The rules in the order they run and are listed (the order of CheckRuleId).
const std::vector<CheckRuleDef>& check_rules();

struct RuleReport {
  CheckRuleId rule = CheckRuleId::overdue_task;
  std::string description;
  RuleSeverity severity = RuleSeverity::error;
  std::string threshold;       ///< as configured or defaulted; "" when none
  double threshold_value = 0;  ///< `threshold` as the rule reads it (0.10 for "10%")
  std::vector<std::string> checked;
  std::vector<Finding> findings;
};

struct CheckRun {
  Date today;
  std::vector<RuleReport> rules;  ///< only those asked for; "off" ones included, not run
  int errors = 0;
  int warnings = 0;

  /// The report of `rule`, or nullptr when it was not asked for.
  const RuleReport* find(CheckRuleId rule) const;
  /// How many findings `rule` has (0 when it was not asked for).
  std::size_t count(CheckRuleId rule) const;
};

/// Runs `only` (rule names; empty: every rule) on `analysis` (computed here when null).
/// Unknown rule names and malformed thresholds are errors (exit 2) with "did you mean" /
/// the position in pmadmin.yaml.
Result<CheckRun> run_checks(const Project& p, Date today, const std::vector<std::string>& only,
                            const Analysis* analysis = nullptr);

/// The rules with their configured severities and thresholds, without running them.
Result<CheckRun> list_checks(const Project& p);

/// Exit code per SPEC §4: 1 when an error-level finding exists (or any finding with
/// `fail_on_warnings`), else 0.
int check_exit_code(const CheckRun& run, bool fail_on_warnings);

}  // namespace pmadmin

#pragma once
// The check rules themselves, one function per rule, shared between the rule files
// (check_rules_*.cpp) and the rule table in checks.cpp. Not part of the library's API.
#include <optional>
#include <string>

#include "analysis/checks.hpp"

namespace pmadmin::rules {

/// A finding pointed at the field, else the entity's id line, else the top of the file.
Finding at(const Source& src, const std::string& field, std::string entity, std::string message);

std::string quoted(const std::string& title);
/// "1 working day", "3 working days".
std::string days_text(long n);
/// 0.125 -> "12.5%".
std::string pct(double share);

// schedule and quality (check_rules_schedule.cpp)
RuleOutcome overdue_task(const CheckInput& in, double);
RuleOutcome behind_plan(const CheckInput& in, double);
RuleOutcome missed_deadline_forecast(const CheckInput& in, double);
RuleOutcome stale_progress(const CheckInput& in, double days);
RuleOutcome done_without_acceptance(const CheckInput& in, double);
RuleOutcome over_allocation(const CheckInput& in, double);

// money, risk and satisfaction (check_rules_money.cpp)
RuleOutcome budget_overrun(const CheckInput& in, double);
RuleOutcome forecast_overrun(const CheckInput& in, double share);
RuleOutcome low_cpi(const CheckInput& in, double threshold);
RuleOutcome low_spi(const CheckInput& in, double threshold);
RuleOutcome unowned_high_risk(const CheckInput& in, double);
RuleOutcome risk_review_overdue(const CheckInput& in, double);
RuleOutcome nps_below_target(const CheckInput& in, double target);

// the audit of approvals (check_rules_audit.cpp)
RuleOutcome unauthorised_approval(const CheckInput& in, double);

}  // namespace pmadmin::rules

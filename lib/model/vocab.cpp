#include "model/vocab.hpp"

namespace pmadmin {

const std::vector<std::string>& known_permissions() {
  static const std::vector<std::string> p = {"manage-roles", "approve-budget", "accept-deliverable", "set-baseline",
                                             "close-risk"};
  return p;
}

const std::vector<std::string>& known_check_rules() {
  static const std::vector<std::string> rules = {
      "overdue-task",        "missed-deadline-forecast", "budget-overrun",   "forecast-overrun",
      "low-cpi",             "low-spi",                  "unowned-high-risk", "risk-review-overdue",
      "done-without-acceptance", "over-allocation",      "nps-below-target", "stale-progress",
      "unauthorised-approval"};
  return rules;
}

}  // namespace pmadmin

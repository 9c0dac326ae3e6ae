#include "model/vocab.hpp"

namespace pmadmin {

const std::vector<std::string>& risk_responses(RiskKind kind) {
  static const std::vector<std::string> threat = {"avoid", "transfer", "mitigate", "accept", "escalate"};
  static const std::vector<std::string> opportunity = {"exploit", "share", "enhance", "accept"};
  return kind == RiskKind::opportunity ? opportunity : threat;
}

const std::vector<std::string>& known_permissions() {
  static const std::vector<std::string> words = words_of<Permission>();
  return words;
}

const std::vector<std::string>& known_check_rules() {
  static const std::vector<std::string> words = words_of<CheckRuleId>();
  return words;
}

}  // namespace pmadmin

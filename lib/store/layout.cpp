#include "store/layout.hpp"

namespace pmadmin {

std::string person_path(const std::string& id) { return "people/" + id + ".yaml"; }
std::string task_path(const std::string& id) { return "tasks/" + id + ".yaml"; }
std::string risk_path(const std::string& id) { return "risks/" + id + ".yaml"; }
std::string expense_path(const std::string& id) { return "budget/expenses/" + id + ".yaml"; }
std::string review_path(const std::string& id) { return "reviews/" + id + ".yaml"; }
std::string survey_path(const std::string& id) { return "surveys/" + id + "/survey.yaml"; }
std::string response_path(const std::string& survey, const std::string& respondent) {
  return "surveys/" + survey + "/responses/" + respondent + ".yaml";
}
std::string baseline_path(const std::string& name) { return "baselines/" + name + ".yaml"; }

std::string path_of(const Touched& t) {
  switch (t.kind) {
    case EntityKind::config: return kConfigFile;
    case EntityKind::person: return person_path(t.id);
    case EntityKind::task: return task_path(t.id);
    case EntityKind::risk: return risk_path(t.id);
    case EntityKind::budget: return kBudgetFile;
    case EntityKind::expense: return expense_path(t.id);
    case EntityKind::review: return review_path(t.id);
    case EntityKind::survey: return survey_path(t.id);
    case EntityKind::response: return response_path(t.parent, t.id);
    case EntityKind::baseline: return baseline_path(t.id);
  }
  return {};
}

}  // namespace pmadmin

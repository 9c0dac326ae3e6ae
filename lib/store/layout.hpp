#pragma once
/// Where each entity lives in the project folder (SPEC §1): the one place that turns an
/// entity into a path relative to the project root.
#include <string>

#include "model/change.hpp"
#include "model/model.hpp"

namespace pmadmin {

inline constexpr const char* kBudgetFile = "budget/plan.yaml";
inline constexpr const char* kHandbookFile = "HANDBOOK.md";
inline constexpr const char* kLockFile = ".pmadmin/lock";

std::string person_path(const std::string& id);
std::string task_path(const std::string& id);
std::string risk_path(const std::string& id);
std::string expense_path(const std::string& id);
std::string review_path(const std::string& id);
std::string survey_path(const std::string& id);
std::string response_path(const std::string& survey, const std::string& respondent);
std::string baseline_path(const std::string& name);

/// The file of a touched entity.
std::string path_of(const Touched& t);

}  // namespace pmadmin

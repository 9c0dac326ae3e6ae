#pragma once
/// YAML <-> model, one codec file per kind of entity (codec_<kind>.cpp). Decoders take a
/// strictly parsed tree and report every problem as a diagnostic with the field's position;
/// encoders write the canonical form (fixed key order). Only lib/store uses them: edits
/// change the model and the store encodes what they touched.
#include <string>

#include "base/result.hpp"
#include "model/model.hpp"
#include "store/yaml_tree.hpp"

namespace pmadmin {

/// Each decoder reads `root` (from `file`, relative to the project root). `expected_id` is
/// the ID the file name gives; a different `id:` is an error.
Result<ProjectConfig> decode_config(const YamlNode& root, const std::string& file);
Result<Person> decode_person(const YamlNode& root, const std::string& file, const std::string& expected_id);
Result<Task> decode_task(const YamlNode& root, const std::string& file, const std::string& expected_id);
Result<Risk> decode_risk(const YamlNode& root, const std::string& file, const std::string& expected_id);
Result<BudgetPlan> decode_budget(const YamlNode& root, const std::string& file);
Result<Expense> decode_expense(const YamlNode& root, const std::string& file, const std::string& expected_id);
Result<Review> decode_review(const YamlNode& root, const std::string& file, const std::string& expected_id);
Result<Survey> decode_survey(const YamlNode& root, const std::string& file, const std::string& expected_id);
Result<SurveyResponse> decode_response(const YamlNode& root, const std::string& file, const std::string& expected_id);
Result<Baseline> decode_baseline(const YamlNode& root, const std::string& file, const std::string& expected_id);

/// `actions:` of a review or a survey: items with text, owner, due and the task made of them
/// (codec_review.cpp); `what` names one item in messages.
class Fields;
void decode_actions(Fields& f, const std::string& what, std::vector<ActionItem>& out);
void encode_actions(YamlNode& map, const std::vector<ActionItem>& actions);

std::string encode_config(const ProjectConfig& c);
std::string encode_person(const Person& p);
std::string encode_task(const Task& t);
std::string encode_risk(const Risk& r);
std::string encode_budget(const BudgetPlan& b);
std::string encode_expense(const Expense& e);
std::string encode_review(const Review& r);
std::string encode_survey(const Survey& s);
std::string encode_response(const SurveyResponse& r);
std::string encode_baseline(const Baseline& b);

}  // namespace pmadmin

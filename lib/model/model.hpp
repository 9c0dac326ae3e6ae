#pragma once
/// The project model: plain structs, one per kind of file in SPEC §1. No I/O here.
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/date.hpp"
#include "base/money.hpp"
#include "model/vocab.hpp"

namespace pmadmin {

/// Where a field was read from (1-based); {0,0} for values made in memory.
struct Mark {
  int line = 0;
  int col = 0;
};
/// Field path ("owner", "depends[1]", "raci.bob") -> position, for cross-reference errors.
using Marks = std::map<std::string, Mark>;

/// Every entity remembers its file (relative to the project root) and field positions.
struct Source {
  std::string file;
  Marks marks;
  Mark at(const std::string& path) const {
    auto it = marks.find(path);
    return it == marks.end() ? Mark{} : it->second;
  }
};

/// The keys of a map, or of a vector of (key, value) pairs, in order.
template <typename Keyed>
std::vector<std::string> ids_of(const Keyed& collection) {
  std::vector<std::string> out;
  out.reserve(collection.size());
  for (const auto& entry : collection) out.push_back(entry.first);
  return out;
}

// ---- pmadmin.yaml ----------------------------------------------------------

struct RoleDef {
  std::string description;
  std::vector<Permission> permissions;
};

/// A holiday (`holidays:`) or a make-up working day (`workdays_extra:`): one date or a
/// range, with an optional name ("国庆节", "National Day make-up day").
struct HolidayRange {
  Date first;
  Date last;  ///< == first for a single day
  std::string name;

  bool covers(Date d) const { return first <= d && d <= last; }
  /// "2026-10-01" or "2026-10-01..2026-10-07", as written in pmadmin.yaml.
  std::string text() const { return first == last ? first.iso() : first.iso() + ".." + last.iso(); }
};

struct Calendar {
  std::vector<unsigned> workdays = {0, 1, 2, 3, 4};  ///< ISO weekday index, Monday = 0
  std::vector<HolidayRange> holidays;
  /// Days that are working days although their weekday is not (China's 调休 Saturdays).
  std::vector<HolidayRange> workdays_extra;

  /// Whether `iso_weekday` (Monday = 0) is a working weekday, holidays aside.
  bool works_on(unsigned iso_weekday) const {
    for (unsigned d : workdays)
      if (d == iso_weekday) return true;
    return false;
  }
};

struct Meeting {
  std::string title;
  MeetingEvery every = MeetingEvery::week;
  std::string day = "mon";  ///< weekday name
  std::string time;         ///< "HH:MM"
  int duration_minutes = 60;
};

struct CheckRule {
  RuleSeverity severity = RuleSeverity::error;
  std::string threshold;  ///< rule-specific text: "10%", "30", "14d"; empty when none
};

/// The lowest score of each risk level above low (SPEC §3: 5, 10, 20); pmadmin.yaml
/// `risk-levels: {medium: 5, high: 10, critical: 20}` may move them.
struct RiskBands {
  int medium = 5;
  int high = 10;
  int critical = 20;
  RiskLevel level(int score) const {
    return score >= critical ? RiskLevel::critical
           : score >= high   ? RiskLevel::high
           : score >= medium ? RiskLevel::medium
                             : RiskLevel::low;
  }
};

/// A risk probability of 1-5 as the chance it stands for: 10, 30, 50, 70, 90 % (SPEC §3).
constexpr int probability_percent(int probability) {
  return probability <= 1 ? 10 : probability >= 5 ? 90 : 10 + 20 * (probability - 1);
}

struct ProjectConfig {
  int schema = 1;
  std::string name;
  std::string client;
  Date start;
  std::string currency = "CNY";
  /// What is written for the project (HANDBOOK, reports): "en" or "zh-CN" (`language:`).
  std::string language = "en";
  Calendar calendar;
  std::vector<std::pair<std::string, RoleDef>> roles;  ///< file order is kept
  std::vector<Meeting> meetings;
  std::vector<std::pair<CheckRuleId, CheckRule>> checks;
  RiskBands risk_levels;
  /// The risk categories of this project (`risk-categories:`); empty: any ID is accepted.
  std::vector<std::string> risk_categories;
  /// Display names of risk categories in any language (`- {id: schedule, title: 进度}`).
  std::map<std::string, std::string> risk_category_titles;
  /// The root of trust (`init`): the person who created the project, and when. Only their
  /// first grant to themself needs no earlier grant; the audit replays everything from it.
  std::string created_by;
  std::optional<Date> created_on;
  Source src;

  /// "进度 (schedule)" when the category has a title, else its ID ("" for none).
  std::string risk_category_text(const std::string& id) const {
    auto it = risk_category_titles.find(id);
    return it == risk_category_titles.end() ? id : it->second + " (" + id + ")";
  }
  /// The ID of a risk category given by its ID or by its title; "" when neither.
  std::string risk_category_id(const std::string& id_or_title) const {
    for (const auto& id : risk_categories)
      if (id == id_or_title) return id;
    for (const auto& [id, title] : risk_category_titles)
      if (title == id_or_title) return id;
    return "";
  }

  const RoleDef* role(const std::string& id) const {
    for (const auto& [name, def] : roles)
      if (name == id) return &def;
    return nullptr;
  }
};

// ---- people/<id>.yaml --------------------------------------------------------

/// A role grant or revocation, kept so `check` can audit who granted what, when.
struct RoleEvent {
  Date date;
  RoleAction action = RoleAction::grant;
  std::string role;
  std::string by;  ///< person ID of whoever did it
};

struct Person {
  std::string id;
  std::string name;
  std::string email;
  Org org = Org::team;
  std::vector<std::string> roles;
  int capacity_percent = 100;  ///< FTE as a percentage: 0.5 FTE = 50
  std::optional<Money> rate;   ///< per working day
  std::string notes;
  std::vector<RoleEvent> history;
  Source src;
};

// ---- tasks/<id>.yaml ---------------------------------------------------------

struct Dependency {
  std::string task;
  DependencyType type = DependencyType::fs;
  int lag_days = 0;  ///< may be negative
};

/// A change-log entry (schedule moves, reassignments).
struct LogEntry {
  Date date;
  std::string by;
  std::string action;
  std::string detail;
  std::string reason;
};

struct Task {
  std::string id;
  std::string title;
  TaskKind kind = TaskKind::task;
  TaskStatus status = TaskStatus::todo;
  std::string owner;                                      ///< person ID; empty when unassigned
  std::vector<std::pair<std::string, std::string>> raci;  ///< person ID -> R|A|C|I (besides the owner)
  std::optional<int> duration_days;
  std::optional<int> effort_days;
  std::string estimate;  ///< three-point "3d/5d/10d"; empty when none
  std::vector<Dependency> depends;
  std::optional<Date> start_no_earlier;
  std::optional<Date> due;
  int priority = 500;  ///< 1-1000, higher is levelled first
  int progress = 0;    ///< percent
  std::optional<Date> started;
  std::optional<Date> finished;
  std::optional<Money> cost;
  std::string category;
  std::vector<std::string> acceptance;
  std::vector<std::string> tags;
  std::string notes;
  std::vector<LogEntry> log;
  Source src;
};

// ---- risks/<id>.yaml ---------------------------------------------------------

/// One entry of a risk's history, appended by every risk command and never rewritten:
/// the probability and impact as of that entry, who made it and when.
struct Assessment {
  Date date;
  std::string by;
  RiskEvent event = RiskEvent::assess;
  int probability = 1;
  int impact = 1;
  std::string response;  ///< respond: the response chosen
  std::string owner;     ///< respond: the owner set, when it changed
  std::string note;      ///< assess: why; respond: the plan; close/reopen: the reason
};

struct Risk {
  std::string id;
  std::string title;
  RiskKind kind = RiskKind::threat;
  std::string category;
  int probability = 1;  ///< 1-5
  int impact = 1;       ///< 1-5
  std::string owner;
  std::string response;  ///< avoid|transfer|mitigate|accept|escalate; exploit|share|enhance|accept
  std::string plan;
  std::string trigger;
  std::optional<Money> cost_impact;
  std::optional<Date> review_by;
  std::vector<std::string> tasks;  ///< the tasks it would affect
  int delay_days = 0;              ///< working days it would add to each of them (threats)
  RiskStatus status = RiskStatus::open;
  std::string closed_reason;
  std::vector<Assessment> history;
  Source src;
};

// ---- budget/plan.yaml, budget/expenses/<id>.yaml -----------------------------

/// One approved setting of a budget line's planned amount (`budget plan`), kept like an
/// adjustment so `check` can audit who approved it, when, and from what.
struct PlanChange {
  Date date;
  std::string by;
  Money planned;
  std::optional<Money> was;  ///< nullopt: the line was new
};

struct BudgetLine {
  Money planned;
  std::string description;
  std::vector<PlanChange> history;
  /// The name shown in tables and reports, any UTF-8 ("材料"); the ID stays ASCII.
  std::string title;
};

struct BudgetAdjustment {
  Date date;
  std::string category;
  Money amount;  ///< signed
  std::string reason;
  std::string by;
};

struct BudgetPlan {
  std::vector<std::pair<std::string, BudgetLine>> categories;
  std::vector<BudgetAdjustment> adjustments;
  Source src;
  const BudgetLine* line(const std::string& category) const {
    for (const auto& [name, l] : categories)
      if (name == category) return &l;
    return nullptr;
  }
};

struct Expense {
  std::string id;
  Date date;
  Money amount;
  std::string category;
  std::string task;
  std::string note;
  std::string by;
  std::optional<Date> voided;  ///< reversed on this date (`budget void`): counts nowhere, kept as history
  std::string voided_by;
  std::string void_reason;
  Source src;
};

// ---- reviews/<id>.yaml -------------------------------------------------------

struct ActionItem {
  std::string text;
  std::string owner;
  std::optional<Date> due;
  std::string task;  ///< the task created for it, once created
};

struct Review {
  std::string id;
  ReviewKind kind = ReviewKind::meeting;
  std::string title;
  Date date;
  std::string by;
  std::vector<std::string> attendees;
  std::string notes;
  std::vector<std::string> decisions;
  std::vector<ActionItem> actions;
  // quality inspection
  std::string task;
  std::vector<std::string> passed;
  std::vector<std::string> failed;
  std::optional<InspectionResult> result;  ///< of a quality inspection
  std::string accepted_by;
  std::optional<Date> accepted_on;
  // performance feedback
  std::string person;
  std::optional<int> rating;  ///< 1-5
  std::string feedback;
  std::string kudos;
  Source src;
};

// ---- surveys/<id>/survey.yaml, surveys/<id>/responses/<respondent>.yaml -------

struct Question {
  std::string id;
  QuestionKind kind = QuestionKind::text;  ///< nps 0-10, csat 1-5, rating 1-max, text, choice
  std::string text;
  int max = 5;                       ///< rating scale top
  std::vector<std::string> options;  ///< choice: the answers to choose from
};

struct Answer {
  std::string question;
  std::string value;  ///< the number as text, or the free text
  bool numeric = false;
};

struct SurveyResponse {
  std::string respondent;
  Date date;
  std::vector<Answer> answers;
  Source src;
};

struct Survey {
  std::string id;
  std::string title;
  Date opened;
  std::optional<Date> closes;
  SurveyStatus status = SurveyStatus::open;  ///< closed: no more responses
  Audience audience = Audience::all;
  std::string milestone;  ///< the milestone task it follows, when tied to one
  std::vector<Question> questions;
  std::vector<ActionItem> actions;                  ///< improvement tasks made from its feedback (`survey action`)
  std::map<std::string, SurveyResponse> responses;  ///< by respondent
  Source src;
};

// ---- baselines/<name>.yaml -----------------------------------------------------

struct BaselineTask {
  Date start;
  Date finish;
  std::optional<Money> cost;
};

struct Baseline {
  std::string name;
  Date saved;
  std::string by;
  std::vector<std::pair<std::string, BaselineTask>> tasks;
  Source src;
};

// ---- the whole folder ------------------------------------------------------

/// The file that makes a folder a pmadmin project (SPEC §1); the rest of the layout is
/// store/layout.hpp's.
inline constexpr const char* kConfigFile = "pmadmin.yaml";

struct Project {
  std::string root;  ///< absolute path of the folder holding pmadmin.yaml
  ProjectConfig config;
  std::map<std::string, Person> people;
  std::map<std::string, Task> tasks;
  std::map<std::string, Risk> risks;
  std::optional<BudgetPlan> budget;
  std::map<std::string, Expense> expenses;
  std::map<std::string, Review> reviews;
  std::map<std::string, Survey> surveys;
  std::map<std::string, Baseline> baselines;
};

}  // namespace pmadmin

#pragma once
/// The weekly status report for the client (SPEC §5): one model computed from the project
/// and the status date; render/report.hpp writes it as Markdown, HTML or JSON. Nothing
/// reads the clock, so the same data and --today give the same report.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "analysis/budget.hpp"
#include "analysis/checks.hpp"
#include "analysis/performance.hpp"
#include "analysis/survey.hpp"
#include "model/model.hpp"
#include "model/vocab.hpp"
#include "plan/schedule.hpp"

namespace pmadmin {

enum class ReportArea { schedule, budget, risk, quality, satisfaction };
enum class RagStatus { green, amber, red, none };  ///< none: nothing to judge yet
template <>
struct Vocabulary<ReportArea> {
  static constexpr std::array<std::string_view, 5> words = {"schedule", "budget", "risk", "quality", "satisfaction"};
};
template <>
struct Vocabulary<RagStatus> {
  static constexpr std::array<std::string_view, 4> words = {"green", "amber", "red", "none"};
};

/// Red / amber / green for one area: the single biggest cause in words, the other causes,
/// and the command that shows the detail.
struct Rag {
  ReportArea area = ReportArea::schedule;
  RagStatus status = RagStatus::none;
  std::string reason;             ///< the biggest cause (or why all is well)
  std::string command;            ///< e.g. "pmadmin check overdue-task"
  std::vector<std::string> also;  ///< the other causes, biggest first
};

struct MilestoneRow {
  std::string id, title;
  TaskStatus status = TaskStatus::todo;
  Date forecast;
  std::optional<Date> due, baseline;
  bool against_baseline = false;  ///< the slip is measured against the baseline (else the due date)
  long slip = 0;                  ///< working days past the baseline, else the due date; <= 0 on time
};

struct DecisionRow {
  Date date;
  std::string review;
  std::string text;
};

struct ActionRow {
  std::string review;
  std::string text;
  std::string owner;
  std::optional<Date> due;
  bool overdue = false;
};

struct BurnPoint {
  Date date;
  Money planned;                ///< cumulative PV
  std::optional<Money> actual;  ///< cumulative AC: spent on the costed tasks (up to today only)
};

struct StatusReport {
  std::string name, client, currency;
  Date today, start, finish;
  std::optional<Date> baseline_finish;
  std::string baseline_name;
  long slip = 0;  ///< forecast finish vs baseline finish, working days
  std::vector<Rag> rag;
  std::vector<MilestoneRow> milestones;
  Schedule schedule;
  std::vector<Finding> late;  ///< overdue-task and missed-deadline-forecast findings
  BudgetStatus budget;
  std::vector<std::string> top_risks;        ///< open risk IDs, highest score first (at most 5)
  std::array<std::array<int, 5>, 5> heat{};  ///< [probability-1][impact-1] open risks
  std::vector<DecisionRow> decisions;        ///< meetings of the last 30 days, newest first
  std::vector<ActionRow> actions;            ///< open meeting actions, by due date
  std::vector<SurveyScore> surveys;          ///< oldest first
  int nps_target = 30;
  std::vector<BurnPoint> burn;  ///< weekly, project start to finish
  CheckRun checks;
  TeamPerformance team;  ///< from the project start to today
};

/// The report's figures as of `today`: one analysis (analysis/analysis.hpp) and one check
/// run, then the milestones, risks, decisions, actions, surveys and burn chart points.
Result<StatusReport> build_report(const Project& p, Date today);

}  // namespace pmadmin

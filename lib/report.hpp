#pragma once
/// The weekly status report for the client (SPEC §5): one model computed from the project
/// and the status date, rendered as Markdown, one self-contained HTML file, or JSON. The
/// same data and --today give the same bytes: nothing reads the clock.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "budget.hpp"
#include "checks.hpp"
#include "model.hpp"
#include "schedule.hpp"
#include "survey.hpp"

namespace pmadmin {

/// Red / amber / green for one area, with the reason in words.
struct Rag {
  std::string area;    ///< schedule | budget | risk | quality | satisfaction
  std::string status;  ///< green | amber | red | none (nothing to judge yet)
  std::string reason;
};

struct MilestoneRow {
  std::string id, title, status;
  Date forecast;
  std::optional<Date> due, baseline;
  long slip = 0;  ///< working days past due (or baseline when no due); <= 0 on time
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
  std::optional<Money> actual;  ///< cumulative spending (up to today only)
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
  std::vector<std::string> top_risks;  ///< open risk IDs, highest score first (at most 5)
  std::array<std::array<int, 5>, 5> heat{};  ///< [probability-1][impact-1] open risks
  std::vector<DecisionRow> decisions;  ///< meetings of the last 30 days, newest first
  std::vector<ActionRow> actions;      ///< open meeting actions, by due date
  std::vector<SurveyScore> surveys;    ///< oldest first
  int nps_target = 30;
  std::vector<BurnPoint> burn;         ///< weekly, project start to finish
  CheckRun checks;
};

Result<StatusReport> build_report(const Project& p, Date today);

std::string render_report_markdown(const Project& p, const StatusReport& r);
std::string render_report_html(const Project& p, const StatusReport& r);
std::string render_report_json(const Project& p, const StatusReport& r);

/// Words shared by the renderers: "Schedule", "3 working days late", a milestone's state
/// ("done", "planned", or its slip), a person's name (else their ID).
std::string report_area_label(const std::string& area);
std::string report_slip_text(long slip);
std::string report_milestone_status(const MilestoneRow& m);
std::string report_person(const Project& p, const std::string& id);

/// HTML text/attribute escaping of & < > " ' (SPEC §6).
std::string html_escape(const std::string& text);
/// Markdown escaping of user text for table cells and lists: table, link, emphasis and
/// HTML syntax is backslash-escaped, newlines become spaces.
std::string md_escape(const std::string& text);

}  // namespace pmadmin

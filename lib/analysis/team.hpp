#pragma once
/// The client admin's routines with the team (SPEC §2 `review`, §3 Performance): the next
/// meeting's agenda prepared from the data, and each person's performance over a period.
#include <optional>
#include <string>
#include <vector>

#include "analysis/report.hpp"
#include "model/model.hpp"

namespace pmadmin {

struct Agenda {
  Date date;  ///< of the meeting
  Date today;
  std::string title;               ///< from the cadence in pmadmin.yaml, else "Status meeting"
  std::optional<Date> last;        ///< the latest meeting recorded before it
  std::vector<ActionRow> actions;  ///< open meeting actions, by due date
  struct Due {
    const Task* task;
    Date deadline;  ///< its due date, else its finish in the latest baseline
  };
  std::vector<std::string> late;      ///< check's overdue-task findings, as it words them
  std::vector<Due> due;               ///< open tasks not late yet whose deadline falls by the meeting
  std::vector<const Task*> finished;  ///< tasks finished since the last meeting
  std::vector<const Risk*> risks;     ///< open risks to be reviewed by the meeting
  std::vector<Rag> signals;           ///< schedule and budget when amber or red
  std::vector<std::string> surveys;   ///< surveys below the NPS target
};

/// The next meeting on or after `today` by the first cadence of pmadmin.yaml `meetings:`
/// (its weekday), or `date` when given.
Result<Agenda> prepare_agenda(const Project& p, Date today, std::optional<Date> date);

struct Performance {
  std::string person;
  int assigned = 0;       ///< tasks they own (not cancelled), whatever the period
  int open = 0;           ///< of which not done
  int done = 0;           ///< finished in the period
  int with_deadline = 0;  ///< done in the period with a due date or a baseline finish
  int on_time = 0;        ///< finished by it
  long slip_days = 0;     ///< working days late, summed over with_deadline (early counts 0)
  int inspected = 0;      ///< their tasks first inspected in the period
  int first_pass = 0;     ///< of which the first inspection passed
  int load_percent = 0;   ///< this week's booking against their capacity
  int feedback = 0;       ///< feedback received in the period
  int rating_sum = 0;
  int kudos = 0;
  std::optional<double> on_time_rate() const;
  std::optional<double> mean_slip() const;
  std::optional<double> first_pass_yield() const;
  std::optional<double> rating() const;
};

struct YieldRow {
  std::string category;  ///< a task category ("" for none)
  int inspected = 0;
  int first_pass = 0;
};

struct TeamPerformance {
  Date from, to;
  std::vector<Performance> people;  ///< by person ID
  std::vector<YieldRow> by_category;
};

/// Performance from `from` to `to` (inclusive) as of `today`; `person` alone when given.
Result<TeamPerformance> team_performance(const Project& p, Date today, Date from, Date to,
                                         const std::string& person = "");

}  // namespace pmadmin

#pragma once
/// The client admin's routines with the team (SPEC §2 `review`, §3 Performance): the next
/// meeting's agenda prepared from the data, and each person's performance over a period.
#include <optional>
#include <string>
#include <vector>

#include "analysis/performance.hpp"
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

}  // namespace pmadmin

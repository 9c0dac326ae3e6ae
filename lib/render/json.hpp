#pragma once
/// JSON output (`--format json`): one to_json per model and analysis struct, so every
/// command that prints a task, an EVM or a finding prints it the same way. nlohmann/json
/// finds them by argument-dependent lookup: `Json j = evm;` just works. Keys and their
/// meaning are documented in docs/format.md and docs/ci.md.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "analysis/budget.hpp"
#include "analysis/checks.hpp"
#include "analysis/raci.hpp"
#include "analysis/survey.hpp"
#include "base/date.hpp"
#include "base/money.hpp"
#include "model/model.hpp"
#include "model/vocab.hpp"
#include "plan/baseline.hpp"
#include "plan/level.hpp"
#include "plan/schedule.hpp"
#include "plan/simulate.hpp"
#include "plan/workload.hpp"

namespace pmadmin {

using Json = nlohmann::ordered_json;

/// Amounts as decimal strings ("12500.00"), never floating point; absent ones as null.
Json money_json(const Money& m);
Json money_json(const std::optional<Money>& m);
/// Dates as ISO strings; absent ones as null.
Json date_json(const std::optional<Date>& d);
/// Ratios (SPI, CPI) rounded to four decimals so the text is stable across platforms.
Json ratio_json(const std::optional<double>& r);
/// Text that may be empty: null when it is.
Json text_or_null(const std::string& s);
/// A capacity in percent as a share of full time: 50 -> 0.5.
Json fte_json(int percent);

/// Pretty-printed with two spaces and a final newline: what every command prints.
std::string dump(const Json& j);

// model
void to_json(Json& j, const Person& p);     ///< id, name, email, org, roles, capacity, rate
void to_json(Json& j, const RoleEvent& e);  ///< date, action, role, by
void to_json(Json& j, const Expense& e);    ///< id, date, amount, category, task, note, by
void to_json(Json& j, const Baseline& b);   ///< name, saved, by, tasks [{id, start, finish, cost}]

// plan
void to_json(Json& j, const ScheduledTask& t);  ///< the task's fields and its CPM dates and floats
void to_json(Json& j, const TaskSlip& s);
void to_json(Json& j, const BaselineDiff& d);
void to_json(Json& j, const WeekLoad& w);
void to_json(Json& j, const PersonLoad& l);
void to_json(Json& j, const LevelMove& m);
void to_json(Json& j, const Levelling& l);
void to_json(Json& j, const SimulationResult& r);

// analysis
void to_json(Json& j, const Matrix& m);
void to_json(Json& j, const CategoryStatus& c);
void to_json(Json& j, const Evm& e);
void to_json(Json& j, const RiskReserve& r);
void to_json(Json& j, const BudgetStatus& s);
void to_json(Json& j, const Finding& f);
void to_json(Json& j, const SurveyScore& s);

}  // namespace pmadmin

/// A vocabulary word ("done", "error") for every enum of model/vocab.hpp, instead of
/// nlohmann's default of the enum's number.
template <typename E>
struct nlohmann::adl_serializer<E, std::enable_if_t<pmadmin::has_vocabulary<E>>> {
  template <typename BasicJson>
  static void to_json(BasicJson& j, E value) {
    j = std::string(pmadmin::to_text(value));
  }
};

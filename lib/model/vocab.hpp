#pragma once
/// The closed vocabularies of the project files, as enums. Each word list lives here once:
/// the codecs read and write the words, messages list them, and the code compares enums.
///
///   to_text(TaskStatus::done)          -> "done"
///   from_text<TaskStatus>("doing")     -> TaskStatus::doing (nullopt for an unknown word)
///   words_of<TaskStatus>()             -> {"todo", "doing", ...} for "did you mean"
#include <fmt/format.h>
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace pmadmin {

enum class TaskStatus { todo, doing, blocked, done, cancelled };
enum class TaskKind { task, milestone };
enum class DependencyType { fs, ss, ff };  ///< finish-to-start, start-to-start, finish-to-finish
enum class Org { client, team, vendor };
enum class RoleAction { grant, revoke };
enum class Permission { manage_roles, approve_budget, accept_deliverable, set_baseline, close_risk };
enum class RiskKind { threat, opportunity };
enum class RiskStatus { open, closed };
/// A risk's level, from its score and the bands of pmadmin.yaml `risk-levels:`.
enum class RiskLevel { low, medium, high, critical };
/// What an entry of a risk's history records (`event:`; assess when absent).
enum class RiskEvent { identify, assess, respond, close, reopen };
/// performance: feedback on a person; acceptance: a deliverable signed off.
enum class ReviewKind { meeting, quality, performance, acceptance };
enum class QuestionKind { nps, csat, rating, text, choice };
/// Who a survey asks: the client's people, the team's (team and vendor), or everyone.
enum class Audience { client, team, all };
enum class SurveyStatus { open, closed };
enum class InspectionResult { pass, fail };
enum class MeetingEvery { week, two_weeks, month };
/// How a check rule's findings count (pmadmin.yaml `checks:`).
enum class RuleSeverity { error, warning, off };
/// The rules of `pmadmin check`, in the order they run and are listed.
enum class CheckRuleId {
  overdue_task,
  behind_plan,
  missed_deadline_forecast,
  budget_overrun,
  forecast_overrun,
  low_cpi,
  low_spi,
  unowned_high_risk,
  risk_review_overdue,
  done_without_acceptance,
  over_allocation,
  nps_below_target,
  stale_progress,
  unauthorised_approval,
};

/// The words of enum E, indexed by its values (specialised once per vocabulary below).
template <typename E>
struct Vocabulary;

template <>
struct Vocabulary<TaskStatus> {
  static constexpr std::array<std::string_view, 5> words = {"todo", "doing", "blocked", "done", "cancelled"};
};
template <>
struct Vocabulary<TaskKind> {
  static constexpr std::array<std::string_view, 2> words = {"task", "milestone"};
};
template <>
struct Vocabulary<DependencyType> {
  static constexpr std::array<std::string_view, 3> words = {"fs", "ss", "ff"};
};
template <>
struct Vocabulary<Org> {
  static constexpr std::array<std::string_view, 3> words = {"client", "team", "vendor"};
};
template <>
struct Vocabulary<RoleAction> {
  static constexpr std::array<std::string_view, 2> words = {"grant", "revoke"};
};
template <>
struct Vocabulary<Permission> {
  static constexpr std::array<std::string_view, 5> words = {"manage-roles", "approve-budget", "accept-deliverable",
                                                            "set-baseline", "close-risk"};
};
template <>
struct Vocabulary<RiskKind> {
  static constexpr std::array<std::string_view, 2> words = {"threat", "opportunity"};
};
template <>
struct Vocabulary<RiskStatus> {
  static constexpr std::array<std::string_view, 2> words = {"open", "closed"};
};
template <>
struct Vocabulary<RiskLevel> {
  static constexpr std::array<std::string_view, 4> words = {"low", "medium", "high", "critical"};
};
template <>
struct Vocabulary<RiskEvent> {
  static constexpr std::array<std::string_view, 5> words = {"identify", "assess", "respond", "close", "reopen"};
};
template <>
struct Vocabulary<ReviewKind> {
  static constexpr std::array<std::string_view, 4> words = {"meeting", "quality", "performance", "acceptance"};
};
template <>
struct Vocabulary<Audience> {
  static constexpr std::array<std::string_view, 3> words = {"client", "team", "all"};
};
template <>
struct Vocabulary<SurveyStatus> {
  static constexpr std::array<std::string_view, 2> words = {"open", "closed"};
};
template <>
struct Vocabulary<QuestionKind> {
  static constexpr std::array<std::string_view, 5> words = {"nps", "csat", "rating", "text", "choice"};
};
template <>
struct Vocabulary<InspectionResult> {
  static constexpr std::array<std::string_view, 2> words = {"pass", "fail"};
};
template <>
struct Vocabulary<MeetingEvery> {
  static constexpr std::array<std::string_view, 3> words = {"week", "2weeks", "month"};
};
template <>
struct Vocabulary<RuleSeverity> {
  static constexpr std::array<std::string_view, 3> words = {"error", "warning", "off"};
};
template <>
struct Vocabulary<CheckRuleId> {
  static constexpr std::array<std::string_view, 14> words = {"overdue-task",
                                                             "behind-plan",
                                                             "missed-deadline-forecast",
                                                             "budget-overrun",
                                                             "forecast-overrun",
                                                             "low-cpi",
                                                             "low-spi",
                                                             "unowned-high-risk",
                                                             "risk-review-overdue",
                                                             "done-without-acceptance",
                                                             "over-allocation",
                                                             "nps-below-target",
                                                             "stale-progress",
                                                             "unauthorised-approval"};
};

/// True for the enums above: those with a Vocabulary.
template <typename E, typename = void>
inline constexpr bool has_vocabulary = false;
template <typename E>
inline constexpr bool has_vocabulary<E, std::void_t<decltype(Vocabulary<E>::words)>> = true;

template <typename E>
constexpr std::string_view to_text(E value) {
  return Vocabulary<E>::words[static_cast<std::size_t>(value)];
}

template <typename E>
constexpr std::optional<E> from_text(std::string_view word) {
  const auto& words = Vocabulary<E>::words;
  for (std::size_t i = 0; i < words.size(); ++i)
    if (words[i] == word) return static_cast<E>(i);
  return std::nullopt;
}

/// Every value of E, in order.
template <typename E>
constexpr auto all_of() {
  std::array<E, Vocabulary<E>::words.size()> out{};
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = static_cast<E>(i);
  return out;
}

template <typename E>
std::vector<std::string> words_of() {
  return {Vocabulary<E>::words.begin(), Vocabulary<E>::words.end()};
}

/// Work still to do: not done and not cancelled.
constexpr bool is_open(TaskStatus s) { return s != TaskStatus::done && s != TaskStatus::cancelled; }
constexpr bool is_open(RiskStatus s) { return s == RiskStatus::open; }

/// The responses a risk of `kind` can get: avoid|transfer|mitigate|accept|escalate for a
/// threat, exploit|share|enhance|accept for an opportunity.
const std::vector<std::string>& risk_responses(RiskKind kind);

/// The permissions a role can carry (SPEC §2), as written in pmadmin.yaml.
const std::vector<std::string>& known_permissions();

/// The check rules pmadmin knows (configured under `checks:`, run by analysis/checks).
const std::vector<std::string>& known_check_rules();

}  // namespace pmadmin

/// fmt::format("{}", TaskStatus::done) writes "done" (width and alignment work as for text).
template <typename E>
struct fmt::formatter<E, char, std::enable_if_t<pmadmin::has_vocabulary<E>>> : fmt::formatter<std::string_view> {
  template <typename FormatContext>
  auto format(E value, FormatContext& ctx) const {
    return fmt::formatter<std::string_view>::format(pmadmin::to_text(value), ctx);
  }
};

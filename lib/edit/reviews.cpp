#include "edit/reviews.hpp"

#include <fmt/format.h>
#include <algorithm>

#include "analysis/acceptance.hpp"
#include "base/i18n.hpp"
#include "base/ids.hpp"
#include "base/text.hpp"
#include "edit/language.hpp"

namespace pmadmin {

namespace {

/// "m-2026-03-30", then "m-2026-03-30-2", ...
std::string review_id(const Project& p, const char* prefix, Date on) {
  const std::string base = fmt::format("{}-{}", prefix, on.iso());
  std::string id = base;
  for (int n = 2; p.reviews.count(id); ++n) id = fmt::format("{}-{}", base, n);
  return id;
}

Status known_person(const Project& p, const std::string& id) {
  if (id.empty() || p.people.count(id)) return ok_status();
  return unknown_id("person", id, ids_of(p.people));
}

Status one_line(const char* what, const std::string& text, bool multiline = false) {
  if (auto why = text_problem(text, multiline)) return usage_error(trf("the {} {}", what, *why));
  return ok_status();
}

/// A new task for an action or a rework: one working day, tagged, logged as made from `review`.
Task follow_up(Project& p, const std::string& title, const std::string& owner, std::optional<Date> due, const char* tag,
               const std::string& review, const std::string& by, Date today) {
  Task t;
  t.id = random_id("t", [&](const std::string& c) { return p.tasks.count(c) > 0; });
  t.title = title;
  t.owner = owner;
  t.due = due;
  t.duration_days = 1;
  t.tags = {tag};
  t.log.push_back(
      LogEntry{today, by, "create", in_project_language(p, [&] { return trf("from review {}", review); }), ""});
  return t;
}

/// Each given criterion by its exact name, or by its number in the task's list (1, 2...):
/// shorter to type than a sentence, and the same whatever the template's language. "Did
/// you mean" otherwise.
Result<std::vector<std::string>> criteria_named(const Task& t, const std::vector<std::string>& given) {
  std::vector<std::string> out;
  for (const auto& n : given) {
    if (std::find(t.acceptance.begin(), t.acceptance.end(), n) != t.acceptance.end()) {
      out.push_back(n);
      continue;
    }
    if (!n.empty() && n.size() <= 4 && std::all_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      const std::size_t k = std::stoul(n);
      if (k >= 1 && k <= t.acceptance.size()) {
        out.push_back(t.acceptance[k - 1]);
        continue;
      }
    }
    std::vector<std::string> numbered;
    for (std::size_t i = 0; i < t.acceptance.size(); ++i)
      numbered.push_back(fmt::format("{} {}", i + 1, t.acceptance[i]));
    return usage_error(
        trf("task {} has no acceptance criterion \"{}\"", t.id, n),
        t.acceptance.empty()
            ? std::string(tr("it has no criteria: record the inspection with --result pass or --result fail"))
            : did_you_mean(n, t.acceptance, trf("its criteria, by name or number, are: {}", join_some(numbered))));
  }
  return out;
}

}  // namespace

Result<ActionItem> parse_action(const std::string& text) {
  ActionItem a;
  std::size_t start = 0;
  bool first = true;
  while (start <= text.size()) {
    std::size_t end = text.find(';', start);
    if (end == std::string::npos) end = text.size();
    std::string part = text.substr(start, end - start);
    while (!part.empty() && part.front() == ' ') part.erase(part.begin());
    while (!part.empty() && part.back() == ' ') part.pop_back();
    if (first) {
      a.text = part;
      first = false;
    } else if (part.rfind("owner=", 0) == 0) {
      a.owner = part.substr(6);
    } else if (part.rfind("due=", 0) == 0) {
      a.due = Date::parse(part.substr(4));
      if (!a.due)
        return usage_error(trf("the due date \"{}\" is not a date", part.substr(4)), tr("write due=YYYY-MM-DD"));
    } else if (!part.empty()) {
      return usage_error(trf("\"{}\" in an action is neither owner=ID nor due=DATE", part),
                         tr("write --action \"TEXT;owner=ID;due=YYYY-MM-DD\""));
    }
    start = end + 1;
  }
  if (a.text.empty()) return usage_error(tr("an action needs its text before the first ;"));
  return a;
}

Result<Outcome> record_meeting(Project& p, const NewMeeting& m, const IdentitySources& who, Date today) {
  const Date on = m.date.value_or(today);
  if (on > today) return usage_error(tr("a meeting is recorded after it took place: --date cannot be after today"));
  const std::string title =
      m.title.empty() ? in_project_language(p, [] { return std::string(tr("Weekly status")); }) : m.title;
  if (Status s = one_line("title", title); !s) return s.errors();
  if (Status s = one_line("notes", m.notes, true); !s) return s.errors();
  for (const auto& d : m.decisions)
    if (Status s = one_line("decision", d); !s) return s.errors();
  for (const auto& a : m.attendees)
    if (Status s = known_person(p, a); !s) return s.errors();
  for (const auto& a : m.actions) {
    if (Status s = one_line("action", a.text); !s) return s.errors();
    if (Status s = known_person(p, a.owner); !s) return s.errors();
  }
  auto actor = resolve_actor(p, who);
  if (!actor) return actor.errors();
  Review r;
  r.id = review_id(p, "m", on);
  r.kind = ReviewKind::meeting;
  r.title = title;
  r.date = on;
  r.by = *actor;
  r.attendees = m.attendees;
  r.notes = m.notes;
  r.decisions = m.decisions;
  Outcome out;
  out.created(EntityKind::review, r.id);
  for (ActionItem a : m.actions) {
    Task t = follow_up(p, a.text, a.owner, a.due, "action", r.id, *actor, today);
    a.task = t.id;
    out.created(EntityKind::task, t.id);
    p.tasks.emplace(t.id, std::move(t));
    r.actions.push_back(std::move(a));
  }
  out.summary = trf("meeting {}: {}, {}, {} (each a task)", r.id,
                    trnf("{} attendee", "{} attendees", r.attendees.size(), r.attendees.size()),
                    trnf("{} decision", "{} decisions", r.decisions.size(), r.decisions.size()),
                    trnf("{} action", "{} actions", r.actions.size(), r.actions.size()));
  p.reviews.emplace(r.id, std::move(r));
  return out;
}

Result<Outcome> record_inspection(Project& p, const NewInspection& q, const IdentitySources& who, Date today) {
  auto it = p.tasks.find(q.task);
  if (it == p.tasks.end()) return unknown_id("task", q.task, ids_of(p.tasks));
  const Task& task = it->second;
  auto named_passed = criteria_named(task, q.passed);
  if (!named_passed) return named_passed.errors();
  auto named_failed = criteria_named(task, q.failed);
  if (!named_failed) return named_failed.errors();
  const std::vector<std::string>& passed = *named_passed;
  const std::vector<std::string>& failed = *named_failed;
  for (const auto& c : passed)
    if (std::find(failed.begin(), failed.end(), c) != failed.end())
      return usage_error(trf("criterion \"{}\" is given both --pass and --fail", c));
  if (!task.acceptance.empty() && passed.empty() && failed.empty())
    return usage_error(trf("name the criteria inspected with --pass and --fail; task {} has: {}", task.id,
                           join_some(task.acceptance)));
  if (task.acceptance.empty() && !q.result)
    return usage_error(trf("task {} has no acceptance criteria: give --result pass or --result fail", task.id));
  if (Status s = one_line("note", q.note, true); !s) return s.errors();
  if (q.rework && failed.empty() && q.result != InspectionResult::fail)
    return usage_error(tr("--rework opens a task for a failed inspection, and nothing failed"));
  auto actor = resolve_actor(p, who);
  if (!actor) return actor.errors();
  Review r;
  r.id = review_id(p, "q", today);
  r.kind = ReviewKind::quality;
  r.title = in_project_language(p, [&] { return trf("Inspection of {}", task.id); });
  r.date = today;
  r.by = *actor;
  r.task = task.id;
  r.passed = passed;
  r.failed = failed;
  r.notes = q.note;
  r.result = q.result.value_or(failed.empty() ? InspectionResult::pass : InspectionResult::fail);
  Outcome out;
  out.created(EntityKind::review, r.id);
  if (q.rework) {
    const std::string what = failed.empty() ? task.title : join_some(failed);
    Task t = follow_up(p, in_project_language(p, [&] { return trf("Rework {}: {}", task.id, what); }), task.owner,
                       std::nullopt, "rework", r.id, *actor, today);
    r.actions.push_back(ActionItem{t.title, t.owner, std::nullopt, t.id});
    out.created(EntityKind::task, t.id);
    p.tasks.emplace(t.id, std::move(t));
  }
  p.reviews.emplace(r.id, r);
  const AcceptanceStatus a = acceptance_of(p, p.tasks.at(q.task));
  const std::string next = a.state == AcceptanceState::awaiting_acceptance
                               ? trf("; every criterion has passed: accept it with pmadmin review accept {}", task.id)
                           : a.open.empty() ? ""
                                            : trf("; still open: {}", join_some(a.open));
  out.summary = trf("inspection {} of {}: {} ({} passed, {} failed{})", r.id, task.id, *r.result, passed.size(),
                    failed.size(), next);
  return out;
}

Result<Outcome> accept_deliverable(Project& p, const std::string& task_id, const std::string& note,
                                   const IdentitySources& who, Date today) {
  auto it = p.tasks.find(task_id);
  if (it == p.tasks.end()) return unknown_id("task", task_id, ids_of(p.tasks));
  const Task& task = it->second;
  if (Status s = one_line("note", note, true); !s) return s.errors();
  const AcceptanceStatus a = acceptance_of(p, task);
  if (task.acceptance.empty()) {
    const Review* latest = nullptr;
    for (const auto& [id, r] : p.reviews)
      if (r.kind == ReviewKind::quality && r.task == task_id && (!latest || r.date >= latest->date)) latest = &r;
    if (!latest || latest->result != InspectionResult::pass)
      return usage_error(trf("task {} has not passed an inspection yet", task_id),
                         trf("inspect it first: pmadmin review quality {} --result pass", task_id));
  } else if (a.state == AcceptanceState::accepted) {
    return usage_error(trf("task {} was accepted by {} on {} already", task_id, a.accepted_by, a.accepted_on->iso()));
  } else if (!a.open.empty()) {
    std::vector<std::string> quoted;
    for (const auto& c : a.open) quoted.push_back(fmt::format("\"{}\"", c));
    return usage_error(trf("task {} cannot be accepted yet: {} of its {} criteria have not passed: {}", task_id,
                           a.open.size(), task.acceptance.size(), join_some(quoted)),
                       trf("inspect them first: pmadmin review quality {} --pass \"{}\"", task_id, a.open.front()));
  }
  auto actor = require_permission(p, who, GuardedAction::accept_deliverable);
  if (!actor) return actor.errors();
  Review r;
  r.id = review_id(p, "a", today);
  r.kind = ReviewKind::acceptance;
  r.title = in_project_language(p, [&] { return trf("Acceptance of {}", task_id); });
  r.date = today;
  r.by = *actor;
  r.task = task_id;
  r.accepted_by = *actor;
  r.accepted_on = today;
  r.notes = note;
  Outcome out;
  out.created(EntityKind::review, r.id);
  out.summary = trf("{} accepted task {} ({})", *actor, task_id, r.id);
  p.reviews.emplace(r.id, std::move(r));
  return out;
}

Result<Outcome> record_feedback(Project& p, const NewFeedback& f, const IdentitySources& who, Date today) {
  if (!p.people.count(f.person)) return unknown_id("person", f.person, ids_of(p.people));
  if (f.rating < 1 || f.rating > 5)
    return usage_error(trf("a rating runs from 1 to 5, not {}", f.rating),
                       tr("1 poor, 2 below expectations, 3 as expected, 4 good, 5 excellent"));
  if (f.text.empty()) return usage_error(tr("feedback needs --text: what went well or what to improve"));
  if (Status s = one_line("text", f.text, true); !s) return s.errors();
  auto actor = resolve_actor(p, who);
  if (!actor) return actor.errors();
  if (*actor == f.person) return usage_error(tr("feedback is given to someone else, not to yourself"));
  Review r;
  r.id = review_id(p, "f", today);
  r.kind = ReviewKind::performance;
  r.title = in_project_language(p, [&] { return trf("Feedback for {}", f.person); });
  r.date = today;
  r.by = *actor;
  r.person = f.person;
  r.rating = f.rating;
  r.feedback = f.text;
  if (f.kudos) r.kudos = f.text;
  Outcome out;
  out.created(EntityKind::review, r.id);
  out.summary = f.kudos ? trf("{} gave {} a rating of {} with kudos ({})", *actor, f.person, f.rating, r.id)
                        : trf("{} gave {} a rating of {} ({})", *actor, f.person, f.rating, r.id);
  p.reviews.emplace(r.id, std::move(r));
  return out;
}

}  // namespace pmadmin

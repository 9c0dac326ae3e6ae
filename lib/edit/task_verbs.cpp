#include "edit/task_verbs.hpp"

#include <fmt/format.h>
#include <algorithm>

#include "base/i18n.hpp"
#include "base/text.hpp"
#include "edit/language.hpp"
#include "edit/tasks.hpp"
#include "model/grammar.hpp"
#include "plan/schedule.hpp"

namespace pmadmin {

namespace {

std::string or_dash(const std::string& s) { return s.empty() ? "-" : s; }
std::string quoted_text(const std::string& s) { return "\"" + s + "\""; }

std::string dependencies_text(const std::vector<Dependency>& deps) {
  std::vector<std::string> out;
  for (const auto& d : deps) out.push_back(format_dependency(d));
  return out.empty() ? "-" : fmt::format("{}", fmt::join(out, ","));
}

/// Adds `items` to `list` and removes `gone` from it (each must be there); false with an
/// error when a removal names something absent.
Status edit_list(std::vector<std::string>& list, const std::vector<std::string>& items,
                 const std::vector<std::string>& gone, bool criteria) {
  for (const auto& g : gone) {
    auto it = std::find(list.begin(), list.end(), g);
    if (it == list.end()) {
      const std::string all = list.empty() ? tr("none") : join_some(list);
      return criteria ? usage_error(trf("there is no acceptance criterion \"{}\" to remove", g),
                                    did_you_mean(g, list, trf("the acceptance criteria are: {}", all)))
                      : usage_error(trf("there is no tag \"{}\" to remove", g),
                                    did_you_mean(g, list, trf("the tags are: {}", all)));
    }
    list.erase(it);
  }
  for (const auto& i : items) {
    if (auto why = text_problem(i, false))
      return usage_error(criteria ? trf("the acceptance criterion {}", *why) : trf("the tag {}", *why));
    if (std::find(list.begin(), list.end(), i) == list.end()) list.push_back(i);
  }
  return ok_status();
}

/// The dependencies after --after (replace), --add-after and --remove-after.
Status edit_dependencies(const Project& p, Task& t, const TaskEdit& e) {
  if (e.after) {
    t.depends.clear();
    for (const auto& item : *e.after) {
      auto dep = parse_after(p, item);
      if (!dep) return dep.errors();
      t.depends.push_back(*dep);
    }
  }
  for (const auto& id : e.remove_after) {
    auto it = std::find_if(t.depends.begin(), t.depends.end(), [&](const Dependency& d) { return d.task == id; });
    if (it == t.depends.end()) {
      std::vector<std::string> preds;
      for (const auto& d : t.depends) preds.push_back(d.task);
      return usage_error(trf("task {} does not depend on \"{}\"", t.id, id),
                         did_you_mean(id, preds, trf("it depends on: {}", dependencies_text(t.depends))));
    }
    t.depends.erase(it);
  }
  for (const auto& item : e.add_after) {
    auto dep = parse_after(p, item);
    if (!dep) return dep.errors();
    if (dep->task == t.id) return usage_error(trf("task {} cannot depend on itself", t.id));
    std::erase_if(t.depends, [&](const Dependency& d) { return d.task == dep->task; });
    t.depends.push_back(*dep);
  }
  return ok_status();
}

/// The scalar fields; each change is described in `changes`.
Status edit_fields(const Project& p, Task& t, const TaskEdit& e, std::vector<FieldChange>& changes) {
  auto note = [&](const char* field, const std::string& from, const std::string& to) {
    if (from != to) changes.push_back(FieldChange{field, from, to});
  };
  if (e.title) {
    if (e.title->empty()) return usage_error(tr("a task needs a title"));
    if (auto why = text_problem(*e.title, false)) return usage_error(trf("the title {}", *why));
    note(N_("title"), quoted_text(t.title), quoted_text(*e.title));
    t.title = *e.title;
  }
  if (e.owner) {
    if (Status s = check_owner(p, *e.owner); !s) return s;
    note(N_("owner"), or_dash(t.owner), or_dash(*e.owner));
    t.owner = *e.owner;
  }
  if (e.due) {
    note(N_("due"), date_or_dash(t.due), date_or_dash(*e.due));
    t.due = *e.due;
  }
  if (e.start_no_earlier) {
    if (t.started) return usage_error(trf("\"{}\" already started on {}", t.id, t.started->iso()));
    note(N_("start-no-earlier"), date_or_dash(t.start_no_earlier), date_or_dash(*e.start_no_earlier));
    t.start_no_earlier = *e.start_no_earlier;
  }
  if ((e.duration_days || e.effort_days || e.estimate) && t.kind == TaskKind::milestone)
    return usage_error(tr("a milestone is a moment: it takes no --duration, --effort or --estimate"));
  if (e.duration_days && e.effort_days) return usage_error(tr("give --duration or --effort, not both"));
  if (e.duration_days) {
    if (*e.duration_days < 1) return usage_error(tr("a task takes at least 1d; a moment is a milestone"));
    note(N_("duration"), t.duration_days ? format_days(*t.duration_days) : "-", format_days(*e.duration_days));
    t.duration_days = e.duration_days;
    t.effort_days.reset();
  }
  if (e.effort_days) {
    if (*e.effort_days < 1) return usage_error(tr("--effort is at least 1d"));
    note(N_("effort"), t.effort_days ? format_days(*t.effort_days) : "-", format_days(*e.effort_days));
    t.effort_days = e.effort_days;
    t.duration_days.reset();
  }
  if (e.estimate) {
    note(N_("estimate"), or_dash(t.estimate), or_dash(*e.estimate));
    t.estimate = *e.estimate;
  }
  if (e.cost) {
    if (*e.cost && (*e.cost)->minor() < 0) return usage_error(tr("--cost cannot be negative"));
    note(N_("cost"), t.cost ? t.cost->str() : "-", *e.cost ? (*e.cost)->str() : "-");
    t.cost = *e.cost;
  }
  if (e.category) {
    if (Status s = check_category(p, *e.category); !s) return s;
    note(N_("category"), or_dash(t.category), or_dash(*e.category));
    t.category = *e.category;
  }
  if (e.priority) {
    if (*e.priority < 1 || *e.priority > 1000) return usage_error(tr("--priority runs from 1 to 1000"));
    note(N_("priority"), std::to_string(t.priority), std::to_string(*e.priority));
    t.priority = *e.priority;
  }
  if (e.notes) {
    if (auto why = text_problem(*e.notes, true)) return usage_error(trf("the notes {}", *why));
    if (*e.notes != t.notes) changes.push_back(FieldChange{N_("notes"), "", ""});
    t.notes = *e.notes;
  }
  return ok_status();
}

}  // namespace

Result<Outcome> edit_task(Project& p, const std::string& id, const TaskEdit& e, const IdentitySources& who,
                          Date today) {
  auto found = find_task(p, id);
  if (!found) return found.errors();
  Task& t = **found;
  if (auto why = text_problem(e.reason, true)) return usage_error(trf("the reason {}", *why));
  auto actor = resolve_actor(p, who);
  if (!actor) return actor.errors();
  auto before = compute_schedule(p, today);
  if (!before) return before.errors();
  const Task original = t;
  std::vector<FieldChange> changes;
  if (Status s = edit_fields(p, t, e, changes); !s) return s.errors();
  if (Status s = edit_dependencies(p, t, e); !s) return s.errors();
  if (dependencies_text(original.depends) != dependencies_text(t.depends))
    changes.push_back(FieldChange{N_("after"), dependencies_text(original.depends), dependencies_text(t.depends)});
  if (Status s = edit_list(t.tags, e.add_tags, e.remove_tags, false); !s) return s.errors();
  if (t.tags != original.tags) changes.push_back(FieldChange{N_("tags"), join_some(original.tags), join_some(t.tags)});
  if (Status s = edit_list(t.acceptance, e.add_criteria, e.remove_criteria, true); !s) return s.errors();
  if (t.acceptance != original.acceptance)
    changes.push_back(FieldChange{"acceptance criteria", std::to_string(original.acceptance.size()),
                                  std::to_string(t.acceptance.size())});
  if (changes.empty()) {
    Outcome out;
    out.summary = trf("{} already is like that; nothing changed", id);
    return out;
  }
  const Written detail = in_both_languages(p, [&] { return describe_changes(changes); });
  return logged_change(p, t, LogEntry{today, *actor, "edit", detail.file, e.reason}, detail.said, *before, today);
}

Result<Outcome> set_task_status(Project& p, const std::string& id, TaskStatus status, const std::string& reason,
                                const IdentitySources& who, Date today) {
  auto found = find_task(p, id);
  if (!found) return found.errors();
  Task& t = **found;
  if (reason.empty()) return usage_error(tr("say why with --reason: the task's log keeps it"));
  if (auto why = text_problem(reason, true)) return usage_error(trf("the reason {}", *why));
  if (status == TaskStatus::done)
    return usage_error(tr("a task is done when its work is: record it with pmadmin schedule progress TASK done"));
  if (t.status == status) {
    Outcome out;
    out.summary = trf("{} is already {}; nothing changed", id, status);
    return out;
  }
  if (t.status == TaskStatus::done)
    return usage_error(trf("task {} is done (finished {})", id, date_or_dash(t.finished)),
                       trf("reopen it by recording its real progress: pmadmin schedule progress {} 90", id));
  if (status == TaskStatus::todo && t.progress > 0)
    return usage_error(trf("task {} is {}% done, so it has started", id, t.progress),
                       trf("to undo its start, set its progress back: pmadmin schedule progress {} 0", id));
  if (status == TaskStatus::doing && t.kind == TaskKind::milestone)
    return usage_error(tr("a milestone is reached or not: record it with pmadmin schedule progress TASK done"));
  auto actor = resolve_actor(p, who);
  if (!actor) return actor.errors();
  auto before = compute_schedule(p, today);
  if (!before) return before.errors();
  const bool starts = status == TaskStatus::doing && !t.started;
  const Written detail = in_both_languages(p, [&] {
    return starts ? trf("status {} -> {}, started {}", t.status, status, today.iso())
                  : trf("status {} -> {}", t.status, status);
  });
  if (starts) t.started = today;
  t.status = status;
  return logged_change(p, t, LogEntry{today, *actor, "status", detail.file, reason}, detail.said, *before, today);
}

namespace {

/// Who refers to `id` besides its dependants: expenses, inspections, risks, surveys, actions.
std::vector<std::string> references_to(const Project& p, const std::string& id) {
  std::vector<std::string> refs;
  for (const auto& [eid, e] : p.expenses)
    if (e.task == id) refs.push_back(trf("expense {}", eid));
  for (const auto& [rid, r] : p.reviews) {
    if (r.task == id) refs.push_back(trf("review {}", rid));
    for (const auto& a : r.actions)
      if (a.task == id) refs.push_back(trf("an action of review {}", rid));
  }
  for (const auto& [rid, r] : p.risks)
    if (std::find(r.tasks.begin(), r.tasks.end(), id) != r.tasks.end()) refs.push_back(trf("risk {}", rid));
  for (const auto& [sid, s] : p.surveys) {
    if (s.milestone == id) refs.push_back(trf("survey {}", sid));
    for (const auto& a : s.actions)
      if (a.task == id) refs.push_back(trf("an action of survey {}", sid));
  }
  return refs;
}

}  // namespace

Result<Outcome> remove_task(Project& p, const std::string& id, const std::string& reason, bool detach,
                            const IdentitySources& who, Date today) {
  auto found = find_task(p, id);
  if (!found) return found.errors();
  if (reason.empty())
    return usage_error(tr("say why with --reason: the tasks that depended on it keep it in their log"));
  if (auto why = text_problem(reason, true)) return usage_error(trf("the reason {}", *why));
  std::vector<std::string> dependants;
  for (const auto& [tid, t] : p.tasks)
    for (const auto& d : t.depends)
      if (d.task == id) dependants.push_back(tid);
  if (!dependants.empty() && !detach)
    return usage_error(
        trnf("task {} cannot be removed: {} depends on it: {}", "task {} cannot be removed: {} depend on it: {}",
             dependants.size(), id, dependants.size(), join_some(dependants)),
        trf("add --detach to drop their dependency on it, or cancel it instead: pmadmin schedule status {} "
            "cancelled --reason \"...\"",
            id));
  if (auto refs = references_to(p, id); !refs.empty())
    return usage_error(trf("task {} has a history that refers to it: {}", id, join_some(refs)),
                       trf("cancel it instead, so that history stays whole: pmadmin schedule status {} "
                           "cancelled --reason \"...\"",
                           id));
  auto actor = resolve_actor(p, who);
  if (!actor) return actor.errors();
  auto before = compute_schedule(p, today);
  if (!before) return before.errors();
  const std::string title = (*found)->title;
  Outcome out;
  for (const auto& tid : dependants) {
    Task& t = p.tasks.at(tid);
    std::erase_if(t.depends, [&](const Dependency& d) { return d.task == id; });
    t.log.push_back(LogEntry{
        today, *actor, "edit",
        in_project_language(p, [&] { return trf("dependency on {} dropped: {} was removed", id, id); }), reason});
    out.changed(EntityKind::task, tid);
  }
  p.tasks.erase(id);
  auto after = compute_schedule(p, today);
  if (!after) return after.errors();
  out.deleted(EntityKind::task, id);
  out.summary = dependants.empty()
                    ? trf("removed {} \"{}\"", id, title)
                    : trf("removed {} \"{}\"; dependency dropped from {}", id, title, join_some(dependants));
  if (before->finish != after->finish)
    out.summary += trf("; project finish {} -> {}", before->finish.iso(), after->finish.iso());
  return out;
}

}  // namespace pmadmin

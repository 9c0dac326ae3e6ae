#include "edit/tasks.hpp"

#include <fmt/format.h>
#include <algorithm>

#include "base/i18n.hpp"
#include "base/ids.hpp"
#include "base/text.hpp"
#include "edit/language.hpp"
#include "model/grammar.hpp"
#include "plan/baseline.hpp"
#include "plan/level.hpp"
#include "plan/network.hpp"
#include "plan/schedule.hpp"

namespace pmadmin {

Result<Task*> find_task(Project& p, const std::string& id) {
  auto it = p.tasks.find(id);
  if (it == p.tasks.end()) return usage_error(trf("unknown task \"{}\"", id), did_you_mean(id, ids_of(p.tasks)));
  return &it->second;
}

std::string date_or_dash(const std::optional<Date>& d) { return d ? d->iso() : "-"; }

namespace {

/// "finish 2026-03-13 -> 2026-03-20; project finish ... -> ..." (only what changed).
std::string effect(const Schedule& before, const Schedule& after, const std::string& id) {
  std::vector<std::string> parts;
  const ScheduledTask* b = before.find(id);
  const ScheduledTask* a = after.find(id);
  if (a && b && (a->start != b->start || a->finish != b->finish))
    parts.push_back(fmt::format("{} -> {}",
                                b->start == b->finish ? b->finish.iso() : b->start.iso() + ".." + b->finish.iso(),
                                a->start == a->finish ? a->finish.iso() : a->start.iso() + ".." + a->finish.iso()));
  if (before.finish != after.finish)
    parts.push_back(trf("project finish {} -> {}", before.finish.iso(), after.finish.iso()));
  if (parts.empty()) return tr("no date moves");
  return fmt::format("{}", fmt::join(parts, "; "));
}

}  // namespace

std::string describe_changes(const std::vector<FieldChange>& changes) {
  std::vector<std::string> parts;
  for (const auto& c : changes) {
    const std::string_view field = c.field;
    if (field == "notes")
      parts.push_back(tr("notes changed"));
    else if (field == "acceptance criteria")
      parts.push_back(trf("acceptance criteria {} -> {}", c.from, c.to));
    else
      parts.push_back(trf("{} {} -> {}", tr(c.field), c.from, c.to));
  }
  return fmt::format("{}", fmt::join(parts, "; "));
}

Result<Outcome> logged_change(Project& p, Task& t, LogEntry entry, const std::string& said, const Schedule& before,
                              Date today) {
  t.log.push_back(std::move(entry));
  auto after = compute_schedule(p, today);
  if (!after) return after.errors();
  Outcome out;
  out.changed(EntityKind::task, t.id);
  out.summary = trf("{}: {}; {}", t.id, said, effect(before, *after, t.id));
  return out;
}

Status check_owner(const Project& p, const std::string& owner) {
  if (owner.empty() || p.people.count(owner)) return ok_status();
  return usage_error(trf("unknown person \"{}\"", owner), did_you_mean(owner, ids_of(p.people)));
}

Status check_category(const Project& p, const std::string& category) {
  if (category.empty()) return ok_status();
  std::vector<std::string> known = p.budget ? ids_of(p.budget->categories) : std::vector<std::string>{};
  if (std::find(known.begin(), known.end(), category) != known.end()) return ok_status();
  return usage_error(
      trf("unknown budget category \"{}\"", category),
      known.empty() ? tr("plan one first: pmadmin budget plan CATEGORY AMOUNT") : did_you_mean(category, known));
}

Result<Dependency> parse_after(const Project& p, const std::string& item) {
  auto dep = parse_dependency(item);
  if (!dep) return usage_error(trf("--after \"{}\" is not a dependency", item), tr("write ID, ID:ss+2d or ID:ff-1d"));
  if (!p.tasks.count(dep->task))
    return usage_error(trf("unknown task \"{}\" in --after", dep->task), did_you_mean(dep->task, ids_of(p.tasks)));
  return *dep;
}

Result<Outcome> add_task(Project& p, const NewTask& spec, const IdentitySources& who, Date today) {
  if (spec.title.empty()) return usage_error(tr("a task needs a title"));
  if (auto why = text_problem(spec.title, false)) return usage_error(trf("the title {}", *why));
  std::string id =
      spec.id.empty() ? random_id("t", [&](const std::string& c) { return p.tasks.count(c) > 0; }) : spec.id;
  if (auto problem = id_problem(id))
    return usage_error(trf("\"{}\" is not a valid ID: {}", id, *problem), id_fix_hint(id, "t-design"));
  if (p.tasks.count(id)) return usage_error(trf("task \"{}\" already exists", id), tr("choose another --id"));
  auto actor = resolve_actor(p, who);
  if (!actor) return actor.errors();

  Task t;
  t.id = id;
  t.title = spec.title;
  if (spec.milestone) {
    if ((spec.duration_days && *spec.duration_days != 0) || spec.effort_days || !spec.estimate.empty())
      return usage_error(tr("a milestone is a moment: it takes no --duration, --effort or --estimate"));
    t.kind = TaskKind::milestone;
    t.duration_days = 0;
  } else {
    if (!spec.duration_days && !spec.effort_days && spec.estimate.empty())
      return usage_error(tr("how long will it take? give --duration (working days, like 5d), --effort or --estimate"),
                         tr("or add --milestone for a moment with no duration"));
    t.duration_days = spec.duration_days;
    t.effort_days = spec.effort_days;
    t.estimate = spec.estimate;
    if (!t.duration_days && !t.effort_days && !t.estimate.empty()) t.duration_days = task_duration(p, t);
  }
  for (const auto& item : spec.after) {
    auto dep = parse_after(p, item);
    if (!dep) return dep.errors();
    t.depends.push_back(*dep);
  }
  t.start_no_earlier = spec.start_no_earlier;
  t.due = spec.due;
  if (Status s = check_owner(p, spec.owner); !s) return s.errors();
  t.owner = spec.owner;
  if (spec.cost && spec.cost->minor() < 0) return usage_error(tr("--cost cannot be negative"));
  t.cost = spec.cost;
  if (Status s = check_category(p, spec.category); !s) return s.errors();
  t.category = spec.category;
  t.tags = spec.tags;
  if (spec.priority) t.priority = *spec.priority;
  t.log.push_back(LogEntry{today, *actor, "create", "", ""});

  auto before = compute_schedule(p, today);
  if (!before) return before.errors();
  p.tasks.emplace(id, t);
  auto after = compute_schedule(p, today);
  if (!after) return after.errors();
  const ScheduledTask& st = *after->find(id);
  Outcome out;
  out.created(EntityKind::task, id);
  out.summary =
      t.kind == TaskKind::milestone
          ? trf("added milestone {} \"{}\" on {}", id, t.title, st.finish.iso())
          : trnf("added {} \"{}\": {} .. {} ({} working day)", "added {} \"{}\": {} .. {} ({} working days)",
                 static_cast<unsigned long>(st.duration), id, t.title, st.start.iso(), st.finish.iso(), st.duration);
  if (before->finish != after->finish)
    out.summary += trf("; project finish {} -> {}", before->finish.iso(), after->finish.iso());
  return out;
}

namespace {

/// What a progress record changed, described in the language current when it is written.
struct ProgressChange {
  int from = 0, to = 0;
  std::string cleared_start;  ///< back to not started: the start date undone ("-" when none was recorded)
  std::string early;          ///< unfinished predecessors: "t-1 (40%), t-2 (0%)"
  std::string describe() const {
    std::string text = to == 100 ? trf("done (progress {}% -> 100%)", from)
                       : !cleared_start.empty()
                           ? trf("progress {}% -> {}%, back to todo (started {} cleared)", from, to, cleared_start)
                           : trf("progress {}% -> {}%", from, to);
    return early.empty() ? text : trf("{} before its predecessor {} was done", text, early);
  }
};

/// Marks `t` done on `on`; an Outcome when nothing changes.
Status mark_done(Task& t, Date on, ProgressChange& change, std::optional<Outcome>& unchanged) {
  if (t.status == TaskStatus::done) {
    unchanged = Outcome{};
    unchanged->summary = trf("{} is already done (finished {}); nothing changed", t.id, date_or_dash(t.finished));
    return ok_status();
  }
  if (t.started && on < *t.started)
    return usage_error(trf("cannot finish on {}: \"{}\" started on {}", on.iso(), t.id, t.started->iso()));
  if (!t.started) t.started = on;
  t.finished = on;
  t.status = TaskStatus::done;
  change.from = t.progress;
  change.to = 100;
  t.progress = 100;
  return ok_status();
}

/// Sets `t` to `percent` (below 100) on `on`, reopening it when it was done; an Outcome when
/// nothing changes.
void set_percent(Task& t, int percent, Date on, ProgressChange& change, std::optional<Outcome>& unchanged) {
  if (t.status == TaskStatus::done) {  // reopening: the work is not finished after all
    t.finished.reset();
    t.status = TaskStatus::doing;
  }
  if (percent > 0 && !t.started) t.started = on;
  if (percent > 0 && (t.status == TaskStatus::todo || t.status == TaskStatus::blocked)) t.status = TaskStatus::doing;
  if (percent == t.progress && t.status != TaskStatus::doing) {
    unchanged = Outcome{};
    unchanged->summary = trf("{} is already at {}%; nothing changed", t.id, t.progress);
    return;
  }
  change.from = t.progress;
  change.to = percent;
  if (percent == 0 && (t.started || t.status == TaskStatus::doing)) {  // back to not started: undo the start
    change.cleared_start = date_or_dash(t.started);
    t.started.reset();
    t.status = TaskStatus::todo;
  }
  t.progress = percent;
}

/// The finish-to-start predecessors of `t` not done yet (cancelled ones do not hold it).
std::vector<const Task*> unfinished_predecessors(const Project& p, const Task& t) {
  std::vector<const Task*> out;
  for (const auto& d : t.depends) {
    auto it = p.tasks.find(d.task);
    if (d.type == DependencyType::fs && it != p.tasks.end() && it->second.status != TaskStatus::done &&
        it->second.status != TaskStatus::cancelled)
      out.push_back(&it->second);
  }
  return out;
}

}  // namespace

Result<Outcome> record_progress(Project& p, const std::string& task_id, std::optional<int> percent, Date on,
                                const IdentitySources& who, Date today) {
  auto found = find_task(p, task_id);
  if (!found) return found.errors();
  Task& t = **found;
  if (on > today)
    return usage_error(trf("cannot record progress on {}: it is after today ({})", on.iso(), today.iso()));
  if (t.status == TaskStatus::cancelled) return usage_error(trf("task \"{}\" is cancelled", task_id));
  const int pct = percent.value_or(100);  // none: done
  if (pct < 0 || pct > 100) return usage_error(tr("progress is a percentage from 0 to 100, or done"));
  if (t.kind == TaskKind::milestone && pct != 0 && pct != 100)
    return usage_error(tr("a milestone is reached or not: use done"));
  auto actor = resolve_actor(p, who);
  if (!actor) return actor.errors();
  auto before = compute_schedule(p, today);
  if (!before) return before.errors();
  std::optional<Outcome> unchanged;
  ProgressChange change;
  if (pct == 100) {
    if (Status s = mark_done(t, on, change, unchanged); !s) return s.errors();
  } else {
    set_percent(t, pct, on, change, unchanged);
  }
  if (unchanged) return *unchanged;
  std::vector<std::string> early;
  if (pct > 0)
    for (const Task* pred : unfinished_predecessors(p, t))
      early.push_back(fmt::format("{} ({}%)", pred->id, pred->progress));
  change.early = fmt::format("{}", fmt::join(early, ", "));
  const Written detail = in_both_languages(p, [&] { return change.describe(); });
  auto out = logged_change(p, t, LogEntry{on, *actor, "progress", detail.file, ""}, detail.said, *before, today);
  if (out && !early.empty())
    out->summary += "\n" + trf("warning: {} must finish before {} starts (finish-to-start) but is not done: check "
                               "the plan, or record its progress first",
                               change.early, t.id);
  return out;
}

Result<Outcome> move_task(Project& p, const std::string& task_id, const MoveSpec& spec, const IdentitySources& who,
                          Date today) {
  auto found = find_task(p, task_id);
  if (!found) return found.errors();
  Task& t = **found;
  if (spec.reason.empty()) return usage_error(tr("say why with --reason: the change log keeps it for the next review"));
  if (auto why = text_problem(spec.reason, true)) return usage_error(trf("the reason {}", *why));
  if (!spec.start && !spec.duration_days && !spec.due && !spec.estimate)
    return usage_error(tr("nothing to move: give --start, --duration, --due or --estimate"));
  if (t.status == TaskStatus::done || t.status == TaskStatus::cancelled)
    return usage_error(trf("task \"{}\" is {}; it cannot be re-planned", task_id, t.status));
  auto actor = resolve_actor(p, who);
  if (!actor) return actor.errors();
  auto before = compute_schedule(p, today);
  if (!before) return before.errors();

  std::vector<FieldChange> changes;
  if (spec.start) {
    if (t.started)
      return usage_error(
          trf("\"{}\" already started on {}; move its remaining work with --duration", task_id, t.started->iso()));
    if (*spec.start != t.start_no_earlier)
      changes.push_back(
          FieldChange{N_("start-no-earlier"), date_or_dash(t.start_no_earlier), date_or_dash(*spec.start)});
    t.start_no_earlier = *spec.start;
  }
  if (spec.duration_days) {
    if (t.kind == TaskKind::milestone)
      return usage_error(tr("a milestone has no duration; move it with --start or --due"));
    if (*spec.duration_days == 0) return usage_error(tr("a task takes at least 1d; a moment is a milestone"));
    int old = task_duration(p, t);
    if (*spec.duration_days != old || !t.duration_days)
      changes.push_back(FieldChange{N_("duration"), format_days(old), format_days(*spec.duration_days)});
    t.duration_days = spec.duration_days;
  }
  if (spec.due) {
    if (*spec.due != t.due) changes.push_back(FieldChange{N_("due"), date_or_dash(t.due), date_or_dash(*spec.due)});
    t.due = *spec.due;
  }
  if (spec.estimate) {
    if (*spec.estimate != t.estimate)
      changes.push_back(FieldChange{N_("estimate"), t.estimate.empty() ? "-" : t.estimate,
                                    spec.estimate->empty() ? "-" : *spec.estimate});
    t.estimate = *spec.estimate;
  }
  if (changes.empty()) {
    Outcome out;
    out.summary = trf("{} already has those dates; nothing changed", task_id);
    return out;
  }
  const Written detail = in_both_languages(p, [&] { return describe_changes(changes); });
  return logged_change(p, t, LogEntry{today, *actor, "move", detail.file, spec.reason}, detail.said, *before, today);
}

Result<Outcome> save_baseline(Project& p, const std::string& name, bool replace, const IdentitySources& who,
                              Date today) {
  if (auto problem = id_problem(name))
    return usage_error(trf("\"{}\" is not a valid baseline name: {}", name, *problem),
                       id_fix_hint(name, "contract-v1"));
  auto actor = require_permission(p, who, GuardedAction::save_baseline);
  if (!actor) return actor.errors();
  bool exists = p.baselines.count(name) > 0;
  if (exists && !replace)
    return usage_error(trf("baseline \"{}\" already exists (saved {} by {})", name, p.baselines[name].saved.iso(),
                           p.baselines[name].by),
                       tr("choose another name, or add --replace to overwrite it"));
  auto s = compute_schedule(p, today);
  if (!s) return s.errors();
  Baseline b = baseline_of(p, *s, name, today, *actor);
  Outcome out;
  if (exists)
    out.changed(EntityKind::baseline, name);
  else
    out.created(EntityKind::baseline, name);
  out.summary = exists ? trf("replaced baseline \"{}\": {} tasks, finish {}", name, b.tasks.size(), s->finish.iso())
                       : trf("saved baseline \"{}\": {} tasks, finish {}", name, b.tasks.size(), s->finish.iso());
  p.baselines[name] = std::move(b);
  return out;
}

Result<Outcome> apply_levelling(Project& p, const IdentitySources& who, Date today) {
  auto l = plan_levelling(p, today);
  if (!l) return l.errors();
  auto actor = resolve_actor(p, who);
  if (!actor) return actor.errors();
  Outcome out;
  for (const auto& [id, start] : l->delays) {
    Task& t = p.tasks.at(id);
    const std::string before = t.start_no_earlier ? t.start_no_earlier->iso() : "-";
    const std::string after = start.iso();  // a structured binding cannot be captured (before C++20 in clang)
    t.start_no_earlier = start;
    t.log.push_back(LogEntry{
        today, *actor, "level",
        in_project_language(p,
                            [&] {
                              return describe_changes({FieldChange{N_("start-no-earlier"), before, after}});
                            }),
        in_project_language(p, [&] { return trf("resource levelling: {} has no capacity earlier", t.owner); })});
    out.changed(EntityKind::task, id);
  }
  if (auto after = compute_schedule(p, today); !after) return after.errors();  // still a plan pmadmin can hold
  const Levelling& r = *l;
  if (r.moves.empty())
    out.summary = tr("nobody is booked beyond their capacity; nothing to move");
  else
    out.summary = trnf("levelled: {} task delayed; project finish {} -> {}",
                       "levelled: {} tasks delayed; project finish {} -> {}", r.moves.size(), r.moves.size(),
                       r.finish_before.iso(), r.finish_after.iso());
  for (const auto& m : r.moves)
    out.summary += fmt::format("\n  {} ({}): {} -> {} (+{}d)", m.task, m.owner, m.from.iso(), m.to.iso(), m.delay);
  for (const auto& c : r.cannot_fit) out.summary += "\n  " + trf("cannot level: {}", c);
  return out;
}

}  // namespace pmadmin

// YAML <-> model for tasks/<id>.yaml: a task or milestone, its dependencies, progress and change log.
#include "base/i18n.hpp"
#include "store/codec.hpp"

#include "base/text.hpp"
#include "model/grammar.hpp"
#include "store/fields.hpp"
#include "store/yaml_writer.hpp"

namespace pmadmin {

Result<Task> decode_task(const YamlNode& root, const std::string& file, const std::string& expected_id) {
  Diagnostics errors;
  Task t;
  t.src.file = file;
  Fields f(root, file, "", errors, t.src.marks, N_("a task"));
  t.id = f.id_field("id", true);
  f.check_id(t.id, expected_id);
  t.title = f.text("title", true);
  t.kind = f.word("kind", TaskKind::task);
  t.status = f.word("status", TaskStatus::todo);
  t.owner = f.id_field("owner");
  f.id_map("raci", [&](const std::string& person, const YamlNode& v) {
    static const std::vector<std::string> letters = {"R", "A", "C", "I"};
    if (!v.is_scalar() || std::find(letters.begin(), letters.end(), v.value) == letters.end()) {
      f.error(v, trf("RACI role of \"{}\" must be R, A, C or I", person),
              tr("R is responsible, A accountable, C consulted, I informed; write one capital letter"));
      return;
    }
    t.raci.emplace_back(person, v.value);
  });
  t.duration_days = f.days("duration");
  t.effort_days = f.days("effort");
  if (const YamlNode* v = f.get("estimate")) {
    if (auto s = f.scalar("estimate", v, N_("three durations like 3d/5d/10d"))) {
      if (!parse_estimate(*s))
        f.error(*v, trf("\"estimate\" must be optimistic/likely/pessimistic like 3d/5d/10d, not \"{}\"", *s),
                tr("write three durations from shortest to longest, separated by slashes"));
      else
        t.estimate = *s;
    }
  }
  if (const YamlNode* v = f.get("depends")) {
    if (!v->is_sequence()) {
      f.error(*v, tr("\"depends\" must be a list of task IDs like [t-2mxa, \"t-9zzk:ss+2d\"]"),
              Fields::list_hint("depends"));
    } else {
      for (std::size_t i = 0; i < v->items.size(); ++i) {
        const YamlNode& item = v->items[i];
        t.src.marks[fmt::format("depends[{}]", i)] = Mark{item.line, item.col};
        auto dep = item.is_scalar() ? parse_dependency(item.value) : std::nullopt;
        if (!dep) {
          f.error(
              item, trf("\"{}\" is not a dependency; write ID, ID:ss+2d or ID:ff-1d", item.value),
              tr("a dependency is a task ID, optionally with :fs, :ss or :ff and a lag like +2d (docs/scheduling.md)"));
          continue;
        }
        t.depends.push_back(*dep);
      }
    }
  }
  t.start_no_earlier = f.date("start-no-earlier");
  t.due = f.date("due");
  if (auto p = f.integer("priority", 1, 1000)) t.priority = *p;
  if (auto p = f.integer("progress", 0, 100)) t.progress = *p;
  t.started = f.date("started");
  t.finished = f.date("finished");
  t.cost = f.money("cost");
  t.category = f.id_field("category");
  t.acceptance = f.list("acceptance");
  t.tags = f.list("tags");
  t.notes = f.text("notes", false, true);
  f.list_of_maps("log", N_("a log entry"), [&](Fields& l, std::size_t) {
    LogEntry e;
    if (auto d = l.date("date", true)) e.date = *d;
    e.by = l.id_field("by");
    e.action = l.text("action", true);
    e.detail = l.text("detail");
    e.reason = l.text("reason", false, true);
    t.log.push_back(e);
  });
  f.finish();
  if (t.kind == TaskKind::milestone && t.duration_days && *t.duration_days != 0)
    f.error_at(t.src.at("duration"), tr("a milestone has no duration (0d)"),
               tr("write \"duration: 0d\", or make it a task with \"kind: task\""));
  if (t.started && t.finished && *t.finished < *t.started)
    f.error_at(t.src.at("finished"), trf("finished {} is before started {}", t.finished->iso(), t.started->iso()),
               tr("correct whichever date is wrong: a task finishes on or after the day it started"));
  return finish_entity(std::move(t), errors);
}

std::string encode_task(const Task& t) {
  YamlNode m = yaml_map();
  yaml_set(m, "id", yaml_str(t.id));
  yaml_set(m, "title", yaml_str(t.title));
  yaml_set(m, "kind", yaml_word(t.kind));
  yaml_set(m, "status", yaml_word(t.status));
  yaml_set_text(m, "owner", t.owner);
  if (!t.raci.empty()) {
    YamlNode r = yaml_map();
    for (const auto& [person, letter] : t.raci) yaml_set(r, person, yaml_plain(letter));
    yaml_set(m, "raci", r);
  }
  if (t.duration_days) yaml_set(m, "duration", yaml_plain(format_days(*t.duration_days)));
  if (t.effort_days) yaml_set(m, "effort", yaml_plain(format_days(*t.effort_days)));
  if (!t.estimate.empty()) yaml_set(m, "estimate", yaml_plain(t.estimate));
  if (!t.depends.empty()) {
    YamlNode d = yaml_seq();
    for (const auto& dep : t.depends) d.items.push_back(yaml_str(format_dependency(dep)));
    yaml_set(m, "depends", d);
  }
  yaml_set_date(m, "start-no-earlier", t.start_no_earlier);
  yaml_set_date(m, "due", t.due);
  if (t.priority != 500) yaml_set(m, "priority", yaml_int(t.priority));
  yaml_set(m, "progress", yaml_int(t.progress));
  yaml_set_date(m, "started", t.started);
  yaml_set_date(m, "finished", t.finished);
  yaml_set_money(m, "cost", t.cost);
  yaml_set_text(m, "category", t.category);
  yaml_set_list(m, "acceptance", t.acceptance);
  yaml_set_list(m, "tags", t.tags);
  yaml_set_text(m, "notes", t.notes);
  if (!t.log.empty()) {
    YamlNode l = yaml_seq();
    for (const auto& e : t.log) {
      YamlNode n = yaml_map();
      yaml_set(n, "date", yaml_plain(e.date.iso()));
      yaml_set_text(n, "by", e.by);
      yaml_set(n, "action", yaml_str(e.action));
      yaml_set_text(n, "detail", e.detail);
      yaml_set_text(n, "reason", e.reason);
      l.items.push_back(n);
    }
    yaml_set(m, "log", l);
  }
  return emit_yaml(m);
}

}  // namespace pmadmin

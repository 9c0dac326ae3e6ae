// YAML <-> model for reviews/<id>.yaml: meetings, quality inspections and performance feedback.
#include "base/i18n.hpp"
#include "store/codec.hpp"

#include "base/text.hpp"
#include "store/fields.hpp"
#include "store/yaml_writer.hpp"

namespace pmadmin {

void decode_actions(Fields& f, const std::string& what, std::vector<ActionItem>& out) {
  f.list_of_maps("actions", what, [&](Fields& a, std::size_t) {
    ActionItem item;
    item.text = a.text("text", true);
    item.owner = a.id_field("owner");
    item.due = a.date("due");
    item.task = a.id_field("task");
    out.push_back(item);
  });
}

void encode_actions(YamlNode& map, const std::vector<ActionItem>& actions) {
  if (actions.empty()) return;
  YamlNode as = yaml_seq();
  for (const auto& a : actions) {
    YamlNode n = yaml_map();
    yaml_set(n, "text", yaml_str(a.text));
    yaml_set_text(n, "owner", a.owner);
    yaml_set_date(n, "due", a.due);
    yaml_set_text(n, "task", a.task);
    as.items.push_back(n);
  }
  yaml_set(map, "actions", as);
}

Result<Review> decode_review(const YamlNode& root, const std::string& file, const std::string& expected_id) {
  Diagnostics errors;
  Review r;
  r.src.file = file;
  Fields f(root, file, "", errors, r.src.marks, N_("a review"));
  r.id = f.id_field("id", true);
  f.check_id(r.id, expected_id);
  r.kind = f.word("kind", ReviewKind::meeting, true);
  r.title = f.text("title");
  if (auto d = f.date("date", true)) r.date = *d;
  r.by = f.id_field("by");
  r.attendees = f.list("attendees", true);
  r.notes = f.text("notes", false, true);
  r.decisions = f.list("decisions");
  decode_actions(f, N_("an action item"), r.actions);
  r.task = f.id_field("task");
  r.passed = f.list("passed");
  r.failed = f.list("failed");
  r.result = f.optional_word<InspectionResult>("result");
  r.accepted_by = f.id_field("accepted-by");
  r.accepted_on = f.date("accepted-on");
  r.person = f.id_field("person");
  r.rating = f.integer("rating", 1, 5);
  r.feedback = f.text("feedback", false, true);
  r.kudos = f.text("kudos", false, true);
  f.finish();
  if (r.kind == ReviewKind::quality && r.task.empty() && !has_errors(errors))
    f.error_at(Mark{root.line, root.col}, tr("a quality inspection needs \"task\": the task inspected"),
               tr("add a line \"task: ID\" naming the task whose work was inspected"));
  if (r.kind == ReviewKind::acceptance && (r.task.empty() || r.accepted_by.empty()) && !has_errors(errors))
    f.error_at(Mark{root.line, root.col}, tr("an acceptance needs \"task\" and \"accepted-by\""),
               tr("record acceptances with: pmadmin review accept TASK"));
  if (r.kind == ReviewKind::performance && r.person.empty() && !has_errors(errors))
    f.error_at(Mark{root.line, root.col}, tr("performance feedback needs \"person\""),
               tr("add a line \"person: ID\" naming the person the feedback is about"));
  return finish_entity(std::move(r), errors);
}

std::string encode_review(const Review& r) {
  YamlNode m = yaml_map();
  yaml_set(m, "id", yaml_str(r.id));
  yaml_set(m, "kind", yaml_word(r.kind));
  yaml_set_text(m, "title", r.title);
  yaml_set(m, "date", yaml_plain(r.date.iso()));
  yaml_set_text(m, "by", r.by);
  yaml_set_list(m, "attendees", r.attendees);
  yaml_set_text(m, "notes", r.notes);
  yaml_set_list(m, "decisions", r.decisions);
  encode_actions(m, r.actions);
  yaml_set_text(m, "task", r.task);
  yaml_set_list(m, "passed", r.passed);
  yaml_set_list(m, "failed", r.failed);
  if (r.result) yaml_set(m, "result", yaml_word(*r.result));
  yaml_set_text(m, "accepted-by", r.accepted_by);
  yaml_set_date(m, "accepted-on", r.accepted_on);
  yaml_set_text(m, "person", r.person);
  if (r.rating) yaml_set(m, "rating", yaml_int(*r.rating));
  yaml_set_text(m, "feedback", r.feedback);
  yaml_set_text(m, "kudos", r.kudos);
  return emit_yaml(m);
}

}  // namespace pmadmin

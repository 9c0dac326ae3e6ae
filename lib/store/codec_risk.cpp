// YAML <-> model for risks/<id>.yaml: a risk or opportunity and its assessment history.
#include "store/codec.hpp"

#include "base/i18n.hpp"
#include "base/text.hpp"
#include "model/grammar.hpp"
#include "store/fields.hpp"
#include "store/yaml_writer.hpp"

namespace pmadmin {

Result<Risk> decode_risk(const YamlNode& root, const std::string& file, const std::string& expected_id) {
  Diagnostics errors;
  Risk r;
  r.src.file = file;
  Fields f(root, file, "", errors, r.src.marks, N_("a risk"));
  r.id = f.id_field("id", true);
  f.check_id(r.id, expected_id);
  r.title = f.text("title", true);
  r.kind = f.word("kind", RiskKind::threat);
  r.category = f.id_field("category");
  if (auto p = f.integer("probability", 1, 5, true)) r.probability = *p;
  if (auto p = f.integer("impact", 1, 5, true)) r.impact = *p;
  r.owner = f.id_field("owner");
  r.response = f.choice("response", risk_responses(r.kind), "");
  r.plan = f.text("plan", false, true);
  r.trigger = f.text("trigger", false, true);
  r.cost_impact = f.money("cost-impact");
  r.review_by = f.date("review-by");
  r.tasks = f.list("tasks", true);
  if (auto d = f.days("delay")) r.delay_days = *d;
  r.status = f.word("status", RiskStatus::open);
  r.closed_reason = f.text("closed-reason", false, true);
  f.list_of_maps("history", N_("an assessment"), [&](Fields& h, std::size_t) {
    Assessment a;
    if (auto d = h.date("date", true)) a.date = *d;
    a.by = h.id_field("by");
    a.event = h.word("event", RiskEvent::assess);
    if (auto p = h.integer("probability", 1, 5, true)) a.probability = *p;
    if (auto p = h.integer("impact", 1, 5, true)) a.impact = *p;
    a.response = h.choice("response", risk_responses(r.kind), "");
    a.owner = h.id_field("owner");
    a.note = h.text("note", false, true);
    r.history.push_back(a);
  });
  f.finish();
  return finish_entity(std::move(r), errors);
}

std::string encode_risk(const Risk& r) {
  YamlNode m = yaml_map();
  yaml_set(m, "id", yaml_str(r.id));
  yaml_set(m, "title", yaml_str(r.title));
  yaml_set(m, "kind", yaml_word(r.kind));
  yaml_set_text(m, "category", r.category);
  yaml_set(m, "probability", yaml_int(r.probability));
  yaml_set(m, "impact", yaml_int(r.impact));
  yaml_set_text(m, "owner", r.owner);
  if (!r.response.empty()) yaml_set(m, "response", yaml_plain(r.response));
  yaml_set_text(m, "plan", r.plan);
  yaml_set_text(m, "trigger", r.trigger);
  yaml_set_money(m, "cost-impact", r.cost_impact);
  yaml_set_date(m, "review-by", r.review_by);
  if (!r.tasks.empty()) yaml_set_list(m, "tasks", r.tasks);
  if (r.delay_days) yaml_set(m, "delay", yaml_plain(format_days(r.delay_days)));
  yaml_set(m, "status", yaml_word(r.status));
  yaml_set_text(m, "closed-reason", r.closed_reason);
  if (!r.history.empty()) {
    YamlNode h = yaml_seq();
    for (const auto& a : r.history) {
      YamlNode n = yaml_map();
      yaml_set(n, "date", yaml_plain(a.date.iso()));
      yaml_set_text(n, "by", a.by);
      if (a.event != RiskEvent::assess) yaml_set(n, "event", yaml_word(a.event));
      yaml_set(n, "probability", yaml_int(a.probability));
      yaml_set(n, "impact", yaml_int(a.impact));
      if (!a.response.empty()) yaml_set(n, "response", yaml_plain(a.response));
      yaml_set_text(n, "owner", a.owner);
      yaml_set_text(n, "note", a.note);
      h.items.push_back(n);
    }
    yaml_set(m, "history", h);
  }
  return emit_yaml(m);
}

}  // namespace pmadmin

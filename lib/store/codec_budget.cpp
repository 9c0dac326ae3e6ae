// YAML <-> model for budget/plan.yaml (budget lines and approved adjustments) and budget/expenses/<id>.yaml.
#include "store/codec.hpp"

#include "base/i18n.hpp"
#include "base/text.hpp"
#include "store/fields.hpp"
#include "store/yaml_writer.hpp"

namespace pmadmin {

Result<BudgetPlan> decode_budget(const YamlNode& root, const std::string& file) {
  Diagnostics errors;
  BudgetPlan b;
  b.src.file = file;
  Fields f(root, file, "", errors, b.src.marks, N_("the budget plan"));
  f.id_map("categories", [&](const std::string& id, const YamlNode& v) {
    BudgetLine line;
    Fields lf = f.nested(v, "categories." + id + ".", trf("budget category \"{}\"", id));
    if (v.is_map()) {
      if (auto mny = lf.money("planned", true)) line.planned = *mny;
      line.description = lf.text("description");
      line.title = lf.text("title");
      lf.list_of_maps("history", N_("a budget plan change"), [&](Fields& h, std::size_t) {
        PlanChange c;
        if (auto d = h.date("date", true)) c.date = *d;
        c.by = h.id_field("by", true);
        if (auto mny = h.money("planned", true)) c.planned = *mny;
        c.was = h.money("was");
        line.history.push_back(c);
      });
    }
    lf.finish();
    b.categories.emplace_back(id, line);
  });
  f.list_of_maps("adjustments", N_("a budget adjustment"), [&](Fields& a, std::size_t) {
    BudgetAdjustment adj;
    if (auto d = a.date("date", true)) adj.date = *d;
    adj.category = a.id_field("category", true);
    if (auto mny = a.money("amount", true, true)) adj.amount = *mny;
    adj.reason = a.text("reason", true, true);
    adj.by = a.id_field("by", true);
    b.adjustments.push_back(adj);
  });
  f.finish();
  return finish_entity(std::move(b), errors);
}

std::string encode_budget(const BudgetPlan& b) {
  YamlNode m = yaml_map();
  YamlNode cats = yaml_map();
  for (const auto& [id, line] : b.categories) {
    YamlNode n = yaml_map();
    yaml_set(n, "planned", yaml_str(line.planned.str()));
    yaml_set_text(n, "title", line.title);
    yaml_set_text(n, "description", line.description);
    if (!line.history.empty()) {
      YamlNode hs = yaml_seq();
      for (const auto& c : line.history) {
        YamlNode h = yaml_map();
        yaml_set(h, "date", yaml_plain(c.date.iso()));
        yaml_set(h, "by", yaml_str(c.by));
        yaml_set(h, "planned", yaml_str(c.planned.str()));
        if (c.was) yaml_set(h, "was", yaml_str(c.was->str()));
        hs.items.push_back(h);
      }
      yaml_set(n, "history", hs);
    }
    yaml_set(cats, id, n);
  }
  yaml_set(m, "categories", cats);
  YamlNode adj = yaml_seq();
  for (const auto& a : b.adjustments) {
    YamlNode n = yaml_map();
    yaml_set(n, "date", yaml_plain(a.date.iso()));
    yaml_set(n, "category", yaml_str(a.category));
    yaml_set(n, "amount", yaml_str(a.amount.str()));
    yaml_set(n, "reason", yaml_str(a.reason));
    yaml_set(n, "by", yaml_str(a.by));
    adj.items.push_back(n);
  }
  yaml_set(m, "adjustments", adj);
  return emit_yaml(m);
}

Result<Expense> decode_expense(const YamlNode& root, const std::string& file, const std::string& expected_id) {
  Diagnostics errors;
  Expense e;
  e.src.file = file;
  Fields f(root, file, "", errors, e.src.marks, N_("an expense"));
  e.id = f.id_field("id", true);
  f.check_id(e.id, expected_id);
  if (auto d = f.date("date", true)) e.date = *d;
  if (auto mny = f.money("amount", true)) e.amount = *mny;
  e.category = f.id_field("category", true);
  e.task = f.id_field("task");
  e.note = f.text("note", false, true);
  e.by = f.id_field("by");
  e.voided = f.date("voided");
  e.voided_by = f.id_field("voided-by");
  e.void_reason = f.text("void-reason", false, true);
  f.finish();
  return finish_entity(std::move(e), errors);
}

std::string encode_expense(const Expense& e) {
  YamlNode m = yaml_map();
  yaml_set(m, "id", yaml_str(e.id));
  yaml_set(m, "date", yaml_plain(e.date.iso()));
  yaml_set(m, "amount", yaml_str(e.amount.str()));
  yaml_set(m, "category", yaml_str(e.category));
  yaml_set_text(m, "task", e.task);
  yaml_set_text(m, "note", e.note);
  yaml_set_text(m, "by", e.by);
  if (e.voided) yaml_set(m, "voided", yaml_plain(e.voided->iso()));
  yaml_set_text(m, "voided-by", e.voided_by);
  yaml_set_text(m, "void-reason", e.void_reason);
  return emit_yaml(m);
}

}  // namespace pmadmin

// YAML <-> model for people/<id>.yaml: a person, their roles and the history of role grants.
#include "base/i18n.hpp"
#include "store/codec.hpp"

#include "base/text.hpp"
#include "model/grammar.hpp"
#include "store/fields.hpp"
#include "store/yaml_writer.hpp"

namespace pmadmin {

Result<Person> decode_person(const YamlNode& root, const std::string& file, const std::string& expected_id) {
  Diagnostics errors;
  Person p;
  p.src.file = file;
  Fields f(root, file, "", errors, p.src.marks, N_("a person"));
  p.id = f.id_field("id", true);
  f.check_id(p.id, expected_id);
  p.name = f.text("name", true);
  p.email = f.text("email");
  if (!p.email.empty() && !is_email(p.email))
    f.error_at(p.src.at("email"), trf("\"{}\" is not an e-mail address", p.email),
               tr("write one address like name@example.org, without spaces or angle brackets"));
  p.org = f.word("org", Org::team);
  p.roles = f.list("roles", true);
  if (const YamlNode* v = f.get("capacity")) {
    if (auto s = f.scalar("capacity", v, N_("a number from 0 to 1"))) {
      auto cap = v->quoted ? std::nullopt : parse_capacity(*s);
      if (!cap)
        f.error(*v, trf("\"capacity\" must be a share of full time from 0 to 1 (like 0.5), not {}", *s),
                tr("write 1.0 for full time, 0.5 for half time, with at most two decimals"));
      else
        p.capacity_percent = *cap;
    }
  }
  p.rate = f.money("rate");
  p.notes = f.text("notes", false, true);
  f.list_of_maps("history", N_("a role event"), [&](Fields& h, std::size_t) {
    RoleEvent e;
    if (auto d = h.date("date", true)) e.date = *d;
    e.action = h.word("action", RoleAction::grant, true);
    e.role = h.id_field("role", true);
    e.by = h.id_field("by", true);
    p.history.push_back(e);
  });
  f.finish();
  return finish_entity(std::move(p), errors);
}

std::string encode_person(const Person& p) {
  YamlNode m = yaml_map();
  yaml_set(m, "id", yaml_str(p.id));
  yaml_set(m, "name", yaml_str(p.name));
  yaml_set_text(m, "email", p.email);
  yaml_set(m, "org", yaml_word(p.org));
  yaml_set(m, "roles", yaml_str_list(p.roles));
  yaml_set(m, "capacity", yaml_plain(format_capacity(p.capacity_percent)));
  yaml_set_money(m, "rate", p.rate);
  yaml_set_text(m, "notes", p.notes);
  if (!p.history.empty()) {
    YamlNode h = yaml_seq();
    for (const auto& e : p.history) {
      YamlNode n = yaml_map();
      yaml_set(n, "date", yaml_plain(e.date.iso()));
      yaml_set(n, "action", yaml_word(e.action));
      yaml_set(n, "role", yaml_str(e.role));
      yaml_set(n, "by", yaml_str(e.by));
      h.items.push_back(n);
    }
    yaml_set(m, "history", h);
  }
  return emit_yaml(m);
}

}  // namespace pmadmin

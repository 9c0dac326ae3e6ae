// YAML <-> model for baselines/<name>.yaml: a saved schedule baseline.
#include "store/codec.hpp"

#include "base/i18n.hpp"
#include "base/text.hpp"
#include "store/fields.hpp"
#include "store/yaml_writer.hpp"

namespace pmadmin {

Result<Baseline> decode_baseline(const YamlNode& root, const std::string& file, const std::string& expected_id) {
  Diagnostics errors;
  Baseline b;
  b.src.file = file;
  Fields f(root, file, "", errors, b.src.marks, N_("a baseline"));
  b.name = f.id_field("name", true);
  f.check_id(b.name, expected_id, "name");
  if (auto d = f.date("saved", true)) b.saved = *d;
  b.by = f.id_field("by");
  f.id_map("tasks", [&](const std::string& id, const YamlNode& v) {
    BaselineTask bt;
    Fields tf = f.nested(v, "tasks." + id + ".", trf("baseline task \"{}\"", id));
    if (v.is_map()) {
      if (auto d = tf.date("start", true)) bt.start = *d;
      if (auto d = tf.date("finish", true)) bt.finish = *d;
      bt.cost = tf.money("cost");
    }
    tf.finish();
    b.tasks.emplace_back(id, bt);
  });
  f.finish();
  return finish_entity(std::move(b), errors);
}

std::string encode_baseline(const Baseline& b) {
  YamlNode m = yaml_map();
  yaml_set(m, "name", yaml_str(b.name));
  yaml_set(m, "saved", yaml_plain(b.saved.iso()));
  yaml_set_text(m, "by", b.by);
  YamlNode ts = yaml_map();
  for (const auto& [id, bt] : b.tasks) {
    YamlNode n = yaml_map();
    yaml_set(n, "start", yaml_plain(bt.start.iso()));
    yaml_set(n, "finish", yaml_plain(bt.finish.iso()));
    yaml_set_money(n, "cost", bt.cost);
    yaml_set(ts, id, n);
  }
  yaml_set(m, "tasks", ts);
  return emit_yaml(m);
}

}  // namespace pmadmin

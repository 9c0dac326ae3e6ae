#pragma once
/// The decoders' reading helper: one YAML map read key by key, every problem collected as a
/// diagnostic at its position, every field's position recorded for later cross-reference
/// errors, and every key nobody asked for reported as unknown (with "did you mean").
#include <fmt/format.h>
#include <algorithm>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "base/diag.hpp"
#include "base/i18n.hpp"
#include "base/ids.hpp"
#include "base/result.hpp"
#include "model/model.hpp"
#include "model/vocab.hpp"
#include "store/yaml_tree.hpp"

namespace pmadmin {

/// "a map", "a list", "a scalar" or "null": what a node is, for messages.
const char* kind_word(const YamlNode& n);

/// Reads one YAML map, key by key, recording positions and collecting problems.
class Fields {
 public:
  /// `node` is the map to read (an error when it is not one), `file` names it in
  /// diagnostics, `prefix` is prepended to the field paths recorded in `marks`, and `what`
  /// names the map in messages ("a task", "budget category \"labour\"").
  Fields(const YamlNode& node, const std::string& file, std::string prefix, Diagnostics& errors, Marks& marks,
         std::string what);

  void error(const YamlNode& at, std::string message, std::string hint = {});
  void error_at(Mark at, std::string message, std::string hint = {});
  /// What to write instead, for the errors every kind of file shares.
  static std::string list_hint(const std::string& key);
  static std::string id_hint();

  const YamlNode* get(const std::string& key, bool required = false);

  std::optional<std::string> scalar(const std::string& key, const YamlNode* v, const char* expected);

  std::string text(const std::string& key, bool required = false, bool multiline = false);

  void check_text(const YamlNode& at, const std::string& key, const std::string& s, bool multiline);

  std::string id_field(const std::string& key, bool required = false);

  std::string choice(const std::string& key, const std::vector<std::string>& allowed, std::string fallback,
                     bool required = false);

  /// One word of the closed vocabulary E (model/vocab.hpp); `fallback` when it is absent or
  /// not one of the words (an error then, with "did you mean").
  template <typename E>
  E word(const std::string& key, E fallback, bool required = false) {
    std::string s = choice(key, words_of<E>(), std::string(to_text(fallback)), required);
    return from_text<E>(s).value_or(fallback);
  }
  /// As word(), for an optional key with no default: nullopt when absent or wrong.
  template <typename E>
  std::optional<E> optional_word(const std::string& key) {
    return from_text<E>(choice(key, words_of<E>(), ""));
  }

  std::optional<Date> date(const std::string& key, bool required = false);

  std::optional<Date> parse_date(const YamlNode& at, const std::string& key, const std::string& s);

  std::optional<int> integer(const std::string& key, int min, int max, bool required = false);

  std::optional<int> parse_int(const YamlNode& at, const std::string& key, const std::string& s, int min, int max);

  /// A quoted decimal amount; negative only where `signed_amount` (an adjustment is a change
  /// either way; a cost, rate or expense never is).
  std::optional<Money> money(const std::string& key, bool required = false, bool signed_amount = false);

  std::optional<Money> parse_money(const YamlNode& at, const std::string& key, const std::string& s,
                                   bool signed_amount = false);

  std::optional<int> days(const std::string& key);

  /// A list of scalars; each item's position is recorded as key[i].
  std::vector<std::string> list(const std::string& key, bool ids = false);

  /// A list of maps; calls `each(fields, index)` for every item.
  template <typename F>
  void list_of_maps(const std::string& key, const std::string& item_what, F each) {
    const YamlNode* v = get(key);
    if (!v) return;
    if (!v->is_sequence()) {
      error(*v, trf("\"{}\" must be a list, not {}", key, kind_word(*v)), list_hint(key));
      return;
    }
    for (std::size_t i = 0; i < v->items.size(); ++i) {
      Fields item(v->items[i], file_, fmt::format("{}{}[{}].", prefix_, key, i), errors_, marks_, item_what);
      if (v->items[i].is_map()) each(item, i);
      item.finish();
    }
  }

  /// A map from IDs (in file order); calls `each(id, value_node)`.
  template <typename F>
  void id_map(const std::string& key, F each) {
    const YamlNode* v = get(key);
    if (!v) return;
    if (!v->is_map()) {
      error(*v, trf("\"{}\" must be a map, not {}", key, kind_word(*v)),
            trf("write each entry as an indented \"name: value\" line under \"{}:\"", key));
      return;
    }
    for (std::size_t i = 0; i < v->keys.size(); ++i) {
      const YamlNode& k = v->keys[i];
      marks_[prefix_ + key + "." + k.value] = Mark{k.line, k.col};
      if (auto problem = id_problem(k.value)) {
        error(k, trf("\"{}\" is not a valid name here: {}", k.value, *problem), id_fix_hint(k.value, "materials"));
        continue;
      }
      each(k.value, v->items[i]);
    }
  }

  Fields nested(const YamlNode& n, const std::string& sub_prefix, std::string what);

  /// Reports every key that no accessor asked for, with a suggestion.
  void finish();

  /// An error at `key` when its value is not the ID the file name gives.
  void check_id(const std::string& id, const std::string& expected, const std::string& key = "id");

  const std::string& file() const { return file_; }
  Diagnostics& errors() { return errors_; }
  Marks& marks() { return marks_; }

 private:
  const YamlNode& node_;
  const std::string& file_;
  std::string prefix_;
  Diagnostics& errors_;
  Marks& marks_;
  std::string what_;
  std::vector<std::string> allowed_;
};

/// The decoded entity, or every problem found in it, in file order.
template <typename T>
Result<T> finish_entity(T value, Diagnostics& errors) {
  // Problems are reported in file order, whatever order the fields were read in.
  std::stable_sort(errors.begin(), errors.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.line, a.col) < std::tie(b.line, b.col);
  });
  limit_per_file(errors, kMaxErrorsPerFile);
  if (has_errors(errors)) return errors;
  return value;
}

}  // namespace pmadmin

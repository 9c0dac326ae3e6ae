#pragma once
/// The canonical YAML writer: block style, fixed key order (the order nodes are added),
/// and quoting of every string another YAML reader would take as a bool, number, date or null.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.hpp"
#include "base/money.hpp"
#include "model/vocab.hpp"
#include "store/yaml_tree.hpp"

namespace pmadmin {

/// A string value; quoted on output when needed.
YamlNode yaml_str(std::string_view s);
/// A value written exactly as given, unquoted (numbers, dates, enum words we produce).
YamlNode yaml_plain(std::string_view s);
YamlNode yaml_int(long long v);
YamlNode yaml_map();
YamlNode yaml_seq();
YamlNode yaml_str_list(const std::vector<std::string>& items);

/// A word of a closed vocabulary (model/vocab.hpp), unquoted.
template <typename E>
YamlNode yaml_word(E value) {
  return yaml_plain(to_text(value));
}

/// Adds `key: value` to a map node.
void yaml_set(YamlNode& map, std::string_view key, YamlNode value);

/// `key: value` only when there is a value: empty text or lists and absent dates or
/// amounts are left out, so files stay small and diffs show only what is set.
void yaml_set_text(YamlNode& map, const char* key, const std::string& value);
void yaml_set_list(YamlNode& map, const char* key, const std::vector<std::string>& items);
void yaml_set_date(YamlNode& map, const char* key, const std::optional<Date>& date);
void yaml_set_money(YamlNode& map, const char* key, const std::optional<Money>& amount);

/// True when `s` must be quoted so that every YAML reader (1.1 or 1.2) reads it as this string.
bool yaml_needs_quotes(std::string_view s);

/// The file text for a document whose root is `root` (a map), ending in one newline.
std::string emit_yaml(const YamlNode& root);

}  // namespace pmadmin

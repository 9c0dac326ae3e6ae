#pragma once
/// The canonical YAML writer: block style, fixed key order (the order nodes are added),
/// and quoting of every string another YAML reader would take as a bool, number, date or null.
#include <string>
#include <string_view>
#include <vector>

#include "yaml_tree.hpp"

namespace pmadmin {

/// A string value; quoted on output when needed.
YamlNode yaml_str(std::string_view s);
/// A value written exactly as given, unquoted (numbers, dates, enum words we produce).
YamlNode yaml_plain(std::string_view s);
YamlNode yaml_int(long long v);
YamlNode yaml_map();
YamlNode yaml_seq();
YamlNode yaml_str_list(const std::vector<std::string>& items);

/// Adds `key: value` to a map node.
void yaml_set(YamlNode& map, std::string_view key, YamlNode value);

/// True when `s` must be quoted so that every YAML reader (1.1 or 1.2) reads it as this string.
bool yaml_needs_quotes(std::string_view s);

/// The file text for a document whose root is `root` (a map), ending in one newline.
std::string emit_yaml(const YamlNode& root);

}  // namespace pmadmin

#pragma once
/// A strict YAML reader: yaml-cpp's event parser feeds a small tree that keeps positions,
/// quoting and key order, and refuses what pmadmin must not trust (SPEC §6).
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"

namespace pmadmin {

struct YamlNode {
  enum class Kind { null, scalar, sequence, map };
  Kind kind = Kind::null;
  int line = 0;                 ///< 1-based
  int col = 0;                  ///< 1-based byte column
  std::string value;            ///< scalar text
  bool quoted = false;          ///< scalar was quoted or a block scalar (so never a number/bool)
  std::vector<YamlNode> keys;   ///< map keys (scalars), in file order
  std::vector<YamlNode> items;  ///< sequence items, or map values parallel to `keys`

  bool is_scalar() const { return kind == Kind::scalar; }
  bool is_map() const { return kind == Kind::map; }
  bool is_sequence() const { return kind == Kind::sequence; }
  bool is_null() const { return kind == Kind::null; }
  /// The value of `key` in a map, or nullptr.
  const YamlNode* find(std::string_view key) const;
};

inline constexpr std::size_t kMaxFileBytes = std::size_t{1024} * 1024;
inline constexpr int kMaxNesting = 32;
/// Hard limits that keep reading linear and the output readable on a hostile file.
inline constexpr std::size_t kMaxKeysPerMap = 20000;
inline constexpr std::size_t kMaxItemsPerList = 20000;
inline constexpr std::size_t kMaxErrorsPerFile = 20;  ///< then one line says how many more there are

/// Parses one file's bytes in time linear in their size. `file` names it in diagnostics.
/// Reports the problems it finds (the first kMaxErrorsPerFile, then how many more): size,
/// NUL, invalid UTF-8, BOM, several documents, anchors, aliases, tags, nesting deeper than
/// kMaxNesting, maps or lists over their limits, duplicate and non-scalar keys, yaml-cpp
/// syntax errors.
Result<YamlNode> parse_yaml_strict(std::string_view text, const std::string& file);

/// 1-based line and column of byte `offset` in `text`.
std::pair<int, int> line_col_of(std::string_view text, std::size_t offset);

}  // namespace pmadmin

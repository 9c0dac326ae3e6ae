#include "store/yaml_writer.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <array>

#include "base/text.hpp"

namespace pmadmin {

YamlNode yaml_str(std::string_view s) {
  YamlNode n;
  n.kind = YamlNode::Kind::scalar;
  n.value = std::string(s);
  n.quoted = true;  // "a string": the writer decides whether quotes are needed
  return n;
}

YamlNode yaml_plain(std::string_view s) {
  YamlNode n;
  n.kind = YamlNode::Kind::scalar;
  n.value = std::string(s);
  n.quoted = false;
  return n;
}

YamlNode yaml_int(long long v) { return yaml_plain(std::to_string(v)); }

YamlNode yaml_map() {
  YamlNode n;
  n.kind = YamlNode::Kind::map;
  return n;
}

YamlNode yaml_seq() {
  YamlNode n;
  n.kind = YamlNode::Kind::sequence;
  return n;
}

YamlNode yaml_str_list(const std::vector<std::string>& items) {
  YamlNode n = yaml_seq();
  for (const auto& s : items) n.items.push_back(yaml_str(s));
  return n;
}

void yaml_set(YamlNode& map, std::string_view key, YamlNode value) {
  map.keys.push_back(yaml_str(key));  // user IDs as keys are quoted when they need it
  map.items.push_back(std::move(value));
}

void yaml_set_text(YamlNode& map, const char* key, const std::string& value) {
  if (!value.empty()) yaml_set(map, key, yaml_str(value));
}
void yaml_set_list(YamlNode& map, const char* key, const std::vector<std::string>& items) {
  if (!items.empty()) yaml_set(map, key, yaml_str_list(items));
}
void yaml_set_date(YamlNode& map, const char* key, const std::optional<Date>& date) {
  if (date) yaml_set(map, key, yaml_plain(date->iso()));
}
void yaml_set_money(YamlNode& map, const char* key, const std::optional<Money>& amount) {
  if (amount) yaml_set(map, key, yaml_str(amount->str()));
}

bool yaml_needs_quotes(std::string_view s) {
  if (s.empty()) return true;
  if (s.front() == ' ' || s.back() == ' ' || s.front() == '\t' || s.back() == '\t') return true;
  // Indicators that start other YAML constructs, and anything number-, date- or time-like.
  static constexpr std::string_view kStart = "-?:,[]{}#&*!|>'\"%@`+.~=<0123456789";
  if (kStart.find(s.front()) != std::string_view::npos) return true;
  if (s.find(": ") != std::string_view::npos || s.find(" #") != std::string_view::npos) return true;
  if (s.back() == ':') return true;
  for (char c : s)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return true;
  if (find_forbidden_char(s, false)) return true;
  std::string lower;
  for (char c : s) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  // YAML 1.1 booleans and nulls (yaml-cpp, PyYAML, Psych) and 1.2 specials.
  static constexpr std::array<std::string_view, 13> kWords = {"y",   "n",    "yes", "no",  "true",     "false", "on",
                                                              "off", "null", "nan", "inf", "infinity", "none"};
  return std::find(kWords.begin(), kWords.end(), lower) != kWords.end();
}

namespace {

std::string double_quoted(std::string_view s) {
  std::string out = "\"";
  for (char32_t cp : decode_utf8(s)) {
    switch (cp) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      default:
        if (is_control_char(cp) || is_bidi_control(cp)) {
          out += fmt::format("\\u{:04x}", static_cast<unsigned>(cp));
        } else {
          // Re-encode the code point as UTF-8.
          if (cp < 0x80)
            out += static_cast<char>(cp);
          else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
          } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
          } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
          }
        }
    }
  }
  return out + "\"";
}

// A multi-line note reads best as a literal block; only when it round-trips exactly.
bool literal_block_fits(std::string_view s) {
  if (s.find('\n') == std::string_view::npos) return false;
  if (s.front() == ' ' || s.front() == '\n') return false;
  if (s.size() >= 2 && s.substr(s.size() - 2) == "\n\n") return false;
  if (find_forbidden_char(s, true)) return false;
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t end = s.find('\n', start);
    std::string_view line = s.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    if (!line.empty() && (line.back() == ' ' || line.back() == '\t')) return false;
    if (line.find('\t') != std::string_view::npos) return false;
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return true;
}

std::string scalar_text(const YamlNode& n, int indent) {
  if (!n.quoted) return n.value;
  // Bytes that are not UTF-8 are written as they are, never replaced: the store reads every
  // file back before writing it and refuses the change, so nothing is silently altered.
  if (find_invalid_utf8(n.value)) return "\"" + n.value + "\"";
  if (!yaml_needs_quotes(n.value)) return n.value;
  if (literal_block_fits(n.value)) {
    std::string out = n.value.back() == '\n' ? "|" : "|-";
    std::string pad(static_cast<std::size_t>(indent), ' ');
    std::size_t start = 0;
    std::string_view v = n.value;
    if (v.back() == '\n') v.remove_suffix(1);
    while (true) {
      std::size_t end = v.find('\n', start);
      std::string_view line = v.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
      out += "\n";
      if (!line.empty()) out += pad + std::string(line);
      if (end == std::string_view::npos) break;
      start = end + 1;
    }
    return out;
  }
  return double_quoted(n.value);
}

bool is_empty_collection(const YamlNode& n) { return (n.is_map() || n.is_sequence()) && n.items.empty(); }

void emit_node(const YamlNode& n, int indent, std::string& out);

void emit_value_after_key(const YamlNode& v, int indent, std::string& out) {
  if (v.is_null()) {
    out += " null\n";
    return;
  }
  if (v.is_scalar()) {
    out += " " + scalar_text(v, indent + 2) + "\n";
    return;
  }
  if (is_empty_collection(v)) {
    out += v.is_map() ? " {}\n" : " []\n";
    return;
  }
  out += "\n";
  emit_node(v, indent + 2, out);
}

void emit_node(const YamlNode& n, int indent, std::string& out) {
  std::string pad(static_cast<std::size_t>(indent), ' ');
  if (n.is_map()) {
    for (std::size_t i = 0; i < n.keys.size(); ++i) {
      out += pad + scalar_text(n.keys[i], indent) + ":";
      if (n.items[i].is_null()) {
        out += " null\n";
        continue;
      }
      emit_value_after_key(n.items[i], indent, out);
    }
  } else if (n.is_sequence()) {
    for (const auto& item : n.items) {
      out += pad + "-";
      if (item.is_map() && !item.items.empty()) {
        // First key on the dash line, the rest aligned under it.
        std::string inner;
        emit_node(item, indent + 2, inner);
        out += " " + inner.substr(static_cast<std::size_t>(indent + 2));
      } else {
        emit_value_after_key(item, indent, out);
      }
    }
  } else if (n.is_scalar()) {
    out += pad + scalar_text(n, indent) + "\n";
  }
}

}  // namespace

std::string emit_yaml(const YamlNode& root) {
  std::string out;
  emit_node(root, 0, out);
  return out;
}

}  // namespace pmadmin

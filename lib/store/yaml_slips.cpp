#include "store/yaml_slips.hpp"

#include <fmt/format.h>
#include <vector>

#include "base/i18n.hpp"

namespace pmadmin {

namespace {

constexpr std::string_view kFullWidthColon = "\xEF\xBC\x9A";  // U+FF1A
constexpr std::string_view kFullWidthSpace = "\xE3\x80\x80";  // U+3000

bool key_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

/// A line cut into indentation, an optional "- ", a key and what follows the key.
struct Line {
  std::string_view text;
  std::size_t indent = 0;     ///< bytes of leading spaces
  std::size_t key_start = 0;  ///< after the indentation and "- "
  std::size_t key_end = 0;    ///< one past the key's last character; == key_start when none
};

Line cut(std::string_view text) {
  Line l{text};
  while (l.indent < text.size() && text[l.indent] == ' ') ++l.indent;
  l.key_start = l.indent;
  if (text.substr(l.key_start, 2) == "- ") l.key_start += 2;
  l.key_end = l.key_start;
  while (l.key_end < text.size() && key_char(text[l.key_end])) ++l.key_end;
  return l;
}

Diagnostic slip(const std::string& file, int line, std::size_t col, std::string message, std::string hint) {
  return make_error(file, line, static_cast<int>(col) + 1, std::move(message), std::move(hint));
}

/// A value on `text` opened with a quote it does not close.
std::optional<Diagnostic> quote_slip(const std::string& file, int n, std::string_view text) {
  Line l = cut(text);
  if (l.key_end == l.key_start || text.substr(l.key_end, 2) != ": ") return std::nullopt;
  std::string_view value = text.substr(l.key_end + 2);
  while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
  if (value.empty() || (value[0] != '"' && value[0] != '\'')) return std::nullopt;
  const char q = value[0];
  std::size_t close = std::string_view::npos;
  for (std::size_t i = 1; i < value.size(); ++i) {
    if (q == '"' && value[i] == '\\') {  // an escape: the next character is not the end
      ++i;
    } else if (value[i] == q) {
      if (q == '\'' && i + 1 < value.size() && value[i + 1] == '\'') {  // '' is a quote inside single quotes
        ++i;
        continue;
      }
      close = i;
      break;
    }
  }
  if (close != std::string_view::npos) return std::nullopt;
  const std::string key(text.substr(l.key_start, l.key_end - l.key_start));
  return slip(file, n, text.size() - value.size(),
              trf("the value of \"{}\" opens a quote {} that its line does not close", key, q),
              trf("end the value with {} on the same line", q));
}

/// The slip on one line, if any (`next` is the following line, for a list under a value).
std::optional<Diagnostic> line_slip(const std::string& file, int n, std::string_view text, std::string_view next) {
  if (auto tab = text.find_first_not_of(' '); tab != std::string_view::npos && text[tab] == '\t')
    return slip(file, n, tab, tr("this line is indented with a tab; YAML indentation must be spaces"),
                tr("replace the tab with spaces (two per level, as in the rest of the file)"));
  Line l = cut(text);
  if (text.substr(l.indent, kFullWidthSpace.size()) == kFullWidthSpace)
    return slip(file, n, l.indent,
                tr("this line is indented with a full-width space (U+3000); YAML needs ASCII spaces"),
                tr("retype the indentation with ordinary spaces (switch the keyboard to half-width)"));
  if (l.key_end == l.key_start) return std::nullopt;
  const std::string key(text.substr(l.key_start, l.key_end - l.key_start));
  std::string_view rest = text.substr(l.key_end);
  if (rest.substr(0, kFullWidthColon.size()) == kFullWidthColon)
    return slip(file, n, l.key_end,
                trf("a full-width colon \"：\" follows \"{}\"; YAML needs an ASCII colon and a space", key),
                trf("write it as {}: ... (switch the keyboard to half-width for the colon)", key));
  if (rest.empty() || rest[0] != ':') return std::nullopt;
  if (rest.size() > 1 && rest[1] != ' ' && rest[1] != '\r')
    return slip(file, n, l.key_end + 1, trf("there is no space after the colon of \"{}\"", key),
                trf("write it as {}: {}", key, rest.substr(1)));
  std::string_view value = rest.size() > 2 ? rest.substr(2) : std::string_view{};
  while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
  const std::size_t value_col = text.size() - value.size();
  if (!value.empty() && (value[0] == '"' || value[0] == '\'')) return quote_slip(file, n, text);
  if (!value.empty() && value[0] != '[' && value[0] != '{' && value[0] != '|' && value[0] != '>' && value[0] != '#' &&
      value.find(": ") != std::string_view::npos)
    return slip(file, n, value_col, trf("the value of \"{}\" contains \": \", which YAML reads as a new key", key),
                trf("put the value in quotes: {}: \"{}\"", key, value));
  Line below = cut(next);
  if (!value.empty() && value[0] != '#' && below.indent > l.indent && next.substr(below.indent, 2) == "- ")
    return slip(file, n + 1, below.indent,
                trf("a list item under \"{}\", which already has a value on its own line", key),
                trf("write \"{}:\" alone on its line with the items under it, or remove the value \"{}\"", key, value));
  return std::nullopt;
}

}  // namespace

namespace {

/// Runs `check` on each line outside block scalars (| and >) and comments, up to `last`.
template <typename Check>
std::optional<Diagnostic> scan(std::string_view text, int upto_line, Check check) {
  std::vector<std::string_view> lines;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    pos = nl + 1;
  }
  const int last =
      upto_line > 0 ? std::min<int>(upto_line, static_cast<int>(lines.size())) : static_cast<int>(lines.size());
  bool in_block = false;  // inside a | or > block scalar: anything goes
  std::size_t block_indent = 0;
  for (int i = 0; i < last; ++i) {
    std::string_view line = lines[static_cast<std::size_t>(i)];
    Line l = cut(line);
    if (in_block) {
      if (l.indent > block_indent || l.indent == line.size()) continue;
      in_block = false;
    }
    if (l.indent == line.size() || line[l.indent] == '#') continue;
    std::string_view next = i + 1 < static_cast<int>(lines.size()) ? lines[static_cast<std::size_t>(i) + 1] : "";
    if (auto d = check(i + 1, line, next)) return d;
    auto colon = line.find(": ", l.key_end);
    if (colon == l.key_end && colon + 2 < line.size() && (line[colon + 2] == '|' || line[colon + 2] == '>')) {
      in_block = true;
      block_indent = l.indent;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<Diagnostic> find_yaml_slip(std::string_view text, const std::string& file, int upto_line) {
  return scan(text, upto_line,
              [&](int n, std::string_view line, std::string_view next) { return line_slip(file, n, line, next); });
}

std::optional<Diagnostic> find_unclosed_quote(std::string_view text, const std::string& file) {
  return scan(text, 0, [&](int n, std::string_view line, std::string_view) { return quote_slip(file, n, line); });
}

}  // namespace pmadmin

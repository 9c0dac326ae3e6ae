#include "store/yaml_comments.hpp"

#include <map>
#include <vector>

#include "store/yaml_tree.hpp"
#include "store/yaml_writer.hpp"

namespace pmadmin {

namespace {

struct TextLine {
  std::string text;     ///< without the end-of-line comment
  std::string comment;  ///< " # ..." as written (with its spaces), or ""
  std::string path;     ///< the key path it opens ("owner", "log[2].date"); "" for none
  bool full_comment = false;
};

/// Where an end-of-line comment starts: " #" outside quotes; npos when none.
std::size_t comment_start(std::string_view line) {
  char quote = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quote == '"' && c == '\\') {
      ++i;
    } else if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '#' && i > 0 && (line[i - 1] == ' ' || line[i - 1] == '\t')) {
      std::size_t s = i;
      while (s > 0 && line[s - 1] == ' ') --s;
      return s;
    }
  }
  return std::string_view::npos;
}

/// The lines of `text` with their key paths (a stack of indentation levels), comments apart;
/// lines inside block scalars (| and >) are content: no path, no comment.
std::vector<TextLine> read_lines(std::string_view text) {
  std::vector<TextLine> out;
  std::vector<std::pair<std::size_t, std::string>> stack;  // indentation -> path prefix
  std::map<std::string, int> items;                        // list path -> items seen
  std::size_t block = std::string::npos;                   // indentation of a block scalar's key
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view raw = text.substr(pos, nl - pos);
    pos = nl + 1;
    TextLine l;
    std::size_t indent = raw.find_first_not_of(' ');
    if (block != std::string::npos) {
      if (indent == std::string_view::npos || indent > block) {
        l.text = std::string(raw);
        out.push_back(l);
        continue;
      }
      block = std::string::npos;
    }
    if (indent == std::string_view::npos || raw[indent] == '#') {
      l.text = std::string(raw);
      l.full_comment = indent != std::string_view::npos;
      out.push_back(l);
      continue;
    }
    std::size_t cut = comment_start(raw);
    l.text = std::string(raw.substr(0, cut));
    if (cut != std::string_view::npos) l.comment = std::string(raw.substr(cut));
    while (!stack.empty() && stack.back().first >= indent) stack.pop_back();
    std::string prefix = stack.empty() ? "" : stack.back().second;
    std::size_t key_at = indent;
    if (raw.substr(indent, 2) == "- ") {  // a list item: the list's path and its number
      std::string list = prefix;
      prefix = list + "[" + std::to_string(items[list]++) + "]";
      stack.emplace_back(indent, prefix);
      key_at = indent + 2;
      l.path = prefix;
    }
    std::size_t colon = l.text.find(": ", key_at);
    if (colon == std::string::npos && !l.text.empty() && l.text.back() == ':') colon = l.text.size() - 1;
    if (colon != std::string::npos && l.text[key_at] != '"' && l.text[key_at] != '\'') {
      std::string key =
          prefix.empty() ? l.text.substr(key_at, colon - key_at) : prefix + "." + l.text.substr(key_at, colon - key_at);
      if (l.path.empty() || l.path == prefix) l.path = l.path.empty() ? key : l.path;
      stack.emplace_back(key_at, key);
      std::string_view after = std::string_view(l.text).substr(colon + 1);
      while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
      if (!after.empty() && (after[0] == '|' || after[0] == '>')) block = indent;
    }
    out.push_back(l);
  }
  return out;
}

/// The values of `text`, canonically, or "" when it does not parse.
std::string values_of(const std::string& text) {
  auto tree = parse_yaml_strict(text, "comments");
  return tree ? emit_yaml(*tree) : std::string();
}

}  // namespace

std::string keep_comments(std::string_view old_text, const std::string& new_text) {
  if (old_text.find('#') == std::string_view::npos) return new_text;
  std::vector<TextLine> old_lines = read_lines(old_text);
  std::map<std::string, std::vector<std::string>> before;  // path -> full-line comments
  std::map<std::string, std::string> after;                // path -> end-of-line comment
  std::vector<std::string> pending, homeless;
  for (const auto& l : old_lines) {
    if (l.full_comment) {
      pending.push_back(l.text);
      continue;
    }
    if (l.path.empty()) continue;
    if (!pending.empty()) {
      auto& list = before[l.path];
      list.insert(list.end(), pending.begin(), pending.end());
      pending.clear();
    }
    if (!l.comment.empty()) after[l.path] = l.comment;
  }
  homeless = pending;  // comments after the last key
  if (before.empty() && after.empty() && homeless.empty()) return new_text;
  std::string out;
  for (const auto& l : read_lines(new_text)) {
    if (auto b = before.find(l.path); !l.path.empty() && b != before.end()) {
      for (const auto& c : b->second) out += c + "\n";
      before.erase(b);
    }
    out += l.text;
    if (auto a = after.find(l.path); !l.path.empty() && a != after.end()) {
      out += a->second;
      after.erase(a);
    }
    out += "\n";
  }
  for (const auto& [path, comments] : before) homeless.insert(homeless.end(), comments.begin(), comments.end());
  for (const auto& [path, comment] : after) {
    std::size_t hash = comment.find('#');
    homeless.push_back(comment.substr(hash));
  }
  for (const auto& c : homeless) {
    std::size_t hash = c.find('#');
    out += c.substr(hash) + "\n";
  }
  if (values_of(out) != values_of(new_text) || values_of(new_text).empty()) {  // never change a value
    std::string safe = new_text;
    for (const auto& l : old_lines) {
      if (l.full_comment) safe += l.text.substr(l.text.find('#')) + "\n";
      if (!l.comment.empty()) safe += l.comment.substr(l.comment.find('#')) + "\n";
    }
    return safe;
  }
  return out;
}

}  // namespace pmadmin

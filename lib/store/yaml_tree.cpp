#include "store/yaml_tree.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <fmt/format.h>
#include <map>
#include <sstream>
#include <unordered_map>

#include "base/i18n.hpp"
#include "base/text.hpp"
#include "store/yaml_slips.hpp"

namespace pmadmin {

const YamlNode* YamlNode::find(std::string_view key) const {
  for (std::size_t i = 0; i < keys.size(); ++i)
    if (keys[i].value == key) return &items[i];
  return nullptr;
}

std::pair<int, int> line_col_of(std::string_view text, std::size_t offset) {
  int line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i)
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  return {line, static_cast<int>(offset - line_start) + 1};
}

namespace {

constexpr const char* kAnchorMessage = N_("anchors (&name) are not allowed in pmadmin files");
constexpr const char* kAliasMessage = N_("aliases (*name) are not allowed in pmadmin files; write the value out");

class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(const std::string& file, Diagnostics& errors) : file_(file), errors_(errors) {}

  YamlNode root;
  bool has_root = false;

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    check_anchor(mark, anchor);
    YamlNode n = make(mark, YamlNode::Kind::null);
    add(std::move(n));
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    // Only the first alias is reported: an alias bomb would otherwise flood the output.
    if (aliases_++ == 0)
      error(mark, tr(kAliasMessage),
            tr("copy the value to where it is used: pmadmin files are plain YAML, without references"));
    add(make(mark, YamlNode::Kind::null));
  }

  /// Adds "(N more in this file)" to the first anchor and alias errors, and a last line for
  /// the problems beyond kMaxErrorsPerFile.
  void summarise() {
    for (auto& d : errors_) {
      if (anchors_ > 1 && d.message == tr(kAnchorMessage))
        d.message = trf("{} ({} more in this file)", d.message, anchors_ - 1);
      if (aliases_ > 1 && d.message == tr(kAliasMessage))
        d.message = trf("{} ({} more in this file)", d.message, aliases_ - 1);
    }
    if (suppressed_ > 0)
      errors_.push_back(make_error(file_, 0, 0, trf("{} more problems in this file are not shown", suppressed_),
                                   tr("fix the ones above and run the command again")));
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    check_anchor(mark, anchor);
    check_tag(mark, tag);
    YamlNode n = make(mark, YamlNode::Kind::scalar);
    n.value = value;
    n.quoted = tag == "!";
    add(std::move(n));
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(mark, tag, anchor, YamlNode::Kind::sequence);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(mark, tag, anchor, YamlNode::Kind::map);
  }
  void OnMapEnd() override { close(); }

 private:
  struct Frame {
    YamlNode node;
    bool expecting_key = true;                       // maps alternate key, value
    std::unordered_map<std::string, int> key_lines;  // key -> its first line: duplicates in O(1)
    bool over_limit = false;                         // reported once per map or list
  };

  YamlNode make(const YAML::Mark& mark, YamlNode::Kind kind) const {
    YamlNode n;
    n.kind = kind;
    n.line = mark.line + 1;
    n.col = mark.column + 1;
    return n;
  }

  void error(const YAML::Mark& mark, std::string message, std::string hint) {
    report(mark.line + 1, mark.column + 1, std::move(message), std::move(hint));
  }

  void report(int line, int col, std::string message, std::string hint = {}) {
    if (errors_.size() >= kMaxErrorsPerFile) {
      ++suppressed_;
      return;
    }
    errors_.push_back(make_error(file_, line, col, std::move(message), std::move(hint)));
  }

  /// A map with more than kMaxKeysPerMap keys, or a list with more than kMaxItemsPerList
  /// items, is refused (once): no pmadmin file needs that many.
  void count(Frame& top, std::size_t size, const YamlNode& n) {
    const bool map = top.node.kind == YamlNode::Kind::map;
    const std::size_t limit = map ? kMaxKeysPerMap : kMaxItemsPerList;
    if (size < limit || top.over_limit) return;
    top.over_limit = true;
    report(n.line, n.col,
           map ? trf("this map has more than {} keys", limit) : trf("this list has more than {} items", limit),
           tr("split the data over several files; one entity per file keeps each one small"));
  }

  void check_anchor(const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (anchor != 0 && anchors_++ == 0)
      error(mark, tr(kAnchorMessage), tr("remove the &name and write each value out where it is used"));
  }

  void check_tag(const YAML::Mark& mark, const std::string& tag) {
    if (!tag.empty() && tag != "?" && tag != "!")
      error(mark, trf("tags ({}) are not allowed in pmadmin files", tag),
            tr("remove the word starting with ! before the value; pmadmin reads plain values only"));
  }

  void open(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor, YamlNode::Kind kind) {
    check_anchor(mark, anchor);
    check_tag(mark, tag);
    ++depth_;
    if (depth_ > kMaxNesting) {
      if (!too_deep_reported_)
        error(mark, trf("nesting is deeper than {} levels", kMaxNesting),
              tr("no pmadmin file nests more than a few levels; docs/format.md shows the shape of each file"));
      too_deep_reported_ = true;
      ++ignored_;
      return;
    }
    Frame frame;
    frame.node = make(mark, kind);
    stack_.push_back(std::move(frame));
  }

  void close() {
    --depth_;
    if (ignored_ > 0) {
      --ignored_;
      if (ignored_ == 0) add(YamlNode{});  // stands in for the subtree that was too deep
      return;
    }
    YamlNode n = std::move(stack_.back().node);
    stack_.pop_back();
    add(std::move(n));
  }

  void add(YamlNode n) {
    if (ignored_ > 0) return;
    if (stack_.empty()) {
      root = std::move(n);
      has_root = true;
      return;
    }
    Frame& top = stack_.back();
    if (top.node.kind == YamlNode::Kind::sequence) {
      count(top, top.node.items.size(), n);
      top.node.items.push_back(std::move(n));
      return;
    }
    if (top.expecting_key) {
      top.expecting_key = false;
      if (n.kind != YamlNode::Kind::scalar) {
        report(n.line, n.col, tr("a key must be a plain word, not a list, map or null"),
               tr("write the key as a word followed by a colon, like \"title:\""));
        n.kind = YamlNode::Kind::scalar;
      }
      count(top, top.node.keys.size(), n);
      auto [first, inserted] = top.key_lines.emplace(n.value, n.line);
      if (!inserted)
        report(n.line, n.col, trf("duplicate key \"{}\" (first at line {})", n.value, first->second),
               tr("a key may appear once per map; yaml-cpp would silently keep the first"));
      top.node.keys.push_back(std::move(n));
    } else {
      top.expecting_key = true;
      top.node.items.push_back(std::move(n));
    }
  }

  const std::string& file_;
  Diagnostics& errors_;
  std::vector<Frame> stack_;
  int depth_ = 0;
  int ignored_ = 0;
  bool too_deep_reported_ = false;
  int anchors_ = 0;
  int aliases_ = 0;
  std::size_t suppressed_ = 0;  // problems beyond kMaxErrorsPerFile
};

bool precheck_bytes(std::string_view text, const std::string& file, Diagnostics& errors) {
  if (text.size() > kMaxFileBytes) {
    errors.push_back(
        make_error(file, 0, 0, trf("file is larger than 1 MiB ({} bytes)", text.size()),
                   tr("a pmadmin file holds one entity and stays small: remove what does not belong in it")));
    return false;
  }
  if (text.empty()) {
    errors.push_back(
        make_error(file, 0, 0, tr("file is empty"), tr("delete it, or write the entity into it (docs/format.md)")));
    return false;
  }
  if (text.substr(0, 3) == "\xEF\xBB\xBF") {
    errors.push_back(
        make_error(file, 1, 1, tr("file starts with a byte-order mark"), tr("save the file as UTF-8 without BOM")));
    return false;
  }
  if (auto nul = text.find('\0'); nul != std::string_view::npos) {
    auto [line, col] = line_col_of(text, nul);
    errors.push_back(make_error(file, line, col, tr("file contains a NUL byte; is it a binary file?"),
                                tr("pmadmin files are UTF-8 text: restore the file from git, or move it elsewhere")));
    return false;
  }
  if (auto bad = find_invalid_utf8(text)) {
    auto [line, col] = line_col_of(text, *bad);
    errors.push_back(make_error(file, line, col, tr("file is not valid UTF-8"), tr("save the file as UTF-8")));
    return false;
  }
  return true;
}

/// What to look at for a message of yaml-cpp's parser.
std::string syntax_hint(std::string_view msg) {
  if (msg.find("tab") != std::string_view::npos) return tr("indent with spaces: YAML does not allow tabs");
  if (msg.find("escape") != std::string_view::npos)
    return tr("inside double quotes write a backslash as \\\\, or put the text in single quotes");
  return tr("check the brackets, quotes, colons and indentation here and on the lines just before");
}

}  // namespace

Result<YamlNode> parse_yaml_strict(std::string_view text, const std::string& file) {
  Diagnostics errors;
  if (!precheck_bytes(text, file, errors)) return errors;
  std::string owned(text);
  std::istringstream in(owned);
  TreeBuilder builder(file, errors);
  try {
    YAML::Parser parser(in);
    parser.HandleNextDocument(builder);
    // A second document is refused, but parsed only far enough to find where it starts.
    class FirstMark : public YAML::EventHandler {
     public:
      int line = 0, col = 0;
      void OnDocumentStart(const YAML::Mark& m) override {
        line = m.line + 1;
        col = m.column + 1;
      }
      void OnDocumentEnd() override {}
      void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
      void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
      void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
      void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
      void OnSequenceEnd() override {}
      void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
      void OnMapEnd() override {}
    } second;
    if (builder.has_root && parser.HandleNextDocument(second))
      errors.push_back(make_error(file, second.line, second.col,
                                  tr("a second YAML document (---) is not allowed; one entity per file"),
                                  tr("remove the --- line, or move what follows it into a file of its own")));
  } catch (const YAML::Exception& e) {
    std::string msg = e.msg;
    int line = e.mark.is_null() ? 0 : e.mark.line + 1;
    int col = e.mark.is_null() ? 0 : e.mark.column + 1;
    if (auto slip = find_yaml_slip(text, file, line > 0 ? line + 1 : 0))  // the cause, at its own line
      errors.push_back(*slip);
    else
      errors.push_back(make_error(file, line, col, trf("YAML syntax error: {}", msg), syntax_hint(msg)));
  } catch (const std::exception& e) {
    errors.push_back(make_error(file, 0, 0, trf("YAML parser failed: {}", e.what()), syntax_hint("")));
  }
  builder.summarise();
  if (errors.empty())  // legal YAML, but the quoted value swallowed the lines after it
    if (auto open_quote = find_unclosed_quote(text, file)) errors.push_back(*open_quote);
  if (!errors.empty()) {
    attach_source(errors, file, text);
    return errors;
  }
  if (!builder.has_root || builder.root.is_null()) {
    errors.push_back(make_error(file, 0, 0, tr("file has no content (only comments or blank lines)"),
                                tr("delete it, or write the entity into it (docs/format.md)")));
    return errors;
  }
  return std::move(builder.root);
}

}  // namespace pmadmin

#include "base/i18n.hpp"

#include <cstdint>
#include <cstring>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <unordered_map>

namespace pmadmin {

namespace {

/// A Plural-Forms expression ("n != 1", "n%10==1 && n%100!=11 ? 0 : ..."), evaluated by
/// recursive descent over C's operators. A malformed one evaluates as English's rule.
class PluralRule {
 public:
  explicit PluralRule(std::string expr = "n != 1") : expr_(std::move(expr)) {}

  unsigned long operator()(unsigned long n) const {
    Parser p{expr_, 0, n, true};
    unsigned long v = p.ternary();
    p.skip();
    if (!p.ok || p.pos != expr_.size()) return n != 1 ? 1 : 0;
    return v;
  }

 private:
  struct Parser {
    const std::string& s;
    std::size_t pos;
    unsigned long n;
    bool ok;

    void skip() {
      while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t')) ++pos;
    }
    bool eat(const char* op) {
      skip();
      std::size_t len = std::strlen(op);
      if (s.compare(pos, len, op) != 0) return false;
      // "<" must not take the first character of "<=", nor "!" of "!="
      if (len == 1 && pos + 1 < s.size() && s[pos + 1] == '=' && std::strchr("<>!=", op[0])) return false;
      pos += len;
      return true;
    }
    unsigned long ternary() {
      unsigned long c = binary(0);
      if (!eat("?")) return c;
      unsigned long a = ternary();
      if (!eat(":")) ok = false;
      unsigned long b = ternary();
      return c ? a : b;
    }
    /// Precedence levels, loosest first.
    unsigned long binary(int level) {
      static const std::vector<std::vector<const char*>> levels = {
          {"||"}, {"&&"}, {"==", "!="}, {"<=", ">=", "<", ">"}, {"+", "-"}, {"*", "/", "%"}};
      if (level == static_cast<int>(levels.size())) return unary();
      unsigned long v = binary(level + 1);
      for (;;) {
        const char* matched = nullptr;
        for (const char* op : levels[static_cast<std::size_t>(level)])
          if (eat(op)) {
            matched = op;
            break;
          }
        if (!matched) return v;
        unsigned long r = binary(level + 1);
        v = apply(matched, v, r);
      }
    }
    unsigned long apply(const char* op, unsigned long a, unsigned long b) {
      std::string_view o(op);
      if (o == "||") return (a || b) ? 1 : 0;
      if (o == "&&") return (a && b) ? 1 : 0;
      if (o == "==") return a == b;
      if (o == "!=") return a != b;
      if (o == "<=") return a <= b;
      if (o == ">=") return a >= b;
      if (o == "<") return a < b;
      if (o == ">") return a > b;
      if (o == "+") return a + b;
      if (o == "-") return a - b;
      if (o == "*") return a * b;
      if (b == 0) {
        ok = false;
        return 0;
      }
      return o == "/" ? a / b : a % b;
    }
    unsigned long unary() {
      if (eat("!")) return unary() ? 0 : 1;
      if (eat("(")) {
        unsigned long v = ternary();
        if (!eat(")")) ok = false;
        return v;
      }
      skip();
      if (pos < s.size() && s[pos] == 'n') {
        ++pos;
        return n;
      }
      unsigned long v = 0;
      bool digits = false;
      while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
        v = v * 10 + static_cast<unsigned long>(s[pos++] - '0');
        digits = true;
      }
      if (!digits) ok = false;
      return v;
    }
  };
  std::string expr_;
};

struct Catalog {
  std::unordered_map<std::string, std::string> messages;  ///< msgid (singular) -> msgstr (forms NUL-separated)
  PluralRule plural;
};

std::uint32_t read_u32(const std::string& data, std::size_t at, bool swap) {
  if (at + 4 > data.size()) return 0;
  std::uint32_t v;
  std::memcpy(&v, data.data() + at, 4);
  if (swap) v = (v >> 24) | ((v >> 8) & 0xff00) | ((v << 8) & 0xff0000) | (v << 24);
  return v;
}

/// Reads a .mo file; nullptr when it is missing or not one.
std::unique_ptr<Catalog> load_mo(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return nullptr;
  std::ostringstream buf;
  buf << in.rdbuf();
  const std::string data = buf.str();
  if (data.size() < 28) return nullptr;
  std::uint32_t magic = read_u32(data, 0, false);
  bool swap = magic == 0xde120495;
  if (!swap && magic != 0x950412de) return nullptr;
  const std::uint32_t count = read_u32(data, 8, swap), originals = read_u32(data, 12, swap),
                      translations = read_u32(data, 16, swap);
  auto string_at = [&](std::uint32_t table, std::uint32_t i) -> std::optional<std::string> {
    std::size_t entry = static_cast<std::size_t>(table) + 8u * i;
    std::uint32_t len = read_u32(data, entry, swap), off = read_u32(data, entry + 4, swap);
    if (entry + 8 > data.size() || static_cast<std::size_t>(off) + len > data.size()) return std::nullopt;
    return data.substr(off, len);
  };
  auto cat = std::make_unique<Catalog>();
  for (std::uint32_t i = 0; i < count; ++i) {
    auto id = string_at(originals, i);
    auto str = string_at(translations, i);
    if (!id || !str) return nullptr;
    if (id->empty()) {  // the header: Plural-Forms
      std::size_t at = str->find("plural=");
      if (at != std::string::npos) {
        std::size_t end = str->find_first_of(";\n", at);
        cat->plural = PluralRule(str->substr(at + 7, end == std::string::npos ? std::string::npos : end - at - 7));
      }
      continue;
    }
    cat->messages[id->substr(0, id->find('\0'))] = *str;
  }
  return cat;
}

struct State {
  std::vector<std::string> dirs;
  Language language = Language::en;
  std::map<Language, std::unique_ptr<Catalog>> loaded;  ///< nullptr: looked for, not found
  std::map<Language, std::string> paths;
};

State& state() {
  static State s;
  return s;
}

const char* catalog_folder(Language l) { return l == Language::zh_cn ? "zh_CN" : nullptr; }

const Catalog* catalog() {
  State& s = state();
  const Language l = s.language;
  if (auto it = s.loaded.find(l); it != s.loaded.end()) return it->second.get();
  std::unique_ptr<Catalog> found;
  if (const char* folder = catalog_folder(l))
    for (const auto& dir : s.dirs) {
      std::string path = dir + "/" + folder + "/LC_MESSAGES/pmadmin.mo";
      if ((found = load_mo(path))) {
        s.paths[l] = path;
        break;
      }
    }
  return (s.loaded[l] = std::move(found)).get();
}

}  // namespace

std::optional<Language> parse_language(std::string_view text) {
  if (text == "en" || text == "C" || text == "POSIX" || text.substr(0, 3) == "en_" || text.substr(0, 3) == "en-" ||
      text.substr(0, 2) == "C.")
    return Language::en;
  if (text == "zh" || text.substr(0, 3) == "zh_" || text.substr(0, 3) == "zh-" || text.substr(0, 3) == "zh.")
    return Language::zh_cn;
  return std::nullopt;
}

const char* language_code(Language l) { return l == Language::zh_cn ? "zh-CN" : "en"; }

Language language_from_environment(const char* language, const char* lc_all, const char* lc_messages,
                                   const char* lang) {
  auto set = [](const char* v) { return v && *v; };
  const std::string_view locale = set(lc_all) ? lc_all : set(lc_messages) ? lc_messages : set(lang) ? lang : "C";
  if (locale == "C" || locale == "POSIX") return Language::en;  // as GNU gettext: LANGUAGE is ignored then
  if (set(language)) {
    std::string_view list(language);
    while (!list.empty()) {
      std::string_view item = list.substr(0, list.find(':'));
      if (auto l = parse_language(item)) return *l;
      list.remove_prefix(std::min(list.size(), item.size() + 1));
    }
  }
  return parse_language(locale).value_or(Language::en);
}

void set_catalog_dirs(std::vector<std::string> dirs) {
  state().dirs = std::move(dirs);
  state().loaded.clear();
  state().paths.clear();
}

std::string catalog_path(Language l) {
  LanguageScope scope(l);
  return catalog() ? state().paths[l] : std::string();
}

void set_language(Language l) { state().language = l; }
Language current_language() { return state().language; }

const char* tr(const char* msgid) {
  const Catalog* c = catalog();
  if (!c) return msgid;
  auto it = c->messages.find(msgid);
  if (it == c->messages.end() || it->second.empty()) return msgid;
  return it->second.c_str();
}

const char* trn(const char* singular, const char* plural, unsigned long n) {
  const Catalog* c = catalog();
  const char* english = n == 1 ? singular : plural;
  if (!c) return english;
  auto it = c->messages.find(singular);
  if (it == c->messages.end()) return english;
  unsigned long form = c->plural(n);
  const std::string& forms = it->second;
  std::size_t start = 0;
  for (unsigned long i = 0; i < form; ++i) {
    start = forms.find('\0', start);
    if (start == std::string::npos) return english;
    ++start;
  }
  if (start >= forms.size() || forms[start] == '\0') return english;
  return forms.c_str() + start;
}

}  // namespace pmadmin

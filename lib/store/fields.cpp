#include "store/fields.hpp"

#include "base/i18n.hpp"
#include "base/text.hpp"
#include "model/grammar.hpp"

namespace pmadmin {

const char* kind_word(const YamlNode& n) {
  switch (n.kind) {
    case YamlNode::Kind::null: return tr("null");
    case YamlNode::Kind::scalar: return tr("a scalar");
    case YamlNode::Kind::sequence: return tr("a list");
    case YamlNode::Kind::map: return tr("a map");
  }
  return tr("a value");
}

Fields::Fields(const YamlNode& node, const std::string& file, std::string prefix, Diagnostics& errors, Marks& marks,
               std::string what)
    : node_(node), file_(file), prefix_(std::move(prefix)), errors_(errors), marks_(marks), what_(tr(what.c_str())) {
  if (!node_.is_map())
    error(node_, trf("{} must be a map of keys and values, not {}", what_, kind_word(node_)),
          tr("write one \"key: value\" per line, like \"title: Design mockups\" (docs/format.md lists the keys)"));
}

void Fields::error(const YamlNode& at, std::string message, std::string hint) {
  errors_.push_back(make_error(file_, at.line, at.col, std::move(message), std::move(hint)));
}

void Fields::error_at(Mark at, std::string message, std::string hint) {
  errors_.push_back(make_error(file_, at.line, at.col, std::move(message), std::move(hint)));
}

std::string Fields::list_hint(const std::string& key) {
  return trf("write the items as \"- item\" lines under \"{}:\", or as [a, b] on its line", key);
}

std::string Fields::id_hint() { return tr("IDs are lowercase letters, digits and dashes, like t-12 or li-na"); }

const YamlNode* Fields::get(const std::string& key, bool required) {
  allowed_.push_back(key);
  const YamlNode* v = node_.is_map() ? node_.find(key) : nullptr;
  if (v) marks_[prefix_ + key] = Mark{v->line, v->col};
  if (required && (!v || v->is_null()) && node_.is_map())
    error(node_, trf("{} is missing the required key \"{}\"", what_, key),
          trf("add a line \"{}: ...\" (docs/format.md shows what it holds)", key));
  if (v && v->is_null()) return nullptr;
  return v;
}

std::optional<std::string> Fields::scalar(const std::string& key, const YamlNode* v, const char* expected) {
  if (!v) return std::nullopt;
  if (!v->is_scalar()) {
    error(*v, trf("\"{}\" must be {}, not {}", key, tr(expected), kind_word(*v)),
          trf("write {} after \"{}:\" on the same line", tr(expected), key));
    return std::nullopt;
  }
  return v->value;
}

std::string Fields::text(const std::string& key, bool required, bool multiline) {
  const YamlNode* v = get(key, required);
  auto s = scalar(key, v, N_("text"));
  if (!s) return {};
  check_text(*v, key, *s, multiline);
  if (required && s->empty())
    error(*v, trf("\"{}\" cannot be empty", key), trf("write the {} after \"{}:\"", key, key));
  return *s;
}

void Fields::check_text(const YamlNode& at, const std::string& key, const std::string& s, bool multiline) {
  if (auto bad = find_forbidden_char(s, multiline)) {
    auto cps = decode_utf8(s.substr(*bad, 4));
    error(at,
          trf("\"{}\" contains a control or bidi-override character (U+{:04X}) at byte {}", key,
              static_cast<unsigned>(cps.empty() ? 0 : cps[0]), *bad + 1),
          tr("remove invisible control characters; they can disguise text in terminals and reports"));
  } else if (!multiline && decode_utf8(s).size() > kMaxLineChars) {
    error(at, trf("\"{}\" is longer than {} characters", key, kMaxLineChars),
          tr("keep it to one short line; details belong in notes"));
  }
}

std::string Fields::id_field(const std::string& key, bool required) {
  const YamlNode* v = get(key, required);
  auto s = scalar(key, v, N_("an ID"));
  if (!s) return {};
  if (auto problem = id_problem(*s)) {
    error(*v, trf("\"{}\" is not a valid ID: {}", *s, *problem), id_fix_hint(*s, "t-12"));
    return {};
  }
  return *s;
}

std::string Fields::choice(const std::string& key, const std::vector<std::string>& allowed, std::string fallback,
                           bool required) {
  const YamlNode* v = get(key, required);
  auto s = scalar(key, v, N_("one of the listed words"));
  if (!s) return fallback;
  if (std::find(allowed.begin(), allowed.end(), *s) == allowed.end()) {
    error(*v, trf("\"{}\" must be one of {}, not \"{}\"", key, fmt::join(allowed, ", "), *s),
          did_you_mean(*s, allowed, tr("write one of the listed words, in lowercase")));
    return fallback;
  }
  return *s;
}

std::optional<Date> Fields::date(const std::string& key, bool required) {
  const YamlNode* v = get(key, required);
  auto s = scalar(key, v, N_("a date (YYYY-MM-DD)"));
  if (!s) return std::nullopt;
  return parse_date(*v, key, *s);
}

std::optional<Date> Fields::parse_date(const YamlNode& at, const std::string& key, const std::string& s) {
  auto d = Date::parse(s);
  if (!d)
    error(at,
          trf("\"{}\" is not a valid date: \"{}\" (expected an existing day from 1900-01-01 to 2200-12-31, "
              "as YYYY-MM-DD)",
              key, s),
          tr("write the date as YYYY-MM-DD, like 2026-03-02, and check the month has that day"));
  return d;
}

std::optional<int> Fields::integer(const std::string& key, int min, int max, bool required) {
  const YamlNode* v = get(key, required);
  auto s = scalar(key, v, N_("a whole number"));
  if (!s) return std::nullopt;
  return parse_int(*v, key, *s, min, max);
}

std::optional<int> Fields::parse_int(const YamlNode& at, const std::string& key, const std::string& s, int min,
                                     int max) {
  bool digits = !s.empty() && s.size() <= 9 && !at.quoted &&
                std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
                (s.size() == 1 || s[0] != '0');
  int n = digits ? std::stoi(s) : -1;
  if (!digits || n < min || n > max) {
    error(at,
          trf("\"{}\" must be a whole number from {} to {}, not {}", key, min, max, at.quoted ? "\"" + s + "\"" : s),
          trf("write a whole number from {} to {}, without quotes", min, max));
    return std::nullopt;
  }
  return n;
}

std::optional<Money> Fields::money(const std::string& key, bool required, bool signed_amount) {
  const YamlNode* v = get(key, required);
  auto s = scalar(key, v, N_("an amount"));
  if (!s) return std::nullopt;
  return parse_money(*v, key, *s, signed_amount);
}

std::optional<Money> Fields::parse_money(const YamlNode& at, const std::string& key, const std::string& s,
                                         bool signed_amount) {
  auto m = Money::parse(s);
  if (!m) {
    error(at, trf("\"{}\" is not a valid amount: \"{}\"", key, s),
          tr("write amounts as quoted decimals with at most 2 decimals, like \"12500.00\" (no exponent, "
             "separators or more than 15 digits)"));
    return std::nullopt;
  }
  if (!at.quoted) {
    error(at, trf("\"{}\" must be a quoted amount like \"{}\"", key, m->str()),
          tr("unquoted, other YAML readers take it as a floating-point number"));
    return std::nullopt;
  }
  if (!signed_amount && m->minor() < 0) {
    error(at, trf("\"{}\" cannot be negative: \"{}\"", key, s),
          tr("amounts here are zero or more; a change to a budget line is an adjustment (pmadmin budget adjust)"));
    return std::nullopt;
  }
  return m;
}

std::optional<int> Fields::days(const std::string& key) {
  const YamlNode* v = get(key);
  auto s = scalar(key, v, N_("a number of working days like 5d"));
  if (!s) return std::nullopt;
  auto d = parse_days(*s);
  if (!d)
    error(*v, trf("\"{}\" must be a number of working days like 5d, not \"{}\"", key, *s),
          tr("write whole working days followed by d, like 5d (0d for a milestone)"));
  return d;
}

std::vector<std::string> Fields::list(const std::string& key, bool ids) {
  std::vector<std::string> out;
  const YamlNode* v = get(key);
  if (!v) return out;
  if (!v->is_sequence()) {
    error(*v, trf("\"{}\" must be a list, not {}", key, kind_word(*v)), list_hint(key));
    return out;
  }
  for (std::size_t i = 0; i < v->items.size(); ++i) {
    const YamlNode& item = v->items[i];
    marks_[fmt::format("{}{}[{}]", prefix_, key, i)] = Mark{item.line, item.col};
    if (!item.is_scalar()) {
      error(item, trf("items of \"{}\" must be {}, not {}", key, ids ? tr("IDs") : tr("text"), kind_word(item)),
            list_hint(key));
      continue;
    }
    if (ids) {
      if (auto problem = id_problem(item.value)) {
        error(item, trf("\"{}\" is not a valid ID: {}", item.value, *problem), id_hint());
        continue;
      }
    } else {
      check_text(item, key, item.value, false);
    }
    out.push_back(item.value);
  }
  return out;
}

Fields Fields::nested(const YamlNode& n, const std::string& sub_prefix, std::string what) {
  return Fields(n, file_, prefix_ + sub_prefix, errors_, marks_, std::move(what));
}

void Fields::finish() {
  if (!node_.is_map()) return;
  static constexpr std::string_view kFullWidthSpace = "\xE3\x80\x80";  // U+3000, a slip of CJK keyboards
  for (const auto& k : node_.keys) {
    if (std::find(allowed_.begin(), allowed_.end(), k.value) != allowed_.end()) continue;
    std::string_view key = k.value;
    if (key.starts_with(kFullWidthSpace)) {
      while (key.starts_with(kFullWidthSpace)) key.remove_prefix(kFullWidthSpace.size());
      error(k, trf("\"{}\" is indented with a full-width space (U+3000); YAML needs ASCII spaces", key),
            tr("retype the indentation with ordinary spaces (switch the keyboard to half-width)"));
      continue;
    }
    error(k, trf("unknown key \"{}\" in {}", k.value, what_),
          did_you_mean(k.value, allowed_, tr("remove it; docs/format.md lists the keys each file may hold")));
  }
}

void Fields::check_id(const std::string& id, const std::string& expected, const std::string& key) {
  if (!id.empty() && !expected.empty() && id != expected) {
    Mark at = marks_[prefix_ + key];
    error_at(at, trf("{} \"{}\" does not match the file name \"{}.yaml\"", key, id, expected),
             trf("rename the file or change the {}; the file name is the {}", key, key == "id" ? tr("ID") : key));
  }
}

}  // namespace pmadmin

#include "yaml_codec.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <set>
#include <tuple>

#include "ids.hpp"
#include "text.hpp"
#include "yaml_writer.hpp"

namespace pmadmin {

// ---- small parsers shared by decoders and commands ---------------------------

std::optional<int> parse_days(const std::string& text) {
  if (text.size() < 2 || text.size() > 5 || text.back() != 'd') return std::nullopt;
  int days = 0;
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    days = days * 10 + (text[i] - '0');
  }
  if (text.size() > 2 && text[0] == '0') return std::nullopt;
  return days;
}

std::string format_days(int days) { return std::to_string(days) + "d"; }

std::optional<Estimate> parse_estimate(const std::string& text) {
  std::vector<int> parts;
  std::size_t start = 0;
  while (true) {
    std::size_t slash = text.find('/', start);
    auto part = parse_days(text.substr(start, slash == std::string::npos ? std::string::npos : slash - start));
    if (!part) return std::nullopt;
    parts.push_back(*part);
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  if (parts.size() != 3 || parts[0] > parts[1] || parts[1] > parts[2]) return std::nullopt;
  return Estimate{parts[0], parts[1], parts[2]};
}

std::optional<Dependency> parse_dependency(const std::string& text) {
  Dependency d;
  std::size_t colon = text.find(':');
  d.task = text.substr(0, colon);
  if (id_problem(d.task)) return std::nullopt;
  if (colon == std::string::npos) return d;
  std::string rest = text.substr(colon + 1);  // "ss", "ss+2d", "ff-1d", "fs+3d"
  if (rest.size() < 2) return std::nullopt;
  d.type = rest.substr(0, 2);
  if (d.type != "fs" && d.type != "ss" && d.type != "ff") return std::nullopt;
  rest = rest.substr(2);
  if (rest.empty()) return d;
  if (rest[0] != '+' && rest[0] != '-') return std::nullopt;
  auto days = parse_days(rest.substr(1));
  if (!days) return std::nullopt;
  d.lag_days = rest[0] == '-' ? -*days : *days;
  return d;
}

std::string format_dependency(const Dependency& d) {
  if (d.type == "fs" && d.lag_days == 0) return d.task;
  std::string out = d.task + ":" + d.type;
  if (d.lag_days > 0) out += "+" + format_days(d.lag_days);
  if (d.lag_days < 0) out += "-" + format_days(-d.lag_days);
  return out;
}

const std::vector<std::string>& known_check_rules() {
  static const std::vector<std::string> rules = {
      "overdue-task",        "missed-deadline-forecast", "budget-overrun",   "forecast-overrun",
      "low-cpi",             "low-spi",                  "unowned-high-risk", "risk-review-overdue",
      "done-without-acceptance", "over-allocation",      "nps-below-target", "stale-progress",
      "unauthorised-approval"};
  return rules;
}

std::string person_path(const std::string& id) { return "people/" + id + ".yaml"; }
std::string task_path(const std::string& id) { return "tasks/" + id + ".yaml"; }
std::string risk_path(const std::string& id) { return "risks/" + id + ".yaml"; }
std::string expense_path(const std::string& id) { return "budget/expenses/" + id + ".yaml"; }
std::string review_path(const std::string& id) { return "reviews/" + id + ".yaml"; }
std::string survey_path(const std::string& id) { return "surveys/" + id + "/survey.yaml"; }
std::string response_path(const std::string& survey, const std::string& respondent) {
  return "surveys/" + survey + "/responses/" + respondent + ".yaml";
}
std::string baseline_path(const std::string& name) { return "baselines/" + name + ".yaml"; }

namespace {

const char* kind_word(const YamlNode& n) {
  switch (n.kind) {
    case YamlNode::Kind::null: return "null";
    case YamlNode::Kind::scalar: return "a scalar";
    case YamlNode::Kind::sequence: return "a list";
    case YamlNode::Kind::map: return "a map";
  }
  return "a value";
}

std::string format_capacity(int percent) {
  std::string frac = fmt::format("{:02}", percent % 100);
  if (frac.back() == '0') frac.pop_back();
  return fmt::format("{}.{}", percent / 100, frac);
}

std::optional<int> parse_capacity(const std::string& t) {
  // 0-1 FTE with at most two decimals: "1", "0.5", "0.75", "1.0".
  std::size_t dot = t.find('.');
  std::string whole = t.substr(0, dot);
  std::string frac = dot == std::string::npos ? "" : t.substr(dot + 1);
  if (whole != "0" && whole != "1") return std::nullopt;
  if (dot != std::string::npos && (frac.empty() || frac.size() > 2)) return std::nullopt;
  for (char c : frac)
    if (c < '0' || c > '9') return std::nullopt;
  while (frac.size() < 2) frac += '0';
  int percent = (whole[0] - '0') * 100 + std::stoi(frac);
  if (percent > 100) return std::nullopt;
  return percent;
}

/// Reads one YAML map, key by key, recording positions and collecting problems.
class Fields {
 public:
  Fields(const YamlNode& node, const std::string& file, std::string prefix, Diagnostics& errors, Marks& marks,
         std::string what)
      : node_(node), file_(file), prefix_(std::move(prefix)), errors_(errors), marks_(marks), what_(std::move(what)) {
    if (!node_.is_map()) error(node_, fmt::format("{} must be a map of keys and values, not {}", what_, kind_word(node_)));
  }

  void error(const YamlNode& at, std::string message, std::string hint = {}) {
    errors_.push_back(make_error(file_, at.line, at.col, std::move(message), std::move(hint)));
  }
  void error_at(Mark at, std::string message, std::string hint = {}) {
    errors_.push_back(make_error(file_, at.line, at.col, std::move(message), std::move(hint)));
  }

  const YamlNode* get(const std::string& key, bool required = false) {
    allowed_.push_back(key);
    const YamlNode* v = node_.is_map() ? node_.find(key) : nullptr;
    if (v) marks_[prefix_ + key] = Mark{v->line, v->col};
    if (required && (!v || v->is_null()) && node_.is_map())
      error(node_, fmt::format("{} is missing the required key \"{}\"", what_, key));
    if (v && v->is_null()) return nullptr;
    return v;
  }

  std::optional<std::string> scalar(const std::string& key, const YamlNode* v, const char* expected) {
    if (!v) return std::nullopt;
    if (!v->is_scalar()) {
      error(*v, fmt::format("\"{}\" must be {}, not {}", key, expected, kind_word(*v)));
      return std::nullopt;
    }
    return v->value;
  }

  std::string text(const std::string& key, bool required = false, bool multiline = false) {
    const YamlNode* v = get(key, required);
    auto s = scalar(key, v, "text");
    if (!s) return {};
    check_text(*v, key, *s, multiline);
    if (required && s->empty()) error(*v, fmt::format("\"{}\" cannot be empty", key));
    return *s;
  }

  void check_text(const YamlNode& at, const std::string& key, const std::string& s, bool multiline) {
    if (auto bad = find_forbidden_char(s, multiline)) {
      auto cps = decode_utf8(s.substr(*bad, 4));
      error(at, fmt::format("\"{}\" contains a control or bidi-override character (U+{:04X}) at byte {}", key,
                            static_cast<unsigned>(cps.empty() ? 0 : cps[0]), *bad + 1),
            "remove invisible control characters; they can disguise text in terminals and reports");
    }
  }

  std::string id_field(const std::string& key, bool required = false) {
    const YamlNode* v = get(key, required);
    auto s = scalar(key, v, "an ID");
    if (!s) return {};
    if (auto problem = id_problem(*s)) {
      error(*v, fmt::format("\"{}\" is not a valid ID: {}", *s, *problem));
      return {};
    }
    return *s;
  }

  std::string choice(const std::string& key, const std::vector<std::string>& allowed, std::string fallback,
                     bool required = false) {
    const YamlNode* v = get(key, required);
    auto s = scalar(key, v, "one of the listed words");
    if (!s) return fallback;
    if (std::find(allowed.begin(), allowed.end(), *s) == allowed.end()) {
      std::string list;
      for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
      error(*v, fmt::format("\"{}\" must be one of {}, not \"{}\"", key, list, *s), did_you_mean(*s, allowed));
      return fallback;
    }
    return *s;
  }

  std::optional<Date> date(const std::string& key, bool required = false) {
    const YamlNode* v = get(key, required);
    auto s = scalar(key, v, "a date (YYYY-MM-DD)");
    if (!s) return std::nullopt;
    return parse_date(*v, key, *s);
  }

  std::optional<Date> parse_date(const YamlNode& at, const std::string& key, const std::string& s) {
    auto d = Date::parse(s);
    if (!d) error(at, fmt::format("\"{}\" is not a valid date: \"{}\" (expected an existing day as YYYY-MM-DD)", key, s));
    return d;
  }

  std::optional<int> integer(const std::string& key, int min, int max, bool required = false) {
    const YamlNode* v = get(key, required);
    auto s = scalar(key, v, "a whole number");
    if (!s) return std::nullopt;
    return parse_int(*v, key, *s, min, max);
  }

  std::optional<int> parse_int(const YamlNode& at, const std::string& key, const std::string& s, int min, int max) {
    bool digits = !s.empty() && s.size() <= 9 && !at.quoted &&
                  std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
                  (s.size() == 1 || s[0] != '0');
    int n = digits ? std::stoi(s) : -1;
    if (!digits || n < min || n > max) {
      error(at, fmt::format("\"{}\" must be a whole number from {} to {}, not {}", key, min, max,
                            at.quoted ? "\"" + s + "\"" : s));
      return std::nullopt;
    }
    return n;
  }

  std::optional<Money> money(const std::string& key, bool required = false) {
    const YamlNode* v = get(key, required);
    auto s = scalar(key, v, "an amount");
    if (!s) return std::nullopt;
    return parse_money(*v, key, *s);
  }

  std::optional<Money> parse_money(const YamlNode& at, const std::string& key, const std::string& s) {
    auto m = Money::parse(s);
    if (!m) {
      error(at, fmt::format("\"{}\" is not a valid amount: \"{}\"", key, s),
            "write amounts as quoted decimals with at most 2 decimals, like \"12500.00\" (no exponent, "
            "separators or more than 15 digits)");
      return std::nullopt;
    }
    if (!at.quoted) {
      error(at, fmt::format("\"{}\" must be a quoted amount like \"{}\"", key, m->str()),
            "unquoted, other YAML readers take it as a floating-point number");
      return std::nullopt;
    }
    return m;
  }

  std::optional<int> days(const std::string& key) {
    const YamlNode* v = get(key);
    auto s = scalar(key, v, "a number of working days like 5d");
    if (!s) return std::nullopt;
    auto d = parse_days(*s);
    if (!d) error(*v, fmt::format("\"{}\" must be a number of working days like 5d, not \"{}\"", key, *s));
    return d;
  }

  /// A list of scalars; each item's position is recorded as key[i].
  std::vector<std::string> list(const std::string& key, bool ids = false) {
    std::vector<std::string> out;
    const YamlNode* v = get(key);
    if (!v) return out;
    if (!v->is_sequence()) {
      error(*v, fmt::format("\"{}\" must be a list, not {}", key, kind_word(*v)));
      return out;
    }
    for (std::size_t i = 0; i < v->items.size(); ++i) {
      const YamlNode& item = v->items[i];
      marks_[fmt::format("{}{}[{}]", prefix_, key, i)] = Mark{item.line, item.col};
      if (!item.is_scalar()) {
        error(item, fmt::format("items of \"{}\" must be {}, not {}", key, ids ? "IDs" : "text", kind_word(item)));
        continue;
      }
      if (ids) {
        if (auto problem = id_problem(item.value)) {
          error(item, fmt::format("\"{}\" is not a valid ID: {}", item.value, *problem));
          continue;
        }
      } else {
        check_text(item, key, item.value, false);
      }
      out.push_back(item.value);
    }
    return out;
  }

  /// A list of maps; calls `each(fields, index)` for every item.
  template <typename F>
  void list_of_maps(const std::string& key, const std::string& item_what, F each) {
    const YamlNode* v = get(key);
    if (!v) return;
    if (!v->is_sequence()) {
      error(*v, fmt::format("\"{}\" must be a list, not {}", key, kind_word(*v)));
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
      error(*v, fmt::format("\"{}\" must be a map, not {}", key, kind_word(*v)));
      return;
    }
    for (std::size_t i = 0; i < v->keys.size(); ++i) {
      const YamlNode& k = v->keys[i];
      marks_[prefix_ + key + "." + k.value] = Mark{k.line, k.col};
      if (auto problem = id_problem(k.value)) {
        error(k, fmt::format("\"{}\" is not a valid name here: {}", k.value, *problem));
        continue;
      }
      each(k.value, v->items[i]);
    }
  }

  Fields nested(const YamlNode& n, const std::string& sub_prefix, std::string what) {
    return Fields(n, file_, prefix_ + sub_prefix, errors_, marks_, std::move(what));
  }

  /// Reports every key that no accessor asked for, with a suggestion.
  void finish() {
    if (!node_.is_map()) return;
    for (const auto& k : node_.keys)
      if (std::find(allowed_.begin(), allowed_.end(), k.value) == allowed_.end())
        error(k, fmt::format("unknown key \"{}\" in {}", k.value, what_), did_you_mean(k.value, allowed_));
  }

  void check_id(const std::string& id, const std::string& expected) {
    if (!id.empty() && !expected.empty() && id != expected) {
      Mark at = marks_[prefix_ + "id"];
      error_at(at, fmt::format("id \"{}\" does not match the file name \"{}.yaml\"", id, expected),
               "rename the file or change the id; the file name is the ID");
    }
  }

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

template <typename T>
Result<T> finish_entity(T value, Diagnostics& errors) {
  // Problems are reported in file order, whatever order the fields were read in.
  std::stable_sort(errors.begin(), errors.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.line, a.col) < std::tie(b.line, b.col);
  });
  if (has_errors(errors)) return errors;
  return value;
}

// ---- encoder helpers ---------------------------------------------------------

void set_text(YamlNode& m, const char* key, const std::string& v) {
  if (!v.empty()) yaml_set(m, key, yaml_str(v));
}
void set_list(YamlNode& m, const char* key, const std::vector<std::string>& v) {
  if (!v.empty()) yaml_set(m, key, yaml_str_list(v));
}
void set_date(YamlNode& m, const char* key, const std::optional<Date>& d) {
  if (d) yaml_set(m, key, yaml_plain(d->iso()));
}
void set_money(YamlNode& m, const char* key, const std::optional<Money>& v) {
  if (v) yaml_set(m, key, yaml_str(v->str()));
}

}  // namespace

// ---- pmadmin.yaml ----------------------------------------------------------

Result<ProjectConfig> decode_config(const YamlNode& root, const std::string& file) {
  Diagnostics errors;
  ProjectConfig c;
  c.src.file = file;
  Fields f(root, file, "", errors, c.src.marks, "pmadmin.yaml");
  if (auto s = f.integer("schema", 1, 1, true)) c.schema = *s;
  c.name = f.text("name", true);
  c.client = f.text("client");
  if (auto d = f.date("start", true)) c.start = *d;
  if (const YamlNode* v = f.get("currency")) {
    if (auto s = f.scalar("currency", v, "a currency code")) {
      bool iso = s->size() == 3 && std::all_of(s->begin(), s->end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
      if (!iso) f.error(*v, fmt::format("\"currency\" must be an ISO 4217 code like CNY, USD or EUR, not \"{}\"", *s));
      else c.currency = *s;
    }
  }
  if (const YamlNode* cal = f.get("calendar")) {
    Fields cf = f.nested(*cal, "calendar.", "calendar");
    if (const YamlNode* wd = cf.get("workdays")) {
      if (!wd->is_sequence()) {
        cf.error(*wd, "\"workdays\" must be a list like [mon, tue, wed, thu, fri]");
      } else {
        c.calendar.workdays.clear();
        for (const auto& item : wd->items) {
          auto day = item.is_scalar() ? parse_weekday(item.value) : std::nullopt;
          if (!day) {
            cf.error(item, fmt::format("\"{}\" is not a weekday (mon, tue, wed, thu, fri, sat, sun)", item.value));
            continue;
          }
          if (std::find(c.calendar.workdays.begin(), c.calendar.workdays.end(), *day) != c.calendar.workdays.end()) {
            cf.error(item, fmt::format("weekday \"{}\" is listed twice", item.value));
            continue;
          }
          c.calendar.workdays.push_back(*day);
        }
        std::sort(c.calendar.workdays.begin(), c.calendar.workdays.end());
        if (c.calendar.workdays.empty()) cf.error(*wd, "\"workdays\" needs at least one working day");
      }
    }
    if (const YamlNode* hol = cf.get("holidays")) {
      if (!hol->is_sequence()) {
        cf.error(*hol, "\"holidays\" must be a list of dates or ranges like 2026-05-01..2026-05-05");
      } else {
        for (const auto& item : hol->items) {
          if (!item.is_scalar()) {
            cf.error(item, "a holiday must be a date or a range like 2026-05-01..2026-05-05");
            continue;
          }
          std::size_t dots = item.value.find("..");
          std::string a = item.value.substr(0, dots);
          std::string b = dots == std::string::npos ? a : item.value.substr(dots + 2);
          auto first = cf.parse_date(item, "holidays", a);
          auto last = cf.parse_date(item, "holidays", b);
          if (!first || !last) continue;
          if (*last < *first) {
            cf.error(item, fmt::format("holiday range {} ends before it starts", item.value));
            continue;
          }
          c.calendar.holidays.push_back({*first, *last});
        }
      }
    }
    cf.finish();
  }
  f.id_map("roles", [&](const std::string& id, const YamlNode& v) {
    RoleDef def;
    Fields rf = f.nested(v, "roles." + id + ".", fmt::format("role \"{}\"", id));
    if (v.is_map()) {
      def.description = rf.text("description");
      def.permissions = rf.list("permissions");
      for (std::size_t i = 0; i < def.permissions.size(); ++i) {
        const auto& p = def.permissions[i];
        if (std::find(known_permissions().begin(), known_permissions().end(), p) == known_permissions().end()) {
          Mark at = c.src.at(fmt::format("roles.{}.permissions[{}]", id, i));
          rf.error_at(at, fmt::format("unknown permission \"{}\"", p), did_you_mean(p, known_permissions()));
        }
      }
    }
    rf.finish();
    c.roles.emplace_back(id, std::move(def));
  });
  f.list_of_maps("meetings", "a meeting", [&](Fields& mf, std::size_t) {
    Meeting m;
    m.title = mf.text("title", true);
    m.every = mf.choice("every", {"week", "2weeks", "month"}, "week");
    m.day = mf.choice("day", {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}, "mon");
    if (const YamlNode* t = mf.get("time")) {
      auto s = mf.scalar("time", t, "a time like \"10:00\"");
      bool okt = s && s->size() == 5 && (*s)[2] == ':' && std::isdigit(static_cast<unsigned char>((*s)[0])) &&
                 std::isdigit(static_cast<unsigned char>((*s)[1])) && std::isdigit(static_cast<unsigned char>((*s)[3])) &&
                 std::isdigit(static_cast<unsigned char>((*s)[4])) && std::stoi(s->substr(0, 2)) < 24 &&
                 std::stoi(s->substr(3, 2)) < 60;
      if (s && !okt) mf.error(*t, fmt::format("\"time\" must be HH:MM (24-hour), not \"{}\"", *s));
      if (okt) m.time = *s;
    }
    if (const YamlNode* d = mf.get("duration")) {
      auto s = mf.scalar("duration", d, "minutes like 60m");
      bool okd = s && s->size() >= 2 && s->size() <= 4 && s->back() == 'm' && (*s)[0] != '0' &&
                 std::all_of(s->begin(), s->end() - 1, [](char ch) { return ch >= '0' && ch <= '9'; });
      if (s && !okd) mf.error(*d, fmt::format("\"duration\" must be minutes like 60m, not \"{}\"", *s));
      if (okd) m.duration_minutes = std::stoi(s->substr(0, s->size() - 1));
    }
    c.meetings.push_back(m);
  });
  if (const YamlNode* checks = f.get("checks")) {
    if (!checks->is_map()) {
      f.error(*checks, "\"checks\" must be a map of rule: severity");
    } else {
      for (std::size_t i = 0; i < checks->keys.size(); ++i) {
        const YamlNode& k = checks->keys[i];
        const YamlNode& v = checks->items[i];
        const auto& rules = known_check_rules();
        if (std::find(rules.begin(), rules.end(), k.value) == rules.end()) {
          f.error(k, fmt::format("unknown check rule \"{}\"", k.value), did_you_mean(k.value, rules));
          continue;
        }
        CheckRule rule;
        static const std::vector<std::string> severities = {"error", "warning", "off"};
        auto check_severity = [&](const YamlNode& n) {
          if (!n.is_scalar() || std::find(severities.begin(), severities.end(), n.value) == severities.end()) {
            f.error(n, fmt::format("severity of \"{}\" must be error, warning or off", k.value),
                    n.is_scalar() ? did_you_mean(n.value, severities) : "");
            return false;
          }
          rule.severity = n.value;
          return true;
        };
        if (v.is_map()) {
          Fields rf = f.nested(v, "checks." + k.value + ".", fmt::format("check \"{}\"", k.value));
          if (const YamlNode* sv = rf.get("severity")) check_severity(*sv);
          if (const YamlNode* tv = rf.get("threshold")) {
            if (auto s = rf.scalar("threshold", tv, "a number, percentage or days")) rule.threshold = *s;
          }
          rf.finish();
        } else {
          check_severity(v);
        }
        c.checks.emplace_back(k.value, rule);
      }
    }
  }
  f.finish();
  return finish_entity(std::move(c), errors);
}

std::string encode_config(const ProjectConfig& c) {
  YamlNode m = yaml_map();
  yaml_set(m, "schema", yaml_int(c.schema));
  yaml_set(m, "name", yaml_str(c.name));
  set_text(m, "client", c.client);
  yaml_set(m, "start", yaml_plain(c.start.iso()));
  yaml_set(m, "currency", yaml_plain(c.currency));
  YamlNode cal = yaml_map();
  YamlNode wd = yaml_seq();
  for (unsigned d : c.calendar.workdays) wd.items.push_back(yaml_plain(weekday_name(d)));
  yaml_set(cal, "workdays", wd);
  YamlNode hol = yaml_seq();
  for (const auto& h : c.calendar.holidays)
    hol.items.push_back(yaml_plain(h.first == h.last ? h.first.iso() : h.first.iso() + ".." + h.last.iso()));
  yaml_set(cal, "holidays", hol);
  yaml_set(m, "calendar", cal);
  YamlNode roles = yaml_map();
  for (const auto& [id, def] : c.roles) {
    YamlNode r = yaml_map();
    set_text(r, "description", def.description);
    yaml_set(r, "permissions", yaml_str_list(def.permissions));
    yaml_set(roles, id, r);
  }
  yaml_set(m, "roles", roles);
  if (!c.meetings.empty()) {
    YamlNode ms = yaml_seq();
    for (const auto& mt : c.meetings) {
      YamlNode n = yaml_map();
      yaml_set(n, "title", yaml_str(mt.title));
      yaml_set(n, "every", yaml_plain(mt.every));
      yaml_set(n, "day", yaml_plain(mt.day));
      set_text(n, "time", mt.time);
      yaml_set(n, "duration", yaml_plain(std::to_string(mt.duration_minutes) + "m"));
      ms.items.push_back(n);
    }
    yaml_set(m, "meetings", ms);
  }
  if (!c.checks.empty()) {
    YamlNode cs = yaml_map();
    for (const auto& [rule, cfg] : c.checks) {
      if (cfg.threshold.empty()) {
        yaml_set(cs, rule, yaml_plain(cfg.severity));
      } else {
        YamlNode r = yaml_map();
        yaml_set(r, "severity", yaml_plain(cfg.severity));
        yaml_set(r, "threshold", yaml_str(cfg.threshold));
        yaml_set(cs, rule, r);
      }
    }
    yaml_set(m, "checks", cs);
  }
  return emit_yaml(m);
}

// ---- people ------------------------------------------------------------------

Result<Person> decode_person(const YamlNode& root, const std::string& file, const std::string& expected_id) {
  Diagnostics errors;
  Person p;
  p.src.file = file;
  Fields f(root, file, "", errors, p.src.marks, "a person");
  p.id = f.id_field("id", true);
  f.check_id(p.id, expected_id);
  p.name = f.text("name", true);
  p.email = f.text("email");
  if (!p.email.empty() && (p.email.find('@') == std::string::npos || p.email.find(' ') != std::string::npos))
    f.error_at(p.src.at("email"), fmt::format("\"{}\" is not an e-mail address", p.email));
  p.org = f.choice("org", {"client", "team", "vendor"}, "team");
  p.roles = f.list("roles", true);
  if (const YamlNode* v = f.get("capacity")) {
    if (auto s = f.scalar("capacity", v, "a number from 0 to 1")) {
      auto cap = v->quoted ? std::nullopt : parse_capacity(*s);
      if (!cap) f.error(*v, fmt::format("\"capacity\" must be a share of full time from 0 to 1 (like 0.5), not {}", *s));
      else p.capacity_percent = *cap;
    }
  }
  p.rate = f.money("rate");
  p.notes = f.text("notes", false, true);
  f.list_of_maps("history", "a role event", [&](Fields& h, std::size_t) {
    RoleEvent e;
    if (auto d = h.date("date", true)) e.date = *d;
    e.action = h.choice("action", {"grant", "revoke"}, "grant", true);
    e.role = h.id_field("role", true);
    e.by = h.id_field("by", true);
    p.history.push_back(e);
  });
  f.finish();
  return finish_entity(std::move(p), errors);
}

std::string encode_person(const Person& p) {
  YamlNode m = yaml_map();
  yaml_set(m, "id", yaml_str(p.id));
  yaml_set(m, "name", yaml_str(p.name));
  set_text(m, "email", p.email);
  yaml_set(m, "org", yaml_plain(p.org));
  yaml_set(m, "roles", yaml_str_list(p.roles));
  yaml_set(m, "capacity", yaml_plain(format_capacity(p.capacity_percent)));
  set_money(m, "rate", p.rate);
  set_text(m, "notes", p.notes);
  if (!p.history.empty()) {
    YamlNode h = yaml_seq();
    for (const auto& e : p.history) {
      YamlNode n = yaml_map();
      yaml_set(n, "date", yaml_plain(e.date.iso()));
      yaml_set(n, "action", yaml_plain(e.action));
      yaml_set(n, "role", yaml_str(e.role));
      yaml_set(n, "by", yaml_str(e.by));
      h.items.push_back(n);
    }
    yaml_set(m, "history", h);
  }
  return emit_yaml(m);
}

// ---- tasks -------------------------------------------------------------------

Result<Task> decode_task(const YamlNode& root, const std::string& file, const std::string& expected_id) {
  Diagnostics errors;
  Task t;
  t.src.file = file;
  Fields f(root, file, "", errors, t.src.marks, "a task");
  t.id = f.id_field("id", true);
  f.check_id(t.id, expected_id);
  t.title = f.text("title", true);
  t.kind = f.choice("kind", {"task", "milestone"}, "task");
  t.status = f.choice("status", {"todo", "doing", "blocked", "done", "cancelled"}, "todo");
  t.owner = f.id_field("owner");
  f.id_map("raci", [&](const std::string& person, const YamlNode& v) {
    static const std::vector<std::string> letters = {"R", "A", "C", "I"};
    if (!v.is_scalar() || std::find(letters.begin(), letters.end(), v.value) == letters.end()) {
      f.error(v, fmt::format("RACI role of \"{}\" must be R, A, C or I", person));
      return;
    }
    t.raci.emplace_back(person, v.value);
  });
  t.duration_days = f.days("duration");
  t.effort_days = f.days("effort");
  if (const YamlNode* v = f.get("estimate")) {
    if (auto s = f.scalar("estimate", v, "three durations like 3d/5d/10d")) {
      if (!parse_estimate(*s))
        f.error(*v, fmt::format("\"estimate\" must be optimistic/likely/pessimistic like 3d/5d/10d, not \"{}\"", *s));
      else t.estimate = *s;
    }
  }
  if (const YamlNode* v = f.get("depends")) {
    if (!v->is_sequence()) {
      f.error(*v, "\"depends\" must be a list of task IDs like [t-2mxa, \"t-9zzk:ss+2d\"]");
    } else {
      for (std::size_t i = 0; i < v->items.size(); ++i) {
        const YamlNode& item = v->items[i];
        t.src.marks[fmt::format("depends[{}]", i)] = Mark{item.line, item.col};
        auto dep = item.is_scalar() ? parse_dependency(item.value) : std::nullopt;
        if (!dep) {
          f.error(item, fmt::format("\"{}\" is not a dependency; write ID, ID:ss+2d or ID:ff-1d", item.value));
          continue;
        }
        t.depends.push_back(*dep);
      }
    }
  }
  t.start_no_earlier = f.date("start-no-earlier");
  t.due = f.date("due");
  if (auto p = f.integer("priority", 1, 1000)) t.priority = *p;
  if (auto p = f.integer("progress", 0, 100)) t.progress = *p;
  t.started = f.date("started");
  t.finished = f.date("finished");
  t.cost = f.money("cost");
  t.category = f.id_field("category");
  t.acceptance = f.list("acceptance");
  t.tags = f.list("tags");
  t.notes = f.text("notes", false, true);
  f.list_of_maps("log", "a log entry", [&](Fields& l, std::size_t) {
    LogEntry e;
    if (auto d = l.date("date", true)) e.date = *d;
    e.by = l.id_field("by");
    e.action = l.text("action", true);
    e.detail = l.text("detail");
    e.reason = l.text("reason", false, true);
    t.log.push_back(e);
  });
  f.finish();
  if (t.kind == "milestone" && t.duration_days && *t.duration_days != 0)
    f.error_at(t.src.at("duration"), "a milestone has no duration (0d)");
  if (t.started && t.finished && *t.finished < *t.started)
    f.error_at(t.src.at("finished"), fmt::format("finished {} is before started {}", t.finished->iso(), t.started->iso()));
  return finish_entity(std::move(t), errors);
}

std::string encode_task(const Task& t) {
  YamlNode m = yaml_map();
  yaml_set(m, "id", yaml_str(t.id));
  yaml_set(m, "title", yaml_str(t.title));
  yaml_set(m, "kind", yaml_plain(t.kind));
  yaml_set(m, "status", yaml_plain(t.status));
  set_text(m, "owner", t.owner);
  if (!t.raci.empty()) {
    YamlNode r = yaml_map();
    for (const auto& [person, letter] : t.raci) yaml_set(r, person, yaml_plain(letter));
    yaml_set(m, "raci", r);
  }
  if (t.duration_days) yaml_set(m, "duration", yaml_plain(format_days(*t.duration_days)));
  if (t.effort_days) yaml_set(m, "effort", yaml_plain(format_days(*t.effort_days)));
  if (!t.estimate.empty()) yaml_set(m, "estimate", yaml_plain(t.estimate));
  if (!t.depends.empty()) {
    YamlNode d = yaml_seq();
    for (const auto& dep : t.depends) d.items.push_back(yaml_str(format_dependency(dep)));
    yaml_set(m, "depends", d);
  }
  set_date(m, "start-no-earlier", t.start_no_earlier);
  set_date(m, "due", t.due);
  if (t.priority != 500) yaml_set(m, "priority", yaml_int(t.priority));
  yaml_set(m, "progress", yaml_int(t.progress));
  set_date(m, "started", t.started);
  set_date(m, "finished", t.finished);
  set_money(m, "cost", t.cost);
  set_text(m, "category", t.category);
  set_list(m, "acceptance", t.acceptance);
  set_list(m, "tags", t.tags);
  set_text(m, "notes", t.notes);
  if (!t.log.empty()) {
    YamlNode l = yaml_seq();
    for (const auto& e : t.log) {
      YamlNode n = yaml_map();
      yaml_set(n, "date", yaml_plain(e.date.iso()));
      set_text(n, "by", e.by);
      yaml_set(n, "action", yaml_str(e.action));
      set_text(n, "detail", e.detail);
      set_text(n, "reason", e.reason);
      l.items.push_back(n);
    }
    yaml_set(m, "log", l);
  }
  return emit_yaml(m);
}

// ---- risks -------------------------------------------------------------------

Result<Risk> decode_risk(const YamlNode& root, const std::string& file, const std::string& expected_id) {
  Diagnostics errors;
  Risk r;
  r.src.file = file;
  Fields f(root, file, "", errors, r.src.marks, "a risk");
  r.id = f.id_field("id", true);
  f.check_id(r.id, expected_id);
  r.title = f.text("title", true);
  r.kind = f.choice("kind", {"threat", "opportunity"}, "threat");
  r.category = f.id_field("category");
  if (auto p = f.integer("probability", 1, 5, true)) r.probability = *p;
  if (auto p = f.integer("impact", 1, 5, true)) r.impact = *p;
  r.owner = f.id_field("owner");
  if (r.kind == "opportunity")
    r.response = f.choice("response", {"exploit", "share", "enhance", "accept"}, "");
  else
    r.response = f.choice("response", {"avoid", "transfer", "mitigate", "accept", "escalate"}, "");
  r.plan = f.text("plan", false, true);
  r.trigger = f.text("trigger", false, true);
  r.cost_impact = f.money("cost-impact");
  r.review_by = f.date("review-by");
  r.status = f.choice("status", {"open", "closed"}, "open");
  r.closed_reason = f.text("closed-reason", false, true);
  f.list_of_maps("history", "an assessment", [&](Fields& h, std::size_t) {
    Assessment a;
    if (auto d = h.date("date", true)) a.date = *d;
    a.by = h.id_field("by");
    if (auto p = h.integer("probability", 1, 5, true)) a.probability = *p;
    if (auto p = h.integer("impact", 1, 5, true)) a.impact = *p;
    a.note = h.text("note", false, true);
    r.history.push_back(a);
  });
  f.finish();
  return finish_entity(std::move(r), errors);
}

std::string encode_risk(const Risk& r) {
  YamlNode m = yaml_map();
  yaml_set(m, "id", yaml_str(r.id));
  yaml_set(m, "title", yaml_str(r.title));
  yaml_set(m, "kind", yaml_plain(r.kind));
  set_text(m, "category", r.category);
  yaml_set(m, "probability", yaml_int(r.probability));
  yaml_set(m, "impact", yaml_int(r.impact));
  set_text(m, "owner", r.owner);
  if (!r.response.empty()) yaml_set(m, "response", yaml_plain(r.response));
  set_text(m, "plan", r.plan);
  set_text(m, "trigger", r.trigger);
  set_money(m, "cost-impact", r.cost_impact);
  set_date(m, "review-by", r.review_by);
  yaml_set(m, "status", yaml_plain(r.status));
  set_text(m, "closed-reason", r.closed_reason);
  if (!r.history.empty()) {
    YamlNode h = yaml_seq();
    for (const auto& a : r.history) {
      YamlNode n = yaml_map();
      yaml_set(n, "date", yaml_plain(a.date.iso()));
      set_text(n, "by", a.by);
      yaml_set(n, "probability", yaml_int(a.probability));
      yaml_set(n, "impact", yaml_int(a.impact));
      set_text(n, "note", a.note);
      h.items.push_back(n);
    }
    yaml_set(m, "history", h);
  }
  return emit_yaml(m);
}

// ---- budget --------------------------------------------------------------------

Result<BudgetPlan> decode_budget(const YamlNode& root, const std::string& file) {
  Diagnostics errors;
  BudgetPlan b;
  b.src.file = file;
  Fields f(root, file, "", errors, b.src.marks, "the budget plan");
  f.id_map("categories", [&](const std::string& id, const YamlNode& v) {
    BudgetLine line;
    Fields lf = f.nested(v, "categories." + id + ".", fmt::format("budget category \"{}\"", id));
    if (v.is_map()) {
      if (auto mny = lf.money("planned", true)) line.planned = *mny;
      line.description = lf.text("description");
      if (line.planned.minor() < 0) lf.error_at(b.src.at("categories." + id + ".planned"), "a planned amount cannot be negative");
    }
    lf.finish();
    b.categories.emplace_back(id, line);
  });
  f.list_of_maps("adjustments", "a budget adjustment", [&](Fields& a, std::size_t) {
    BudgetAdjustment adj;
    if (auto d = a.date("date", true)) adj.date = *d;
    adj.category = a.id_field("category", true);
    if (auto mny = a.money("amount", true)) adj.amount = *mny;
    adj.reason = a.text("reason", true, true);
    adj.by = a.id_field("by", true);
    b.adjustments.push_back(adj);
  });
  f.finish();
  return finish_entity(std::move(b), errors);
}

std::string encode_budget(const BudgetPlan& b) {
  YamlNode m = yaml_map();
  YamlNode cats = yaml_map();
  for (const auto& [id, line] : b.categories) {
    YamlNode n = yaml_map();
    yaml_set(n, "planned", yaml_str(line.planned.str()));
    set_text(n, "description", line.description);
    yaml_set(cats, id, n);
  }
  yaml_set(m, "categories", cats);
  YamlNode adj = yaml_seq();
  for (const auto& a : b.adjustments) {
    YamlNode n = yaml_map();
    yaml_set(n, "date", yaml_plain(a.date.iso()));
    yaml_set(n, "category", yaml_str(a.category));
    yaml_set(n, "amount", yaml_str(a.amount.str()));
    yaml_set(n, "reason", yaml_str(a.reason));
    yaml_set(n, "by", yaml_str(a.by));
    adj.items.push_back(n);
  }
  yaml_set(m, "adjustments", adj);
  return emit_yaml(m);
}

Result<Expense> decode_expense(const YamlNode& root, const std::string& file, const std::string& expected_id) {
  Diagnostics errors;
  Expense e;
  e.src.file = file;
  Fields f(root, file, "", errors, e.src.marks, "an expense");
  e.id = f.id_field("id", true);
  f.check_id(e.id, expected_id);
  if (auto d = f.date("date", true)) e.date = *d;
  if (auto mny = f.money("amount", true)) e.amount = *mny;
  e.category = f.id_field("category", true);
  e.task = f.id_field("task");
  e.note = f.text("note", false, true);
  e.by = f.id_field("by");
  f.finish();
  return finish_entity(std::move(e), errors);
}

std::string encode_expense(const Expense& e) {
  YamlNode m = yaml_map();
  yaml_set(m, "id", yaml_str(e.id));
  yaml_set(m, "date", yaml_plain(e.date.iso()));
  yaml_set(m, "amount", yaml_str(e.amount.str()));
  yaml_set(m, "category", yaml_str(e.category));
  set_text(m, "task", e.task);
  set_text(m, "note", e.note);
  set_text(m, "by", e.by);
  return emit_yaml(m);
}

// ---- reviews -------------------------------------------------------------------

Result<Review> decode_review(const YamlNode& root, const std::string& file, const std::string& expected_id) {
  Diagnostics errors;
  Review r;
  r.src.file = file;
  Fields f(root, file, "", errors, r.src.marks, "a review");
  r.id = f.id_field("id", true);
  f.check_id(r.id, expected_id);
  r.kind = f.choice("kind", {"meeting", "quality", "performance"}, "meeting", true);
  r.title = f.text("title");
  if (auto d = f.date("date", true)) r.date = *d;
  r.by = f.id_field("by");
  r.attendees = f.list("attendees", true);
  r.notes = f.text("notes", false, true);
  r.decisions = f.list("decisions");
  f.list_of_maps("actions", "an action item", [&](Fields& a, std::size_t) {
    ActionItem item;
    item.text = a.text("text", true);
    item.owner = a.id_field("owner");
    item.due = a.date("due");
    item.task = a.id_field("task");
    r.actions.push_back(item);
  });
  r.task = f.id_field("task");
  r.passed = f.list("passed");
  r.failed = f.list("failed");
  r.result = f.choice("result", {"pass", "fail"}, "");
  r.accepted_by = f.id_field("accepted-by");
  r.accepted_on = f.date("accepted-on");
  r.person = f.id_field("person");
  r.rating = f.integer("rating", 1, 5);
  r.feedback = f.text("feedback", false, true);
  r.kudos = f.text("kudos", false, true);
  f.finish();
  if (r.kind == "quality" && r.task.empty() && !has_errors(errors))
    f.error_at(Mark{root.line, root.col}, "a quality inspection needs \"task\": the task inspected");
  if (r.kind == "performance" && r.person.empty() && !has_errors(errors))
    f.error_at(Mark{root.line, root.col}, "performance feedback needs \"person\"");
  return finish_entity(std::move(r), errors);
}

std::string encode_review(const Review& r) {
  YamlNode m = yaml_map();
  yaml_set(m, "id", yaml_str(r.id));
  yaml_set(m, "kind", yaml_plain(r.kind));
  set_text(m, "title", r.title);
  yaml_set(m, "date", yaml_plain(r.date.iso()));
  set_text(m, "by", r.by);
  set_list(m, "attendees", r.attendees);
  set_text(m, "notes", r.notes);
  set_list(m, "decisions", r.decisions);
  if (!r.actions.empty()) {
    YamlNode as = yaml_seq();
    for (const auto& a : r.actions) {
      YamlNode n = yaml_map();
      yaml_set(n, "text", yaml_str(a.text));
      set_text(n, "owner", a.owner);
      set_date(n, "due", a.due);
      set_text(n, "task", a.task);
      as.items.push_back(n);
    }
    yaml_set(m, "actions", as);
  }
  set_text(m, "task", r.task);
  set_list(m, "passed", r.passed);
  set_list(m, "failed", r.failed);
  if (!r.result.empty()) yaml_set(m, "result", yaml_plain(r.result));
  set_text(m, "accepted-by", r.accepted_by);
  set_date(m, "accepted-on", r.accepted_on);
  set_text(m, "person", r.person);
  if (r.rating) yaml_set(m, "rating", yaml_int(*r.rating));
  set_text(m, "feedback", r.feedback);
  set_text(m, "kudos", r.kudos);
  return emit_yaml(m);
}

// ---- surveys -------------------------------------------------------------------

Result<Survey> decode_survey(const YamlNode& root, const std::string& file, const std::string& expected_id) {
  Diagnostics errors;
  Survey s;
  s.src.file = file;
  Fields f(root, file, "", errors, s.src.marks, "a survey");
  s.id = f.id_field("id", true);
  f.check_id(s.id, expected_id);
  s.title = f.text("title", true);
  if (auto d = f.date("opened", true)) s.opened = *d;
  s.closes = f.date("closes");
  std::set<std::string> seen;
  f.list_of_maps("questions", "a question", [&](Fields& q, std::size_t i) {
    Question question;
    question.id = q.id_field("id", true);
    question.kind = q.choice("kind", {"nps", "csat", "rating", "text"}, "text", true);
    question.text = q.text("text", true);
    if (auto mx = q.integer("max", 2, 10)) question.max = *mx;
    if (!question.id.empty() && !seen.insert(question.id).second)
      q.error_at(s.src.at(fmt::format("questions[{}].id", i)), fmt::format("question id \"{}\" is used twice", question.id));
    s.questions.push_back(question);
  });
  f.finish();
  if (s.questions.empty() && !has_errors(errors)) f.error_at(Mark{root.line, root.col}, "a survey needs at least one question");
  return finish_entity(std::move(s), errors);
}

std::string encode_survey(const Survey& s) {
  YamlNode m = yaml_map();
  yaml_set(m, "id", yaml_str(s.id));
  yaml_set(m, "title", yaml_str(s.title));
  yaml_set(m, "opened", yaml_plain(s.opened.iso()));
  set_date(m, "closes", s.closes);
  YamlNode qs = yaml_seq();
  for (const auto& q : s.questions) {
    YamlNode n = yaml_map();
    yaml_set(n, "id", yaml_str(q.id));
    yaml_set(n, "kind", yaml_plain(q.kind));
    yaml_set(n, "text", yaml_str(q.text));
    if (q.kind == "rating") yaml_set(n, "max", yaml_int(q.max));
    qs.items.push_back(n);
  }
  yaml_set(m, "questions", qs);
  return emit_yaml(m);
}

Result<SurveyResponse> decode_response(const YamlNode& root, const std::string& file, const std::string& expected_id) {
  Diagnostics errors;
  SurveyResponse r;
  r.src.file = file;
  Fields f(root, file, "", errors, r.src.marks, "a survey response");
  r.respondent = f.id_field("respondent", true);
  f.check_id(r.respondent, expected_id);
  if (auto d = f.date("date", true)) r.date = *d;
  f.id_map("answers", [&](const std::string& q, const YamlNode& v) {
    if (!v.is_scalar()) {
      f.error(v, fmt::format("the answer to \"{}\" must be a number or text, not {}", q, kind_word(v)));
      return;
    }
    Answer a;
    a.question = q;
    a.value = v.value;
    a.numeric = !v.quoted && !v.value.empty() && v.value.size() <= 3 &&
                std::all_of(v.value.begin(), v.value.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
    if (!a.numeric) f.check_text(v, q, v.value, true);
    r.answers.push_back(a);
  });
  f.finish();
  return finish_entity(std::move(r), errors);
}

std::string encode_response(const SurveyResponse& r) {
  YamlNode m = yaml_map();
  yaml_set(m, "respondent", yaml_str(r.respondent));
  yaml_set(m, "date", yaml_plain(r.date.iso()));
  YamlNode as = yaml_map();
  for (const auto& a : r.answers) yaml_set(as, a.question, a.numeric ? yaml_plain(a.value) : yaml_str(a.value));
  yaml_set(m, "answers", as);
  return emit_yaml(m);
}

// ---- baselines -----------------------------------------------------------------

Result<Baseline> decode_baseline(const YamlNode& root, const std::string& file, const std::string& expected_id) {
  Diagnostics errors;
  Baseline b;
  b.src.file = file;
  Fields f(root, file, "", errors, b.src.marks, "a baseline");
  b.name = f.id_field("name", true);
  if (!b.name.empty() && b.name != expected_id)
    f.error_at(b.src.at("name"), fmt::format("name \"{}\" does not match the file name \"{}.yaml\"", b.name, expected_id));
  if (auto d = f.date("saved", true)) b.saved = *d;
  b.by = f.id_field("by");
  f.id_map("tasks", [&](const std::string& id, const YamlNode& v) {
    BaselineTask bt;
    Fields tf = f.nested(v, "tasks." + id + ".", fmt::format("baseline task \"{}\"", id));
    if (v.is_map()) {
      if (auto d = tf.date("start", true)) bt.start = *d;
      if (auto d = tf.date("finish", true)) bt.finish = *d;
      bt.cost = tf.money("cost");
    }
    tf.finish();
    b.tasks.emplace_back(id, bt);
  });
  f.finish();
  return finish_entity(std::move(b), errors);
}

std::string encode_baseline(const Baseline& b) {
  YamlNode m = yaml_map();
  yaml_set(m, "name", yaml_str(b.name));
  yaml_set(m, "saved", yaml_plain(b.saved.iso()));
  set_text(m, "by", b.by);
  YamlNode ts = yaml_map();
  for (const auto& [id, bt] : b.tasks) {
    YamlNode n = yaml_map();
    yaml_set(n, "start", yaml_plain(bt.start.iso()));
    yaml_set(n, "finish", yaml_plain(bt.finish.iso()));
    set_money(n, "cost", bt.cost);
    yaml_set(ts, id, n);
  }
  yaml_set(m, "tasks", ts);
  return emit_yaml(m);
}

}  // namespace pmadmin

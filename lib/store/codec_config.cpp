// YAML <-> model for pmadmin.yaml: project, calendar, roles, meetings and check rules.
#include "base/i18n.hpp"
#include "store/codec.hpp"

#include <cctype>

#include "base/text.hpp"
#include "model/vocab.hpp"
#include "store/fields.hpp"
#include "store/yaml_writer.hpp"

namespace pmadmin {

namespace {

void decode_currency(Fields& f, ProjectConfig& c) {
  const YamlNode* v = f.get("currency");
  if (!v) return;
  auto s = f.scalar("currency", v, N_("a currency code"));
  if (!s) return;
  bool iso = s->size() == 3 && std::all_of(s->begin(), s->end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
  if (!iso)
    f.error(*v, trf("\"currency\" must be an ISO 4217 code like CNY, USD or EUR, not \"{}\"", *s),
            tr("write the three capital letters of the currency, like CNY"));
  else
    c.currency = *s;
}

void decode_workdays(Fields& cf, const YamlNode& wd, Calendar& cal) {
  if (!wd.is_sequence()) {
    cf.error(wd, tr("\"workdays\" must be a list like [mon, tue, wed, thu, fri]"), Fields::list_hint("workdays"));
    return;
  }
  cal.workdays.clear();
  for (const auto& item : wd.items) {
    auto day = item.is_scalar() ? parse_weekday(item.value) : std::nullopt;
    if (!day) {
      cf.error(item, trf("\"{}\" is not a weekday (mon, tue, wed, thu, fri, sat, sun)", item.value),
               tr("write weekdays as their first three letters in lowercase, like mon"));
      continue;
    }
    if (std::find(cal.workdays.begin(), cal.workdays.end(), *day) != cal.workdays.end()) {
      cf.error(item, trf("weekday \"{}\" is listed twice", item.value), tr("remove the second one"));
      continue;
    }
    cal.workdays.push_back(*day);
  }
  std::sort(cal.workdays.begin(), cal.workdays.end());
  if (cal.workdays.empty())
    cf.error(wd, tr("\"workdays\" needs at least one working day"),
             tr("list the working days, like [mon, tue, wed, thu, fri]"));
}

/// One item of `holidays:` or `workdays_extra:`: DATE, FIRST..LAST, or a map with `date:`
/// (either form) and `name:`.
std::optional<HolidayRange> decode_day_item(Fields& cf, const YamlNode& item, const std::string& key) {
  const YamlNode* dates = &item;
  HolidayRange out;
  if (item.is_map()) {
    Fields itf = cf.nested(item, key + ".", trf("an item of \"{}\"", key));
    dates = itf.get("date", true);
    out.name = itf.text("name");
    itf.finish();
    if (!dates) return std::nullopt;
  }
  if (!dates->is_scalar()) {
    cf.error(*dates, trf("an item of \"{}\" must be a date or a range like 2026-10-01..2026-10-07", key),
             tr("write each item as one date or FIRST..LAST on its own \"- \" line, or as {date: ..., name: ...}"));
    return std::nullopt;
  }
  std::size_t dots = dates->value.find("..");
  std::string a = dates->value.substr(0, dots);
  std::string b = dots == std::string::npos ? a : dates->value.substr(dots + 2);
  auto first = cf.parse_date(*dates, key, a);
  auto last = cf.parse_date(*dates, key, b);
  if (!first || !last) return std::nullopt;
  if (*last < *first) {
    cf.error(*dates, trf("the range {} ends before it starts", dates->value),
             tr("write the first day before the last, like 2026-05-01..2026-05-05"));
    return std::nullopt;
  }
  if (first->days_until(*last) >= 366) {
    cf.error(
        *dates,
        trf("the range {} covers {} days; a range covers at most a year", dates->value, first->days_until(*last) + 1),
        tr("list each year's days on their own; a calendar needs working days"));
    return std::nullopt;
  }
  out.first = *first;
  out.last = *last;
  return out;
}

void decode_days(Fields& cf, const YamlNode& list, const std::string& key, std::vector<HolidayRange>& out) {
  if (!list.is_sequence()) {
    cf.error(list, trf("\"{}\" must be a list of dates or ranges like 2026-05-01..2026-05-05", key),
             Fields::list_hint(key));
    return;
  }
  for (const auto& item : list.items)
    if (auto day = decode_day_item(cf, item, key)) out.push_back(std::move(*day));
}

/// A make-up working day must fall on a weekday that is not a working day, and no day may
/// be both a holiday and a working day.
void check_extra_days(Fields& cf, const YamlNode& list, const Calendar& cal) {
  const Date epoch = Date::from_ymd(1970, 1, 1);
  std::vector<long> holiday_days;  // sorted, so each day is looked up in O(log n)
  for (const auto& h : cal.holidays)
    for (Date d = h.first; d <= h.last; d = d.plus_days(1)) holiday_days.push_back(epoch.days_until(d));
  std::sort(holiday_days.begin(), holiday_days.end());
  for (std::size_t i = 0; i < cal.workdays_extra.size() && i < list.items.size(); ++i) {
    const auto& extra = cal.workdays_extra[i];
    for (Date d = extra.first; d <= extra.last; d = d.plus_days(1)) {
      if (cal.works_on(d.iso_weekday())) {
        cf.error(list.items[i],
                 trf("{} ({}) is a working day already; \"workdays_extra\" lists days off that are "
                     "worked, like a make-up Saturday",
                     d.iso(), weekday_name(d.iso_weekday())),
                 tr("remove it from \"workdays_extra\""));
        break;
      }
      if (std::binary_search(holiday_days.begin(), holiday_days.end(), static_cast<long>(epoch.days_until(d)))) {
        cf.error(list.items[i], trf("{} is both a holiday and an extra working day", d.iso()),
                 tr("keep it in one of \"holidays\" and \"workdays_extra\""));
        break;
      }
    }
  }
}

void decode_calendar(Fields& f, Calendar& cal) {
  const YamlNode* node = f.get("calendar");
  if (!node) return;
  Fields cf = f.nested(*node, "calendar.", "calendar");
  if (const YamlNode* wd = cf.get("workdays")) decode_workdays(cf, *wd, cal);
  if (const YamlNode* hol = cf.get("holidays")) decode_days(cf, *hol, "holidays", cal.holidays);
  if (const YamlNode* extra = cf.get("workdays_extra")) {
    decode_days(cf, *extra, "workdays_extra", cal.workdays_extra);
    if (cal.workdays_extra.size() == extra->items.size()) check_extra_days(cf, *extra, cal);
  }
  cf.finish();
}

void decode_roles(Fields& f, ProjectConfig& c) {
  f.id_map("roles", [&](const std::string& id, const YamlNode& v) {
    RoleDef def;
    Fields rf = f.nested(v, "roles." + id + ".", trf("role \"{}\"", id));
    if (v.is_map()) {
      def.description = rf.text("description");
      std::vector<std::string> words = rf.list("permissions");
      for (std::size_t i = 0; i < words.size(); ++i) {
        if (auto permission = from_text<Permission>(words[i])) {
          def.permissions.push_back(*permission);
          continue;
        }
        Mark at = c.src.at(fmt::format("roles.{}.permissions[{}]", id, i));
        rf.error_at(at, trf("unknown permission \"{}\"", words[i]),
                    did_you_mean(words[i], known_permissions(), tr("the permissions are listed in docs/format.md")));
      }
    }
    rf.finish();
    c.roles.emplace_back(id, std::move(def));
  });
}

/// "HH:MM" on a 24-hour clock.
bool is_clock_time(const std::string& s) {
  auto digit = [&](std::size_t i) { return std::isdigit(static_cast<unsigned char>(s[i])) != 0; };
  return s.size() == 5 && s[2] == ':' && digit(0) && digit(1) && digit(3) && digit(4) &&
         std::stoi(s.substr(0, 2)) < 24 && std::stoi(s.substr(3, 2)) < 60;
}

/// "60m": minutes, 1-999, no leading zero.
bool is_minutes(const std::string& s) {
  return s.size() >= 2 && s.size() <= 4 && s.back() == 'm' && s[0] != '0' &&
         std::all_of(s.begin(), s.end() - 1, [](char ch) { return ch >= '0' && ch <= '9'; });
}

void decode_meetings(Fields& f, ProjectConfig& c) {
  f.list_of_maps("meetings", N_("a meeting"), [&](Fields& mf, std::size_t) {
    Meeting m;
    m.title = mf.text("title", true);
    m.every = mf.word("every", MeetingEvery::week);
    m.day = mf.choice("day", {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}, "mon");
    if (const YamlNode* t = mf.get("time")) {
      auto s = mf.scalar("time", t, N_("a time like \"10:00\""));
      if (s && !is_clock_time(*s))
        mf.error(*t, trf("\"time\" must be HH:MM (24-hour), not \"{}\"", *s), tr("write it quoted, like \"14:30\""));
      else if (s)
        m.time = *s;
    }
    if (const YamlNode* d = mf.get("duration")) {
      auto s = mf.scalar("duration", d, N_("minutes like 60m"));
      if (s && !is_minutes(*s))
        mf.error(*d, trf("\"duration\" must be minutes like 60m, not \"{}\"", *s),
                 tr("write whole minutes followed by m, like 45m"));
      else if (s)
        m.duration_minutes = std::stoi(s->substr(0, s->size() - 1));
    }
    c.meetings.push_back(m);
  });
}

/// One rule under `checks:`: a severity word, or a map with severity and threshold.
void decode_check_rule(Fields& f, const YamlNode& k, const YamlNode& v, CheckRule& rule) {
  auto check_severity = [&](const YamlNode& n) {
    auto severity = n.is_scalar() ? from_text<RuleSeverity>(n.value) : std::nullopt;
    if (!severity) {
      f.error(n, trf("severity of \"{}\" must be error, warning or off", k.value),
              did_you_mean(n.is_scalar() ? n.value : "", words_of<RuleSeverity>(),
                           tr("write one of error, warning or off after the rule name")));
      return;
    }
    rule.severity = *severity;
  };
  if (!v.is_map()) {
    check_severity(v);
    return;
  }
  Fields rf = f.nested(v, "checks." + k.value + ".", trf("check \"{}\"", k.value));
  if (const YamlNode* sv = rf.get("severity")) check_severity(*sv);
  if (const YamlNode* tv = rf.get("threshold")) {
    if (auto s = rf.scalar("threshold", tv, N_("a number, percentage or days"))) rule.threshold = *s;
  }
  rf.finish();
}

void decode_checks(Fields& f, ProjectConfig& c) {
  const YamlNode* checks = f.get("checks");
  if (!checks) return;
  if (!checks->is_map()) {
    f.error(*checks, tr("\"checks\" must be a map of rule: severity"),
            tr("write each rule as an indented line, like \"  overdue-task: error\""));
    return;
  }
  for (std::size_t i = 0; i < checks->keys.size(); ++i) {
    const YamlNode& k = checks->keys[i];
    auto id = from_text<CheckRuleId>(k.value);
    if (!id) {
      f.error(k, trf("unknown check rule \"{}\"", k.value),
              did_you_mean(k.value, known_check_rules(), tr("the rules are listed in docs/check.md")));
      continue;
    }
    CheckRule rule;
    decode_check_rule(f, k, checks->items[i], rule);
    c.checks.emplace_back(*id, rule);
  }
}

/// `risk-categories:`: each item an ID, or `{id: schedule, title: 进度}` to show a name in
/// any language while the ID stays ASCII.
void decode_risk_categories(Fields& f, ProjectConfig& c) {
  const YamlNode* v = f.get("risk-categories");
  if (!v) return;
  if (!v->is_sequence()) {
    f.error(*v, trf("\"{}\" must be a list, not {}", "risk-categories", kind_word(*v)),
            Fields::list_hint("risk-categories"));
    return;
  }
  for (std::size_t i = 0; i < v->items.size(); ++i) {
    const YamlNode& item = v->items[i];
    std::string id, title;
    if (item.is_map()) {
      Fields itf = f.nested(item, fmt::format("risk-categories[{}].", i), trf("an item of \"{}\"", "risk-categories"));
      id = itf.id_field("id", true);
      title = itf.text("title");
      itf.finish();
    } else if (!item.is_scalar()) {
      f.error(
          item,
          trf("an item of \"{}\" must be an ID or {{id: ..., title: ...}}, not {}", "risk-categories", kind_word(item)),
          tr("write each category as an ID on its own \"- \" line, or as {id: schedule, title: 进度}"));
    } else if (auto problem = id_problem(item.value)) {
      f.error(item, trf("\"{}\" is not a valid ID: {}", item.value, *problem), id_fix_hint(item.value, "schedule"));
    } else {
      id = item.value;
    }
    if (id.empty()) continue;
    if (std::find(c.risk_categories.begin(), c.risk_categories.end(), id) != c.risk_categories.end()) {
      f.error(item, trf("risk category \"{}\" is listed twice", id), tr("keep one of them"));
      continue;
    }
    c.risk_categories.push_back(id);
    if (!title.empty()) c.risk_category_titles[id] = title;
  }
}

/// `risk-categories: [...]` and `risk-levels: {medium: 5, high: 10, critical: 20}`.
void decode_risk_settings(Fields& f, ProjectConfig& c) {
  decode_risk_categories(f, c);
  const YamlNode* levels = f.get("risk-levels");
  if (!levels) return;
  if (!levels->is_map()) {
    f.error(*levels, tr("\"risk-levels\" must be a map of the lowest score of each level"),
            tr("write it like \"risk-levels: {medium: 5, high: 10, critical: 20}\""));
    return;
  }
  Fields lf = f.nested(*levels, "risk-levels.", "risk-levels");
  RiskBands& b = c.risk_levels;
  if (auto v = lf.integer("medium", 2, 25)) b.medium = *v;
  if (auto v = lf.integer("high", 2, 25)) b.high = *v;
  if (auto v = lf.integer("critical", 2, 25)) b.critical = *v;
  lf.finish();
  if (!(b.medium < b.high && b.high < b.critical))
    f.error(*levels,
            trf("the risk levels must rise from medium to high to critical, but they are {}, {} and {}", b.medium,
                b.high, b.critical),
            tr("the scores run from 1 to 25; the defaults are medium: 5, high: 10, critical: 20"));
}

}  // namespace

Result<ProjectConfig> decode_config(const YamlNode& root, const std::string& file) {
  Diagnostics errors;
  ProjectConfig c;
  c.src.file = file;
  Fields f(root, file, "", errors, c.src.marks, "pmadmin.yaml");
  if (auto s = f.integer("schema", 1, 1, true)) c.schema = *s;
  c.name = f.text("name", true);
  c.client = f.text("client");
  if (auto d = f.date("start", true)) c.start = *d;
  c.created_by = f.id_field("created-by");
  c.created_on = f.date("created-on");
  decode_currency(f, c);
  c.language = f.choice("language", {"en", "zh-CN"}, "en");
  decode_calendar(f, c.calendar);
  decode_roles(f, c);
  decode_risk_settings(f, c);
  decode_meetings(f, c);
  decode_checks(f, c);
  f.finish();
  return finish_entity(std::move(c), errors);
}

namespace {
YamlNode encode_days(const std::vector<HolidayRange>& days) {
  YamlNode list = yaml_seq();
  for (const auto& h : days) {
    YamlNode dates = yaml_plain(h.text());
    if (h.name.empty()) {
      list.items.push_back(dates);
      continue;
    }
    YamlNode item = yaml_map();
    yaml_set(item, "date", dates);
    yaml_set_text(item, "name", h.name);
    list.items.push_back(item);
  }
  return list;
}

/// Each category as its ID, or as {id, title} when it has a display name.
YamlNode encode_risk_categories(const ProjectConfig& c) {
  YamlNode list = yaml_seq();
  for (const auto& id : c.risk_categories) {
    auto title = c.risk_category_titles.find(id);
    if (title == c.risk_category_titles.end()) {
      list.items.push_back(yaml_plain(id));
      continue;
    }
    YamlNode item = yaml_map();
    yaml_set(item, "id", yaml_plain(id));
    yaml_set_text(item, "title", title->second);
    list.items.push_back(item);
  }
  return list;
}
}  // namespace

std::string encode_config(const ProjectConfig& c) {
  YamlNode m = yaml_map();
  yaml_set(m, "schema", yaml_int(c.schema));
  yaml_set(m, "name", yaml_str(c.name));
  yaml_set_text(m, "client", c.client);
  yaml_set(m, "start", yaml_plain(c.start.iso()));
  yaml_set_text(m, "created-by", c.created_by);
  yaml_set_date(m, "created-on", c.created_on);
  yaml_set(m, "currency", yaml_plain(c.currency));
  if (c.language != "en") yaml_set(m, "language", yaml_plain(c.language));
  YamlNode cal = yaml_map();
  YamlNode wd = yaml_seq();
  for (unsigned d : c.calendar.workdays) wd.items.push_back(yaml_plain(weekday_name(d)));
  yaml_set(cal, "workdays", wd);
  YamlNode hol = yaml_seq();
  yaml_set(cal, "holidays", encode_days(c.calendar.holidays));
  if (!c.calendar.workdays_extra.empty()) yaml_set(cal, "workdays_extra", encode_days(c.calendar.workdays_extra));
  yaml_set(m, "calendar", cal);
  YamlNode roles = yaml_map();
  for (const auto& [id, def] : c.roles) {
    YamlNode r = yaml_map();
    yaml_set_text(r, "description", def.description);
    YamlNode permissions = yaml_seq();
    for (Permission p : def.permissions) permissions.items.push_back(yaml_str(to_text(p)));
    yaml_set(r, "permissions", permissions);
    yaml_set(roles, id, r);
  }
  yaml_set(m, "roles", roles);
  if (!c.risk_categories.empty()) yaml_set(m, "risk-categories", encode_risk_categories(c));
  const RiskBands defaults;
  if (c.risk_levels.medium != defaults.medium || c.risk_levels.high != defaults.high ||
      c.risk_levels.critical != defaults.critical) {
    YamlNode levels = yaml_map();
    yaml_set(levels, "medium", yaml_int(c.risk_levels.medium));
    yaml_set(levels, "high", yaml_int(c.risk_levels.high));
    yaml_set(levels, "critical", yaml_int(c.risk_levels.critical));
    yaml_set(m, "risk-levels", levels);
  }
  if (!c.meetings.empty()) {
    YamlNode ms = yaml_seq();
    for (const auto& mt : c.meetings) {
      YamlNode n = yaml_map();
      yaml_set(n, "title", yaml_str(mt.title));
      yaml_set(n, "every", yaml_word(mt.every));
      yaml_set(n, "day", yaml_plain(mt.day));
      yaml_set_text(n, "time", mt.time);
      yaml_set(n, "duration", yaml_plain(std::to_string(mt.duration_minutes) + "m"));
      ms.items.push_back(n);
    }
    yaml_set(m, "meetings", ms);
  }
  if (!c.checks.empty()) {
    YamlNode cs = yaml_map();
    for (const auto& [rule, cfg] : c.checks) {
      if (cfg.threshold.empty()) {
        yaml_set(cs, to_text(rule), yaml_word(cfg.severity));
      } else {
        YamlNode r = yaml_map();
        yaml_set(r, "severity", yaml_word(cfg.severity));
        yaml_set(r, "threshold", yaml_str(cfg.threshold));
        yaml_set(cs, to_text(rule), r);
      }
    }
    yaml_set(m, "checks", cs);
  }
  return emit_yaml(m);
}

}  // namespace pmadmin

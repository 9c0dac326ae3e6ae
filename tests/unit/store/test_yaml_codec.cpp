#include <doctest/doctest.h>

#include <algorithm>

#include "render/diagnostic.hpp"
#include "store/codec.hpp"
#include "store/yaml_tree.hpp"

using namespace pmadmin;

namespace {

Result<Task> task_from(const std::string& text, const std::string& id = "t-1") {
  auto tree = parse_yaml_strict(text, "tasks/" + id + ".yaml");
  REQUIRE(tree.ok());
  return decode_task(*tree, "tasks/" + id + ".yaml", id);
}

/// Encodes `value`, reads it back strictly, checks that re-encoding gives the same bytes,
/// and returns what was read back.
template <typename T, typename Encode, typename Decode>
T round_trip(const T& value, Encode encode, Decode decode, const std::string& id) {
  std::string text = encode(value);
  auto tree = parse_yaml_strict(text, "f.yaml");
  REQUIRE_MESSAGE(tree.ok(), text);
  auto back = decode(*tree, "f.yaml", id);
  REQUIRE_MESSAGE(back.ok(), render_diagnostics(back.errors()));
  CHECK(encode(*back) == text);
  return *back;
}

std::vector<std::string> messages(const Diagnostics& ds) {
  std::vector<std::string> out;
  for (const auto& d : ds) out.push_back(std::to_string(d.line) + ":" + std::to_string(d.col) + " " + d.message);
  return out;
}

}  // namespace

TEST_CASE("a full task decodes and re-encodes byte for byte") {
  std::string text =
      "id: t-1\n"
      "title: 设计首页原型\n"
      "kind: task\n"
      "status: doing\n"
      "owner: bob\n"
      "raci:\n"
      "  alice: A\n"
      "duration: 5d\n"
      "estimate: 3d/5d/10d\n"
      "depends:\n"
      "  - t-2mxa\n"
      "  - t-9zzk:ss+2d\n"
      "  - t-3:ff-1d\n"
      "start-no-earlier: 2026-03-09\n"
      "due: 2026-03-20\n"
      "priority: 700\n"
      "progress: 40\n"
      "started: 2026-03-09\n"
      "cost: \"8000.00\"\n"
      "category: design\n"
      "acceptance:\n"
      "  - Mobile layout approved\n"
      "tags:\n"
      "  - phase-1\n"
      "log:\n"
      "  - date: 2026-03-10\n"
      "    by: alice\n"
      "    action: assign\n"
      "    detail: \"owner: carol -> bob\"\n";
  auto t = task_from(text);
  REQUIRE_MESSAGE(t.ok(), render_diagnostics(t.errors()));
  CHECK(t->title == "设计首页原型");
  CHECK(*t->duration_days == 5);
  REQUIRE(t->depends.size() == 3);
  CHECK(t->depends[1].task == "t-9zzk");
  CHECK(t->depends[1].type == DependencyType::ss);
  CHECK(t->depends[1].lag_days == 2);
  CHECK(t->depends[2].lag_days == -1);
  CHECK(t->cost->minor() == 800000);
  CHECK(t->progress == 40);
  CHECK(t->src.at("depends[1]").line == 12);
  CHECK(encode_task(*t) == text);
}

TEST_CASE("task problems are all reported, each at its field") {
  auto t = task_from(
      "id: t-2\n"
      "titel: x\n"
      "status: dooing\n"
      "progress: 140\n"
      "due: 2026-02-30\n"
      "cost: 12.5\n"
      "duration: five\n"
      "depends: [\"../etc\"]\n");
  REQUIRE_FALSE(t.ok());
  auto m = messages(t.errors());
  auto has = [&](const std::string& s) { return std::find(m.begin(), m.end(), s) != m.end(); };
  CHECK(has("1:5 id \"t-2\" does not match the file name \"t-1.yaml\""));
  CHECK(has("3:9 \"status\" must be one of todo, doing, blocked, done, cancelled, not \"dooing\""));
  CHECK(has("4:11 \"progress\" must be a whole number from 0 to 100, not 140"));
  CHECK(
      has("5:6 \"due\" is not a valid date: \"2026-02-30\" (expected an existing day from 1900-01-01 to 2200-12-31, as "
          "YYYY-MM-DD)"));
  CHECK(has("6:7 \"cost\" must be a quoted amount like \"12.50\""));
  CHECK(has("7:11 \"duration\" must be a number of working days like 5d, not \"five\""));
  CHECK(has("8:11 \"../etc\" is not a dependency; write ID, ID:ss+2d or ID:ff-1d"));
  CHECK(has("2:1 unknown key \"titel\" in a task"));
  CHECK(has("1:1 a task is missing the required key \"title\""));
  for (const auto& d : t.errors())
    if (d.message.find("titel") != std::string::npos) CHECK(d.hint == "did you mean \"title\"?");
}

TEST_CASE("wrong types and hostile text") {
  auto t = task_from("id: t-1\ntitle: [a, b]\ntags: {a: 1}\n");
  REQUIRE_FALSE(t.ok());
  CHECK(messages(t.errors())[0] == "2:8 \"title\" must be text, not a list");
  auto esc = task_from("id: t-1\ntitle: \"red \\e[31m\"\n");
  REQUIRE_FALSE(esc.ok());
  CHECK(esc.errors()[0].message.find("control or bidi-override character (U+001B)") != std::string::npos);
  auto bidi = task_from("id: t-1\ntitle: \"abc\u202Etxt\"\n");
  REQUIRE_FALSE(bidi.ok());
  CHECK(bidi.errors()[0].message.find("U+202E") != std::string::npos);
}

TEST_CASE("money in files: floats, octal, hex, NaN, exponent, overflow") {
  for (const char* bad :
       {"\"1e5\"", "\"0x10\"", "\"010\"", "\"NaN\"", "\"1.999\"", "\"10000000000000000\"", "\"12,500\""}) {
    auto t = task_from(std::string("id: t-1\ntitle: x\ncost: ") + bad + "\n");
    CHECK_MESSAGE(!t.ok(), bad);
    if (!t.ok()) CHECK(t.errors()[0].message.find("is not a valid amount") != std::string::npos);
  }
}

TEST_CASE("config: calendar, roles, meetings, checks") {
  std::string text =
      "schema: 1\n"
      "name: ACME\n"
      "client: ACME Corp\n"
      "start: 2026-03-02\n"
      "currency: CNY\n"
      "calendar:\n"
      "  workdays:\n"
      "    - mon\n"
      "    - tue\n"
      "  holidays:\n"
      "    - 2026-04-06\n"
      "    - 2026-05-01..2026-05-05\n"
      "roles:\n"
      "  client-admin:\n"
      "    description: Owner\n"
      "    permissions:\n"
      "      - manage-roles\n"
      "meetings:\n"
      "  - title: Weekly status\n"
      "    every: week\n"
      "    day: mon\n"
      "    time: \"10:00\"\n"
      "    duration: 60m\n"
      "checks:\n"
      "  overdue-task: error\n"
      "  forecast-overrun:\n"
      "    severity: warning\n"
      "    threshold: \"10%\"\n";
  auto tree = parse_yaml_strict(text, "pmadmin.yaml");
  REQUIRE(tree.ok());
  auto c = decode_config(*tree, "pmadmin.yaml");
  REQUIRE_MESSAGE(c.ok(), render_diagnostics(c.errors()));
  CHECK(c->calendar.holidays[1].last.iso() == "2026-05-05");
  CHECK(c->roles[0].second.permissions[0] == Permission::manage_roles);
  CHECK(c->checks[1].second.threshold == "10%");
  CHECK(encode_config(*c) == text);

  auto bad = parse_yaml_strict(
      "schema: 1\nname: x\nstart: 2026-03-02\ncurrency: yuan\nroles:\n  admin:\n    permissions: [manage-role]\n"
      "checks:\n  overdue-tsk: error\n  budget-overrun: fatal\n",
      "pmadmin.yaml");
  REQUIRE(bad.ok());
  auto bc = decode_config(*bad, "pmadmin.yaml");
  REQUIRE_FALSE(bc.ok());
  auto m = messages(bc.errors());
  CHECK(std::find(m.begin(), m.end(),
                  "4:11 \"currency\" must be an ISO 4217 code like CNY, USD or EUR, not \"yuan\"") != m.end());
  CHECK(std::find(m.begin(), m.end(), "7:19 unknown permission \"manage-role\"") != m.end());
  CHECK(std::find(m.begin(), m.end(), "9:3 unknown check rule \"overdue-tsk\"") != m.end());
  CHECK(std::find(m.begin(), m.end(), "10:19 severity of \"budget-overrun\" must be error, warning or off") != m.end());
}

TEST_CASE("config: language, named holidays and make-up working days") {
  std::string text =
      "schema: 1\n"
      "name: 官网\n"
      "start: 2026-09-28\n"
      "currency: CNY\n"
      "language: zh-CN\n"
      "calendar:\n"
      "  workdays:\n"
      "    - mon\n"
      "    - tue\n"
      "    - wed\n"
      "    - thu\n"
      "    - fri\n"
      "  holidays:\n"
      "    - date: 2026-10-01..2026-10-07\n"
      "      name: 国庆节\n"
      "    - 2027-01-01\n"
      "  workdays_extra:\n"
      "    - date: 2026-10-10\n"
      "      name: 国庆节补班\n"
      "roles: {}\n";
  auto tree = parse_yaml_strict(text, "pmadmin.yaml");
  REQUIRE(tree.ok());
  auto c = decode_config(*tree, "pmadmin.yaml");
  REQUIRE_MESSAGE(c.ok(), render_diagnostics(c.errors()));
  CHECK(c->language == "zh-CN");
  REQUIRE(c->calendar.holidays.size() == 2);
  CHECK(c->calendar.holidays[0].name == "国庆节");
  CHECK(c->calendar.holidays[0].last.iso() == "2026-10-07");
  REQUIRE(c->calendar.workdays_extra.size() == 1);
  CHECK(c->calendar.workdays_extra[0].first.iso() == "2026-10-10");
  CHECK(c->calendar.workdays_extra[0].name == "国庆节补班");
  CHECK(encode_config(*c) == text);

  auto bad = parse_yaml_strict(
      "schema: 1\nname: x\nstart: 2026-03-02\nlanguage: fr\ncalendar:\n  holidays: [2026-10-01..2026-10-07]\n"
      "  workdays_extra: [2026-10-05, 2026-10-12, 2026-10-04..2026-10-03]\n",
      "pmadmin.yaml");
  REQUIRE(bad.ok());
  auto bc = decode_config(*bad, "pmadmin.yaml");
  REQUIRE_FALSE(bc.ok());
  auto m = messages(bc.errors());
  INFO(fmt::format("{}", fmt::join(m, "\n")));
  CHECK(std::find(m.begin(), m.end(), "7:44 the range 2026-10-04..2026-10-03 ends before it starts") != m.end());
  auto bad2 = parse_yaml_strict(
      "schema: 1\nname: x\nstart: 2026-03-02\ncalendar:\n  holidays: [2026-10-01..2026-10-07]\n"
      "  workdays_extra: [2026-10-04, 2026-10-12]\n",
      "pmadmin.yaml");
  REQUIRE(bad2.ok());
  auto bc2 = decode_config(*bad2, "pmadmin.yaml");
  REQUIRE_FALSE(bc2.ok());
  auto m2 = messages(bc2.errors());
  INFO(fmt::format("{}", fmt::join(m2, "\n")));
  CHECK(std::find(m2.begin(), m2.end(), "6:20 2026-10-04 is both a holiday and an extra working day") != m2.end());
  CHECK(std::find(m2.begin(), m2.end(),
                  "6:32 2026-10-12 (mon) is a working day already; \"workdays_extra\" lists days off that are "
                  "worked, like a make-up Saturday") != m2.end());
}

TEST_CASE("risk categories: an ID, or {id, title} with a display name in any language") {
  const std::string text =
      "schema: 1\n"
      "name: x\n"
      "start: 2026-03-02\n"
      "currency: CNY\n"
      "calendar:\n"
      "  workdays:\n"
      "    - mon\n"
      "  holidays: []\n"
      "roles: {}\n"
      "risk-categories:\n"
      "  - id: schedule\n"
      "    title: 进度\n"
      "  - vendor\n";
  auto tree = parse_yaml_strict(text, "pmadmin.yaml");
  REQUIRE(tree.ok());
  auto c = decode_config(*tree, "pmadmin.yaml");
  REQUIRE_MESSAGE(c.ok(), render_diagnostics(c.errors()));
  CHECK(c->risk_categories == std::vector<std::string>{"schedule", "vendor"});
  CHECK(c->risk_category_titles == std::map<std::string, std::string>{{"schedule", "进度"}});
  CHECK(c->risk_category_id("进度") == "schedule");
  CHECK(c->risk_category_id("vendor") == "vendor");
  CHECK(c->risk_category_id("供应商") == "");
  CHECK(encode_config(*c) == text);

  auto bad = parse_yaml_strict(
      "schema: 1\nname: x\nstart: 2026-03-02\nrisk-categories:\n  - {id: 进度}\n  - [a]\n  - vendor\n  - vendor\n",
      "pmadmin.yaml");
  REQUIRE(bad.ok());
  auto bc = decode_config(*bad, "pmadmin.yaml");
  REQUIRE_FALSE(bc.ok());
  auto m = messages(bc.errors());
  INFO(fmt::format("{}", fmt::join(m, "\n")));
  REQUIRE(m.size() == 3);
  CHECK(m[0].rfind("5:10 \"进度\" is not a valid ID", 0) == 0);  // "  - {id: " is 9 columns
  CHECK(m[1] == "6:5 an item of \"risk-categories\" must be an ID or {id: ..., title: ...}, not a list");
  CHECK(m[2] == "8:5 risk category \"vendor\" is listed twice");
}

TEST_CASE("every entity kind round-trips through its canonical form") {
  Person p;
  p.id = "bob";
  p.name = "Bob 王";
  p.email = "bob@example.com";
  p.roles = {"member"};
  p.capacity_percent = 75;
  p.rate = Money::parse("900");
  p.history.push_back({*Date::parse("2026-03-02"), RoleAction::grant, "member", "alice"});
  CHECK(encode_person(p).find("capacity: 0.75\n") != std::string::npos);
  CHECK(round_trip(p, encode_person, decode_person, "bob").capacity_percent == 75);

  Risk r;
  r.id = "r-1";
  r.title = "Vendor late";
  r.probability = 3;
  r.impact = 4;
  r.cost_impact = Money::parse("6000");
  r.history.push_back({*Date::parse("2026-03-02"), "bob", RiskEvent::assess, 2, 4, "", "", "first"});
  round_trip(r, encode_risk, decode_risk, "r-1");

  Survey s;
  s.id = "s-1";
  s.title = "Phase 1";
  s.opened = *Date::parse("2026-03-02");
  s.questions = {{"recommend", QuestionKind::nps, "Recommend?", 5, {}},
                 {"stars", QuestionKind::rating, "Stars?", 7, {}}};
  CHECK(round_trip(s, encode_survey, decode_survey, "s-1").questions[1].max == 7);

  SurveyResponse resp;
  resp.respondent = "alice";
  resp.date = *Date::parse("2026-03-03");
  resp.answers = {{"recommend", "9", true}, {"comments", "10", false}};
  CHECK(encode_response(resp).find("comments: \"10\"") !=
        std::string::npos);  // text that looks like a number stays text
  SurveyResponse respb = round_trip(resp, encode_response, decode_response, "alice");
  CHECK(respb.answers[0].numeric);
  CHECK_FALSE(respb.answers[1].numeric);

  Baseline b;
  b.name = "signed";
  b.saved = *Date::parse("2026-03-02");
  b.tasks = {{"t-1", {*Date::parse("2026-03-02"), *Date::parse("2026-03-06"), Money::parse("100")}}};
  round_trip(b, encode_baseline, decode_baseline, "signed");

  Expense e;
  e.id = "e-1";
  e.date = *Date::parse("2026-03-02");
  e.amount = *Money::parse("12.5");
  e.category = "travel";
  CHECK(encode_expense(e).find("amount: \"12.50\"") != std::string::npos);
  round_trip(e, encode_expense, decode_expense, "e-1");
  e.amount = *Money::parse("-12.5");  // an expense is never negative: a hand edit that says so is refused
  auto negative = parse_yaml_strict(encode_expense(e), "budget/expenses/e-1.yaml");
  REQUIRE(negative);
  auto refused = decode_expense(*negative, "budget/expenses/e-1.yaml", "e-1");
  REQUIRE_FALSE(refused);
  CHECK(refused.errors()[0].message == "\"amount\" cannot be negative: \"-12.50\"");
}

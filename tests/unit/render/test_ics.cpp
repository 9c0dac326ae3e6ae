// iCalendar export: RFC 5545 line rules, escaping, and the content for the bundled example.
#include <doctest/doctest.h>

#include <map>
#include <set>

#include "render/ics.hpp"
#include "store/store.hpp"

using namespace pmadmin;

namespace {

/// RFC 5545 §3.1 unfolding; fails the test on lines over 75 octets or bare LF/CR.
std::vector<std::string> unfold(const std::string& text) {
  std::vector<std::string> physical;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t crlf = text.find("\r\n", pos);
    REQUIRE(crlf != std::string::npos);  // every line ends in CRLF
    std::string line = text.substr(pos, crlf - pos);
    REQUIRE(line.find('\n') == std::string::npos);
    REQUIRE(line.find('\r') == std::string::npos);
    REQUIRE(line.size() <= 75);
    physical.push_back(line);
    pos = crlf + 2;
  }
  std::vector<std::string> logical;
  for (const auto& line : physical) {
    if (!line.empty() && line[0] == ' ') {
      REQUIRE(!logical.empty());
      logical.back() += line.substr(1);
    } else {
      logical.push_back(line);
    }
  }
  return logical;
}

struct Component {
  std::string kind;
  std::multimap<std::string, std::string> props;  ///< name (without parameters) -> value
};

/// A small parser: BEGIN/END nesting must balance; returns the components inside VCALENDAR.
std::vector<Component> parse(const std::vector<std::string>& lines) {
  std::vector<Component> out;
  std::vector<std::string> stack;
  for (const auto& line : lines) {
    std::size_t colon = line.find(':');
    REQUIRE(colon != std::string::npos);
    std::string name = line.substr(0, colon), value = line.substr(colon + 1);
    std::string bare = name.substr(0, name.find(';'));
    for (char c : bare) REQUIRE(((c >= 'A' && c <= 'Z') || c == '-' || (c >= '0' && c <= '9')));
    if (bare == "BEGIN") {
      stack.push_back(value);
      if (stack.size() == 2) out.push_back(Component{value, {}});
    } else if (bare == "END") {
      REQUIRE(!stack.empty());
      REQUIRE(stack.back() == value);
      stack.pop_back();
    } else {
      REQUIRE(!stack.empty());
      if (stack.size() == 2) out.back().props.emplace(bare, value);
    }
  }
  REQUIRE(stack.empty());
  return out;
}

}  // namespace

TEST_CASE("ics: escaping and folding") {
  CHECK(ics_escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne");
  std::string short_line = "SUMMARY:short";
  CHECK(ics_fold(short_line) == "SUMMARY:short\r\n");
  std::string cjk = "SUMMARY:";
  for (int i = 0; i < 40; ++i) cjk += "设计";  // 3 octets a character
  std::string folded = ics_fold(cjk);
  auto lines = unfold(folded);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0] == cjk);
  // No fold splits a character: each physical line is valid UTF-8 on its own.
  std::size_t pos = 0;
  while (pos < folded.size()) {
    std::size_t end = folded.find("\r\n", pos);
    std::string part = folded.substr(pos, end - pos);
    if (part[0] == ' ') part = part.substr(1);
    CHECK((static_cast<unsigned char>(part[0]) & 0xC0) != 0x80);
    pos = end + 2;
  }
  std::string exact(75, 'x');
  CHECK(ics_fold(exact) == exact + "\r\n");
  CHECK(ics_fold(exact + "y") == exact + "\r\n y\r\n");
}

TEST_CASE("ics: the bundled example as a calendar") {
  RealFileSystem fs;
  Diagnostics warnings;
  auto p = load_project(fs, std::string(PMADMIN_SOURCE_DIR) + "/examples/website-redesign", warnings);
  REQUIRE(p);
  auto s = compute_schedule(*p, *Date::parse("2026-04-03"));
  REQUIRE(s);
  std::string text = render_ics(*p, *s, {});
  CHECK(text == render_ics(*p, *s, {}));  // reproducible
  auto components = parse(unfold(text));
  std::size_t milestones = 0, due_tasks = 0;
  for (const auto& [id, t] : p->tasks) {
    if (t.status == TaskStatus::cancelled) continue;
    if (t.kind == TaskKind::milestone)
      ++milestones;
    else if (t.due)
      ++due_tasks;
  }
  std::size_t events = 0, todos = 0;
  std::set<std::string> uids;
  for (const auto& c : components) {
    CAPTURE(c.kind);
    REQUIRE(c.props.count("UID") == 1);
    CHECK(uids.insert(c.props.find("UID")->second).second);
    CHECK(c.props.find("DTSTAMP")->second == "20260403T000000Z");  // the status date, not the clock
    if (c.kind == "VEVENT") ++events;
    if (c.kind == "VTODO") {
      ++todos;
      CHECK(c.props.count("DUE") == 1);
    }
  }
  CHECK(events == milestones + p->config.meetings.size());
  CHECK(todos == due_tasks);
  // Go-live is forecast for 2026-05-18, a day earlier thanks to the worked Saturday 05-09
  // (worked by hand in test_schedule.cpp).
  CHECK(text.find("UID:t-24-go-live.") != std::string::npos);
  CHECK(text.find("DTSTART;VALUE=DATE:20260518\r\n") != std::string::npos);
  // The Monday meeting skips the Qingming and Labour Day holidays.
  CHECK(text.find("RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;UNTIL=20260601T235959\r\n") != std::string::npos);
  CHECK(text.find("EXDATE:20260406T100000\r\n") != std::string::npos);
  CHECK(text.find("EXDATE:20260504T100000\r\n") != std::string::npos);
}

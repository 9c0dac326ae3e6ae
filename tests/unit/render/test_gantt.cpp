// The terminal Gantt chart of a small plan worked out column by column.
#include <doctest/doctest.h>

#include "base/text.hpp"
#include "plan/schedule.hpp"
#include "render/gantt.hpp"
#include "unit/helpers.hpp"

using namespace pmadmin;

namespace {

Date d(const char* iso) { return *Date::parse(iso); }

/// Mon 2026-03-02: t1 Design 3d (Mon-Wed), t2 Build 2d after it (Thu-Fri), then the
/// milestone Done (dated Friday, the day Build finishes). All on the critical path.
struct Plan {
  test::Team team;  ///< the schedule points into its tasks (a moved std::map keeps its nodes)
  Schedule s;
};
Plan plan(const char* title = "Design") {
  Plan p;
  p.team.add("t1", 3, "ann").title = title;
  p.team.add("t2", 2, "ann", {"t1"}).title = "Build";
  p.team.add("done", 0, "", {"t2"}).title = "Done";
  p.s = *compute_schedule(p.team.p, d("2026-03-02"));
  return p;
}

}  // namespace

TEST_CASE("gantt: one column per day, today marked, critical bars as #") {
  GanttOptions o;
  o.width = 60;
  o.scale = "day";
  std::string expected =
      "            03-02\n"
      "            v\n"
      "t1   Design ###\n"
      "t2   Build  |  ##\n"
      "done Done   |   ◆\n"
      "\n"
      "# critical  = planned  - done  ◆ milestone  | today 2026-03-02  (one column = 1 day; finish 2026-03-06)\n";
  CHECK(render_gantt(plan().s, o) == expected);
}

TEST_CASE("gantt: colour marks critical bars red and today yellow, only when asked") {
  GanttOptions o;
  o.width = 60;
  o.scale = "day";
  o.color = true;
  std::string out = render_gantt(plan().s, o);
  CHECK(out.find("t1   Design \x1b[31m###\x1b[0m\n") != std::string::npos);
  CHECK(out.find("t2   Build  \x1b[33m|\x1b[0m  \x1b[31m##\x1b[0m\n") != std::string::npos);
  o.color = false;
  CHECK(render_gantt(plan().s, o).find('\x1b') == std::string::npos);
}

TEST_CASE("gantt: a span wider than the chart goes to weeks, several columns each") {
  // 40 working days from Mon 03-02 end Fri 04-24: 54 days, 8 weeks. Width 60 leaves 50
  // columns after "t1 Design ", so a week gets 50 / 8 = 6 columns.
  test::Team team;
  team.add("t1", 40, "ann").title = "Design";
  Schedule s = *compute_schedule(team.p, d("2026-03-02"));
  GanttOptions o;
  o.width = 60;
  std::string out = render_gantt(s, o);
  CHECK(out.find("(one week = 6 columns; finish 2026-04-24)") != std::string::npos);
  // The bar runs from column 0 to the finish day's column: day 53 x 6 / 7 = column 45.
  CHECK(out.find("t1 Design " + std::string(46, '#') + "\n") != std::string::npos);
  o.scale = "day";  // asked for days: one column a day, cut at the width
  CHECK(render_gantt(s, o).find("(one column = 1 day; finish 2026-04-24)") != std::string::npos);
}

TEST_CASE("gantt: CJK titles keep the bars aligned and every line fits the width") {
  GanttOptions o;
  o.width = 40;
  Plan p = plan("设计首页原型 Visual design of the home page");
  std::string out = render_gantt(p.s, o);
  std::vector<std::string> lines;
  for (std::size_t start = 0, nl; (nl = out.find('\n', start)) != std::string::npos; start = nl + 1)
    lines.push_back(out.substr(start, nl - start));
  REQUIRE(lines.size() >= 5);
  // The chart starts at the same display column on every task line.
  std::size_t bar = display_width(lines[2].substr(0, lines[2].find('#')));
  CHECK(display_width(lines[3].substr(0, lines[3].find('|'))) == bar);
  CHECK(lines[2].find("…") != std::string::npos);  // the long title was cut
  for (std::size_t i = 0; i + 2 < lines.size(); ++i) CHECK(display_width(lines[i]) <= 40);
}

TEST_CASE("gantt: an empty plan says so") {
  Schedule empty;
  CHECK(render_gantt(empty, GanttOptions{}) == "No tasks to chart.\n");
}

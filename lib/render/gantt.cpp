#include "render/gantt.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "base/text.hpp"

namespace pmadmin {

namespace {

constexpr const char* kRed = "\x1b[31m";
constexpr const char* kDim = "\x1b[2m";
constexpr const char* kYellow = "\x1b[33m";
constexpr const char* kReset = "\x1b[0m";

struct Cell {
  std::string glyph = " ";
  const char* color = nullptr;
};

}  // namespace

std::string render_gantt(const Schedule& s, const GanttOptions& o) {
  if (s.tasks.empty()) return "No tasks to chart.\n";
  Date first = s.tasks.front().start, last = s.finish;
  for (const auto& t : s.tasks) {
    first = std::min(first, t.start);
    last = std::max(last, t.finish);
  }
  // Left part: ID and title columns.
  std::size_t id_w = 2, title_w = 5;
  for (const auto& t : s.tasks) {
    id_w = std::max(id_w, display_width(escape_for_terminal(t.task->id)));
    title_w = std::max(title_w, display_width(escape_for_terminal(t.task->title)));
  }
  id_w = std::min<std::size_t>(id_w, 20);
  title_w = std::min<std::size_t>(title_w, 28);
  const std::size_t min_chart = 20;
  std::size_t width = std::max<std::size_t>(o.width, 40);
  while (id_w + title_w + 2 + min_chart > width && title_w > 8) --title_w;
  const std::size_t left = id_w + 1 + title_w + 1;
  const std::size_t chart = width > left ? width - left : min_chart;

  // Scale: a column is one day when the span fits (or --scale day), else the weeks share
  // the width: several columns per week when there is room, several weeks per column when
  // there is not. Weeks start on Monday so columns line up with the calendar.
  long span_days = first.days_until(last) + 1;
  long num = 1, den = 1;  // column of a day = days since `first` x num / den
  const bool by_day = o.scale == "day" || (o.scale == "auto" && span_days <= static_cast<long>(chart));
  if (!by_day) {
    first = first.plus_days(-static_cast<int>(first.iso_weekday()));
    span_days = first.days_until(last) + 1;
    const long weeks = (span_days + 6) / 7;
    const long per_week = std::min<long>(static_cast<long>(chart) / weeks, 7);
    if (per_week >= 1) {
      num = per_week;
      den = 7;
    } else {
      den = 7 * ((weeks + static_cast<long>(chart) - 1) / static_cast<long>(chart));
    }
  }
  const long columns = std::min<long>((span_days * num + den - 1) / den, static_cast<long>(chart));
  auto column_of = [&](Date d) { return std::clamp<long>(first.days_until(d) * num / den, 0, columns - 1); };
  const bool today_visible = s.today >= first && s.today <= last;
  const long today_col = today_visible ? column_of(s.today) : -1;

  auto paint = [&](const std::vector<Cell>& cells) {
    std::string out;
    const char* open = nullptr;
    for (const auto& c : cells) {
      const char* want = o.color ? c.color : nullptr;
      if (want != open) {
        if (open) out += kReset;
        if (want) out += want;
        open = want;
      }
      out += c.glyph;
    }
    if (open) out += kReset;
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
  };

  std::string out;
  // Scale line: a date label (MM-DD) at each Monday (each week's first column) with room for it.
  {
    std::vector<Cell> cells(static_cast<std::size_t>(columns));
    long free_from = 0;
    for (Date d = first; d <= last; d = d.plus_days(1)) {
      long c = column_of(d);
      bool label = d.iso_weekday() == 0 || d == first;
      if (!label || c < free_from || c + 5 > columns) continue;
      std::string text = d.iso().substr(5);
      for (std::size_t k = 0; k < text.size(); ++k) cells[static_cast<std::size_t>(c) + k].glyph = std::string(1, text[k]);
      free_from = c + 6;
    }
    out += pad_right("", left) + paint(cells) + "\n";
  }
  if (today_visible) {
    std::vector<Cell> cells(static_cast<std::size_t>(today_col + 1));
    cells.back() = Cell{"v", kYellow};
    out += pad_right("", left) + paint(cells) + "\n";
  }
  for (const auto& t : s.tasks) {
    std::vector<Cell> cells(static_cast<std::size_t>(columns));
    if (today_visible) cells[static_cast<std::size_t>(today_col)] = Cell{"|", kYellow};
    const bool done = t.state == Network::State::done;
    const char* color = done ? kDim : t.critical ? kRed : nullptr;
    if (t.state == Network::State::cancelled) {
      // no bar
    } else if (t.milestone) {
      cells[static_cast<std::size_t>(column_of(t.finish))] = Cell{"◆", color};
    } else {
      std::string glyph = done ? "-" : t.critical ? "#" : "=";
      for (long c = column_of(t.start); c <= column_of(t.finish); ++c) cells[static_cast<std::size_t>(c)] = Cell{glyph, color};
    }
    std::string id = truncate_to_width(escape_for_terminal(t.task->id), id_w);
    std::string title = truncate_to_width(escape_for_terminal(t.task->title), title_w);
    out += pad_right(id, id_w) + " " + pad_right(title, title_w) + " " + paint(cells) + "\n";
  }
  std::string unit = num == den            ? "one column = 1 day"
                     : den == 7              ? fmt::format("one week = {} column{}", num, num == 1 ? "" : "s")
                                             : fmt::format("one column = {} weeks", den / 7);
  out += fmt::format("\n# critical  = planned  - done  ◆ milestone  | today {}  ({}; finish {})\n",
                     s.today.iso(), unit, s.finish.iso());
  return out;
}

}  // namespace pmadmin

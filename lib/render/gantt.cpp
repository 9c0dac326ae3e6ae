#include "render/gantt.hpp"

#include <fmt/format.h>
#include <algorithm>

#include "base/i18n.hpp"
#include "base/text.hpp"
#include "render/color.hpp"

namespace pmadmin {

namespace {

struct Cell {
  std::string glyph = " ";
  const char* color = nullptr;
};

/// Where things go: the label columns on the left and how days map to chart columns.
struct Layout {
  std::size_t id_w = 2, title_w = 5, left = 0, chart = 0;
  Date first, last;
  long num = 1, den = 1;  ///< column of a day = days since `first` x num / den
  long columns = 0;
  long today_col = -1;  ///< -1 when today is outside the chart
  long column_of(Date d) const { return std::clamp<long>(first.days_until(d) * num / den, 0, columns - 1); }
};

/// Scale: a column is one day when the span fits (or --scale day), else the weeks share the
/// width: several columns per week when there is room, several weeks per column when there
/// is not. Weeks start on Monday so columns line up with the calendar.
void choose_scale(Layout& l, const std::string& scale) {
  long span_days = l.first.days_until(l.last) + 1;
  const bool by_day = scale == "day" || (scale == "auto" && span_days <= static_cast<long>(l.chart));
  if (!by_day) {
    l.first = l.first.plus_days(-static_cast<int>(l.first.iso_weekday()));
    span_days = l.first.days_until(l.last) + 1;
    const long weeks = (span_days + 6) / 7;
    const long per_week = std::min<long>(static_cast<long>(l.chart) / weeks, 7);
    if (per_week >= 1) {
      l.num = per_week;
      l.den = 7;
    } else {
      l.den = 7 * ((weeks + static_cast<long>(l.chart) - 1) / static_cast<long>(l.chart));
    }
  }
  l.columns = std::min<long>((span_days * l.num + l.den - 1) / l.den, static_cast<long>(l.chart));
}

Layout layout(const Schedule& s, const GanttOptions& o) {
  Layout l;
  l.first = s.tasks.front().start;
  l.last = s.finish;
  for (const auto& t : s.tasks) {
    l.first = std::min(l.first, t.start);
    l.last = std::max(l.last, t.finish);
    l.id_w = std::max(l.id_w, display_width(escape_for_terminal(t.task->id)));
    l.title_w = std::max(l.title_w, display_width(escape_for_terminal(t.task->title)));
  }
  l.id_w = std::min<std::size_t>(l.id_w, 20);
  l.title_w = std::min<std::size_t>(l.title_w, 28);
  const std::size_t min_chart = 20;
  std::size_t width = std::max<std::size_t>(o.width, 40);
  while (l.id_w + l.title_w + 2 + min_chart > width && l.title_w > 8) --l.title_w;
  l.left = l.id_w + 1 + l.title_w + 1;
  l.chart = width > l.left ? width - l.left : min_chart;
  choose_scale(l, o.scale);
  if (s.today >= l.first && s.today <= l.last) l.today_col = l.column_of(s.today);
  return l;
}

/// The cells of one line, with colour codes only where the colour changes.
std::string paint(const std::vector<Cell>& cells, bool color) {
  std::string out;
  const char* open = nullptr;
  for (const auto& c : cells) {
    const char* want = color ? c.color : nullptr;
    if (want != open) {
      if (open) out += ansi::kReset;
      if (want) out += want;
      open = want;
    }
    out += c.glyph;
  }
  if (open) out += ansi::kReset;
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

/// A date label (MM-DD) at each Monday (each week's first column) with room for it, then
/// the today marker.
std::string scale_lines(const Layout& l, bool color) {
  std::vector<Cell> cells(static_cast<std::size_t>(l.columns));
  long free_from = 0;
  for (Date d = l.first; d <= l.last; d = d.plus_days(1)) {
    long c = l.column_of(d);
    bool label = d.iso_weekday() == 0 || d == l.first;
    if (!label || c < free_from || c + 5 > l.columns) continue;
    std::string text = d.iso().substr(5);
    for (std::size_t k = 0; k < text.size(); ++k)
      cells[static_cast<std::size_t>(c) + k].glyph = std::string(1, text[k]);
    free_from = c + 6;
  }
  std::string out = pad_right("", l.left) + paint(cells, color) + "\n";
  if (l.today_col >= 0) {
    std::vector<Cell> marker(static_cast<std::size_t>(l.today_col + 1));
    marker.back() = Cell{"v", ansi::kYellow};
    out += pad_right("", l.left) + paint(marker, color) + "\n";
  }
  return out;
}

std::string task_line(const Layout& l, const ScheduledTask& t, bool color) {
  std::vector<Cell> cells(static_cast<std::size_t>(l.columns));
  if (l.today_col >= 0) cells[static_cast<std::size_t>(l.today_col)] = Cell{"|", ansi::kYellow};
  const bool done = t.state == Network::State::done;
  const char* code = done ? ansi::kDim : t.critical ? ansi::kRed : nullptr;
  if (t.state == Network::State::cancelled) {
    // no bar
  } else if (t.milestone) {
    cells[static_cast<std::size_t>(l.column_of(t.finish))] = Cell{"◆", code};
  } else {
    std::string glyph = done ? "-" : t.critical ? "#" : "=";
    for (long c = l.column_of(t.start); c <= l.column_of(t.finish); ++c)
      cells[static_cast<std::size_t>(c)] = Cell{glyph, code};
  }
  std::string id = truncate_to_width(escape_for_terminal(t.task->id), l.id_w);
  std::string title = truncate_to_width(escape_for_terminal(t.task->title), l.title_w);
  return pad_right(id, l.id_w) + " " + pad_right(title, l.title_w) + " " + paint(cells, color) + "\n";
}

}  // namespace

std::string render_gantt(const Schedule& s, const GanttOptions& o) {
  if (s.tasks.empty()) return tr("No tasks to chart.\n");
  const Layout l = layout(s, o);
  std::string out = scale_lines(l, o.color);
  for (const auto& t : s.tasks) out += task_line(l, t, o.color);
  std::string unit =
      l.num == l.den ? std::string(tr("one column = 1 day"))
      : l.den == 7   ? trnf("one week = {} column", "one week = {} columns", static_cast<unsigned long>(l.num), l.num)
                     : trf("one column = {} weeks", l.den / 7);
  out += trf("\n# critical  = planned  - done  ◆ milestone  | today {}  ({}; finish {})\n", s.today.iso(), unit,
             s.finish.iso());
  return out;
}

}  // namespace pmadmin

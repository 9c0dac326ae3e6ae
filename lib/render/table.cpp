#include "render/table.hpp"

#include <algorithm>

#include "base/text.hpp"
#include "render/escape.hpp"

namespace pmadmin {

std::string render_table(const Table& t) {
  std::size_t n = t.headers.size();
  auto cell_text = [&](const std::string& s) { return truncate_to_width(escape_for_terminal(s), t.max_column_width); };
  std::vector<std::vector<std::string>> cells;
  cells.push_back({});
  for (const auto& h : t.headers) cells.back().push_back(cell_text(h));
  for (const auto& row : t.rows) {
    cells.push_back({});
    for (std::size_t i = 0; i < n; ++i) cells.back().push_back(cell_text(i < row.size() ? row[i] : ""));
  }
  std::vector<std::size_t> width(n, 0);
  for (const auto& row : cells)
    for (std::size_t i = 0; i < n; ++i) width[i] = std::max(width[i], display_width(row[i]));
  auto line = [&](const std::vector<std::string>& row) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) {
      bool right = i < t.right_align.size() && t.right_align[i];
      if (i > 0) out += "  ";
      out += right ? pad_left(row[i], width[i]) : pad_right(row[i], width[i]);
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out + "\n";
  };
  std::string out = line(cells[0]);
  std::string rule;
  for (std::size_t i = 0; i < n; ++i) rule += (i ? "  " : "") + std::string(width[i], '-');
  out += rule + "\n";
  for (std::size_t r = 1; r < cells.size(); ++r) out += line(cells[r]);
  return out;
}

std::string render_md_table(const std::vector<std::string>& headers,
                            const std::vector<std::vector<std::string>>& rows) {
  std::string out = "|";
  for (const auto& h : headers) out += " " + h + " |";
  out += "\n|";
  for (std::size_t i = 0; i < headers.size(); ++i) out += "---|";
  out += "\n";
  for (const auto& row : rows) {
    out += "|";
    for (const auto& cell : row) out += " " + md_escape(cell) + " |";
    out += "\n";
  }
  return out;
}

}  // namespace pmadmin

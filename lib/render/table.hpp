#pragma once
/// Plain-text tables whose columns stay aligned with CJK (double-width) text.
#include <cstddef>
#include <string>
#include <vector>

namespace pmadmin {

struct Table {
  std::vector<std::string> headers;
  std::vector<bool> right_align;  ///< per column; missing means left
  std::vector<std::vector<std::string>> rows;
  std::size_t max_column_width = 40;  ///< longer cells are cut with "…"
};

/// Header, a rule of dashes, the rows; cells escaped for the terminal; no trailing spaces.
std::string render_table(const Table& t);

/// The same as a Markdown table: a header row, the separator, one row each; cells escaped.
std::string render_md_table(const std::vector<std::string>& headers, const std::vector<std::vector<std::string>>& rows);

}  // namespace pmadmin

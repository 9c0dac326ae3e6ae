#include "base/csv_read.hpp"

#include <fmt/format.h>

#include "base/i18n.hpp"

namespace pmadmin {

Result<std::vector<CsvRecord>> read_csv(std::string_view text, const std::string& file) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::vector<CsvRecord> out;
  CsvRecord rec;
  std::string cell;
  int line = 1, col = 1;
  rec.line = 1;
  bool in_quotes = false, quoted = false, any = false;
  auto end_cell = [&] {
    rec.cells.push_back(std::move(cell));
    cell.clear();
    quoted = false;
  };
  auto end_record = [&] {
    end_cell();
    const bool blank = rec.cells.size() == 1 && rec.cells[0].empty() && !any;
    if (!blank) out.push_back(std::move(rec));
    rec = CsvRecord{};
    rec.line = line;
    any = false;
  };
  int quote_line = 0, quote_col = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_quotes) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        cell += '"';
        ++i;
        col += 2;
        continue;
      }
      if (c == '"') {
        in_quotes = false;
        ++col;
        continue;
      }
      cell += c;
      if (c == '\n') {
        ++line;
        col = 1;
      } else {
        ++col;
      }
      continue;
    }
    if (c == '"' && cell.empty() && !quoted) {
      in_quotes = quoted = any = true;
      quote_line = line;
      quote_col = col++;
      continue;
    }
    if (c == ',') {
      end_cell();
      any = true;
      ++col;
      continue;
    }
    if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    if (c == '\n') {
      ++line;
      col = 1;
      end_record();
      continue;
    }
    if (quoted)
      return make_error(file, line, col, tr("text after a closing quote"),
                        tr("a quoted field ends at its closing quote; write a quote inside it as two quotes \"\""));
    cell += c;
    any = true;
    ++col;
  }
  if (in_quotes)
    return make_error(file, quote_line, quote_col, tr("this quote is never closed"),
                      tr("close the quoted field with \"; write a quote inside it as two quotes \"\""));
  if (any || !cell.empty() || !rec.cells.empty()) end_record();
  return out;
}

}  // namespace pmadmin

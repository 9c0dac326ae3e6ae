#include "render/csv.hpp"

namespace pmadmin {

namespace {
bool plain_number(const std::string& s) {
  std::size_t i = (s[0] == '+' || s[0] == '-') ? 1 : 0;
  bool digits = false, dot = false;
  for (; i < s.size(); ++i) {
    if (s[i] >= '0' && s[i] <= '9')
      digits = true;
    else if (s[i] == '.' && !dot && digits)
      dot = true;
    else
      return false;
  }
  return digits && s.back() != '.';
}
}  // namespace

std::string csv_line(const std::vector<std::string>& cells) {
  std::string out;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    std::string cell = cells[i];
    if (!cell.empty() && std::string("=+-@\t\r").find(cell[0]) != std::string::npos && !plain_number(cell))
      cell.insert(0, 1, '\'');
    if (i) out += ',';
    if (cell.find_first_of(",\"\r\n") != std::string::npos) {
      out += '"';
      for (char c : cell) {
        if (c == '"') out += '"';
        out += c;
      }
      out += '"';
    } else {
      out += cell;
    }
  }
  return out + "\r\n";
}

}  // namespace pmadmin

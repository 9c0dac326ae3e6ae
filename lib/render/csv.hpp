#pragma once
/// CSV per RFC 4180 (CRLF, quotes doubled), safe to open in a spreadsheet (SPEC §6).
#include <string>
#include <vector>

namespace pmadmin {

/// One record. A cell is quoted when it holds a comma, quote, CR or LF. A cell that a
/// spreadsheet would run as a formula (starting with = + - @, tab or CR) gets a leading
/// apostrophe, unless it is a plain number like -2 or +3.5.
std::string csv_line(const std::vector<std::string>& cells);

}  // namespace pmadmin

#pragma once
/// Reading CSV per RFC 4180: fields separated by commas, records by CRLF or LF, a field in
/// double quotes may hold commas, quotes (doubled) and line breaks; a UTF-8 byte-order mark
/// at the start is skipped. Each record keeps the line it starts on, for messages.
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"

namespace pmadmin {

struct CsvRecord {
  int line = 0;  ///< 1-based line of its first character
  std::vector<std::string> cells;
};

/// The records of `text` (blank lines skipped); an error names `file`, the line and column
/// of an unterminated quote or of text after a closing quote.
Result<std::vector<CsvRecord>> read_csv(std::string_view text, const std::string& file);

}  // namespace pmadmin

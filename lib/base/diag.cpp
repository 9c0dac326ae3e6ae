#include "base/diag.hpp"

#include <fmt/format.h>
#include <algorithm>

#include "base/text.hpp"

namespace pmadmin {

Diagnostic make_error(std::string file, int line, int col, std::string message, std::string hint) {
  Diagnostic d;
  d.file = std::move(file);
  d.line = line;
  d.col = col;
  d.message = std::move(message);
  d.hint = std::move(hint);
  return d;
}

Diagnostic make_error_of(ErrorKind kind, std::string message, std::string hint) {
  Diagnostic d = make_error("", 0, 0, std::move(message), std::move(hint));
  d.kind = kind;
  return d;
}

Diagnostic usage_error(std::string message, std::string hint) {
  return make_error_of(ErrorKind::usage, std::move(message), std::move(hint));
}

Diagnostic unknown_id(const char* what, const std::string& id, const std::vector<std::string>& known) {
  return usage_error(fmt::format("unknown {} \"{}\"", what, id), did_you_mean(id, known));
}

bool has_errors(const Diagnostics& ds) {
  return std::any_of(ds.begin(), ds.end(), [](const Diagnostic& d) { return d.severity == Severity::error; });
}

int exit_code_for(const Diagnostics& ds) {
  int code = 0;
  for (const auto& d : ds) {
    if (d.severity != Severity::error) continue;
    int c = 2;
    if (d.kind == ErrorKind::permission) c = 3;
    if (d.kind == ErrorKind::write) c = 4;
    code = std::max(code, c);
  }
  return code;
}

void attach_source(Diagnostics& ds, const std::string& file, std::string_view text) {
  for (auto& d : ds) {
    if (d.file != file || d.line <= 0 || !d.source_line.empty()) continue;
    int line = 1;
    std::size_t start = 0;
    while (line < d.line && start < text.size()) {
      std::size_t nl = text.find('\n', start);
      if (nl == std::string::npos) {
        start = text.size();
        break;
      }
      start = nl + 1;
      ++line;
    }
    if (line != d.line) continue;
    std::size_t end = text.find('\n', start);
    std::string src(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (!src.empty() && src.back() == '\r') src.pop_back();
    if (src.size() > 200) src = src.substr(0, 200);  // enough to show the caret; keep output bounded
    d.source_line = src;
  }
}

}  // namespace pmadmin

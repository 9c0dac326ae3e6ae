#include "base/diag.hpp"

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

static const char* severity_name(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::note: return "note";
  }
  return "error";
}

std::string render(const Diagnostic& d) {
  std::string out;
  if (!d.file.empty()) {
    out += escape_for_terminal(d.file);
    if (d.line > 0) {
      out += ":" + std::to_string(d.line);
      if (d.col > 0) out += ":" + std::to_string(d.col);
    }
    out += ": ";
  }
  out += severity_name(d.severity);
  out += ": ";
  out += escape_for_terminal(d.message);
  out += "\n";
  if (d.line > 0 && !d.source_line.empty()) {
    std::string number = std::to_string(d.line);
    std::string shown = escape_for_terminal(d.source_line);
    out += " " + number + " | " + shown + "\n";
    if (d.col > 0) {
      // The caret goes under display column of byte offset col-1 (CJK text is two columns wide).
      std::size_t byte = std::min<std::size_t>(static_cast<std::size_t>(d.col - 1), d.source_line.size());
      std::size_t width = display_width(escape_for_terminal(d.source_line.substr(0, byte)));
      out += " " + std::string(number.size(), ' ') + " | " + std::string(width, ' ') + "^\n";
    }
  }
  if (!d.hint.empty()) out += "  hint: " + escape_for_terminal(d.hint) + "\n";
  return out;
}

std::string render_all(const Diagnostics& ds) {
  std::string out;
  for (const auto& d : ds) out += render(d);
  return out;
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
      if (nl == std::string::npos) { start = text.size(); break; }
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

#include "render/diagnostic.hpp"

#include <fmt/format.h>
#include <algorithm>

#include "base/i18n.hpp"
#include "base/text.hpp"
#include "render/color.hpp"

namespace pmadmin {

namespace {

const char* severity_name(Severity s) {
  switch (s) {
    case Severity::error: return tr("error");
    case Severity::warning: return tr("warning");
    case Severity::note: return tr("note");
  }
  return tr("error");
}

/// " 12 | the line" and, under it, the caret at the column.
std::string source_excerpt(const Diagnostic& d) {
  std::string number = std::to_string(d.line);
  std::string out = " " + number + " | " + escape_for_terminal(d.source_line) + "\n";
  if (d.col > 0) {
    std::size_t byte = std::min<std::size_t>(static_cast<std::size_t>(d.col - 1), d.source_line.size());
    std::size_t width = display_width(escape_for_terminal(d.source_line.substr(0, byte)));
    out += " " + std::string(number.size(), ' ') + " | " + std::string(width, ' ') + "^\n";
  }
  return out;
}

}  // namespace

std::string render_diagnostic(const Diagnostic& d, bool color) {
  std::string out;
  if (!d.file.empty()) {
    out += escape_for_terminal(d.file);
    if (d.line > 0) {
      out += ":" + std::to_string(d.line);
      if (d.col > 0) out += ":" + std::to_string(d.col);
    }
    out += ": ";
  }
  const char* code = d.severity == Severity::error ? ansi::kBoldRed : ansi::kBoldYellow;
  out += ansi::paint(fmt::format("{}:", severity_name(d.severity)), code, color);
  out += " " + escape_for_terminal(d.message) + "\n";
  if (d.line > 0 && !d.source_line.empty()) out += source_excerpt(d);
  if (!d.hint.empty()) out += trf("  hint: {}\n", escape_for_terminal(d.hint));
  return out;
}

std::string render_diagnostics(const Diagnostics& ds, bool color) {
  std::string out;
  for (const auto& d : ds) out += render_diagnostic(d, color);
  return out;
}

}  // namespace pmadmin

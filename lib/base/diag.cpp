#include "base/diag.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <map>

#include "base/i18n.hpp"
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

std::string unknown_id_message(std::string_view what, const std::string& id) {
  if (what == "person") return trf("unknown person \"{}\"", id);
  if (what == "task") return trf("unknown task \"{}\"", id);
  if (what == "risk") return trf("unknown risk \"{}\"", id);
  if (what == "review") return trf("unknown review \"{}\"", id);
  if (what == "survey") return trf("unknown survey \"{}\"", id);
  if (what == "role") return trf("unknown role \"{}\"", id);
  if (what == "budget category") return trf("unknown budget category \"{}\"", id);
  if (what == "baseline") return trf("unknown baseline \"{}\"", id);
  if (what == "question") return trf("unknown question \"{}\"", id);
  return trf("unknown {} \"{}\"", what, id);
}

Diagnostic unknown_id(const char* what, const std::string& id, const std::vector<std::string>& known) {
  return usage_error(unknown_id_message(what, id), did_you_mean(id, known));
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

void limit_per_file(Diagnostics& ds, std::size_t max) {
  std::map<std::string, std::size_t> seen;
  Diagnostics kept;
  for (auto& d : ds)
    if (++seen[d.file] <= max) kept.push_back(std::move(d));
  for (const auto& [file, n] : seen)
    if (n > max)
      kept.push_back(make_error(file, 0, 0, trf("{} more problems in this file are not shown", n - max),
                                tr("fix the ones above and run the command again")));
  ds = std::move(kept);
}

void attach_source(Diagnostics& ds, const std::string& file, std::string_view text) {
  // The offset of each line is found once, so attaching is linear in the text and the
  // number of diagnostics, however many there are.
  std::vector<std::size_t> starts;
  for (auto& d : ds) {
    if (d.file != file || d.line <= 0 || !d.source_line.empty()) continue;
    if (starts.empty()) {
      starts.push_back(0);
      for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') starts.push_back(i + 1);
    }
    auto index = static_cast<std::size_t>(d.line - 1);
    if (index >= starts.size() || (starts[index] == text.size() && index > 0)) continue;
    std::size_t start = starts[index];
    std::size_t end = text.find('\n', start);
    std::string src(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (!src.empty() && src.back() == '\r') src.pop_back();
    if (src.size() > 200) src = src.substr(0, 200);  // enough to show the caret; keep output bounded
    d.source_line = src;
  }
}

}  // namespace pmadmin

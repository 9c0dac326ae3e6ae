#pragma once
/// Diagnostics: what went wrong and where, in the one error format of pmadmin
/// (`file:line:col: error: ...`, written by render/diagnostic.hpp).
#include <string>
#include <string_view>
#include <vector>

namespace pmadmin {

enum class Severity { error, warning, note };

/// What kind of failure a diagnostic is; cli/main.cpp maps it to an exit code (SPEC §4).
enum class ErrorKind {
  data,        ///< invalid project data or bad usage: exit 2
  usage,       ///< bad usage: exit 2
  permission,  ///< the acting person lacks a permission: exit 3
  write,       ///< could not write safely (lock, disk): exit 4
};

struct Diagnostic {
  Severity severity = Severity::error;
  ErrorKind kind = ErrorKind::data;
  std::string file;  ///< path relative to the project root; empty when none
  int line = 0;      ///< 1-based; 0 when unknown
  int col = 0;       ///< 1-based; 0 when unknown
  std::string message;
  std::string hint;         ///< e.g. `did you mean "title"?`; empty when none
  std::string source_line;  ///< the text of `line`, for the caret excerpt
};

using Diagnostics = std::vector<Diagnostic>;

Diagnostic make_error(std::string file, int line, int col, std::string message, std::string hint = {});
/// An error about the command rather than a file (usage, permission, write), of `kind`.
Diagnostic make_error_of(ErrorKind kind, std::string message, std::string hint = {});

/// A usage error (exit 2) about the command rather than a file.
Diagnostic usage_error(std::string message, std::string hint = {});
/// `unknown <what> "<id>"`: `what` is one of person, task, risk, review, survey, role,
/// budget category, baseline, question, each with its own whole sentence for translation.
std::string unknown_id_message(std::string_view what, const std::string& id);
/// unknown_id_message as a usage error, with "did you mean" the closest of `known`.
Diagnostic unknown_id(const char* what, const std::string& id, const std::vector<std::string>& known);

bool has_errors(const Diagnostics& ds);

/// The exit code SPEC §4 assigns to the worst of these diagnostics (0 when none is an error).
int exit_code_for(const Diagnostics& ds);

/// Keeps the first `max` problems of each file (in order) and, for a file with more, adds
/// one line after them saying how many more there are.
void limit_per_file(Diagnostics& ds, std::size_t max);

/// Fills `source_line` of every diagnostic for `file` from that file's text.
void attach_source(Diagnostics& ds, const std::string& file, std::string_view text);

}  // namespace pmadmin

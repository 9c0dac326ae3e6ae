#pragma once
// What every command shares: global options, the resolved date and identity, output streams.
#include <iostream>
#include <optional>
#include <string>

#include <functional>

#include "model/change.hpp"
#include "base/diag.hpp"
#include "store/fs.hpp"
#include "model/identity.hpp"
#include "model/model.hpp"
#include "base/result.hpp"
#include "store/store.hpp"

namespace pmadmin::cli {

struct Context {
  // Global options (SPEC §2); every member initialised.
  std::string dir;            ///< -C DIR
  std::string today_option;   ///< --today
  std::string as_person;      ///< --as
  std::string format = "text";
  std::string color = "auto";
  bool dry_run = false;

  int exit_code = 0;
  RealFileSystem fs;
  std::ostream& out = std::cout;
  std::ostream& err = std::cerr;

  /// --today (or PMADMIN_TODAY), else the system clock (the only place pmadmin reads it).
  Result<Date> today() const;
  IdentitySources identity() const;
  bool color_stdout() const;
  bool color_stderr() const;

  /// The project root: -C DIR, else walk up from the current folder.
  Result<std::string> project_root() const;
  /// Loads the project, printing warnings; errors come back for report().
  Result<Project> load() ;
  /// Runs a library mutation under the lock; prints its summary, then the files it wrote
  /// (or would write with --dry-run). Returns the exit code.
  int mutate(const std::function<Result<Outcome>(Project&)>& mutation);

  /// Parses a date given as option `name`; "none" gives an empty date when `allow_none`.
  /// On a bad date reports a usage error (exit_code set) and returns nullopt.
  std::optional<std::optional<Date>> date_option(const char* name, const std::string& text, bool allow_none = false);
  /// Prints `text` to stdout, or with `out_file` writes it there atomically ("wrote FILE";
  /// "would write FILE" with --dry-run). Returns the exit code.
  int write_output(const std::string& out_file, const std::string& text);
  /// Prints diagnostics to stderr; returns the exit code they call for (also kept in exit_code).
  int report(const Diagnostics& ds);
  int usage_error(const std::string& message, const std::string& hint = {});
  /// Checks --format against what the command supports.
  bool format_ok(std::initializer_list<const char*> allowed);
};

/// The current working directory, absolute.
std::string current_dir();
/// `dir` made absolute against the current directory.
std::string absolute(const std::string& dir);

}  // namespace pmadmin::cli

#pragma once
// What every command shares: the global options, the status date and the acting person
// (each resolved once), the project, the output streams. Commands return a CommandResult;
// only main turns errors into exit codes.
#include <CLI/CLI.hpp>
#include <functional>
#include <initializer_list>
#include <iostream>
#include <optional>
#include <string>

#include "base/i18n.hpp"
#include "base/result.hpp"
#include "model/identity.hpp"
#include "model/model.hpp"
#include "plan/schedule.hpp"
#include "render/format.hpp"
#include "store/fs.hpp"
#include "store/store.hpp"

namespace pmadmin::cli {

/// A command's exit code (0, or 1 from `check`), or the diagnostics that stop it.
using CommandResult = Result<int>;

/// The project loaded and scheduled as of the status date.
struct Planned {
  Project project;
  Schedule schedule;
};

struct Context {
  // Global options (SPEC §2); every member initialised.
  std::string dir;           ///< -C DIR
  std::string today_option;  ///< --today or PMADMIN_TODAY (validated by the parser)
  std::string as_person;     ///< --as
  std::string lang_option;   ///< --lang: en or zh-CN (messages, and what is written for the project)
  OutputFormat format = OutputFormat::text;
  std::string color = "auto";
  bool dry_run = false;

  Date today;                 ///< the status date: resolved once by main after parsing
  mutable RealFileSystem fs;  ///< mutable: a read may have to roll back an interrupted change first
  std::ostream& out = std::cout;
  std::ostream& err = std::cerr;
  std::function<CommandResult()> command;  ///< what the parsed subcommand does; run by main

  /// --today (or PMADMIN_TODAY), else the system clock: the only place pmadmin reads it.
  void resolve_today();
  /// Who may be acting: --as, PMADMIN_USER, else git's user.email (asked once, when needed).
  const IdentitySources& who();
  /// `git config KEY` as seen from `dir` (run without a shell); "" when git has none.
  static std::string git_config(const std::string& dir, const std::string& key);
  bool color_stdout() const;
  bool color_stderr() const;

  /// The project root: -C DIR, else walk up from the current folder.
  Result<std::string> project_root() const;
  /// Loads the project, printing warnings.
  Result<Project> load() const;
  /// Loads the project and computes its forecast schedule as of today.
  Result<Planned> plan() const;
  /// Runs an edit under the lock; prints its summary and the files it wrote (or would, with
  /// --dry-run).
  CommandResult mutate(const Mutation& edit);
  /// Prints `text` to stdout.
  CommandResult print(const std::string& text);
  /// Prints `text`, or with `out_file` writes it there atomically ("wrote FILE").
  CommandResult write_output(const std::string& out_file, const std::string& text);
  /// A usage error unless --format is one of `allowed`.
  Status supports(std::initializer_list<OutputFormat> allowed) const;
  /// A date given as option `name`; "none" gives an empty date when `allow_none`.
  /// The language of what is written for the project: --lang, else `language:` of pmadmin.yaml.
  Language document_language(const Project& p) const;
  Result<std::optional<Date>> date_option(const char* name, const std::string& text, bool allow_none = false) const;
  /// Prints diagnostics to stderr (coloured when stderr wants colour).
  void report(const Diagnostics& ds) const;

 private:
  std::optional<IdentitySources> who_;
};

/// Makes `run` what `sub` does when it is the parsed subcommand.
void on_run(CLI::App* sub, Context& ctx, std::function<CommandResult()> run);

/// How long to wait for another command's lock: PMADMIN_LOCK_TIMEOUT seconds, default 10.
int lock_timeout_ms();

/// `dir` made absolute against the current directory, with "." and ".." resolved.
std::string absolute(const std::string& dir);

/// --width when given, else the terminal's width, else $COLUMNS, else 100.
std::size_t terminal_columns(int option);

}  // namespace pmadmin::cli

#pragma once
// A forgiving command line: the words of argv checked against the command tree before
// CLI11 parses them, so a typo gets "did you mean" (in the order typed), `pmadmin help
// [COMMAND...]` and `pmadmin version` work, and every --help shows the global options.
#include <CLI/CLI.hpp>

#include <memory>
#include <optional>

namespace pmadmin::cli {

/// Answers `help [COMMAND...]` and `version` (exit 0), or refuses an unknown command or
/// option with its nearest match (exit 2); nullopt: go on and parse.
std::optional<int> precheck_argv(CLI::App& app, int argc, char** argv);

/// CLI11's parse errors ("ID is required", "The following argument was not expected: x")
/// as sentences of the catalogue; anything else unchanged.
std::string translate_cli11_error(const std::string& what);

/// Appends the global options of `app` to the help of every subcommand below it.
void show_global_options_everywhere(CLI::App& app);
/// CLI11's default group names ("Options", "Subcommands") in the language of messages.
void translate_group_names(CLI::App& app);
/// CLI11's help formatter with its two columns padded by display width, not bytes: a
/// Chinese word (必填: 6 bytes, 4 columns) keeps its description in line.
std::shared_ptr<CLI::Formatter> display_width_formatter();

}  // namespace pmadmin::cli

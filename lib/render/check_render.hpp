#pragma once
/// How `pmadmin check` results are written: text for people, JSON for tools, JUnit XML for
/// CI test views (Jenkins, GitLab), GitHub Actions workflow commands (annotations on the
/// file and line). Every format escapes user text for where it goes.
#include <string>

#include "analysis/checks.hpp"
#include "base/diag.hpp"
#include "render/format.hpp"

namespace pmadmin {

/// Findings grouped by rule, then one summary line (the last line).
std::string render_check_text(const CheckRun& run, bool color);
/// Stable schema, documented in docs/ci.md.
std::string render_check_json(const CheckRun& run, bool fail_on_warnings);
/// One testcase per rule x entity checked; errors (and warnings with fail_on_warnings) fail.
std::string render_check_junit(const CheckRun& run, bool fail_on_warnings);
/// `::error file=...,line=...::message` per finding; a message never starts a line.
std::string render_check_github(const CheckRun& run, bool fail_on_warnings);
/// The run in `format` (text, json, junit or github); colour applies to text only.
std::string render_check(const CheckRun& run, OutputFormat format, bool fail_on_warnings, bool color);
/// Files that could not be loaded as GitHub annotations on their line, so a pull request
/// shows them where they are (the diagnostics themselves go to stderr).
std::string render_invalid_files_github(const Diagnostics& errors);
/// Files that could not be loaded as a complete check document in `format` (json, junit or
/// github): each load error is a finding of the rule `invalid-file` (severity error), so a
/// CI dashboard shows the broken file instead of an empty report.
std::string render_invalid_files(const Diagnostics& errors, OutputFormat format, Date today);
/// The rule table for `check --list` (text or JSON), with configured severities.
std::string render_rule_list(const CheckRun& run, bool json);

}  // namespace pmadmin

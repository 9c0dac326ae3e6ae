#pragma once
/// How `pmadmin check` results are written: text for people, JSON for tools, JUnit XML for
/// CI test views (Jenkins, GitLab), GitHub Actions workflow commands (annotations on the
/// file and line). Every format escapes user text for where it goes.
#include <string>

#include "analysis/checks.hpp"

namespace pmadmin {

/// Findings grouped by rule, then one summary line (the last line).
std::string render_check_text(const CheckRun& run, bool color);
/// Stable schema, documented in docs/ci.md.
std::string render_check_json(const CheckRun& run, bool fail_on_warnings);
/// One testcase per rule x entity checked; errors (and warnings with fail_on_warnings) fail.
std::string render_check_junit(const CheckRun& run, bool fail_on_warnings);
/// `::error file=...,line=...::message` per finding; a message never starts a line.
std::string render_check_github(const CheckRun& run, bool fail_on_warnings);
/// The rule table for `check --list` (text or JSON), with configured severities.
std::string render_rule_list(const CheckRun& run, bool json);

}  // namespace pmadmin

#include "render/check_render.hpp"

#include <fmt/format.h>
#include "render/json.hpp"

#include "base/i18n.hpp"
#include "base/text.hpp"
#include "render/escape.hpp"

namespace pmadmin {

namespace {

std::string summary_line(const CheckRun& run, bool fail_on_warnings) {
  int ran = 0, passed = 0, off = 0;
  for (const auto& r : run.rules) {
    if (r.severity == RuleSeverity::off) {
      ++off;
      continue;
    }
    ++ran;
    if (r.findings.empty()) ++passed;
  }
  bool failed = run.errors > 0 || (fail_on_warnings && run.warnings > 0);
  const std::string errors = trnf("{} error", "{} errors", run.errors, run.errors);
  const std::string warnings = trnf("{} warning", "{} warnings", run.warnings, run.warnings);
  const std::string rules = trnf("{} of {} rule passed", "{} of {} rules passed", ran, passed, ran);
  const std::string off_text = off ? trf(", {} off", off) : "";
  return failed
             ? trf("pmadmin check: FAILED ({}, {}; {}{}) as of {}", errors, warnings, rules, off_text, run.today.iso())
             : trf("pmadmin check: passed ({}, {}; {}{}) as of {}", errors, warnings, rules, off_text, run.today.iso());
}

}  // namespace

std::string render_check_text(const CheckRun& run, bool color) {
  std::string out;
  auto paint = [&](const std::string& s, const char* code) { return color ? std::string(code) + s + "\x1b[0m" : s; };
  for (const auto& r : run.rules) {
    if (r.findings.empty()) continue;
    const char* code = r.severity == RuleSeverity::error ? "\x1b[1;31m" : "\x1b[1;33m";
    out += trnf("{} ({}, {} finding)\n", "{} ({}, {} findings)\n", r.findings.size(),
                paint(std::string(to_text(r.rule)), code), to_text(r.severity), r.findings.size());
    for (const auto& f : r.findings)
      out +=
          fmt::format("  {}:{}:{}: {}: {}: {}\n", escape_for_terminal(f.file), f.line, f.col,
                      paint(std::string(to_text(f.severity)), code), to_text(f.rule), escape_for_terminal(f.message));
    out += "\n";
  }
  return out + summary_line(run, false) + "\n";
}

std::string render_check_json(const CheckRun& run, bool fail_on_warnings) {
  using json = nlohmann::ordered_json;
  json rules = json::array(), findings = json::array();
  for (const auto& r : run.rules) {
    rules.push_back({{"rule", r.rule},
                     {"description", r.description},
                     {"severity", r.severity},
                     {"threshold", r.threshold.empty() ? json() : json(r.threshold)},
                     {"checked", r.checked.size()},
                     {"findings", r.findings.size()},
                     {"status", r.severity == RuleSeverity::off ? "off"
                                : r.findings.empty()            ? "pass"
                                                                : "fail"}});
    for (const auto& f : r.findings) {
      json numbers = json::object();
      for (const auto& [k, v] : f.numbers) numbers[k] = v;
      findings.push_back({{"rule", f.rule},
                          {"severity", f.severity},
                          {"file", f.file},
                          {"line", f.line},
                          {"column", f.col},
                          {"entity", f.entity},
                          {"message", f.message},
                          {"numbers", numbers}});
    }
  }
  json j = {{"today", run.today.iso()}, {"passed", check_exit_code(run, fail_on_warnings) == 0},
            {"errors", run.errors},     {"warnings", run.warnings},
            {"rules", rules},           {"findings", findings}};
  return j.dump(2) + "\n";
}

std::string render_check_junit(const CheckRun& run, bool fail_on_warnings) {
  std::string suites;
  int total_tests = 0, total_failures = 0, total_skipped = 0;
  for (const auto& r : run.rules) {
    std::string cases;
    int tests = 0, failures = 0, skipped = 0;
    auto testcase = [&](const std::string& name, const std::string& file, int line, const std::string& body) {
      ++tests;
      cases += fmt::format("    <testcase classname=\"pmadmin.{}\" name=\"{}\"{}{}>{}</testcase>\n",
                           xml_escape(std::string(to_text(r.rule))), xml_escape(name),
                           file.empty() ? "" : fmt::format(" file=\"{}\"", xml_escape(file)),
                           line > 0 ? fmt::format(" line=\"{}\"", line) : "", body);
    };
    if (r.severity == RuleSeverity::off) {
      testcase("(rule off)", "", 0, "<skipped message=\"off in pmadmin.yaml\"/>");
      ++skipped;
    } else {
      std::vector<std::string> names = r.checked;
      for (const auto& f : r.findings)
        if (std::find(names.begin(), names.end(), f.entity) == names.end()) names.push_back(f.entity);
      if (names.empty()) testcase("(nothing to check)", "", 0, "");
      for (const auto& name : names) {
        std::string body, file;
        int line = 0;
        for (const auto& f : r.findings) {
          if (f.entity != name) continue;
          file = f.file;
          line = f.line;
          std::string text = fmt::format("{}:{}:{}: {}: {}", f.file, f.line, f.col, f.severity, f.message);
          bool fails = f.severity == RuleSeverity::error || fail_on_warnings;
          if (fails)
            body += fmt::format("<failure type=\"{}\" message=\"{}\">{}</failure>", f.severity, xml_escape(f.message),
                                xml_escape(text));
          else
            body += fmt::format("<system-out>{}</system-out>", xml_escape(text));
        }
        if (body.find("<failure") != std::string::npos) ++failures;
        testcase(name, file, line, body);
      }
    }
    total_tests += tests;
    total_failures += failures;
    total_skipped += skipped;
    suites += fmt::format(
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"{}\">\n{}  </testsuite>\n",
        xml_escape(std::string(to_text(r.rule))), tests, failures, skipped, cases);
  }
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"pmadmin check\" tests=\"{}\" "
      "failures=\"{}\" errors=\"0\" skipped=\"{}\">\n{}</testsuites>\n",
      total_tests, total_failures, total_skipped, suites);
}

std::string render_check_github(const CheckRun& run, bool fail_on_warnings) {
  std::string out;
  for (const auto& r : run.rules)
    for (const auto& f : r.findings)
      out +=
          fmt::format("::{} file={},line={},col={},title={}::{}\n",
                      f.severity == RuleSeverity::error ? "error" : "warning", github_escape(f.file, true), f.line,
                      f.col, github_escape(fmt::format("pmadmin {}", f.rule), true), github_escape(f.message, false));
  return out + summary_line(run, fail_on_warnings) + "\n";
}

std::string render_check(const CheckRun& run, OutputFormat format, bool fail_on_warnings, bool color) {
  switch (format) {
    case OutputFormat::json: return render_check_json(run, fail_on_warnings);
    case OutputFormat::junit: return render_check_junit(run, fail_on_warnings);
    case OutputFormat::github: return render_check_github(run, fail_on_warnings);
    default: return render_check_text(run, color);
  }
}

std::string render_invalid_files_github(const Diagnostics& errors) {
  std::string out;
  for (const auto& d : errors)
    out += fmt::format("::error file={},line={},col={},title=pmadmin invalid file::{}\n",
                       github_escape(d.file.empty() ? "pmadmin.yaml" : d.file, true), std::max(d.line, 1),
                       std::max(d.col, 1), github_escape(d.message, false));
  return out;
}

std::string render_invalid_files(const Diagnostics& errors, OutputFormat format, Date today) {
  if (format == OutputFormat::github) return render_invalid_files_github(errors);
  const char* description = tr("Every file loads: readable YAML of the documented form, with valid references");
  std::vector<std::string> files;
  for (const auto& d : errors) {
    std::string file = d.file.empty() ? "pmadmin.yaml" : d.file;
    if (std::find(files.begin(), files.end(), file) == files.end()) files.push_back(file);
  }
  if (format == OutputFormat::junit) {
    std::string cases;
    for (const auto& file : files) {
      std::string body;
      int line = 0;
      for (const auto& d : errors) {
        if ((d.file.empty() ? "pmadmin.yaml" : d.file) != file) continue;
        if (line == 0) line = std::max(d.line, 1);
        std::string text = fmt::format("{}:{}:{}: error: {}", file, std::max(d.line, 1), std::max(d.col, 1), d.message);
        body +=
            fmt::format("<failure type=\"error\" message=\"{}\">{}</failure>", xml_escape(d.message), xml_escape(text));
      }
      cases += fmt::format(
          "    <testcase classname=\"pmadmin.invalid-file\" name=\"{0}\" file=\"{0}\" line=\"{1}\">{2}"
          "</testcase>\n",
          xml_escape(file), line, body);
    }
    return fmt::format(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"pmadmin check\" tests=\"{0}\" "
        "failures=\"{0}\" errors=\"0\" skipped=\"0\">\n  <testsuite name=\"invalid-file\" tests=\"{0}\" "
        "failures=\"{0}\" errors=\"0\" skipped=\"0\">\n{1}  </testsuite>\n</testsuites>\n",
        files.size(), cases);
  }
  using json = nlohmann::ordered_json;
  json findings = json::array();
  for (const auto& d : errors) {
    std::string file = d.file.empty() ? "pmadmin.yaml" : d.file;
    findings.push_back({{"rule", "invalid-file"},
                        {"severity", "error"},
                        {"file", file},
                        {"line", std::max(d.line, 1)},
                        {"column", std::max(d.col, 1)},
                        {"entity", file},
                        {"message", d.message},
                        {"numbers", json::object()}});
  }
  json rules = json::array({json{{"rule", "invalid-file"},
                                 {"description", description},
                                 {"severity", "error"},
                                 {"threshold", json()},
                                 {"checked", files.size()},
                                 {"findings", errors.size()},
                                 {"status", "fail"}}});
  json j = {{"today", today.iso()}, {"passed", false}, {"errors", errors.size()},
            {"warnings", 0},        {"rules", rules},  {"findings", findings}};
  return j.dump(2) + "\n";
}

std::string render_rule_list(const CheckRun& run, bool as_json) {
  if (as_json) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto& r : run.rules)
      list.push_back(
          {{"rule", r.rule},
           {"severity", r.severity},
           {"threshold", r.threshold.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(r.threshold)},
           {"description", r.description}});
    return list.dump(2) + "\n";
  }
  std::string out;
  for (const auto& r : run.rules) {
    out += fmt::format("{:<25} {:<8} {}\n", r.rule, r.severity, r.description);
    if (!r.threshold.empty()) out += fmt::format("{:<25} {:<8} {}\n", "", "", trf("threshold: {}", r.threshold));
  }
  out += tr("\nSeverities and thresholds come from pmadmin.yaml checks: (error | warning | off).\n");
  return out;
}

}  // namespace pmadmin

#include "render/audit_render.hpp"

#include <fmt/format.h>

#include "base/i18n.hpp"
#include "base/text.hpp"
#include "render/escape.hpp"
#include "render/json.hpp"

namespace pmadmin {

namespace {

std::string summary_line(const AuditRun& run) {
  const std::size_t n = run.findings.size();
  const std::string findings = trnf("{} finding", "{} findings", n, n);
  const std::string records = trnf("{} record", "{} records", run.records.size(), run.records.size());
  const std::string commits = trnf("{} commit", "{} commits", static_cast<unsigned long>(run.commits), run.commits);
  const std::string range = run.since.empty() ? std::string(tr("over the whole history")) : trf("since {}", run.since);
  return n ? trf("pmadmin audit: FAILED ({}; {} in {} checked) {}", findings, records, commits, range)
           : trf("pmadmin audit: passed ({}; {} in {} checked) {}", findings, records, commits, range);
}

std::string short_id(const std::string& commit) { return commit.substr(0, 10); }

std::string render_text(const AuditRun& run, bool all, bool color) {
  auto paint = [&](const std::string& s, const char* code) { return color ? std::string(code) + s + "\x1b[0m" : s; };
  std::string out;
  for (std::size_t k = 0; k < Vocabulary<AuditFindingKind>::words.size(); ++k) {
    const auto kind = static_cast<AuditFindingKind>(k);
    std::string lines;
    std::size_t count = 0;
    for (const AuditFinding& f : run.findings) {
      if (f.kind != kind) continue;
      ++count;
      lines += fmt::format("  {}:1:1: {}: {}\n", escape_for_terminal(f.file), paint("error", "\x1b[1;31m"),
                           escape_for_terminal(f.message));
    }
    if (count)
      out += trnf("{} ({} finding)\n{}\n", "{} ({} findings)\n{}\n", count,
                  paint(std::string(to_text(kind)), "\x1b[1;31m"), count, lines);
  }
  if (all) {
    out += tr("records (oldest first)\n");
    for (const AuditEntry& e : run.records)
      out += fmt::format("  {} {} {} {} {}: {}\n", e.problem.empty() ? "ok  " : paint("FAIL", "\x1b[1;31m"),
                         short_id(e.commit), e.date.iso(), escape_for_terminal(e.author_email),
                         escape_for_terminal(e.file), escape_for_terminal(e.describe));
    out += "\n";
  }
  return out + summary_line(run) + "\n";
}

std::string render_json(const AuditRun& run) {
  using json = nlohmann::ordered_json;
  json findings = json::array(), records = json::array();
  for (const AuditFinding& f : run.findings)
    findings.push_back({{"kind", std::string(to_text(f.kind))},
                        {"file", f.file},
                        {"commit", f.commit},
                        {"author_email", f.author_email},
                        {"date", f.date.iso()},
                        {"message", f.message}});
  for (const AuditEntry& e : run.records)
    records.push_back({{"file", e.file},
                       {"record", e.describe},
                       {"by", e.by},
                       {"commit", e.commit},
                       {"author_email", e.author_email},
                       {"date", e.date.iso()},
                       {"ok", e.problem.empty()}});
  json j = {{"since", run.since.empty() ? json() : json(run.since)},
            {"passed", run.findings.empty()},
            {"commits", run.commits},
            {"findings", findings},
            {"records", records}};
  return j.dump(2) + "\n";
}

std::string render_junit(const AuditRun& run) {
  std::string cases;
  std::size_t tests = 0, failures = 0;
  auto testcase = [&](const std::string& file, const std::string& name, const std::string& problem) {
    ++tests;
    std::string body;
    if (!problem.empty()) {
      ++failures;
      body = fmt::format("<failure type=\"error\" message=\"{}\">{}</failure>", xml_escape(problem),
                         xml_escape(fmt::format("{}: {}", file, problem)));
    }
    cases += fmt::format("    <testcase classname=\"pmadmin.audit\" name=\"{}\" file=\"{}\">{}</testcase>\n",
                         xml_escape(name), xml_escape(file), body);
  };
  for (const AuditEntry& e : run.records)
    testcase(e.file, fmt::format("{} ({})", e.describe, short_id(e.commit)), e.problem);
  for (const AuditFinding& f : run.findings)
    if (f.kind == AuditFindingKind::changed_record || f.kind == AuditFindingKind::unreadable)
      testcase(f.file, fmt::format("{} in {}", to_text(f.kind), short_id(f.commit)), f.message);
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"pmadmin audit\" tests=\"{0}\" failures=\"{1}\" "
      "errors=\"0\">\n  <testsuite name=\"audit\" tests=\"{0}\" failures=\"{1}\" errors=\"0\">\n{2}  "
      "</testsuite>\n</testsuites>\n",
      tests, failures, cases);
}

std::string render_github(const AuditRun& run) {
  std::string out;
  for (const AuditFinding& f : run.findings)
    out += fmt::format("::error file={},line=1,col=1,title={}::{}\n", github_escape(f.file, true),
                       github_escape(fmt::format("pmadmin audit {}", to_text(f.kind)), true),
                       github_escape(f.message, false));
  return out + summary_line(run) + "\n";
}

}  // namespace

std::string render_audit(const AuditRun& run, OutputFormat format, bool all, bool color) {
  switch (format) {
    case OutputFormat::json: return render_json(run);
    case OutputFormat::junit: return render_junit(run);
    case OutputFormat::github: return render_github(run);
    default: return render_text(run, all, color);
  }
}

}  // namespace pmadmin

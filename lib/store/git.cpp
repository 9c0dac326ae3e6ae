// GitHistory: `git log` for the commits, `git cat-file --batch` for the files, each one
// process with an argv (no shell); paths are given after `--`, so none is read as an option.
#include "store/git.hpp"
#include "base/i18n.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <filesystem>
#include <map>

#include "store/process.hpp"

namespace pmadmin {

namespace {

Diagnostic git_failed(const std::vector<std::string>& argv, const ProcessResult& r) {
  std::string err = r.err;
  while (!err.empty() && (err.back() == '\n' || err.back() == '\r')) err.pop_back();
  if (!r.started)
    return usage_error(tr("the audit reads the project's history with the git program, which could not be run"),
                       tr("install git (Debian: apt-get install git)"));
  return usage_error(trf("git {} failed: {}", argv.size() > 3 ? argv[3] : "", err));
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == sep) {
      out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  return out;
}

std::string trimmed(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
  return s;
}

}  // namespace

Result<GitHistory> GitHistory::open(const std::string& project_dir) {
  std::vector<std::string> argv = {"git", "-C", project_dir, "rev-parse", "--show-toplevel", "--show-prefix"};
  ProcessResult r = run_program(argv);
  if (!r.started) return git_failed(argv, r);
  if (r.exit_code != 0)
    return usage_error(trf("{} is not in a git repository, so there is no history to audit", project_dir),
                       tr("the audit compares the records with the git commits that wrote them: run it in a clone"));
  std::vector<std::string> lines = split(trimmed(r.out), '\n');
  if (lines.empty() || lines[0].empty())
    return usage_error(trf("{} is not in a git work tree, so there is no history to audit", project_dir));
  return GitHistory(lines[0], lines.size() > 1 ? lines[1] : "");
}

Result<std::vector<Commit>> GitHistory::commits(const std::string& since) {
  // Does the repository have a commit at all?
  ProcessResult head = run_program({"git", "-C", top_, "rev-parse", "--verify", "--quiet", "HEAD"});
  if (!head.started) return git_failed({"git", "-C", top_, "rev-parse"}, head);
  if (head.exit_code != 0) {
    if (!since.empty())
      return usage_error(tr("the repository has no commit yet, so --since has nothing to start from"));
    return std::vector<Commit>{};
  }
  std::string range = "HEAD";
  if (!since.empty()) {
    ProcessResult ok =
        run_program({"git", "-C", top_, "rev-parse", "--verify", "--quiet", "--end-of-options", since + "^{commit}"});
    if (ok.exit_code != 0)
      return usage_error(trf("--since {}: no such revision in this repository", since),
                         tr("give a branch, tag or commit, e.g. --since origin/main (fetch it first in CI)"));
    range = since + "..HEAD";
  }
  std::vector<std::string> argv = {"git",
                                   "-C",
                                   top_,
                                   "-c",
                                   "core.quotePath=false",
                                   "log",
                                   "--reverse",
                                   "--topo-order",
                                   "--full-history",
                                   "-m",
                                   "--name-only",
                                   "--date=short",
                                   "--format=%x1e%H%x1f%P%x1f%ae%x1f%an%x1f%ad%x1f%s",
                                   "--end-of-options",
                                   range,
                                   "--",
                                   prefix_.empty() ? "." : prefix_};
  ProcessResult r = run_program(argv);
  if (!r.started || r.exit_code != 0) return git_failed(argv, r);
  std::vector<Commit> out;
  std::map<std::string, std::size_t> index;  // -m prints a merge once per parent
  for (const std::string& block : split(r.out, '\x1e')) {
    if (block.empty()) continue;
    std::vector<std::string> lines = split(block, '\n');
    std::vector<std::string> head_fields = split(lines[0], '\x1f');
    if (head_fields.size() < 6) continue;
    auto [it, fresh] = index.emplace(head_fields[0], out.size());
    if (fresh) {
      Commit c;
      c.id = head_fields[0];
      if (!head_fields[1].empty()) c.parents = split(head_fields[1], ' ');
      c.author_email = head_fields[2];
      c.author_name = head_fields[3];
      c.date = Date::parse(head_fields[4]).value_or(Date{});
      c.subject = head_fields[5];
      out.push_back(std::move(c));
    }
    Commit& c = out[it->second];
    for (std::size_t i = 1; i < lines.size(); ++i) {
      const std::string& path = lines[i];
      if (path.empty() || path.compare(0, prefix_.size(), prefix_) != 0) continue;
      std::string rel = path.substr(prefix_.size());
      if (std::find(c.files.begin(), c.files.end(), rel) == c.files.end()) c.files.push_back(rel);
    }
  }
  return out;
}

Result<std::vector<std::optional<std::string>>> GitHistory::read(
    const std::vector<std::pair<std::string, std::string>>& files) {
  std::vector<std::optional<std::string>> out;
  if (files.empty()) return out;
  std::string input;
  for (const auto& [commit, file] : files) input += fmt::format("{}:{}{}\n", commit, prefix_, file);
  std::vector<std::string> argv = {"git", "-C", top_, "cat-file", "--batch"};
  ProcessResult r = run_program(argv, input);
  if (!r.started || r.exit_code != 0) return git_failed(argv, r);
  // Each answer: "<oid> <type> <size>\n<bytes>\n", or "<request> missing\n".
  std::size_t pos = 0;
  for (std::size_t i = 0; i < files.size(); ++i) {
    std::size_t eol = r.out.find('\n', pos);
    if (eol == std::string::npos) return usage_error(tr("git cat-file gave a short answer"));
    std::string header = r.out.substr(pos, eol - pos);
    pos = eol + 1;
    std::vector<std::string> fields = split(header, ' ');
    if (fields.size() != 3 || fields[2].empty() || fields[2].size() > 18 ||
        !std::all_of(fields[2].begin(), fields[2].end(), [](char ch) { return ch >= '0' && ch <= '9'; })) {
      out.emplace_back(std::nullopt);  // "<request> missing" (or ambiguous): no bytes follow
      continue;
    }
    std::size_t size = std::stoull(fields[2]);
    if (pos + size > r.out.size()) return usage_error(tr("git cat-file gave a short answer"));
    if (fields[1] != "blob") {  // a folder where a file was looked for
      out.emplace_back(std::nullopt);
      pos += size + 1;
      continue;
    }
    out.emplace_back(r.out.substr(pos, size));
    pos += size + 1;
  }
  return out;
}

}  // namespace pmadmin

#pragma once
/// The project's git history, read through the `git` program (argv, no shell): the commits
/// that touched the project folder, oldest first, and any file as it was at any commit.
/// `History` is the interface the audit reads, so tests can give it a made-up history.
#include <optional>
#include <string>
#include <vector>

#include "base/date.hpp"
#include "base/result.hpp"

namespace pmadmin {

struct Commit {
  std::string id;                    ///< full hash
  std::vector<std::string> parents;  ///< none for a root commit; two or more for a merge
  std::string author_email;
  std::string author_name;
  Date date;  ///< the author date (the day in the author's time zone)
  std::string subject;
  std::vector<std::string> files;  ///< project-relative paths it changed (against any parent)
};

class History {
 public:
  virtual ~History() = default;
  /// The commits that changed the project folder, parents before children; after `since`
  /// (a revision: only the commits not reachable from it) when not empty.
  virtual Result<std::vector<Commit>> commits(const std::string& since) = 0;
  /// Each (commit, project-relative file) as it was then; nullopt when it did not exist.
  virtual Result<std::vector<std::optional<std::string>>> read(
      const std::vector<std::pair<std::string, std::string>>& files) = 0;
};

class GitHistory : public History {
 public:
  /// The repository holding `project_dir`: an error (exit 2) when git is missing or the
  /// folder is not in a git work tree.
  static Result<GitHistory> open(const std::string& project_dir);
  Result<std::vector<Commit>> commits(const std::string& since) override;
  Result<std::vector<std::optional<std::string>>> read(
      const std::vector<std::pair<std::string, std::string>>& files) override;
  const std::string& top() const { return top_; }

 private:
  GitHistory(std::string top, std::string prefix) : top_(std::move(top)), prefix_(std::move(prefix)) {}
  std::string top_;     ///< the work tree's top folder
  std::string prefix_;  ///< the project folder relative to it, "" or ending in '/'
};

}  // namespace pmadmin

#pragma once
/// The project folder: find it, load it whole (with every problem reported), and apply
/// changes under the lock with atomic writes (SPEC §1, §6).
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "fs.hpp"
#include "model.hpp"
#include "result.hpp"

namespace pmadmin {

/// The first folder from `start` upwards that holds pmadmin.yaml, like git.
std::optional<std::string> find_project_root(const FileSystem& fs, const std::string& start);

/// Loads every file of the project at `root`, validates each (SPEC §6 strict pass) and the
/// references between them. Errors come back all at once; warnings (ignored stray files)
/// are added to `warnings` even when loading succeeds.
Result<Project> load_project(const FileSystem& fs, const std::string& root, Diagnostics& warnings);

/// One file to write, relative to the project root.
struct FileChange {
  std::string path;
  std::string bytes;
  bool create = false;  ///< a new entity: created exclusively, never overwrites
};

struct MutationOptions {
  bool dry_run = false;
  int lock_timeout_ms = 10000;
};

/// What a mutation did: the files written (or, in a dry run, that would be), in order.
struct MutationReport {
  std::vector<std::string> written;
  std::vector<std::string> unchanged;
  bool dry_run = false;
};

using Mutation = std::function<Result<std::vector<FileChange>>(Project&)>;

/// Takes the lock, loads and validates the project, runs `mutate` on it in memory,
/// validates the result, then writes each changed file atomically (skipping identical
/// bytes). On any error nothing is written.
Result<MutationReport> mutate_project(FileSystem& fs, const std::string& root, const MutationOptions& options,
                                      const Mutation& mutate, Diagnostics& warnings);

/// Writes `changes` under `root` (used by mutate_project and init). Unchanged bytes are skipped.
Result<MutationReport> write_changes(FileSystem& fs, const std::string& root, const std::vector<FileChange>& changes,
                                     bool dry_run);

/// Every entity of the project encoded, path -> bytes (what a full save would write).
std::vector<FileChange> encode_project(const Project& p);

}  // namespace pmadmin

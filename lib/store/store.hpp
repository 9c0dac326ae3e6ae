#pragma once
/// The project folder: find it, load it whole (with every problem reported), and apply
/// changes under the lock with atomic writes (SPEC §1, §6). Edits change the model and say
/// what they touched; this is the one place that turns touched entities into files.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "model/change.hpp"
#include "model/model.hpp"
#include "store/fs.hpp"
#include "store/journal.hpp"

namespace pmadmin {

/// The first folder from `start` upwards that holds pmadmin.yaml, like git.
std::optional<std::string> find_project_root(const FileSystem& fs, const std::string& start);

/// True when `dir` holds a project (a pmadmin.yaml of any kind).
bool holds_project(const FileSystem& fs, const std::string& dir);

/// Loads every file of the project at `root`, validates each (SPEC §6 strict pass) and the
/// references between them. Errors come back all at once; warnings (ignored stray files)
/// are added to `warnings` even when loading succeeds.
Result<Project> load_project(const FileSystem& fs, const std::string& root, Diagnostics& warnings);

/// One file to write (or remove), relative to the project root.
struct FileChange {
  std::string path;
  std::string bytes;
  bool create = false;  ///< a new entity: created exclusively, never overwrites
  bool remove = false;  ///< delete the file instead of writing it
};

struct MutationOptions {
  bool dry_run = false;
  int lock_timeout_ms = 10000;
  std::string when;  ///< the status date, kept with the undo step (store/undo.hpp)
};

/// What a mutation did: the files written (or, in a dry run, that would be), in order, and
/// the edit's summary.
struct MutationReport {
  std::vector<std::string> written;  ///< created or rewritten
  std::vector<std::string> removed;
  std::vector<std::string> unchanged;
  bool dry_run = false;
  std::string summary;
  std::vector<Touched> touched;       ///< what the change created, changed or deleted
  std::vector<JournalEntry> applied;  ///< each file's bytes before and after (empty in a dry run)
};

using Mutation = std::function<Result<Outcome>(Project&)>;

/// Takes the lock, rolls back a change a killed command left half-done, loads and validates
/// the project, runs `mutate` on it in memory, validates the result, reads the new files
/// back as the loader would, then writes them all or nothing (skipping identical bytes).
/// On any error nothing is written.
Result<MutationReport> mutate_project(FileSystem& fs, const std::string& root, const MutationOptions& options,
                                      const Mutation& mutate, Diagnostics& warnings);

/// The files for `touched` entities of `p`: canonical bytes, in order, each entity once.
std::vector<FileChange> encode_touched(const Project& p, const std::vector<Touched>& touched);

/// Every entity of the project encoded, path -> bytes (what a full save would write).
std::vector<FileChange> encode_project(const Project& p);

/// Writes `changes` under `root` (used by mutate_project and create_project), skipping
/// unchanged bytes. All or nothing: a failure puts back what was written and removes the
/// folders made (exit 4, "nothing was changed"); with `journal` (the lock held), a crash
/// half-way is rolled back by the next command (store/journal.hpp).
Result<MutationReport> write_changes(FileSystem& fs, const std::string& root, const std::vector<FileChange>& changes,
                                     bool dry_run, bool journal);

/// Removes the temporary files a killed writer left in the project's folders; call with the
/// lock held (no other writer is at work then, so every one is stale).
void remove_stale_temp_files(FileSystem& fs, const std::string& root);

/// Writes a new project into `dir`: every entity of `p` and HANDBOOK.md (when `handbook`
/// is not empty) created exclusively, a .gitignore and .gitattributes created or extended,
/// and pmadmin.yaml last, so an interrupted init never leaves a half-made project behind.
Result<MutationReport> create_project(FileSystem& fs, const std::string& dir, const Project& p,
                                      const std::string& handbook, bool dry_run);

}  // namespace pmadmin

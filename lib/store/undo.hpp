#pragma once
/// `pmadmin undo`: every change pmadmin writes leaves its files' previous and new bytes in
/// `.pmadmin/undo/` (the last 20 changes; the folder is git-ignored). Undo puts the last
/// change's files back, under the lock and all or nothing like every write, and only when
/// none of them changed since (by hand, by git, by anything): then it refuses and names them.
#include <string>
#include <vector>

#include "base/result.hpp"
#include "store/fs.hpp"
#include "store/journal.hpp"
#include "store/store.hpp"

namespace pmadmin {

inline constexpr const char* kUndoDir = ".pmadmin/undo";
inline constexpr int kUndoKept = 20;

struct UndoStep {
  int seq = 0;
  std::string when;     ///< the status date of the command that made it
  std::string summary;  ///< what that command said it did
  std::vector<JournalEntry> files;
};

/// Keeps `files` (as applied) as the newest step, dropping the oldest beyond kUndoKept.
/// Call with the project lock held.
Status record_undo(FileSystem& fs, const std::string& root, const std::vector<JournalEntry>& files,
                   const std::string& summary, const std::string& when);

/// The steps kept, newest first (unreadable ones are left out).
std::vector<UndoStep> list_undo(const FileSystem& fs, const std::string& root);

/// Puts back the files of the newest step and drops it. Refused (nothing written) when a
/// file of it changed since, or when the project would not load afterwards.
Result<MutationReport> undo_last(FileSystem& fs, const std::string& root, int lock_timeout_ms, bool dry_run);

}  // namespace pmadmin

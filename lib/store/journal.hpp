#pragma once
/// The journal that makes a change of several files all-or-nothing, even across a crash.
///
/// Before the first file of a change is touched, the store writes `.pmadmin/journal`
/// (atomically, fsynced): every file's previous bytes (or that it did not exist) and its new
/// bytes (or that it goes). Then it applies the files, then removes the journal. A change
/// that fails half-way is rolled back at once; a process killed half-way leaves the journal,
/// and the next command, under the lock, rolls it back before anything else. A torn journal
/// means the crash came before any file was touched, so it is simply removed.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "store/fs.hpp"

namespace pmadmin {

inline constexpr const char* kJournalFile = ".pmadmin/journal";

struct JournalEntry {
  std::string path;                      ///< relative to the project root
  std::optional<std::string> old_bytes;  ///< nullopt: the file did not exist
  std::optional<std::string> new_bytes;  ///< nullopt: the change removes the file
};

std::string encode_journal(const std::vector<JournalEntry>& entries);
/// nullopt for a journal that is torn or not a journal: nothing of it was applied.
std::optional<std::vector<JournalEntry>> decode_journal(std::string_view bytes);

/// Puts every file of `entries` back as it was (last first); a file already as it was is
/// left alone, so rolling back twice is the same as once.
Status roll_back(FileSystem& fs, const std::string& root, const std::vector<JournalEntry>& entries);

/// Rolls back a change a killed command left half-done, when `root` holds a journal; call
/// with the project lock held. True when there was one.
Result<bool> recover(FileSystem& fs, const std::string& root);

/// True when `root` holds a journal (a change was interrupted).
bool has_journal(const FileSystem& fs, const std::string& root);

}  // namespace pmadmin

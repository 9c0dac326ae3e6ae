#pragma once
/// File access. Everything pmadmin reads or writes goes through FileSystem, so a test (or a
/// crash-injection harness) can substitute its own; RealFileSystem does atomic writes and locks.
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"

namespace pmadmin {

enum class FileKind { missing, regular, directory, symlink, other };

/// Held while a mutation runs; released when destroyed.
class Lock {
 public:
  virtual ~Lock() = default;
};

class FileSystem {
 public:
  virtual ~FileSystem() = default;
  /// What is at `path`, without following a final symlink.
  virtual FileKind kind(const std::string& path) const = 0;
  /// The bytes of a regular file; refuses symlinks, FIFOs and files over `max_bytes`.
  /// Diagnostics name `display` (the path relative to the project).
  virtual Result<std::string> read(const std::string& path, const std::string& display,
                                   std::size_t max_bytes) const = 0;
  /// Entry names in `dir`, sorted bytewise (never the OS order).
  virtual Result<std::vector<std::string>> list(const std::string& dir) const = 0;
  /// Replaces (or, with `create_new`, exclusively creates) `path` with `bytes` so that a crash
  /// leaves either the old or the complete new file: temp file, fsync, rename, fsync folder.
  virtual Status write_atomic(const std::string& path, const std::string& bytes, bool create_new) = 0;
  /// Removes a file (not a folder) so that a crash leaves it either there or gone: unlink,
  /// then fsync the folder.
  virtual Status remove(const std::string& path) = 0;
  /// Removes an empty folder (a folder a failed change created and left empty).
  virtual Status remove_dir(const std::string& path) = 0;
  virtual Status make_dirs(const std::string& path) = 0;
  /// An exclusive advisory lock on `path`, waiting at most `timeout_ms`.
  virtual Result<std::unique_ptr<Lock>> lock(const std::string& path, int timeout_ms) = 0;
  /// A fault-injection point (after_lock, mid_write, before_fsync, after_rename,
  /// between_renames): inert unless a test set one with RealFileSystem::set_fault.
  virtual Status fault_point(std::string_view /*point*/) { return ok_status(); }
};

class RealFileSystem : public FileSystem {
 public:
  /// Tests only (PMADMIN_FAULT): `point`, `point@N` (the N-th time it is reached) or either
  /// with `:fail`. At that point the process kills itself (SIGKILL), or with `:fail` the
  /// operation fails as a disk error would.
  void set_fault(const std::string& spec);
  Status fault_point(std::string_view point) override;
  FileKind kind(const std::string& path) const override;
  Result<std::string> read(const std::string& path, const std::string& display, std::size_t max_bytes) const override;
  Result<std::vector<std::string>> list(const std::string& dir) const override;
  Status write_atomic(const std::string& path, const std::string& bytes, bool create_new) override;
  Status remove(const std::string& path) override;
  Status remove_dir(const std::string& path) override;
  Status make_dirs(const std::string& path) override;
  Result<std::unique_ptr<Lock>> lock(const std::string& path, int timeout_ms) override;

 private:
  std::string fault_;  ///< the point; empty: none
  int fault_at_ = 1;   ///< which time the point is reached
  bool fault_fails_ = false;
  int fault_hits_ = 0;
};

/// What marks a temporary file: `.<name>.pmadmin-tmp-<pid>-<random>` beside the file it
/// replaces. .gitignore lists the pattern, and a command that holds the lock removes any it
/// finds (a writer that held the lock and died left it).
inline constexpr const char* kTempMarker = ".pmadmin-tmp-";
inline bool is_temp_file(const std::string& name) { return name.find(kTempMarker) != std::string::npos; }

/// `a/b` joined (std::filesystem's /); `b` when `a` is empty. `b` is relative.
std::string join_path(const std::string& a, const std::string& b);
/// The folder holding `p`: "" for a bare name, "/" for a file in the root.
std::string parent_path(const std::string& p);

}  // namespace pmadmin

namespace pmadmin {

/// A FileSystem held in memory: for templates compiled into the binary and for tests.
class MemoryFileSystem : public FileSystem {
 public:
  void add(const std::string& path, std::string bytes) { files_[path] = std::move(bytes); }
  const std::map<std::string, std::string>& files() const { return files_; }

  FileKind kind(const std::string& path) const override;
  Result<std::string> read(const std::string& path, const std::string& display, std::size_t max_bytes) const override;
  Result<std::vector<std::string>> list(const std::string& dir) const override;
  Status write_atomic(const std::string& path, const std::string& bytes, bool create_new) override;
  Status remove(const std::string& path) override;
  Status remove_dir(const std::string& path) override;
  Status make_dirs(const std::string&) override { return ok_status(); }
  Result<std::unique_ptr<Lock>> lock(const std::string&, int) override {
    return std::unique_ptr<Lock>(std::make_unique<Lock>());
  }

 private:
  std::map<std::string, std::string> files_;
};

}  // namespace pmadmin

#include "store/fs.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <csignal>

#include <fmt/format.h>
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <random>
#include <thread>

#include "base/i18n.hpp"

namespace pmadmin {

namespace {

Diagnostic write_error(const std::string& path, const std::string& what) {
  Diagnostic d = make_error(path, 0, 0, what);
  d.kind = ErrorKind::write;
  return d;
}

std::string errno_text() { return std::strerror(errno); }

class FdLock : public Lock {
 public:
  explicit FdLock(int fd) : fd_(fd) {}
  ~FdLock() override {
    flock(fd_, LOCK_UN);
    close(fd_);
  }

 private:
  int fd_;
};

struct Fd {
  int fd = -1;
  explicit Fd(int f) : fd(f) {}
  ~Fd() {
    if (fd >= 0) close(fd);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
};

bool write_all(int fd, const std::string& bytes) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    done += static_cast<std::size_t>(n);
  }
  return true;
}

bool fsync_dir(const std::string& dir) {
  Fd d(open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (d.fd < 0) return false;
  return fsync(d.fd) == 0;
}

}  // namespace

std::string join_path(const std::string& a, const std::string& b) { return (std::filesystem::path(a) / b).string(); }

std::string parent_path(const std::string& p) { return std::filesystem::path(p).parent_path().string(); }

FileKind RealFileSystem::kind(const std::string& path) const {
  struct stat st {};
  if (lstat(path.c_str(), &st) != 0) return FileKind::missing;
  if (S_ISREG(st.st_mode)) return FileKind::regular;
  if (S_ISDIR(st.st_mode)) return FileKind::directory;
  if (S_ISLNK(st.st_mode)) return FileKind::symlink;
  return FileKind::other;
}

Result<std::string> RealFileSystem::read(const std::string& path, const std::string& display,
                                         std::size_t max_bytes) const {
  // O_NOFOLLOW refuses a symlink, O_NONBLOCK keeps a FIFO from hanging the open.
  Fd f(open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
  if (f.fd < 0) {
    if (errno == ELOOP)
      return make_error(display, 0, 0, tr("is a symbolic link; pmadmin reads only regular files"),
                        tr("put the file itself here instead of a link (a link could point outside the project)"));
    return make_error(display, 0, 0, trf("cannot read: {}", errno_text()), tr("check that you may read the file"));
  }
  struct stat st {};
  if (fstat(f.fd, &st) != 0)
    return make_error(display, 0, 0, trf("cannot read: {}", errno_text()), tr("check that you may read the file"));
  if (S_ISDIR(st.st_mode))
    return make_error(display, 0, 0, tr("is a directory, not a file"),
                      tr("move the folder out of the project: this place holds one .yaml file per entity"));
  if (!S_ISREG(st.st_mode))
    return make_error(display, 0, 0, tr("is not a regular file (a FIFO, socket or device?)"),
                      tr("remove it: this place holds one .yaml file per entity"));
  if (static_cast<std::size_t>(st.st_size) > max_bytes)
    return make_error(display, 0, 0, trf("file is larger than 1 MiB ({} bytes)", st.st_size),
                      tr("a pmadmin file holds one entity and stays small: remove what does not belong in it"));
  // Size the buffer from fstat (the file may still grow while we read: keep reading up to
  // one byte past the limit, growing as needed, so an oversized file is still caught).
  std::string out;
  out.resize(std::min(max_bytes + 1, static_cast<std::size_t>(st.st_size) + 4096));
  std::size_t total = 0;
  while (total <= max_bytes) {
    if (total == out.size()) out.resize(std::min(max_bytes + 1, out.size() * 2));
    ssize_t n = ::read(f.fd, out.data() + total, out.size() - total);
    if (n < 0) {
      if (errno == EINTR) continue;
      return make_error(display, 0, 0, trf("cannot read: {}", errno_text()), tr("check that you may read the file"));
    }
    if (n == 0) break;
    total += static_cast<std::size_t>(n);
  }
  if (total > max_bytes)
    return make_error(display, 0, 0, tr("file is larger than 1 MiB"),
                      tr("a pmadmin file holds one entity and stays small: remove what does not belong in it"));
  out.resize(total);
  return out;
}

Result<std::vector<std::string>> RealFileSystem::list(const std::string& dir) const {
  DIR* d = opendir(dir.c_str());
  if (!d) return make_error(dir, 0, 0, trf("cannot list folder: {}", errno_text()));
  std::vector<std::string> names;
  while (dirent* e = readdir(d)) {
    std::string name = e->d_name;
    if (name == "." || name == "..") continue;
    names.push_back(name);
  }
  closedir(d);
  std::sort(names.begin(), names.end());
  return names;
}

Status RealFileSystem::write_atomic(const std::string& path, const std::string& bytes, bool create_new) {
  std::string dir = parent_path(path);
  std::string base = path.substr(dir.empty() ? 0 : dir.size() + 1);
  static thread_local std::mt19937_64 rng{std::random_device{}()};
  std::string tmp = join_path(dir, fmt::format(".{}{}{}-{:x}", base, kTempMarker, getpid(), rng() & 0xffffffff));
  int fd = open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return write_error(path, trf("cannot create a temporary file: {}", errno_text()));
  struct stat old {};
  bool ok = true;
  if (!create_new && lstat(path.c_str(), &old) == 0 && S_ISREG(old.st_mode))
    ok = fchmod(fd, old.st_mode & 07777) == 0;  // a rewrite keeps the file's mode (a 600 file stays 600)
  const std::size_t half = bytes.size() / 2;
  ok = ok && write_all(fd, bytes.substr(0, half));
  Status fault = fault_point("mid_write");
  ok = ok && fault && write_all(fd, bytes.substr(half));
  if (ok) fault = fault_point("before_fsync");
  ok = ok && fault && fsync(fd) == 0;
  std::string why = ok ? "" : errno_text();
  if (close(fd) != 0 && ok) {
    ok = false;
    why = errno_text();
  }
  if (!ok) {
    unlink(tmp.c_str());
    return fault ? write_error(path, trf("cannot write: {}", why)) : fault;
  }
  if (create_new) {
    // link() fails if the name exists: an exclusive create of a complete file.
    if (link(tmp.c_str(), path.c_str()) != 0) {
      std::string err = errno == EEXIST ? tr("already exists") : errno_text();
      unlink(tmp.c_str());
      return write_error(path, trf("cannot create: {}", err));
    }
    unlink(tmp.c_str());
  } else if (rename(tmp.c_str(), path.c_str()) != 0) {
    std::string err = errno_text();
    unlink(tmp.c_str());
    return write_error(path, trf("cannot replace: {}", err));
  }
  if (Status s = fault_point("after_rename"); !s) return s;
  if (!fsync_dir(dir)) return write_error(path, trf("cannot sync folder: {}", errno_text()));
  return ok_status();
}

void RealFileSystem::set_fault(const std::string& spec) {
  std::string point = spec;
  fault_fails_ = point.ends_with(":fail");
  if (fault_fails_) point.resize(point.size() - 5);
  if (auto at = point.find('@'); at != std::string::npos) {
    fault_at_ = std::max(1, std::atoi(point.c_str() + at + 1));
    point.resize(at);
  }
  fault_ = point;
}

Status RealFileSystem::fault_point(std::string_view point) {
  if (fault_.empty() || point != fault_ || ++fault_hits_ != fault_at_) return ok_status();
  if (!fault_fails_) raise(SIGKILL);
  return write_error(std::string(point), "injected fault (PMADMIN_FAULT)");
}

Status RealFileSystem::remove_dir(const std::string& path) {
  if (rmdir(path.c_str()) != 0) return write_error(path, trf("cannot remove folder: {}", errno_text()));
  if (!fsync_dir(parent_path(path))) return write_error(path, trf("cannot sync folder: {}", errno_text()));
  return ok_status();
}

Status RealFileSystem::remove(const std::string& path) {
  if (unlink(path.c_str()) != 0) return write_error(path, trf("cannot remove: {}", errno_text()));
  if (!fsync_dir(parent_path(path))) return write_error(path, trf("cannot sync folder: {}", errno_text()));
  return ok_status();
}

Status RealFileSystem::make_dirs(const std::string& path) {
  if (path.empty() || kind(path) == FileKind::directory) return ok_status();
  if (Status parent = make_dirs(parent_path(path)); !parent) return parent;
  if (mkdir(path.c_str(), 0755) != 0 && errno != EEXIST)
    return write_error(path, trf("cannot create folder: {}", errno_text()));
  if (kind(path) != FileKind::directory) return write_error(path, tr("is not a folder"));
  return ok_status();
}

Result<std::unique_ptr<Lock>> RealFileSystem::lock(const std::string& path, int timeout_ms) {
  if (Status s = make_dirs(parent_path(path)); !s) return s.errors();
  int fd = open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
  if (fd < 0) return write_error(path, trf("cannot open the lock file: {}", errno_text()));
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  while (flock(fd, LOCK_EX | LOCK_NB) != 0) {
    if (errno != EWOULDBLOCK && errno != EINTR) {
      close(fd);
      return write_error(path, trf("cannot lock: {}", errno_text()));
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      close(fd);
      Diagnostic d =
          write_error(path, trf("another pmadmin command holds the project lock (waited {} ms)", timeout_ms));
      d.hint = tr("retry when it has finished; nothing was changed");
      return d;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return std::unique_ptr<Lock>(std::make_unique<FdLock>(fd));
}

}  // namespace pmadmin

namespace pmadmin {

FileKind MemoryFileSystem::kind(const std::string& path) const {
  if (files_.count(path)) return FileKind::regular;
  auto it = files_.lower_bound(path + "/");
  if (it != files_.end() && it->first.compare(0, path.size() + 1, path + "/") == 0) return FileKind::directory;
  return FileKind::missing;
}

Result<std::string> MemoryFileSystem::read(const std::string& path, const std::string& display,
                                           std::size_t max_bytes) const {
  auto it = files_.find(path);
  if (it == files_.end()) return make_error(display, 0, 0, tr("cannot read: no such file"));
  if (it->second.size() > max_bytes) return make_error(display, 0, 0, tr("file is larger than 1 MiB"));
  return it->second;
}

Result<std::vector<std::string>> MemoryFileSystem::list(const std::string& dir) const {
  std::vector<std::string> names;
  std::string prefix = dir + "/";
  for (auto it = files_.lower_bound(prefix); it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0;
       ++it) {
    std::string rest = it->first.substr(prefix.size());
    std::string name = rest.substr(0, rest.find('/'));
    if (names.empty() || names.back() != name) names.push_back(name);
  }
  return names;
}

Status MemoryFileSystem::write_atomic(const std::string& path, const std::string& bytes, bool create_new) {
  if (create_new && files_.count(path)) {
    Diagnostic d = make_error(path, 0, 0, tr("cannot create: already exists"));
    d.kind = ErrorKind::write;
    return d;
  }
  files_[path] = bytes;
  return ok_status();
}

Status MemoryFileSystem::remove_dir(const std::string& path) {
  if (kind(path) == FileKind::directory) {
    Diagnostic d = make_error(path, 0, 0, tr("cannot remove folder: not empty"));
    d.kind = ErrorKind::write;
    return d;
  }
  return ok_status();
}

Status MemoryFileSystem::remove(const std::string& path) {
  if (files_.erase(path) == 0) {
    Diagnostic d = make_error(path, 0, 0, tr("cannot remove: no such file"));
    d.kind = ErrorKind::write;
    return d;
  }
  return ok_status();
}

}  // namespace pmadmin

// The real file system in a temporary folder: atomic writes, exclusive creates, strict
// reads, sorted listings, removal and the project lock.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "store/fs.hpp"

using namespace pmadmin;

namespace {

/// A fresh folder under TMPDIR, removed with everything in it at the end of the test.
struct TempDir {
  std::string path;
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "pmadmin-fs-XXXXXX").string();
    path = mkdtemp(pattern.data()) ? pattern : "";
    REQUIRE_FALSE(path.empty());
  }
  ~TempDir() { std::filesystem::remove_all(path); }
  std::string operator/(const std::string& name) const { return path + "/" + name; }
};

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// Names in `dir`, including the hidden ones a crashed write would leave behind.
std::vector<std::string> entries(const std::string& dir) {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(dir)) out.push_back(e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("write_atomic replaces a file whole and leaves no temporary file behind") {
  TempDir dir;
  RealFileSystem fs;
  REQUIRE(fs.write_atomic(dir / "a.yaml", "first\n", false).ok());
  REQUIRE(fs.write_atomic(dir / "a.yaml", "second, longer\n", false).ok());
  CHECK(slurp(dir / "a.yaml") == "second, longer\n");
  CHECK(entries(dir.path) == std::vector<std::string>{"a.yaml"});
  struct stat st {};
  REQUIRE(stat((dir / "a.yaml").c_str(), &st) == 0);
  mode_t mask = umask(0);
  umask(mask);
  CHECK((st.st_mode & 0777) == (0644 & ~mask));
}

TEST_CASE("an exclusive create never overwrites, and says so as a write error (exit 4)") {
  TempDir dir;
  RealFileSystem fs;
  REQUIRE(fs.write_atomic(dir / "t.yaml", "mine\n", true).ok());
  Status again = fs.write_atomic(dir / "t.yaml", "theirs\n", true);
  REQUIRE_FALSE(again.ok());
  CHECK(again.errors()[0].kind == ErrorKind::write);
  CHECK(again.errors()[0].message == "cannot create: already exists");
  CHECK(exit_code_for(again.errors()) == 4);
  CHECK(slurp(dir / "t.yaml") == "mine\n");
  CHECK(entries(dir.path) == std::vector<std::string>{"t.yaml"});
}

TEST_CASE("a write into a missing folder fails cleanly; make_dirs makes the folders") {
  TempDir dir;
  RealFileSystem fs;
  CHECK_FALSE(fs.write_atomic(dir / "no/such/x.yaml", "x", false).ok());
  REQUIRE(fs.make_dirs(dir / "no/such").ok());
  CHECK(fs.kind(dir / "no/such") == FileKind::directory);
  REQUIRE(fs.write_atomic(dir / "no/such/x.yaml", "x", false).ok());
  CHECK(fs.kind(dir / "no/such/x.yaml") == FileKind::regular);
}

TEST_CASE("read refuses what is not a small regular file") {
  TempDir dir;
  RealFileSystem fs;
  REQUIRE(fs.write_atomic(dir / "ok.yaml", "id: x\n", false).ok());
  CHECK(*fs.read(dir / "ok.yaml", "ok.yaml", 100) == "id: x\n");
  auto big = fs.read(dir / "ok.yaml", "ok.yaml", 3);
  REQUIRE_FALSE(big.ok());
  CHECK(big.errors()[0].message == "file is larger than 1 MiB (6 bytes)");
  REQUIRE(symlink((dir / "ok.yaml").c_str(), (dir / "link.yaml").c_str()) == 0);
  CHECK(fs.kind(dir / "link.yaml") == FileKind::symlink);
  auto link = fs.read(dir / "link.yaml", "link.yaml", 100);
  REQUIRE_FALSE(link.ok());
  CHECK(link.errors()[0].message == "is a symbolic link; pmadmin reads only regular files");
  CHECK(link.errors()[0].file == "link.yaml");
  REQUIRE(mkfifo((dir / "fifo.yaml").c_str(), 0644) == 0);
  CHECK(fs.kind(dir / "fifo.yaml") == FileKind::other);
  auto fifo = fs.read(dir / "fifo.yaml", "fifo.yaml", 100);  // must not hang
  REQUIRE_FALSE(fifo.ok());
  CHECK(fifo.errors()[0].message == "is not a regular file (a FIFO, socket or device?)");
  REQUIRE(fs.make_dirs(dir / "sub.yaml").ok());
  CHECK(fs.read(dir / "sub.yaml", "sub.yaml", 100).errors()[0].message == "is a directory, not a file");
  CHECK(fs.kind(dir / "missing.yaml") == FileKind::missing);
}

TEST_CASE("list is sorted bytewise and remove takes a file away") {
  TempDir dir;
  RealFileSystem fs;
  for (const char* name : {"b.yaml", "A.yaml", "a.yaml", "设计.yaml"})
    REQUIRE(fs.write_atomic(dir / name, "x", false).ok());
  CHECK(*fs.list(dir.path) == std::vector<std::string>{"A.yaml", "a.yaml", "b.yaml", "设计.yaml"});
  REQUIRE(fs.remove(dir / "b.yaml").ok());
  CHECK(fs.kind(dir / "b.yaml") == FileKind::missing);
  Status gone = fs.remove(dir / "b.yaml");
  REQUIRE_FALSE(gone.ok());
  CHECK(gone.errors()[0].kind == ErrorKind::write);
}

TEST_CASE("the lock is exclusive while held and free once released") {
  TempDir dir;
  RealFileSystem fs;
  std::string lock_file = dir / ".pmadmin/lock";
  auto first = fs.lock(lock_file, 0);
  REQUIRE(first.ok());
  CHECK(fs.kind(lock_file) == FileKind::regular);  // the folder is made on demand
  auto second = fs.lock(lock_file, 50);            // another open file description: flock conflicts
  REQUIRE_FALSE(second.ok());
  CHECK(second.errors()[0].kind == ErrorKind::write);
  CHECK(second.errors()[0].message == "another pmadmin command holds the project lock (waited 50 ms)");
  CHECK(second.errors()[0].hint == "retry when it has finished; nothing was changed");
  first->reset();  // released
  CHECK(fs.lock(lock_file, 0).ok());
}

TEST_CASE("paths join and split with std::filesystem's rules") {
  CHECK(join_path("/p", "tasks/t-1.yaml") == "/p/tasks/t-1.yaml");
  CHECK(join_path("/p/", "x") == "/p/x");
  CHECK(join_path("", "x") == "x");
  CHECK(parent_path("/p/tasks/t-1.yaml") == "/p/tasks");
  CHECK(parent_path("/x") == "/");
  CHECK(parent_path("x") == "");
}

// The journal of all-or-nothing changes: its encoding, a torn journal, rolling back.
#include <doctest/doctest.h>

#include "store/journal.hpp"

using namespace pmadmin;

namespace {
std::vector<JournalEntry> sample() {
  return {JournalEntry{"tasks/t-1.yaml", std::string("id: t-1\ntitle: Old\n"), std::string("id: t-1\ntitle: New\n")},
          JournalEntry{"tasks/t-2.yaml", std::nullopt, std::string("id: t-2\n")},
          // bytes with newlines, NUL and what looks like the format's own tags
          JournalEntry{"people/x.yaml", std::string("path 3\nold -\n\0end\n", 18), std::nullopt}};
}
}  // namespace

TEST_CASE("journal: every entry survives encoding, whatever its bytes") {
  auto decoded = decode_journal(encode_journal(sample()));
  REQUIRE(decoded);
  REQUIRE(decoded->size() == 3);
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK((*decoded)[i].path == sample()[i].path);
    CHECK((*decoded)[i].old_bytes == sample()[i].old_bytes);
    CHECK((*decoded)[i].new_bytes == sample()[i].new_bytes);
  }
  auto empty = decode_journal(encode_journal({}));
  REQUIRE(empty);
  CHECK(empty->empty());
}

TEST_CASE("journal: a torn or foreign journal decodes to nothing, at every cut") {
  const std::string whole = encode_journal(sample());
  for (std::size_t cut = 0; cut < whole.size(); ++cut) CHECK_FALSE(decode_journal(whole.substr(0, cut)));
  CHECK_FALSE(decode_journal("not a journal\nend\n"));
  std::string wrong_length = whole;
  wrong_length.replace(wrong_length.find("old 18"), 6, "old 99");  // a length past the bytes
  CHECK_FALSE(decode_journal(wrong_length));
}

TEST_CASE("journal: rolling back restores old bytes and removes created files, twice is once") {
  MemoryFileSystem fs;
  fs.add("/p/tasks/t-1.yaml", "id: t-1\ntitle: New\n");  // applied
  fs.add("/p/tasks/t-2.yaml", "id: t-2\n");              // created by the change
  // people/x.yaml: the change removed it
  REQUIRE(roll_back(fs, "/p", sample()));
  CHECK(fs.files().at("/p/tasks/t-1.yaml") == "id: t-1\ntitle: Old\n");
  CHECK(fs.files().count("/p/tasks/t-2.yaml") == 0);
  CHECK(fs.files().at("/p/people/x.yaml") == std::string("path 3\nold -\n\0end\n", 18));
  const auto after_once = fs.files();
  REQUIRE(roll_back(fs, "/p", sample()));
  CHECK(fs.files() == after_once);
}

TEST_CASE("journal: recover rolls back an interrupted change and removes the journal") {
  MemoryFileSystem fs;
  fs.add("/p/tasks/t-1.yaml", "id: t-1\ntitle: New\n");
  fs.add("/p/tasks/t-2.yaml", "id: t-2\n");
  fs.add("/p/.pmadmin/journal", encode_journal(sample()));
  CHECK(has_journal(fs, "/p"));
  auto r = recover(fs, "/p");
  REQUIRE(r);
  CHECK(*r);
  CHECK_FALSE(has_journal(fs, "/p"));
  CHECK(fs.files().at("/p/tasks/t-1.yaml") == "id: t-1\ntitle: Old\n");
  CHECK(fs.files().count("/p/tasks/t-2.yaml") == 0);

  SUBCASE("a torn journal: the crash came before any file was touched; it is only removed") {
    MemoryFileSystem torn;
    torn.add("/p/tasks/t-1.yaml", "id: t-1\ntitle: Old\n");
    const std::string whole = encode_journal(sample());
    torn.add("/p/.pmadmin/journal", whole.substr(0, whole.size() / 2));
    auto t = recover(torn, "/p");
    REQUIRE(t);
    CHECK(*t);
    CHECK(torn.files().size() == 1);
    CHECK(torn.files().at("/p/tasks/t-1.yaml") == "id: t-1\ntitle: Old\n");
  }
  SUBCASE("no journal: nothing to do") {
    auto again = recover(fs, "/p");
    REQUIRE(again);
    CHECK_FALSE(*again);
  }
}

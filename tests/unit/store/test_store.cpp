#include <doctest/doctest.h>

#include <algorithm>

#include "render/diagnostic.hpp"
#include "store/codec.hpp"
#include "store/store.hpp"
#include "store/undo.hpp"
#include "unit/helpers.hpp"

using namespace pmadmin;

TEST_CASE("a small project loads") {
  auto fs = test::small_project();
  Diagnostics warnings;
  auto p = load_project(fs, "/p", warnings);
  REQUIRE_MESSAGE(p.ok(), render_diagnostics(p.errors()));
  CHECK(p->people.size() == 2);
  CHECK(p->tasks.at("t-1").owner == "bob");
  CHECK(warnings.empty());
}

TEST_CASE("problems in several files are all reported in one run, with source lines") {
  auto fs = test::small_project();
  fs.add("/p/tasks/t-2.yaml", "id: t-2\ntitle: x\nprogress: 101\n");
  fs.add("/p/people/carol.yaml", "id: carol\nname: Carol\nrole: [member]\n");
  Diagnostics warnings;
  auto p = load_project(fs, "/p", warnings);
  REQUIRE_FALSE(p.ok());
  REQUIRE(p.errors().size() == 2);
  CHECK(p.errors()[0].file == "people/carol.yaml");
  CHECK(p.errors()[0].hint == "did you mean \"roles\"?");
  CHECK(p.errors()[0].source_line == "role: [member]");
  CHECK(p.errors()[1].file == "tasks/t-2.yaml");
  CHECK(render_diagnostic(p.errors()[1]) ==
        "tasks/t-2.yaml:3:11: error: \"progress\" must be a whole number from 0 to 100, not 101\n"
        " 3 | progress: 101\n"
        "   |           ^\n"
        "  hint: write a whole number from 0 to 100, without quotes\n");
}

TEST_CASE("dangling references get did-you-mean") {
  auto fs = test::small_project();
  fs.add("/p/tasks/t-1.yaml", "id: t-1\ntitle: First\nowner: bobb\ndepends: [t-2, t-1]\ncategory: labor\n");
  Diagnostics warnings;
  auto p = load_project(fs, "/p", warnings);
  REQUIRE_FALSE(p.ok());
  REQUIRE(p.errors().size() == 4);
  CHECK(render_diagnostic(p.errors()[0]) ==
        "tasks/t-1.yaml:3:8: error: unknown person \"bobb\"\n"
        " 3 | owner: bobb\n"
        "   |        ^\n"
        "  hint: did you mean \"bob\"?\n");
  CHECK(p.errors()[1].message == "unknown task \"t-2\"");
  CHECK(p.errors()[1].hint == "did you mean \"t-1\"?");
  CHECK(p.errors()[2].message == "task \"t-1\" depends on itself");
  CHECK(p.errors()[3].message == "unknown budget category \"labor\"");
}

TEST_CASE("file names must be IDs; stray files are warned about") {
  auto fs = test::small_project();
  fs.add("/p/tasks/Con.yaml", "id: x\n");
  fs.add("/p/tasks/notes.txt", "hello");
  fs.add("/p/tasks/.t-1.yaml.swp", "binary");
  Diagnostics warnings;
  auto p = load_project(fs, "/p", warnings);
  REQUIRE_FALSE(p.ok());
  CHECK(p.errors()[0].file == "tasks/Con.yaml");
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].file == "tasks/notes.txt");
}

TEST_CASE("write_changes skips identical bytes and refuses to overwrite on create") {
  auto fs = test::small_project();
  Diagnostics warnings;
  auto p = load_project(fs, "/p", warnings);
  REQUIRE(p.ok());
  std::string same = fs.files().at("/p/tasks/t-1.yaml");
  auto r = write_changes(fs, "/p", {{"tasks/t-1.yaml", same, false}, {"tasks/t-9.yaml", "id: t-9\ntitle: n\n", false}},
                         false, true);
  REQUIRE(r.ok());
  CHECK(r->unchanged == std::vector<std::string>{"tasks/t-1.yaml"});
  CHECK(r->written == std::vector<std::string>{"tasks/t-9.yaml"});
  auto clash = write_changes(fs, "/p", {{"tasks/t-9.yaml", "x", true}}, false, true);
  REQUIRE_FALSE(clash.ok());
  CHECK(exit_code_for(clash.errors()) == 4);
  CHECK(fs.files().at("/p/tasks/t-9.yaml") == "id: t-9\ntitle: n\n");
}

TEST_CASE("a mutation that leaves the project invalid writes nothing") {
  auto fs = test::small_project();
  auto before = fs.files();
  Diagnostics warnings;
  auto r = mutate_project(
      fs, "/p", MutationOptions{},
      [](Project& p) -> Result<Outcome> {
        p.tasks.at("t-1").owner = "nobody";
        Outcome out;
        out.changed(EntityKind::task, "t-1");
        return out;
      },
      warnings);
  REQUIRE_FALSE(r.ok());
  CHECK(r.errors()[0].message == "unknown person \"nobody\"");
  CHECK(fs.files() == before);
}

TEST_CASE("dry run reports but does not write") {
  auto fs = test::small_project();
  auto before = fs.files();
  Diagnostics warnings;
  MutationOptions o;
  o.dry_run = true;
  auto r = mutate_project(
      fs, "/p", o,
      [](Project& p) -> Result<Outcome> {
        p.tasks.at("t-1").progress = 50;
        Outcome out;
        out.changed(EntityKind::task, "t-1");
        return out;
      },
      warnings);
  REQUIRE(r.ok());
  CHECK(r->written == std::vector<std::string>{"tasks/t-1.yaml"});
  CHECK(fs.files() == before);
}

TEST_CASE("find_project_root walks up like git") {
  auto fs = test::small_project();
  CHECK(find_project_root(fs, "/p/tasks/deeper") == std::optional<std::string>("/p"));
  CHECK_FALSE(find_project_root(fs, "/elsewhere"));
}

TEST_CASE("the bundled example loads and every file is already canonical") {
  RealFileSystem fs;
  std::string root = std::string(PMADMIN_SOURCE_DIR) + "/examples/website-redesign";
  Diagnostics warnings;
  auto p = load_project(fs, root, warnings);
  REQUIRE_MESSAGE(p.ok(), render_diagnostics(p.errors()));
  CHECK(warnings.empty());
  CHECK(p->tasks.size() >= 25);
  CHECK(p->people.size() >= 5);
  for (const auto& change : encode_project(*p)) {
    auto bytes = fs.read(root + "/" + change.path, change.path, 1 << 20);
    REQUIRE(bytes.ok());
    CHECK_MESSAGE(*bytes == change.bytes, change.path);
  }
}

TEST_CASE("real file system: atomic replace, exclusive create, lock timeout") {
  RealFileSystem fs;
  char tmpl[] = "/tmp/pmadmin-fs-XXXXXX";
  std::string dir = mkdtemp(tmpl);
  std::string f = dir + "/a.yaml";
  REQUIRE(fs.write_atomic(f, "one\n", true).ok());
  CHECK_FALSE(fs.write_atomic(f, "two\n", true).ok());  // exclusive create refuses
  CHECK(*fs.read(f, "a.yaml", 100) == "one\n");
  REQUIRE(fs.write_atomic(f, "three\n", false).ok());
  CHECK(*fs.read(f, "a.yaml", 100) == "three\n");
  auto names = fs.list(dir);
  REQUIRE(names.ok());
  CHECK(*names == std::vector<std::string>{"a.yaml"});  // no temporary file left behind
  auto held = fs.lock(dir + "/.pmadmin/lock", 100);
  REQUIRE(held.ok());
  RealFileSystem other;
  auto second = other.lock(dir + "/.pmadmin/lock", 100);
  REQUIRE_FALSE(second.ok());
  CHECK(exit_code_for(second.errors()) == 4);
  CHECK_FALSE(fs.read(f, "a.yaml", 3).ok());  // over the size limit
  std::string cleanup = "rm -rf '" + dir + "'";
  CHECK(std::system(cleanup.c_str()) == 0);
}

TEST_CASE("undo: the last change's files back, only when untouched since, and all of them") {
  auto fs = test::small_project();
  const std::string before = fs.files().at("/p/tasks/t-1.yaml");
  Diagnostics warnings;
  auto progress = [](int pct) {
    return [pct](Project& p) -> Result<Outcome> {
      p.tasks.at("t-1").progress = pct;
      Outcome out;
      out.changed(EntityKind::task, "t-1");
      out.summary = "progress " + std::to_string(pct);
      return out;
    };
  };
  REQUIRE(mutate_project(fs, "/p", MutationOptions{}, progress(30), warnings));
  const std::string at30 = fs.files().at("/p/tasks/t-1.yaml");
  REQUIRE(mutate_project(fs, "/p", MutationOptions{}, progress(60), warnings));
  auto steps = list_undo(fs, "/p");
  REQUIRE(steps.size() == 2);
  CHECK(steps[0].summary == "progress 60");
  auto undone = undo_last(fs, "/p", 1000, false);
  REQUIRE(undone);
  CHECK(undone->summary == "undid: progress 60 (as of )");
  CHECK(fs.files().at("/p/tasks/t-1.yaml") == at30);
  // A hand edit since the change: refused, naming the file, nothing written.
  fs.add("/p/tasks/t-1.yaml", at30 + "# a note\n");
  auto refused = undo_last(fs, "/p", 1000, false);
  REQUIRE_FALSE(refused);
  CHECK(refused.errors()[0].message == "cannot undo \"progress 30\": tasks/t-1.yaml changed since; nothing undone");
  CHECK(fs.files().at("/p/tasks/t-1.yaml") == at30 + "# a note\n");
  fs.add("/p/tasks/t-1.yaml", at30);
  REQUIRE(undo_last(fs, "/p", 1000, false));
  CHECK(fs.files().at("/p/tasks/t-1.yaml") == before);
  CHECK_FALSE(undo_last(fs, "/p", 1000, false));  // nothing left
  // Only the last 20 are kept.
  for (int i = 1; i <= 25; ++i) REQUIRE(mutate_project(fs, "/p", MutationOptions{}, progress(i), warnings));
  auto kept = list_undo(fs, "/p");
  CHECK(kept.size() == 20);
  CHECK(kept.front().summary == "progress 25");
  CHECK(kept.back().summary == "progress 6");
}

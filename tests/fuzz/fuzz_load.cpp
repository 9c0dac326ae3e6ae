// A libFuzzer target for the strict loader and `check`: the input becomes one file of a
// small valid project (its first byte picks which file), which is then loaded whole and, when
// it loads, checked. Nothing may crash, hang or trip a sanitizer, whatever the bytes.
//
// Built two ways (tests/fuzz/CMakeLists.txt): with clang and -fsanitize=fuzzer for fuzzing
// (tests/fuzz/run.sh), and as a plain program that replays saved inputs given as arguments, which
// the test suite runs over tests/data/fuzz/ (every crash once found stays a regression test).
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include "analysis/checks.hpp"
#include "store/fs.hpp"
#include "store/store.hpp"

namespace {

using namespace pmadmin;

const MemoryFileSystem& base_project() {
  static const MemoryFileSystem fs = [] {
    MemoryFileSystem m;
    m.add("/p/pmadmin.yaml",
          "schema: 1\nname: Fuzz\nstart: 2026-03-02\nroles:\n  client-admin:\n    permissions: [manage-roles, "
          "approve-budget, set-baseline]\n  member:\n    permissions: []\n");
    m.add("/p/people/alice.yaml",
          "id: alice\nname: Alice\norg: client\nroles: [client-admin]\nhistory:\n  - date: 2026-03-02\n    action: "
          "grant\n    role: client-admin\n    by: alice\n");
    m.add("/p/tasks/t-1.yaml",
          "id: t-1\ntitle: First\nowner: alice\nduration: 3d\ncategory: design\ndue: 2026-03-10\n");
    m.add("/p/budget/plan.yaml", "categories:\n  design:\n    planned: \"1000.00\"\nadjustments: []\n");
    return m;
  }();
  return fs;
}

/// Where the input goes, picked by its first byte.
const char* kPlaces[] = {"/p/tasks/t-f.yaml",
                         "/p/people/f.yaml",
                         "/p/pmadmin.yaml",
                         "/p/budget/plan.yaml",
                         "/p/budget/expenses/e-f.yaml",
                         "/p/risks/r-f.yaml",
                         "/p/reviews/v-f.yaml",
                         "/p/surveys/s-f/survey.yaml",
                         "/p/baselines/f.yaml",
                         "/p/surveys/s-1/responses/alice.yaml"};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  MemoryFileSystem fs = base_project();
  const char* place = kPlaces[data[0] % std::size(kPlaces)];
  fs.add(place, std::string(reinterpret_cast<const char*>(data) + 1, size - 1));
  if (std::string(place).find("s-1/responses") != std::string::npos)
    fs.add("/p/surveys/s-1/survey.yaml",
           "id: s-1\ntitle: Pulse\nopened: 2026-03-02\nquestions:\n  - id: q1\n    kind: nps\n    text: Recommend?\n");
  Diagnostics warnings;
  auto project = load_project(fs, "/p", warnings);
  if (project) (void)run_checks(*project, Date::from_ymd(2026, 4, 3), {});
  return 0;
}

#ifdef PMADMIN_FUZZ_REPLAY
/// Replays saved inputs: pmadmin_fuzz_replay FILE...
int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
  }
  std::cout << "replayed " << (argc - 1) << " inputs\n";
  return 0;
}
#endif

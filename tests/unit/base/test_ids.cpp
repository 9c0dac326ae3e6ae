#include <doctest/doctest.h>

#include <set>

#include "base/ids.hpp"

using namespace pmadmin;

TEST_CASE("IDs that could become dangerous paths are refused") {
  CHECK_FALSE(id_problem("t-7kq2"));
  CHECK_FALSE(id_problem("2fa-setup"));
  CHECK_FALSE(id_problem(std::string(64, 'a')));
  for (const char* bad : {"", "../x", "A/B", "a/b", ".hidden", "-lead", "Upper", "with space", "con", "nul", "aux",
                          "prn", "com1", "lpt9", "t_1", "设计"})
    CHECK_MESSAGE(id_problem(bad), bad);
  CHECK(id_problem(std::string(65, 'a')));
  CHECK_FALSE(id_problem("console"));  // only the exact device names are reserved
}

TEST_CASE("random IDs use the readable alphabet and avoid taken ones") {
  std::set<std::string> taken;
  for (int i = 0; i < 200; ++i) {
    std::string id = random_id("t", [&](const std::string& c) { return taken.count(c) > 0; });
    REQUIRE(id.size() == 6);
    CHECK(id.substr(0, 2) == "t-");
    for (char c : id.substr(2)) CHECK(kIdAlphabet.find(c) != std::string_view::npos);
    CHECK_FALSE(id_problem(id));
    CHECK(taken.insert(id).second);
  }
}

TEST_CASE("person slugs") {
  CHECK(slug_from("Bob Li") == "bob-li");
  CHECK(slug_from("bob.li@example.com") == "bob-li");
  CHECK(slug_from("陈伟").empty());
  CHECK(slug_from("Con").empty());  // reserved
}

TEST_CASE("ids: a refused ID gets the real rule and a proposal") {
  const std::string rule =
      "an ID is made of lowercase ASCII letters a-z, digits 0-9 and '-', starts with a letter or a digit, and has "
      "at most 64 characters";
  CHECK(id_problem("材料") == rule);
  CHECK(id_problem("Design") == rule);
  CHECK(id_problem("-x") == rule);
  CHECK(id_problem(std::string(65, 'a')) == rule);
  CHECK(id_fix_hint("Design Phase", "t-1") == "IDs become file names, so they are plain ASCII; try \"design-phase\"");
  CHECK(id_fix_hint("合同版 v2", "contract-v1") == "IDs become file names, so they are plain ASCII; try \"v2\"");
  CHECK(id_fix_hint("材料", "materials") ==
        "IDs become file names, so they are plain ASCII: use one like \"materials\", and keep \"材料\" as its name or "
        "title");
  CHECK(id_fix_hint("2026", "materials").find("use one like \"materials\"") != std::string::npos);
}

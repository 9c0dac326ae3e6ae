#include <doctest/doctest.h>

#include "edit/init.hpp"
#include "render/diagnostic.hpp"
#include "store/store.hpp"
#include "store/templates.hpp"

using namespace pmadmin;

TEST_CASE("the three templates exist and create valid projects") {
  std::vector<std::string> names;
  for (const auto& t : list_templates()) names.push_back(t.name);
  CHECK(names == std::vector<std::string>{"blank", "software", "software-zh"});
  for (const auto& name : names) {
    MemoryFileSystem fs;
    InitOptions o;
    o.dir = "/new";
    o.template_name = name;
    o.name = "Demo";
    o.admin_id = "alice";
    o.today = *Date::parse("2026-03-02");
    auto r = init_project(fs, o);
    REQUIRE_MESSAGE(r.ok(), render_diagnostics(r.errors()));
    Diagnostics w;
    auto p = load_project(fs, "/new", w);
    REQUIRE_MESSAGE(p.ok(), render_diagnostics(p.errors()));
    CHECK(p->config.name == "Demo");
    CHECK(p->people.at("alice").roles == std::vector<std::string>{"client-admin"});
    CHECK(fs.files().count("/new/HANDBOOK.md"));
    CHECK(fs.files().at("/new/.gitignore").find(".pmadmin/") != std::string::npos);
    std::string handbook = fs.files().at("/new/HANDBOOK.md");
    CHECK(handbook.find("{{") == std::string::npos);
    CHECK(handbook.find("pmadmin budget adjust") != std::string::npos);
    if (name != "blank") {
      CHECK(p->tasks.size() >= 10);
      CHECK(p->tasks.at("admin-1-handbook").owner == "alice");
      CHECK(!p->tasks.at("p2-design").acceptance.empty());
      CHECK(p->risks.size() >= 5);
      CHECK(p->config.meetings.size() == 1);
    }
    auto again = init_project(fs, o);
    REQUIRE_FALSE(again.ok());
    CHECK(again.errors()[0].message == "/new already holds a pmadmin project; refusing to overwrite it");
  }
}

TEST_CASE("software-zh is in Chinese") {
  MemoryFileSystem fs;
  InitOptions o;
  o.dir = "/zh";
  o.template_name = "software-zh";
  o.admin_name = "王芳";  // no ID given: made from the e-mail, the name having no ASCII
  o.admin_email = "wang.fang@example.org";
  o.today = *Date::parse("2026-03-02");
  auto r = init_project(fs, o);
  REQUIRE(r.ok());
  CHECK(r->admin == "wang-fang");
  CHECK(fs.files().at("/zh/pmadmin.yaml").find("created-by: wang-fang\ncreated-on: 2026-03-02\n") != std::string::npos);
  CHECK(fs.files().at("/zh/tasks/p5-launch.yaml").find("正式上线") != std::string::npos);
  CHECK(fs.files().at("/zh/HANDBOOK.md").find("甲方管理员手册") != std::string::npos);
}

TEST_CASE("unknown template gets a suggestion") {
  MemoryFileSystem fs;
  InitOptions o;
  o.dir = "/x";
  o.template_name = "sofware";
  auto r = init_project(fs, o);
  REQUIRE_FALSE(r.ok());
  CHECK(r.errors()[0].hint == "did you mean \"software\"?");
  CHECK(fs.files().empty());
}

TEST_CASE("init always has an admin: given, made from a name or e-mail, or a refusal showing the flags") {
  MemoryFileSystem fs;
  InitOptions o;
  o.dir = "/a";
  o.today = *Date::parse("2026-03-02");
  auto none = init_project(fs, o);
  REQUIRE_FALSE(none.ok());
  CHECK(none.errors()[0].message ==
        "a project needs its client admin, who grants roles and approves the budget, and none was given");
  CHECK(none.errors()[0].hint.find("pass --admin ID --admin-name") == 0);
  CHECK(fs.files().empty());
  o.admin_name = "Ada Lovelace";
  auto named = init_project(fs, o);
  REQUIRE(named.ok());
  CHECK(named->admin == "ada-lovelace");
  Diagnostics w;
  auto p = load_project(fs, "/a", w);
  REQUIRE(p.ok());
  CHECK(p->config.created_by == "ada-lovelace");
  CHECK(p->config.created_on == o.today);
  CHECK(p->people.at("ada-lovelace").history.at(0).by == "ada-lovelace");
}

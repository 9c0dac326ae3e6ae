#include <doctest/doctest.h>

#include "render/diagnostic.hpp"
#include "store/yaml_tree.hpp"

using namespace pmadmin;

namespace {
std::string first_error(std::string_view text) {
  auto r = parse_yaml_strict(text, "f.yaml");
  REQUIRE_FALSE(r.ok());
  const Diagnostic& d = r.errors().front();
  return std::to_string(d.line) + ":" + std::to_string(d.col) + " " + d.message;
}
}  // namespace

TEST_CASE("a plain map keeps positions, order and quoting") {
  auto r = parse_yaml_strict("id: t-1\ntitle: \"no\"\ntags: [a, b]\n", "f.yaml");
  REQUIRE(r.ok());
  const YamlNode& root = *r;
  REQUIRE(root.is_map());
  REQUIRE(root.keys.size() == 3);
  CHECK(root.keys[1].value == "title");
  CHECK(root.items[1].value == "no");
  CHECK(root.items[1].quoted);
  CHECK_FALSE(root.items[0].quoted);
  CHECK(root.items[1].line == 2);
  CHECK(root.items[1].col == 8);
  CHECK(root.find("tags")->items.size() == 2);
}

TEST_CASE("byte-level problems are refused with a position") {
  CHECK(first_error("") == "0:0 file is empty");
  CHECK(first_error("\xEF\xBB\xBFid: x\n") == "1:1 file starts with a byte-order mark");
  CHECK(first_error(std::string_view("id: x\ntitle: a\0b\n", 17)) ==
        "2:9 file contains a NUL byte; is it a binary file?");
  CHECK(first_error("id: x\ntitle: caf\xe9\n") == "2:11 file is not valid UTF-8");
  CHECK(first_error(std::string(kMaxFileBytes + 1, '#')).find("larger than 1 MiB") != std::string::npos);
  CHECK(first_error("# only a comment\n") == "0:0 file has no content (only comments or blank lines)");
}

TEST_CASE("YAML features pmadmin refuses") {
  CHECK(first_error("a: 1\nb: 2\na: 3\n") == "3:1 duplicate key \"a\" (first at line 1)");
  CHECK(first_error("a: &x 1\nb: 2\n") == "1:4 anchors (&name) are not allowed in pmadmin files");
  auto alias = parse_yaml_strict("a: &x 1\nb: *x\n", "f.yaml");
  REQUIRE_FALSE(alias.ok());
  CHECK(render_diagnostics(alias.errors()).find("2:4: error: aliases (*name) are not allowed") != std::string::npos);
  CHECK_FALSE(parse_yaml_strict("a: 1\nb: *undefined\n", "f.yaml").ok());
  CHECK(first_error("a: 1\n---\nb: 2\n") == "2:1 a second YAML document (---) is not allowed; one entity per file");
  CHECK(first_error("a: !!binary aGk=\n").find("tags") != std::string::npos);
  CHECK(first_error("? [a, b]\n: 1\n").find("key must be") != std::string::npos);
}

TEST_CASE("nesting deeper than 32 is refused; a deep bomb does not crash") {
  std::string ok, deep;
  for (int i = 0; i < 31; ++i) ok += "[";
  for (int i = 0; i < 31; ++i) ok += "]";
  CHECK(parse_yaml_strict("a: " + ok + "\n", "f.yaml").ok());
  for (int i = 0; i < 33; ++i) deep += "[";
  for (int i = 0; i < 33; ++i) deep += "]";
  CHECK(first_error("a: " + deep + "\n").find("nesting is deeper than 32") != std::string::npos);
  std::string bomb(100000, '[');  // yaml-cpp's own depth guard stops this one
  CHECK_FALSE(parse_yaml_strict("a: " + bomb + "\n", "f.yaml").ok());
}

TEST_CASE("an alias bomb is refused without expansion") {
  std::string bomb = "a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\nd: [*c, *c]\n";
  auto r = parse_yaml_strict(bomb, "f.yaml");
  REQUIRE_FALSE(r.ok());
  REQUIRE(r.errors().size() == 2);  // one for anchors, one for aliases, with counts
  CHECK(r.errors()[0].message == "anchors (&name) are not allowed in pmadmin files (2 more in this file)");
  CHECK(r.errors()[1].message ==
        "aliases (*name) are not allowed in pmadmin files; write the value out (5 more in this file)");
}

TEST_CASE("syntax errors carry the parser's position and the source line") {
  auto r = parse_yaml_strict("id: x\ntitle: [unclosed\n", "f.yaml");
  REQUIRE_FALSE(r.ok());
  CHECK(r.errors()[0].message.find("YAML syntax error") == 0);
  CHECK(r.errors()[0].line >= 2);
}

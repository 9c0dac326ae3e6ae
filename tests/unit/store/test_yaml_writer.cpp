#include <doctest/doctest.h>

#include "store/yaml_tree.hpp"
#include "store/yaml_writer.hpp"

using namespace pmadmin;

TEST_CASE("strings another YAML reader would misread are quoted") {
  for (const char* s : {"no",  "No",    "yes",        "on",  "OFF",   "y",    "n",      "true", "null", "~",
                        "010", "12:30", "2026-01-05", "1e3", ".5",    "-x",   "- item", "a: b", "x #c", "key:",
                        "",    " lead", "trail ",     "@at", "`x",    "*ref", "&anc",   "!tag", "%dir", "[a]",
                        "{a}", "|",     ">",          "'q'", "\"q\"", "nan",  ".inf",   "+1"})
    CHECK_MESSAGE(yaml_needs_quotes(s), s);
  for (const char* s : {"Design mockups", "设计首页原型", "t-7kq2", "a:b", "mon", "phase-1", "Yes please"})
    CHECK_MESSAGE(!yaml_needs_quotes(s), s);
}

TEST_CASE("the writer is block style and reads back to the same values") {
  YamlNode m = yaml_map();
  yaml_set(m, "id", yaml_str("t-1"));
  yaml_set(m, "title", yaml_str("no"));
  yaml_set(m, "note", yaml_str("line one\nline two"));
  yaml_set(m, "weird", yaml_str("tab\there \x01 \"q\" \\"));
  yaml_set(m, "empty", yaml_seq());
  YamlNode list = yaml_seq();
  YamlNode item = yaml_map();
  yaml_set(item, "date", yaml_plain("2026-03-02"));
  yaml_set(item, "by", yaml_str("alice"));
  list.items.push_back(item);
  yaml_set(m, "history", list);
  YamlNode nested = yaml_map();
  yaml_set(nested, "2fa", yaml_plain("R"));
  yaml_set(m, "raci", nested);
  std::string text = emit_yaml(m);
  CHECK(text ==
        "id: t-1\n"
        "title: \"no\"\n"
        "note: |-\n"
        "  line one\n"
        "  line two\n"
        "weird: \"tab\\there \\u0001 \\\"q\\\" \\\\\"\n"
        "empty: []\n"
        "history:\n"
        "  - date: 2026-03-02\n"
        "    by: alice\n"
        "raci:\n"
        "  \"2fa\": R\n");
  auto back = parse_yaml_strict(text, "f.yaml");
  REQUIRE(back.ok());
  CHECK(back->find("title")->value == "no");
  CHECK(back->find("note")->value == "line one\nline two");
  CHECK(back->find("weird")->value == "tab\there \x01 \"q\" \\");
  CHECK(back->find("raci")->keys[0].value == "2fa");
}

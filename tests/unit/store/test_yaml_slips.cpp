// The slips of hand-edited YAML: said at their own line, and never on valid text.
#include <doctest/doctest.h>

#include "store/yaml_slips.hpp"
#include "store/yaml_tree.hpp"

using namespace pmadmin;

TEST_CASE("yaml slips: each at its line and column") {
  auto at = [](const char* text) {
    auto d = find_yaml_slip(text, "f.yaml", 0);
    REQUIRE(d);
    return std::pair{d->line, d->col};
  };
  CHECK(at("id: t\n\ttitle: x\n") == std::pair{2, 1});
  CHECK(at("id: t\ntitle: a: b\n") == std::pair{2, 8});
  CHECK(at("id: t\nowner\xEF\xBC\x9A"
           "bob\n") == std::pair{2, 6});
  CHECK(at("id: t\ntitle:x\n") == std::pair{2, 7});
  CHECK(at("id: t\ntags: a\n  - b\n") == std::pair{3, 3});
  CHECK(at("- id: t\n  title: \"x\n") == std::pair{2, 10});
}

TEST_CASE("yaml slips: none in valid text, block scalars, comments and closed quotes") {
  const char* valid =
      "id: t-1\n"
      "title: \"Booking: online widget\"\n"
      "note: 'it''s: fine'\n"
      "weird: \"tab\\there \\\"q\\\" \\\\\"\n"
      "url: http://example.com/a:b\n"
      "# key:value in a comment\n"
      "notes: |\n"
      "  owner:bob and tags: x\n"
      "  \"open quote\n"
      "tags:\n"
      "  - a\n";
  CHECK_FALSE(find_yaml_slip(valid, "f.yaml", 0));
  CHECK_FALSE(find_unclosed_quote(valid, "f.yaml"));
  CHECK(parse_yaml_strict(valid, "f.yaml").ok());
  // Legal YAML, but the open quote swallows the next key: refused at its line.
  auto swallowed = parse_yaml_strict("id: t-1\ntitle: \"Two\nduration: 2d\n", "f.yaml");
  REQUIRE_FALSE(swallowed.ok());
  CHECK(swallowed.errors()[0].line == 2);
  CHECK(swallowed.errors()[0].message == "the value of \"title\" opens a quote \" that its line does not close");
}

// Comments survive a rewrite: before their key or item, after their value, else at the end.
#include <doctest/doctest.h>

#include "store/yaml_comments.hpp"

using namespace pmadmin;

TEST_CASE("comments: placed back before their key, after their value, homeless at the end") {
  const std::string old_text =
      "id: t-1\n"
      "# Owner Lena until the QA lead joins\n"
      "owner: lena  # ask first\n"
      "progress: 0\n"
      "log:\n"
      "  # the first entry\n"
      "  - date: 2026-03-02\n"
      "    by: alice\n"
      "notes: |-\n"
      "  # not a comment: text of the notes\n"
      "  line two\n"
      "gone: x # its key is gone\n"
      "# the end\n";
  const std::string new_text =
      "id: t-1\n"
      "owner: lena\n"
      "progress: 10\n"
      "log:\n"
      "  - date: 2026-03-02\n"
      "    by: alice\n"
      "  - date: 2026-03-05\n"
      "    by: bob\n"
      "notes: |-\n"
      "  # not a comment: text of the notes\n"
      "  line two\n";
  CHECK(keep_comments(old_text, new_text) ==
        "id: t-1\n"
        "# Owner Lena until the QA lead joins\n"
        "owner: lena  # ask first\n"
        "progress: 10\n"
        "log:\n"
        "  # the first entry\n"
        "  - date: 2026-03-02\n"
        "    by: alice\n"
        "  - date: 2026-03-05\n"
        "    by: bob\n"
        "notes: |-\n"
        "  # not a comment: text of the notes\n"
        "  line two\n"
        "# the end\n"
        "# its key is gone\n");
}

TEST_CASE("comments: a canonical file with comments comes back byte for byte; quotes are not comments") {
  const std::string text =
      "id: t-1\n"
      "title: \"Say # not a comment\"  # but this is\n"
      "# before tags\n"
      "tags:\n"
      "  - a # first\n"
      "  - b\n";
  std::string canonical = "id: t-1\ntitle: \"Say # not a comment\"\ntags:\n  - a\n  - b\n";
  CHECK(keep_comments(text, canonical) == text);
  CHECK(keep_comments("id: t-1\n", canonical) == canonical);  // nothing to keep
}

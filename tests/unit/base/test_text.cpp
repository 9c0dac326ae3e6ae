#include <doctest/doctest.h>

#include "base/text.hpp"

using namespace pmadmin;

TEST_CASE("UTF-8 validation finds the first bad byte") {
  CHECK_FALSE(find_invalid_utf8("plain ascii"));
  CHECK_FALSE(find_invalid_utf8("设计首页原型"));
  CHECK(find_invalid_utf8("ab\xff") == std::optional<std::size_t>(2));
  CHECK(find_invalid_utf8("\xc0\xaf") == std::optional<std::size_t>(0));          // overlong '/'
  CHECK(find_invalid_utf8("x\xed\xa0\x80") == std::optional<std::size_t>(1));     // surrogate U+D800
  CHECK(find_invalid_utf8("\xe8\xae") == std::optional<std::size_t>(0));          // truncated
  CHECK(find_invalid_utf8("\xf4\x90\x80\x80") == std::optional<std::size_t>(0));  // > U+10FFFF
}

TEST_CASE("display width counts CJK as two columns") {
  CHECK(display_width("abc") == 3);
  CHECK(display_width("设计") == 4);
  CHECK(display_width("Go-live 上线") == 12);
  CHECK(display_width("e\u0301") == 1);  // combining accent takes no column
  CHECK(pad_right("设计", 6) == "设计  ");
  CHECK(pad_left("7", 3) == "  7");
}

TEST_CASE("truncation respects column width and adds an ellipsis") {
  CHECK(truncate_to_width("abcdef", 6) == "abcdef");
  CHECK(truncate_to_width("abcdef", 4) == "abc\u2026");
  CHECK(truncate_to_width("设计首页", 5) == "设计\u2026");  // 2+2 columns, then the ellipsis
  CHECK(display_width(truncate_to_width("设计首页原型", 7)) <= 7);
}

TEST_CASE("forbidden characters: controls, ESC, bidi overrides") {
  CHECK_FALSE(find_forbidden_char("normal text\twith tab", false));
  CHECK(find_forbidden_char("a\x1b[31mred", false) == std::optional<std::size_t>(1));
  CHECK(find_forbidden_char("line\nbreak", false) == std::optional<std::size_t>(4));
  CHECK_FALSE(find_forbidden_char("line\nbreak", true));
  CHECK(find_forbidden_char("abc\u202Egnp.exe", false) == std::optional<std::size_t>(3));
  CHECK(find_forbidden_char("x\u2066y", false) == std::optional<std::size_t>(1));
  CHECK(find_forbidden_char("\x7f", false) == std::optional<std::size_t>(0));
}

TEST_CASE("terminal escaping neutralises control sequences") {
  CHECK(escape_for_terminal("a\x1b[2Jb") == "a\\x1b[2Jb");
  CHECK(escape_for_terminal("r\u202Eevil") == "r\\u{202e}evil");
  CHECK(escape_for_terminal("设计\n") == "设计\n");
}

TEST_CASE("did you mean") {
  std::vector<std::string> keys = {"title", "status", "owner", "duration"};
  CHECK(closest_match("titel", keys) == "title");
  CHECK(closest_match("durration", keys) == "duration");
  CHECK(closest_match("zzzzzz", keys).empty());
  CHECK(did_you_mean("ownr", keys) == "did you mean \"owner\"?");
  CHECK(edit_distance("kitten", "sitting") == 3);
}

TEST_CASE("one-line text is at most kMaxLineChars characters, counted as characters, not bytes") {
  std::string han;
  for (std::size_t i = 0; i < kMaxLineChars; ++i) han += "项";  // 3 bytes each
  CHECK_FALSE(text_problem(han, false));
  CHECK(text_problem(han + "x", false) == std::optional<std::string>("is longer than 1000 characters"));
  CHECK_FALSE(text_problem(han + "x", true));  // notes and reasons: bounded by their file
}

TEST_CASE("did_you_mean falls back to what to do when nothing is close") {
  CHECK(did_you_mean("titel", {"title", "owner"}, "see docs") == "did you mean \"title\"?");
  CHECK(did_you_mean("zzzzzz", {"title", "owner"}, "see docs") == "see docs");
}

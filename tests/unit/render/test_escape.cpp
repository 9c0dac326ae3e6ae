// Escaping user text for HTML, Markdown, XML and GitHub workflow commands.
#include <doctest/doctest.h>

#include "render/escape.hpp"

using namespace pmadmin;

TEST_CASE("escaping: HTML and Markdown") {
  CHECK(html_escape("<a href=\"x\">Tom & Jerry's</a>") ==
        "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
  CHECK(md_escape("a | b [link](http://x) *bold* <i>\nnext") == "a \\| b \\[link\\](http://x) \\*bold\\* \\<i\\> next");
  CHECK(md_escape("设计 2026-04-03 (draft)") == "设计 2026-04-03 (draft)");
}

TEST_CASE("escaping: XML drops what XML 1.0 cannot hold; GitHub properties escape : and ,") {
  CHECK(xml_escape("a\x01<b") == "a&lt;b");
  CHECK(xml_escape("line\nnext\ttab") == "line&#10;next\ttab");
  CHECK(github_escape("a:b,c%", true) == "a%3Ab%2Cc%25");
  CHECK(github_escape("a:b,c%\r\n", false) == "a:b,c%25\\x0d%0A");  // CR made visible, LF kept as %0A
  CHECK(github_escape("evil\x1b[31m\a.yaml", true) == "evil\\x1b[31m\\x07.yaml");
}

TEST_CASE("shell_quote: a printed command runs as printed, with no raw control character") {
  CHECK(shell_quote("acme-site") == "acme-site");
  CHECK(shell_quote("/tmp/a_b.c@d%e+f=g:h,i") == "/tmp/a_b.c@d%e+f=g:h,i");
  CHECK(shell_quote("Ada's site") == "'Ada'\\''s site'");
  CHECK(shell_quote("$(rm -rf ~)") == "'$(rm -rf ~)'");
  CHECK(shell_quote("项目") == "'项目'");
  CHECK(shell_quote("") == "''");
  CHECK(shell_quote("a\x1b[31mb") == "'a\\x1b[31mb'");
}

// The HTML builder escapes by default; the HTML report keeps hostile text as text.
#include <doctest/doctest.h>

#include "analysis/report.hpp"
#include "render/html.hpp"
#include "render/report.hpp"

using namespace pmadmin;

TEST_CASE("html(): strings are escaped, numbers formatted, markup kept") {
  std::string title = "<script>alert('x')</script> & \"y\"";
  Html late = " class=\"late\""_html;
  Html row = html("<td{}>{}</td><td>{:.1f}</td><td>{}</td>", late, title, 1.25, 42);
  CHECK(row.str() ==
        "<td class=\"late\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; "
        "&quot;y&quot;</td><td>1.2</td><td>42</td>");
  CHECK(html("<p>{}</p>", TaskStatus::done).str() == "<p>done</p>");
  CHECK(Html::text("a<b").str() == "a&lt;b");
  Html page = "<ul>"_html;
  page += html("<li>{}</li>", std::string("x&y"));
  CHECK((page + "</ul>"_html).str() == "<ul><li>x&amp;y</li></ul>");
  CHECK(Html().empty());
}

TEST_CASE("the HTML report: hostile names stay text, the page declares its language and forbids scripts") {
  Project p;
  p.config.name = "Site <script>alert(1)</script>";
  p.config.client = "A & B's \"Corp\"";
  p.config.start = *Date::parse("2026-03-02");
  Task t;
  t.id = "t-1";
  t.title = "<img src=x onerror=alert(1)>";
  t.duration_days = 5;
  t.src.file = "tasks/t-1.yaml";
  p.tasks["t-1"] = t;
  auto r = build_report(p, *Date::parse("2026-03-03"));
  REQUIRE(r);
  std::string page = render_report_html(p, *r);
  CHECK(page.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0) == 0);
  CHECK(page.find("Content-Security-Policy\" content=\"default-src 'none'") != std::string::npos);
  CHECK(page.find("<script") == std::string::npos);
  CHECK(page.find("<img") == std::string::npos);
  CHECK(page.find("Site &lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(page.find("A &amp; B&#39;s &quot;Corp&quot;. As of") != std::string::npos);
  CHECK(page.find("&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
  for (const char* section : {"status", "milestones", "schedule", "critical-path", "late-tasks", "budget", "risks",
                              "decisions", "satisfaction"})
    CHECK_MESSAGE(page.find(std::string("<section id=\"") + section + "\">") != std::string::npos, section);
  CHECK(page.find("data-area=\"schedule\" data-status=\"green\"") != std::string::npos);
  CHECK(page.substr(page.size() - 16) == "</body>\n</html>\n");
}

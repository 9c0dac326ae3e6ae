#pragma once
/// Escaping user text for where it goes (SPEC §6: output is safe by construction). Terminal
/// escaping is base/text.hpp's escape_for_terminal; CSV is render/csv.hpp's; iCalendar is
/// render/ics.hpp's.
#include <string>

namespace pmadmin {

/// HTML text/attribute escaping of & < > " ' (SPEC §6).
std::string html_escape(const std::string& text);
/// Markdown escaping of user text for table cells and lists: table, link, emphasis and
/// HTML syntax is backslash-escaped, newlines become spaces.
std::string md_escape(const std::string& text);
/// XML 1.0 text and attribute escaping (& < > " '), dropping characters XML cannot hold.
std::string xml_escape(const std::string& text);
/// GitHub workflow-command escaping: control characters made visible as for the terminal,
/// then data (% CR LF) or property values (also : and ,).
std::string github_escape(const std::string& text, bool property);
/// A word for a POSIX shell command line: as it is when it holds only letters, digits and
/// `_./@%+=:,-`, else in single quotes (a quote inside written '\''); control characters
/// made visible first, so a printed command never carries a raw escape.
std::string shell_quote(const std::string& word);

}  // namespace pmadmin

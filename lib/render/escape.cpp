#include "render/escape.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "base/text.hpp"

namespace pmadmin {

std::string html_escape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string md_escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\n' || c == '\r') {
      out += ' ';
      continue;
    }
    if (std::string("\\`*_{}[]<>#|!~").find(c) != std::string::npos) out += '\\';
    out += c;
  }
  return out;
}

std::string xml_escape(const std::string& text) {
  std::string kept;  // XML 1.0 cannot hold C0 controls but tab and newline; keep newlines as references
  for (char c : text) {
    if (c == '\n')
      kept += '\x01';
    else if (c == '\t' || static_cast<unsigned char>(c) >= 0x20)
      kept += c;
  }
  std::string out;
  for (char c : html_escape(kept)) out += c == '\x01' ? std::string("&#10;") : std::string(1, c);
  return out;
}

std::string github_escape(const std::string& text, bool property) {
  std::string out;
  // Control characters and bidi overrides become visible escapes first (\x1b, \u{202e}), so
  // an annotation cannot carry a terminal sequence into a CI log; newlines stay for %0A.
  for (char c : escape_for_terminal(text)) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      case ':': out += property ? "%3A" : ":"; break;
      case ',': out += property ? "%2C" : ","; break;
      default: out += c;
    }
  }
  return out;
}

std::string shell_quote(const std::string& word) {
  const std::string text = escape_for_terminal(word);
  const bool plain = !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) ||
           std::string_view("_./@%+=:,-").find(c) != std::string_view::npos;
  });
  if (plain) return text;
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

}  // namespace pmadmin

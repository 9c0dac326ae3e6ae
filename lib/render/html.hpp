#pragma once
/// An HTML builder that escapes by default, so a missed escape is impossible rather than
/// something to spot in review. Markup comes only from string literals in the source;
/// everything else that goes into a page is text, and text is escaped:
///
///   Html row = html("<tr><td>{}</td><td class=\"num\">{:.1f}</td></tr>\n", task.title, share);
///   page += "</table>\n"_html;
///
/// The format string must be a literal (fmt checks it at compile time); a string argument
/// is escaped (& < > " '), a vocabulary word too; numbers are formatted as numbers; only an
/// Html argument (markup made the same way) goes in as it is.
#include <fmt/format.h>
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "model/vocab.hpp"
#include "render/escape.hpp"

namespace pmadmin {

class Html;
Html operator""_html(const char* markup, std::size_t size);
namespace html_detail {
struct Access;
}  // namespace html_detail

class Html {
 public:
  Html() = default;
  /// Any text, escaped.
  static Html text(std::string_view s) { return Html(html_escape(std::string(s))); }

  const std::string& str() const { return s_; }
  bool empty() const { return s_.empty(); }
  Html& operator+=(const Html& more) {
    s_ += more.s_;
    return *this;
  }
  friend Html operator+(Html a, const Html& b) { return a += b; }

 private:
  explicit Html(std::string s) : s_(std::move(s)) {}
  friend Html operator""_html(const char* markup, std::size_t size);
  friend struct html_detail::Access;
  std::string s_;
};

/// Markup written in the source: only a string literal can be one.
inline Html operator""_html(const char* markup, std::size_t size) { return Html(std::string(markup, size)); }

namespace html_detail {

inline const std::string& arg(const Html& markup) { return markup.str(); }
inline std::string arg(std::string_view text) { return html_escape(std::string(text)); }
template <typename E, std::enable_if_t<has_vocabulary<E>, int> = 0>
std::string arg(E word) {
  return html_escape(std::string(to_text(word)));
}
template <typename N, std::enable_if_t<std::is_arithmetic_v<N>, int> = 0>
N arg(N number) {
  return number;
}

template <typename T>
using arg_t = decltype(arg(std::declval<T>()));

/// Only html() below turns a formatted string into Html.
struct Access {
  static Html markup(std::string formatted) { return Html(std::move(formatted)); }
};

}  // namespace html_detail

/// Markup from a literal format and arguments that are escaped unless they are Html.
template <typename... Args>
Html html(fmt::format_string<html_detail::arg_t<Args>...> format, Args&&... args) {
  return html_detail::Access::markup(fmt::format(format, html_detail::arg(std::forward<Args>(args))...));
}

}  // namespace pmadmin

#pragma once
/// UTF-8 text: validation, display width (CJK is two columns), escaping, "did you mean".
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pmadmin {

/// Byte offset of the first invalid UTF-8 sequence (overlong, surrogate, > U+10FFFF,
/// truncated), or nullopt when the whole string is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view s);

/// Decodes valid UTF-8 into code points (call find_invalid_utf8 first).
std::vector<char32_t> decode_utf8(std::string_view s);

/// Columns a terminal uses for `s` (wide East Asian characters count 2, combining marks 0).
std::size_t display_width(std::string_view s);

/// Pads `s` with spaces on the right (or left) to `width` display columns.
std::string pad_right(std::string_view s, std::size_t width);
std::string pad_left(std::string_view s, std::size_t width);

/// Cuts `s` to at most `width` columns, ending in "…" when it was cut.
std::string truncate_to_width(std::string_view s, std::size_t width);

/// Byte offset of the first character not allowed in user text: C0/C1 controls (but tab and,
/// when `allow_newlines`, newline), DEL, and bidi overrides/isolates (U+202A-202E, U+2066-2069).
std::optional<std::size_t> find_forbidden_char(std::string_view s, bool allow_newlines);

/// The most characters of one-line text (a title, a name, a list item): enough for any real
/// one, and a bound on every table and chart that shows it. Multi-line text (notes, reasons)
/// is bounded by the 1 MiB of its file.
inline constexpr std::size_t kMaxLineChars = 1000;

/// Why `text` cannot be stored as user text ("is not valid UTF-8", "contains a control or
/// bidi-override character", "is longer than 1000 characters"), or nullopt when it can.
/// Newlines pass, and any length, when `multiline`.
std::optional<std::string> text_problem(std::string_view text, bool multiline);

/// C0/C1 control characters and DEL (tab and newline included).
bool is_control_char(char32_t cp);
/// Bidi overrides, isolates and marks (U+202A-202E, U+2066-2069, U+200E/F, U+061C).
bool is_bidi_control(char32_t cp);

/// Makes text safe for a terminal: control characters and bidi overrides become \xNN / \u{NNNN}.
std::string escape_for_terminal(std::string_view s);

/// Levenshtein distance, for suggestions.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `word` when it is close enough to be a likely typo, else "".
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

/// ASCII letters in lower case; other bytes (UTF-8 included) as they are.
std::string lowercase(std::string_view text);

/// "a, b, c": the first `most` items joined with commas, then "and N more".
std::string join_some(const std::vector<std::string>& items, std::size_t most = 10);

/// `did you mean "x"?` or "" when nothing is close.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);
/// `did you mean "x"?`, or `otherwise` when nothing is close.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates, std::string otherwise);

}  // namespace pmadmin

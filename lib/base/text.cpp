#include "base/text.hpp"

#include <utf8proc.h>

#include <fmt/format.h>
#include <algorithm>
#include <cstdint>

#include "base/i18n.hpp"

namespace pmadmin {

namespace {

// Decodes one code point at s[i]; returns its length, or 0 when the sequence is invalid.
std::size_t decode_one(std::string_view s, std::size_t i, char32_t& cp) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char b0 = byte(i);
  if (b0 < 0x80) {
    cp = b0;
    return 1;
  }
  std::size_t len = 0;
  char32_t min = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2;
    cp = b0 & 0x1F;
    min = 0x80;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3;
    cp = b0 & 0x0F;
    min = 0x800;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4;
    cp = b0 & 0x07;
    min = 0x10000;
  } else
    return 0;
  if (i + len > s.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    unsigned char b = byte(i + k);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

// Zero-width characters and the byte-order mark: shown escaped so nothing hides in output.
bool is_invisible(char32_t cp) { return cp == 0xFEFF || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060; }

}  // namespace

bool is_bidi_control(char32_t cp) {
  return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F ||
         cp == 0x061C;
}

bool is_control_char(char32_t cp) { return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F); }

std::optional<std::size_t> find_invalid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    char32_t cp = 0;
    std::size_t len = decode_one(s, i, cp);
    if (len == 0) return i;
    i += len;
  }
  return std::nullopt;
}

std::vector<char32_t> decode_utf8(std::string_view s) {
  std::vector<char32_t> out;
  std::size_t i = 0;
  while (i < s.size()) {
    char32_t cp = 0;
    std::size_t len = decode_one(s, i, cp);
    if (len == 0) {
      cp = 0xFFFD;
      len = 1;
    }
    out.push_back(cp);
    i += len;
  }
  return out;
}

std::optional<std::string> text_problem(std::string_view text, bool multiline) {
  if (find_invalid_utf8(text)) return std::string(tr("is not valid UTF-8"));
  if (find_forbidden_char(text, multiline)) return std::string(tr("contains a control or bidi-override character"));
  if (!multiline && decode_utf8(text).size() > kMaxLineChars) return trf("is longer than {} characters", kMaxLineChars);
  return std::nullopt;
}

std::size_t display_width(std::string_view s) {
  std::size_t width = 0;
  for (char32_t cp : decode_utf8(s)) {
    int w = utf8proc_charwidth(static_cast<utf8proc_int32_t>(cp));
    if (w > 0) width += static_cast<std::size_t>(w);
  }
  return width;
}

std::string pad_right(std::string_view s, std::size_t width) {
  std::string out(s);
  std::size_t w = display_width(s);
  if (w < width) out.append(width - w, ' ');
  return out;
}

std::string pad_left(std::string_view s, std::size_t width) {
  std::size_t w = display_width(s);
  std::string out = w < width ? std::string(width - w, ' ') : std::string();
  out.append(s);
  return out;
}

std::string truncate_to_width(std::string_view s, std::size_t width) {
  if (display_width(s) <= width) return std::string(s);
  if (width == 0) return {};
  std::string out;
  std::size_t used = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    char32_t cp = 0;
    std::size_t len = decode_one(s, i, cp);
    if (len == 0) len = 1;
    int w = std::max(0, utf8proc_charwidth(static_cast<utf8proc_int32_t>(cp)));
    if (used + static_cast<std::size_t>(w) + 1 > width) break;  // keep a column for the ellipsis
    out.append(s.substr(i, len));
    used += static_cast<std::size_t>(w);
    i += len;
  }
  return out + "\u2026";
}

std::optional<std::size_t> find_forbidden_char(std::string_view s, bool allow_newlines) {
  std::size_t i = 0;
  while (i < s.size()) {
    char32_t cp = 0;
    std::size_t len = decode_one(s, i, cp);
    if (len == 0) return i;
    bool allowed_ws = cp == '\t' || (allow_newlines && cp == '\n');
    if ((is_control_char(cp) && !allowed_ws) || is_bidi_control(cp)) return i;
    i += len;
  }
  return std::nullopt;
}

std::string escape_for_terminal(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    char32_t cp = 0;
    std::size_t len = decode_one(s, i, cp);
    if (len == 0) {
      out += fmt::format("\\x{:02x}", static_cast<unsigned char>(s[i]));
      ++i;
      continue;
    }
    const bool kept_as_is =
        cp == '\n' || cp == '\t' || (!is_control_char(cp) && !is_bidi_control(cp) && !is_invisible(cp));
    if (kept_as_is)
      out.append(s.substr(i, len));
    else if (is_control_char(cp))
      out += fmt::format("\\x{:02x}", static_cast<unsigned>(cp));
    else
      out += fmt::format("\\u{{{:04x}}}", static_cast<unsigned>(cp));
    i += len;
  }
  return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  // Optimal string alignment: insertions, deletions, substitutions and adjacent swaps
  // ("titel" -> "title") each cost one.
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i)
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.size()][b.size()];
}

std::string closest_match(std::string_view word, const std::vector<std::string>& candidates) {
  std::string best;
  std::size_t best_distance = SIZE_MAX;
  for (const auto& c : candidates) {
    std::size_t d = edit_distance(word, c);
    if (d < best_distance || (d == best_distance && c < best)) {
      best_distance = d;
      best = c;
    }
  }
  // A typo changes at most a third of the word (and at least one edit is allowed).
  std::size_t limit = std::max<std::size_t>(1, std::max(word.size(), best.size()) / 3);
  if (best.empty() || best_distance > limit) return {};
  return best;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  std::string m = closest_match(word, candidates);
  return m.empty() ? std::string() : trf("did you mean \"{}\"?", m);
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates, std::string otherwise) {
  std::string hint = did_you_mean(word, candidates);
  return hint.empty() ? std::move(otherwise) : hint;
}

std::string join_some(const std::vector<std::string>& items, std::size_t most) {
  std::string out;
  for (std::size_t i = 0; i < items.size() && i < most; ++i) out += (i ? ", " : "") + items[i];
  if (items.size() > most) out = trf("{} and {} more", out, items.size() - most);
  return out;
}

std::string lowercase(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace pmadmin

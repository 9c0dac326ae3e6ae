#pragma once
/// ANSI colour for the terminal: the one place the escape codes live. Callers decide whether
/// colour is on (--color, NO_COLOR, a terminal); off, text passes through unchanged.
#include <string>
#include <string_view>

namespace pmadmin::ansi {

inline constexpr const char* kBoldRed = "\x1b[1;31m";
inline constexpr const char* kBoldYellow = "\x1b[1;33m";
inline constexpr const char* kRed = "\x1b[31m";
inline constexpr const char* kYellow = "\x1b[33m";
inline constexpr const char* kDim = "\x1b[2m";
inline constexpr const char* kReset = "\x1b[0m";
/// Black text on a background, for the cells of the risk matrix.
inline constexpr const char* kOnGreen = "\x1b[30;42m";
inline constexpr const char* kOnYellow = "\x1b[30;43m";
inline constexpr const char* kOnOrange = "\x1b[30;48;5;208m";
inline constexpr const char* kOnRed = "\x1b[30;41m";

/// `text` wrapped in `code` and a reset when `on`, else `text` as it is.
inline std::string paint(std::string_view text, const char* code, bool on) {
  if (!on) return std::string(text);
  return std::string(code) + std::string(text) + kReset;
}

}  // namespace pmadmin::ansi

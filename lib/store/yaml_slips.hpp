#pragma once
/// The common slips of hand-edited YAML, said in plain words at their own line and column:
/// the parser's words ("illegal map value", "end of map not found") name neither the cause
/// nor, often, the line. Run when the parser has refused a file.
#include <optional>
#include <string>
#include <string_view>

#include "base/diag.hpp"

namespace pmadmin {

/// The first slip on lines 1..`upto_line` (all lines when 0) of `text`: tab or full-width
/// space indentation, a full-width colon after a key, a missing space after a key's colon,
/// a value containing ": " that needs quotes, an unclosed quote, a list under a key that
/// already has a value. nullopt when none is recognised.
std::optional<Diagnostic> find_yaml_slip(std::string_view text, const std::string& file, int upto_line);

/// A value opened with a quote that its line does not close. YAML lets a quoted value run
/// on over the next lines, so the parser accepts it and swallows the keys that follow;
/// pmadmin never writes one, so one in a file is a slip. Run on every file that parsed.
std::optional<Diagnostic> find_unclosed_quote(std::string_view text, const std::string& file);

}  // namespace pmadmin

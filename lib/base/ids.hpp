#pragma once
/// Entity IDs: validation (they become file names) and random generation (merge-friendly).
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace pmadmin {

/// The alphabet of random ID suffixes: no 0/1/i/l/o, so IDs are easy to read aloud.
inline constexpr std::string_view kIdAlphabet = "23456789abcdefghjkmnpqrstuvwxyz";

/// Why `id` cannot be an ID, or nullopt when it can: `^[a-z0-9][a-z0-9-]{0,63}$` and not a
/// reserved device name (con, nul, aux, prn, com1-9, lpt1-9).
std::optional<std::string> id_problem(std::string_view id);

/// What to write instead of a refused ID: the nearest valid one when `bad` has ASCII
/// letters ("Design Phase" -> "design-phase"), else an ID like `example` with `bad` kept as
/// the name or title ("材料" -> use one like "materials").
std::string id_fix_hint(std::string_view bad, std::string_view example);

/// prefix + "-" + 4 random characters from kIdAlphabet, retrying while `taken` says so.
std::string random_id(std::string_view prefix, const std::function<bool(const std::string&)>& taken);

/// A slug for a person's ID from a name or e-mail ("Bob Li" -> "bob-li"); "" when none fits.
std::string slug_from(std::string_view text);

}  // namespace pmadmin

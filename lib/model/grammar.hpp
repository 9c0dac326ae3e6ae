#pragma once
/// Value grammars of the project files and the command line, in one place: working days
/// ("5d"), three-point estimates ("3d/5d/10d"), dependencies ("t-2mxa", "t-9zzk:ss+2d")
/// and capacity as a share of full time ("0.5").
#include <optional>
#include <string>
#include <string_view>

#include "model/model.hpp"

namespace pmadmin {

/// "5d" -> 5 (working days); nullopt when not a whole number of days 0-9999.
std::optional<int> parse_days(const std::string& text);
std::string format_days(int days);
/// As parse_days, but the "d" may be left out on the command line: "5" or "5d".
std::optional<int> parse_days_arg(const std::string& text);

/// "40" or "40%" -> 40; nullopt unless a whole number from 0 to 100.
std::optional<int> parse_percent(const std::string& text);

/// A three-point estimate in working days: optimistic <= likely <= pessimistic.
struct Estimate {
  int optimistic = 0;
  int likely = 0;
  int pessimistic = 0;
};
/// "3d/5d/10d" -> {3, 5, 10}; nullopt when malformed or out of order.
std::optional<Estimate> parse_estimate(const std::string& text);

/// "t-2mxa", "t-9zzk:ss+2d", "x:ff-1d" -> Dependency; nullopt when malformed.
std::optional<Dependency> parse_dependency(const std::string& text);
std::string format_dependency(const Dependency& d);

/// True for something shaped like an e-mail address: an @ and no spaces.
bool is_email(std::string_view text);

/// "1", "0.5", "0.75", "1.0" -> percent of full time (0-100); nullopt for anything else,
/// more than two decimals or more than 1.
std::optional<int> parse_capacity(const std::string& text);
/// 50 -> "0.5", 100 -> "1.0", 75 -> "0.75": the file form.
std::string format_capacity(int percent);

}  // namespace pmadmin

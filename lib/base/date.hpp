#pragma once
/// Civil dates (ISO 8601 `YYYY-MM-DD`), on top of <chrono>'s calendar types.
#include <chrono>
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace pmadmin {

class Date {
 public:
  Date() = default;
  explicit Date(std::chrono::sys_days days) : days_(days) {}
  static Date from_ymd(int y, unsigned m, unsigned d);

  /// Strict `YYYY-MM-DD` within [first(), last()]; rejects dates that do not exist
  /// (2026-02-30). The horizon keeps every calendar walk short: nothing pmadmin plans runs
  /// past 2200.
  static std::optional<Date> parse(std::string_view text);
  static Date first() { return from_ymd(1900, 1, 1); }
  static Date last() { return from_ymd(2200, 12, 31); }

  std::string iso() const;
  std::chrono::sys_days days() const { return days_; }
  std::chrono::year_month_day ymd() const { return std::chrono::year_month_day{days_}; }
  /// 0 = Monday ... 6 = Sunday (ISO).
  unsigned iso_weekday() const;
  Date plus_days(int n) const { return Date(days_ + std::chrono::days{n}); }
  int days_until(Date other) const { return (other.days_ - days_).count(); }

  auto operator<=>(const Date&) const = default;

 private:
  std::chrono::sys_days days_{};
};

/// Weekday names as written in pmadmin.yaml (`mon` ... `sun`); index = iso_weekday().
std::optional<unsigned> parse_weekday(std::string_view name);
const char* weekday_name(unsigned iso_weekday);

}  // namespace pmadmin

#pragma once
/// Money in integer minor units (cents); never floating point (SPEC §3).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pmadmin {

class Money {
 public:
  /// Largest magnitude accepted: 999,999,999,999,999.99 (keeps sums of many amounts in int64).
  static constexpr std::int64_t kMaxMinor = 99'999'999'999'999'999;

  Money() = default;
  static Money from_minor(std::int64_t minor) { return Money(minor); }

  /// Strict decimal grammar: optional sign, digits without leading zeros, optional `.` and 1-2
  /// digits: "12500", "12500.5", "-3.25", "+40.00". No floats, exponents, hex, octal, NaN,
  /// thousands separators or spaces. nullopt on anything else or on overflow.
  static std::optional<Money> parse(std::string_view text);

  std::int64_t minor() const { return minor_; }
  /// Canonical file form: "12500.00", "-3.25".
  std::string str() const;
  /// For people: thousands separated, "12,500.00", "-1,234,567.89".
  std::string grouped() const;
  /// For people, with the currency as the current language writes it: the ISO 4217 code in
  /// English ("CNY 12,500.00", unambiguous where ¥ is also the yen); in Chinese the yuan as
  /// ¥ ("¥12,500.00", "-¥3.25") and any other currency by its code ("USD 12,500.00").
  std::string display(const std::string& currency) const;

  /// Rounded a x num / den (half away from zero), in 128 bits; nullopt when the result is
  /// beyond kMaxMinor or den is 0. For shares of an amount (planned value, EAC).
  std::optional<Money> scaled(std::int64_t num, std::int64_t den) const;

  /// Checked arithmetic: nullopt on overflow beyond kMaxMinor.
  std::optional<Money> plus(Money other) const;
  std::optional<Money> minus(Money other) const;

  auto operator<=>(const Money&) const = default;

 private:
  explicit Money(std::int64_t minor) : minor_(minor) {}
  std::int64_t minor_ = 0;
};

/// A running total that remembers whether it ever left the money range: add amounts, then
/// check `overflow` once instead of after every addition.
struct MoneySum {
  Money total;
  bool overflow = false;
  void add(Money m) {
    if (auto r = total.plus(m))
      total = *r;
    else
      overflow = true;
  }
  /// An amount that could not be computed (nullopt) counts as an overflow.
  void add(const std::optional<Money>& m) {
    if (m)
      add(*m);
    else
      overflow = true;
  }
};

}  // namespace pmadmin

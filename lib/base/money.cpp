#include "base/money.hpp"

#include <fmt/format.h>

#include "base/i18n.hpp"

namespace pmadmin {

namespace {
// GCC/Clang 128-bit integer; __extension__ keeps -Wpedantic quiet and works only on a typedef.
__extension__ typedef __int128 Wide;  // NOLINT(modernize-use-using)
}  // namespace

std::optional<Money> Money::parse(std::string_view t) {
  bool negative = false;
  if (!t.empty() && (t[0] == '-' || t[0] == '+')) {
    negative = t[0] == '-';
    t.remove_prefix(1);
  }
  std::size_t dot = t.find('.');
  std::string_view whole = t.substr(0, dot);
  std::string_view frac = dot == std::string_view::npos ? std::string_view() : t.substr(dot + 1);
  if (whole.empty() || (whole.size() > 1 && whole[0] == '0')) return std::nullopt;
  if (dot != std::string_view::npos && (frac.empty() || frac.size() > 2)) return std::nullopt;
  std::int64_t minor = 0;
  for (char c : whole) {
    if (c < '0' || c > '9') return std::nullopt;
    if (minor > (kMaxMinor / 100 - (c - '0')) / 10) return std::nullopt;
    minor = minor * 10 + (c - '0');
  }
  minor *= 100;
  std::int64_t scale = 10;
  for (char c : frac) {
    if (c < '0' || c > '9') return std::nullopt;
    minor += (c - '0') * scale;
    scale /= 10;
  }
  if (minor > kMaxMinor) return std::nullopt;
  return Money(negative ? -minor : minor);
}

std::string Money::str() const {
  std::int64_t a = minor_ < 0 ? -minor_ : minor_;
  return fmt::format("{}{}.{:02}", minor_ < 0 ? "-" : "", a / 100, a % 100);
}

std::string Money::grouped() const {
  std::string plain = str();
  std::size_t start = plain[0] == '-' ? 1 : 0;
  std::size_t dot = plain.find('.');
  std::string out = plain.substr(0, start);
  for (std::size_t i = start; i < dot; ++i) {
    if (i > start && (dot - i) % 3 == 0) out += ',';
    out += plain[i];
  }
  return out + plain.substr(dot);
}

std::string Money::display(const std::string& currency) const {
  if (current_language() == Language::zh_cn && currency == "CNY")
    return minor_ < 0 ? "-¥" + grouped().substr(1) : "¥" + grouped();
  return currency + " " + grouped();
}

std::optional<Money> Money::scaled(std::int64_t num, std::int64_t den) const {
  if (den == 0) return std::nullopt;
  Wide product = static_cast<Wide>(minor_) * num;
  bool negative = (product < 0) != (den < 0);
  Wide a = product < 0 ? -product : product;
  Wide d = den < 0 ? -static_cast<Wide>(den) : den;
  Wide q = (a * 2 + d) / (2 * d);  // half away from zero
  if (q > kMaxMinor) return std::nullopt;
  return Money(static_cast<std::int64_t>(negative ? -q : q));
}

std::optional<Money> Money::plus(Money other) const {
  std::int64_t sum = minor_ + other.minor_;  // both within ±kMaxMinor: cannot overflow int64
  if (sum > kMaxMinor || sum < -kMaxMinor) return std::nullopt;
  return Money(sum);
}

std::optional<Money> Money::minus(Money other) const { return plus(Money(-other.minor_)); }

}  // namespace pmadmin

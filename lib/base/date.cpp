#include "base/date.hpp"

#include <fmt/format.h>
#include <array>

namespace pmadmin {

Date Date::from_ymd(int y, unsigned m, unsigned d) {
  return Date(std::chrono::sys_days{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}});
}

std::optional<Date> Date::parse(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
  auto digits = [&](std::size_t from, std::size_t n, int& out) {
    out = 0;
    for (std::size_t i = from; i < from + n; ++i) {
      if (t[i] < '0' || t[i] > '9') return false;
      out = out * 10 + (t[i] - '0');
    }
    return true;
  };
  int y = 0, m = 0, d = 0;
  if (!digits(0, 4, y) || !digits(5, 2, m) || !digits(8, 2, d)) return std::nullopt;
  if (y < 1900 || y > 2200) return std::nullopt;
  std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
                                  std::chrono::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return std::nullopt;
  return Date(std::chrono::sys_days{ymd});
}

std::string Date::iso() const {
  auto v = ymd();
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(v.year()), static_cast<unsigned>(v.month()),
                     static_cast<unsigned>(v.day()));
}

unsigned Date::iso_weekday() const { return std::chrono::weekday{days_}.iso_encoding() - 1; }

static constexpr std::array<const char*, 7> kWeekdays = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

std::optional<unsigned> parse_weekday(std::string_view name) {
  for (unsigned i = 0; i < kWeekdays.size(); ++i)
    if (name == kWeekdays[i]) return i;
  return std::nullopt;
}

const char* weekday_name(unsigned iso_weekday) { return kWeekdays.at(iso_weekday); }

}  // namespace pmadmin

#include "model/grammar.hpp"

#include <fmt/format.h>
#include <vector>

#include "base/ids.hpp"

namespace pmadmin {

std::optional<int> parse_days(const std::string& text) {
  if (text.size() < 2 || text.size() > 5 || text.back() != 'd') return std::nullopt;
  int days = 0;
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    days = days * 10 + (text[i] - '0');
  }
  if (text.size() > 2 && text[0] == '0') return std::nullopt;
  return days;
}

std::string format_days(int days) { return std::to_string(days) + "d"; }

std::optional<int> parse_days_arg(const std::string& text) {
  if (!text.empty() && text.back() != 'd') return parse_days(text + "d");
  return parse_days(text);
}

std::optional<int> parse_percent(const std::string& text) {
  std::string v = text;
  if (!v.empty() && v.back() == '%') v.pop_back();
  bool digits = !v.empty() && v.size() <= 3 && v.find_first_not_of("0123456789") == std::string::npos;
  if (!digits || std::stoi(v) > 100) return std::nullopt;
  return std::stoi(v);
}

std::optional<Estimate> parse_estimate(const std::string& text) {
  std::vector<int> parts;
  std::size_t start = 0;
  while (true) {
    std::size_t slash = text.find('/', start);
    auto part = parse_days(text.substr(start, slash == std::string::npos ? std::string::npos : slash - start));
    if (!part) return std::nullopt;
    parts.push_back(*part);
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  if (parts.size() != 3 || parts[0] > parts[1] || parts[1] > parts[2]) return std::nullopt;
  return Estimate{parts[0], parts[1], parts[2]};
}

std::optional<Dependency> parse_dependency(const std::string& text) {
  Dependency d;
  std::size_t colon = text.find(':');
  d.task = text.substr(0, colon);
  if (id_problem(d.task)) return std::nullopt;
  if (colon == std::string::npos) return d;
  std::string rest = text.substr(colon + 1);  // "ss", "ss+2d", "ff-1d", "fs+3d"
  if (rest.size() < 2) return std::nullopt;
  auto type = from_text<DependencyType>(rest.substr(0, 2));
  if (!type) return std::nullopt;
  d.type = *type;
  rest = rest.substr(2);
  if (rest.empty()) return d;
  if (rest[0] != '+' && rest[0] != '-') return std::nullopt;
  auto days = parse_days(rest.substr(1));
  if (!days) return std::nullopt;
  d.lag_days = rest[0] == '-' ? -*days : *days;
  return d;
}

std::string format_dependency(const Dependency& d) {
  if (d.type == DependencyType::fs && d.lag_days == 0) return d.task;
  std::string out = d.task + ":" + std::string(to_text(d.type));
  if (d.lag_days > 0) out += "+" + format_days(d.lag_days);
  if (d.lag_days < 0) out += "-" + format_days(-d.lag_days);
  return out;
}

bool is_email(std::string_view text) {
  return text.find('@') != std::string_view::npos && text.find(' ') == std::string_view::npos;
}

std::string format_capacity(int percent) {
  std::string frac = fmt::format("{:02}", percent % 100);
  if (frac.back() == '0') frac.pop_back();
  return fmt::format("{}.{}", percent / 100, frac);
}

std::optional<int> parse_capacity(const std::string& t) {
  // 0-1 FTE with at most two decimals: "1", "0.5", "0.75", "1.0".
  std::size_t dot = t.find('.');
  std::string whole = t.substr(0, dot);
  std::string frac = dot == std::string::npos ? "" : t.substr(dot + 1);
  if (whole != "0" && whole != "1") return std::nullopt;
  if (dot != std::string::npos && (frac.empty() || frac.size() > 2)) return std::nullopt;
  for (char c : frac)
    if (c < '0' || c > '9') return std::nullopt;
  while (frac.size() < 2) frac += '0';
  int percent = (whole[0] - '0') * 100 + std::stoi(frac);
  if (percent > 100) return std::nullopt;
  return percent;
}

}  // namespace pmadmin

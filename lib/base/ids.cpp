#include "base/ids.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <array>
#include <random>

#include "base/i18n.hpp"

namespace pmadmin {

std::optional<std::string> id_problem(std::string_view id) {
  if (id.empty()) return tr("an ID cannot be empty");
  bool ok = id.size() <= 64 && ((id[0] >= 'a' && id[0] <= 'z') || (id[0] >= '0' && id[0] <= '9'));
  for (char c : id) ok = ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-');
  if (!ok)
    return tr(
        "an ID is made of lowercase ASCII letters a-z, digits 0-9 and '-', starts with a letter or a digit, "
        "and has at most 64 characters");
  static const std::array<std::string_view, 4> reserved = {"con", "nul", "aux", "prn"};
  for (auto r : reserved)
    if (id == r) return trf("\"{}\" is a reserved device name on Windows", id);
  if (id.size() == 4 && (id.substr(0, 3) == "com" || id.substr(0, 3) == "lpt") && id[3] >= '0' && id[3] <= '9')
    return trf("\"{}\" is a reserved device name on Windows", id);
  return std::nullopt;
}

std::string random_id(std::string_view prefix, const std::function<bool(const std::string&)>& taken) {
  static thread_local std::mt19937_64 engine{std::random_device{}()};
  std::uniform_int_distribution<std::size_t> pick(0, kIdAlphabet.size() - 1);
  for (;;) {
    std::string id(prefix);
    id += '-';
    for (int i = 0; i < 4; ++i) id += kIdAlphabet[pick(engine)];
    if (!taken(id)) return id;
  }
}

std::string id_fix_hint(std::string_view bad, std::string_view example) {
  std::string slug;
  for (char c : bad) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
      slug += c;
    else if (!slug.empty() && slug.back() != '-')
      slug += '-';
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  if (slug.size() > 64) slug.resize(64);
  const bool has_letters = std::any_of(slug.begin(), slug.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  if (has_letters && !id_problem(slug) && slug != bad)
    return trf("IDs become file names, so they are plain ASCII; try \"{}\"", slug);
  return trf(
      "IDs become file names, so they are plain ASCII: use one like \"{}\", and keep \"{}\" as its "
      "name or title",
      example, bad);
}

std::string slug_from(std::string_view text) {
  std::string_view source = text.substr(0, text.find('@'));
  std::string slug;
  for (char c : source) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
      slug += c;
    else if ((c == ' ' || c == '.' || c == '_' || c == '-') && !slug.empty() && slug.back() != '-')
      slug += '-';
    else if (static_cast<unsigned char>(c) >= 0x80)
      return {};  // non-ASCII names get a random ID
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  if (slug.size() > 64) slug.resize(64);
  if (id_problem(slug)) return {};
  return slug;
}

}  // namespace pmadmin

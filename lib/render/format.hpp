#pragma once
/// The output formats of `--format` (SPEC §2): which ones a command supports is its own
/// choice; the words live here once.
#include <array>
#include <string_view>

#include "model/vocab.hpp"

namespace pmadmin {

enum class OutputFormat { text, json, md, html, csv, junit, github };

template <>
struct Vocabulary<OutputFormat> {
  static constexpr std::array<std::string_view, 7> words = {"text", "json", "md", "html", "csv", "junit", "github"};
};

}  // namespace pmadmin

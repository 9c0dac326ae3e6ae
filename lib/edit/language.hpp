#pragma once
/// What pmadmin writes into the project's files (a task's change log, generated titles) is
/// in the project's language (`language:` in pmadmin.yaml), whatever the user's locale; what
/// it prints is in the user's. A sentence wanted in both is built by one function called
/// under each language.
#include <string>

#include "base/i18n.hpp"
#include "model/model.hpp"

namespace pmadmin {

inline Language project_language(const Project& p) { return parse_language(p.config.language).value_or(Language::en); }

template <typename Make>
std::string in_project_language(const Project& p, Make make) {
  LanguageScope scope(project_language(p));
  return make();
}

/// The same text for the file (project's language) and for the terminal (user's).
struct Written {
  std::string file;
  std::string said;
};

template <typename Make>
Written in_both_languages(const Project& p, Make make) {
  Written out;
  out.said = make();
  out.file = in_project_language(p, make);
  return out;
}

}  // namespace pmadmin

#pragma once
/// Translations (GNU gettext catalogues, po/*.po compiled to .mo at build time).
///
/// Every user-facing sentence goes through tr()/trf()/trn(): the English text is the
/// message ID, and a missing catalogue or entry falls back to it. Two languages can be at
/// work in one run: the user's (command-line messages, from the locale or --lang) and the
/// project's (`language:` in pmadmin.yaml: HANDBOOK and reports); LanguageScope switches to
/// the second while a document is written.
///
/// The .mo files are read here rather than through glibc's gettext(): glibc picks the
/// language only through the process locale, which must be installed (`locale-gen`) and
/// cannot be two languages at once. The .mo format is GNU's documented, stable binary
/// layout; plural forms follow the catalogue's own Plural-Forms expression.
#include <fmt/format.h>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pmadmin {

enum class Language { en, zh_cn };

/// "en" or "zh-CN" (as in pmadmin.yaml and --lang); also a locale name like zh_CN.UTF-8,
/// zh_TW or en_US (Chinese locales get the zh-CN catalogue, the only Chinese one). nullopt
/// for anything else.
std::optional<Language> parse_language(std::string_view text);
const char* language_code(Language l);  ///< "en" or "zh-CN"

/// The language of the user's locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG (the first that
/// is set; C and POSIX mean English), else English. Arguments are the variables' values.
Language language_from_environment(const char* language, const char* lc_all, const char* lc_messages, const char* lang);

/// Folders holding <ll_CC>/LC_MESSAGES/pmadmin.mo, searched in order (the CLI passes the
/// build tree's and the install prefix's).
void set_catalog_dirs(std::vector<std::string> dirs);
/// The .mo file used for `l`, or "" (English, or no catalogue found).
std::string catalog_path(Language l);

void set_language(Language l);
Language current_language();

/// Switches the language for one scope (a report in the project's language).
class LanguageScope {
 public:
  explicit LanguageScope(Language l) : previous_(current_language()) { set_language(l); }
  ~LanguageScope() { set_language(previous_); }
  LanguageScope(const LanguageScope&) = delete;
  LanguageScope& operator=(const LanguageScope&) = delete;

 private:
  Language previous_;
};

/// The translation of `msgid` in the current language, or `msgid` itself.
const char* tr(const char* msgid);
/// The singular or plural form for `n` in the current language.
const char* trn(const char* singular, const char* plural, unsigned long n);

/// A translated fmt sentence: trf("task {} is late", id). A translation whose placeholders
/// do not fit falls back to the English text (the catalogue test refuses such entries).
template <typename... Args>
std::string trf(fmt::format_string<Args...> msgid, Args&&... args) {
  const fmt::string_view english = msgid;  // fmt 9: the literal, checked at compile time
  const std::string id(english.data(), english.size());
  const char* text = tr(id.c_str());
  try {
    return fmt::vformat(text, fmt::make_format_args(args...));
  } catch (const fmt::format_error&) {
    return fmt::vformat(english, fmt::make_format_args(args...));
  }
}

/// trf with plural forms: trnf("{} working day", "{} working days", n, n).
template <typename... Args>
std::string trnf(fmt::format_string<Args...> singular, fmt::format_string<Args...> plural, unsigned long n,
                 Args&&... args) {
  const fmt::string_view sv = singular, pv = plural;
  const std::string s(sv.data(), sv.size()), p(pv.data(), pv.size());
  const char* text = trn(s.c_str(), p.c_str(), n);
  try {
    return fmt::vformat(text, fmt::make_format_args(args...));
  } catch (const fmt::format_error&) {
    return fmt::vformat(n == 1 ? s : p, fmt::make_format_args(args...));
  }
}

/// Marks a string for extraction without translating it where it stands (a table of
/// constants translated when printed with tr()).
constexpr const char* N_(const char* msgid) { return msgid; }

}  // namespace pmadmin

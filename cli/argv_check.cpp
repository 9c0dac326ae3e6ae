#include "cli/argv_check.hpp"

#include <fmt/format.h>
#include <cctype>
#include <iostream>
#include <string>
#include <vector>

#include <regex>
#include "base/i18n.hpp"
#include "base/text.hpp"

#include "render/diagnostic.hpp"
#include "render/escape.hpp"

namespace pmadmin::cli {

namespace {

std::vector<CLI::App*> subcommands_of(CLI::App* app) {
  return app->get_subcommands([](CLI::App*) { return true; });
}

CLI::App* subcommand_named(CLI::App* app, const std::string& name) {
  for (CLI::App* sub : subcommands_of(app))
    if (sub->get_name() == name) return sub;
  return nullptr;
}

/// The option `token` names ("--format", "-C", "--format=json"), looked up in `app` and its
/// parents (global options fall through); nullptr when none has it.
const CLI::Option* option_named(const CLI::App* app, const std::string& token) {
  std::string name = token.substr(0, token.find('='));
  bool is_long = name.rfind("--", 0) == 0;
  name = name.substr(is_long ? 2 : 1);
  for (const CLI::App* a = app; a; a = a->get_parent())
    for (const CLI::Option* opt : a->get_options()) {
      const auto& names = is_long ? opt->get_lnames() : opt->get_snames();
      if (std::find(names.begin(), names.end(), name) != names.end()) return opt;
    }
  return nullptr;
}

std::vector<std::string> option_words(const CLI::App* app) {
  std::vector<std::string> words;
  for (const CLI::App* a = app; a; a = a->get_parent())
    for (const CLI::Option* opt : a->get_options()) {
      for (const auto& l : opt->get_lnames()) words.push_back("--" + l);
      for (const auto& s : opt->get_snames()) words.push_back("-" + s);
    }
  return words;
}

std::vector<std::string> command_words(CLI::App* app) {
  std::vector<std::string> words;
  for (CLI::App* sub : subcommands_of(app)) words.push_back(sub->get_name());
  if (!app->get_parent()) {
    words.push_back("help");
    words.push_back("version");
  }
  return words;
}

bool has_positionals(const CLI::App* app) {
  for (const CLI::Option* opt : app->get_options())
    if (opt->get_positional()) return true;
  return false;
}

std::string command_path(const std::vector<std::string>& path) {
  std::string out = "pmadmin";
  for (const auto& w : path) out += " " + w;
  return out;
}

int refuse(const std::string& message, const std::string& hint) {
  std::cerr << render_diagnostic(usage_error(message, hint), false);  // "错误:" and "提示：" in Chinese too
  return 2;
}

/// `pmadmin help schedule show`: the help of that command.
int help_for(CLI::App& app, const std::vector<std::string>& words) {
  CLI::App* cur = &app;
  std::vector<std::string> path;
  for (const auto& w : words) {
    CLI::App* next = subcommand_named(cur, w);
    if (!next)
      return refuse(trf("unknown command '{}' after '{}'", w, command_path(path)),
                    did_you_mean(w, command_words(cur), trf("see {} --help", command_path(path))));
    cur = next;
    path.push_back(w);
  }
  std::cout << cur->help();
  return 0;
}

}  // namespace

std::optional<int> precheck_argv(CLI::App& app, int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  CLI::App* cur = &app;
  std::vector<std::string> path;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--") break;
    const bool number = a.size() > 1 && a[0] == '-' && (std::isdigit(static_cast<unsigned char>(a[1])) || a[1] == '.');
    if (a.size() > 1 && a[0] == '-' && !number) {  // "-2000" is a value (budget adjust), not an option
      if (a == "-h" || a == "--help" || a == "--version") return std::nullopt;  // CLI11 answers these
      const CLI::Option* opt = option_named(cur, a);
      if (!opt) {
        std::string name = a.substr(0, a.find('='));
        return refuse(trf("unknown option '{}' for '{}'", name, command_path(path)),
                      did_you_mean(name, option_words(cur), trf("see {} --help", command_path(path))));
      }
      if (a.find('=') == std::string::npos && opt->get_expected_min() > 0) ++i;  // its value
      continue;
    }
    if (path.empty() && a == "help") return help_for(app, {args.begin() + static_cast<long>(i) + 1, args.end()});
    if (path.empty() && a == "version") {
      std::cout << app.version() << "\n";
      return 0;
    }
    if (CLI::App* next = subcommand_named(cur, a)) {
      cur = next;
      path.push_back(a);
      continue;
    }
    if (subcommands_of(cur).empty() || has_positionals(cur)) continue;  // a value of the command
    if (path.empty())
      return refuse(trf("unknown command '{}'", a),
                    did_you_mean(a, command_words(cur), tr("see pmadmin --help for the commands")));
    return refuse(trf("unknown command '{}' for '{}'", a, command_path(path)),
                  did_you_mean(a, command_words(cur), trf("see {} --help", command_path(path))));
  }
  if (!subcommands_of(cur).empty() && cur->get_require_subcommand_min() > 0 && !has_positionals(cur)) {
    std::vector<std::string> words;
    for (CLI::App* sub : subcommands_of(cur)) words.push_back(sub->get_name());
    return refuse(trf("'{}' needs a command: {}", command_path(path), fmt::join(words, ", ")),
                  trf("see {} --help", command_path(path)));
  }
  return std::nullopt;
}

void translate_group_names(CLI::App& app) {
  std::vector<CLI::App*> todo{&app};
  while (!todo.empty()) {
    CLI::App* cur = todo.back();
    todo.pop_back();
    for (CLI::Option* opt : cur->get_options())
      if (opt->get_group() == "Options") opt->group(tr("Options"));
    for (CLI::App* sub : subcommands_of(cur)) {
      if (sub->get_group() == "Subcommands") sub->group(tr("Subcommands"));
      todo.push_back(sub);
    }
  }
}

namespace {

class DisplayWidthFormatter : public CLI::Formatter {
 public:
  std::string make_option(const CLI::Option* opt, bool is_positional) const override {
    return two_columns(make_option_name(opt, is_positional) + make_option_opts(opt), make_option_desc(opt));
  }
  std::string make_subcommand(const CLI::App* sub) const override {
    return two_columns(sub->get_display_name(true), sub->get_description());
  }

 private:
  /// What CLI::detail::format_help writes, with widths in display columns.
  std::string two_columns(const std::string& left, const std::string& description) const {
    const std::size_t width = get_column_width();
    std::string out = "  " + left;
    const std::size_t used = display_width(out);
    if (used < width) out += std::string(width - used, ' ');
    if (!description.empty()) {
      if (used >= width) out += "\n" + std::string(width, ' ');
      for (char c : description) {
        out += c;
        if (c == '\n') out += std::string(width, ' ');
      }
    }
    return out + "\n";
  }
};

}  // namespace

std::shared_ptr<CLI::Formatter> display_width_formatter() { return std::make_shared<DisplayWidthFormatter>(); }

std::string translate_cli11_error(const std::string& what) {
  static const std::regex required("^(.+) is required$"), extra("^The following argument was not expected: (.*)$"),
      extras("^The following arguments were not expected: (.*)$"), needs("^(\\S+) requires (\\S+)$"),
      excludes("^(\\S+) excludes (\\S+)$"), missing("^(\\S+): ([0-9]+) required (\\S+) missing$"),
      convert("^Could not convert: (.*)$");
  std::smatch m;
  if (what == "A subcommand is required") return tr("a command is required");
  if (std::regex_match(what, m, required)) return trf("{} is required", m.str(1));
  if (std::regex_match(what, m, extra)) return trf("this argument was not expected: {}", m.str(1));
  if (std::regex_match(what, m, extras)) return trf("these arguments were not expected: {}", m.str(1));
  if (std::regex_match(what, m, needs)) return trf("{} needs {} too", m.str(1), m.str(2));
  if (std::regex_match(what, m, excludes)) return trf("{} cannot be given with {}", m.str(1), m.str(2));
  if (std::regex_match(what, m, missing)) return trf("{} needs a value ({})", m.str(1), m.str(3));
  if (std::regex_match(what, m, convert)) return trf("could not convert: {}", m.str(1));
  return what;  // the validators' own messages are ours, already translated
}

void show_global_options_everywhere(CLI::App& app) {
  std::string text = tr("Global options (before or after the command):");
  for (const CLI::Option* opt : app.get_options()) {
    if (opt->get_lnames().empty() && opt->get_snames().empty()) continue;
    if (opt->get_lnames() == std::vector<std::string>{"help"}) continue;
    text += fmt::format("\n  {:<22} {}", opt->get_name(), opt->get_description());
  }
  std::vector<CLI::App*> todo = subcommands_of(&app);
  while (!todo.empty()) {
    CLI::App* sub = todo.back();
    todo.pop_back();
    sub->footer([text] { return text; });
    for (CLI::App* s : subcommands_of(sub)) todo.push_back(s);
  }
}

}  // namespace pmadmin::cli

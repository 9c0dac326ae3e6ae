// pmadmin: the command line. Parses arguments, runs the one command asked for, and maps
// its result to the exit codes of SPEC §4. All project logic lives in lib/.
#include <unistd.h>
#include <CLI/CLI.hpp>

#include <cstdlib>
#include <string_view>

#include "base/i18n.hpp"
#include "base/text.hpp"
#include "cli/argv_check.hpp"
#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "render/diagnostic.hpp"

namespace {

using pmadmin::tr;

using pmadmin::cli::Context;

/// -C, --today, --as, --format, --color, --dry-run: accepted before or after the subcommand.
void add_global_options(CLI::App& app, Context& ctx, std::string& format) {
  const std::string global = tr("Global options");
  app.add_option("-C", ctx.dir, tr("Run in project folder DIR (default: walk up from here to pmadmin.yaml)"))
      ->option_text("DIR")
      ->group(global);
  CLI::Validator iso_date(
      [](std::string& text) {
        return pmadmin::Date::parse(text) ? std::string()
                                          : pmadmin::trf(
                                                "--today/PMADMIN_TODAY must be a date like 2026-03-20, from 1900-01-01 "
                                                "to 2200-12-31, not \"{}\"",
                                                text);
      },
      "DATE");
  app.add_option("--today", ctx.today_option, tr("The status date YYYY-MM-DD (also PMADMIN_TODAY)"))
      ->envname("PMADMIN_TODAY")
      ->check(iso_date)
      ->group(global);
  app.add_option("--as", ctx.as_person, tr("Act as this person: ID or e-mail (also PMADMIN_USER, else git user.email)"))
      ->option_text("PERSON")
      ->group(global);
  app.add_option("--format", format, tr("Output format: text or json (commands list what they support)"))
      ->check(CLI::IsMember(pmadmin::words_of<pmadmin::OutputFormat>()))
      ->group(global);
  app.add_option("--color", ctx.color, tr("Colour: auto, always, never (NO_COLOR is honoured)"))
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->group(global);
  app.add_flag("--dry-run", ctx.dry_run, tr("Show which files a command would change, change nothing"))->group(global);
  app.add_option("--lang", ctx.lang_option,
                 tr("Language: en or zh-CN, for messages and what is written for the project (default: the locale "
                    "for messages, language: in pmadmin.yaml for reports)"))
      ->check(CLI::IsMember({"en", "zh-CN"}))
      ->group(global);
}

/// Where the message catalogues are: $PMADMIN_LOCALEDIR, beside the binary (the build tree),
/// then under the install prefix (relative to the binary, then as configured).
std::vector<std::string> catalog_dirs() {
  std::vector<std::string> dirs;
  if (const char* env = std::getenv("PMADMIN_LOCALEDIR"); env && *env) dirs.emplace_back(env);
  std::string exe(4096, '\0');
  ssize_t n = readlink("/proc/self/exe", exe.data(), exe.size());
  if (n > 0) {
    exe.resize(static_cast<std::size_t>(n));
    const std::string dir = exe.substr(0, exe.rfind('/'));
    dirs.push_back(dir + "/locale");
    dirs.push_back(dir + "/../share/locale");
  }
  dirs.emplace_back(PMADMIN_INSTALL_LOCALEDIR);
  return dirs;
}

/// The language of messages: --lang (looked for before parsing, so --help is translated
/// too), else the user's locale.
void choose_language(int argc, char** argv, Context& ctx) {
  pmadmin::set_catalog_dirs(catalog_dirs());
  for (int i = 1; i < argc; ++i) {
    std::string_view a(argv[i]);
    if (a == "--") break;
    if (a == "--lang" && i + 1 < argc) ctx.lang_option = argv[i + 1];
    if (a.substr(0, 7) == "--lang=") ctx.lang_option = std::string(a.substr(7));
  }
  auto language = pmadmin::parse_language(ctx.lang_option);
  pmadmin::set_language(language.value_or(pmadmin::language_from_environment(
      std::getenv("LANGUAGE"), std::getenv("LC_ALL"), std::getenv("LC_MESSAGES"), std::getenv("LANG"))));
}

}  // namespace

int main(int argc, char** argv) {
  using namespace pmadmin::cli;
  Context ctx;
  choose_language(argc, argv, ctx);
  CLI::App app{pmadmin::tr("pmadmin - run your own project from a folder of YAML files in git.\n"
                           "Exit codes: 0 ok, 1 check found errors, 2 bad usage or invalid data, 3 permission denied, "
                           "4 could not write safely."),
               "pmadmin"};
  app.set_version_flag("--version", std::string("pmadmin ") + PMADMIN_VERSION,
                       pmadmin::tr("Display program version information and exit"));
  // CLI11's own words, translated too; subcommands inherit the help flag.
  app.set_help_flag("-h,--help", pmadmin::tr("Print this help message and exit"));
  app.formatter(pmadmin::cli::display_width_formatter());
  auto fmt = app.get_formatter();
  fmt->label("Usage", pmadmin::tr("Usage"));
  fmt->label("OPTIONS", pmadmin::tr("OPTIONS"));
  fmt->label("SUBCOMMAND", pmadmin::tr("SUBCOMMAND"));
  fmt->label("SUBCOMMANDS", pmadmin::tr("SUBCOMMANDS"));
  fmt->label("Positionals", pmadmin::tr("Positionals"));
  fmt->label("REQUIRED", pmadmin::tr("REQUIRED"));
  app.fallthrough();  // global options work after the subcommand too
  app.require_subcommand(1);
  std::string format = "text";
  add_global_options(app, ctx, format);
  register_init(app, ctx);
  register_assign(app, ctx);
  register_schedule(app, ctx);
  register_risk(app, ctx);
  register_budget(app, ctx);
  register_calendar(app, ctx);
  register_review(app, ctx);
  register_survey(app, ctx);
  register_check(app, ctx);
  register_report(app, ctx);
  register_audit(app, ctx);
  register_explain(app, ctx);
  register_undo(app, ctx);
  show_global_options_everywhere(app);
  translate_group_names(app);
  if (auto answered = precheck_argv(app, argc, argv)) return *answered;  // help, version, typos

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e, std::cout, std::cerr);  // --help, --version
    // CLI11's messages quote what was typed: render_diagnostic escapes it so a typed ESC
    // cannot reach the terminal.
    const CLI::App* cur = &app;  // the deepest command typed, for the hint
    std::string path = "pmadmin";
    while (!cur->get_subcommands().empty()) {
      cur = cur->get_subcommands().front();
      path += " " + cur->get_name();
    }
    std::cerr << pmadmin::render_diagnostic(
        pmadmin::usage_error(pmadmin::cli::translate_cli11_error(e.what()), pmadmin::trf("see {} --help", path)),
        false);
    return 2;  // every usage error is exit 2 (SPEC §4)
  }
  ctx.format = pmadmin::from_text<pmadmin::OutputFormat>(format).value_or(pmadmin::OutputFormat::text);
  ctx.resolve_today();
  if (const char* fault = std::getenv("PMADMIN_FAULT"); fault && *fault) ctx.fs.set_fault(fault);  // tests only
  if (!ctx.command) return 2;  // a command group without its subcommand (CLI11 reports it)
  CommandResult result = ctx.command();
  if (!result) {
    ctx.report(result.errors());
    return pmadmin::exit_code_for(result.errors());
  }
  return *result;
}

#include "cli/context.hpp"

#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <fmt/format.h>
#include <array>
#include <chrono>
#include <cstdlib>
#include <filesystem>

#include "base/i18n.hpp"
#include "base/text.hpp"
#include "render/diagnostic.hpp"
#include "render/escape.hpp"
#include "render/project_view.hpp"
#include "store/journal.hpp"
#include "store/layout.hpp"
#include "store/process.hpp"

namespace pmadmin::cli {

namespace {

std::string env(const char* name) {
  const char* v = std::getenv(name);
  return v ? std::string(v) : std::string();
}

}  // namespace

std::string Context::git_config(const std::string& dir, const std::string& key) {
  ProcessResult r = run_program({"git", "-C", dir, "config", key});
  if (!r.started || r.exit_code != 0) return {};
  std::string out = r.out;
  while (!out.empty() && (out.back() == '\n' || out.back() == '\r' || out.back() == ' ')) out.pop_back();
  return out;
}

namespace {

/// The current folder; "." when it cannot be known (removed while we run).
std::filesystem::path current_dir() {
  std::error_code ec;
  std::filesystem::path p = std::filesystem::current_path(ec);
  return ec ? std::filesystem::path(".") : p;
}

bool want_color(const std::string& mode, int fd) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  return isatty(fd) != 0;
}

}  // namespace

std::string absolute(const std::string& dir) {
  std::filesystem::path p = current_dir() / (dir.empty() ? "." : dir);
  std::string out = p.lexically_normal().string();
  while (out.size() > 1 && out.back() == '/') out.pop_back();
  return out;
}

std::size_t terminal_columns(int option) {
  if (option > 0) return static_cast<std::size_t>(option);
  winsize ws{};
  if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  if (const char* cols = std::getenv("COLUMNS")) {
    char* end = nullptr;
    long n = std::strtol(cols, &end, 10);
    if (end != cols && *end == '\0' && n > 0 && n < 100000) return static_cast<std::size_t>(n);
  }
  return 100;
}

int lock_timeout_ms() {
  // Seconds to wait for another command's lock: PMADMIN_LOCK_TIMEOUT, default 10.
  std::string t = env("PMADMIN_LOCK_TIMEOUT");
  char* end = nullptr;
  double seconds = t.empty() ? 10 : std::strtod(t.c_str(), &end);
  if (!t.empty() && (!end || *end != '\0' || seconds < 0 || seconds > 3600)) seconds = 10;
  return static_cast<int>(seconds * 1000);
}

void on_run(CLI::App* sub, Context& ctx, std::function<CommandResult()> run) {
  sub->callback([&ctx, run = std::move(run)] { ctx.command = run; });
}

void Context::resolve_today() {
  if (auto d = Date::parse(today_option)) {
    today = *d;
    return;
  }
  today = Date(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
}

const IdentitySources& Context::who() {
  if (!who_) {
    IdentitySources w;
    w.as_option = as_person;
    w.env_user = env("PMADMIN_USER");
    if (w.as_option.empty() && w.env_user.empty()) {
      auto root = project_root();
      w.git_email = git_config(root ? *root : current_dir().string(), "user.email");
    }
    who_ = w;
  }
  return *who_;
}

bool Context::color_stdout() const { return want_color(color, STDOUT_FILENO); }
bool Context::color_stderr() const { return want_color(color, STDERR_FILENO); }

Result<std::string> Context::project_root() const {
  if (!dir.empty()) {
    std::string abs = absolute(dir);
    if (!holds_project(fs, abs))
      return usage_error(trf("{} is not a pmadmin project (no pmadmin.yaml)", abs),
                         tr("create one with: pmadmin init DIR"));
    return abs;
  }
  if (auto root = find_project_root(fs, current_dir().string())) return *root;
  return usage_error(tr("not inside a pmadmin project (no pmadmin.yaml here or in any parent folder)"),
                     tr("pass -C DIR, or create one with: pmadmin init DIR"));
}

Result<Project> Context::load() const {
  auto root = project_root();
  if (!root) return root.errors();
  if (has_journal(fs, *root)) {  // a change was interrupted: roll it back first, under the lock
    auto lock = fs.lock(join_path(*root, kLockFile), lock_timeout_ms());
    if (!lock) return lock.errors();
    if (auto recovered = recover(fs, *root); !recovered) return recovered.errors();
  }
  Diagnostics warnings;
  auto project = load_project(fs, *root, warnings);
  report(warnings);
  return project;
}

Result<Planned> Context::plan() const {
  auto p = load();
  if (!p) return p.errors();
  auto s = compute_schedule(*p, today);
  if (!s) return s.errors();
  return Planned{std::move(*p), std::move(*s)};
}

CommandResult Context::mutate(const Mutation& edit) {
  auto root = project_root();
  if (!root) return root.errors();
  MutationOptions options;
  options.dry_run = dry_run;
  options.when = today.iso();
  options.lock_timeout_ms = lock_timeout_ms();
  Diagnostics warnings;
  auto result = mutate_project(fs, *root, options, edit, warnings);
  report(warnings);
  if (!result) return result.errors();
  return print(render_mutation(*result, format));
}

CommandResult Context::print(const std::string& text) {
  out << text;
  return 0;
}

CommandResult Context::write_output(const std::string& out_file, const std::string& text) {
  if (out_file.empty()) return print(text);
  const std::string target = absolute(out_file);
  if (auto root = project_root(); root && target.rfind(*root + "/", 0) == 0) {
    std::string rel = target.substr(root->size() + 1);
    bool project_file = rel.ends_with(".yaml") || rel == "HANDBOOK.md" || rel.starts_with(".pmadmin/") ||
                        rel.starts_with(".git/") || rel == ".gitignore" || rel == ".gitattributes";
    if (project_file)
      return usage_error(trf("--out {} would overwrite a file of the project itself", out_file),
                         tr("write it elsewhere, like reports/status.html"));
  }
  const std::string folder = std::filesystem::path(target).parent_path().string();
  if (!folder.empty() && !std::filesystem::is_directory(folder))
    return usage_error(trf("--out {}: the folder {} does not exist", out_file, folder),
                       trf("create it first (mkdir -p {}), or write elsewhere", shell_quote(folder)));
  if (dry_run) return print(trf("would write {}\n", escape_for_terminal(out_file)));
  if (Status written = fs.write_atomic(target, text, false); !written) return written.errors();
  return print(trf("wrote {}\n", escape_for_terminal(out_file)));
}

Status Context::supports(std::initializer_list<OutputFormat> allowed) const {
  for (OutputFormat f : allowed)
    if (format == f) return ok_status();
  std::vector<std::string_view> words;
  for (OutputFormat f : allowed) words.push_back(to_text(f));
  return usage_error(trf("--format {} is not available here; use one of: {}", format, fmt::join(words, ", ")));
}

Result<std::optional<Date>> Context::date_option(const char* name, const std::string& text, bool allow_none) const {
  if (allow_none && text == "none") return std::optional<Date>{};
  if (auto d = Date::parse(text)) return std::optional<Date>{*d};
  return usage_error(trf("{} must be a date like 2026-03-20{}, from 1900-01-01 to 2200-12-31, not \"{}\"", name,
                         allow_none ? tr(" (or none)") : "", text));
}

Language Context::document_language(const Project& p) const {
  if (auto l = parse_language(lang_option)) return *l;
  return parse_language(p.config.language).value_or(Language::en);
}

void Context::report(const Diagnostics& ds) const { err << render_diagnostics(ds, color_stderr()); }

}  // namespace pmadmin::cli

#include "cli/context.hpp"

#include <unistd.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fmt/format.h>

#include "base/text.hpp"

namespace pmadmin::cli {

namespace {

std::string env(const char* name) {
  const char* v = std::getenv(name);
  return v ? std::string(v) : std::string();
}

std::string git_user_email(const std::string& dir) {
  // Only a fallback when neither --as nor PMADMIN_USER says who is acting.
  std::string cmd = "git -C '" + dir + "' config user.email 2>/dev/null";
  if (dir.find('\'') != std::string::npos) return {};
  FILE* pipe = popen(cmd.c_str(), "r");
  if (!pipe) return {};
  std::array<char, 256> buf{};
  std::string out;
  while (fgets(buf.data(), buf.size(), pipe)) out += buf.data();
  pclose(pipe);
  while (!out.empty() && (out.back() == '\n' || out.back() == '\r' || out.back() == ' ')) out.pop_back();
  return out;
}

}  // namespace

std::string current_dir() {
  std::array<char, 4096> buf{};
  if (!getcwd(buf.data(), buf.size())) return ".";
  return buf.data();
}

std::string absolute(const std::string& dir) {
  std::string d = dir.empty() ? "." : dir;
  std::string abs = d[0] == '/' ? d : join_path(current_dir(), d);
  // Normalise "." and ".." so messages and parent walks are clean.
  std::vector<std::string> parts;
  std::size_t start = 1;
  while (start <= abs.size()) {
    std::size_t slash = abs.find('/', start);
    std::string part = abs.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  std::string out;
  for (const auto& p : parts) out += "/" + p;
  return out.empty() ? "/" : out;
}

Result<Date> Context::today() const {
  // CLI11 fills today_option from --today or PMADMIN_TODAY and has validated it.
  const std::string& text = today_option;
  if (!text.empty()) {
    if (auto d = Date::parse(text)) return *d;
    return make_error_of(ErrorKind::usage,
                         fmt::format("--today/PMADMIN_TODAY must be a date like 2026-03-20, not \"{}\"", text));
  }
  auto now = std::chrono::system_clock::now();
  return Date(std::chrono::floor<std::chrono::days>(now));
}

IdentitySources Context::identity() const {
  IdentitySources who;
  who.as_option = as_person;
  who.env_user = env("PMADMIN_USER");
  if (who.as_option.empty() && who.env_user.empty()) {
    auto root = project_root();
    who.git_email = git_user_email(root ? *root : current_dir());
  }
  return who;
}

static bool want_color(const std::string& mode, int fd) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  return isatty(fd) != 0;
}

bool Context::color_stdout() const { return want_color(color, STDOUT_FILENO); }
bool Context::color_stderr() const { return want_color(color, STDERR_FILENO); }

Result<std::string> Context::project_root() const {
  if (!dir.empty()) {
    std::string abs = absolute(dir);
    if (fs.kind(join_path(abs, kConfigFile)) == FileKind::missing) {
      return make_error_of(ErrorKind::usage, fmt::format("{} is not a pmadmin project (no pmadmin.yaml)", abs),
                           "create one with: pmadmin init DIR");
    }
    return abs;
  }
  if (auto root = find_project_root(fs, current_dir())) return *root;
  return make_error_of(ErrorKind::usage, "not inside a pmadmin project (no pmadmin.yaml here or in any parent folder)",
                       "pass -C DIR, or create one with: pmadmin init DIR");
}

Result<Project> Context::load() {
  auto root = project_root();
  if (!root) return root.errors();
  Diagnostics warnings;
  auto project = load_project(fs, *root, warnings);
  report(warnings);
  return project;
}

int Context::mutate(const std::function<Result<Outcome>(Project&)>& mutation) {
  auto root = project_root();
  if (!root) return report(root.errors());
  MutationOptions options;
  options.dry_run = dry_run;
  if (std::string t = env("PMADMIN_LOCK_TIMEOUT"); !t.empty()) {
    // Seconds to wait for another command's lock (default 10).
    char* end = nullptr;
    double seconds = std::strtod(t.c_str(), &end);
    if (end && *end == '\0' && seconds >= 0 && seconds <= 3600) options.lock_timeout_ms = static_cast<int>(seconds * 1000);
  }
  Diagnostics warnings;
  auto result = mutate_project(fs, *root, options, mutation, warnings);
  report(warnings);
  if (!result) return report(result.errors());
  if (!result->summary.empty()) out << escape_for_terminal(result->summary) << "\n";
  for (const auto& path : result->written) out << (dry_run ? "would write " : "wrote ") << path << "\n";
  return 0;
}

int Context::report(const Diagnostics& ds) {
  bool c = color_stderr();
  for (const auto& d : ds) {
    std::string text = render(d);
    if (c) {
      const char* word = d.severity == Severity::error ? "error:" : d.severity == Severity::warning ? "warning:" : "note:";
      const char* code = d.severity == Severity::error ? "\x1b[1;31m" : "\x1b[1;33m";
      if (auto pos = text.find(word); pos != std::string::npos)
        text.replace(pos, std::string_view(word).size(), std::string(code) + word + "\x1b[0m");
    }
    err << text;
  }
  exit_code = exit_code_for(ds);  // so helpers that report can leave the code to their caller
  return exit_code;
}

std::optional<std::optional<Date>> Context::date_option(const char* name, const std::string& text, bool allow_none) {
  if (allow_none && text == "none") return std::optional<Date>{};
  if (auto d = Date::parse(text)) return std::optional<Date>{*d};
  usage_error(fmt::format("{} must be a date like 2026-03-20{}, not \"{}\"", name, allow_none ? " (or none)" : "", text));
  return std::nullopt;
}

int Context::write_output(const std::string& out_file, const std::string& text) {
  if (out_file.empty()) {
    out << text;
    return 0;
  }
  if (dry_run) {
    out << "would write " << out_file << "\n";
    return 0;
  }
  auto written = fs.write_atomic(absolute(out_file), text, false);
  if (!written) return report(written.errors());
  out << "wrote " << out_file << "\n";
  return 0;
}

int Context::usage_error(const std::string& message, const std::string& hint) {
  return report({make_error_of(ErrorKind::usage, message, hint)});
}

bool Context::format_ok(std::initializer_list<const char*> allowed) {
  for (const char* a : allowed)
    if (format == a) return true;
  std::string list;
  for (const char* a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
  exit_code = usage_error(fmt::format("--format {} is not available here; use one of: {}", format, list));
  return false;
}

}  // namespace pmadmin::cli

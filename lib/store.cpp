#include "store.hpp"

#include <fmt/format.h>
#include <map>

#include "ids.hpp"
#include "validate.hpp"
#include "yaml_codec.hpp"
#include "yaml_tree.hpp"

namespace pmadmin {

std::optional<std::string> find_project_root(const FileSystem& fs, const std::string& start) {
  std::string dir = start;
  while (!dir.empty()) {
    if (fs.kind(join_path(dir, kConfigFile)) != FileKind::missing) return dir;
    if (dir == "/") break;
    dir = parent_path(dir);
  }
  return std::nullopt;
}

namespace {

class Loader {
 public:
  Loader(const FileSystem& fs, const std::string& root, Diagnostics& warnings)
      : fs_(fs), root_(root), warnings_(warnings) {}

  Diagnostics errors;
  std::map<std::string, std::string> texts;  // relative path -> bytes, for source excerpts

  /// Reads and strictly parses one file; nullopt (with errors recorded) when unusable.
  std::optional<YamlNode> parse(const std::string& rel) {
    auto bytes = fs_.read(join_path(root_, rel), rel, kMaxFileBytes);
    if (!bytes) {
      append(bytes.errors());
      return std::nullopt;
    }
    texts[rel] = *bytes;
    auto tree = parse_yaml_strict(*bytes, rel);
    if (!tree) {
      append(tree.errors());
      return std::nullopt;
    }
    return std::move(tree.value());
  }

  template <typename T>
  std::optional<T> take(Result<T> r) {
    if (!r) {
      append(r.errors());
      return std::nullopt;
    }
    return std::move(r.value());
  }

  /// The `.yaml` entries of folder `rel` as (ID, relative path); checks the folder itself.
  std::vector<std::pair<std::string, std::string>> entity_files(const std::string& rel, bool folders = false) {
    std::vector<std::pair<std::string, std::string>> out;
    std::string abs = join_path(root_, rel);
    FileKind k = fs_.kind(abs);
    if (k == FileKind::missing) return out;
    if (k == FileKind::symlink) {
      errors.push_back(make_error(rel, 0, 0, "is a symbolic link to a folder; pmadmin reads only real folders"));
      return out;
    }
    if (k != FileKind::directory) {
      errors.push_back(make_error(rel, 0, 0, "should be a folder"));
      return out;
    }
    auto names = fs_.list(abs);
    if (!names) {
      append(names.errors());
      return out;
    }
    for (const auto& name : *names) {
      if (name.empty() || name[0] == '.') continue;  // editor swap files, .gitkeep
      std::string path = rel + "/" + name;
      std::string id = name;
      if (!folders) {
        if (name.size() <= 5 || name.substr(name.size() - 5) != ".yaml") {
          Diagnostic w = make_error(path, 0, 0, "ignored: not a .yaml file");
          w.severity = Severity::warning;
          warnings_.push_back(w);
          continue;
        }
        id = name.substr(0, name.size() - 5);
      }
      if (auto problem = id_problem(id)) {
        errors.push_back(make_error(path, 0, 0, fmt::format("file name \"{}\" is not a valid ID: {}", id, *problem)));
        continue;
      }
      out.emplace_back(id, path);
    }
    return out;
  }

  void append(const Diagnostics& ds) { errors.insert(errors.end(), ds.begin(), ds.end()); }

  /// Reads every entity file of folder `rel` with `decode(tree, path, id)` into `into`.
  template <typename Map, typename Decode>
  void load_folder(const std::string& rel, Map& into, Decode decode) {
    for (const auto& [id, path] : entity_files(rel))
      if (auto tree = parse(path))
        if (auto v = take(decode(*tree, path, id))) into.emplace(id, std::move(*v));
  }

 private:
  const FileSystem& fs_;
  std::string root_;
  Diagnostics& warnings_;
};

}  // namespace

Result<Project> load_project(const FileSystem& fs, const std::string& root, Diagnostics& warnings) {
  Project p;
  p.root = root;
  Loader L(fs, root, warnings);
  if (auto tree = L.parse(kConfigFile)) {
    if (auto c = L.take(decode_config(*tree, kConfigFile))) p.config = std::move(*c);
  }
  L.load_folder("people", p.people, decode_person);
  L.load_folder("tasks", p.tasks, decode_task);
  L.load_folder("risks", p.risks, decode_risk);
  if (fs.kind(join_path(root, "budget")) == FileKind::symlink) {
    L.errors.push_back(make_error("budget", 0, 0, "is a symbolic link to a folder; pmadmin reads only real folders"));
  } else {
    if (fs.kind(join_path(root, kBudgetFile)) != FileKind::missing)
      if (auto tree = L.parse(kBudgetFile))
        if (auto v = L.take(decode_budget(*tree, kBudgetFile))) p.budget = std::move(*v);
    L.load_folder("budget/expenses", p.expenses, decode_expense);
  }
  L.load_folder("reviews", p.reviews, decode_review);
  for (const auto& [id, dir] : L.entity_files("surveys", true)) {
    if (fs.kind(join_path(root, dir)) != FileKind::directory) {
      L.errors.push_back(make_error(dir, 0, 0, "should be a folder holding survey.yaml and responses/"));
      continue;
    }
    auto tree = L.parse(dir + "/survey.yaml");
    if (!tree) continue;
    auto survey = L.take(decode_survey(*tree, dir + "/survey.yaml", id));
    if (!survey) continue;
    L.load_folder(dir + "/responses", survey->responses, decode_response);
    p.surveys.emplace(id, std::move(*survey));
  }
  L.load_folder("baselines", p.baselines, decode_baseline);

  // Cross-references are checked only when every file parsed; otherwise they would
  // repeat the first errors as "unknown ID" noise.
  if (L.errors.empty()) L.append(validate_project(p));
  if (!L.errors.empty()) {
    for (const auto& [file, text] : L.texts) attach_source(L.errors, file, text);
    return L.errors;
  }
  return p;
}

std::vector<FileChange> encode_project(const Project& p) {
  std::vector<FileChange> out;
  out.push_back({kConfigFile, encode_config(p.config)});
  for (const auto& [id, v] : p.people) out.push_back({person_path(id), encode_person(v)});
  for (const auto& [id, v] : p.tasks) out.push_back({task_path(id), encode_task(v)});
  for (const auto& [id, v] : p.risks) out.push_back({risk_path(id), encode_risk(v)});
  if (p.budget) out.push_back({kBudgetFile, encode_budget(*p.budget)});
  for (const auto& [id, v] : p.expenses) out.push_back({expense_path(id), encode_expense(v)});
  for (const auto& [id, v] : p.reviews) out.push_back({review_path(id), encode_review(v)});
  for (const auto& [id, v] : p.surveys) {
    out.push_back({survey_path(id), encode_survey(v)});
    for (const auto& [rid, r] : v.responses) out.push_back({response_path(id, rid), encode_response(r)});
  }
  for (const auto& [id, v] : p.baselines) out.push_back({baseline_path(id), encode_baseline(v)});
  return out;
}

Result<MutationReport> write_changes(FileSystem& fs, const std::string& root, const std::vector<FileChange>& changes,
                                     bool dry_run) {
  MutationReport report;
  report.dry_run = dry_run;
  std::vector<const FileChange*> to_write;
  for (const auto& c : changes) {
    std::string abs = join_path(root, c.path);
    FileKind k = fs.kind(abs);
    if (c.create && k != FileKind::missing) {
      Diagnostic d = make_error(c.path, 0, 0, "already exists; refusing to overwrite it");
      d.kind = ErrorKind::write;
      return d;
    }
    if (!c.create && k == FileKind::regular) {
      auto old = fs.read(abs, c.path, kMaxFileBytes);
      if (old && *old == c.bytes) {
        report.unchanged.push_back(c.path);
        continue;
      }
    }
    to_write.push_back(&c);
  }
  for (const FileChange* c : to_write) {
    report.written.push_back(c->path);
    if (dry_run) continue;
    std::string abs = join_path(root, c->path);
    if (Status s = fs.make_dirs(parent_path(abs)); !s) return s.errors();
    if (Status s = fs.write_atomic(abs, c->bytes, c->create); !s) return s.errors();
  }
  return report;
}

Result<MutationReport> mutate_project(FileSystem& fs, const std::string& root, const MutationOptions& options,
                                      const Mutation& mutate, Diagnostics& warnings) {
  auto lock = fs.lock(join_path(root, ".pmadmin/lock"), options.lock_timeout_ms);
  if (!lock) return lock.errors();
  auto project = load_project(fs, root, warnings);
  if (!project) return project.errors();
  auto changes = mutate(*project);
  if (!changes) return changes.errors();
  Diagnostics after = validate_project(*project);
  if (has_errors(after)) return after;
  return write_changes(fs, root, *changes, options.dry_run);
}

}  // namespace pmadmin

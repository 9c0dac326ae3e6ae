#include "store/store.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <map>
#include <set>

#include "base/i18n.hpp"
#include "base/ids.hpp"
#include "plan/schedule.hpp"
#include "store/codec.hpp"
#include "store/journal.hpp"
#include "store/layout.hpp"
#include "store/undo.hpp"
#include "store/validate.hpp"
#include "store/yaml_comments.hpp"
#include "store/yaml_tree.hpp"

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

void remove_stale_temp_files(FileSystem& fs, const std::string& root) {
  std::vector<std::string> folders = {"",       ".pmadmin",        "people",  "tasks",     "risks",
                                      "budget", "budget/expenses", "reviews", "baselines", "surveys"};
  if (auto surveys = fs.list(join_path(root, "surveys")))
    for (const auto& s : *surveys) {
      folders.push_back("surveys/" + s);
      folders.push_back("surveys/" + s + "/responses");
    }
  for (const auto& folder : folders) {
    const std::string dir = join_path(root, folder);
    if (fs.kind(dir) != FileKind::directory) continue;
    if (auto names = fs.list(dir))
      for (const auto& name : *names)
        if (is_temp_file(name) && fs.kind(join_path(dir, name)) == FileKind::regular)
          (void)fs.remove(join_path(dir, name));
  }
}

bool holds_project(const FileSystem& fs, const std::string& dir) {
  return fs.kind(join_path(dir, kConfigFile)) != FileKind::missing;
}

namespace {

class Loader {
 public:
  Loader(const FileSystem& fs, std::string root, Diagnostics& warnings)
      : fs_(fs), root_(std::move(root)), warnings_(warnings) {}

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
      errors.push_back(make_error(rel, 0, 0, tr("is a symbolic link to a folder; pmadmin reads only real folders"),
                                  tr("put the folder itself here instead of a link")));
      return out;
    }
    if (k != FileKind::directory) {
      errors.push_back(
          make_error(rel, 0, 0, tr("should be a folder"), tr("move the file away: pmadmin keeps its files here")));
      return out;
    }
    auto names = fs_.list(abs);
    if (!names) {
      append(names.errors());
      return out;
    }
    for (const auto& name : *names) {
      if (name.empty() || name[0] == '.') continue;  // editor swap files, .gitkeep
      std::string path = join_path(rel, name);
      std::string id = name;
      if (!folders) {
        if (name.size() <= 5 || name.substr(name.size() - 5) != ".yaml") {
          Diagnostic w = make_error(path, 0, 0, tr("ignored: not a .yaml file"));
          w.severity = Severity::warning;
          warnings_.push_back(w);
          continue;
        }
        id = name.substr(0, name.size() - 5);
      }
      if (auto problem = id_problem(id)) {
        errors.push_back(
            make_error(path, 0, 0, trf("file name \"{}\" is not a valid ID: {}", id, *problem),
                       tr("rename the file (and the ID inside it) to lowercase letters, digits and dashes")));
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
    L.errors.push_back(make_error("budget", 0, 0, tr("is a symbolic link to a folder; pmadmin reads only real folders"),
                                  tr("put the folder itself here instead of a link")));
  } else {
    if (fs.kind(join_path(root, kBudgetFile)) != FileKind::missing)
      if (auto tree = L.parse(kBudgetFile))
        if (auto v = L.take(decode_budget(*tree, kBudgetFile))) p.budget = std::move(*v);
    L.load_folder("budget/expenses", p.expenses, decode_expense);
  }
  L.load_folder("reviews", p.reviews, decode_review);
  for (const auto& [id, dir] : L.entity_files("surveys", true)) {
    if (fs.kind(join_path(root, dir)) != FileKind::directory) {
      L.errors.push_back(make_error(dir, 0, 0, tr("should be a folder holding survey.yaml and responses/"),
                                    tr("move the file away; pmadmin survey files live in surveys/ID/survey.yaml")));
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
    std::set<std::string> files;
    for (const auto& d : L.errors) files.insert(d.file);
    for (const auto& file : files)
      if (auto text = L.texts.find(file); text != L.texts.end()) attach_source(L.errors, file, text->second);
    return L.errors;
  }
  return p;
}

namespace {

/// The entity a Touched names, as its Source, or nullptr when it is not in the project.
Source* source_of(Project& p, const Touched& t) {
  auto in = [&](auto& map) -> Source* {
    auto it = map.find(t.id);
    return it == map.end() ? nullptr : &it->second.src;
  };
  switch (t.kind) {
    case EntityKind::config: return &p.config.src;
    case EntityKind::person: return in(p.people);
    case EntityKind::task: return in(p.tasks);
    case EntityKind::risk: return in(p.risks);
    case EntityKind::budget: return p.budget ? &p.budget->src : nullptr;
    case EntityKind::expense: return in(p.expenses);
    case EntityKind::review: return in(p.reviews);
    case EntityKind::survey: return in(p.surveys);
    case EntityKind::response: {
      auto s = p.surveys.find(t.parent);
      if (s == p.surveys.end()) return nullptr;
      auto r = s->second.responses.find(t.id);
      return r == s->second.responses.end() ? nullptr : &r->second.src;
    }
    case EntityKind::baseline: return in(p.baselines);
  }
  return nullptr;
}

/// The canonical bytes of a touched entity; nullopt when it is not in the project.
std::optional<std::string> encode_entity(const Project& p, const Touched& t) {
  auto in = [&](const auto& map, auto encode) -> std::optional<std::string> {
    auto it = map.find(t.id);
    if (it == map.end()) return std::nullopt;
    return encode(it->second);
  };
  switch (t.kind) {
    case EntityKind::config: return encode_config(p.config);
    case EntityKind::person: return in(p.people, encode_person);
    case EntityKind::task: return in(p.tasks, encode_task);
    case EntityKind::risk: return in(p.risks, encode_risk);
    case EntityKind::budget: return p.budget ? std::optional<std::string>(encode_budget(*p.budget)) : std::nullopt;
    case EntityKind::expense: return in(p.expenses, encode_expense);
    case EntityKind::review: return in(p.reviews, encode_review);
    case EntityKind::survey: return in(p.surveys, encode_survey);
    case EntityKind::response: {
      auto s = p.surveys.find(t.parent);
      if (s == p.surveys.end()) return std::nullopt;
      return in(s->second.responses, encode_response);
    }
    case EntityKind::baseline: return in(p.baselines, encode_baseline);
  }
  return std::nullopt;
}

/// The errors the loader would report for a touched entity's new bytes.
Diagnostics decode_errors(const Touched& t, const YamlNode& tree, const std::string& path) {
  auto errors = [](const auto& result) { return result ? Diagnostics{} : result.errors(); };
  switch (t.kind) {
    case EntityKind::config: return errors(decode_config(tree, path));
    case EntityKind::person: return errors(decode_person(tree, path, t.id));
    case EntityKind::task: return errors(decode_task(tree, path, t.id));
    case EntityKind::risk: return errors(decode_risk(tree, path, t.id));
    case EntityKind::budget: return errors(decode_budget(tree, path));
    case EntityKind::expense: return errors(decode_expense(tree, path, t.id));
    case EntityKind::review: return errors(decode_review(tree, path, t.id));
    case EntityKind::survey: return errors(decode_survey(tree, path, t.id));
    case EntityKind::response: return errors(decode_response(tree, path, t.id));
    case EntityKind::baseline: return errors(decode_baseline(tree, path, t.id));
  }
  return {};
}

/// Reads the files a change would write exactly as the next command will (strict YAML, the
/// codecs, the 1 MiB limit): any problem means the change would leave the project
/// unloadable, so it is refused before anything is written.
Diagnostics reload_check(const std::vector<Touched>& touched, const std::vector<FileChange>& files) {
  std::map<std::string, const FileChange*> by_path;
  for (const auto& f : files) by_path.emplace(f.path, &f);
  Diagnostics out;
  for (const Touched& t : touched) {
    auto f = by_path.find(path_of(t));
    if (f == by_path.end() || f->second->remove) continue;
    auto tree = parse_yaml_strict(f->second->bytes, f->first);
    Diagnostics found = tree ? decode_errors(t, *tree, f->first) : tree.errors();
    attach_source(found, f->first, f->second->bytes);
    for (auto& d : found) out.push_back(std::move(d));
    by_path.erase(f);
  }
  return out;
}

}  // namespace

std::vector<FileChange> encode_touched(const Project& p, const std::vector<Touched>& touched) {
  std::vector<FileChange> out;
  std::set<std::string> seen;
  for (const Touched& t : touched) {
    std::string path = path_of(t);
    if (!seen.insert(path).second) continue;
    if (t.change == ChangeKind::deleted) {
      out.push_back({path, "", false, true});
      continue;
    }
    if (auto bytes = encode_entity(p, t))
      out.push_back({path, std::move(*bytes), t.change == ChangeKind::created, false});
  }
  return out;
}

std::vector<FileChange> encode_project(const Project& p) {
  std::vector<Touched> all;
  all.push_back({EntityKind::config, "", ChangeKind::changed, ""});
  for (const auto& [id, v] : p.people) all.push_back({EntityKind::person, id, ChangeKind::changed, ""});
  for (const auto& [id, v] : p.tasks) all.push_back({EntityKind::task, id, ChangeKind::changed, ""});
  for (const auto& [id, v] : p.risks) all.push_back({EntityKind::risk, id, ChangeKind::changed, ""});
  if (p.budget) all.push_back({EntityKind::budget, "", ChangeKind::changed, ""});
  for (const auto& [id, v] : p.expenses) all.push_back({EntityKind::expense, id, ChangeKind::changed, ""});
  for (const auto& [id, v] : p.reviews) all.push_back({EntityKind::review, id, ChangeKind::changed, ""});
  for (const auto& [id, v] : p.surveys) {
    all.push_back({EntityKind::survey, id, ChangeKind::changed, ""});
    for (const auto& [rid, r] : v.responses) all.push_back({EntityKind::response, rid, ChangeKind::changed, id});
  }
  for (const auto& [id, v] : p.baselines) all.push_back({EntityKind::baseline, id, ChangeKind::changed, ""});
  return encode_touched(p, all);
}

namespace {

/// The folders missing on the way to `dir`, in the order make_dirs creates them.
std::vector<std::string> missing_folders(const FileSystem& fs, std::string dir) {
  std::vector<std::string> out;
  while (!dir.empty() && dir != "/" && fs.kind(dir) == FileKind::missing) {
    out.insert(out.begin(), dir);
    dir = parent_path(dir);
  }
  return out;
}

struct Applied {
  Status status = ok_status();
  bool rolled_back = true;  ///< after a failure: every file is as it was again
};

/// Applies the entries in order. On the first failure it puts back what it applied and
/// removes the folders it made, so the project is as it was.
Applied apply(FileSystem& fs, const std::string& root, const std::vector<JournalEntry>& entries) {
  std::vector<std::string> made;  // in the order they were created
  std::vector<JournalEntry> touched;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const JournalEntry& e = entries[i];
    const std::string file = join_path(root, e.path);
    Status s = i > 0 ? fs.fault_point("between_renames") : ok_status();
    if (s && !e.new_bytes) {
      s = fs.remove(file);
    } else if (s) {
      auto missing = missing_folders(fs, parent_path(file));
      s = fs.make_dirs(parent_path(file));
      made.insert(made.end(), missing.begin(), missing.end());
      if (s) s = fs.write_atomic(file, *e.new_bytes, !e.old_bytes);
    }
    touched.push_back(e);  // a failed write may still have replaced the file: roll it back too
    if (!s) {
      bool back = roll_back(fs, root, touched).ok();
      for (auto dir = made.rbegin(); dir != made.rend(); ++dir) (void)fs.remove_dir(*dir);
      return {s, back};
    }
  }
  return {};
}

/// A change refused because of what it would write: each problem says nothing was written.
Diagnostics not_written(Diagnostics ds) {
  for (auto& d : ds)
    d.hint = d.hint.empty() ? tr("nothing was written: the change would leave this file unloadable")
                            : trf("{} (nothing was written)", d.hint);
  return ds;
}

Diagnostics nothing_changed(Diagnostics ds, bool rolled_back) {
  for (auto& d : ds)
    if (d.hint.empty())
      d.hint = rolled_back ? tr("nothing was changed")
                           : tr("the change could not be undone here; the next pmadmin command rolls it back");
  return ds;
}

}  // namespace

Result<MutationReport> write_changes(FileSystem& fs, const std::string& root, const std::vector<FileChange>& changes,
                                     bool dry_run, bool journal) {
  MutationReport report;
  report.dry_run = dry_run;
  std::vector<JournalEntry> entries;
  for (const auto& c : changes) {
    std::string file = join_path(root, c.path);
    FileKind k = fs.kind(file);
    if (c.create && k != FileKind::missing) {
      Diagnostic d = make_error(c.path, 0, 0, tr("already exists; refusing to overwrite it"));
      d.kind = ErrorKind::write;
      return d;
    }
    JournalEntry e{c.path, std::nullopt, c.remove ? std::nullopt : std::optional<std::string>(c.bytes)};
    if (k == FileKind::regular) {
      auto old = fs.read(file, c.path, kMaxFileBytes);
      if (!old) return old.errors();
      e.old_bytes = std::move(*old);
      if (e.new_bytes && c.path.ends_with(".yaml"))  // the user's comments stay (store/yaml_comments.hpp)
        e.new_bytes = keep_comments(*e.old_bytes, *e.new_bytes);
    }
    if (e.old_bytes == e.new_bytes) {
      report.unchanged.push_back(c.path);
      continue;
    }
    (c.remove ? report.removed : report.written).push_back(c.path);
    entries.push_back(std::move(e));
  }
  if (dry_run || entries.empty()) return report;
  const std::string journal_file = join_path(root, kJournalFile);
  if (journal) {
    if (Status s = fs.make_dirs(parent_path(journal_file)); !s) return s.errors();
    if (Status s = fs.write_atomic(journal_file, encode_journal(entries), false); !s) return s.errors();
  }
  Applied applied = apply(fs, root, entries);
  if (!applied.status) {
    if (journal && applied.rolled_back) (void)fs.remove(journal_file);
    return nothing_changed(applied.status.errors(), applied.rolled_back);
  }
  if (journal)
    if (Status s = fs.remove(journal_file); !s) return s.errors();
  report.applied = std::move(entries);
  return report;
}

Result<MutationReport> mutate_project(FileSystem& fs, const std::string& root, const MutationOptions& options,
                                      const Mutation& mutate, Diagnostics& warnings) {
  auto lock = fs.lock(join_path(root, kLockFile), options.lock_timeout_ms);
  if (!lock) return lock.errors();
  if (Status s = fs.fault_point("after_lock"); !s) return s.errors();
  if (auto recovered = recover(fs, root); !recovered) return recovered.errors();
  remove_stale_temp_files(fs, root);
  auto project = load_project(fs, root, warnings);
  if (!project) return project.errors();
  auto outcome = mutate(*project);
  if (!outcome) return outcome.errors();
  for (const Touched& t : outcome->touched)  // so problems in new entities name their file
    if (Source* src = source_of(*project, t)) src->file = path_of(t);
  Diagnostics after = validate_project(*project);
  if (has_errors(after)) return not_written(std::move(after));
  // A change to the tasks or the calendar must leave a plan pmadmin can hold: the plan
  // without progress, which check and the report compute, within the twenty-year horizon
  // (the forecast is the edit's own to check, as it depends on the status date).
  if (std::any_of(outcome->touched.begin(), outcome->touched.end(),
                  [](const Touched& t) { return t.kind == EntityKind::task || t.kind == EntityKind::config; }))
    if (auto plan = compute_plan(*project); !plan) return not_written(std::move(plan.errors()));
  std::vector<FileChange> files = encode_touched(*project, outcome->touched);
  if (Diagnostics broken = reload_check(outcome->touched, files); has_errors(broken))
    return not_written(std::move(broken));
  auto report = write_changes(fs, root, files, options.dry_run, true);
  if (!report) return report.errors();
  report->summary = std::move(outcome->summary);
  report->touched = std::move(outcome->touched);
  if (!options.dry_run)  // the files are written: failing to keep the undo step only warns
    if (Status kept = record_undo(fs, root, report->applied, report->summary, options.when); !kept)
      for (Diagnostic d : kept.errors()) {
        d.severity = Severity::warning;
        d.message = trf("the change was made but cannot be undone with pmadmin undo: {}", d.message);
        warnings.push_back(d);
      }
  return report;
}

namespace {

const char* kGitignore =
    "# pmadmin's own working files: lock, journal, load cache, editor schemas\n"
    ".pmadmin/\n"
    "# what an interrupted write leaves (the next pmadmin command removes it)\n"
    ".*.pmadmin-tmp-*\n";

const char* kGitattributes =
    "# Project files are UTF-8 text with LF line ends on every platform, so diffs stay clean.\n"
    "*.yaml text eol=lf\n"
    "*.md text eol=lf\n"
    "# A generated report is regenerated, never merged by hand.\n"
    "reports/** -diff linguist-generated\n";

/// .gitignore and .gitattributes: created, or extended when an existing repository's file
/// lacks pmadmin's rule (never replaced).
Status git_files(const FileSystem& fs, const std::string& dir, std::vector<FileChange>& changes) {
  struct GitFile {
    const char* path;
    const char* text;
    const char* rule;  ///< present already: the file needs nothing from us
  };
  for (const GitFile& g : {GitFile{".gitignore", kGitignore, ".*.pmadmin-tmp-*"},
                           GitFile{".gitattributes", kGitattributes, "*.yaml text eol=lf"}}) {
    const std::string name = g.path, text = g.text;
    const std::string full_path = join_path(dir, name);
    if (fs.kind(full_path) == FileKind::missing) {
      changes.push_back({name, text, true});
      continue;
    }
    auto old = fs.read(full_path, name, kMaxFileBytes);
    if (!old) return old.errors();
    if (old->find(g.rule) != std::string::npos) continue;
    std::string merged = *old;
    if (!merged.empty() && merged.back() != '\n') merged += '\n';
    changes.push_back({name, merged + text, false});
  }
  return ok_status();
}

}  // namespace

Result<MutationReport> create_project(FileSystem& fs, const std::string& dir, const Project& p,
                                      const std::string& handbook, bool dry_run) {
  std::vector<FileChange> changes;
  for (auto& c : encode_project(p)) {
    c.create = true;
    changes.push_back(std::move(c));
  }
  if (!handbook.empty()) changes.push_back({kHandbookFile, handbook, true});
  if (Status s = git_files(fs, dir, changes); !s) return s.errors();
  // pmadmin.yaml goes last: until it exists the folder is not a project.
  std::stable_partition(changes.begin(), changes.end(), [](const FileChange& c) { return c.path != kConfigFile; });
  return write_changes(fs, dir, changes, dry_run, false);
}

}  // namespace pmadmin

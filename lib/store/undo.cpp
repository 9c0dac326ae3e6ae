#include "store/undo.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <cstdlib>

#include "base/i18n.hpp"
#include "base/text.hpp"
#include "store/layout.hpp"

namespace pmadmin {

namespace {

std::string step_file(const std::string& root, int seq, const char* ext) {
  return join_path(join_path(root, kUndoDir), fmt::format("{:06}.{}", seq, ext));
}

/// The sequence numbers kept, oldest first.
std::vector<int> kept_steps(const FileSystem& fs, const std::string& root) {
  std::vector<int> seqs;
  auto names = fs.list(join_path(root, kUndoDir));
  if (!names) return seqs;
  for (const auto& name : *names) {
    if (name.size() != 14 || !name.ends_with(".journal")) continue;
    const std::string digits = name.substr(0, 6);
    if (digits.find_first_not_of("0123456789") != std::string::npos) continue;
    seqs.push_back(std::atoi(digits.c_str()));
  }
  std::sort(seqs.begin(), seqs.end());
  return seqs;
}

std::optional<UndoStep> read_step(const FileSystem& fs, const std::string& root, int seq) {
  auto journal = fs.read(step_file(root, seq, "journal"), tr("undo step"), 64 * 1024 * 1024);
  auto about = fs.read(step_file(root, seq, "txt"), tr("undo step"), 1024 * 1024);
  if (!journal || !about) return std::nullopt;
  auto files = decode_journal(*journal);
  if (!files) return std::nullopt;
  UndoStep step;
  step.seq = seq;
  auto nl = about->find('\n');
  step.when = about->substr(0, nl);
  step.summary = nl == std::string::npos ? "" : about->substr(nl + 1);
  step.files = std::move(*files);
  return step;
}

void drop_step(FileSystem& fs, const std::string& root, int seq) {
  (void)fs.remove(step_file(root, seq, "journal"));
  (void)fs.remove(step_file(root, seq, "txt"));
}

}  // namespace

Status record_undo(FileSystem& fs, const std::string& root, const std::vector<JournalEntry>& files,
                   const std::string& summary, const std::string& when) {
  if (files.empty()) return ok_status();
  if (Status s = fs.make_dirs(join_path(root, kUndoDir)); !s) return s;
  std::vector<int> seqs = kept_steps(fs, root);
  const int seq = seqs.empty() ? 1 : seqs.back() + 1;
  // The description first, then the files: a step without its journal is never listed.
  if (Status s = fs.write_atomic(step_file(root, seq, "txt"), when + "\n" + summary, false); !s) return s;
  if (Status s = fs.write_atomic(step_file(root, seq, "journal"), encode_journal(files), false); !s) return s;
  for (std::size_t i = 0; i + kUndoKept <= seqs.size(); ++i) drop_step(fs, root, seqs[i]);
  return ok_status();
}

std::vector<UndoStep> list_undo(const FileSystem& fs, const std::string& root) {
  std::vector<UndoStep> steps;
  std::vector<int> seqs = kept_steps(fs, root);
  for (auto it = seqs.rbegin(); it != seqs.rend(); ++it)
    if (auto step = read_step(fs, root, *it)) steps.push_back(std::move(*step));
  return steps;
}

Result<MutationReport> undo_last(FileSystem& fs, const std::string& root, int lock_timeout_ms, bool dry_run) {
  auto lock = fs.lock(join_path(root, kLockFile), lock_timeout_ms);
  if (!lock) return lock.errors();
  if (auto recovered = recover(fs, root); !recovered) return recovered.errors();
  std::vector<int> seqs = kept_steps(fs, root);
  if (seqs.empty()) return usage_error(tr("nothing to undo: no change made by pmadmin is kept in this folder"));
  auto step = read_step(fs, root, seqs.back());
  if (!step) return usage_error(tr("the last change kept for undo cannot be read; nothing undone"));
  std::vector<std::string> changed;
  std::vector<FileChange> back;
  for (const auto& f : step->files) {
    const std::string file = join_path(root, f.path);
    std::optional<std::string> now;
    if (fs.kind(file) == FileKind::regular) {
      auto bytes = fs.read(file, f.path, 64 * 1024 * 1024);
      if (!bytes) return bytes.errors();
      now = std::move(*bytes);
    }
    if (now != f.new_bytes) changed.push_back(f.path);
    back.push_back(FileChange{f.path, f.old_bytes.value_or(""), false, !f.old_bytes.has_value()});
  }
  if (!changed.empty())
    return usage_error(trf("cannot undo \"{}\": {} changed since; nothing undone", step->summary, join_some(changed)),
                       tr("put it back with git (git diff, git checkout FILE), or change it with a pmadmin command"));
  auto report = write_changes(fs, root, back, dry_run, true);
  if (!report) return report.errors();
  if (dry_run) {
    report->summary = trf("would undo: {}", step->summary);
    return report;
  }
  Diagnostics warnings;
  if (auto loaded = load_project(fs, root, warnings); !loaded) {
    (void)roll_back(fs, root, report->applied);
    Diagnostics errors = loaded.errors();
    for (auto& d : errors)
      d.hint =
          tr("nothing was undone: the files as they were would not load with the rest of the project as it is now");
    return errors;
  }
  drop_step(fs, root, step->seq);
  report->summary = trf("undid: {} (as of {})", step->summary, step->when);
  return report;
}

}  // namespace pmadmin

#include "store/journal.hpp"

#include <fmt/format.h>
#include <charconv>

namespace pmadmin {

namespace {

constexpr std::string_view kMagic = "pmadmin-journal 1\n";
constexpr std::string_view kEnd = "end\n";
constexpr std::size_t kMaxJournalBytes = std::size_t{1} << 30;  // a change of many large files

/// `tag LENGTH\n` then LENGTH bytes and a newline; `tag -\n` for none.
void put(std::string& out, std::string_view tag, const std::optional<std::string>& bytes) {
  if (!bytes) {
    out += fmt::format("{} -\n", tag);
    return;
  }
  out += fmt::format("{} {}\n", tag, bytes->size());
  out += *bytes;
  out += '\n';
}

/// Reads what put() wrote at `pos`; false when the text is not that.
bool take(std::string_view in, std::size_t& pos, std::string_view tag, std::optional<std::string>& bytes) {
  std::size_t nl = in.find('\n', pos);
  if (nl == std::string_view::npos) return false;
  std::string_view line = in.substr(pos, nl - pos);
  if (line.substr(0, tag.size()) != tag || line.size() < tag.size() + 2 || line[tag.size()] != ' ') return false;
  std::string_view size = line.substr(tag.size() + 1);
  pos = nl + 1;
  if (size == "-") {
    bytes.reset();
    return true;
  }
  std::size_t n = 0;
  auto [end, ec] = std::from_chars(size.data(), size.data() + size.size(), n);
  if (ec != std::errc() || end != size.data() + size.size() || n > in.size() - pos || pos + n >= in.size() ||
      in[pos + n] != '\n')
    return false;
  bytes = std::string(in.substr(pos, n));
  pos += n + 1;
  return true;
}

}  // namespace

std::string encode_journal(const std::vector<JournalEntry>& entries) {
  std::string out(kMagic);
  for (const auto& e : entries) {
    put(out, "path", e.path);
    put(out, "old", e.old_bytes);
    put(out, "new", e.new_bytes);
  }
  return out + std::string(kEnd);
}

std::optional<std::vector<JournalEntry>> decode_journal(std::string_view in) {
  if (in.substr(0, kMagic.size()) != kMagic) return std::nullopt;
  std::vector<JournalEntry> entries;
  std::size_t pos = kMagic.size();
  while (in.substr(pos) != kEnd) {
    JournalEntry e;
    std::optional<std::string> path;
    if (!take(in, pos, "path", path) || !path || !take(in, pos, "old", e.old_bytes) ||
        !take(in, pos, "new", e.new_bytes))
      return std::nullopt;
    e.path = *path;
    entries.push_back(std::move(e));
  }
  return entries;
}

Status roll_back(FileSystem& fs, const std::string& root, const std::vector<JournalEntry>& entries) {
  for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
    const std::string file = join_path(root, it->path);
    const FileKind kind = fs.kind(file);
    if (!it->old_bytes) {
      if (kind == FileKind::regular)
        if (Status s = fs.remove(file); !s) return s;
      continue;
    }
    if (kind == FileKind::regular) {
      auto now = fs.read(file, it->path, kMaxJournalBytes);
      if (now && *now == *it->old_bytes) continue;
    }
    if (Status s = fs.make_dirs(parent_path(file)); !s) return s;
    if (Status s = fs.write_atomic(file, *it->old_bytes, false); !s) return s;
  }
  return ok_status();
}

bool has_journal(const FileSystem& fs, const std::string& root) {
  return fs.kind(join_path(root, kJournalFile)) != FileKind::missing;
}

Result<bool> recover(FileSystem& fs, const std::string& root) {
  if (!has_journal(fs, root)) return false;
  const std::string file = join_path(root, kJournalFile);
  auto bytes = fs.read(file, kJournalFile, kMaxJournalBytes);
  if (!bytes) return bytes.errors();
  if (auto entries = decode_journal(*bytes))
    if (Status s = roll_back(fs, root, *entries); !s) return s.errors();
  if (Status s = fs.remove(file); !s) return s.errors();
  return true;
}

}  // namespace pmadmin

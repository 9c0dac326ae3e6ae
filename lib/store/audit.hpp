#pragma once
/// `pmadmin audit`: the files say who did what; git says who committed it. For every
/// approval-bearing record (role grants and revocations, budget plans and adjustments,
/// baselines, inspections and acceptances, the root of trust) the audit finds the commit
/// that introduced it and compares the commit's author e-mail with the e-mail of the person
/// the record names; approvals are append-only, so a record changed or removed later is a
/// finding; and a change to the role definitions or the `checks:` settings in pmadmin.yaml
/// must be committed by someone who held manage-roles (under the roles as they were before).
#include <optional>
#include <string>
#include <vector>

#include "base/date.hpp"
#include "base/result.hpp"
#include "model/model.hpp"
#include "model/vocab.hpp"
#include "store/git.hpp"

namespace pmadmin {

enum class AuditFindingKind { author_mismatch, changed_record, unauthorised_setting, unreadable };
template <>
struct Vocabulary<AuditFindingKind> {
  static constexpr std::array<std::string_view, 4> words = {"author-mismatch", "changed-record", "unauthorised-setting",
                                                            "unreadable"};
};

/// One approval-bearing record as a file states it, in one version of that file.
struct AuditRecord {
  std::string key;       ///< its whole content, canonical: equal keys are the same record
  std::string describe;  ///< "the grant of role member to bob on 2026-03-02"
  std::string by;        ///< the person it names as its author
  bool setting = false;  ///< roles/checks in pmadmin.yaml: any change needs manage-roles
};

/// The records of a project-relative file (an empty list for files that hold none).
Result<std::vector<AuditRecord>> audit_records(const std::string& file, const std::string& text);
/// True for the files that can hold approval-bearing records.
bool holds_approvals(const std::string& file);

/// A record as introduced by a commit, with the verdict on its author.
struct AuditEntry {
  std::string file;
  std::string describe;
  std::string by;
  std::string commit;
  std::string author_email;
  Date date;            ///< the commit's author date
  std::string problem;  ///< the finding about it; empty when none
};

struct AuditFinding {
  AuditFindingKind kind = AuditFindingKind::author_mismatch;
  std::string file;  ///< project-relative
  std::string commit;
  std::string author_email;
  Date date;
  std::string message;
};

struct AuditRun {
  std::string since;  ///< the --since revision, "" for the whole history
  std::size_t commits = 0;
  std::vector<AuditEntry> records;
  std::vector<AuditFinding> findings;
};

/// Audits `history` (after `since`) against `current`, the project as it is now (for the
/// people's e-mails and role history).
Result<AuditRun> audit_history(const Project& current, History& history, const std::string& since);

}  // namespace pmadmin

// The audit of the git history against the approval-bearing records (see audit.hpp).
#include "store/audit.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <map>
#include <set>

#include "base/i18n.hpp"
#include "base/text.hpp"
#include "model/identity.hpp"
#include "store/codec.hpp"
#include "store/layout.hpp"

namespace pmadmin {

namespace {

/// "people/bob.yaml" -> "people"; "bob".
std::pair<std::string, std::string> split_file(const std::string& file) {
  std::size_t slash = file.find('/');
  if (slash == std::string::npos || file.find('/', slash + 1) != std::string::npos) return {"", file};
  std::string name = file.substr(slash + 1);
  if (name.size() <= 5 || name.compare(name.size() - 5, 5, ".yaml") != 0) return {"", file};
  return {file.substr(0, slash), name.substr(0, name.size() - 5)};
}

std::string short_id(const std::string& commit) { return commit.substr(0, 10); }

std::vector<AuditRecord> config_records(const ProjectConfig& c) {
  std::vector<std::string> roles, checks;
  for (const auto& [id, def] : c.roles) {
    std::vector<std::string> perms;
    for (Permission perm : def.permissions) perms.emplace_back(to_text(perm));
    roles.push_back(fmt::format("{}=[{}]", id, fmt::join(perms, ",")));
  }
  for (const auto& [rule, cfg] : c.checks)
    checks.push_back(fmt::format("{}={}/{}", to_text(rule), to_text(cfg.severity), cfg.threshold));
  std::vector<AuditRecord> out = {
      {fmt::format("roles: {}", fmt::join(roles, "; ")), tr("the role definitions (roles: in pmadmin.yaml)"), "", true},
      {fmt::format("checks: {}", fmt::join(checks, "; ")), tr("the check settings (checks: in pmadmin.yaml)"), "",
       true}};
  if (!c.created_by.empty()) {
    const std::string on = c.created_on ? c.created_on->iso() : std::string("an unrecorded day");  // in the key
    out.push_back({fmt::format("created: {} {}", c.created_by, on),
                   c.created_on
                       ? trf("the project's creation by {} on {} (the root of trust)", c.created_by, on)
                       : trf("the project's creation by {} on an unrecorded day (the root of trust)", c.created_by),
                   c.created_by, false});
  }
  return out;
}

std::vector<AuditRecord> person_records(const Person& p) {
  std::vector<AuditRecord> out;
  for (const RoleEvent& e : p.history)
    out.push_back({fmt::format("{} {} {} {}", e.date.iso(), to_text(e.action), e.role, e.by),
                   e.action == RoleAction::grant
                       ? trf("the grant of role {} to {} on {}", e.role, p.id, e.date.iso())
                       : trf("the revocation of role {} from {} on {}", e.role, p.id, e.date.iso()),
                   e.by, false});
  return out;
}

std::vector<AuditRecord> budget_records(const BudgetPlan& b) {
  std::vector<AuditRecord> out;
  for (const auto& [category, line] : b.categories)
    for (const PlanChange& ch : line.history)
      out.push_back({fmt::format("plan {} {} {} {} {}", category, ch.date.iso(), ch.by, ch.planned.grouped(),
                                 ch.was ? ch.was->grouped() : "new"),
                     trf("the plan of budget line {} at {} on {}", category, ch.planned.grouped(), ch.date.iso()),
                     ch.by, false});
  for (const BudgetAdjustment& a : b.adjustments)
    out.push_back({fmt::format("adjust {} {} {} {} {}", a.date.iso(), a.category, a.amount.grouped(), a.by, a.reason),
                   trf("the budget adjustment of {} on {} on {}", a.amount.grouped(), a.category, a.date.iso()), a.by,
                   false});
  return out;
}

std::vector<AuditRecord> review_records(const Review& r) {
  std::vector<AuditRecord> out;
  if (r.kind == ReviewKind::quality)
    out.push_back({fmt::format("inspection {} {} {} passed=[{}] failed=[{}] result={}", r.task, r.date.iso(), r.by,
                               fmt::join(r.passed, "|"), fmt::join(r.failed, "|"),
                               r.result ? std::string(to_text(*r.result)) : ""),
                   trf("the inspection of task {} in review {} on {}", r.task, r.id, r.date.iso()), r.by, false});
  if (!r.accepted_by.empty()) {
    const Date on = r.accepted_on.value_or(r.date);
    out.push_back({fmt::format("acceptance {} {} {}", r.task, r.accepted_by, on.iso()),
                   trf("the acceptance of task {} in review {} on {}", r.task, r.id, on.iso()), r.accepted_by, false});
  }
  return out;
}

/// A risk's closes: closing one (a high one needs close-risk) is a decision of its author.
std::vector<AuditRecord> risk_records(const Risk& r) {
  std::vector<AuditRecord> out;
  for (const Assessment& e : r.history)
    if (e.event == RiskEvent::close)
      out.push_back({fmt::format("close {} {} {} {}x{} {}", r.id, e.date.iso(), e.by, e.probability, e.impact, e.note),
                     trf("the closing of risk {} on {}", r.id, e.date.iso()), e.by, false});
  return out;
}

template <typename T>
Result<std::vector<AuditRecord>> records_of(Result<T> decoded, std::vector<AuditRecord> (*records)(const T&)) {
  if (!decoded) return decoded.errors();
  return records(*decoded);
}

}  // namespace

bool holds_approvals(const std::string& file) {
  if (file == kConfigFile || file == kBudgetFile) return true;
  const auto [folder, id] = split_file(file);
  return folder == "people" || folder == "baselines" || folder == "reviews" || folder == "risks";
}

Result<std::vector<AuditRecord>> audit_records(const std::string& file, const std::string& text) {
  if (!holds_approvals(file)) return std::vector<AuditRecord>{};
  auto tree = parse_yaml_strict(text, file);
  if (!tree) return tree.errors();
  if (file == kConfigFile) return records_of(decode_config(*tree, file), config_records);
  if (file == kBudgetFile) return records_of(decode_budget(*tree, file), budget_records);
  const auto [folder, id] = split_file(file);
  if (folder == "people") return records_of(decode_person(*tree, file, id), person_records);
  if (folder == "reviews") return records_of(decode_review(*tree, file, id), review_records);
  if (folder == "risks") return records_of(decode_risk(*tree, file, id), risk_records);
  auto b = decode_baseline(*tree, file, id);
  if (!b) return b.errors();
  return std::vector<AuditRecord>{
      {encode_baseline(*b), trf("baseline {} saved on {}", b->name, b->saved.iso()), b->by, false}};
}

namespace {

/// One audit run: the versions read from git, decoded once each, and the findings.
class HistoryAudit {
 public:
  HistoryAudit(const Project& current, std::vector<Commit> commits) : p_(current), commits_(std::move(commits)) {}

  /// Every version the audit compares: each changed file at its commit and at each parent.
  std::vector<std::pair<std::string, std::string>> wanted() const {
    std::vector<std::pair<std::string, std::string>> out;
    for (const Commit& c : commits_)
      for (const std::string& f : c.files) {
        if (!holds_approvals(f)) continue;
        out.emplace_back(c.id, f);
        for (const std::string& parent : c.parents) out.emplace_back(parent, f);
      }
    return out;
  }

  void set_texts(const std::vector<std::pair<std::string, std::string>>& keys,
                 std::vector<std::optional<std::string>> texts) {
    for (std::size_t i = 0; i < keys.size() && i < texts.size(); ++i) texts_[keys[i]] = std::move(texts[i]);
  }

  AuditRun run(const std::string& since) {
    out_.since = since;
    out_.commits = commits_.size();
    for (const Commit& c : commits_)
      for (const std::string& f : c.files)
        if (holds_approvals(f)) compare(c, f);
    return std::move(out_);
  }

 private:
  /// The records of `file` at `commit`: none when it did not exist; an error when unreadable.
  const Result<std::vector<AuditRecord>>& records_at(const std::string& commit, const std::string& file) {
    auto key = std::make_pair(commit, file);
    auto it = decoded_.find(key);
    if (it != decoded_.end()) return it->second;
    const auto& text = texts_[key];
    Result<std::vector<AuditRecord>> r =
        text ? audit_records(file, *text) : Result<std::vector<AuditRecord>>(std::vector<AuditRecord>{});
    return decoded_.emplace(key, std::move(r)).first->second;
  }

  void finding(AuditFindingKind kind, const Commit& c, const std::string& file, std::string message) {
    out_.findings.push_back(AuditFinding{kind, file, c.id, c.author_email, c.date, std::move(message)});
  }

  /// The person whose e-mail the commit's author used, or "".
  std::string author_of(const Commit& c) const {
    for (const auto& [id, person] : p_.people)
      if (!person.email.empty() && lowercase(person.email) == lowercase(c.author_email)) return id;
    return "";
  }

  void compare(const Commit& c, const std::string& file) {
    const auto& now = records_at(c.id, file);
    if (!now) {
      finding(AuditFindingKind::unreadable, c, file,
              trf("{} as committed in {} cannot be read, so its records cannot be audited: {}", file, short_id(c.id),
                  now.errors().front().message));
      return;
    }
    std::set<std::string> before;
    for (const std::string& parent : c.parents) {
      const auto& then = records_at(parent, file);
      if (!then) return;  // the unreadable version has its own finding
      for (const AuditRecord& r : *then) before.insert(r.key);
    }
    std::set<std::string> after;
    for (const AuditRecord& r : *now) {
      after.insert(r.key);
      if (before.count(r.key)) continue;
      if (r.setting)
        setting_changed(c, file, r);
      else
        introduced(c, file, r);
    }
    for (const std::string& parent : c.parents)
      for (const AuditRecord& r : *records_at(parent, file)) {
        if (r.setting || after.count(r.key)) continue;
        after.insert(r.key);  // once per record, however many parents had it
        auto w = written_in_.find(file + '\n' + r.key);
        finding(AuditFindingKind::changed_record, c, file,
                w == written_in_.end()
                    ? trf("{}, written in a commit before the audited ones, was changed or removed in commit {} by {}; "
                          "approvals are only ever added, a correction is a new record",
                          r.describe, short_id(c.id), c.author_email)
                    : trf("{}, written in commit {}, was changed or removed in commit {} by {}; approvals are only "
                          "ever added, a correction is a new record",
                          r.describe, short_id(w->second), short_id(c.id), c.author_email));
      }
  }

  void introduced(const Commit& c, const std::string& file, const AuditRecord& r) {
    written_in_[file + '\n' + r.key] = c.id;
    AuditEntry e{file, r.describe, r.by, c.id, c.author_email, c.date, ""};
    std::string problem;
    auto person = p_.people.find(r.by);
    if (r.by.empty())
      problem = trf("{} names nobody as its author; commit {} that wrote it is by {}", r.describe, short_id(c.id),
                    c.author_email);
    else if (person == p_.people.end())
      problem = trf("{} names {}, who is not a person of the project; commit {} that wrote it is by {}", r.describe,
                    r.by, short_id(c.id), c.author_email);
    else if (person->second.email.empty())
      problem = trf("{} names {}, who has no e-mail in {} to compare with the author {} of commit {}", r.describe, r.by,
                    person_path(r.by), c.author_email, short_id(c.id));
    else if (lowercase(person->second.email) != lowercase(c.author_email))
      problem = trf("{} names {} ({}), but commit {} that wrote it is by {}", r.describe, r.by, person->second.email,
                    short_id(c.id), c.author_email);
    if (!problem.empty()) finding(AuditFindingKind::author_mismatch, c, file, problem);
    e.problem = std::move(problem);
    out_.records.push_back(std::move(e));
  }

  std::optional<ProjectConfig> config_at(const std::string& commit, const std::string& file) {
    const auto& text = texts_[{commit, file}];
    if (!text) return std::nullopt;
    auto tree = parse_yaml_strict(*text, file);
    if (!tree) return std::nullopt;
    auto cfg = decode_config(*tree, file);
    if (!cfg) return std::nullopt;
    return std::move(*cfg);
  }

  /// Roles or checks changed by commit `c`: its author must have held manage-roles on its
  /// date under the roles last defined by an authorised commit (so an unauthorised change
  /// authorises nothing after it, itself included). Without a parent version the file is
  /// new: only the project's creator writes it.
  void setting_changed(const Commit& c, const std::string& file, const AuditRecord& r) {
    const std::string author = author_of(c);
    AuditEntry e{file, r.describe, author, c.id, c.author_email, c.date, ""};
    if (!trusted_roles_)
      for (const std::string& parent : c.parents)
        if (auto before = config_at(parent, file); before && !trusted_roles_) trusted_roles_ = before->roles;
    std::string problem;
    if (author.empty()) {
      problem =
          trf("commit {} by {} changed {}, and that e-mail is not a person of the project; only a "
              "holder of manage-roles may change them",
              short_id(c.id), c.author_email, r.describe);
    } else if (!trusted_roles_) {
      if (author != p_.config.created_by)
        problem = p_.config.created_by.empty()
                      ? trf("commit {} by {} ({}) wrote {} in a new pmadmin.yaml, but the project records no creator",
                            short_id(c.id), author, c.author_email, r.describe)
                      : trf("commit {} by {} ({}) wrote {} in a new pmadmin.yaml, but the project was created by {}",
                            short_id(c.id), author, c.author_email, r.describe, p_.config.created_by);
    } else {
      Project roles_then;
      roles_then.config = p_.config;
      roles_then.config.roles = *trusted_roles_;
      roles_then.people = p_.people;
      if (!has_permission(roles_then, author, Permission::manage_roles, c.date))
        problem = trf("commit {} by {} ({}) changed {} on {}, and {} did not hold manage-roles then", short_id(c.id),
                      author, c.author_email, r.describe, c.date.iso(), author);
    }
    if (problem.empty() && r.key.rfind("roles:", 0) == 0)
      if (auto now = config_at(c.id, file)) trusted_roles_ = now->roles;
    if (!problem.empty()) finding(AuditFindingKind::unauthorised_setting, c, file, problem);
    e.problem = std::move(problem);
    out_.records.push_back(std::move(e));
  }

  const Project& p_;
  std::vector<Commit> commits_;
  std::map<std::pair<std::string, std::string>, std::optional<std::string>> texts_;
  std::map<std::pair<std::string, std::string>, Result<std::vector<AuditRecord>>> decoded_;
  std::map<std::string, std::string> written_in_;  ///< file + '\n' + key -> commit
  /// The role definitions of the last authorised change (or before the first change seen).
  std::optional<std::vector<std::pair<std::string, RoleDef>>> trusted_roles_;
  AuditRun out_;
};

}  // namespace

Result<AuditRun> audit_history(const Project& current, History& history, const std::string& since) {
  auto commits = history.commits(since);
  if (!commits) return commits.errors();
  HistoryAudit audit(current, std::move(*commits));
  auto wanted = audit.wanted();
  auto texts = history.read(wanted);
  if (!texts) return texts.errors();
  audit.set_texts(wanted, std::move(*texts));
  return audit.run(since);
}

}  // namespace pmadmin

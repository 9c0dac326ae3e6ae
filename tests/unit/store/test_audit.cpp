// The history audit on made-up histories (the real git is tests/e2e/test_audit.sh): which
// records a commit introduces, removes or cannot read, and whose e-mail must be its author's.
#include <doctest/doctest.h>

#include <map>

#include "store/audit.hpp"
#include "unit/helpers.hpp"

using namespace pmadmin;

namespace {

/// Commits in order; each file's text per commit (absent: the file did not exist).
class FakeHistory : public History {
 public:
  std::vector<Commit> list;
  std::map<std::pair<std::string, std::string>, std::string> files;

  void add(const std::string& id, std::vector<std::string> parents, const std::string& email, const char* date,
           std::map<std::string, std::string> changed) {
    Commit c;
    c.id = id;
    c.parents = std::move(parents);
    c.author_email = email;
    c.date = *Date::parse(date);
    // Unchanged files carry over from the first parent.
    if (!c.parents.empty())
      for (const auto& [key, text] : std::map(files))
        if (key.first == c.parents[0] && !changed.count(key.second)) files[{id, key.second}] = text;
    for (const auto& [file, text] : changed) {
      c.files.push_back(file);
      if (text != "<deleted>") files[{id, file}] = text;
    }
    list.push_back(c);
  }
  Result<std::vector<Commit>> commits(const std::string&) override { return list; }
  Result<std::vector<std::optional<std::string>>> read(
      const std::vector<std::pair<std::string, std::string>>& wanted) override {
    std::vector<std::optional<std::string>> out;
    for (const auto& w : wanted) {
      auto it = files.find(w);
      out.push_back(it == files.end() ? std::nullopt : std::optional<std::string>(it->second));
    }
    return out;
  }
};

const char* kBob1 =
    "id: bob\nname: Bob\nroles: [member]\nhistory:\n  - {date: 2026-03-02, action: grant, role: member, by: alice}\n";
const char* kBob2 =
    "id: bob\nname: Bob\nroles: [member]\nhistory:\n  - {date: 2026-03-02, action: grant, role: member, by: alice}\n"
    "  - {date: 2026-03-05, action: grant, role: client-admin, by: alice}\n";

Project people() {
  Project p = test::audited_project();
  p.people["alice"].email = "Alice@Example.com";
  p.people["bob"].email = "bob@example.com";
  return p;
}

}  // namespace

TEST_CASE("audit records: the same content is the same record, whatever the layout") {
  auto a = audit_records("people/bob.yaml", kBob1);
  auto b = audit_records("people/bob.yaml",
                         "id: bob\nname: Bob\nroles:\n  - member\nhistory:\n  - date: 2026-03-02\n    action: grant\n"
                         "    role: member\n    by: alice\n");
  REQUIRE(a);
  REQUIRE(b);
  REQUIRE(a->size() == 1);
  CHECK((*a)[0].key == (*b)[0].key);
  CHECK((*a)[0].by == "alice");
  CHECK((*a)[0].describe == "the grant of role member to bob on 2026-03-02");
  CHECK(holds_approvals("reviews/q-1.yaml"));
  CHECK(!holds_approvals("tasks/t-1.yaml"));
  CHECK(!holds_approvals("people/x/y.yaml"));
  auto none = audit_records("tasks/t-1.yaml", "not: [yaml");
  REQUIRE(none);
  CHECK(none->empty());
}

TEST_CASE("audit: a grant committed by the grantor passes; the same grant committed by the grantee does not") {
  Project p = people();
  FakeHistory h;
  h.add("c1", {}, "alice@example.com", "2026-03-02", {{"people/bob.yaml", kBob1}});
  h.add("c2", {"c1"}, "bob@example.com", "2026-03-05", {{"people/bob.yaml", kBob2}});
  auto run = audit_history(p, h, "");
  REQUIRE(run);
  CHECK(run->commits == 2);
  REQUIRE(run->records.size() == 2);
  CHECK(run->records[0].problem.empty());  // e-mails compare without case
  CHECK(run->records[1].commit == "c2");
  REQUIRE(run->findings.size() == 1);
  CHECK(run->findings[0].kind == AuditFindingKind::author_mismatch);
  CHECK(run->findings[0].message ==
        "the grant of role client-admin to bob on 2026-03-05 names alice (Alice@Example.com), but commit c2 that "
        "wrote it is by bob@example.com");
}

TEST_CASE("audit: removed and unreadable versions, a record naming nobody, a person without e-mail") {
  Project p = people();
  p.people["bob"].email.clear();
  FakeHistory h;
  h.add("c1", {}, "alice@example.com", "2026-03-02", {{"people/bob.yaml", kBob2}});
  h.add("c2", {"c1"}, "alice@example.com", "2026-03-06", {{"people/bob.yaml", kBob1}});
  h.add("c3", {"c2"}, "alice@example.com", "2026-03-07", {{"people/bob.yaml", "id: bob\nname: [oops\n"}});
  h.add("c4", {"c3"}, "alice@example.com", "2026-03-08",
        {{"baselines/v1.yaml", "name: v1\nsaved: 2026-03-08\nby: bob\ntasks: {}\n"},
         {"reviews/q-1.yaml",
          "id: q-1\nkind: quality\ntitle: Q\ndate: 2026-03-08\ntask: t-1\npassed: [A]\nresult: pass\n"}});
  auto run = audit_history(p, h, "");
  REQUIRE(run);
  std::vector<std::string> messages;
  for (const auto& f : run->findings) messages.push_back(f.message);
  REQUIRE(messages.size() == 4);
  CHECK(messages[0] ==
        "the grant of role client-admin to bob on 2026-03-05, written in commit c1, was changed or removed in commit "
        "c2 by alice@example.com; approvals are only ever added, a correction is a new record");
  CHECK(messages[1].rfind("people/bob.yaml as committed in c3 cannot be read, so its records cannot be audited: ", 0) ==
        0);
  CHECK(messages[2] ==
        "baseline v1 saved on 2026-03-08 names bob, who has no e-mail in people/bob.yaml to compare with the author "
        "alice@example.com of commit c4");
  CHECK(messages[3] ==
        "the inspection of task t-1 in review q-1 on 2026-03-08 names nobody as its author; commit c4 that wrote it is "
        "by alice@example.com");
}

TEST_CASE("audit: a merge adds nothing; a record both sides had is not removed by it") {
  Project p = people();
  FakeHistory h;
  h.add("c1", {}, "alice@example.com", "2026-03-02", {{"people/bob.yaml", kBob1}});
  h.add("c2", {"c1"}, "alice@example.com", "2026-03-05", {{"people/bob.yaml", kBob2}});
  h.add("c3", {"c1"}, "bob@example.com", "2026-03-05", {{"tasks/t-1.yaml", "id: t-1\n"}});
  h.add("m", {"c3", "c2"}, "bob@example.com", "2026-03-06", {{"people/bob.yaml", kBob2}});
  auto run = audit_history(p, h, "");
  REQUIRE(run);
  CHECK(run->findings.empty());
  CHECK(run->records.size() == 2);
}

TEST_CASE("audit: roles change only by a holder of manage-roles under the roles before the change") {
  Project p = people();
  const std::string base =
      "schema: 1\nname: T\nstart: 2026-03-02\ncreated-by: alice\ncreated-on: 2026-03-02\nroles:\n"
      "  client-admin:\n    permissions: [manage-roles]\n  member:\n    permissions: []\n";
  const std::string wide =
      "schema: 1\nname: T\nstart: 2026-03-02\ncreated-by: alice\ncreated-on: 2026-03-02\nroles:\n"
      "  client-admin:\n    permissions: [manage-roles]\n  member:\n    permissions: [manage-roles]\n";
  FakeHistory h;
  h.add("c1", {}, "alice@example.com", "2026-03-02", {{"pmadmin.yaml", base}});
  h.add("c2", {"c1"}, "bob@example.com", "2026-03-03", {{"pmadmin.yaml", wide}});
  h.add("c3", {"c2"}, "bob@example.com", "2026-03-04", {{"pmadmin.yaml", base}});
  auto run = audit_history(p, h, "");
  REQUIRE(run);
  REQUIRE(run->findings.size() == 2);  // c2 cannot authorise itself, nor can its roles authorise c3
  CHECK(run->findings[0].commit == "c2");
  CHECK(run->findings[0].message ==
        "commit c2 by bob (bob@example.com) changed the role definitions (roles: in pmadmin.yaml) on 2026-03-03, and "
        "bob did not hold manage-roles then");
  CHECK(run->findings[1].commit == "c3");
  // The admin widens member herself; then bob, a member, may change the checks.
  h.add("c4", {"c3"}, "alice@example.com", "2026-03-05", {{"pmadmin.yaml", wide}});
  h.add("c5", {"c4"}, "bob@example.com", "2026-03-06",
        {{"pmadmin.yaml", wide + "checks:\n  unauthorised-approval: warning\n"}});
  run = audit_history(p, h, "");
  REQUIRE(run);
  CHECK(run->findings.size() == 2);
  CHECK(run->records.size() == 7);  // c1: roles, checks, creation; c2, c3, c4: roles; c5: checks
}

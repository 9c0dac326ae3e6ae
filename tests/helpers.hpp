#pragma once
// Small in-memory projects for library tests.
#include <string>

#include "fs.hpp"
#include "store.hpp"

namespace pmadmin::test {

/// A minimal valid project at /p: config with admin/member roles, people alice (client-admin)
/// and bob (member), task t-1 owned by bob, a budget plan with category labour.
inline MemoryFileSystem small_project() {
  MemoryFileSystem fs;
  fs.add("/p/pmadmin.yaml",
         "schema: 1\nname: Test\nstart: 2026-03-02\nroles:\n"
         "  client-admin:\n    permissions: [manage-roles, approve-budget]\n"
         "  member:\n    permissions: []\n");
  fs.add("/p/people/alice.yaml", "id: alice\nname: Alice\nemail: alice@example.com\norg: client\nroles: [client-admin]\n");
  fs.add("/p/people/bob.yaml", "id: bob\nname: Bob\nroles: [member]\n");
  fs.add("/p/tasks/t-1.yaml", "id: t-1\ntitle: First\nowner: bob\nduration: 2d\ncategory: labour\n");
  fs.add("/p/budget/plan.yaml", "categories:\n  labour:\n    planned: \"1000.00\"\n");
  return fs;
}

/// small_project() loaded into a Project.
inline Project load_small_project() {
  auto fs = small_project();
  Diagnostics warnings;
  return *load_project(fs, "/p", warnings);
}

}  // namespace pmadmin::test

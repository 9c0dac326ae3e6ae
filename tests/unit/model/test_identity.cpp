#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <map>

#include "model/identity.hpp"
#include "store/store.hpp"
#include "unit/helpers.hpp"

using namespace pmadmin;

using test::load_small_project;

TEST_CASE("the actor comes from --as, then PMADMIN_USER, then git's e-mail") {
  Project p = load_small_project();
  CHECK(*resolve_actor(p, {"bob", "alice", ""}) == "bob");
  CHECK(*resolve_actor(p, {"", "alice", ""}) == "alice");
  CHECK(*resolve_actor(p, {"", "", "alice@example.com"}) == "alice");
  CHECK(*resolve_actor(p, {"alice@example.com", "", ""}) == "alice");
  auto none = resolve_actor(p, {});
  REQUIRE_FALSE(none.ok());
  CHECK(exit_code_for(none.errors()) == 3);
  CHECK(none.errors()[0].message == "who are you? every change records who made it, and nobody was named");
  CHECK(none.errors()[0].hint ==
        "use --as PERSON, set PMADMIN_USER, or set git's user.email to a person's e-mail; people: alice, bob");
  auto stranger = resolve_actor(p, {"", "", "mallory@evil.example"});
  REQUIRE_FALSE(stranger.ok());
  CHECK(exit_code_for(stranger.errors()) == 3);
  CHECK(stranger.errors()[0].message ==
        "\"mallory@evil.example\" (from git config user.email) is not a person of this project");
  auto typo = resolve_actor(p, {"alicee", "", ""});
  REQUIRE_FALSE(typo.ok());
  CHECK(typo.errors()[0].message == "\"alicee\" (from --as) is not a person of this project");
  CHECK(typo.errors()[0].hint == "did you mean \"alice\"?");
}

TEST_CASE("permission checks name the permission and who holds it") {
  Project p = load_small_project();
  CHECK(has_permission(p, "alice", Permission::manage_roles));
  CHECK_FALSE(has_permission(p, "bob", Permission::manage_roles));
  CHECK(permission_holders(p, Permission::approve_budget) == std::vector<std::string>{"alice (client-admin)"});
  CHECK(*require_permission(p, {"alice", "", ""}, GuardedAction::grant_role) == "alice");
  auto denied = require_permission(p, {"bob", "", ""}, GuardedAction::grant_role);
  REQUIRE_FALSE(denied.ok());
  CHECK(exit_code_for(denied.errors()) == 3);
  CHECK(
      denied.errors()[0].message ==
      "permission denied: granting a role needs the manage-roles permission, which bob (roles: member) does not have");
  CHECK(denied.errors()[0].hint == "held by: alice (client-admin)");
}

TEST_CASE("the permission table: every guarded action once, with the permission SPEC 2 gives it") {
  std::map<GuardedAction, Permission> seen;
  for (const auto& g : guards()) {
    CHECK(seen.count(g.action) == 0);
    seen[g.action] = g.permission;
    CHECK(&guard_of(g.action) == &g);
  }
  CHECK(seen.size() == 7);
  CHECK(seen.at(GuardedAction::grant_role) == Permission::manage_roles);
  CHECK(seen.at(GuardedAction::revoke_role) == Permission::manage_roles);
  CHECK(seen.at(GuardedAction::plan_budget) == Permission::approve_budget);
  CHECK(seen.at(GuardedAction::adjust_budget) == Permission::approve_budget);
  CHECK(seen.at(GuardedAction::save_baseline) == Permission::set_baseline);
  CHECK(seen.at(GuardedAction::accept_deliverable) == Permission::accept_deliverable);
  CHECK(seen.at(GuardedAction::close_risk) == Permission::close_risk);
  // every permission guards something
  for (Permission perm : all_of<Permission>())
    CHECK(std::any_of(guards().begin(), guards().end(), [&](const Guard& g) { return g.permission == perm; }));
}

TEST_CASE("the permission table is the one docs/permissions.md shows") {
  std::ifstream in(std::string(PMADMIN_SOURCE_DIR) + "/docs/permissions.md");
  REQUIRE(in);
  const std::string doc((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  for (const auto& g : guards())
    CHECK_MESSAGE(
        doc.find(fmt::format("| `pmadmin {}` | {} | `{}` |", g.command, g.doing, g.permission)) != std::string::npos,
        g.command);
}

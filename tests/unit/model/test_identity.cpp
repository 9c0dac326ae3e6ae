#include <doctest/doctest.h>

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
  CHECK(*require_permission(p, {"alice", "", ""}, Permission::manage_roles, "granting a role") == "alice");
  auto denied = require_permission(p, {"bob", "", ""}, Permission::manage_roles, "granting a role");
  REQUIRE_FALSE(denied.ok());
  CHECK(exit_code_for(denied.errors()) == 3);
  CHECK(
      denied.errors()[0].message ==
      "permission denied: granting a role needs the manage-roles permission, which bob (roles: member) does not have");
  CHECK(denied.errors()[0].hint == "held by: alice (client-admin)");
}

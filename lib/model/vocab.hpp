#pragma once
/// The closed vocabularies of the project files: each word list lives here once.
#include <string>
#include <vector>

namespace pmadmin {

/// The permissions a role can carry (SPEC §2).
const std::vector<std::string>& known_permissions();

/// The check rules pmadmin knows (configured under `checks:`, run by analysis/checks).
const std::vector<std::string>& known_check_rules();

}  // namespace pmadmin

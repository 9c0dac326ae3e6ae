#pragma once
/// Who is responsible for what (SPEC §2 `assign matrix`): the RACI matrix, and people in
/// the order every listing shows them.
#include <string>
#include <vector>

#include "base/result.hpp"
#include "model/model.hpp"
#include "model/vocab.hpp"

namespace pmadmin {

/// People in display order: client, team, vendor, then by ID.
std::vector<const Person*> people_in_order(const Project& p);

/// The responsibility matrix: tasks (rows) x people (columns), cells like "R", "A", "R,A".
struct Matrix {
  std::vector<std::string> people;  ///< column person IDs, client org first
  struct Row {
    std::string task;
    std::string title;
    std::vector<std::string> cells;  ///< parallel to `people`; "" when not involved
  };
  std::vector<Row> rows;
  int unowned_open_tasks = 0;  ///< open tasks (not done or cancelled) without an owner
};
/// Every task not cancelled, in ID order.
Matrix responsibility_matrix(const Project& p);

/// One person with what they do and may do: `assign person show`.
struct PersonView {
  const Person* person = nullptr;
  /// The tasks they have a part in, with their RACI letters ("R", "A", "R,C"), in task order.
  std::vector<std::pair<const Task*, std::string>> duties;
  std::vector<Permission> permissions;  ///< from their roles, in the vocabulary's order
};
/// Unknown IDs are a usage error with "did you mean".
Result<PersonView> person_view(const Project& p, const std::string& id);

}  // namespace pmadmin

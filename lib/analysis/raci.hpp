#pragma once
/// Who is responsible for what (SPEC §2 `assign matrix`): the RACI matrix, and people in
/// the order every listing shows them.
#include <string>
#include <vector>

#include "model/model.hpp"

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
};
/// Every task not cancelled, in ID order.
Matrix responsibility_matrix(const Project& p);

/// The tasks `person` has a part in, with their RACI letters ("R", "A", "R,C"), in task order.
std::vector<std::pair<std::string, std::string>> duties_of(const Project& p, const std::string& person);

}  // namespace pmadmin

#include "analysis/raci.hpp"

#include <algorithm>

namespace pmadmin {

std::vector<const Person*> people_in_order(const Project& p) {
  std::vector<const Person*> out;
  for (const auto& [id, person] : p.people) out.push_back(&person);
  auto rank = [](const std::string& org) { return org == "client" ? 0 : org == "team" ? 1 : 2; };
  std::stable_sort(out.begin(), out.end(), [&](const Person* a, const Person* b) { return rank(a->org) < rank(b->org); });
  return out;
}

Matrix responsibility_matrix(const Project& p) {
  Matrix m;
  for (const Person* person : people_in_order(p)) m.people.push_back(person->id);
  for (const auto& [id, t] : p.tasks) {
    if (t.status == "cancelled") continue;
    Matrix::Row row{id, t.title, std::vector<std::string>(m.people.size())};
    for (std::size_t i = 0; i < m.people.size(); ++i) {
      std::string cell;
      if (t.owner == m.people[i]) cell = "R";
      for (const auto& [who, letter] : t.raci)
        if (who == m.people[i] && cell.find(letter) == std::string::npos) cell += (cell.empty() ? "" : ",") + letter;
      row.cells[i] = cell;
    }
    m.rows.push_back(std::move(row));
  }
  return m;
}


std::vector<std::pair<std::string, std::string>> duties_of(const Project& p, const std::string& person) {
  std::vector<std::pair<std::string, std::string>> duties;
  Matrix m = responsibility_matrix(p);
  auto col = static_cast<std::size_t>(std::find(m.people.begin(), m.people.end(), person) - m.people.begin());
  if (col == m.people.size()) return duties;
  for (const auto& row : m.rows)
    if (!row.cells[col].empty()) duties.emplace_back(row.task, row.cells[col]);
  return duties;
}

}  // namespace pmadmin

#include "analysis/raci.hpp"

#include <algorithm>

#include "model/identity.hpp"

namespace pmadmin {

std::vector<const Person*> people_in_order(const Project& p) {
  std::vector<const Person*> out;
  for (const auto& [id, person] : p.people) out.push_back(&person);
  // Org's order is client, team, vendor: the order people are listed in.
  std::stable_sort(out.begin(), out.end(), [](const Person* a, const Person* b) { return a->org < b->org; });
  return out;
}

Matrix responsibility_matrix(const Project& p) {
  Matrix m;
  for (const Person* person : people_in_order(p)) m.people.push_back(person->id);
  for (const auto& [id, t] : p.tasks) {
    if (t.status == TaskStatus::cancelled) continue;
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
  for (const auto& [id, t] : p.tasks)
    if (t.owner.empty() && is_open(t.status)) ++m.unowned_open_tasks;
  return m;
}

Result<PersonView> person_view(const Project& p, const std::string& id) {
  auto it = p.people.find(id);
  if (it == p.people.end()) return unknown_id("person", id, ids_of(p.people));
  PersonView v;
  v.person = &it->second;
  Matrix m = responsibility_matrix(p);
  auto col = static_cast<std::size_t>(std::find(m.people.begin(), m.people.end(), id) - m.people.begin());
  for (const auto& row : m.rows)
    if (!row.cells[col].empty()) v.duties.emplace_back(&p.tasks.at(row.task), row.cells[col]);
  for (Permission perm : all_of<Permission>())
    if (has_permission(p, id, perm)) v.permissions.push_back(perm);
  return v;
}

}  // namespace pmadmin

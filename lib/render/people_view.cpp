#include "render/people_view.hpp"

#include <fmt/format.h>

#include "base/i18n.hpp"
#include "base/text.hpp"
#include "render/json.hpp"
#include "render/table.hpp"

namespace pmadmin {

std::string fte_text(int percent) { return fmt::format("{:.2f}", percent / 100.0); }

std::string render_people(const Project& p, OutputFormat format) {
  std::vector<const Person*> people = people_in_order(p);
  if (format == OutputFormat::json) {
    Json list = Json::array();
    for (const Person* person : people) list.push_back(*person);
    return dump(list);
  }
  Table t;
  t.headers = {tr("ID"), tr("NAME"), tr("ORG"), tr("ROLES"), tr("FTE"), tr("RATE"), tr("E-MAIL")};
  t.right_align = {false, false, false, false, true, true, false};
  for (const Person* person : people)
    t.rows.push_back({person->id, person->name, std::string(to_text(person->org)),
                      fmt::format("{}", fmt::join(person->roles, ", ")), fte_text(person->capacity_percent),
                      person->rate ? person->rate->str() : "", person->email});
  return render_table(t) + trnf("{} person\n", "{} people\n", p.people.size(), p.people.size());
}

namespace {

std::string person_json(const PersonView& v) {
  Json j = *v.person;
  Json tasks = Json::array();
  for (const auto& [task, letters] : v.duties)
    tasks.push_back({{"task", task->id}, {"title", task->title}, {"raci", letters}});
  j["tasks"] = tasks;
  j["history"] = v.person->history;
  return dump(j);
}

}  // namespace

std::string render_person(const Project& p, const PersonView& v, OutputFormat format) {
  if (format == OutputFormat::json) return person_json(v);
  const Person& person = *v.person;
  std::string out;
  auto line = [&](const char* key, const std::string& value) {
    out += pad_right(tr(key), 10) + escape_for_terminal(value.empty() ? "-" : value) + "\n";
  };
  line(N_("id"), person.id);
  line(N_("name"), person.name);
  line(N_("e-mail"), person.email);
  line(N_("org"), std::string(to_text(person.org)));
  line(N_("roles"), fmt::format("{}", fmt::join(person.roles, ", ")));
  line(N_("capacity"), trf("{} FTE", fte_text(person.capacity_percent)));
  line(N_("rate"), person.rate ? trf("{}/day", person.rate->display(p.config.currency)) : "");
  line(N_("may"), fmt::format("{}", fmt::join(v.permissions, ", ")));
  out += "\n";
  if (v.duties.empty()) {
    out += tr("No tasks.\n");
  } else {
    Table t;
    t.headers = {tr("TASK"), tr("RACI"), tr("STATUS"), tr("TITLE")};
    for (const auto& [task, letters] : v.duties)
      t.rows.push_back({task->id, letters, std::string(to_text(task->status)), task->title});
    out += render_table(t);
  }
  if (!person.history.empty()) {
    out += tr("\nRole history:\n");
    for (const auto& e : person.history) out += fmt::format("  {} {} {} by {}\n", e.date.iso(), e.action, e.role, e.by);
  }
  return out;
}

std::string render_matrix(const Matrix& m, OutputFormat format) {
  if (format == OutputFormat::json) return dump(Json(m));
  Table t;
  t.headers = {tr("TASK"), tr("TITLE")};
  t.headers.insert(t.headers.end(), m.people.begin(), m.people.end());
  for (const auto& row : m.rows) {
    std::vector<std::string> cells = {row.task, row.title};
    cells.insert(cells.end(), row.cells.begin(), row.cells.end());
    t.rows.push_back(cells);
  }
  std::string out = render_table(t);
  out += trf("{} x {}; R responsible (owner), A accountable, C consulted, I informed",
             trnf("{} task", "{} tasks", m.rows.size(), m.rows.size()),
             trnf("{} person", "{} people", m.people.size(), m.people.size()));
  if (m.unowned_open_tasks)
    out += trnf("; {} open task has no owner", "; {} open tasks have no owner",
                static_cast<unsigned long>(m.unowned_open_tasks), m.unowned_open_tasks);
  return out + "\n";
}

std::string render_load(const std::vector<PersonLoad>& rows, Date from, OutputFormat format) {
  if (format == OutputFormat::json) return dump(Json{{"from", from.iso()}, {"people", rows}});
  Table t;
  t.headers = {tr("PERSON"), tr("FTE")};
  t.right_align = {false, true};
  if (!rows.empty())
    for (const auto& w : rows.front().weeks) {
      t.headers.push_back(w.monday.iso().substr(5));
      t.right_align.push_back(true);
    }
  std::vector<std::string> over;
  for (const auto& r : rows) {
    std::vector<std::string> cells = {r.person, fte_text(r.capacity_percent)};
    for (const auto& w : r.weeks)
      cells.push_back(w.load == 0 ? "." : fmt::format("{}%{}", w.percent(), w.over() ? "!" : ""));
    t.rows.push_back(cells);
    if (r.over()) over.push_back(r.person);
  }
  std::string out =
      std::string(tr("Share of each person's available time booked per week (from the Monday shown):\n\n")) +
      render_table(t);
  if (over.empty()) return out + "\n" + tr("Nobody is over-allocated.\n");
  return out + "\n" +
         trf("! over-allocated (more than the week holds, or more than their capacity on some day): {}\n"
             "  pmadmin schedule level delays lower-priority work until it fits.\n",
             fmt::format("{}", fmt::join(over, ", ")));
}

}  // namespace pmadmin

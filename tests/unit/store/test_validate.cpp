// Cross-file validation: every reference names something that exists, at the field that
// holds it, with "did you mean" for near misses.
#include <doctest/doctest.h>

#include "store/validate.hpp"
#include "unit/helpers.hpp"

using namespace pmadmin;

namespace {

Project small() { return test::load_small_project(); }

const Diagnostic* find(const Diagnostics& ds, const std::string& message) {
  for (const auto& d : ds)
    if (d.message == message) return &d;
  return nullptr;
}

}  // namespace

TEST_CASE("the small project is valid") { CHECK(validate_project(small()).empty()); }

TEST_CASE("unknown people, roles, tasks and categories are reported where they are written") {
  Project p = small();
  Task& t = p.tasks.at("t-1");
  t.owner = "bobb";
  t.src.marks["owner"] = Mark{3, 8};
  t.depends.push_back(Dependency{"t-2", DependencyType::fs, 0});
  t.src.marks["depends[0]"] = Mark{5, 5};
  t.category = "labor";
  p.people.at("bob").roles.push_back("admin");
  Expense e;
  e.id = "e-1";
  e.category = "labour";
  e.task = "t-9";
  e.src.file = "budget/expenses/e-1.yaml";
  p.expenses["e-1"] = e;
  Diagnostics ds = validate_project(p);
  CHECK(ds.size() == 5);
  const Diagnostic* owner = find(ds, "unknown person \"bobb\"");
  REQUIRE(owner);
  CHECK(owner->file == "tasks/t-1.yaml");
  CHECK(owner->line == 3);
  CHECK(owner->col == 8);
  CHECK(owner->hint == "did you mean \"bob\"?");
  REQUIRE(find(ds, "unknown task \"t-2\""));
  CHECK(find(ds, "unknown task \"t-2\"")->line == 5);
  REQUIRE(find(ds, "unknown budget category \"labor\""));
  CHECK(find(ds, "unknown budget category \"labor\"")->hint == "did you mean \"labour\"?");
  REQUIRE(find(ds, "unknown role \"admin\""));
  REQUIRE(find(ds, "unknown task \"t-9\""));
  CHECK(find(ds, "unknown task \"t-9\"")->file == "budget/expenses/e-1.yaml");
  CHECK(exit_code_for(ds) == 2);
}

TEST_CASE("a category without a budget plan says how to make one; a task cannot depend on itself") {
  Project p = small();
  p.budget.reset();
  p.tasks.at("t-1").depends.push_back(Dependency{"t-1", DependencyType::fs, 0});
  Diagnostics ds = validate_project(p);
  REQUIRE(ds.size() == 2);
  const Diagnostic* category = find(ds, "budget category \"labour\" is used but budget/plan.yaml does not exist");
  REQUIRE(category);
  CHECK(category->hint == "create it with: pmadmin budget plan CATEGORY AMOUNT");
  CHECK(find(ds, "task \"t-1\" depends on itself"));
}

TEST_CASE("survey answers must name a question and fit its scale") {
  Project p = small();
  Survey s;
  s.id = "s-1";
  s.title = "Kick-off";
  s.questions = {Question{"rec", QuestionKind::nps, "Recommend?", 5, {}},
                 Question{"stars", QuestionKind::rating, "Stars?", 7, {}},
                 Question{"why", QuestionKind::text, "Why?", 5, {}}};
  SurveyResponse r;
  r.respondent = "alice";
  r.src.file = "surveys/s-1/responses/alice.yaml";
  r.answers = {Answer{"rec", "11", true}, Answer{"stars", "7", true}, Answer{"why", "anything", false},
               Answer{"recc", "5", true}};
  s.responses["alice"] = r;
  p.surveys["s-1"] = s;
  Diagnostics ds = validate_project(p);
  REQUIRE(ds.size() == 2);
  CHECK(find(ds, "answer to \"rec\" (nps) must be a whole number from 0 to 10, not 11"));
  const Diagnostic* unknown = find(ds, "unknown question \"recc\"");
  REQUIRE(unknown);
  CHECK(unknown->hint == "did you mean \"rec\"?");
  p.surveys["s-1"].responses["alice"].answers[1].value = "8";  // rating 1-7
  CHECK(find(validate_project(p), "answer to \"stars\" (rating) must be a whole number from 1 to 7, not 8"));
}

TEST_CASE("dependency cycles are validation errors naming every task") {
  Project p = small();
  Task t2 = p.tasks.at("t-1");
  t2.id = "t-2";
  t2.src.file = "tasks/t-2.yaml";
  t2.depends = {Dependency{"t-1", DependencyType::fs, 0}};
  p.tasks["t-2"] = t2;
  p.tasks.at("t-1").depends = {Dependency{"t-2", DependencyType::ss, 1}};
  Diagnostics ds = validate_project(p);
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].message == "dependency cycle: \"t-1\" depends on \"t-2\", which depends on \"t-1\"");
  CHECK(ds[0].file == "tasks/t-1.yaml");
}

// What commands print: the people, budget and schedule views, in text and JSON.
#include <doctest/doctest.h>

#include "analysis/budget.hpp"
#include "analysis/raci.hpp"
#include "render/budget_view.hpp"
#include "render/json.hpp"
#include "render/people_view.hpp"
#include "render/schedule_view.hpp"
#include "unit/helpers.hpp"

using namespace pmadmin;

namespace {
Date d(const char* iso) { return *Date::parse(iso); }
}  // namespace

TEST_CASE("people: a CJK-aligned table, client first, and a count") {
  Project p = test::load_small_project();
  p.people.at("bob").name = "李娜";
  p.people.at("bob").capacity_percent = 50;
  p.people.at("bob").rate = Money::parse("800");
  std::string expected =
      "ID     NAME   ORG     ROLES          FTE    RATE  E-MAIL\n"
      "-----  -----  ------  ------------  ----  ------  -----------------\n"
      "alice  Alice  client  client-admin  1.00          alice@example.com\n"
      "bob    李娜   team    member        0.50  800.00\n"
      "2 people\n";
  CHECK(render_people(p, OutputFormat::text) == expected);
  std::string json = render_people(p, OutputFormat::json);
  CHECK(json.find("\"org\": \"team\"") != std::string::npos);
  CHECK(json.find("\"capacity\": 0.5") != std::string::npos);
  CHECK(json.find("\"rate\": \"800.00\"") != std::string::npos);
  CHECK(json.find("\"rate\": null") != std::string::npos);
}

TEST_CASE("person show: details, what they may do, their tasks") {
  Project p = test::load_small_project();
  auto v = person_view(p, "bob");
  REQUIRE(v);
  std::string text = render_person(p, *v, OutputFormat::text);
  CHECK(text.find("may       -\n") != std::string::npos);
  CHECK(text.find("t-1   R     todo    First\n") != std::string::npos);
  auto alice = person_view(p, "alice");
  CHECK(render_person(p, *alice, OutputFormat::text).find("may       manage-roles, approve-budget\n") !=
        std::string::npos);
  CHECK(render_person(p, *alice, OutputFormat::text).find("No tasks.\n") != std::string::npos);
  auto typo = person_view(p, "bobb");
  REQUIRE_FALSE(typo);
  CHECK(typo.errors()[0].hint == "did you mean \"bob\"?");
}

TEST_CASE("matrix: tasks x people with a legend and unowned open tasks counted") {
  Project p = test::load_small_project();
  p.tasks.at("t-1").owner.clear();
  Matrix m = responsibility_matrix(p);
  CHECK(m.unowned_open_tasks == 1);
  std::string text = render_matrix(m, OutputFormat::text);
  CHECK(text.find("1 task x 2 people; R responsible (owner), A accountable, C consulted, I informed; 1 open task has "
                  "no owner\n") != std::string::npos);
  CHECK(render_matrix(m, OutputFormat::json) ==
        "{\n  \"people\": [\n    \"alice\",\n    \"bob\"\n  ],\n  \"tasks\": [\n    {\n      \"task\": \"t-1\",\n"
        "      \"title\": \"First\",\n      \"raci\": {}\n    }\n  ]\n}\n");
}

TEST_CASE("expenses: a friendly line when none match, a total otherwise") {
  Project p = test::evm_project();
  auto none = find_expenses(p, ExpenseFilter{"travel", "", ""});
  REQUIRE(none);
  CHECK(render_expenses(*none, OutputFormat::text) == "No expenses match.\n");
  test::spend(p, "e-1", "2026-03-05", "1200.50", "travel");
  test::spend(p, "e-2", "2026-03-04", "99.50", "travel");
  auto list = find_expenses(p, ExpenseFilter{});
  REQUIRE(list);
  CHECK(list->total.str() == "1300.00");
  CHECK(list->rows[0]->id == "e-2");  // by date
  CHECK(render_expenses(*list, OutputFormat::text).find("2 expenses, total CNY 1,300.00\n") != std::string::npos);
  CHECK(
      render_expenses(*list, OutputFormat::csv).rfind("id,date,amount,currency,category,task,note,by,voided\r\n", 0) ==
      0);
  auto bad = find_expenses(p, ExpenseFilter{"", "", "2026-13"});
  REQUIRE_FALSE(bad);
  CHECK(bad.errors()[0].message == "--month must be like 2026-03, not \"2026-13\"");
}

TEST_CASE("budget status: lines, earned value and plain words; one EVM encoding in JSON") {
  Project p = test::evm_project();
  test::spend(p, "e-1", "2026-03-06", "6000", "labour", "a");
  test::spend(p, "e-2", "2026-03-05", "700", "travel");  // no task: beside EVM, not in AC
  p.tasks.at("a").progress = 50;
  auto st = budget_status(p, d("2026-03-06"));
  REQUIRE(st);
  std::string text = render_budget_status(*st, OutputFormat::text);
  CHECK(text.rfind("Budget as of 2026-03-06 (CNY)\n\n", 0) == 0);
  // key in 5 columns, meaning in 42, value right-aligned in 20
  CHECK(text.find("  BAC   budget at completion (tasks' planned cost)" + std::string(12, ' ') + "30,000.00\n") !=
        std::string::npos);
  CHECK(text.find("  EV    earned value: work done, at planned cost" + std::string(15, ' ') + "5,000.00\n") !=
        std::string::npos);
  CHECK(text.find("\nEarned value of the 2 costed tasks against the current plan:\n") != std::string::npos);
  CHECK(text.find("  Not in EVM: 700.00 spent outside the costed tasks, controlled by its budget lines above.\n") !=
        std::string::npos);
  CHECK(text.find("\nIn plain words:\n  - The costed tasks are spending 20% faster than their work is done (CPI "
                  "0.83)") != std::string::npos);
  Json evm = st->evm;
  CHECK(evm.dump() ==
        "{\"plan\":\"current plan\",\"computable\":true,\"not_computable\":null,\"costed_tasks\":2,\"outside\":"
        "\"700.00\",\"outside_by_line\":[{\"category\":\"travel\",\"spent\":\"700.00\"}],\"bac\":\"30000.00\",\"pv\":"
        "\"5000.00\",\"ev\":\"5000.00\",\"ac\":\"6000.00\","
        "\"sv\":\"0.00\",\"cv\":\"-1000.00\",\"spi\":1.0,\"cpi\":0.8333,\"eac\":\"36000.00\",\"eac_planned_rate\":"
        "\"31000.00\",\"etc\":\"30000.00\",\"vac\":\"-6000.00\",\"tcpi\":1.0417}");
  CHECK(Json::parse(render_budget_status(*st, OutputFormat::json))["evm"] == evm);
}

TEST_CASE("schedule views: CSV header, JSON task fields, the empty plan") {
  test::Team team;
  team.add("t1", 3, "ann").due = d("2026-03-03");
  auto s = compute_schedule(team.p, d("2026-03-02"));
  REQUIRE(s);
  auto rows = select_tasks(team.p, *s, TaskFilter{});
  REQUIRE(rows);
  std::string csv = render_schedule(team.p, *s, *rows, OutputFormat::csv);
  CHECK(csv ==
        "id,title,kind,owner,start,finish,duration,working_days,total_float,free_float,critical,status,progress,due,"
        "due_slip\r\nt1,t1,task,ann,2026-03-02,2026-03-04,3,3,-1,0,yes,todo,0,2026-03-03,1\r\n");
  Json task = *(*rows)[0];
  CHECK(task["total_float"] == -1);
  CHECK(task["due_slip"] == 1);
  CHECK(task["owner"] == "ann");
  test::Team empty;
  auto none = compute_schedule(empty.p, d("2026-03-02"));
  CHECK(render_schedule(empty.p, *none, {}, OutputFormat::text) ==
        "No tasks yet. Add one with: pmadmin schedule add TITLE --duration 5d\n");
  TaskFilter typo;
  typo.owner = "annn";
  CHECK_FALSE(select_tasks(team.p, *s, typo));
}

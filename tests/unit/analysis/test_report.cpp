// The status report model: red/amber/green rules, risks, quality.
#include <doctest/doctest.h>

#include "analysis/report.hpp"

using namespace pmadmin;

namespace {
Date d(const char* iso) { return *Date::parse(iso); }

Project tiny() {
  Project p;
  p.config.name = "Tiny <b>";
  p.config.start = d("2026-03-02");
  Task t;
  t.id = "t-1";
  t.title = "Build";
  t.duration_days = 5;
  t.src.file = "tasks/t-1.yaml";
  p.tasks["t-1"] = t;
  return p;
}

const Rag& area(const StatusReport& r, const char* name) {
  for (const auto& g : r.rag)
    if (to_text(g.area) == name) return g;
  FAIL("no area " << name);
  return r.rag.front();
}
}  // namespace

TEST_CASE("report: schedule goes amber then red as a task becomes overdue on the critical path") {
  Project p = tiny();
  auto early = build_report(p, d("2026-03-02"));
  REQUIRE(early);
  CHECK(area(*early, "schedule").status == RagStatus::green);
  CHECK(area(*early, "schedule").reason == "on track for 2026-03-06");
  CHECK(area(*early, "schedule").command == "pmadmin schedule show");
  CHECK(area(*early, "budget").status == RagStatus::none);
  CHECK(area(*early, "budget").reason == "no budget planned yet");
  CHECK(area(*early, "satisfaction").status == RagStatus::none);
  p.tasks["t-1"].due = d("2026-03-05");
  auto forecast_late = build_report(p, d("2026-03-02"));
  CHECK(area(*forecast_late, "schedule").status == RagStatus::amber);
  CHECK(area(*forecast_late, "schedule").reason == "1 task forecast to miss the due date");
  auto overdue = build_report(p, d("2026-03-09"));
  CHECK(area(*overdue, "schedule").status == RagStatus::red);
  // Due Thu 03-05, on Mon 03-09: Fri and Mon, 2 working days. The biggest cause first, the
  // rest after it, and the command that shows them.
  const Rag& red = area(*overdue, "schedule");
  CHECK(red.reason == "critical task t-1 is 2 working days overdue");
  CHECK(red.command == "pmadmin check overdue-task");
  CHECK(red.also == std::vector<std::string>{"1 task overdue, the latest t-1"});
}

TEST_CASE("report: risk and quality areas") {
  Project p = tiny();
  Risk r;
  r.id = "r-1";
  r.title = "Fire";
  r.probability = 4;
  r.impact = 5;  // 20: critical
  r.owner = "x";
  r.response = "mitigate";
  p.risks["r-1"] = r;
  auto rep = build_report(p, d("2026-03-02"));
  REQUIRE(rep);
  CHECK(area(*rep, "risk").status == RagStatus::red);
  CHECK(area(*rep, "risk").reason == "critical risk r-1 is open (score 20)");
  CHECK(area(*rep, "risk").command == "pmadmin risk show r-1");
  CHECK(rep->heat[3][4] == 1);
  CHECK(rep->top_risks == std::vector<std::string>{"r-1"});
  Review q;
  q.id = "q-1";
  q.kind = ReviewKind::quality;
  q.task = "t-1";
  q.result = InspectionResult::fail;
  q.date = d("2026-03-02");
  p.reviews["q-1"] = q;
  CHECK(area(*build_report(p, d("2026-03-03")), "quality").status == RagStatus::amber);
}

TEST_CASE("report: the milestone table measures against the baseline when there is one, else the due date") {
  // t-1 (5 days, 03-02..03-06) then milestone m, forecast Fri 03-06, due Fri 03-13.
  Project p = tiny();
  Task m;
  m.id = "m";
  m.title = "Launch";
  m.kind = TaskKind::milestone;
  m.depends = {Dependency{"t-1", DependencyType::fs, 0}};
  m.due = d("2026-03-13");
  p.tasks["m"] = m;
  auto by_due = build_report(p, d("2026-03-02"));
  REQUIRE(by_due);
  REQUIRE(by_due->milestones.size() == 1);
  CHECK_FALSE(by_due->milestones[0].against_baseline);
  CHECK(by_due->milestones[0].slip == -5);  // 5 working days before its due date
  // A baseline that had the milestone on Mon 03-02: 4 working days behind it, though early
  // against the due date; the table must say the former.
  Baseline b;
  b.name = "v1";
  b.saved = d("2026-03-01");
  b.tasks = {{"m", BaselineTask{d("2026-03-02"), d("2026-03-02"), std::nullopt}}};
  p.baselines["v1"] = b;
  auto by_base = build_report(p, d("2026-03-02"));
  REQUIRE(by_base);
  CHECK(by_base->milestones[0].against_baseline);
  CHECK(by_base->milestones[0].slip == 4);
}

TEST_CASE("report: budget area on the costed work; spending outside it is its line's business") {
  // t-1 costs 5,000 (5 days); on Fri 03-06 it is done, 5,000 booked to it; 30,000 of
  // materials without a task, within its 40,000 line (of 55,000 in all): CPI 1.00, green.
  Project p = tiny();
  p.tasks["t-1"].cost = *Money::parse("5000");
  p.tasks["t-1"].status = TaskStatus::done;
  p.tasks["t-1"].progress = 100;
  BudgetPlan plan;
  plan.categories = {{"labour", BudgetLine{*Money::parse("5000"), "", {}, ""}},
                     {"materials", BudgetLine{*Money::parse("40000"), "", {}, ""}},
                     {"contingency", BudgetLine{*Money::parse("10000"), "", {}, ""}}};
  p.budget = plan;
  auto spend = [&](const char* id, const char* amount, const char* category, const char* task) {
    Expense e;
    e.id = id;
    e.date = d("2026-03-04");
    e.amount = *Money::parse(amount);
    e.category = category;
    e.task = task;
    p.expenses[id] = e;
  };
  spend("e-1", "5000", "labour", "t-1");
  spend("e-2", "30000", "materials", "");
  auto rep = build_report(p, d("2026-03-06"));
  REQUIRE(rep);
  CHECK(area(*rep, "budget").status == RagStatus::green);
  CHECK(area(*rep, "budget").reason == "spending on the costed tasks in line with the work done (CPI 1.00)");
  // The materials line overspent by 2,000: amber, and that is the cause named.
  spend("e-3", "12000", "materials", "");
  auto over = build_report(p, d("2026-03-06"));
  CHECK(area(*over, "budget").status == RagStatus::amber);
  CHECK(area(*over, "budget").reason == "budget line materials is overspent by 2,000.00 (42,000.00 of 40,000.00)");
  // The whole budget overspent (57,000 of 55,000) is red and outranks the rest: the costed
  // task's overrun (AC 15,000 for EV 5,000) and the two lines.
  spend("e-4", "10000", "labour", "t-1");
  auto total = build_report(p, d("2026-03-06"));
  CHECK(area(*total, "budget").status == RagStatus::red);
  CHECK(area(*total, "budget").reason == "the whole budget is overspent: 57,000.00 spent of 55,000.00");
  CHECK(area(*total, "budget").also.size() == 3);
  CHECK(area(*total, "budget").command == "pmadmin budget status");
}

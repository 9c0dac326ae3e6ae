// Each check rule fires on a minimal project made for it and stays silent without the
// condition; severities and thresholds come from pmadmin.yaml.
#include <doctest/doctest.h>

#include "analysis/acceptance.hpp"
#include "analysis/checks.hpp"
#include "unit/helpers.hpp"

using namespace pmadmin;

namespace {

Date d(const char* iso) { return *Date::parse(iso); }
Money m(const char* s) { return *Money::parse(s); }

Project base() { return test::audited_project(); }
Task& task(Project& p, const std::string& id, int days) { return test::add_task(p, id, days); }

/// Findings of one rule (the rule must have run).
std::vector<Finding> findings(const Project& p, const char* rule, const char* today) {
  auto run = run_checks(p, d(today), {rule});
  REQUIRE(run);
  REQUIRE(run->rules.size() == 1);
  return run->rules[0].findings;
}

void set_rule(Project& p, const std::string& rule, const std::string& severity, const std::string& threshold = "") {
  p.config.checks.emplace_back(*from_text<CheckRuleId>(rule), CheckRule{*from_text<RuleSeverity>(severity), threshold});
}

}  // namespace

TEST_CASE("overdue-task: due before today; a task due today is not yet overdue") {
  Project p = base();
  task(p, "t-1", 5).due = d("2026-03-20");  // Friday
  CHECK(findings(p, "overdue-task", "2026-03-20").empty());
  auto f = findings(p, "overdue-task", "2026-03-25");  // Wednesday: 23, 24, 25 -> 3 working days
  REQUIRE(f.size() == 1);
  CHECK(f[0].message == "task t-1 \"Task t-1\" was due 2026-03-20, 3 working days ago; it is todo and 0% done");
  CHECK(f[0].file == "tasks/t-1.yaml");
  CHECK(f[0].line == 7);
  CHECK(f[0].severity == RuleSeverity::error);
  p.tasks["t-1"].status = TaskStatus::done;
  CHECK(findings(p, "overdue-task", "2026-03-25").empty());
}

TEST_CASE("lateness: float first, then behind-plan past the late finish, then overdue-task past due") {
  // Start Mon 03-02. a: 20 days (03-02..03-27, done); b: 5 days (03-02..03-06) beside it,
  // due Fri 04-03. The project ends 03-27, so b's late finish is 03-27: 15 working days of
  // float.
  Project p = base();
  Task& a = task(p, "a", 20);
  a.status = TaskStatus::done;
  a.progress = 100;
  task(p, "b", 5).due = d("2026-04-03");
  // Mon 03-09: past b's early finish, float left: nothing.
  CHECK(findings(p, "overdue-task", "2026-03-09").empty());
  CHECK(findings(p, "behind-plan", "2026-03-09").empty());
  CHECK(findings(p, "behind-plan", "2026-03-27").empty());  // its late finish itself: not yet
  // Mon 03-30: past its late finish: a warning naming the float it lost, not an error.
  CHECK(findings(p, "overdue-task", "2026-03-30").empty());
  auto behind = findings(p, "behind-plan", "2026-03-30");
  REQUIRE(behind.size() == 1);
  CHECK(behind[0].severity == RuleSeverity::warning);
  CHECK(behind[0].message ==
        "task b \"Task b\" was planned to finish 2026-03-06 with 15 working days of float, so by 2026-03-27 at the "
        "latest; that was 1 working day ago and it is todo and 0% done: its float is used up and the planned finish "
        "slips");
  // Mon 04-06: past its due date: overdue-task, and behind-plan leaves it to that rule.
  auto overdue = findings(p, "overdue-task", "2026-04-06");
  REQUIRE(overdue.size() == 1);
  CHECK(overdue[0].message == "task b \"Task b\" was due 2026-04-03, 1 working day ago; it is todo and 0% done");
  CHECK(findings(p, "behind-plan", "2026-04-06").empty());
}

TEST_CASE("overdue-task against a baseline: only once the float is used up") {
  // As above without the due date; baseline "signed" has b finishing 03-06.
  Project p = base();
  Task& a = task(p, "a", 20);
  a.status = TaskStatus::done;
  task(p, "b", 5);
  Baseline base_plan;
  base_plan.name = "signed";
  base_plan.saved = d("2026-03-01");
  base_plan.tasks = {{"b", BaselineTask{d("2026-03-02"), d("2026-03-06"), std::nullopt}}};
  p.baselines["signed"] = base_plan;
  CHECK(findings(p, "overdue-task", "2026-03-09").empty());  // past the baseline finish, 15 days of float left
  CHECK(findings(p, "overdue-task", "2026-03-27").empty());
  auto late = findings(p, "overdue-task", "2026-03-30");
  REQUIRE(late.size() == 1);
  CHECK(late[0].message ==
        "task b \"Task b\" was to finish by 2026-03-06 in baseline \"signed\", 16 working days ago, and has no float "
        "left, so it delays the project; it is todo and 0% done");
  CHECK(findings(p, "behind-plan", "2026-03-30").empty());
  // No due date and no baseline: never overdue, however late (behind-plan warns instead).
  p.baselines.clear();
  CHECK(findings(p, "overdue-task", "2026-06-01").empty());
  CHECK(findings(p, "behind-plan", "2026-06-01").size() == 1);
}

TEST_CASE("missed-deadline-forecast: forecast past due, not yet due") {
  Project p = base();
  task(p, "t-1", 5).due = d("2026-03-04");  // needs until Fri 03-06
  auto f = findings(p, "missed-deadline-forecast", "2026-03-02");
  REQUIRE(f.size() == 1);
  CHECK(f[0].message ==
        "task t-1 \"Task t-1\" is forecast to finish 2026-03-06, 2 working days after its due date 2026-03-04");
  CHECK(f[0].severity == RuleSeverity::warning);
  p.tasks["t-1"].due = d("2026-03-06");
  CHECK(findings(p, "missed-deadline-forecast", "2026-03-02").empty());
}

TEST_CASE("budget-overrun: per line and in total") {
  Project p = base();
  BudgetPlan plan;
  plan.src.file = "budget/plan.yaml";
  plan.src.marks["categories.travel.planned"] = Mark{9, 14};
  plan.categories = {{"travel", BudgetLine{m("1000"), "", {}, ""}}, {"labour", BudgetLine{m("5000"), "", {}, ""}}};
  p.budget = plan;
  Expense e;
  e.id = "e-1";
  e.date = d("2026-03-03");
  e.amount = m("1000");
  e.category = "travel";
  p.expenses["e-1"] = e;
  CHECK(findings(p, "budget-overrun", "2026-03-05").empty());  // exactly on budget is fine
  p.expenses["e-1"].amount = m("1200.50");
  auto f = findings(p, "budget-overrun", "2026-03-05");
  REQUIRE(f.size() == 1);
  CHECK(f[0].message == "budget line travel is overspent: CNY 1,200.50 spent of 1,000.00 (200.50 over, 120% used)");
  CHECK(f[0].line == 9);
  e.id = "e-2";
  e.amount = m("5000");
  e.category = "labour";
  p.expenses["e-2"] = e;  // labour on budget, total 6,200.50 of 6,000.00
  auto total = findings(p, "budget-overrun", "2026-03-05");
  REQUIRE(total.size() == 2);
  const Finding& whole = total[0].entity == "total" ? total[0] : total[1];
  CHECK(whole.entity == "total");
  CHECK(whole.message == "the whole budget is overspent: CNY 6,200.50 spent of 6,000.00 (200.50 over)");
  CHECK(findings(p, "budget-overrun", "2026-03-02").empty());  // the expenses are dated later
}

TEST_CASE("forecast-overrun, low-cpi, low-spi: thresholds from config") {
  // A (10 days, 10,000) half done on day 5 (Fri 03-06) with 6,000 spent:
  // PV 5,000, EV 5,000, AC 6,000 -> SPI 1.0, CPI 0.833, EAC 12,000 (20% over BAC).
  Project p = base();
  Task& a = task(p, "a", 10);
  a.cost = m("10000");
  a.status = TaskStatus::doing;
  a.started = d("2026-03-02");
  a.progress = 50;
  BudgetPlan plan;
  plan.categories = {{"labour", BudgetLine{m("20000"), "", {}, ""}}};
  p.budget = plan;
  Expense e;
  e.id = "e-1";
  e.date = d("2026-03-06");
  e.amount = m("6000");
  e.category = "labour";
  e.task = "a";  // booked to the costed task: part of AC
  p.expenses["e-1"] = e;
  Expense materials = e;  // spending outside the costed work: its line controls it, CPI ignores it
  materials.id = "e-2";
  materials.amount = m("9000");
  materials.task = "";
  p.expenses["e-2"] = materials;
  auto over = findings(p, "forecast-overrun", "2026-03-06");
  REQUIRE(over.size() == 1);
  CHECK(over[0].message ==
        "at the cost efficiency so far (CPI 0.83) the work will cost CNY 12,000.00, 20.0% over the "
        "10,000.00 planned (threshold 10.0%)");
  CHECK(findings(p, "low-cpi", "2026-03-06").size() == 1);
  CHECK(findings(p, "low-spi", "2026-03-06").empty());
  // Only 30% done on day 5: EV 3,000 of PV 5,000 -> SPI 0.60.
  p.tasks["a"].progress = 30;
  auto slow = findings(p, "low-spi", "2026-03-06");
  REQUIRE(slow.size() == 1);
  CHECK(slow[0].message == "SPI is 0.60, below 0.90: the work done is worth 3,000.00 of the 5,000.00 planned by now");
  p.tasks["a"].progress = 50;
  set_rule(p, "forecast-overrun", "warning", "25%");
  set_rule(p, "low-cpi", "error", "0.8");
  CHECK(findings(p, "forecast-overrun", "2026-03-06").empty());
  CHECK(findings(p, "low-cpi", "2026-03-06").empty());
  p.config.checks.clear();
  set_rule(p, "low-cpi", "warning", "ten");
  auto bad = run_checks(p, d("2026-03-06"), {});
  REQUIRE_FALSE(bad);
  CHECK(bad.errors()[0].message == "threshold of low-cpi must be the lowest acceptable CPI, like 0.9, not \"ten\"");
}

TEST_CASE("unowned-high-risk and risk-review-overdue") {
  Project p = base();
  Risk r;
  r.id = "r-1";
  r.title = "Vendor fails";
  r.src.file = "risks/r-1.yaml";
  r.probability = 3;
  r.impact = 4;  // 12: high
  p.risks["r-1"] = r;
  auto f = findings(p, "unowned-high-risk", "2026-03-05");
  REQUIRE(f.size() == 1);
  CHECK(f[0].message == "risk r-1 \"Vendor fails\" scores 12 (high) and has no owner and no response");
  p.risks["r-1"].owner = "bob";
  p.risks["r-1"].response = "mitigate";
  CHECK(findings(p, "unowned-high-risk", "2026-03-05").empty());
  p.risks["r-1"].owner.clear();
  p.risks["r-1"].impact = 3;  // 9: medium, no owner needed
  CHECK(findings(p, "unowned-high-risk", "2026-03-05").empty());

  p.risks["r-1"].review_by = d("2026-03-04");
  CHECK(findings(p, "risk-review-overdue", "2026-03-04").empty());
  auto late = findings(p, "risk-review-overdue", "2026-03-09");  // Thu, Fri, Mon
  REQUIRE(late.size() == 1);
  CHECK(late[0].message == "risk r-1 \"Vendor fails\" was to be reviewed by 2026-03-04, 3 working days ago");
  p.risks["r-1"].status = RiskStatus::closed;
  CHECK(findings(p, "risk-review-overdue", "2026-03-09").empty());
}

Review inspection(const std::string& id, const char* date, std::vector<std::string> passed,
                  std::vector<std::string> failed = {}) {
  Review q;
  q.id = id;
  q.kind = ReviewKind::quality;
  q.task = "t-1";
  q.date = d(date);
  q.by = "bob";
  q.passed = std::move(passed);
  q.failed = std::move(failed);
  q.result = q.failed.empty() ? InspectionResult::pass : InspectionResult::fail;
  return q;
}

TEST_CASE("done-without-acceptance: every criterion passed by name, then a sign-off by a holder") {
  Project p = base();
  Task& t = task(p, "t-1", 2);
  t.status = TaskStatus::done;
  t.acceptance = {"Layout approved", "AA contrast"};
  auto only = [&]() {
    auto f = findings(p, "done-without-acceptance", "2026-03-20");
    REQUIRE(f.size() == 1);
    return f[0].message;
  };
  CHECK(only() ==
        "task t-1 \"Task t-1\" is done but none of its 2 acceptance criteria passed an inspection; inspect "
        "it with: pmadmin review quality t-1 --pass \"Layout approved\" --pass \"AA contrast\"");
  // The hole of issue 11: result pass naming no criterion of the task, accepted by a member.
  Review forged = inspection("q-0", "2026-03-05", {"Looks fine"});
  forged.accepted_by = "bob";
  p.reviews["q-0"] = forged;
  CHECK(only() ==
        "task t-1 \"Task t-1\" is done but none of its 2 acceptance criteria passed an inspection; inspect "
        "it with: pmadmin review quality t-1 --pass \"Layout approved\" --pass \"AA contrast\"");
  p.reviews["q-1"] = inspection("q-1", "2026-03-06", {"Layout approved"}, {"AA contrast"});
  CHECK(only() ==
        "task t-1 \"Task t-1\" is done but 1 of its 2 acceptance criteria have not passed an inspection: \"AA "
        "contrast\"; inspect them with: pmadmin review quality t-1 --pass \"AA contrast\"");
  // The rework passes the failed criterion: each criterion takes its latest inspection.
  p.reviews["q-2"] = inspection("q-2", "2026-03-10", {"AA contrast"});
  CHECK(only() ==
        "task t-1 \"Task t-1\" passed every acceptance criterion on 2026-03-10 but nobody holding "
        "accept-deliverable has accepted it since; accept it with: pmadmin review accept t-1");
  CHECK(acceptance_of(p, p.tasks["t-1"]).open.empty());
  // A sign-off by a member does not count; nor does one by the admin before the last pass.
  p.reviews["q-2"].accepted_by = "bob";
  p.reviews["q-2"].accepted_on = d("2026-03-11");
  CHECK(only() ==
        "task t-1 \"Task t-1\" was accepted by bob on 2026-03-11, who did not hold accept-deliverable then; "
        "a holder accepts it with: pmadmin review accept t-1");
  p.reviews["q-1"].accepted_by = "alice";
  p.reviews["q-1"].accepted_on = d("2026-03-06");
  CHECK(only() ==
        "task t-1 \"Task t-1\" was accepted by bob on 2026-03-11, who did not hold accept-deliverable then; "
        "a holder accepts it with: pmadmin review accept t-1");
  p.reviews["q-2"].accepted_by = "alice";
  CHECK(findings(p, "done-without-acceptance", "2026-03-20").empty());
  const AcceptanceStatus a = acceptance_of(p, p.tasks["t-1"]);
  CHECK(a.state == AcceptanceState::accepted);
  CHECK(a.accepted_by == "alice");
  CHECK(a.review == "q-2");
  // A later inspection failing a criterion reopens it, whatever was signed before.
  p.reviews["q-3"] = inspection("q-3", "2026-03-12", {}, {"Layout approved"});
  CHECK(only() ==
        "task t-1 \"Task t-1\" is done but 1 of its 2 acceptance criteria have not passed an inspection: "
        "\"Layout approved\"; inspect them with: pmadmin review quality t-1 --pass \"Layout approved\"");
  CHECK(acceptance_of(p, p.tasks["t-1"]).failing == std::vector<std::string>{"Layout approved"});
  // An admin whose role was revoked before signing does not hold the permission then.
  p.reviews.erase("q-3");
  p.people["alice"].history.push_back(RoleEvent{d("2026-03-09"), RoleAction::revoke, "client-admin", "alice"});
  p.people["alice"].roles.clear();
  CHECK(only() ==
        "task t-1 \"Task t-1\" was accepted by alice on 2026-03-11, who did not hold accept-deliverable then; a "
        "holder accepts it with: pmadmin review accept t-1");
}

TEST_CASE("over-allocation: two full-time tasks at once") {
  Project p = base();
  task(p, "a", 3).owner = "bob";
  task(p, "b", 3).owner = "bob";
  auto f = findings(p, "over-allocation", "2026-03-02");
  REQUIRE(f.size() == 1);
  CHECK(f[0].message ==
        "person bob is booked beyond their capacity of 100% in 1 week: 2026-03-02 (120%, peak day 200%)");
  p.tasks["b"].depends = {Dependency{"a", DependencyType::fs, 0}};
  CHECK(findings(p, "over-allocation", "2026-03-02").empty());
}

TEST_CASE("nps-below-target: the latest survey with NPS answers") {
  Project p = base();
  Survey s;
  s.id = "s-1";
  s.title = "Kickoff";
  s.opened = d("2026-03-02");
  s.src.file = "surveys/s-1/survey.yaml";
  s.questions = {Question{"q", QuestionKind::nps, "Recommend?", 5, {}}};
  auto answer = [](const char* who, const char* v) {
    SurveyResponse r;
    r.respondent = who;
    r.answers = {Answer{"q", v, true}};
    return r;
  };
  // 10, 9, 7, 3: 2 promoters, 1 passive, 1 detractor of 4 -> NPS 25.
  s.responses = {{"a", answer("a", "10")}, {"b", answer("b", "9")}, {"c", answer("c", "7")}, {"d", answer("d", "3")}};
  p.surveys["s-1"] = s;
  auto f = findings(p, "nps-below-target", "2026-03-05");
  REQUIRE(f.size() == 1);
  CHECK(f[0].message ==
        "survey s-1 \"Kickoff\": NPS is 25 (2 promoters, 1 passive, 1 detractor), below the target of 30");
  set_rule(p, "nps-below-target", "warning", "20");
  CHECK(findings(p, "nps-below-target", "2026-03-05").empty());
}

TEST_CASE("stale-progress: in progress and not updated for longer than the limit") {
  Project p = base();
  Task& t = task(p, "t-1", 20);
  t.status = TaskStatus::doing;
  t.started = d("2026-03-02");
  t.progress = 10;
  CHECK(findings(p, "stale-progress", "2026-03-16").empty());  // 14 days: at the limit
  auto f = findings(p, "stale-progress", "2026-03-17");
  REQUIRE(f.size() == 1);
  CHECK(f[0].message ==
        "task t-1 \"Task t-1\" is in progress at 10% but was last updated 2026-03-02, 15 days ago (limit 14)");
  p.tasks["t-1"].log.push_back(LogEntry{d("2026-03-10"), "bob", "progress", "progress 0% -> 10%", ""});
  CHECK(findings(p, "stale-progress", "2026-03-17").empty());
  set_rule(p, "stale-progress", "warning", "5d");
  CHECK(findings(p, "stale-progress", "2026-03-17").size() == 1);
}

namespace {
RoleEvent grant(const char* date, const char* role, const char* by) {
  return RoleEvent{d(date), RoleAction::grant, role, by};
}
std::vector<std::string> messages(const Project& p, const char* today = "2026-03-20") {
  std::vector<std::string> out;
  for (const auto& f : findings(p, "unauthorised-approval", today)) out.push_back(f.message);
  return out;
}
}  // namespace

TEST_CASE("unauthorised-approval: the creator's first grant is the root; every self-grant is flagged") {
  Project p = base();
  CHECK(messages(p).empty());  // init's grant to alice, the creator, on the creation day
  // bob grants himself client-admin (issue 11: a forged self-grant dated the project start),
  // then adjusts the budget with it.
  p.people["bob"].roles.push_back("client-admin");
  p.people["bob"].history.push_back(grant("2026-03-02", "client-admin", "bob"));
  BudgetPlan plan;
  plan.src.file = "budget/plan.yaml";
  plan.categories = {{"travel", BudgetLine{m("1000"), "", {PlanChange{d("2026-03-02"), "alice", m("1000"), {}}}, ""}}};
  plan.adjustments = {BudgetAdjustment{d("2026-03-04"), "travel", m("500"), "taxis", "bob"}};
  p.budget = plan;
  auto f = messages(p);
  REQUIRE(f.size() == 2);
  // in file order: budget/plan.yaml, then people/bob.yaml
  CHECK(
      f[0] ==
      "the budget adjustment of 500.00 on travel on 2026-03-04 was made by bob, who did not hold approve-budget then");
  CHECK(f[1] ==
        "bob granted role client-admin to themself on 2026-03-02; only the project's creator (alice) starts with a "
        "grant to themself");

  SUBCASE("two identical self-grants do not authorise each other") {
    p.people["bob"].history.push_back(grant("2026-03-02", "client-admin", "bob"));
    CHECK(messages(p).size() == 3);
  }
  SUBCASE("a self-grant backdated before the project flags the forger, not the real grants") {
    p.people["bob"].history.back() = grant("2000-01-01", "client-admin", "bob");
    auto g = messages(p);
    REQUIRE(g.size() == 2);
    CHECK(g[1].find("bob granted role client-admin to themself on 2000-01-01") == 0);
  }
  SUBCASE("without a recorded creator, even alice's first grant is not trusted") {
    p.config.created_by.clear();
    auto g = messages(p);
    CHECK(std::count_if(g.begin(), g.end(), [](const std::string& m) { return m.find("alice granted") == 0; }) == 1);
  }
}

TEST_CASE("unauthorised-approval: grants by a revoked admin, records with no author, roles with no grant") {
  Project p = base();
  Person carol;
  carol.id = "carol";
  carol.src.file = "people/carol.yaml";
  carol.history = {grant("2026-03-03", "client-admin", "alice"),
                   RoleEvent{d("2026-03-04"), RoleAction::revoke, "client-admin", "alice"}};
  p.people["carol"] = carol;
  p.people["bob"].roles.push_back("client-admin");
  p.people["bob"].history.push_back(grant("2026-03-05", "client-admin", "carol"));  // after her revocation
  auto f = messages(p);
  REQUIRE(f.size() == 1);
  CHECK(f[0] ==
        "the grant of role client-admin to bob on 2026-03-05 was made by carol, who did not hold manage-roles then");
  p.people["bob"].history.back().date = d("2026-03-03");  // while she held it: fine
  CHECK(messages(p).empty());
  // The revocation is replayed in date order even when the file lists it first.
  std::swap(p.people["carol"].history[0], p.people["carol"].history[1]);
  CHECK(messages(p).empty());

  // A role in roles: with no grant behind it is flagged, and authorises nothing.
  Project q = base();
  q.people["bob"].roles.push_back("client-admin");
  BudgetPlan plan;
  plan.src.file = "budget/plan.yaml";
  plan.categories = {{"travel", BudgetLine{m("0"), "", {}, ""}}};
  plan.adjustments = {BudgetAdjustment{d("2026-03-04"), "travel", m("500"), "taxis", "bob"},
                      BudgetAdjustment{d("2026-03-04"), "travel", m("100"), "tea", ""}};
  q.budget = plan;
  auto g = messages(q);
  REQUIRE(g.size() == 3);
  CHECK(
      g[0] ==
      "the budget adjustment of 500.00 on travel on 2026-03-04 was made by bob, who did not hold approve-budget then");
  CHECK(g[1] == "the budget adjustment of 100.00 on travel on 2026-03-04 does not say who made it");
  CHECK(g[2].find("person bob holds role client-admin but no grant of it is recorded") == 0);
}

TEST_CASE("unauthorised-approval: budget plans are approvals, and a hand-edited amount is caught") {
  Project p = base();
  BudgetPlan plan;
  plan.src.file = "budget/plan.yaml";
  plan.categories = {{"licences", BudgetLine{m("99999"), "", {PlanChange{d("2026-03-03"), "bob", m("99999"), {}}}, ""}},
                     {"travel", BudgetLine{m("2000"), "", {PlanChange{d("2026-03-02"), "alice", m("1000"), {}}}, ""}}};
  p.budget = plan;
  auto f = messages(p);
  REQUIRE(f.size() == 2);
  CHECK(f[0] ==
        "the plan of 99,999.00 for budget line licences on 2026-03-03 was made by bob, who did not hold approve-budget "
        "then");
  CHECK(f[1] ==
        "budget line travel is planned at 2,000.00, but the last approved plan of it is 1,000.00 (plan lines with "
        "pmadmin budget plan, which records who and when)");
}

TEST_CASE("unauthorised-approval: acceptances and baselines by a member") {
  Project p = base();
  Review q;
  q.id = "q-1";
  q.kind = ReviewKind::quality;
  q.task = "t-1";
  q.accepted_by = "bob";
  q.accepted_on = d("2026-03-04");
  q.src.file = "reviews/q-1.yaml";
  p.reviews["q-1"] = q;
  Baseline b;
  b.name = "v1";
  b.saved = d("2026-03-04");
  b.by = "bob";
  b.src.file = "baselines/v1.yaml";
  p.baselines["v1"] = b;
  auto k = messages(p);
  REQUIRE(k.size() == 2);
  CHECK(k[0] == "baseline v1 on 2026-03-04 was made by bob, who did not hold set-baseline then");
  CHECK(k[1] ==
        "the acceptance of task t-1 in review q-1 on 2026-03-04 was made by bob, who did not hold "
        "accept-deliverable then");
}

TEST_CASE("check: severities from config, off rules, exit codes, unknown rules") {
  Project p = base();
  task(p, "t-1", 5).due = d("2026-03-03");
  auto run = run_checks(p, d("2026-03-10"), {});
  REQUIRE(run);
  CHECK(run->errors == 1);  // overdue-task
  CHECK(check_exit_code(*run, false) == 1);
  set_rule(p, "overdue-task", "warning");
  run = run_checks(p, d("2026-03-10"), {});
  CHECK(run->errors == 0);
  CHECK(run->warnings == 1);
  CHECK(check_exit_code(*run, false) == 0);
  CHECK(check_exit_code(*run, true) == 1);
  p.config.checks.clear();
  set_rule(p, "overdue-task", "off");
  run = run_checks(p, d("2026-03-10"), {});
  CHECK(run->errors + run->warnings == 0);
  auto unknown = run_checks(p, d("2026-03-10"), {"overdue-tasks"});
  REQUIRE_FALSE(unknown);
  CHECK(unknown.errors()[0].hint == "did you mean \"overdue-task\"?");
}

TEST_CASE("the check rule table runs the rules in CheckRuleId order, one row each") {
  const auto& table = check_rules();
  REQUIRE(table.size() == all_of<CheckRuleId>().size());
  for (std::size_t i = 0; i < table.size(); ++i) CHECK(table[i].id == all_of<CheckRuleId>()[i]);
  CHECK(known_check_rules() == words_of<CheckRuleId>());
}

TEST_CASE("unauthorised-approval: closing a high risk needs close-risk; a closed high risk needs a recorded close") {
  Project p = base();
  Risk r;
  r.id = "r-1";
  r.title = "Vendor fails";
  r.src.file = "risks/r-1.yaml";
  r.probability = 3;
  r.impact = 4;  // 12: high
  r.status = RiskStatus::closed;
  p.risks["r-1"] = r;
  auto f = findings(p, "unauthorised-approval", "2026-03-20");
  REQUIRE(f.size() == 1);
  CHECK(f[0].message ==
        "risk r-1 scores 12 and is closed, but no close is recorded in its history (close risks with pmadmin risk "
        "close, which records who and when)");
  p.risks["r-1"].history = {{d("2026-03-05"), "bob", RiskEvent::close, 3, 4, "", "", "gone"}};
  f = findings(p, "unauthorised-approval", "2026-03-20");
  REQUIRE(f.size() == 1);
  CHECK(f[0].message ==
        "the closing of risk r-1 (score 12) on 2026-03-05 was made by bob, who did not hold close-risk then");
  p.risks["r-1"].history[0].by = "alice";
  CHECK(findings(p, "unauthorised-approval", "2026-03-20").empty());
  // A medium risk may be closed by anyone known.
  p.risks["r-1"].history = {{d("2026-03-05"), "bob", RiskEvent::close, 2, 4, "", "", "gone"}};
  p.risks["r-1"].probability = 2;
  CHECK(findings(p, "unauthorised-approval", "2026-03-20").empty());
}

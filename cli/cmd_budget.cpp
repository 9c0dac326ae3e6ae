// pmadmin budget: plan, control (spend, list, status with earned value), adjust.
#include <fmt/format.h>
#include <memory>
#include <nlohmann/json.hpp>

#include "analysis/budget.hpp"
#include "edit/budget.hpp"
#include "cli/commands.hpp"
#include "render/csv.hpp"
#include "render/table.hpp"
#include "base/text.hpp"

namespace pmadmin::cli {

namespace {

using json = nlohmann::ordered_json;

struct PlanArgs {
  std::string category;
  std::string amount;
  std::string description;
};

struct SpendArgs {
  std::string amount;
  std::string category;
  std::string task;
  std::string date;
  std::string note;
};

struct AdjustArgs {
  std::string category;
  std::string amount;
  std::string reason;
};

struct ListArgs {
  ExpenseFilter filter;
};

struct StatusArgs {
  std::string baseline;
};

/// Parses an amount option; reports and returns nullopt when malformed.
std::optional<Money> amount_arg(Context& ctx, const std::string& text, const char* what) {
  if (auto m = Money::parse(text)) return m;
  ctx.usage_error(fmt::format("{} must be an amount like 12500 or 12500.00, not \"{}\"", what, text),
                  "digits, an optional . and up to two decimals; no thousands separators or currency signs");
  return std::nullopt;
}

json money_json(const Money& m) { return m.str(); }
json money_json(const std::optional<Money>& m) { return m ? json(m->str()) : json(); }
json ratio_json(const std::optional<double>& r) {
  if (!r) return json();
  return std::round(*r * 10000) / 10000;  // four decimals: stable text across platforms
}
std::string ratio_text(const std::optional<double>& r) { return r ? fmt::format("{:.2f}", *r) : "n/a"; }

int run_plan(const PlanArgs& a, Context& ctx) {
  auto today = ctx.today();
  if (!today) return ctx.report(today.errors());
  auto amount = amount_arg(ctx, a.amount, "AMOUNT");
  if (!amount) return ctx.exit_code;
  IdentitySources who = ctx.identity();
  return ctx.mutate([&](Project& p) { return plan_budget(p, a.category, *amount, a.description, who, *today); });
}

int run_spend(const SpendArgs& a, Context& ctx) {
  auto today = ctx.today();
  if (!today) return ctx.report(today.errors());
  auto amount = amount_arg(ctx, a.amount, "AMOUNT");
  if (!amount) return ctx.exit_code;
  NewExpense e;
  e.amount = *amount;
  e.category = a.category;
  e.task = a.task;
  e.note = a.note;
  if (!a.date.empty()) {
    auto d = ctx.date_option("--date", a.date);
    if (!d) return ctx.exit_code;
    e.date = *d;
  }
  IdentitySources who = ctx.identity();
  return ctx.mutate([&](Project& p) { return record_expense(p, e, who, *today); });
}

int run_adjust(const AdjustArgs& a, Context& ctx) {
  auto today = ctx.today();
  if (!today) return ctx.report(today.errors());
  if (a.amount.empty() || (a.amount[0] != '+' && a.amount[0] != '-'))
    return ctx.usage_error(fmt::format("write the change with its sign: +{0} to add, -{0} to take away", a.amount.empty() ? "2000" : a.amount),
                           "pmadmin budget adjust hosting +2000 --reason \"...\"");
  auto amount = amount_arg(ctx, a.amount, "AMOUNT");
  if (!amount) return ctx.exit_code;
  IdentitySources who = ctx.identity();
  return ctx.mutate([&](Project& p) { return adjust_budget(p, a.category, *amount, a.reason, who, *today); });
}

int run_list(const ListArgs& a, Context& ctx) {
  if (!ctx.format_ok({"text", "json", "csv"})) return ctx.exit_code;
  auto p = ctx.load();
  if (!p) return ctx.report(p.errors());
  const ExpenseFilter& f = a.filter;
  if (!f.month.empty() && (f.month.size() != 7 || !Date::parse(f.month + "-01")))
    return ctx.usage_error(fmt::format("--month must be like 2026-03, not \"{}\"", f.month));
  std::vector<std::string> categories = p->budget ? ids_of(p->budget->categories) : std::vector<std::string>{};
  if (!f.category.empty() && std::find(categories.begin(), categories.end(), f.category) == categories.end())
    return ctx.usage_error(fmt::format("unknown budget category \"{}\"", f.category), did_you_mean(f.category, categories));
  if (!f.task.empty() && !p->tasks.count(f.task))
    return ctx.usage_error(fmt::format("unknown task \"{}\"", f.task), did_you_mean(f.task, ids_of(p->tasks)));
  auto rows = list_expenses(*p, f);
  Money total;
  for (const Expense* e : rows) {
    auto t = total.plus(e->amount);
    if (!t) return ctx.usage_error("the amounts are too large to add up");
    total = *t;
  }
  if (ctx.format == "json") {
    json list = json::array();
    for (const Expense* e : rows)
      list.push_back({{"id", e->id}, {"date", e->date.iso()}, {"amount", e->amount.str()}, {"category", e->category},
                      {"task", e->task.empty() ? json() : json(e->task)}, {"note", e->note}, {"by", e->by.empty() ? json() : json(e->by)}});
    ctx.out << json{{"currency", p->config.currency}, {"total", total.str()}, {"expenses", list}}.dump(2) << "\n";
    return 0;
  }
  if (ctx.format == "csv") {
    ctx.out << csv_line({"id", "date", "amount", "currency", "category", "task", "note", "by"});
    for (const Expense* e : rows)
      ctx.out << csv_line({e->id, e->date.iso(), e->amount.str(), p->config.currency, e->category, e->task, e->note, e->by});
    return 0;
  }
  if (rows.empty()) {
    ctx.out << "No expenses" << (f.category.empty() && f.task.empty() && f.month.empty() ? "" : " match") << ".\n";
    return 0;
  }
  Table t;
  t.headers = {"DATE", "ID", "AMOUNT", "CATEGORY", "TASK", "NOTE", "BY"};
  t.right_align = {false, false, true, false, false, false, false};
  for (const Expense* e : rows)
    t.rows.push_back({e->date.iso(), e->id, e->amount.grouped(), e->category, e->task, e->note, e->by});
  ctx.out << render_table(t);
  ctx.out << fmt::format("{} expense{}, total {}\n", rows.size(), rows.size() == 1 ? "" : "s", total.display(p->config.currency));
  return 0;
}

json category_json(const CategoryStatus& c) {
  return {{"category", c.category},   {"planned", money_json(c.planned)},     {"adjustments", money_json(c.adjustments)},
          {"budget", money_json(c.budget)}, {"spent", money_json(c.spent)},   {"remaining", money_json(c.remaining)},
          {"used", ratio_json(c.used)}, {"overrun", c.overrun},               {"committed", money_json(c.committed)},
          {"over_committed", c.over_committed}};
}

int run_status(const StatusArgs& a, Context& ctx) {
  if (!ctx.format_ok({"text", "json", "csv"})) return ctx.exit_code;
  auto p = ctx.load();
  if (!p) return ctx.report(p.errors());
  auto today = ctx.today();
  if (!today) return ctx.report(today.errors());
  auto st = budget_status(*p, *today, a.baseline);
  if (!st) return ctx.report(st.errors());
  const Evm& e = st->evm;
  if (ctx.format == "json") {
    json cats = json::array();
    for (const auto& c : st->categories) cats.push_back(category_json(c));
    json evm = {{"plan", e.plan},
                {"bac", money_json(e.bac)}, {"pv", money_json(e.pv)}, {"ev", money_json(e.ev)}, {"ac", money_json(e.ac)},
                {"sv", money_json(e.sv)},   {"cv", money_json(e.cv)}, {"spi", ratio_json(e.spi)}, {"cpi", ratio_json(e.cpi)},
                {"eac", money_json(e.eac)}, {"eac_planned_rate", money_json(e.eac_planned_rate)},
                {"etc", money_json(e.etc)}, {"vac", money_json(e.vac)}, {"tcpi", ratio_json(e.tcpi)}};
    const RiskReserve& r = st->reserve;
    json reserve = {{"threats_emv", money_json(r.threats)}, {"opportunities_emv", money_json(r.opportunities)},
                    {"net_emv", money_json(r.net)},
                    {"contingency_category", r.contingency_category.empty() ? json() : json(r.contingency_category)},
                    {"contingency_left", money_json(r.contingency_left)},
                    {"open_risks_without_cost", r.open_risks_without_cost}};
    ctx.out << json{{"currency", st->currency}, {"today", st->today.iso()}, {"categories", cats},
                    {"total", category_json(st->total)}, {"evm", evm}, {"risk_reserve", reserve}, {"verdict", st->verdict}}
                   .dump(2)
            << "\n";
    return 0;
  }
  if (ctx.format == "csv") {
    ctx.out << csv_line({"category", "planned", "adjustments", "budget", "spent", "remaining", "used_percent", "overrun",
                         "committed"});
    auto row = [&](const CategoryStatus& c) {
      ctx.out << csv_line({c.category, c.planned.str(), c.adjustments.str(), c.budget.str(), c.spent.str(), c.remaining.str(),
                           c.used ? fmt::format("{}", std::lround(*c.used * 100)) : "", c.overrun ? "yes" : "no",
                           c.committed.str()});
    };
    for (const auto& c : st->categories) row(c);
    row(st->total);
    return 0;
  }
  const std::string& cur = st->currency;
  ctx.out << fmt::format("Budget as of {} ({})\n\n", st->today.iso(), cur);
  if (st->categories.empty()) {
    ctx.out << "No budget lines yet. Plan one with: pmadmin budget plan CATEGORY AMOUNT\n";
  } else {
    Table t;
    t.headers = {"CATEGORY", "PLANNED", "ADJUSTED", "BUDGET", "SPENT", "REMAINING", "USED", "", "TASKS"};
    t.right_align = {false, true, true, true, true, true, true, false, true};
    auto row = [&](const CategoryStatus& c) {
      std::string flag = c.overrun ? "OVER" : c.over_committed ? "tasks>" : "";
      t.rows.push_back({c.category, c.planned.grouped(), c.adjustments.minor() == 0 ? "-" : c.adjustments.grouped(),
                        c.budget.grouped(), c.spent.grouped(), c.remaining.grouped(),
                        c.used ? fmt::format("{}%", std::lround(*c.used * 100)) : "-", flag, c.committed.grouped()});
    };
    for (const auto& c : st->categories) row(c);
    row(st->total);
    ctx.out << render_table(t);
    ctx.out << "OVER: spent more than the budget line. TASKS: planned cost of the tasks in that category"
               " (tasks>: more than the budget).\n";
  }
  ctx.out << fmt::format("\nEarned value against the {}:\n", e.plan);
  auto line = [&](const char* key, const char* meaning, const std::string& value) {
    ctx.out << fmt::format("  {:<5} {:<42} {:>20}\n", key, meaning, value);
  };
  line("BAC", "budget at completion (tasks' planned cost)", e.bac.grouped());
  line("PV", "planned value: work due by today", e.pv.grouped());
  line("EV", "earned value: work done, at planned cost", e.ev.grouped());
  line("AC", "actual cost: spent up to today", e.ac.grouped());
  line("SV", "schedule variance (EV - PV)", e.sv.grouped());
  line("CV", "cost variance (EV - AC)", e.cv.grouped());
  line("SPI", "schedule performance (EV / PV)", ratio_text(e.spi));
  line("CPI", "cost performance (EV / AC)", ratio_text(e.cpi));
  line("EAC", "estimate at completion (BAC / CPI)", e.eac ? e.eac->grouped() : "n/a");
  line("", "  if the rest goes as planned: AC+BAC-EV", e.eac_planned_rate.grouped());
  line("ETC", "estimate to complete (EAC - AC)", e.etc ? e.etc->grouped() : "n/a");
  line("VAC", "variance at completion (BAC - EAC)", e.vac ? e.vac->grouped() : "n/a");
  line("TCPI", "efficiency needed to finish on BAC", ratio_text(e.tcpi));
  const RiskReserve& r = st->reserve;
  ctx.out << fmt::format("\nRisk reserve: open threats {} (EMV), opportunities {}", r.threats.grouped(), r.opportunities.grouped());
  if (r.contingency_left) ctx.out << fmt::format(", {} left in {}", r.contingency_left->grouped(), r.contingency_category);
  ctx.out << ".\n";
  if (r.open_risks_without_cost)
    ctx.out << fmt::format("  {} open risk{} no cost impact and {} not counted.\n", r.open_risks_without_cost,
                           r.open_risks_without_cost == 1 ? " has" : "s have", r.open_risks_without_cost == 1 ? "is" : "are");
  ctx.out << "\nIn plain words:\n";
  for (const auto& v : st->verdict) ctx.out << "  - " << v << "\n";
  return 0;
}

}  // namespace

void register_budget(CLI::App& app, Context& ctx) {
  CLI::App* budget = app.add_subcommand("budget", "Plan, spend, adjust; budget status with earned value");
  budget->require_subcommand(1);
  {
    auto a = std::make_shared<PlanArgs>();
    CLI::App* plan = budget->add_subcommand("plan", "Set a budget line (budget/plan.yaml)");
    plan->add_option("CATEGORY", a->category, "Budget category, like labour")->required();
    plan->add_option("AMOUNT", a->amount, "Planned amount, like 60000 or 60000.00")->required();
    plan->add_option("--description", a->description, "What the line is for");
    plan->callback([a, &ctx] { ctx.exit_code = run_plan(*a, ctx); });
  }
  {
    auto a = std::make_shared<SpendArgs>();
    CLI::App* spend = budget->add_subcommand("spend", "Record an expense (budget/expenses/<id>.yaml)");
    spend->add_option("AMOUNT", a->amount, "Amount, like 4800.00")->required();
    spend->add_option("--category", a->category, "Budget category")->required();
    spend->add_option("--task", a->task, "The task it was for");
    spend->add_option("--date", a->date, "When (default: today; not in the future)");
    spend->add_option("--note", a->note, "What it was");
    spend->callback([a, &ctx] { ctx.exit_code = run_spend(*a, ctx); });
  }
  {
    auto a = std::make_shared<AdjustArgs>();
    CLI::App* adjust = budget->add_subcommand("adjust", "Approve a change to a budget line: +AMOUNT or -AMOUNT (needs approve-budget)");
    adjust->add_option("CATEGORY", a->category, "Budget category")->required();
    adjust->add_option("AMOUNT", a->amount, "+2000 or -2000")->required();
    adjust->add_option("--reason", a->reason, "Why (kept with your name and the date)")->required();
    adjust->callback([a, &ctx] { ctx.exit_code = run_adjust(*a, ctx); });
  }
  {
    auto a = std::make_shared<ListArgs>();
    CLI::App* list = budget->add_subcommand("list", "Expenses, filtered (--format json|csv)");
    list->add_option("--category", a->filter.category, "Only this category");
    list->add_option("--task", a->filter.task, "Only this task");
    list->add_option("--month", a->filter.month, "Only this month, like 2026-03");
    list->callback([a, &ctx] { ctx.exit_code = run_list(*a, ctx); });
  }
  {
    auto a = std::make_shared<StatusArgs>();
    CLI::App* status = budget->add_subcommand("status", "Per category planned/spent/remaining, earned value, risk reserve");
    status->add_option("--baseline", a->baseline, "Measure planned value against this baseline (default: the latest)");
    status->callback([a, &ctx] { ctx.exit_code = run_status(*a, ctx); });
  }
}

}  // namespace pmadmin::cli

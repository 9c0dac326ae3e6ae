// pmadmin budget: plan, control (spend, list, status with earned value), adjust.
#include <fmt/format.h>
#include <memory>

#include "analysis/budget.hpp"
#include "base/i18n.hpp"
#include "cli/commands.hpp"
#include "edit/budget.hpp"
#include "render/budget_view.hpp"

namespace pmadmin::cli {

namespace {

struct PlanArgs {
  std::string category;
  std::string amount;
  std::string description, title;
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

/// An amount given as an argument; a usage error says the grammar.
Result<Money> amount_arg(const std::string& text, const char* what) {
  if (auto m = Money::parse(text)) return *m;
  return usage_error(trf("{} must be an amount like 12500 or 12500.00, not \"{}\"", what, text),
                     tr("digits, an optional . and up to two decimals; no thousands separators or currency signs"));
}

CommandResult run_plan(const PlanArgs& a, Context& ctx) {
  auto amount = amount_arg(a.amount, "AMOUNT");
  if (!amount) return amount.errors();
  return ctx.mutate(
      [&](Project& p) { return plan_budget(p, a.category, *amount, a.description, ctx.who(), ctx.today, a.title); });
}

CommandResult run_spend(const SpendArgs& a, Context& ctx) {
  auto amount = amount_arg(a.amount, "AMOUNT");
  if (!amount) return amount.errors();
  NewExpense e;
  e.amount = *amount;
  e.category = a.category;
  e.task = a.task;
  e.note = a.note;
  if (!a.date.empty()) {
    auto d = ctx.date_option("--date", a.date);
    if (!d) return d.errors();
    e.date = *d;
  }
  return ctx.mutate([&](Project& p) { return record_expense(p, e, ctx.who(), ctx.today); });
}

CommandResult run_adjust(const AdjustArgs& a, Context& ctx) {
  if (a.amount.empty() || (a.amount[0] != '+' && a.amount[0] != '-'))
    return usage_error(
        trf("write the change with its sign: +{0} to add, -{0} to take away", a.amount.empty() ? "2000" : a.amount),
        tr("pmadmin budget adjust hosting +2000 --reason \"...\""));
  auto amount = amount_arg(a.amount, "AMOUNT");
  if (!amount) return amount.errors();
  return ctx.mutate([&](Project& p) { return adjust_budget(p, a.category, *amount, a.reason, ctx.who(), ctx.today); });
}

CommandResult run_list(const ExpenseFilter& filter, Context& ctx) {
  if (Status s = ctx.supports({OutputFormat::text, OutputFormat::json, OutputFormat::csv}); !s) return s.errors();
  auto p = ctx.load();
  if (!p) return p.errors();
  auto list = find_expenses(*p, filter);
  if (!list) return list.errors();
  return ctx.print(render_expenses(*list, ctx.format));
}

CommandResult run_status(const std::string& baseline, Context& ctx) {
  if (Status s = ctx.supports({OutputFormat::text, OutputFormat::json, OutputFormat::csv}); !s) return s.errors();
  auto p = ctx.load();
  if (!p) return p.errors();
  auto st = budget_status(*p, ctx.today, baseline);
  if (!st) return st.errors();
  return ctx.print(render_budget_status(*st, ctx.format));
}

}  // namespace

void register_budget(CLI::App& app, Context& ctx) {
  CLI::App* budget = app.add_subcommand("budget", tr("Plan, spend, adjust; budget status with earned value"));
  budget->require_subcommand(1);
  {
    auto a = std::make_shared<PlanArgs>();
    CLI::App* plan = budget->add_subcommand(
        "plan", guarded(tr("Set or re-plan a budget line (budget/plan.yaml); recorded with who and when"),
                        GuardedAction::plan_budget));
    plan->add_option("CATEGORY", a->category, tr("Budget category, like labour"))->required();
    plan->add_option("AMOUNT", a->amount, tr("Planned amount, like 60000 or 60000.00"))->required();
    plan->add_option("--description", a->description, tr("What the line is for"));
    plan->add_option("--title", a->title,
                     tr("The line's name in tables and reports, any language (the ID stays ASCII)"));
    on_run(plan, ctx, [a, &ctx] { return run_plan(*a, ctx); });
  }
  {
    auto a = std::make_shared<SpendArgs>();
    CLI::App* spend = budget->add_subcommand("spend", tr("Record an expense (budget/expenses/<id>.yaml)"));
    spend->add_option("AMOUNT", a->amount, tr("Amount, like 4800.00"))->required();
    spend->add_option("--category", a->category, tr("Budget category"))->required();
    spend->add_option("--task", a->task, tr("The task it was for"));
    spend->add_option("--date", a->date, tr("When (default: today; not in the future)"));
    spend->add_option("--note", a->note, tr("What it was"));
    on_run(spend, ctx, [a, &ctx] { return run_spend(*a, ctx); });
  }
  {
    auto a = std::make_shared<AdjustArgs>();
    CLI::App* adjust = budget->add_subcommand(
        "adjust", guarded(tr("Approve a change to a budget line: +AMOUNT or -AMOUNT"), GuardedAction::adjust_budget));
    adjust->add_option("CATEGORY", a->category, tr("Budget category"))->required();
    adjust->add_option("AMOUNT", a->amount, tr("+2000 or -2000"))->required();
    adjust->add_option("--reason", a->reason, tr("Why (kept with your name and the date)"))->required();
    on_run(adjust, ctx, [a, &ctx] { return run_adjust(*a, ctx); });
  }
  {
    auto a = std::make_shared<std::pair<std::string, std::string>>();
    CLI::App* v = budget->add_subcommand(
        "void",
        tr("Void an expense entered wrongly: kept as history, counted nowhere (needs approve-budget unless yours)"));
    v->add_option("EXPENSE", a->first, tr("Expense ID (see budget list)"))->required();
    v->add_option("--reason", a->second, tr("Why (required; kept in the expense)"))->required();
    on_run(v, ctx, [a, &ctx]() -> CommandResult {
      return ctx.mutate([&](Project& p) { return void_expense(p, a->first, a->second, ctx.who(), ctx.today); });
    });
  }
  {
    auto filter = std::make_shared<ExpenseFilter>();
    CLI::App* list = budget->add_subcommand("list", tr("Expenses, filtered (--format json|csv)"));
    list->add_option("--category", filter->category, tr("Only this category"));
    list->add_option("--task", filter->task, tr("Only this task"));
    list->add_option("--month", filter->month, tr("Only this month, like 2026-03"));
    on_run(list, ctx, [filter, &ctx] { return run_list(*filter, ctx); });
  }
  {
    auto baseline = std::make_shared<std::string>();
    CLI::App* status =
        budget->add_subcommand("status", tr("Per category planned/spent/remaining, earned value, risk reserve"));
    status->add_option("--baseline", *baseline,
                       tr("Measure planned value against this baseline (default: the latest)"));
    on_run(status, ctx, [baseline, &ctx] { return run_status(*baseline, ctx); });
  }
}

}  // namespace pmadmin::cli

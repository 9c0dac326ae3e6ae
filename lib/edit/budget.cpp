#include "edit/budget.hpp"

#include <fmt/format.h>
#include <algorithm>

#include "analysis/budget.hpp"
#include "base/i18n.hpp"
#include "base/ids.hpp"
#include "base/text.hpp"

namespace pmadmin {

namespace {

Result<BudgetLine*> find_line(Project& p, const std::string& category) {
  std::vector<std::string> known = p.budget ? ids_of(p.budget->categories) : std::vector<std::string>{};
  if (p.budget)
    for (auto& [name, line] : p.budget->categories)
      if (name == category) return &line;
  if (known.empty())
    return usage_error(trf("unknown budget category \"{}\"", category),
                       tr("plan one first: pmadmin budget plan CATEGORY AMOUNT"));
  return usage_error(trf("unknown budget category \"{}\"", category), did_you_mean(category, known));
}

}  // namespace

Result<Outcome> plan_budget(Project& p, const std::string& category, Money amount, const std::string& description,
                            const IdentitySources& who, Date today, const std::string& title) {
  if (auto problem = id_problem(category)) {
    const bool non_ascii = std::any_of(category.begin(), category.end(), [](char c) { return c & 0x80; });
    return usage_error(trf("\"{}\" is not a valid category ID: {}", category, *problem),
                       non_ascii
                           ? trf("IDs become file names, so they are plain ASCII: keep \"{}\" as the line's title, "
                                 "like: pmadmin budget plan materials {} --title \"{}\"",
                                 category, amount.str(), category)
                           : id_fix_hint(category, "materials"));
  }
  if (amount.minor() < 0) return usage_error(tr("a planned amount cannot be negative"));
  if (auto why = text_problem(description, false)) return usage_error(trf("the description {}", *why));
  if (auto why = text_problem(title, false)) return usage_error(trf("the title {}", *why));
  auto actor = require_permission(p, who, GuardedAction::plan_budget);
  if (!actor) return actor.errors();
  const bool file_existed = p.budget.has_value();
  if (!p.budget) p.budget = BudgetPlan{};
  BudgetPlan& plan = *p.budget;
  std::optional<Money> replanned_from;  // the line's amount before, when it existed
  BudgetLine* line = nullptr;
  for (auto& [name, l] : plan.categories)
    if (name == category) line = &l;
  if (line) {
    bool spent =
        std::any_of(p.expenses.begin(), p.expenses.end(), [&](const auto& e) { return e.second.category == category; });
    bool adjusted = std::any_of(plan.adjustments.begin(), plan.adjustments.end(),
                                [&](const BudgetAdjustment& a) { return a.category == category; });
    const Money current = line_budget(plan, category, *line, std::nullopt);
    if ((spent || adjusted) && current == amount && line->planned != amount) {
      Outcome out;
      out.summary = trf("the budget of {} is already {} (planned plus approved adjustments); nothing changed", category,
                        amount.display(p.config.currency));
      return out;
    }
    if ((spent || adjusted) && line->planned != amount)
      return usage_error(
          trf("the plan for \"{}\" stands: it already has {}; its budget is {} (planned {}, adjustments {})", category,
              spent ? tr("expenses") : tr("approved adjustments"), current.display(p.config.currency),
              line->planned.grouped(), current.minus(line->planned).value_or(Money{}).grouped()),
          trf("to make it {}, run: pmadmin budget adjust {} {}{} --reason \"...\" (needs approve-budget)",
              amount.display(p.config.currency), category, amount >= current ? "+" : "-",
              Money::from_minor(std::llabs(amount.minor() - current.minor())).str()));
    if (line->planned == amount && (description.empty() || description == line->description) &&
        (title.empty() || title == line->title)) {
      Outcome out;
      out.summary = trf("{} is already planned at {}; nothing changed", category, amount.display(p.config.currency));
      return out;
    }
    replanned_from = line->planned;
    if (line->planned != amount) line->history.push_back(PlanChange{today, *actor, amount, line->planned});
    line->planned = amount;
    if (!description.empty()) line->description = description;
    if (!title.empty()) line->title = title;
  } else {
    plan.categories.emplace_back(category,
                                 BudgetLine{amount, description, {PlanChange{today, *actor, amount, {}}}, title});
  }
  MoneySum total;
  for (const auto& [name, l] : plan.categories) total.add(l.planned);
  if (total.overflow) return amounts_too_large();
  const std::string& cur = p.config.currency;
  Outcome out;
  if (file_existed)
    out.changed(EntityKind::budget);
  else
    out.created(EntityKind::budget, "");
  out.summary = replanned_from
                    ? trf("re-planned {}: {} -> {} (all lines: {})", category, replanned_from->display(cur),
                          amount.display(cur), total.total.display(cur))
                    : trf("planned {}: {} (all lines: {})", category, amount.display(cur), total.total.display(cur));
  return out;
}

Result<Outcome> record_expense(Project& p, const NewExpense& spec, const IdentitySources& who, Date today) {
  if (spec.amount.minor() <= 0) return usage_error(tr("an expense is a positive amount, like 4800.00"));
  auto line = find_line(p, spec.category);
  if (!line) return line.errors();
  if (!spec.task.empty() && !p.tasks.count(spec.task))
    return usage_error(trf("unknown task \"{}\"", spec.task), did_you_mean(spec.task, ids_of(p.tasks)));
  Date date = spec.date.value_or(today);
  if (date > today)
    return usage_error(trf("cannot record an expense on {}: it is after today ({})", date.iso(), today.iso()));
  if (auto why = text_problem(spec.note, false)) return usage_error(trf("the note {}", *why));
  auto actor = resolve_actor(p, who);
  if (!actor) return actor.errors();
  Expense e;
  e.id = random_id("e", [&](const std::string& c) { return p.expenses.count(c) > 0; });
  e.date = date;
  e.amount = spec.amount;
  e.category = spec.category;
  e.task = spec.task;
  e.note = spec.note;
  e.by = *actor;
  Outcome out;
  out.created(EntityKind::expense, e.id);
  p.expenses.emplace(e.id, e);
  const BudgetPlan& plan = *p.budget;
  Money budget = line_budget(plan, spec.category, **line, today);
  Money spent = spent_on(p, spec.category, today);
  const std::string& cur = p.config.currency;
  out.summary = spec.task.empty()
                    ? trf("recorded {}: {} on {} ({}); {} spent {} of {}", e.id, e.amount.display(cur), spec.category,
                          date.iso(), spec.category, spent.grouped(), budget.grouped())
                    : trf("recorded {}: {} on {} for {} ({}); {} spent {} of {}", e.id, e.amount.display(cur),
                          spec.category, spec.task, date.iso(), spec.category, spent.grouped(), budget.grouped());
  if (spent > budget) out.summary += trf(": OVER BUDGET by {}", spent.minus(budget).value_or(Money{}).grouped());
  return out;
}

Result<Outcome> void_expense(Project& p, const std::string& id, const std::string& reason, const IdentitySources& who,
                             Date today) {
  auto it = p.expenses.find(id);
  if (it == p.expenses.end())
    return usage_error(trf("unknown expense \"{}\"", id), did_you_mean(id, ids_of(p.expenses)));
  Expense& e = it->second;
  if (reason.empty()) return usage_error(tr("say why with --reason: the expense keeps it"));
  if (auto why = text_problem(reason, true)) return usage_error(trf("the reason {}", *why));
  if (e.voided)
    return usage_error(trf("expense {} was already voided on {} by {}", id, e.voided->iso(), e.voided_by),
                       tr("record the right amount with: pmadmin budget spend AMOUNT --category C"));
  auto actor = resolve_actor(p, who);
  if (!actor) return actor.errors();
  if (*actor != e.by) {
    auto approver = require_permission(p, who, GuardedAction::adjust_budget);
    if (!approver) return approver.errors();
  }
  e.voided = today;
  e.voided_by = *actor;
  e.void_reason = reason;
  Outcome out;
  out.changed(EntityKind::expense, id);
  const std::string& cur = p.config.currency;
  out.summary = trf("voided {}: {} on {} ({}) no longer counts; {} spent {} of {}", id, e.amount.display(cur),
                    e.category, e.date.iso(), e.category, spent_on(p, e.category, today).grouped(),
                    p.budget && p.budget->line(e.category)
                        ? line_budget(*p.budget, e.category, *p.budget->line(e.category), today).grouped()
                        : "0.00");
  return out;
}

Result<Outcome> adjust_budget(Project& p, const std::string& category, Money delta, const std::string& reason,
                              const IdentitySources& who, Date today) {
  auto actor = require_permission(p, who, GuardedAction::adjust_budget);
  if (!actor) return actor.errors();
  auto line = find_line(p, category);
  if (!line) return line.errors();
  if (delta.minor() == 0) return usage_error(tr("an adjustment of 0 changes nothing"));
  if (reason.empty()) return usage_error(tr("say why with --reason: the plan keeps it with your name and the date"));
  if (auto why = text_problem(reason, true)) return usage_error(trf("the reason {}", *why));
  BudgetPlan& plan = *p.budget;
  Money before = line_budget(plan, category, **line, std::nullopt);
  auto after = before.plus(delta);
  if (!after) return amounts_too_large();
  if (after->minor() < 0)
    return usage_error(
        trf("{} would go below zero ({} {} = {})", category, before.grouped(), delta.grouped(), after->grouped()));
  plan.adjustments.push_back(BudgetAdjustment{today, category, delta, reason, *actor});
  Outcome out;
  out.changed(EntityKind::budget);
  out.summary = trf("adjusted {} by {}{} (approved by {}): budget {} -> {}", category, delta.minor() > 0 ? "+" : "",
                    delta.grouped(), *actor, before.display(p.config.currency), after->display(p.config.currency));
  return out;
}

}  // namespace pmadmin

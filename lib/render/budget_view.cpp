#include "render/budget_view.hpp"

#include <fmt/format.h>
#include <cmath>

#include "base/i18n.hpp"
#include "render/csv.hpp"
#include "render/json.hpp"
#include "render/table.hpp"

namespace pmadmin {

std::string render_expenses(const ExpenseList& list, OutputFormat format) {
  if (format == OutputFormat::json) {
    Json rows = Json::array();
    for (const Expense* e : list.rows) rows.push_back(*e);
    return dump(Json{{"currency", list.currency}, {"total", list.total.str()}, {"expenses", rows}});
  }
  if (format == OutputFormat::csv) {
    std::string out = csv_line({"id", "date", "amount", "currency", "category", "task", "note", "by", "voided"});
    for (const Expense* e : list.rows)
      out += csv_line({e->id, e->date.iso(), e->amount.str(), list.currency, e->category, e->task, e->note, e->by,
                       e->voided ? e->voided->iso() : ""});
    return out;
  }
  if (list.rows.empty()) return list.filtered ? tr("No expenses match.\n") : tr("No expenses.\n");
  Table t;
  t.headers = {tr("DATE"), tr("ID"), tr("AMOUNT"), tr("CATEGORY"), tr("TASK"), tr("NOTE"), tr("BY")};
  t.right_align = {false, false, true, false, false, false, false};
  std::size_t voided = 0;
  for (const Expense* e : list.rows) {
    std::string note = e->voided ? trf("VOID {} by {}: {} ({})", e->voided->iso(), e->voided_by, e->void_reason,
                                       e->note.empty() ? "-" : e->note)
                                 : e->note;
    voided += e->voided ? 1 : 0;
    t.rows.push_back({e->date.iso(), e->id, e->amount.grouped(), e->category, e->task, note, e->by});
  }
  const std::string total = list.total.display(list.currency);
  const unsigned long n = list.rows.size();
  return render_table(t) +
         (voided ? trnf("{} expense, total {} (without the {} voided)", "{} expenses, total {} (without the {} voided)",
                        n, n, total, voided)
                 : trnf("{} expense, total {}", "{} expenses, total {}", n, n, total)) +
         "\n";
}

namespace {

std::string used_percent(const CategoryStatus& c) {
  return c.used ? fmt::format("{}", std::lround(*c.used * 100)) : "";
}

std::string status_csv(const BudgetStatus& st) {
  std::string out = csv_line(
      {"category", "planned", "adjustments", "budget", "spent", "remaining", "used_percent", "overrun", "committed"});
  auto row = [&](const CategoryStatus& c) {
    out += csv_line({c.category, c.planned.str(), c.adjustments.str(), c.budget.str(), c.spent.str(), c.remaining.str(),
                     used_percent(c), c.overrun ? "yes" : "no", c.committed.str()});
  };
  for (const auto& c : st.categories) row(c);
  row(st.total);
  return out;
}

}  // namespace

std::string category_label(const CategoryStatus& c) {
  return c.title.empty() ? c.category : fmt::format("{} ({})", c.title, c.category);
}

namespace {

std::string category_table(const BudgetStatus& st) {
  if (st.categories.empty()) return tr("No budget lines yet. Plan one with: pmadmin budget plan CATEGORY AMOUNT\n");
  Table t;
  t.headers = {tr("CATEGORY"), tr("PLANNED"),   tr("ADJUSTED"), tr("BUDGET"),
               tr("SPENT"),    tr("REMAINING"), tr("USED"),     "",
               tr("TASKS")};
  t.right_align = {false, true, true, true, true, true, true, false, true};
  auto row = [&](const CategoryStatus& c) {
    std::string flag = c.overrun ? "OVER" : c.over_committed ? "tasks>" : "";
    t.rows.push_back({category_label(c), c.planned.grouped(),
                      c.adjustments.minor() == 0 ? "-" : c.adjustments.grouped(), c.budget.grouped(), c.spent.grouped(),
                      c.remaining.grouped(), c.used ? used_percent(c) + "%" : "-", flag, c.committed.grouped()});
  };
  for (const auto& c : st.categories) row(c);
  row(st.total);
  return render_table(t) + tr("OVER: spent more than the budget line. TASKS: planned cost of the tasks in that category"
                              " (tasks>: more than the budget).\n");
}

std::string ratio_text(const std::optional<double>& r) { return r ? fmt::format("{:.2f}", *r) : tr("n/a"); }

std::string evm_lines(const Evm& e) {
  if (!e.not_computable.empty()) return trf("\nEarned value cannot be computed: {}.\n", e.not_computable);
  std::string out = trf("\nEarned value of the {} costed tasks against the {}:\n", e.costed_tasks, e.plan);
  auto line = [&](const char* key, const char* meaning, const std::string& value) {
    out += fmt::format("  {:<5} {:<42} {:>20}\n", key, meaning, value);
  };
  line("BAC", tr("budget at completion (tasks' planned cost)"), e.bac.grouped());
  line("PV", tr("planned value: work due by today"), e.pv.grouped());
  line("EV", tr("earned value: work done, at planned cost"), e.ev.grouped());
  line("AC", tr("actual cost: booked to these tasks"), e.ac.grouped());
  line("SV", tr("schedule variance (EV - PV)"), e.sv.grouped());
  line("CV", tr("cost variance (EV - AC)"), e.cv.grouped());
  line("SPI", tr("schedule performance (EV / PV)"), ratio_text(e.spi));
  line("CPI", tr("cost performance (EV / AC)"), ratio_text(e.cpi));
  line("EAC", tr("estimate at completion (BAC / CPI)"), e.eac ? e.eac->grouped() : tr("n/a"));
  line("", tr("  if the rest goes as planned: AC+BAC-EV"), e.eac_planned_rate.grouped());
  line("ETC", tr("estimate to complete (EAC - AC)"), e.etc ? e.etc->grouped() : tr("n/a"));
  line("VAC", tr("variance at completion (BAC - EAC)"), e.vac ? e.vac->grouped() : tr("n/a"));
  line("TCPI", tr("efficiency needed to finish on BAC"), ratio_text(e.tcpi));
  if (e.outside.minor() > 0)
    out += trf("  Not in EVM: {} spent outside the costed tasks, controlled by its budget lines above.\n",
               e.outside.grouped());
  return out;
}

std::string reserve_lines(const RiskReserve& r) {
  std::string out =
      trf("\nRisk reserve: open threats {} (EMV), opportunities {}", r.threats.grouped(), r.opportunities.grouped());
  if (r.contingency_left) out += trf(", {} left in {}", r.contingency_left->grouped(), r.contingency_category);
  out += ".\n";
  if (r.open_risks_without_cost)
    out += trnf("  {} open risk has no cost impact and is not counted.\n",
                "  {} open risks have no cost impact and are not counted.\n",
                static_cast<unsigned long>(r.open_risks_without_cost), r.open_risks_without_cost);
  return out;
}

}  // namespace

std::string render_budget_status(const BudgetStatus& st, OutputFormat format) {
  if (format == OutputFormat::json) return dump(Json(st));
  if (format == OutputFormat::csv) return status_csv(st);
  std::string out = trf("Budget as of {} ({})\n\n", st.today.iso(), st.currency);
  out += category_table(st) + evm_lines(st.evm) + reserve_lines(st.reserve);
  out += tr("\nIn plain words:\n");
  for (const auto& v : st.verdict) out += "  - " + v + "\n";
  return out;
}

}  // namespace pmadmin

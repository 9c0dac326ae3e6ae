// pmadmin risk list, show, matrix, exposure: the register as tables, one risk with its
// history, the 5x5 matrix, the expected cost against the contingency.
#include <fmt/format.h>
#include <memory>

#include "analysis/budget.hpp"
#include "analysis/risk.hpp"
#include "base/i18n.hpp"
#include "base/text.hpp"
#include "cli/commands.hpp"
#include "render/risk_view.hpp"

namespace pmadmin::cli {

namespace {

struct ListArgs {
  std::string status = "open", owner, level, category, task, changed_since;
};

template <typename E>
Result<std::optional<E>> word_option(const std::string& text, const char* option) {
  if (text.empty() || text == "all") return std::optional<E>{};
  if (auto v = from_text<E>(text)) return std::optional<E>(*v);
  return usage_error(trf("{} \"{}\" is not one of: {}, all", option, text, fmt::join(words_of<E>(), ", ")),
                     did_you_mean(text, words_of<E>()));
}

CommandResult run_list(const ListArgs& a, Context& ctx) {
  using F = OutputFormat;
  if (Status s = ctx.supports({F::text, F::json, F::csv, F::md}); !s) return s.errors();
  auto p = ctx.load();
  if (!p) return p.errors();
  if (!a.changed_since.empty()) {
    auto since = ctx.date_option("--changed-since", a.changed_since);
    if (!since) return since.errors();
    return ctx.print(render_risk_changes(*p, risk_changes_since(*p, **since), **since, ctx.format));
  }
  RiskFilter f;
  auto status = word_option<RiskStatus>(a.status, "--status");
  if (!status) return status.errors();
  f.status = *status;
  auto level = word_option<RiskLevel>(a.level, "--level");
  if (!level) return level.errors();
  f.level = *level;
  f.owner = a.owner;
  f.category = a.category;
  f.task = a.task;
  if (!f.owner.empty() && !p->people.count(f.owner)) return unknown_id("person", f.owner, ids_of(p->people));
  if (!f.task.empty() && !p->tasks.count(f.task)) return unknown_id("task", f.task, ids_of(p->tasks));
  return ctx.print(render_risk_list(*p, list_risks(*p, f), ctx.format));
}

CommandResult run_show(const std::string& id, Context& ctx) {
  if (Status s = ctx.supports({OutputFormat::text, OutputFormat::json}); !s) return s.errors();
  auto p = ctx.load();
  if (!p) return p.errors();
  auto it = p->risks.find(id);
  if (it == p->risks.end()) return unknown_id("risk", id, ids_of(p->risks));
  return ctx.print(render_risk(*p, it->second, ctx.format));
}

CommandResult run_matrix(Context& ctx) {
  if (Status s = ctx.supports({OutputFormat::text, OutputFormat::json}); !s) return s.errors();
  auto p = ctx.load();
  if (!p) return p.errors();
  return ctx.print(render_risk_matrix(*p, ctx.format, ctx.color_stdout()));
}

/// The totals come from the budget status when there is a budget, so `risk exposure` and
/// `budget status` cannot disagree.
CommandResult run_exposure(Context& ctx) {
  using F = OutputFormat;
  if (Status s = ctx.supports({F::text, F::json, F::csv, F::md}); !s) return s.errors();
  auto p = ctx.load();
  if (!p) return p.errors();
  std::optional<RiskReserve> reserve;
  if (p->budget) {
    auto st = budget_status(*p, ctx.today);
    if (!st) return st.errors();
    reserve = st->reserve;
  } else {
    auto r = risk_reserve(*p, {});
    if (!r) return r.errors();
    reserve = *r;
  }
  return ctx.print(render_risk_exposure(*p, *reserve, p->config.currency, ctx.format));
}

}  // namespace

void register_risk_views(CLI::App& risk, Context& ctx) {
  {
    auto a = std::make_shared<ListArgs>();
    CLI::App* list = risk.add_subcommand("list", tr("The register by score, then ID (--format json|csv|md)"));
    list->add_option("--status", a->status, tr("open (default), closed or all"));
    list->add_option("--owner", a->owner, tr("Only this owner's risks"));
    list->add_option("--level", a->level, tr("low, medium, high or critical"));
    list->add_option("--category", a->category, tr("Only this category"));
    list->add_option("--task", a->task, tr("Only the risks affecting this task"));
    list->add_option("--changed-since", a->changed_since, tr("What got better or worse since DATE, old and new score"));
    on_run(list, ctx, [a, &ctx] { return run_list(*a, ctx); });
  }
  {
    auto id = std::make_shared<std::string>();
    CLI::App* show = risk.add_subcommand("show", tr("One risk with its history"));
    show->add_option("ID", *id, tr("The risk"))->required();
    on_run(show, ctx, [id, &ctx] { return run_show(*id, ctx); });
  }
  on_run(risk.add_subcommand("matrix", tr("The 5x5 probability x impact grid with counts (letters: L M H C)")), ctx,
         [&ctx] { return run_matrix(ctx); });
  on_run(risk.add_subcommand("exposure", tr("Expected cost (EMV) per risk and in total against the contingency line")),
         ctx, [&ctx] { return run_exposure(ctx); });
}

}  // namespace pmadmin::cli

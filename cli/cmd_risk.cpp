// pmadmin risk: the register's changes (add, assess, respond, close, reopen); the views are
// in cmd_risk_views.cpp.
#include <fmt/format.h>
#include <memory>

#include "base/i18n.hpp"
#include "cli/commands.hpp"
#include "edit/risks.hpp"
#include "model/grammar.hpp"

namespace pmadmin::cli {

namespace {

struct AddArgs {
  std::string title, id, category, probability = "3", impact = "3", owner, response, plan, trigger, cost, review_by,
                                   delay;
  std::vector<std::string> tasks;
  bool opportunity = false;
};

struct AssessArgs {
  std::string id, probability, impact, note;
};

struct RespondArgs {
  std::string id, response, plan, owner;
};

struct CloseArgs {
  std::string id, reason;
};

/// A 1-5 value of the command line: nullopt when not given.
Result<std::optional<int>> scale_arg(const std::string& text, const char* option) {
  if (text.empty()) return std::optional<int>{};
  if (text.size() == 1 && text[0] >= '1' && text[0] <= '5') return std::optional<int>(text[0] - '0');
  return usage_error(trf("{} must be a whole number from 1 to 5, not \"{}\"", option, text),
                     tr("1 very low, 2 low, 3 medium, 4 high, 5 very high (probability: 10, 30, 50, 70, 90%)"));
}

CommandResult run_add(const AddArgs& a, Context& ctx) {
  NewRisk r;
  r.title = a.title;
  r.id = a.id;
  r.opportunity = a.opportunity;
  r.category = a.category;
  auto probability = scale_arg(a.probability, "--probability");
  if (!probability) return probability.errors();
  auto impact = scale_arg(a.impact, "--impact");
  if (!impact) return impact.errors();
  r.probability = probability->value_or(3);
  r.impact = impact->value_or(3);
  r.owner = a.owner;
  r.response = a.response;
  r.plan = a.plan;
  r.trigger = a.trigger;
  if (!a.cost.empty()) {
    auto m = Money::parse(a.cost);
    if (!m) return usage_error(trf("--cost-impact must be an amount like 12500 or 12500.00, not \"{}\"", a.cost));
    r.cost_impact = *m;
  }
  if (!a.review_by.empty()) {
    auto d = ctx.date_option("--review-by", a.review_by);
    if (!d) return d.errors();
    r.review_by = *d;
  }
  if (!a.delay.empty()) {
    auto days = parse_days_arg(a.delay);
    if (!days) return usage_error(trf("--delay must be working days like 5d, not \"{}\"", a.delay));
    r.delay_days = *days;
  }
  r.tasks = a.tasks;
  return ctx.mutate([&](Project& p) { return add_risk(p, r, ctx.who(), ctx.today); });
}

CommandResult run_assess(const AssessArgs& a, Context& ctx) {
  auto probability = scale_arg(a.probability, "--probability");
  if (!probability) return probability.errors();
  auto impact = scale_arg(a.impact, "--impact");
  if (!impact) return impact.errors();
  return ctx.mutate(
      [&](Project& p) { return assess_risk(p, a.id, *probability, *impact, a.note, ctx.who(), ctx.today); });
}

}  // namespace

void register_risk(CLI::App& app, Context& ctx) {
  CLI::App* risk =
      app.add_subcommand("risk", tr("The risk register: add, assess, respond, close; list, matrix, exposure"));
  risk->require_subcommand(1);
  {
    auto a = std::make_shared<AddArgs>();
    CLI::App* add = risk->add_subcommand("add", tr("Identify a risk (risks/<id>.yaml), a threat or --opportunity"));
    add->add_option("TITLE", a->title, tr("What might happen"))->required();
    add->add_option("--id", a->id, tr("ID (default: r-xxxx)"));
    add->add_option("--category", a->category, tr("Category (pmadmin.yaml risk-categories:)"));
    add->add_option("--probability", a->probability, tr("1-5: 10, 30, 50, 70, 90% (default 3)"));
    add->add_option("--impact", a->impact, tr("1-5 (default 3)"));
    add->add_option("--owner", a->owner, tr("Who watches it and carries out the response"));
    add->add_option("--response", a->response,
                    tr("avoid|transfer|mitigate|accept|escalate; for an opportunity exploit|share|enhance|accept"));
    add->add_option("--plan", a->plan, tr("What the response is"));
    add->add_option("--trigger", a->trigger, tr("The sign that it is happening"));
    add->add_option("--cost-impact", a->cost, tr("What it would cost (or save), like 10000"));
    add->add_option("--review-by", a->review_by, tr("Look at it again by this date"));
    add->add_option("--task", a->tasks, tr("Tasks it would affect: ID[,ID...]"))->delimiter(',');
    add->add_option("--delay", a->delay, tr("Working days it would add to each of those tasks, like 5d"));
    add->add_flag("--opportunity", a->opportunity, tr("A positive risk: something that may go better than planned"));
    on_run(add, ctx, [a, &ctx] { return run_add(*a, ctx); });
  }
  {
    auto a = std::make_shared<AssessArgs>();
    CLI::App* assess = risk->add_subcommand("assess", tr("Assess again: appends to the history, never rewrites it"));
    assess->add_option("ID", a->id, tr("The risk"))->required();
    assess->add_option("--probability", a->probability, "1-5");
    assess->add_option("--impact", a->impact, "1-5");
    assess->add_option("--note", a->note, tr("Why it changed"));
    on_run(assess, ctx, [a, &ctx] { return run_assess(*a, ctx); });
  }
  {
    auto a = std::make_shared<RespondArgs>();
    CLI::App* respond = risk->add_subcommand("respond", tr("Choose the response, its plan and owner"));
    respond->add_option("ID", a->id, tr("The risk"))->required();
    respond->add_option("--response", a->response,
                        tr("avoid|transfer|mitigate|accept|escalate; for an opportunity exploit|share|enhance|accept"));
    respond->add_option("--plan", a->plan, tr("What will be done"));
    respond->add_option("--owner", a->owner, tr("Who carries it out"));
    on_run(respond, ctx, [a, &ctx] {
      return ctx.mutate(
          [&](Project& p) { return respond_risk(p, a->id, a->response, a->plan, a->owner, ctx.who(), ctx.today); });
    });
  }
  {
    auto a = std::make_shared<CloseArgs>();
    CLI::App* close = risk->add_subcommand(
        "close", guarded(tr("Close a risk that can no longer happen or matter; high and critical ones"),
                         GuardedAction::close_risk));
    close->add_option("ID", a->id, tr("The risk"))->required();
    close->add_option("--reason", a->reason, tr("Why (kept in its history with your name)"))->required();
    on_run(close, ctx, [a, &ctx] {
      return ctx.mutate([&](Project& p) { return close_risk(p, a->id, a->reason, ctx.who(), ctx.today); });
    });
  }
  {
    auto a = std::make_shared<CloseArgs>();
    CLI::App* reopen = risk->add_subcommand("reopen", tr("Open a closed risk again"));
    reopen->add_option("ID", a->id, tr("The risk"))->required();
    reopen->add_option("--reason", a->reason, "Why");
    on_run(reopen, ctx, [a, &ctx] {
      return ctx.mutate([&](Project& p) { return reopen_risk(p, a->id, a->reason, ctx.who(), ctx.today); });
    });
  }
  register_risk_views(*risk, ctx);
}

}  // namespace pmadmin::cli

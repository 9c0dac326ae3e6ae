// pmadmin review agenda, list, show, performance.
#include <fmt/format.h>
#include <algorithm>
#include <memory>

#include "analysis/team.hpp"
#include "base/i18n.hpp"
#include "base/text.hpp"
#include "cli/commands.hpp"
#include "render/review_view.hpp"

namespace pmadmin::cli {

namespace {

struct ListArgs {
  std::string kind, person, from, to;
  std::string decisions;
  bool decisions_given = false;
};

struct PeriodArgs {
  std::string person, from, to;
};

/// --from/--to as dates; `fallback` when absent.
Result<Date> date_or(Context& ctx, const char* name, const std::string& text, Date fallback) {
  if (text.empty()) return fallback;
  auto d = ctx.date_option(name, text);
  if (!d) return d.errors();
  return **d;
}

CommandResult run_list(const ListArgs& a, Context& ctx) {
  using F = OutputFormat;
  if (Status s = ctx.supports({F::text, F::json, F::md}); !s) return s.errors();
  auto p = ctx.load();
  if (!p) return p.errors();
  std::optional<ReviewKind> kind;
  if (!a.kind.empty()) {
    kind = from_text<ReviewKind>(a.kind);
    if (!kind)
      return usage_error(trf("--kind \"{}\" is not one of: {}", a.kind, fmt::join(words_of<ReviewKind>(), ", ")),
                         did_you_mean(a.kind, words_of<ReviewKind>()));
  }
  if (!a.person.empty() && !p->people.count(a.person)) return unknown_id("person", a.person, ids_of(p->people));
  auto from = date_or(ctx, "--from", a.from, Date::parse("0001-01-01").value_or(Date{}));
  if (!from) return from.errors();
  auto to = date_or(ctx, "--to", a.to, Date::last());
  if (!to) return to.errors();
  std::vector<const Review*> list;
  for (const auto& [id, r] : p->reviews) {
    if (a.decisions_given && r.kind != ReviewKind::meeting) continue;
    if (kind && r.kind != *kind) continue;
    if (r.date < *from || *to < r.date) continue;
    const auto& att = r.attendees;
    if (!a.person.empty() && r.by != a.person && r.person != a.person && r.accepted_by != a.person &&
        std::find(att.begin(), att.end(), a.person) == att.end())
      continue;
    list.push_back(&r);
  }
  std::stable_sort(list.begin(), list.end(), [](const Review* x, const Review* y) { return x->date < y->date; });
  if (a.decisions_given) return ctx.print(render_decisions(list, a.decisions, ctx.format));
  return ctx.print(render_reviews(*p, list, ctx.format));
}

CommandResult run_show(const std::string& id, Context& ctx) {
  if (Status s = ctx.supports({OutputFormat::text, OutputFormat::json}); !s) return s.errors();
  auto p = ctx.load();
  if (!p) return p.errors();
  auto it = p->reviews.find(id);
  if (it == p->reviews.end()) return unknown_id("review", id, ids_of(p->reviews));
  return ctx.print(render_review(*p, it->second, ctx.format));
}

CommandResult run_agenda(const std::string& date, Context& ctx) {
  using F = OutputFormat;
  if (Status s = ctx.supports({F::text, F::json, F::md}); !s) return s.errors();
  auto p = ctx.load();
  if (!p) return p.errors();
  std::optional<Date> on;
  if (!date.empty()) {
    auto d = ctx.date_option("--date", date);
    if (!d) return d.errors();
    on = *d;
  }
  auto agenda = prepare_agenda(*p, ctx.today, on);
  if (!agenda) return agenda.errors();
  return ctx.print(render_agenda(*agenda, ctx.format));
}

CommandResult run_performance(const PeriodArgs& a, Context& ctx) {
  using F = OutputFormat;
  if (Status s = ctx.supports({F::text, F::json, F::md}); !s) return s.errors();
  auto p = ctx.load();
  if (!p) return p.errors();
  if (!a.person.empty() && !p->people.count(a.person)) return unknown_id("person", a.person, ids_of(p->people));
  auto from = date_or(ctx, "--from", a.from, p->config.start);
  if (!from) return from.errors();
  auto to = date_or(ctx, "--to", a.to, ctx.today);
  if (!to) return to.errors();
  auto team = team_performance(*p, ctx.today, *from, *to, a.person);
  if (!team) return team.errors();
  return ctx.print(render_performance(*team, ctx.format));
}

}  // namespace

void register_review_views(CLI::App& review, Context& ctx) {
  {
    auto date = std::make_shared<std::string>();
    CLI::App* agenda = review.add_subcommand(
        "agenda", tr("Prepare the next meeting: open actions, tasks due, risks to review, signals, surveys"));
    agenda->add_option("--date", *date,
                       tr("The meeting's date (default: the next one by the cadence in pmadmin.yaml)"));
    on_run(agenda, ctx, [date, &ctx] { return run_agenda(*date, ctx); });
  }
  {
    auto a = std::make_shared<ListArgs>();
    CLI::App* list =
        review.add_subcommand("list", tr("Meetings, inspections, acceptances, feedback (--format json|md)"));
    list->add_option("--kind", a->kind, tr("meeting, quality, acceptance or performance (feedback)"));
    list->add_option("--person", a->person, tr("Only the reviews by, about or attended by this person"));
    list->add_option("--from", a->from, tr("From this date"));
    list->add_option("--to", a->to, tr("Up to this date"));
    list->add_option("--decisions", a->decisions, tr("The meetings' decisions instead, containing TEXT when given"))
        ->expected(0, 1);
    on_run(list, ctx, [a, list, &ctx] {
      a->decisions_given = list->count("--decisions") > 0;
      return run_list(*a, ctx);
    });
  }
  {
    auto id = std::make_shared<std::string>();
    CLI::App* show = review.add_subcommand("show", tr("One review"));
    show->add_option("ID", *id, tr("The review"))->required();
    on_run(show, ctx, [id, &ctx] { return run_show(*id, ctx); });
  }
  {
    auto a = std::make_shared<PeriodArgs>();
    CLI::App* perf = review.add_subcommand(
        "performance", tr("Per person: tasks done, on-time rate, slip, first-pass quality, load, feedback"));
    perf->add_option("PERSON", a->person, tr("Only this person"));
    perf->add_option("--from", a->from, tr("Period start (default: the project start)"));
    perf->add_option("--to", a->to, tr("Period end (default: today)"));
    on_run(perf, ctx, [a, &ctx] { return run_performance(*a, ctx); });
  }
}

}  // namespace pmadmin::cli

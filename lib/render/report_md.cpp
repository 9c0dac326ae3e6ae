// The status report as Markdown, for a pull-request comment or a wiki page.
#include <fmt/format.h>
#include <cmath>

#include "analysis/risk.hpp"
#include "base/i18n.hpp"
#include "render/budget_view.hpp"
#include "render/escape.hpp"
#include "render/report.hpp"

namespace pmadmin {

namespace {

std::string heading(const char* title) { return fmt::format("\n## {}\n\n", tr(title)); }

/// "| A | B |\n|---|---:|\n" with the column names translated.
std::string table_head(std::initializer_list<const char*> columns, const char* rule) {
  std::string o = "|";
  for (const char* c : columns) o += fmt::format(" {} |", tr(c));
  return o + "\n" + rule + "\n";
}

std::string header(const StatusReport& r) {
  std::string o;
  o += trf("# Status report: {}\n\n", md_escape(r.name));
  if (!r.client.empty()) o += md_escape(r.client) + ". ";
  if (r.baseline_finish)
    o += trf("As of **{}**. Forecast finish **{}** (baseline \"{}\": {}, {}).\n", r.today.iso(), r.finish.iso(),
             md_escape(r.baseline_name), r.baseline_finish->iso(), report_slip_text(r.slip));
  else
    o += trf("As of **{}**. Forecast finish **{}**.\n", r.today.iso(), r.finish.iso());
  o += heading(N_("Overall status"));
  o += table_head({N_("Area"), N_("Status"), N_("Why"), N_("Details")}, "|---|---|---|---|");
  for (const auto& g : r.rag)
    o += fmt::format("| {} | {} | {} | `{}` |\n", report_area_label(g.area), report_rag_word(g.status),
                     md_escape(report_rag_why(g)), g.command);
  return o;
}

std::string milestones(const StatusReport& r) {
  std::string o;
  o += heading(N_("Milestones"));
  if (r.milestones.empty())
    o += tr("No milestones.\n");
  else {
    o +=
        table_head({N_("Milestone"), N_("Due"), N_("Baseline"), N_("Forecast"), N_("Status")}, "|---|---|---|---|---|");
    for (const auto& m : r.milestones)
      o += fmt::format("| {} | {} | {} | {} | {} |\n", md_escape(m.title), m.due ? m.due->iso() : "-",
                       m.baseline ? m.baseline->iso() : "-", m.forecast.iso(), report_milestone_status(m));
  }
  return o;
}

std::string critical_path(const Project& p, const StatusReport& r) {
  std::string o;
  o += heading(N_("Critical path"));
  if (r.schedule.critical_path.empty()) o += tr("No open task is critical.\n");
  for (const auto& id : r.schedule.critical_path) {
    const ScheduledTask& t = *r.schedule.find(id);
    o += fmt::format("1. {} .. {}: {} ({}{})\n", t.start.iso(), t.finish.iso(), md_escape(t.task->title), md_escape(id),
                     t.task->owner.empty() ? "" : ", " + md_escape(report_person(p, t.task->owner)));
  }
  return o;
}

std::string late_tasks(const StatusReport& r) {
  std::string o;
  o += heading(N_("Overdue and at-risk tasks"));
  if (r.late.empty()) o += tr("None.\n");
  for (const auto& f : r.late) o += fmt::format("- **{}**: {}\n", f.rule, md_escape(f.message));
  return o;
}

std::string budget(const StatusReport& r) {
  std::string o;
  const std::string& cur = r.currency;
  o += fmt::format("\n## {}\n\n", trf("Budget and earned value ({})", cur));
  if (!r.budget.categories.empty()) {
    o += table_head({N_("Line"), N_("Budget"), N_("Spent"), N_("Remaining"), N_("Used")}, "|---|---:|---:|---:|---:|");
    auto row = [&](const CategoryStatus& c, bool bold) {
      std::string b = bold ? "**" : "";
      const std::string used = c.used ? fmt::format("{}%", std::lround(*c.used * 100)) : "-";
      o += fmt::format("| {}{}{} | {} | {} | {} | {} |\n", b,
                       md_escape(bold ? std::string(tr("TOTAL")) : category_label(c)), b, c.budget.grouped(),
                       c.spent.grouped(), c.remaining.grouped(), c.overrun ? trf("{} over", used) : used);
    };
    for (const auto& c : r.budget.categories) row(c, false);
    row(r.budget.total, true);
  }
  const Evm& e = r.budget.evm;
  auto ratio = [](const std::optional<double>& v) { return v ? fmt::format("{:.2f}", *v) : std::string(tr("n/a")); };
  if (e.not_computable.empty())
    o += trf(
        "\nEarned value of the {} costed tasks against the {}: BAC {}, PV {}, EV {}, AC {}; SPI {}, CPI {}; EAC {}, "
        "VAC {}. Spent outside the costed tasks: {}.\n\n",
        e.costed_tasks, md_escape(e.plan), e.bac.grouped(), e.pv.grouped(), e.ev.grouped(), e.ac.grouped(),
        ratio(e.spi), ratio(e.cpi), e.eac ? e.eac->grouped() : tr("n/a"), e.vac ? e.vac->grouped() : tr("n/a"),
        e.outside.grouped());
  else
    o += "\n";
  for (const auto& v : r.budget.verdict) o += "- " + md_escape(v) + "\n";
  return o;
}

std::string top_risks(const Project& p, const StatusReport& r) {
  std::string o;
  o += heading(N_("Top risks"));
  if (r.top_risks.empty())
    o += tr("No open risks.\n");
  else {
    o += table_head({N_("Risk"), N_("Score"), N_("Owner"), N_("Response"), N_("EMV")}, "|---|---:|---|---|---:|");
    for (const auto& id : r.top_risks) {
      const Risk& k = p.risks.at(id);
      auto emv = risk_emv(k);
      o += fmt::format(
          "| {} | {} ({}) | {} | {} | {} |\n", md_escape(k.title), risk_score(k), to_text(risk_level(p, k)),
          k.owner.empty() ? fmt::format("**{}**", tr("none")) : md_escape(report_person(p, k.owner)),
          k.response.empty() ? fmt::format("**{}**", tr("none")) : md_escape(k.response), emv ? emv->grouped() : "-");
    }
    o += tr("\nOpen risks by probability (rows, 5 = almost certain) and impact (columns, 1-5):\n\n");
    o += "| P \\ I | 1 | 2 | 3 | 4 | 5 |\n|---|---|---|---|---|---|\n";
    for (int pr = 5; pr >= 1; --pr) {
      o += fmt::format("| {} |", pr);
      for (int im = 1; im <= 5; ++im) {
        int n = r.heat[static_cast<std::size_t>(pr - 1)][static_cast<std::size_t>(im - 1)];
        o += n ? fmt::format(" {} |", n) : " . |";
      }
      o += "\n";
    }
  }
  return o;
}

std::string decisions(const Project& p, const StatusReport& r) {
  std::string o;
  o += heading(N_("Recent decisions and open actions"));
  if (r.decisions.empty()) o += tr("No decisions recorded in the last 30 days.\n");
  for (const auto& d : r.decisions)
    o += fmt::format("- {} ({}): {}\n", d.date.iso(), md_escape(d.review), md_escape(d.text));
  o += "\n";
  if (r.actions.empty())
    o += tr("No open actions.\n");
  else {
    o += table_head({N_("Action"), N_("Owner"), N_("Due")}, "|---|---|---|");
    for (const auto& a : r.actions)
      o += fmt::format("| {} | {} | {}{} |\n", md_escape(a.text), md_escape(report_person(p, a.owner)),
                       a.due ? a.due->iso() : "-", a.overdue ? " **overdue**" : "");
  }
  return o;
}

std::string team(const Project& p, const StatusReport& r) {
  std::string o = heading(N_("Team"));
  const auto rows = report_team_rows(p, r.team);
  if (rows.empty()) return o + tr("No tasks assigned yet.\n");
  o += table_head({N_("Person"), N_("Done"), N_("On time"), N_("First pass"), N_("Rating"), N_("Kudos")},
                  "|---|---:|---:|---:|---:|---:|");
  for (const auto& row : rows)
    o += fmt::format("| {} | {} | {} | {} | {} | {} |\n", md_escape(row[0]), row[1], row[2], row[3], row[4], row[5]);
  return o + trf("\nSince {}: tasks finished, share on time (due date or baseline), inspections passed the "
                 "first time, feedback received (1-5).\n",
                 r.team.from.iso());
}

std::string satisfaction(const StatusReport& r) {
  std::string o;
  o += heading(N_("Satisfaction"));
  if (r.surveys.empty())
    o += tr("No surveys yet.\n");
  else {
    o += table_head({N_("Survey"), N_("Opened"), N_("Responses"), N_("NPS"), N_("CSAT")}, "|---|---|---:|---:|---:|");
    for (const auto& s : r.surveys)
      o += fmt::format("| {} | {} | {} | {} | {} |\n", md_escape(s.title), s.opened.iso(), s.responses,
                       s.nps ? std::to_string(*s.nps) : "-", s.csat ? fmt::format("{}%", *s.csat) : "-");
    o += trf("\nNPS target: {}.\n", r.nps_target);
  }
  return o;
}

}  // namespace

std::string render_report_markdown(const Project& p, const StatusReport& r) {
  std::string o = header(r) + milestones(r) + critical_path(p, r) + late_tasks(r) + budget(r) + top_risks(p, r);
  o += decisions(p, r) + team(p, r) + satisfaction(r);
  o += heading(N_("What these numbers mean"));
  for (const GlossaryTerm* t : report_terms())
    o += trf("- **{}**: {}.\n", md_escape(tr(t->name.c_str())), md_escape(tr(t->meaning.c_str())));
  o += tr("\nMore on each: `pmadmin explain TERM` (for example `pmadmin explain spi`).\n");
  o +=
      trf("\n---\n\nGenerated by pmadmin {} from the project folder; the same data and date give the same report. "
          "Checks: {} errors, {} warnings.\n",
          PMADMIN_VERSION, r.checks.errors, r.checks.warnings);
  return o;
}

}  // namespace pmadmin

// The status report as one self-contained HTML file: inline CSS and SVG, no scripts, no
// external resources. Built with render/html.hpp, so every piece of user text is escaped.
#include <fmt/format.h>
#include <algorithm>
#include <cmath>

#include "analysis/risk.hpp"
#include "base/i18n.hpp"
#include "render/budget_view.hpp"
#include "render/html.hpp"
#include "render/report.hpp"

namespace pmadmin {

namespace {

const Html kCss = R"(
:root { --red: #c0392b; --amber: #d68910; --green: #1e8449; --grey: #7f8c8d; --blue: #2e86c1; --ink: #1c2833; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", "PingFang SC", "Hiragino Sans GB",
       "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif;
       color: var(--ink); margin: 0 auto; max-width: 1000px; padding: 24px; }
h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 2px solid #d5dbdb; padding-bottom: 4px; }
.sub { color: #566573; margin: 0 0 16px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #e5e8e8; vertical-align: top; }
th { background: #f4f6f6; font-weight: 600; } td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.rag { display: inline-block; min-width: 64px; padding: 2px 8px; border-radius: 10px; color: #fff; font-weight: 600; text-align: center; }
.rag.red { background: var(--red); } .rag.amber { background: var(--amber); } .rag.green { background: var(--green); } .rag.none { background: var(--grey); }
.late { color: var(--red); font-weight: 600; } .muted { color: #7f8c8d; }
svg { max-width: 100%; height: auto; font-family: inherit; }
ul { margin: 6px 0; padding-left: 20px; }
footer { margin-top: 32px; color: #7f8c8d; font-size: 12px; }
@media print { body { max-width: none; padding: 0; } section { break-inside: avoid; } h2 { break-after: avoid; } }
)"_html;

std::string rag_label(RagStatus s) {
  switch (s) {
    case RagStatus::red: return tr("Red");
    case RagStatus::amber: return tr("Amber");
    case RagStatus::green: return tr("Green");
    case RagStatus::none: break;
  }
  return tr("n/a");
}

std::string px(double v) { return fmt::format("{:.1f}", v); }

/// Gantt: one row per task (first 200), today line, critical path in red.
Html gantt_svg(const StatusReport& r) {
  const auto& tasks = r.schedule.tasks;
  if (tasks.empty()) return html("<p class=\"muted\">{}</p>", tr("No tasks yet."));
  const std::size_t rows = std::min<std::size_t>(tasks.size(), 200);
  Date first = tasks.front().start, last = r.finish;
  for (std::size_t i = 0; i < rows; ++i) {
    first = std::min(first, tasks[i].start);
    last = std::max(last, tasks[i].finish);
  }
  const double label_w = 250, chart_w = 700, row_h = 18, top = 28;
  const double span = std::max(1, first.days_until(last) + 1);
  auto x = [&](Date d) { return label_w + chart_w * first.days_until(d) / span; };
  const double height = top + row_h * static_cast<double>(rows) + 10;
  Html s = html(
      "<svg id=\"gantt-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" width=\"{}\" "
      "height=\"{}\" role=\"img\" aria-label=\"{}\">\n",
      px(label_w + chart_w + 10), px(height), px(label_w + chart_w + 10), px(height), tr("Gantt chart"));
  // Month ticks every 1, 2, 3, 6, 12, 24... months, so that at most about a dozen labels
  // share the width (a twenty-year plan gets one every two years).
  const int months = first.days_until(last) / 30 + 1;
  int step = 120;
  for (int nice : {1, 2, 3, 6, 12, 24, 60}) {
    if (nice * 12 < months) continue;
    step = nice;
    break;
  }
  for (Date d = first; d <= last; d = d.plus_days(1)) {
    const auto ymd = d.ymd();
    const int month_index =
        static_cast<int>(ymd.year()) * 12 + static_cast<int>(static_cast<unsigned>(ymd.month())) - 1;
    if ((static_cast<unsigned>(ymd.day()) != 1 || month_index % step != 0) && d != first) continue;
    if (x(d) > label_w + chart_w - 50) break;  // no room for the label
    s += html(
        "<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#e5e8e8\"/>"
        "<text x=\"{3}\" y=\"14\" font-size=\"11\" fill=\"#566573\">{4}</text>\n",
        px(x(d)), px(top - 8), px(height), px(x(d) + 2), d.iso().substr(0, 7));
  }
  for (std::size_t i = 0; i < rows; ++i) {
    const ScheduledTask& t = tasks[i];
    const double y = top + row_h * static_cast<double>(i);
    const bool done = t.state == Network::State::done;
    const char* color = done ? "#aab7b8" : t.critical ? "#c0392b" : "#2e86c1";
    std::string label = t.task->title;
    s += html("<g class=\"task{}\"><title>{} {}: {} .. {}</title>", t.critical ? " critical" : "", t.task->id,
              t.task->title, t.start.iso(), t.finish.iso());
    s += html("<text x=\"4\" y=\"{}\" font-size=\"11\">{}</text>", px(y + 12), label);
    if (t.state == Network::State::cancelled) {
      // no bar
    } else if (t.milestone) {
      double cx = x(t.finish) + chart_w / span / 2, cy = y + 9;
      s += html("<polygon points=\"{},{} {},{} {},{} {},{}\" fill=\"{}\"/>", px(cx), px(cy - 6), px(cx + 6), px(cy),
                px(cx), px(cy + 6), px(cx - 6), px(cy), color);
    } else {
      double x0 = x(t.start), x1 = x(t.finish.plus_days(1));
      s += html("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"12\" rx=\"2\" fill=\"{}\"/>", px(x0), px(y + 3),
                px(std::max(2.0, x1 - x0)), color);
      if (!done && t.task->progress > 0)
        s += html("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"4\" fill=\"#1c2833\" opacity=\"0.5\"/>", px(x0),
                  px(y + 11), px((x1 - x0) * t.task->progress / 100.0));
    }
    s += "</g>\n"_html;
  }
  if (r.today >= first && r.today <= last) {
    double tx = x(r.today) + chart_w / span / 2;
    s += html(
        "<line id=\"today-line\" x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#d68910\" stroke-width=\"2\" "
        "stroke-dasharray=\"4 3\"/><text x=\"{3}\" y=\"{4}\" font-size=\"11\" fill=\"#d68910\">{5}</text>\n",
        px(tx), px(top - 6), px(height), px(tx + 3), px(top - 2), tr("today"));
  }
  s += "</svg>\n"_html;
  if (tasks.size() > rows)
    s += html("<p class=\"muted\">{}</p>\n", trf("The first {} of {} tasks are drawn.", rows, tasks.size()));
  s += html("<p class=\"muted\">{}</p>\n",
            tr("Red: critical path. Grey: done. Diamonds: milestones. Dashed line: today."));
  return s;
}

/// Cumulative planned value against the cumulative actual cost of the costed tasks (one
/// base, as EVM), with EV today and BAC.
Html burn_svg(const StatusReport& r) {
  if (r.burn.size() < 2) return Html();
  const double left = 80, width = 860, top = 16, height = 220;
  std::int64_t top_value = r.budget.evm.bac.minor();
  for (const auto& b : r.burn) {
    top_value = std::max(top_value, b.planned.minor());
    if (b.actual) top_value = std::max(top_value, b.actual->minor());
  }
  if (top_value <= 0) return html("<p class=\"muted\">{}</p>", tr("No planned costs yet."));
  const double ymax = static_cast<double>(top_value) * 1.08;
  const Date first = r.burn.front().date, last = r.burn.back().date;
  const double span = std::max(1, first.days_until(last));
  auto x = [&](Date d) { return left + width * first.days_until(d) / span; };
  auto y = [&](std::int64_t minor) { return top + height - height * static_cast<double>(minor) / ymax; };
  Html s = html(
      "<svg id=\"burn-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {0} {1}\" width=\"{0}\" "
      "height=\"{1}\" role=\"img\" aria-label=\"{2}\">\n",
      px(left + width + 20), px(top + height + 40), tr("Budget burn against plan"));
  for (int k = 0; k <= 4; ++k) {
    std::int64_t v = static_cast<std::int64_t>(ymax * k / 4);
    s += html(
        "<line x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\" stroke=\"#eaeded\"/><text x=\"{3}\" y=\"{4}\" "
        "font-size=\"10\" text-anchor=\"end\" fill=\"#566573\">{5}</text>\n",
        px(left), px(y(v)), px(left + width), px(left - 4), px(y(v) + 3), Money::from_minor(v / 100 * 100).grouped());
  }
  std::string planned, actual;
  for (const auto& b : r.burn) {
    planned += fmt::format("{},{} ", px(x(b.date)), px(y(b.planned.minor())));
    if (b.actual) actual += fmt::format("{},{} ", px(x(b.date)), px(y(b.actual->minor())));
  }
  const std::int64_t bac = r.budget.evm.bac.minor();
  if (bac > 0)
    s += html(
        "<line x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\" stroke=\"#7f8c8d\" stroke-dasharray=\"6 4\"/>"
        "<text x=\"{3}\" y=\"{4}\" font-size=\"10\" fill=\"#7f8c8d\">BAC {5}</text>\n",
        px(left), px(y(bac)), px(left + width), px(left + 4), px(y(bac) - 3), r.budget.evm.bac.grouped());
  s += html("<polyline id=\"burn-planned\" fill=\"none\" stroke=\"#2e86c1\" stroke-width=\"2\" points=\"{}\"/>\n",
            planned);
  if (!actual.empty())
    s += html("<polyline id=\"burn-actual\" fill=\"none\" stroke=\"#d35400\" stroke-width=\"2\" points=\"{}\"/>\n",
              actual);
  if (r.today >= first && r.today <= last)
    s += html("<circle id=\"burn-earned\" cx=\"{}\" cy=\"{}\" r=\"4\" fill=\"#1e8449\"><title>{}</title></circle>\n",
              px(x(r.today)), px(y(r.budget.evm.ev.minor())), trf("earned value {}", r.budget.evm.ev.grouped()));
  s += html(
      "<text x=\"{}\" y=\"{}\" font-size=\"11\"><tspan fill=\"#2e86c1\">{}</tspan>"
      "<tspan fill=\"#d35400\" dx=\"14\">{}</tspan><tspan fill=\"#1e8449\" dx=\"14\">{}</tspan>"
      "</text>\n",
      px(left), px(top + height + 18), tr("— planned (PV)"), tr("— spent on the costed tasks (AC)"),
      tr("● earned today (EV)"));
  s += html(
      "<text x=\"{}\" y=\"{}\" font-size=\"10\" fill=\"#566573\">{}</text><text x=\"{}\" y=\"{}\" font-size=\"10\" "
      "fill=\"#566573\" text-anchor=\"end\">{}</text>\n",
      px(left), px(top + height + 32), first.iso(), px(left + width), px(top + height + 32), last.iso());
  return s + "</svg>\n"_html;
}

Html heat_svg(const StatusReport& r, const RiskBands& bands) {
  const double cell = 56, left = 60, top = 10;
  Html s = html(
      "<svg id=\"risk-heat-map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {0} {1}\" width=\"{0}\" "
      "height=\"{1}\" role=\"img\" aria-label=\"{2}\">\n",
      px(left + cell * 5 + 10), px(top + cell * 5 + 44), tr("Risk heat map"));
  for (int pr = 5; pr >= 1; --pr)
    for (int im = 1; im <= 5; ++im) {
      int score = pr * im;
      static constexpr std::array<const char*, 4> kFill = {"#a9dfbf", "#f9e79f", "#f5b041", "#ec7063"};
      const char* fill = kFill[static_cast<std::size_t>(bands.level(score))];
      double cx = left + cell * (im - 1), cy = top + cell * (5 - pr);
      int n = r.heat[static_cast<std::size_t>(pr - 1)][static_cast<std::size_t>(im - 1)];
      s += html("<rect class=\"cell\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\" stroke=\"#fff\"/>",
                px(cx), px(cy), px(cell), px(cell), fill);
      if (n)
        s += html("<text x=\"{}\" y=\"{}\" font-size=\"18\" font-weight=\"700\" text-anchor=\"middle\">{}</text>",
                  px(cx + cell / 2), px(cy + cell / 2 + 6), n);
      s += "\n"_html;
    }
  for (int k = 1; k <= 5; ++k) {
    s += html("<text x=\"{}\" y=\"{}\" font-size=\"11\" text-anchor=\"middle\">{}</text>", px(left + cell * (k - 0.5)),
              px(top + cell * 5 + 14), k);
    s += html("<text x=\"{}\" y=\"{}\" font-size=\"11\" text-anchor=\"end\">{}</text>\n", px(left - 6),
              px(top + cell * (5 - k) + cell / 2 + 4), k);
  }
  s += html("<text x=\"{}\" y=\"{}\" font-size=\"11\" text-anchor=\"middle\">{}</text>", px(left + cell * 2.5),
            px(top + cell * 5 + 32), tr("impact"));
  s += html(
      "<text x=\"12\" y=\"{}\" font-size=\"11\" transform=\"rotate(-90 12 {})\" "
      "text-anchor=\"middle\">{}</text>\n",
      px(top + cell * 2.5), px(top + cell * 2.5), tr("probability"));
  return s + "</svg>\n"_html;
}

Html nps_svg(const StatusReport& r) {
  std::vector<const SurveyScore*> with;
  for (const auto& s : r.surveys)
    if (s.nps) with.push_back(&s);
  if (with.empty()) return Html();
  const double left = 50, width = 500, top = 10, height = 160;
  auto y = [&](double v) { return top + height / 2 - height / 2 * v / 100.0; };
  const double slot = width / static_cast<double>(with.size());
  Html s = html(
      "<svg id=\"nps-trend\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {0} {1}\" width=\"{0}\" "
      "height=\"{1}\" role=\"img\" aria-label=\"{2}\">\n",
      px(left + width + 10), px(top + height + 30), tr("NPS trend"));
  for (int v : {-100, 0, 100})
    s += html(
        "<line x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\" stroke=\"{3}\"/><text x=\"{4}\" y=\"{5}\" font-size=\"10\" "
        "text-anchor=\"end\">{6}</text>\n",
        px(left), px(y(v)), px(left + width), v == 0 ? "#566573" : "#eaeded", px(left - 4), px(y(v) + 3), v);
  s += html(
      "<line x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\" stroke=\"#1e8449\" stroke-dasharray=\"5 3\"/>"
      "<text x=\"{3}\" y=\"{4}\" font-size=\"10\" fill=\"#1e8449\">{5}</text>\n",
      px(left), px(y(r.nps_target)), px(left + width), px(left + width - 60), px(y(r.nps_target) - 3),
      trf("target {}", r.nps_target));
  for (std::size_t i = 0; i < with.size(); ++i) {
    const SurveyScore& sc = *with[i];
    double bx = left + slot * static_cast<double>(i) + slot * 0.25, bw = slot * 0.5;
    double y0 = y(0), y1 = y(*sc.nps);
    s += html("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"><title>{}: NPS {}</title></rect>", px(bx),
              px(std::min(y0, y1)), px(bw), px(std::max(1.0, std::abs(y1 - y0))),
              *sc.nps >= r.nps_target ? "#1e8449"
              : *sc.nps >= 0          ? "#d68910"
                                      : "#c0392b",
              sc.title, *sc.nps);
    s += html("<text x=\"{}\" y=\"{}\" font-size=\"11\" text-anchor=\"middle\">{}</text>", px(bx + bw / 2),
              px(std::min(y0, y1) - 3), *sc.nps);
    s += html("<text x=\"{}\" y=\"{}\" font-size=\"10\" text-anchor=\"middle\">{}</text>\n", px(bx + bw / 2),
              px(top + height + 14), sc.opened.iso());
  }
  return s + "</svg>\n"_html;
}

Html page_head(const StatusReport& r) {
  Html h =
      html("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n",
           language_code(current_language())) +
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n"_html;
  h += html("<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n",
            trf("Status report: {} ({})", r.name, r.today.iso()), kCss);
  const std::string when =
      r.baseline_finish ? trf("As of {}. Forecast finish {} (baseline \"{}\": {}, {}).", r.today.iso(), r.finish.iso(),
                              r.baseline_name, r.baseline_finish->iso(), report_slip_text(r.slip))
                        : trf("As of {}. Forecast finish {}.", r.today.iso(), r.finish.iso());
  h += html("<header id=\"summary\"><h1>{}</h1>\n<p class=\"sub\">{}{}</p></header>\n",
            trf("Status report: {}", r.name), r.client.empty() ? std::string() : r.client + ". ", when);
  return h;
}

Html status_section(const StatusReport& r) {
  Html h = html("<section id=\"status\"><h2>{}</h2>\n<table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>\n",
                tr("Overall status"), tr("Area"), tr("Status"), tr("Why"), tr("Details"));
  for (const auto& g : r.rag)
    h += html(
        "<tr class=\"rag-row\" data-area=\"{0}\" data-status=\"{1}\"><td>{2}</td><td><span class=\"rag "
        "{1}\">{3}</span></td>"
        "<td>{4}</td><td><code>{5}</code></td></tr>\n",
        g.area, g.status, report_area_label(g.area), rag_label(g.status), report_rag_why(g), g.command);
  return h + "</table></section>\n"_html;
}

Html milestones_section(const StatusReport& r) {
  Html h = html("<section id=\"milestones\"><h2>{}</h2>\n", tr("Milestones"));
  if (r.milestones.empty()) return h + html("<p class=\"muted\">{}</p></section>\n", tr("No milestones."));
  h += html("<table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>\n", tr("Milestone"), tr("Due"),
            tr("Baseline"), tr("Forecast"), tr("Status"));
  for (const auto& m : r.milestones)
    h += html("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td{}>{}</td></tr>\n", m.title,
              m.due ? m.due->iso() : "-", m.baseline ? m.baseline->iso() : "-", m.forecast.iso(),
              m.slip > 0 && m.status != TaskStatus::done ? " class=\"late\""_html : Html(), report_milestone_status(m));
  return h + "</table></section>\n"_html;
}

Html critical_section(const Project& p, const StatusReport& r) {
  Html h = html("<section id=\"critical-path\"><h2>{}</h2>\n", tr("Critical path"));
  if (r.schedule.critical_path.empty())
    return h + html("<p class=\"muted\">{}</p></section>\n", tr("No open task is critical."));
  h += html("<table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th class=\"num\">{}</th></tr>\n", tr("Start"),
            tr("Finish"), tr("Task"), tr("Owner"), tr("Float"));
  for (const auto& id : r.schedule.critical_path) {
    const ScheduledTask& t = *r.schedule.find(id);
    h += html("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{}d</td></tr>\n", t.start.iso(),
              t.finish.iso(), t.task->title, report_person(p, t.task->owner), t.total_float);
  }
  return h + html("</table><p class=\"muted\">{}</p></section>\n",
                  tr("A day lost on any of these tasks is a day lost for the project."));
}

Html late_section(const StatusReport& r) {
  Html h = html("<section id=\"late-tasks\"><h2>{}</h2>\n", tr("Overdue and at-risk tasks"));
  if (r.late.empty()) return h + "<p>None.</p></section>\n"_html;
  h += "<ul>"_html;
  for (const auto& f : r.late)
    h += html("<li><span class=\"{}\">{}</span>: {}</li>\n", f.rule == CheckRuleId::overdue_task ? "late" : "", f.rule,
              f.message);
  return h + "</ul></section>\n"_html;
}

Html budget_lines(const StatusReport& r) {
  if (r.budget.categories.empty()) return Html();
  Html h = html(
      "<table><tr><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th "
      "class=\"num\">{}</th></tr>\n",
      tr("Line"), tr("Budget"), tr("Spent"), tr("Remaining"), tr("Used"));
  auto row = [&](const CategoryStatus& c, bool total) {
    h += html(
        "<tr{}><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num{}\">{}</td>"
        "<td class=\"num\">{}</td></tr>\n",
        total ? " style=\"font-weight:600\""_html : Html(), total ? std::string(tr("TOTAL")) : category_label(c),
        c.budget.grouped(), c.spent.grouped(), c.overrun ? " late"_html : Html(), c.remaining.grouped(),
        c.used ? fmt::format("{}%", std::lround(*c.used * 100)) : "-");
  };
  for (const auto& c : r.budget.categories) row(c, false);
  row(r.budget.total, true);
  return h + "</table>\n"_html;
}

Html budget_section(const StatusReport& r) {
  Html h = html("<section id=\"budget\"><h2>{}</h2>\n", trf("Budget and earned value ({})", r.currency));
  h += budget_lines(r) + burn_svg(r);
  const Evm& e = r.budget.evm;
  auto ratio = [](const std::optional<double>& v) { return v ? fmt::format("{:.2f}", *v) : std::string(tr("n/a")); };
  if (!e.not_computable.empty()) {
    h += "<ul>"_html;
    for (const auto& v : r.budget.verdict) h += html("<li>{}</li>", v);
    return h + "</ul></section>\n"_html;
  }
  h += html(
      "<table "
      "id=\"evm\"><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
      tr("BAC"), tr("PV"), tr("EV"), tr("AC"), tr("SPI"), tr("CPI"), tr("EAC"), tr("VAC"));
  h += html(
      "<tr><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>"
      "<td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td "
      "class=\"num\">{}</td></tr></table>\n",
      e.bac.grouped(), e.pv.grouped(), e.ev.grouped(), e.ac.grouped(), ratio(e.spi), ratio(e.cpi),
      e.eac ? e.eac->grouped() : tr("n/a"), e.vac ? e.vac->grouped() : tr("n/a"));
  h += html("<p class=\"muted\">{}</p><ul>",
            trf("Earned value of the {} costed tasks; planned value is measured against the {}. Spent outside the "
                "costed tasks, controlled by the budget lines: {}.",
                e.costed_tasks, e.plan, e.outside.grouped()));
  for (const auto& v : r.budget.verdict) h += html("<li>{}</li>", v);
  return h + "</ul></section>\n"_html;
}

Html risks_section(const Project& p, const StatusReport& r) {
  Html h = html("<section id=\"risks\"><h2>{}</h2>\n", tr("Top risks"));
  if (r.top_risks.empty()) {
    h += html("<p>{}</p>", tr("No open risks."));
  } else {
    h += html("<table><tr><th>{}</th><th class=\"num\">{}</th><th>{}</th><th>{}</th><th class=\"num\">{}</th></tr>\n",
              tr("Risk"), tr("Score"), tr("Owner"), tr("Response"), tr("EMV"));
    for (const auto& id : r.top_risks) {
      const Risk& k = p.risks.at(id);
      auto emv = risk_emv(k);
      Html late = " class=\"late\""_html;
      h += html(
          "<tr><td>{}</td><td class=\"num\">{} ({})</td><td{}>{}</td><td{}>{}</td><td class=\"num\">{}</td></tr>\n",
          k.title, risk_score(k), to_text(risk_level(p, k)), k.owner.empty() ? late : Html(),
          k.owner.empty() ? tr("none") : report_person(p, k.owner), k.response.empty() ? late : Html(),
          k.response.empty() ? tr("none") : k.response, emv ? emv->grouped() : "-");
    }
    h += "</table>\n"_html;
  }
  return h + heat_svg(r, p.config.risk_levels) + "</section>\n"_html;
}

Html decisions_section(const Project& p, const StatusReport& r) {
  Html h = html("<section id=\"decisions\"><h2>{}</h2>\n", tr("Recent decisions and open actions"));
  if (r.decisions.empty()) {
    h += html("<p class=\"muted\">{}</p>", tr("No decisions recorded in the last 30 days."));
  } else {
    h += "<ul>"_html;
    for (const auto& d : r.decisions) h += html("<li>{} ({}): {}</li>\n", d.date.iso(), d.review, d.text);
    h += "</ul>"_html;
  }
  if (r.actions.empty()) return h + html("<p class=\"muted\">{}</p></section>\n", tr("No open actions."));
  h += html("<table><tr><th>{}</th><th>{}</th><th>{}</th></tr>\n", tr("Action"), tr("Owner"), tr("Due"));
  for (const auto& a : r.actions)
    h +=
        html("<tr><td>{}</td><td>{}</td><td{}>{}</td></tr>\n", a.text, report_person(p, a.owner),
             a.overdue ? " class=\"late\""_html : Html(), a.due ? a.due->iso() + (a.overdue ? " (overdue)" : "") : "-");
  return h + "</table></section>\n"_html;
}

Html satisfaction_section(const StatusReport& r) {
  Html h = html("<section id=\"satisfaction\"><h2>{}</h2>\n", tr("Satisfaction"));
  if (r.surveys.empty()) return h + html("<p class=\"muted\">{}</p></section>\n", tr("No surveys yet."));
  h += html(
      "<table><tr><th>{}</th><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th "
      "class=\"num\">{}</th></tr>\n",
      tr("Survey"), tr("Opened"), tr("Responses"), tr("NPS"), tr("CSAT"));
  for (const auto& s : r.surveys)
    h += html(
        "<tr><td>{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>\n",
        s.title, s.opened.iso(), s.responses, s.nps ? std::to_string(*s.nps) : "-",
        s.csat ? fmt::format("{}%", *s.csat) : "-");
  return h + "</table>\n"_html + nps_svg(r) + "</section>\n"_html;
}

Html team_section(const Project& p, const StatusReport& r) {
  Html h = html("<section id=\"team\"><h2>{}</h2>\n", tr("Team"));
  const auto rows = report_team_rows(p, r.team);
  if (rows.empty()) return h + html("<p class=\"muted\">{}</p></section>\n", tr("No tasks assigned yet."));
  h += html(
      "<table><tr><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th "
      "class=\"num\">{}</th><th class=\"num\">{}</th></tr>\n",
      tr("Person"), tr("Done"), tr("On time"), tr("First pass"), tr("Rating"), tr("Kudos"));
  for (const auto& row : rows)
    h += html(
        "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td "
        "class=\"num\">{}</td><td class=\"num\">{}</td></tr>\n",
        row[0], row[1], row[2], row[3], row[4], row[5]);
  return h + html("</table>\n<p class=\"muted\">{}</p></section>\n",
                  trf("Since {}: tasks finished, share on time, inspections passed the first time, feedback received "
                      "(1-5).",
                      r.team.from.iso()));
}

}  // namespace

std::string render_report_html(const Project& p, const StatusReport& r) {
  Html h = page_head(r);
  h += status_section(r) + milestones_section(r);
  h += html("<section id=\"schedule\"><h2>{}</h2>\n", tr("Schedule")) + gantt_svg(r) + "</section>\n"_html;
  h += critical_section(p, r) + late_section(r) + budget_section(r) + risks_section(p, r) + decisions_section(p, r);
  h += team_section(p, r) + satisfaction_section(r);
  h += html("<section id=\"meanings\"><h2>{}</h2>\n<dl>\n", tr("What these numbers mean"));
  for (const GlossaryTerm* t : report_terms())
    h += html("<dt>{}</dt><dd>{}</dd>\n", tr(t->name.c_str()), trf("{}.", tr(t->meaning.c_str())));
  h += html("</dl>\n<p class=\"muted\">{}<code>pmadmin explain TERM</code>.</p></section>\n", tr("More on each: "));
  h += html("<footer>{}</footer>\n</body>\n</html>\n",
            trf("Generated by pmadmin {} from the project folder as of {}; the same data and date give the same "
                "report. Checks: {} errors, {} warnings.",
                PMADMIN_VERSION, r.today.iso(), r.checks.errors, r.checks.warnings));
  return h.str();
}

}  // namespace pmadmin

#include "render/risk_view.hpp"

#include <fmt/format.h>

#include "base/i18n.hpp"
#include "base/text.hpp"
#include "model/grammar.hpp"
#include "render/color.hpp"
#include "render/csv.hpp"
#include "render/escape.hpp"
#include "render/json.hpp"
#include "render/table.hpp"

namespace pmadmin {

namespace {

const char* kind_text(RiskKind k) { return k == RiskKind::threat ? "threat" : "opportunity"; }

std::string or_dash(const std::string& s) { return s.empty() ? "-" : s; }

Json risk_json(const Project& p, const Risk& r) {
  Json history = Json::array();
  for (const Assessment& a : r.history)
    history.push_back({{"date", a.date.iso()},
                       {"by", text_or_null(a.by)},
                       {"event", a.event},
                       {"probability", a.probability},
                       {"impact", a.impact},
                       {"score", a.probability * a.impact},
                       {"response", text_or_null(a.response)},
                       {"owner", text_or_null(a.owner)},
                       {"note", text_or_null(a.note)}});
  return {{"id", r.id},
          {"title", r.title},
          {"kind", r.kind},
          {"category", text_or_null(r.category)},
          {"category_title",
           text_or_null(p.config.risk_category_titles.count(r.category) ? p.config.risk_category_titles.at(r.category)
                                                                        : std::string())},
          {"probability", r.probability},
          {"probability_percent", probability_percent(r.probability)},
          {"impact", r.impact},
          {"score", risk_score(r)},
          {"level", risk_level(p, r)},
          {"owner", text_or_null(r.owner)},
          {"response", text_or_null(r.response)},
          {"plan", text_or_null(r.plan)},
          {"trigger", text_or_null(r.trigger)},
          {"cost_impact", money_json(r.cost_impact)},
          {"emv", money_json(risk_emv(r))},
          {"review_by", date_json(r.review_by)},
          {"tasks", r.tasks},
          {"delay_days", r.delay_days},
          {"status", r.status},
          {"closed_reason", text_or_null(r.closed_reason)},
          {"history", history}};
}

/// The columns of risk list: English in CSV (a machine reads the header), else translated.
std::vector<std::string> list_headers(bool translated) {
  static constexpr std::array<const char*, 11> kHeaders = {
      N_("ID"),       N_("SCORE"), N_("LEVEL"),    N_("PROBABILITY"), N_("IMPACT"), N_("KIND"),
      N_("CATEGORY"), N_("OWNER"), N_("RESPONSE"), N_("STATUS"),      N_("TITLE")};
  std::vector<std::string> out;
  for (const char* h : kHeaders) out.push_back(translated ? tr(h) : h);
  return out;
}

std::vector<std::string> list_row(const Project& p, const Risk& r) {
  return {r.id,
          std::to_string(risk_score(r)),
          std::string(to_text(risk_level(p, r))),
          probability_text(r.probability),
          std::to_string(r.impact),
          kind_text(r.kind),
          or_dash(p.config.risk_category_text(r.category)),
          or_dash(r.owner),
          or_dash(r.response),
          std::string(to_text(r.status)),
          r.title};
}

}  // namespace

std::string probability_text(int probability) {
  return fmt::format("{} ({}%)", probability, probability_percent(probability));
}

std::string render_risk_list(const Project& p, const std::vector<const Risk*>& risks, OutputFormat format) {
  if (format == OutputFormat::json) {
    Json list = Json::array();
    for (const Risk* r : risks) list.push_back(risk_json(p, *r));
    return dump(list);
  }
  std::vector<std::vector<std::string>> rows;
  for (const Risk* r : risks) rows.push_back(list_row(p, *r));
  if (format == OutputFormat::csv) {
    std::string out = csv_line(list_headers(false));
    for (const auto& row : rows) out += csv_line(row);
    return out;
  }
  if (format == OutputFormat::md) return render_md_table(list_headers(true), rows);
  if (risks.empty())
    return tr("No risk matches. Add one with: pmadmin risk add TITLE --probability 1-5 --impact 1-5\n");
  Table t;
  t.headers = list_headers(true);
  t.right_align = {false, true, false, false, true};
  t.rows = std::move(rows);
  return render_table(t) + trnf("{} risk\n", "{} risks\n", risks.size(), risks.size());
}

std::string render_risk_changes(const Project& p, const std::vector<RiskChange>& changes, Date since,
                                OutputFormat format) {
  auto before_text = [](const RiskChange& c) {
    return c.before ? std::to_string(risk_score(c.before->probability, c.before->impact)) : std::string(tr("new"));
  };
  auto verdict = [](const RiskChange& c) -> const char* {  // JSON keeps these words; text translates them
    if (!c.before) return N_("new");
    if (c.before->status != c.now.status) return c.now.status == RiskStatus::closed ? N_("closed") : N_("reopened");
    const bool threat_side = c.risk->kind == RiskKind::threat;
    return (c.delta > 0) == threat_side ? N_("worse") : N_("better");
  };
  if (format == OutputFormat::json) {
    Json list = Json::array();
    for (const auto& c : changes)
      list.push_back({{"id", c.risk->id},
                      {"title", c.risk->title},
                      {"before", c.before ? Json(risk_score(c.before->probability, c.before->impact)) : Json()},
                      {"now", risk_score(*c.risk)},
                      {"level", risk_level(p, *c.risk)},
                      {"change", verdict(c)}});
    return dump(Json{{"since", since.iso()}, {"changes", list}});
  }
  const std::vector<std::string> headers = {tr("ID"), tr("BEFORE"), tr("NOW"), tr("LEVEL"), tr("CHANGE"), tr("TITLE")};
  std::vector<std::vector<std::string>> rows;
  for (const auto& c : changes)
    rows.push_back({c.risk->id, before_text(c), std::to_string(risk_score(*c.risk)),
                    std::string(to_text(risk_level(p, *c.risk))),
                    format == OutputFormat::csv ? verdict(c) : tr(verdict(c)), c.risk->title});
  if (format == OutputFormat::csv) {
    std::string out = csv_line(headers);
    for (const auto& row : rows) out += csv_line(row);
    return out;
  }
  if (format == OutputFormat::md) return render_md_table(headers, rows);
  if (changes.empty()) return trf("No risk changed since {}.\n", since.iso());
  Table t;
  t.headers = headers;
  t.right_align = {false, true, true};
  t.rows = std::move(rows);
  return trf("Changes since {}:\n", since.iso()) + render_table(t);
}

std::string render_risk(const Project& p, const Risk& r, OutputFormat format) {
  if (format == OutputFormat::json) return dump(risk_json(p, r));
  const auto emv = risk_emv(r);
  std::string out = fmt::format("{} {} ({})\n", r.id, escape_for_terminal(r.title), kind_text(r.kind));
  auto line = [&](const char* label, const std::string& value) {
    if (!value.empty()) out += fmt::format("  {}{}\n", pad_right(tr(label), 13), escape_for_terminal(value));
  };
  line(N_("status:"), r.status == RiskStatus::closed ? trf("closed: {}", r.closed_reason) : std::string("open"));
  line(N_("score:"),
       fmt::format("{} x {} = {} ({})", probability_text(r.probability), r.impact, risk_score(r), risk_level(p, r)));
  line(N_("category:"), p.config.risk_category_text(r.category));
  line(N_("owner:"), r.owner);
  line(N_("response:"), r.response);
  line(N_("plan:"), r.plan);
  line(N_("trigger:"), r.trigger);
  line(N_("cost impact:"), r.cost_impact ? r.cost_impact->display(p.config.currency) : "");
  line(N_("EMV:"), emv ? emv->display(p.config.currency) : "");
  line(N_("review by:"), r.review_by ? r.review_by->iso() : "");
  line(N_("tasks:"), fmt::format("{}", fmt::join(r.tasks, ", ")));
  line(N_("delay:"), r.delay_days ? trf("{} on each of its tasks", format_days(r.delay_days)) : "");
  if (r.history.empty()) return out;
  Table t;
  t.headers = {tr("DATE"), tr("BY"), tr("EVENT"), tr("P x I"), tr("SCORE"), tr("DETAIL")};
  t.right_align = {false, false, false, false, true};
  for (const Assessment& a : r.history) {
    std::string detail = a.note;
    if (!a.response.empty())
      detail = a.note.empty() ? trf("response {}", a.response) : trf("response {}: {}", a.response, a.note);
    if (!a.owner.empty()) detail = detail.empty() ? trf("owner {}", a.owner) : trf("{}; owner {}", detail, a.owner);
    t.rows.push_back({a.date.iso(), or_dash(a.by), std::string(to_text(a.event)),
                      fmt::format("{} x {}", a.probability, a.impact), std::to_string(a.probability * a.impact),
                      detail});
  }
  return out + "\n" + tr("History:\n") + render_table(t);
}

namespace {

/// The band of each level as text: "10-19".
std::string band_text(const RiskBands& b, RiskLevel level) {
  switch (level) {
    case RiskLevel::low: return fmt::format("1-{}", b.medium - 1);
    case RiskLevel::medium: return fmt::format("{}-{}", b.medium, b.high - 1);
    case RiskLevel::high: return fmt::format("{}-{}", b.high, b.critical - 1);
    case RiskLevel::critical: return fmt::format("{}-25", b.critical);
  }
  return "";
}

std::string grid_text(const Project& p, const std::array<std::array<int, 5>, 5>& heat, const char* title, bool color) {
  static constexpr std::array<const char*, 4> kLetter = {"L", "M", "H", "C"};
  static constexpr std::array<const char*, 4> kPaint = {ansi::kOnGreen, ansi::kOnYellow, ansi::kOnOrange, ansi::kOnRed};
  int total = 0;
  std::string out = trf("{}: probability (rows) x impact (columns), open risks per cell\n", tr(title));
  out += fmt::format("{:<10}", "");
  for (int im = 1; im <= 5; ++im) out += fmt::format("  {:^6}", fmt::format("I{}", im));
  while (out.back() == ' ') out.pop_back();
  out += "\n";
  for (int pr = 5; pr >= 1; --pr) {
    out += fmt::format("{:<10}", trf("P{} {:>3}", pr, fmt::format("{}%", probability_percent(pr))));
    for (int im = 1; im <= 5; ++im) {
      const auto level = static_cast<std::size_t>(p.config.risk_levels.level(pr * im));
      const int n = heat[static_cast<std::size_t>(pr - 1)][static_cast<std::size_t>(im - 1)];
      total += n;
      const std::string cell = fmt::format(" {} {:>2} ", kLetter[level], n ? std::to_string(n) : ".");
      out += "  " + ansi::paint(cell, kPaint[level], color);
    }
    while (out.back() == ' ') out.pop_back();  // uncoloured: no trailing spaces
    out += "\n";
  }
  return out + trnf("{} open risk\n", "{} open risks\n", static_cast<unsigned long>(total), total);
}

}  // namespace

std::string render_risk_matrix(const Project& p, OutputFormat format, bool color) {
  const auto threats = risk_heat_map(p, RiskKind::threat);
  const auto opportunities = risk_heat_map(p, RiskKind::opportunity);
  int opportunity_count = 0;
  for (const auto& row : opportunities)
    for (int n : row) opportunity_count += n;
  if (format == OutputFormat::json) {
    auto cells = [&](const std::array<std::array<int, 5>, 5>& heat) {
      Json list = Json::array();
      for (int pr = 1; pr <= 5; ++pr)
        for (int im = 1; im <= 5; ++im)
          list.push_back({{"probability", pr},
                          {"impact", im},
                          {"score", pr * im},
                          {"level", p.config.risk_levels.level(pr * im)},
                          {"count", heat[static_cast<std::size_t>(pr - 1)][static_cast<std::size_t>(im - 1)]}});
      return list;
    };
    return dump(Json{{"threats", cells(threats)}, {"opportunities", cells(opportunities)}});
  }
  const RiskBands& b = p.config.risk_levels;
  std::string out = grid_text(p, threats, N_("Threats"), color);
  if (opportunity_count) out += "\n" + grid_text(p, opportunities, N_("Opportunities"), color);
  out += trf("\nLevels by score (probability x impact): L low {}, M medium {}, H high {}, C critical {}.\n",
             band_text(b, RiskLevel::low), band_text(b, RiskLevel::medium), band_text(b, RiskLevel::high),
             band_text(b, RiskLevel::critical));
  return out;
}

std::string render_risk_exposure(const Project& p, const RiskReserve& reserve, const std::string& currency,
                                 OutputFormat format) {
  std::vector<std::pair<const Risk*, Money>> rows;
  for (const auto& [id, r] : p.risks)
    if (is_open(r.status))
      if (auto emv = risk_emv(r)) rows.emplace_back(&r, *emv);
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return b.second < a.second; });
  if (format == OutputFormat::json) {
    Json list = Json::array();
    for (const auto& [r, emv] : rows)
      list.push_back({{"id", r->id},
                      {"title", r->title},
                      {"kind", r->kind},
                      {"probability", r->probability},
                      {"probability_percent", probability_percent(r->probability)},
                      {"cost_impact", money_json(r->cost_impact)},
                      {"emv", money_json(emv)}});
    return dump(Json{{"currency", currency}, {"risks", list}, {"reserve", reserve}});
  }
  const std::vector<std::string> headers = {tr("ID"),          tr("KIND"), tr("PROBABILITY"),
                                            tr("COST IMPACT"), tr("EMV"),  tr("TITLE")};
  std::vector<std::vector<std::string>> cells;
  for (const auto& [r, emv] : rows)
    cells.push_back({r->id, kind_text(r->kind), probability_text(r->probability), r->cost_impact->grouped(),
                     emv.grouped(), r->title});
  if (format == OutputFormat::csv) {
    std::string out = csv_line(headers);
    for (const auto& row : cells) out += csv_line(row);
    return out;
  }
  std::string out;
  if (format == OutputFormat::md) {
    out = render_md_table(headers, cells) + "\n";
  } else if (!cells.empty()) {
    Table t;
    t.headers = headers;
    t.right_align = {false, false, false, true, true};
    t.rows = std::move(cells);
    out = render_table(t) + "\n";
  }
  out += trf("Expected cost of open threats (EMV): {}\n", reserve.threats.display(currency));
  out += trf("Expected saving of open opportunities: {}\n", reserve.opportunities.display(currency));
  if (reserve.contingency_left) {
    out +=
        trf("Left in budget line {}: {}\n", reserve.contingency_category, reserve.contingency_left->display(currency));
    if (reserve.threats.minor() > reserve.contingency_left->minor())
      out += trf("The contingency is short by {} of the expected cost of the threats.\n",
                 reserve.threats.minus(*reserve.contingency_left).value_or(Money{}).display(currency));
    else
      out += tr("The contingency covers the expected cost of the threats.\n");
  } else {
    out += tr("There is no contingency line: plan one with: pmadmin budget plan contingency AMOUNT\n");
  }
  if (reserve.open_risks_without_cost)
    out += trnf("{} open risk without a cost impact is not counted (set it with --cost-impact).\n",
                "{} open risks without a cost impact are not counted (set it with --cost-impact).\n",
                static_cast<unsigned long>(reserve.open_risks_without_cost), reserve.open_risks_without_cost);
  return out;
}

}  // namespace pmadmin

#include "render/report.hpp"

#include <fmt/format.h>

#include "base/i18n.hpp"
#include "render/glossary.hpp"

namespace pmadmin {

std::string render_report(const Project& p, const StatusReport& r, OutputFormat format) {
  if (format == OutputFormat::html) return render_report_html(p, r);
  if (format == OutputFormat::json) return render_report_json(p, r);
  return render_report_markdown(p, r);
}

std::string report_area_label(ReportArea area) {
  switch (area) {
    case ReportArea::schedule: return tr("Schedule");
    case ReportArea::budget: return tr("Budget");
    case ReportArea::risk: return tr("Risk");
    case ReportArea::quality: return tr("Quality");
    case ReportArea::satisfaction: return tr("Satisfaction");
  }
  return std::string(to_text(area));
}

std::string report_slip_text(long slip) {
  if (slip > 0) return trnf("{} working day late", "{} working days late", static_cast<unsigned long>(slip), slip);
  if (slip < 0) return trnf("{} working day early", "{} working days early", static_cast<unsigned long>(-slip), -slip);
  return tr("on time");
}

std::string report_milestone_status(const MilestoneRow& m) {
  if (m.status == TaskStatus::done) return tr("done");
  if (!m.due && !m.baseline) return tr("planned");
  const std::string slip = report_slip_text(m.slip);
  if (m.against_baseline) return trf("{} against the baseline", slip);
  return trf("{} against the due date", slip);
}

std::string report_person(const Project& p, const std::string& id) {
  auto it = p.people.find(id);
  return it == p.people.end() || it->second.name.empty() ? id : it->second.name;
}

std::vector<std::vector<std::string>> report_team_rows(const Project& p, const TeamPerformance& t) {
  auto share = [](std::optional<double> v) { return v ? fmt::format("{:.0f}%", *v * 100) : std::string("-"); };
  std::vector<std::vector<std::string>> rows;
  for (const auto& m : t.people) {
    if (m.assigned == 0 && m.feedback == 0) continue;
    rows.push_back({report_person(p, m.person), std::to_string(m.done), share(m.on_time_rate()),
                    share(m.first_pass_yield()), m.rating() ? fmt::format("{:.1f}", *m.rating()) : "-",
                    std::to_string(m.kudos)});
  }
  return rows;
}

std::vector<const GlossaryTerm*> report_terms() {
  std::vector<const GlossaryTerm*> out;
  for (const char* key : {"bac", "pv", "ev", "ac", "outside", "spi", "cpi", "eac", "vac", "critical-path", "float",
                          "slip", "baseline", "risk-score", "emv", "nps", "csat"})
    out.push_back(*find_term(key));
  return out;
}

std::string report_rag_why(const Rag& g) {
  if (g.also.empty()) return g.reason;
  return trf("{} (also: {})", g.reason, fmt::format("{}", fmt::join(g.also, "; ")));
}

std::string report_rag_word(RagStatus status) {
  switch (status) {
    case RagStatus::red: return tr("🔴 Red");
    case RagStatus::amber: return tr("🟠 Amber");
    case RagStatus::green: return tr("🟢 Green");
    case RagStatus::none: break;
  }
  return tr("⚪ n/a");
}

}  // namespace pmadmin

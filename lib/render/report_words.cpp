#include "render/report.hpp"

#include <fmt/format.h>

#include "render/glossary.hpp"

namespace pmadmin {

std::string render_report(const Project& p, const StatusReport& r, OutputFormat format) {
  if (format == OutputFormat::html) return render_report_html(p, r);
  if (format == OutputFormat::json) return render_report_json(p, r);
  return render_report_markdown(p, r);
}

std::string report_area_label(ReportArea area) {
  std::string out(to_text(area));
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

std::string report_slip_text(long slip) {
  if (slip > 0) return fmt::format("{} working day{} late", slip, slip == 1 ? "" : "s");
  if (slip < 0) return fmt::format("{} working day{} early", -slip, slip == -1 ? "" : "s");
  return "on time";
}

std::string report_milestone_status(const MilestoneRow& m) {
  if (m.status == TaskStatus::done) return "done";
  if (!m.due && !m.baseline) return "planned";
  const std::string slip = report_slip_text(m.slip);
  if (m.against_baseline) return fmt::format("{} against the baseline", slip);
  return fmt::format("{} against the due date", slip);
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
  return fmt::format("{} (also: {})", g.reason, fmt::join(g.also, "; "));
}

std::string report_rag_word(RagStatus status) {
  switch (status) {
    case RagStatus::red: return "🔴 Red";
    case RagStatus::amber: return "🟠 Amber";
    case RagStatus::green: return "🟢 Green";
    case RagStatus::none: break;
  }
  return "⚪ n/a";
}

}  // namespace pmadmin

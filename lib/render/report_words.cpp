#include "render/report.hpp"

#include <fmt/format.h>

namespace pmadmin {

std::string report_area_label(const std::string& area) {
  std::string out = area;
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

std::string report_slip_text(long slip) {
  if (slip > 0) return fmt::format("{} working day{} late", slip, slip == 1 ? "" : "s");
  if (slip < 0) return fmt::format("{} working day{} early", -slip, slip == -1 ? "" : "s");
  return "on time";
}

std::string report_milestone_status(const MilestoneRow& m) {
  if (m.status == "done") return "done";
  if (!m.due && !m.baseline) return "planned";
  return report_slip_text(m.slip);
}

std::string report_person(const Project& p, const std::string& id) {
  auto it = p.people.find(id);
  return it == p.people.end() || it->second.name.empty() ? id : it->second.name;
}

std::string report_rag_word(const std::string& status) {
  if (status == "red") return "🔴 Red";
  if (status == "amber") return "🟠 Amber";
  if (status == "green") return "🟢 Green";
  return "⚪ n/a";
}

}  // namespace pmadmin

#pragma once
/// The status report (analysis/report.hpp) written as Markdown, one self-contained HTML
/// file, or JSON (SPEC §5). The same report gives the same bytes.
#include <string>

#include "analysis/report.hpp"
#include "model/model.hpp"
#include "render/format.hpp"
#include "render/glossary.hpp"

namespace pmadmin {

/// In `format`: html, json, or Markdown (md, and text: Markdown reads well as text).
std::string render_report(const Project& p, const StatusReport& r, OutputFormat format);

std::string render_report_markdown(const Project& p, const StatusReport& r);
std::string render_report_html(const Project& p, const StatusReport& r);
std::string render_report_json(const Project& p, const StatusReport& r);

/// Words shared by the renderers: "Schedule", "3 working days late", a milestone's state
/// ("done", "planned", or its slip), a person's name (else their ID), "🔴 Red".
std::string report_area_label(ReportArea area);
std::string report_slip_text(long slip);
std::string report_milestone_status(const MilestoneRow& m);
std::string report_person(const Project& p, const std::string& id);
std::string report_rag_word(RagStatus status);
/// The glossary terms the report's "What these numbers mean" explains, in its order.
std::vector<const GlossaryTerm*> report_terms();
/// The biggest cause, then the others in brackets: "X (also: Y; Z)".
std::string report_rag_why(const Rag& g);
/// The team table's rows: people with tasks or feedback, each as person, done, on time,
/// first pass, rating, kudos ("-" where there is nothing to measure).
std::vector<std::vector<std::string>> report_team_rows(const Project& p, const TeamPerformance& t);

}  // namespace pmadmin

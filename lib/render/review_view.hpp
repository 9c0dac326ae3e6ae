#pragma once
/// What `pmadmin review` prints: reviews listed and shown, decisions found, the next
/// meeting's agenda, and the team's performance (text, json, md).
#include <string>
#include <vector>

#include "analysis/team.hpp"
#include "render/format.hpp"

namespace pmadmin {

std::string render_reviews(const Project& p, const std::vector<const Review*>& reviews, OutputFormat format);
/// Decisions of the meetings in `reviews` that contain `text` (all when empty).
std::string render_decisions(const std::vector<const Review*>& reviews, const std::string& text, OutputFormat format);
std::string render_review(const Project& p, const Review& r, OutputFormat format);
std::string render_agenda(const Agenda& a, OutputFormat format);
std::string render_performance(const TeamPerformance& t, OutputFormat format);

}  // namespace pmadmin

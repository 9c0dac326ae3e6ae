#pragma once
/// What commands print about the project folder itself: the templates `init` offers, a new
/// project, and what a mutation wrote.
#include <string>
#include <vector>

#include "store/store.hpp"
#include "store/templates.hpp"

namespace pmadmin {

/// `init --list-templates`: name and description per template.
std::string render_templates(const std::vector<TemplateInfo>& templates);

/// A mutation's summary (escaped for the terminal) and the files it wrote, or would write
/// in a dry run.
std::string render_mutation(const MutationReport& report);

/// What `init` made: the project, the files written, and the next steps for `admin`, each
/// a command that runs as printed (from the folder `init` ran in; `dir` as it was given).
std::string render_created(const MutationReport& report, const std::string& name, const std::string& dir,
                           const std::string& template_name, const std::string& admin);

}  // namespace pmadmin

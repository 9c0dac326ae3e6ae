#pragma once
/// What commands print about the project folder itself: the templates `init` offers, a new
/// project, and what a mutation wrote.
#include <string>
#include <vector>

#include "render/format.hpp"
#include "store/store.hpp"
#include "store/templates.hpp"

namespace pmadmin {

/// `init --list-templates`: name and description per template.
std::string render_templates(const std::vector<TemplateInfo>& templates);

/// What a change did (or, with --dry-run, would do): the summary and the files, or with
/// `--format json` {dry_run, summary, created, changed, deleted: [{kind, id}], written (or
/// would_write), unchanged}.
std::string render_mutation(const MutationReport& report, OutputFormat format = OutputFormat::text);

/// What `init` made: the project, the files written, and the next steps for `admin`, each
/// a command that runs as printed (from the folder `init` ran in; `dir` as it was given).
std::string render_created(const MutationReport& report, const std::string& name, const std::string& dir,
                           const std::string& template_name, const std::string& admin);

}  // namespace pmadmin

#pragma once
/// The project templates compiled into the binary (templates/, embedded at build time by
/// cmake/embed_templates.cmake), listed and loaded like any project folder.
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "model/model.hpp"

namespace pmadmin {

/// One file of templates/.
struct EmbeddedFile {
  std::string_view path;  ///< "software/tasks/kickoff.yaml"
  std::string_view bytes;
};
const std::vector<EmbeddedFile>& embedded_templates();

struct TemplateInfo {
  std::string name;
  std::string description;  ///< first line of <name>/template.txt
};
/// By name.
std::vector<TemplateInfo> list_templates();

struct ProjectTemplate {
  Project project;       ///< loaded and validated; `root` is empty
  std::string handbook;  ///< HANDBOOK.md with {{placeholders}}; empty when the template has none
};

/// Loads template `name` strictly, as a project folder is loaded. An unknown name is a usage
/// error with "did you mean"; an invalid template names its files under templates/<name>/.
Result<ProjectTemplate> load_template(const std::string& name);

}  // namespace pmadmin

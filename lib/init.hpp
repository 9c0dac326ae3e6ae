#pragma once
/// `pmadmin init`: a new project folder from one of the templates compiled into the binary.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "assign.hpp"
#include "fs.hpp"

namespace pmadmin {

/// One file of templates/, embedded at build time (cmake/embed_templates.cmake).
struct EmbeddedFile {
  std::string_view path;   ///< "software/tasks/kickoff.yaml"
  std::string_view bytes;
};
const std::vector<EmbeddedFile>& embedded_templates();

struct TemplateInfo {
  std::string name;
  std::string description;  ///< first line of <name>/template.txt
};
std::vector<TemplateInfo> list_templates();

struct InitOptions {
  std::string dir;  ///< absolute folder to create the project in (may exist, must hold no project)
  std::string template_name = "software";
  std::string name;
  std::string client;
  std::optional<Date> start;  ///< default: today
  std::string currency;       ///< default: the template's
  std::string admin_id;       ///< creates this person with the client-admin role
  std::string admin_name;
  std::string admin_email;
  Date today;
  bool dry_run = false;
};

/// Builds the project in memory from the template, validates it, then writes every file
/// (created exclusively: an existing project is never overwritten).
Result<MutationReport> init_project(FileSystem& fs, const InitOptions& options);

/// The handbook text for a template's HANDBOOK.md, with {{placeholders}} filled from `p`.
std::string render_handbook(std::string_view text, const Project& p, const std::string& admin);

}  // namespace pmadmin

#pragma once
/// `pmadmin init`: a new project folder from one of the templates compiled into the binary.
#include <optional>
#include <string>
#include <string_view>

#include "base/result.hpp"
#include "model/model.hpp"
#include "store/fs.hpp"
#include "store/store.hpp"

namespace pmadmin {

struct InitOptions {
  std::string dir;  ///< absolute folder to create the project in (may exist, must hold no project)
  std::string template_name = "software";
  std::string name;
  std::string client;
  std::optional<Date> start;  ///< default: today
  std::string currency;       ///< default: the template's
  std::string admin_id;       ///< creates this person with the client-admin role; "": from the name or e-mail
  std::string admin_name;
  std::string admin_email;
  Date today;
  bool dry_run = false;
};

struct CreatedProject {
  MutationReport report;
  std::string admin;  ///< the client admin's ID (given, or made from git's name or e-mail)
};

/// Loads the template, applies the options to it in memory (name, client, start, currency,
/// the client admin who owns the admin duties and is recorded as the project's creator),
/// validates the result, then has the store create every file exclusively: an existing
/// project is never overwritten. Without an admin ID, name or e-mail it refuses.
Result<CreatedProject> init_project(FileSystem& fs, const InitOptions& options);

/// The handbook text for a template's HANDBOOK.md, with {{placeholders}} filled from `p`.
std::string render_handbook(std::string_view text, const Project& p, const std::string& admin);

}  // namespace pmadmin

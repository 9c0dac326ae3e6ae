#pragma once
/// How `pmadmin audit` results are written, in the formats of `check`: text for people
/// (findings by kind, then the summary as the last line), JSON for tools, JUnit XML (one
/// testcase per record), GitHub Actions annotations.
#include <string>

#include "render/format.hpp"
#include "store/audit.hpp"

namespace pmadmin {

/// `all`: list every record with its commit, not only the findings (text only; JSON always does).
std::string render_audit(const AuditRun& run, OutputFormat format, bool all, bool color);

}  // namespace pmadmin

#pragma once
/// Diagnostics as people read them: `file:line:col: error: message`, then the source line
/// with a caret under the column (CJK text is two columns wide) and the hint. Everything
/// from a file or the user is escaped for the terminal.
#include <string>

#include "base/diag.hpp"

namespace pmadmin {

/// With `color`, the severity word ("error:", "warning:") is bold red or yellow.
std::string render_diagnostic(const Diagnostic& d, bool color = false);
std::string render_diagnostics(const Diagnostics& ds, bool color = false);

}  // namespace pmadmin

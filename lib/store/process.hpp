#pragma once
/// Running another program (git) with an argv and no shell, so no argument is ever
/// interpreted: its output is read whole, stdout and stderr apart.
#include <string>
#include <vector>

namespace pmadmin {

struct ProcessResult {
  bool started = false;  ///< false: the program could not be run (not installed, no permission)
  int exit_code = -1;    ///< the exit status; -1 when killed by a signal
  std::string out;
  std::string err;
};

/// Runs argv[0] (looked up in PATH) with `argv`; its stdin holds `input` (/dev/null when
/// empty). Both output streams are drained together, so a chatty program cannot block.
ProcessResult run_program(const std::vector<std::string>& argv, const std::string& input = "");

}  // namespace pmadmin

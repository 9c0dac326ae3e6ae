#!/usr/bin/env bash
# The code is laid out as .clang-format says (clang-format 14, Debian 12's). Skipped (77)
# where clang-format is not installed, except in CI (PMADMIN_CI=1), where .ci/run installs it.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v clang-format >/dev/null; then
  if [ "${PMADMIN_CI:-}" = 1 ]; then echo "FAIL: clang-format is not installed (.ci/run installs it)" >&2; exit 1; fi
  echo "clang-format not installed: skipped"
  exit 77
fi
files=$(ls lib/*/*.cpp lib/*/*.hpp cli/*.cpp cli/*.hpp tests/unit/*.cpp tests/unit/*.hpp tests/unit/*/*.cpp)
if ! clang-format --dry-run --Werror $files; then
  echo "FAIL: run clang-format -i on the files above (see .clang-format)"
  exit 1
fi
echo "format: $(echo "$files" | wc -w) files as .clang-format says"

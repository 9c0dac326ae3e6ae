#!/usr/bin/env bash
# The hostile files that were once slow (issue 10), each read by `pmadmin check` in a small
# project: every one must be refused (exit 2, with file and position) within the budget.
# usage: bench/hostile.sh [BUILD_DIR] [BUDGET_SECONDS]   (a Release or RelWithDebInfo build)
# Exit 0 when every case is refused in time; 1 otherwise. .ci/run runs it on the README build.
set -euo pipefail
BUILD=${1:-build}
BUDGET=${2:-1.0}
PM=$(cd "$BUILD" && pwd)/pmadmin
HERE=$(cd "$(dirname "$0")" && pwd)
DATA="$HERE/../tests/data/base"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export PMADMIN_TODAY=2026-03-02

# case NAME FILE PYTHON: a copy of the base project with FILE (relative) written by PYTHON.
failures=0
case_() {
  local name=$1 file=$2 code=$3 dir="$WORK/$1"
  mkdir -p "$dir" && cp -R "$DATA/." "$dir/"
  python3 -c "import sys; text = ($code); open(sys.argv[1], 'w').write(text)" "$dir/$file"
  local start end status
  start=$(date +%s%N)
  set +e
  "$PM" -C "$dir" check >"$WORK/out" 2>"$WORK/err"
  status=$?
  set -e
  end=$(date +%s%N)
  local seconds
  seconds=$(awk -v ns=$((end - start)) 'BEGIN { printf "%.3f", ns / 1e9 }')
  local verdict=ok
  if [ "$status" != 2 ]; then verdict="exit $status, not 2"; fi
  if ! head -1 "$WORK/err" | grep -q "^$file"; then verdict="no file:line in: $(head -1 "$WORK/err")"; fi
  if awk -v s="$seconds" -v b="$BUDGET" 'BEGIN { exit !(s > b) }'; then verdict="too slow"; fi
  printf '%-28s %6s s  %s\n' "$name" "$seconds" "$verdict"
  [ "$verdict" = ok ] || failures=$((failures + 1))
}

case_ keys-100k tasks/t-x.yaml "''.join(f'k{i}: 0\n' for i in range(100000))"
case_ flow-map-90k tasks/t-x.yaml "'{' + ', '.join(f'k{i}: 0' for i in range(90000)) + '}\n'"
case_ tagged-items-85k tasks/t-x.yaml "'id: t-x\ntags:\n' + ''.join(f'- !t x{i}\n' for i in range(85000))"
case_ nested-unknown-85k tasks/t-x.yaml "'id: t-x\ntitle: x\nextra:\n' + ''.join(f'  k{i}: 0\n' for i in range(85000))"
case_ duplicate-keys-50k tasks/t-x.yaml "'id: t-x\n' + 'title: x\n' * 50000"
case_ all-holidays pmadmin.yaml "open(sys.argv[1]).read().replace('holidays: []', 'holidays: [2026-01-01..2200-12-31]')"
echo "hostile: $failures of 6 cases failed (budget ${BUDGET} s each)"
[ "$failures" = 0 ]

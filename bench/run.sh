#!/usr/bin/env bash
# Benchmarks: wall time of the scheduling commands on synthetic projects.
# usage: bench/run.sh [BUILD_DIR]   (use a Release or RelWithDebInfo build)
set -euo pipefail
BUILD=${1:-build}
PM="$BUILD/pmadmin"
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export PMADMIN_TODAY=2026-03-02
measure() {  # measure LABEL CMD...
  local start end
  start=$(date +%s%N)
  "${@:2}" >/dev/null
  end=$(date +%s%N)
  awk -v l="$1" -v ns=$((end - start)) 'BEGIN { printf "%-55s %6.2f s\n", l, ns / 1e9 }'
}
for n in 1000 10000 100000; do
  python3 "$HERE/gen_project.py" "$WORK/p$n" "$n"
  measure "schedule show --format json, $n tasks" "$PM" -C "$WORK/p$n" schedule show --format json
  measure "assign load, $n tasks" "$PM" -C "$WORK/p$n" assign load
done
measure "schedule simulate --iterations 10000, 1000 tasks" "$PM" -C "$WORK/p1000" schedule simulate --iterations 10000
measure "schedule level --dry-run, 10000 tasks" "$PM" -C "$WORK/p10000" --dry-run schedule level
measure "check, 10000 tasks" sh -c '"$0" -C "$1" check >/dev/null; true' "$PM" "$WORK/p10000"
measure "report --format html, 10000 tasks" "$PM" -C "$WORK/p10000" report --format html
measure "budget status, 10000 tasks" "$PM" -C "$WORK/p10000" budget status

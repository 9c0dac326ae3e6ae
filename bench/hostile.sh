#!/usr/bin/env bash
# The large hostile files (tests/data/hostile/generate.py: the cases of issue 10 that were once
# quadratic, and more) and the all-holiday calendar, each read by `pmadmin check` in a small
# project: every one must be refused (exit 2, naming the file) within the budget.
# usage: bench/hostile.sh [BUILD_DIR] [BUDGET_SECONDS]   (a Release or RelWithDebInfo build)
# Exit 0 when every case is refused in time; 1 otherwise. .ci/run runs it on the README build.
set -euo pipefail
BUILD=${1:-build}
BUDGET=${2:-1.0}
PM=$(cd "$BUILD" && pwd)/pmadmin
HERE=$(cd "$(dirname "$0")" && pwd)
DATA="$HERE/../tests/data"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export PMADMIN_TODAY=2026-03-02
python3 "$DATA/hostile/generate.py" "$WORK/large"

# case NAME SOURCE PLACE: a copy of the base project with SOURCE copied to PLACE, checked.
failures=0
cases=0
case_() {
  local name=$1 source=$2 place=$3 dir="$WORK/p-$1"
  mkdir -p "$dir" && cp -R "$DATA/base/." "$dir/" && mkdir -p "$(dirname "$dir/$place")"
  cp "$source" "$dir/$place"
  local start end status seconds verdict=ok
  start=$(date +%s%N)
  set +e
  "$PM" -C "$dir" check >"$WORK/out" 2>"$WORK/err"
  status=$?
  set -e
  end=$(date +%s%N)
  seconds=$(awk -v ns=$((end - start)) 'BEGIN { printf "%.3f", ns / 1e9 }')
  if [ "$status" != 2 ]; then verdict="exit $status, not 2"; fi
  if ! grep -q "^$place[:]" "$WORK/err"; then verdict="no error naming $place: $(head -c 200 "$WORK/err")"; fi
  if awk -v s="$seconds" -v b="$BUDGET" 'BEGIN { exit !(s > b) }'; then verdict="too slow"; fi
  printf '%-26s %-14s %6s s  %s\n' "$name" "$place" "$seconds" "$verdict"
  cases=$((cases + 1))
  [ "$verdict" = ok ] || failures=$((failures + 1))
}

for f in "$WORK"/large/*.yaml; do
  case_ "$(basename "$f" .yaml)" "$f" tasks/t-x.yaml
done
case_ all-holidays "$DATA/hostile/config/holidays-too-long.yaml" pmadmin.yaml

# A 4 MiB public-holiday feed (a holiday every day for 170 years) through calendar import:
# once a scan of the calendar per day (40 s), now indexed; refused, since no working day is left.
python3 - "$WORK/feed.ics" <<'PY'
import datetime as dt, sys
d, out = dt.date(2000, 1, 1), ["BEGIN:VCALENDAR"]
while d.year < 2170:
    out += ["BEGIN:VEVENT", "DTSTART;VALUE=DATE:" + d.strftime("%Y%m%d"), "SUMMARY:h", "END:VEVENT"]
    d += dt.timedelta(days=1)
open(sys.argv[1], "w").write("\n".join(out + ["END:VCALENDAR", ""]))
PY
dir="$WORK/p-feed" && mkdir -p "$dir" && cp -R "$DATA/base/." "$dir/"
start=$(date +%s%N)
set +e
"$PM" -C "$dir" --as alice calendar import "$WORK/feed.ics" >"$WORK/out" 2>"$WORK/err"
status=$?
set -e
seconds=$(awk -v ns=$(($(date +%s%N) - start)) 'BEGIN { printf "%.3f", ns / 1e9 }')
verdict=ok
[ "$status" = 2 ] || verdict="exit $status, not 2"
awk -v s="$seconds" -v b="$BUDGET" 'BEGIN { exit !(s > b) }' && verdict="too slow"
printf '%-26s %-14s %6s s  %s\n' "calendar-import-feed" "feed.ics" "$seconds" "$verdict"
cases=$((cases + 1))
[ "$verdict" = ok ] || failures=$((failures + 1))
echo "hostile: $failures of $cases cases failed (budget ${BUDGET} s each)"
[ "$failures" = 0 ]

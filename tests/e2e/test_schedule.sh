#!/usr/bin/env bash
# pmadmin schedule end to end on a copy of the bundled example (status date 2026-04-03,
# whose CPM is worked by hand in tests/test_schedule.cpp) and on the small base project.
# Golden files live in tests/golden/; UPDATE_GOLDEN=1 rewrites them (review the diff!).
source "$(dirname "$0")/lib.sh"
export PMADMIN_USER=alice  # every change needs a known author (docs/permissions.md)
EX="$WORK/ex"
cp -R "$TEST_DATA/../../examples/website-redesign" "$EX"
export PMADMIN_TODAY=2026-04-03

# --- views of the example: golden text, read-only ------------------------------------
before=$(snapshot "$EX")
run -C "$EX" schedule show
expect_code 0; golden example-schedule-show.txt
expect_out_contains "Forecast finish 2026-06-01 (63 working days from 2026-03-02), as of 2026-04-03."
run -C "$EX" schedule gantt --width 120
expect_code 0; golden example-gantt.txt
run -C "$EX" schedule gantt --width 120 --scale day
expect_code 0; golden example-gantt-day.txt
python3 - "$OUT" <<'PY' || fail "a Gantt line is wider than 120 columns"
import sys, unicodedata
for line in sys.argv[1].splitlines():
    width = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)
    assert width <= 120, (width, line)
PY
run -C "$EX" schedule gantt --width 120 --color always
expect_code 0
grep -qF $'\e[31m####' <<<"$OUT" || fail "critical bars are not red with --color always"
run -C "$EX" schedule critical
expect_code 0; golden example-critical.txt
run -C "$EX" schedule show --critical --format csv
expect_code 0
expect_eq "$(printf '%s\n' "$OUT" | tr -d '\r' | cut -d, -f1 | tr '\n' ' ')" \
  "id t-08-visual-design t-09-design-approved t-12-frontend t-18-build-done t-20-system-test t-22-uat t-24-go-live t-25-hypercare t-26-handover " "critical csv"
run -C "$EX" schedule show --format json
expect_code 0
python3 - "$OUT" <<'PY'
import json, sys
j = json.loads(sys.argv[1])
assert j["finish"] == "2026-06-01", j["finish"]
t = {x["id"]: x for x in j["tasks"]}
assert t["t-13-backend"]["total_float"] == 7
assert t["t-01-kickoff"]["total_float"] is None
assert t["t-08-visual-design"]["remaining"] == 4
PY
run -C "$EX" schedule show --owner chen-wei
expect_code 0; expect_out_contains "t-13-backend"
[[ "$OUT" != *"t-08-visual-design"* ]] || fail "--owner shows someone else's task"
run -C "$EX" schedule show --owner chen-we
expect_code 2; expect_err_contains 'did you mean "chen-wei"?'
run -C "$EX" assign load --weeks 6
expect_code 0; golden example-load.txt
expect_eq "$(snapshot "$EX")" "$before" "views changed files"

# --- simulation: reproducible with a seed ----------------------------------------------
run -C "$EX" schedule simulate --seed 7 --iterations 2000
expect_code 0; first="$OUT"
expect_out_contains "planned finish (CPM)  2026-06-01  reached in 100% of runs"
run -C "$EX" schedule simulate --seed 7 --iterations 2000
expect_eq "$OUT" "$first" "same seed, same output"

# --- calendar export ---------------------------------------------------------------------
run -C "$EX" schedule export --ics
expect_code 0
[ "$(printf '%s' "$OUT" | head -1)" = $'BEGIN:VCALENDAR\r' ] || fail "ICS does not start with BEGIN:VCALENDAR CRLF"
expect_out_contains "DTSTAMP:20260403T000000Z"
run -C "$EX" schedule export --ics --out "$WORK/plan.ics" --dtstamp 20260403T093000Z
expect_code 0; expect_out_contains "wrote $WORK/plan.ics"
grep -q $'^DTSTAMP:20260403T093000Z\r$' "$WORK/plan.ics" || fail "--dtstamp not used"
[ "$(awk '{ if (length($0) > 76) n++ } END { print n+0 }' "$WORK/plan.ics")" = 0 ] || fail "ICS line over 75 octets"
run -C "$EX" schedule export
expect_code 2
run -C "$EX" schedule export --ics --dtstamp 2026-04-03
expect_code 2; expect_err_contains "--dtstamp must be UTC like 20261127T093000Z"

# --- levelling: dry run changes nothing, then it removes the over-allocation --------------
before=$(snapshot "$EX")
run -C "$EX" schedule level --dry-run
expect_code 0
expect_out_contains "t-12-frontend (chen-wei): 2026-04-10 -> 2026-04-22 (+8d)"
expect_out_contains "would write tasks/t-12-frontend.yaml"
expect_eq "$(snapshot "$EX")" "$before" "level --dry-run wrote"
run -C "$EX" schedule level --as bob
expect_code 0; expect_out_contains "wrote tasks/t-12-frontend.yaml"
grep -q '^start-no-earlier: 2026-04-22$' "$EX/tasks/t-12-frontend.yaml" || fail "levelling delay not written"
run -C "$EX" assign load --weeks 12
expect_code 0; expect_out_contains "Nobody is over-allocated."
run -C "$EX" schedule level
expect_code 0; expect_out_contains "nothing to move"

# --- editing on the small base project ----------------------------------------------------
P=$(base_project p)
export PMADMIN_TODAY=2026-03-04
run -C "$P" schedule add "Build pages" --id build --duration 3d --after t-1 --owner bob --due 2026-03-10
expect_code 0
expect_out_contains 'added build "Build pages": 2026-03-11 .. 2026-03-13 (3 working days)'
expect_out_contains "wrote tasks/build.yaml"
run -C "$P" schedule add "Launch" --milestone --after build,t-1:ss+1d
expect_code 0; expect_out_contains "on 2026-03-13"
run -C "$P" schedule add "Oops" --duration 2d --after t-9
expect_code 2; expect_err_contains 'unknown task "t-9" in --after'; expect_err_contains 'did you mean "t-1"?'
run -C "$P" schedule add "No length"
expect_code 2; expect_err_contains "how long will it take?"
run -C "$P" schedule show
expect_code 0; expect_out_contains "Build pages     bob    2026-03-11  2026-03-13     3    -3d  *"; expect_out_contains "2026-03-10 +3d"
expect_out_contains "Forecast to miss their due date: build (+3d)."

run -C "$P" schedule progress t-1 40
expect_code 0; expect_out_contains "t-1: progress 0% -> 40%"
grep -q '^started: 2026-03-04$' "$P/tasks/t-1.yaml" || fail "started not set"
run -C "$P" schedule progress t-1 done --date 2026-03-05
expect_code 2; expect_err_contains "after today"
run -C "$P" schedule progress t-1 150
expect_code 2
run -C "$P" schedule progress t-1 done
expect_code 0
grep -q '^status: done$' "$P/tasks/t-1.yaml" || fail "not done"
grep -q '^finished: 2026-03-04$' "$P/tasks/t-1.yaml" || fail "finished not set"

run -C "$P" schedule move build --start 2026-03-16
expect_code 2; expect_err_contains "--reason is required"
run -C "$P" schedule move build --duration 5d --reason "more pages than planned" --as alice
expect_code 0; expect_out_contains "build: duration 3d -> 5d"
grep -q '^    reason: more pages than planned$' "$P/tasks/build.yaml" || fail "reason not logged"

# Baselines: a member may not save one (exit 3, nothing written); the client admin may.
before=$(snapshot "$P")
run -C "$P" schedule baseline save approved --as bob
expect_code 3; expect_err_contains "set-baseline"
expect_eq "$(snapshot "$P")" "$before" "refused baseline wrote"
run -C "$P" schedule baseline save approved --as alice
expect_code 0; expect_out_contains "wrote baselines/approved.yaml"
run -C "$P" schedule baseline save approved --as alice
expect_code 2; expect_err_contains "--replace"
run -C "$P" schedule move build --start 2026-03-16 --reason "supplier late"
expect_code 0
run -C "$P" schedule baseline diff
expect_code 0; expect_out_contains "Project finish: baseline 2026-03-11, forecast 2026-03-20: 7 working days late."
run -C "$P" schedule baseline diff --format json
python3 -c 'import json,sys; j=json.loads(sys.argv[1]); assert j["project_slip"]==7, j' "$OUT" || fail "diff json"
run -C "$P" schedule baseline show
expect_code 0; expect_out_contains "approved"
run -C "$P" schedule baseline show aproved
expect_code 2; expect_err_contains 'did you mean "approved"?'

# A hand-made cycle is refused by every command, naming each task in it.
printf -- '  - build\n' >>"$P/tasks/t-1.yaml.tmp" ; rm -f "$P/tasks/t-1.yaml.tmp"
sed -i 's/^progress: 100$/progress: 100\ndepends:\n  - build/' "$P/tasks/t-1.yaml"
run -C "$P" schedule show
expect_code 2
expect_err_contains 'error: dependency cycle: "build" depends on "t-1", which depends on "build"'
echo "schedule: ok"

#!/usr/bin/env bash
# Numbers a non-PM can trust (issue 15), on real project folders: a green first week from
# every template; hints followed as printed reach what they promise; earned value on the
# costed work beside a materials line; every figure has `pmadmin explain`.
source "$(dirname "$0")/lib.sh"
export PMADMIN_USER=alice

# 1. A green first week: from every template, a fresh project passes check on its start
#    date and a week later with nothing recorded has no red in its report (warnings only:
#    what the admin did not tick off is theirs to see, not a failure).
for template in software software-zh blank; do
  export PMADMIN_TODAY=2026-03-02
  run -C "$WORK" init "first-$template" --name "First" --start 2026-03-02 --template "$template" \
    --admin alice --admin-name "Alice" --admin-email alice@example.org
  expect_code 0 "init $template"
  P="$WORK/first-$template"
  run -C "$P" check
  expect_code 0 "a fresh $template project passes check"
  expect_out_contains "pmadmin check: passed (0 errors, 0 warnings;"
  export PMADMIN_TODAY=2026-03-09
  run -C "$P" check
  expect_code 0 "a $template project one week in, nothing recorded, still passes"
  run -C "$P" report --format md
  expect_code 0
  ! grep -q "🔴" <<<"$OUT" || fail "$template: red in the first week"
done

# 2. Hints followed as printed. budget plan, once a line has adjustments, proposes the
#    adjustment that gives the amount asked for.
P="$WORK/first-software"
export PMADMIN_TODAY=2026-03-09
run -C "$P" budget plan photography 800
expect_code 0
run -C "$P" budget adjust photography +1000 --reason "more shots"
expect_code 0
run -C "$P" budget plan photography 2000
expect_code 2
expect_err_contains "its budget is CNY 1,800.00 (planned 800.00, adjustments 1,000.00)"
hint=$(grep -o 'pmadmin budget adjust [^(]*' <<<"$ERR" | sed 's/"\.\.\."/"following the hint"/')
[ -n "$hint" ] || fail "no adjust command in the hint"
eval "pm -C \"$P\" ${hint#pmadmin }" > /dev/null
run -C "$P" budget status --format json
python3 - "$OUT" <<'PY' || fail "the hint's adjustment does not give 2,000.00"
import json, sys
lines = {c["category"]: c for c in json.loads(sys.argv[1])["categories"]}
assert lines["photography"]["budget"] == "2000.00", lines["photography"]
PY

# done-without-acceptance: each hint names the next command; following them in turn clears it.
run -C "$P" schedule progress p1-requirements done --date 2026-03-06
expect_code 0
run -C "$P" check done-without-acceptance
expect_code 1
# Each hint is one command (inspect the criteria left, then accept); follow them until clean.
steps=0
while [ "$CODE" = 1 ]; do
  next=$(grep -o 'with: pmadmin .*$' <<<"$OUT" | head -1 | sed 's/^with: pmadmin //')
  eval "pm -C \"$P\" $next" > /dev/null || fail "the hint's command failed: $next"
  run -C "$P" check done-without-acceptance
  steps=$((steps + 1)); [ "$steps" -lt 5 ] || fail "following the hints never ends"
done
expect_code 0 "following the hints accepts the deliverable"
[ "$steps" = 2 ] || fail "expected two hints (inspect, accept), followed $steps"

# "did you mean" hints propose an ID: put it in place of the typo and the command works.
export PMADMIN_TODAY=2026-03-09
typos=(
  "budget spend 100 --category travl|travl"
  "budget list --task p1-requirement|p1-requirement"
  "schedule progress p3-bulid 10|p3-bulid"
  "assign task p4-testing alicee|alicee"
  "risk show scope-crep|scope-crep"
  "check overdue-tasks|overdue-tasks"
  "schedule show --owner alcie|alcie"
)
pm -C "$P" budget plan travel 5000 > /dev/null
for entry in "${typos[@]}"; do
  cmd=${entry%|*}; typo=${entry#*|}
  run -C "$P" $cmd
  expect_code 2 "$cmd"
  suggestion=$(grep -o 'did you mean "[^"]*"' <<<"$ERR" | head -1 | sed 's/did you mean "//; s/"$//')
  [ -n "$suggestion" ] || fail "$cmd: no suggestion"
  run -C "$P" ${cmd/$typo/$suggestion}
  [ "$CODE" = 0 ] || [ "$CODE" = 1 ] || fail "following the suggestion $suggestion for $typo: exit $CODE"
done
pm -C "$P" review quality p4-testing --pass "No open critical defect" > /dev/null 2>"$WORK/.err" && fail "criterion typo accepted"
suggestion=$(grep -o 'did you mean "[^"]*"' "$WORK/.err" | sed 's/did you mean "//; s/"$//')
run -C "$P" review quality p4-testing --pass "$suggestion"
expect_code 0 "following the criterion suggestion"

# 3. The office fit-out: design (5d, 6,000) then build (10d, 15,600) beside a materials line;
#    on Fri 03-13 design done, build 40%; 30,000 materials (no task), 6,000 and 3,000 booked.
#    AC = 9,000, EV = 12,240, CPI 1.36; the materials are their line's business.
export PMADMIN_TODAY=2026-03-02
F=$(base_project fitout)
rm -f "$F"/tasks/*.yaml "$F"/budget/expenses/*.yaml
for line in "labour 21600" "materials 80000" "contingency 8400"; do
  pm -C "$F" budget plan $line > /dev/null
done
pm -C "$F" budget plan design 0 > /dev/null
pm -C "$F" schedule add Design --id design --duration 5d --cost 6000 --category labour > /dev/null
pm -C "$F" schedule add Build --id build --duration 10d --after design --cost 15600 --category labour > /dev/null
export PMADMIN_TODAY=2026-03-13
pm -C "$F" budget spend 30000 --category materials --date 2026-03-04 > /dev/null
pm -C "$F" budget spend 6000 --category labour --task design --date 2026-03-06 > /dev/null
pm -C "$F" budget spend 3000 --category labour --task build > /dev/null
pm -C "$F" schedule progress design done --date 2026-03-06 > /dev/null
pm -C "$F" schedule progress build 40 > /dev/null
run -C "$F" budget status --format json
expect_code 0
python3 - "$OUT" <<'PY' || fail "fit-out EVM"
import json, sys
s = json.loads(sys.argv[1])
e = s["evm"]
assert (e["bac"], e["pv"], e["ev"], e["ac"], e["outside"]) == ("21600.00", "13800.00", "12240.00", "9000.00", "30000.00"), e
assert e["cpi"] == 1.36 and e["eac"] == "15882.35", e
assert s["total"]["spent"] == "39000.00" and not s["total"]["overrun"], s["total"]
PY
run -C "$F" report --format md
expect_out_contains "| Budget | 🟢 Green | spending on the costed tasks in line with the work done (CPI 1.36) |"

# 4. Every figure explains itself.
for term in spi cpi eac tcpi float "critical path" nps csat emv p80 bac pv ev ac; do
  run explain $term
  expect_code 0 "explain $term"
  [ -n "$OUT" ] || fail "explain $term says nothing"
done
run explain spj
expect_code 2; expect_err_contains 'did you mean "spi"?'
run explain --format json
python3 -c 'import json,sys; t=json.loads(sys.argv[1]); assert len(t) >= 20 and all(x["meaning"] for x in t)' "$OUT" \
  || fail "explain --format json"
echo "numbers: ok"

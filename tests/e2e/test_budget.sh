#!/usr/bin/env bash
# pmadmin budget end to end: the example's status against an independent reference
# (tests/cli/evm_reference.py), golden text and JSON, and every verb on a copy.
source "$(dirname "$0")/lib.sh"
export PMADMIN_USER=alice  # every change needs a known author (docs/permissions.md)
EX="$WORK/ex"
cp -R "$TEST_DATA/../../examples/website-redesign" "$EX"
export PMADMIN_TODAY=2026-04-03

before=$(snapshot "$EX")
run -C "$EX" budget status --format json
expect_code 0; golden example-budget-status.json
printf '%s\n' "$OUT" >"$WORK/status.json"
python3 "$(dirname "$0")/evm_reference.py" "$EX" 2026-04-03 "$WORK/status.json" || fail "pmadmin and the reference disagree"
run -C "$EX" budget status
expect_code 0; golden example-budget-status.txt
expect_out_contains "travel         4,000.00          -    4,000.00   4,800.00    -800.00  120%  OVER"
expect_out_contains "Over budget: travel (spent 4,800.00 of 4,000.00)."
run -C "$EX" budget status --format csv
expect_code 0
expect_out_contains $'travel,4000.00,0.00,4000.00,4800.00,-800.00,120,yes,0.00\r'
run -C "$EX" budget list --category hosting
expect_code 0; expect_out_contains "2 expenses, total CNY 6,200.00"
run -C "$EX" budget list --month 2026-03 --format json
python3 -c 'import json,sys; j=json.loads(sys.argv[1]); assert j["total"]=="32600.00" and len(j["expenses"])==8, j' "$OUT" \
  || fail "list --month json"
run -C "$EX" budget list --task t-02-stakeholder
expect_code 2; expect_err_contains 'did you mean "t-02-stakeholders"?'
run -C "$EX" budget status --baseline nope
expect_code 2; expect_err_contains 'unknown baseline "nope"'
expect_eq "$(snapshot "$EX")" "$before" "read-only budget commands changed files"

# Adjusting needs approve-budget: bob (project manager) is refused and nothing changes.
run -C "$EX" budget adjust travel +1000 --reason "Extra workshop" --as bob
expect_code 3; expect_err_contains "approve-budget"; expect_err_contains "held by: alice (client-admin)"
expect_eq "$(snapshot "$EX")" "$before" "refused adjustment changed files"
run -C "$EX" budget adjust travel 1000 --reason "Extra workshop" --as alice
expect_code 2; expect_err_contains "with its sign"
run -C "$EX" budget adjust travel +1000 --reason "Extra workshop" --as alice
expect_code 0
expect_out_contains "adjusted travel by +1,000.00 (approved by alice): budget CNY 4,000.00 -> CNY 5,000.00"
expect_out_contains "wrote budget/plan.yaml"
grep -A4 'category: travel' "$EX/budget/plan.yaml" | grep -q 'by: alice' || fail "approver not recorded"
run -C "$EX" budget adjust contingency -1000 --reason "Released to travel" --as alice
expect_code 0; expect_out_contains "budget CNY 6,000.00 -> CNY 5,000.00"
run -C "$EX" budget status
expect_out_contains "No budget line is overspent."

# Spending: unknown category with a suggestion; over budget flagged in the summary.
run -C "$EX" budget spend 300 --category travl
expect_code 2; expect_err_contains 'did you mean "travel"?'
run -C "$EX" budget spend 4000 --category quality --task t-21-accessibility --note "Audit deposit" --as li-na
expect_code 0
expect_out_contains "on quality for t-21-accessibility (2026-04-03); quality spent 4,000.00 of 3,000.00: OVER BUDGET by 1,000.00"
expect_out_contains "wrote budget/expenses/e-"
run -C "$EX" budget spend 12.5 --category travel --date 2026-04-06
expect_code 2; expect_err_contains "after today"
run -C "$EX" budget spend 1e3 --category travel
expect_code 2; expect_err_contains "AMOUNT must be an amount like 12500"
run -C "$EX" budget status --format json
python3 -c 'import json,sys; j=json.loads(sys.argv[1]); q=[c for c in j["categories"] if c["category"]=="quality"][0]; assert q["overrun"] and q["remaining"]=="-1000.00", q' "$OUT" \
  || fail "quality overrun"

# Planning: new lines freely, an existing line only until money moves.
P=$(base_project p)
run -C "$P" budget plan travel 3000 --description "Workshops"
expect_code 0; expect_out_contains "planned travel: CNY 3,000.00"
run -C "$P" budget plan travel 3500
expect_code 0; expect_out_contains "re-planned travel: CNY 3,000.00 -> CNY 3,500.00"
run -C "$P" budget spend 100 --category travel
expect_code 0
run -C "$P" budget plan travel 4000
expect_code 2; expect_err_contains "budget adjust travel +500.00"
run -C "$P" budget plan "Bad Name" 10
expect_code 2
echo "budget: ok"

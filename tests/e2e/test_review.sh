#!/usr/bin/env bash
# pmadmin review end to end on the bundled example: prepare and record a weekly meeting
# (actions become tasks), inspect and accept a deliverable (and the gate's quality rules
# pass afterwards), give feedback both ways, read the performance; then the HANDBOOK's
# review commands of the software templates, run as printed.
source "$(dirname "$0")/lib.sh"
export PMADMIN_TODAY=2026-04-03 PMADMIN_USER=alice
P="$WORK/example"
cp -R "$TEST_DATA/../../examples/website-redesign" "$P"

# 1. The agenda of Monday 2026-04-06, from the example's data.
run -C "$P" review agenda
expect_code 0
expect_out_contains "Agenda: Weekly status on 2026-04-06 (last meeting 2026-03-30)"
expect_out_contains "- Confirm the CRM sandbox credentials (owner dave, due 2026-04-02, late, from m-2026-03-30)"
expect_out_contains "- Send the final logo files (owner alice, due 2026-04-03, from m-2026-03-30)"
expect_out_contains "survey s-discovery"
run -C "$P" review agenda --format json
python3 -c 'import json,sys; a=json.load(sys.stdin); assert a["date"]=="2026-04-06" and len(a["open_actions"])==2, a' <<<"$OUT"

# 2. The meeting, recorded: two actions become two tasks.
run -C "$P" review meeting --attendees alice,bob,li-nna --decision "x"
expect_code 2 "an unknown attendee"
expect_err_contains 'did you mean "li-na"?'
run -C "$P" review meeting --date 2026-04-03 --attendees alice,bob,li-na --notes "Design review" \
  --decision "Keep the blue palette" --action "Book the load test;owner=li-na;due=2026-04-10" \
  --action "Send the contract draft;owner=alice"
expect_code 0
expect_out_contains "meeting m-2026-04-03: 3 attendees, 1 decision, 2 actions (each a task)"
run -C "$P" review show m-2026-04-03 --format json
task=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["actions"][0]["task"])' <<<"$OUT")
run -C "$P" schedule show --format json
python3 - "$OUT" "$task" <<'PY'
import json, sys
t = [t for t in json.loads(sys.argv[1])["tasks"] if t["id"] == sys.argv[2]][0]
assert t["owner"] == "li-na" and t["due"] == "2026-04-10", t
PY
grep -q "^  - action$" "$P/tasks/$task.yaml" || fail "an action's task is tagged action"
grep -q "detail: from review m-2026-04-03" "$P/tasks/$task.yaml" || fail "an action's task names its meeting"
run -C "$P" review list --decisions palette
expect_out_contains "Keep the blue brand palette; no dark mode in release 1"
expect_out_contains "Keep the blue palette"

# 3. Quality: t-08-visual-design inspected (a failure and its rework), accepted, and the
#    gate's quality and approval rules pass once it is done.
run -C "$P" review quality t-08-visual-design --pass "Mobile layout approved" --fail "Accessibility A" --as bob
expect_code 2
expect_err_contains 'did you mean "Accessibility AA"?'
run -C "$P" review quality t-08-visual-design --pass "Mobile layout approved" --fail "Accessibility AA" --rework --as bob
expect_code 0
expect_out_contains "still open: Accessibility AA"
run -C "$P" review show q-2026-04-03
expect_code 0
expect_out_contains "  passed:     Mobile layout approved"
expect_out_contains "  failed:     Accessibility AA"
expect_out_contains "  result:     fail"
run -C "$P" review accept t-08-visual-design
expect_code 2 "acceptance before every criterion passed"
expect_err_contains 'cannot be accepted yet: 1 of its 2 criteria have not passed: "Accessibility AA"'
run -C "$P" schedule progress t-08-visual-design done --as bob
run -C "$P" check done-without-acceptance
expect_code 1 "done but not accepted"
expect_out_contains "inspect them with: pmadmin review quality t-08-visual-design --pass \"Accessibility AA\""
PMADMIN_TODAY=2026-04-06 run -C "$P" review quality t-08-visual-design --pass "Accessibility AA" --as bob
expect_out_contains "every criterion has passed: accept it with pmadmin review accept t-08-visual-design"
before=$(snapshot "$P")
PMADMIN_TODAY=2026-04-06 run -C "$P" review accept t-08-visual-design --as bob
expect_code 3 "acceptance by a project manager"
expect_eq "$(snapshot "$P")" "$before" "a refused acceptance wrote"
PMADMIN_TODAY=2026-04-06 run -C "$P" review accept t-08-visual-design
expect_code 0
run -C "$P" review show a-2026-04-06
expect_code 0; expect_out_contains "  accepted:   by alice on 2026-04-06"
PMADMIN_TODAY=2026-04-06 run -C "$P" check done-without-acceptance unauthorised-approval
expect_code 0 "the gate's quality rules after the acceptance"

# 4. Feedback both ways, and the performance it feeds.
run -C "$P" review feedback li-na --rating 5 --text "Clear test plan" --kudos
expect_code 0
run -C "$P" review feedback alice --rating 4 --text "Quick decisions" --as li-na
expect_code 0
run -C "$P" review feedback li-na --rating 0 --text "x"
expect_code 2
run -C "$P" review performance li-na --format json
python3 - "$OUT" <<'PY'
import json, sys
p = json.loads(sys.argv[1])["people"][0]
assert p["person"] == "li-na" and p["feedback"] == 1 and p["rating"] == 5 and p["kudos"] == 1, p
PY
PMADMIN_TODAY=2026-04-06 run -C "$P" review performance --from 2026-04-01 --to 2026-04-06
expect_out_contains "First-pass yield by category:"
run -C "$P" review list --kind performance --person alice
expect_out_contains "alice: 4/5"

# 5. The HANDBOOK's review commands, as each software template prints them.
for template in software software-zh; do
  Q="$WORK/new-$template"
  run init "$Q" --template "$template" --admin ada --admin-email ada@example.com
  expect_code 0
  PMADMIN_USER=ada run -C "$Q" assign person add Bo --id bo
  grep -E '^    pmadmin review ' "$Q/HANDBOOK.md" | sed 's/^    //; s/  *# .*$//' > "$WORK/handbook-review.sh"
  [ "$(wc -l < "$WORK/handbook-review.sh")" -ge 8 ] || fail "the $template HANDBOOK teaches the reviews"
  while IFS= read -r line; do
    line=${line//PERSON/bo}; line=${line//人员/bo}
    eval "set -- ${line#pmadmin }"
    PMADMIN_USER=ada run -C "$Q" "$@"
    expect_code 0 "$template HANDBOOK: $line"
  done < "$WORK/handbook-review.sh"
done
echo "review: ok"

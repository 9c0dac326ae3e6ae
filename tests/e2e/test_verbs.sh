#!/usr/bin/env bash
# Everyday verbs (issue 16) on a copy of the bundled example: edit, status, remove with
# their refusals, progress taken back to 0, and --format json on a change.
source "$(dirname "$0")/lib.sh"
export PMADMIN_USER=alice PMADMIN_TODAY=2026-04-03
EX="$WORK/ex"
cp -R "$(dirname "$0")/../../examples/website-redesign" "$EX"

# edit: fields and dependencies, the effect on the dates, a log entry with who and why.
run -C "$EX" schedule edit t-19-test-plan --owner chen-wei --add-after t-13-backend --reason "after the back end"
expect_code 0
expect_out_contains "t-19-test-plan: owner bob -> chen-wei; after t-05-req-signed -> t-05-req-signed,t-13-backend;"
grep -q "action: edit" "$EX/tasks/t-19-test-plan.yaml" || fail "no log entry"
grep -q "reason: after the back end" "$EX/tasks/t-19-test-plan.yaml" || fail "no reason in the log"
before=$(snapshot "$EX")
run -C "$EX" schedule edit t-19-test-plan --add-after t-26-handover
expect_code 2; expect_err_contains "dependency cycle"
run -C "$EX" schedule edit t-19-test-plan --owner bobb
expect_code 2; expect_err_contains 'did you mean "bob"?'
expect_eq "$(snapshot "$EX")" "$before" "a refused edit wrote"

# show one task: its fields, dates and float, neighbours, and the log with the edit above.
run -C "$EX" schedule show t-19-test-plan
expect_code 0
expect_out_contains "owner             chen-wei (陈伟)"
expect_out_contains "after             t-05-req-signed, t-13-backend"
expect_out_contains "before            t-20-system-test"
expect_out_contains "after the back end"
run -C "$EX" schedule show t-19-test-plan --format json
python3 -c 'import json,sys; j=json.loads(sys.argv[1]); assert j["task"]["id"]=="t-19-test-plan" and j["predecessors"]==["t-05-req-signed","t-13-backend"] and j["log"][-1]["action"]=="edit", j' "$OUT" \
  || fail "show TASK --format json"
# Filters on show and gantt; an empty result says so in words.
run -C "$EX" schedule show --status doing --format csv
expect_code 0
[ "$(tail -n +2 <<<"$OUT" | wc -l)" = 3 ] || fail "three tasks are doing"
run -C "$EX" schedule show --milestones --owner alice --format json
python3 -c 'import json,sys; t=json.loads(sys.argv[1])["tasks"]; assert len(t)==4 and all(x["kind"]=="milestone" for x in t), t' "$OUT" \
  || fail "--milestones --owner"
run -C "$EX" schedule show --status blocked
expect_code 0; expect_out_contains "No task matches these filters (27 tasks in all)."
run -C "$EX" schedule gantt --tag phase-2 --width 80
expect_code 0; expect_out_contains "t-08-visual-design"
grep -q "t-12-frontend" <<<"$OUT" && fail "gantt --tag shows a task without the tag"
run -C "$EX" schedule show --status doin
expect_code 2; expect_err_contains 'did you mean "doing"?'

# status: with a reason; todo refused while the task has progress, with the way back.
run -C "$EX" schedule status t-17-seo blocked --reason "waiting for the SEO agency"
expect_code 0; expect_out_contains "t-17-seo: status todo -> blocked"
run -C "$EX" schedule status t-15-content-write todo --reason "mistake"
expect_code 2; expect_err_contains "pmadmin schedule progress t-15-content-write 0"

# progress back to 0 returns the task to todo and clears started.
run -C "$EX" schedule progress t-11-cms-setup 0
expect_code 0; expect_out_contains "back to todo (started 2026-03-25 cleared)"
grep -q "^status: todo" "$EX/tasks/t-11-cms-setup.yaml" || fail "status not todo"
grep -q "^started:" "$EX/tasks/t-11-cms-setup.yaml" && fail "started not cleared"
# progress before a finish-to-start predecessor is done: recorded, with a warning.
run -C "$EX" schedule progress t-20-system-test 10
expect_code 0; expect_out_contains "warning: t-18-build-done (0%), t-19-test-plan (0%) must finish before"

# remove: refused while others depend on it or history refers to it; --detach drops the links.
before=$(snapshot "$EX")
run -C "$EX" schedule remove t-13-backend --reason "merged into the front end"
expect_code 2; expect_err_contains "task t-13-backend cannot be removed: 2 depend on it: t-18-build-done, t-19-test-plan"
run -C "$EX" schedule remove t-10-hosting --reason "x" --detach
expect_code 2; expect_err_contains "has a history that refers to it: expense e-8cpx"
expect_eq "$(snapshot "$EX")" "$before" "a refused remove wrote"
run -C "$EX" schedule remove t-17-seo --reason "duplicate of t-12" --detach --format json
expect_code 0
python3 -c 'import json,sys; j=json.loads(sys.argv[1]); assert j["deleted"]==[{"kind":"task","id":"t-17-seo"}] and j["removed"]==["tasks/t-17-seo.yaml"], j' "$OUT" \
  || fail "remove --format json"
[ ! -e "$EX/tasks/t-17-seo.yaml" ] || fail "the file is still there"
grep -q "t-17-seo" "$EX/tasks/t-18-build-done.yaml" || fail "the dependant's log does not say why its dependency went"
# People: edit yourself freely but not your e-mail; others need manage-roles.
run -C "$EX" assign person edit li-na --rate 900 --as li-na
expect_code 0; expect_out_contains "li-na: rate 850.00 -> 900.00"
run -C "$EX" assign person edit li-na --email li@else.example --as li-na
expect_code 3
run -C "$EX" assign person edit bob --name "Bob W." --as li-na
expect_code 3
# remove: refused while they own open tasks (unless --reassign-to) or history names them.
run -C "$EX" assign person add "Added By Mistake" --id mistake
run -C "$EX" assign task t-16-content-migrate mistake
run -C "$EX" assign person remove mistake
expect_code 2; expect_err_contains "mistake owns 1 open task: t-16-content-migrate"
run -C "$EX" assign person remove mistake --reassign-to li-na
expect_code 0; expect_out_contains "removed mistake (Added By Mistake); li-na took over t-16-content-migrate"
grep -q "^owner: li-na" "$EX/tasks/t-16-content-migrate.yaml" || fail "the task was not handed over"
run -C "$EX" assign person remove dave --reassign-to bob
expect_code 2; expect_err_contains "dave is named in the project's history:"

# Money: a wrong expense is voided, never deleted; budget list shows it, totals leave it out.
run -C "$EX" budget void e-3k7m --reason "booked to the wrong line" --as li-na
expect_code 3
run -C "$EX" budget void e-3k7m --reason "booked to the wrong line" --as bob
expect_code 0; expect_out_contains "voided e-3k7m: CNY 4,800.00 on travel (2026-03-06) no longer counts; travel spent 0.00 of 4,000.00"
run -C "$EX" budget list --category travel
expect_out_contains "VOID 2026-04-03 by bob"
expect_out_contains "1 expense, total CNY 0.00 (without the 1 voided)"
run -C "$EX" budget void e-3k7m --reason "again"
expect_code 2; expect_err_contains "already voided"

# undo: the last change back, byte for byte; refused after a hand edit, naming the file.
before=$(snapshot "$EX")
run -C "$EX" schedule edit t-22-uat --due 2026-06-01 --reason "client asked"
expect_code 0
run -C "$EX" undo --list
expect_out_contains "t-22-uat: due - -> 2026-06-01"
run -C "$EX" undo
expect_code 0; expect_out_contains "undid: t-22-uat: due - -> 2026-06-01"
expect_eq "$(snapshot "$EX")" "$before" "undo did not restore the bytes"
run -C "$EX" schedule edit t-22-uat --due 2026-06-01 --reason "client asked"
printf '# a hand edit\n' >> "$EX/tasks/t-22-uat.yaml"
before=$(snapshot "$EX")
run -C "$EX" undo
expect_code 2; expect_err_contains "tasks/t-22-uat.yaml changed since; nothing undone"
expect_eq "$(snapshot "$EX")" "$before" "a refused undo wrote"
# A removal is undone too: the file comes back and the dependant's link with it.
sed -i '$d' "$EX/tasks/t-22-uat.yaml"
run -C "$EX" undo
expect_code 0
run -C "$EX" schedule remove t-23-training --reason "x" --detach
expect_code 0
run -C "$EX" undo
expect_code 0; expect_out_contains "wrote tasks/t-23-training.yaml"
[ -e "$EX/tasks/t-23-training.yaml" ] || fail "undo did not bring the removed task back"

run -C "$EX" check
[ "$CODE" = 0 ] || [ "$CODE" = 1 ] || fail "the project no longer loads after the verbs"
echo "verbs: ok"

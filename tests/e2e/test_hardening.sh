#!/usr/bin/env bash
# Hardening (issue 10): each case that once left a project pmadmin then refused, or a change
# half-made, replayed: refused cleanly (exit 2 or 4, nothing changed) and the project loads.
source "$(dirname "$0")/lib.sh"
export PMADMIN_TODAY=2026-03-02 PMADMIN_USER=alice
P=$(base_project p)

loads() { run -C "$P" check; [ "$CODE" = 0 ] || [ "$CODE" = 1 ] || fail "the project no longer loads: $1"; }

# 1. Values that would make a file unloadable are refused at the edge, nothing written.
before=$(snapshot "$P")
for email in $'eve\e[31m@example.org' $'eve\n@example.org' $'eve\u202e@example.org' "eve @example.org" "not-an-address" \
             $'eve\xff@example.org'; do
  run -C "$P" assign person add Eve --email "$email"
  expect_code 2 "e-mail $(printf %q "$email")"
  grep -q $'\x1b' <<<"$ERR" && fail "raw ESC echoed"
done
run -C "$P" assign person add $'E\xffve'
expect_code 2
expect_err_contains "the name is not valid UTF-8"
expect_eq "$(snapshot "$P")" "$before" "a refused person was written"
loads "after refused people"

# Dates beyond the horizon, and plans longer than twenty years.
run -C "$P" schedule add Late --duration 2d --start-no-earlier 9999-12-25
expect_code 2
expect_err_contains "from 1900-01-01 to 2200-12-31"
run -C "$P" schedule add Late --duration 2d --start-no-earlier 2199-12-25
expect_code 2
expect_err_contains "more than 20 years after the project start 2026-03-02"
printf 'id: t-9\ntitle: Far\nduration: 2d\nstart-no-earlier: 2099-01-01\n' > "$P/tasks/t-9.yaml"
run -C "$P" schedule show
expect_code 2
expect_err_contains "task t-9 would finish on 2099-01-02, more than 20 years after the project start"
rm "$P/tasks/t-9.yaml"
expect_eq "$(snapshot "$P")" "$before" "a refused task was written"

# A reason that would grow a file past 1 MiB: refused when it would, the file stays whole.
reason=$(head -c 120000 /dev/zero | tr '\0' r)
refused=0
for i in $(seq 2 12); do
  run -C "$P" schedule move t-1 --duration "${i}d" --reason "$reason"
  if [ "$CODE" = 2 ]; then refused=1; break; fi
  expect_code 0 "move $i"
done
[ "$refused" = 1 ] || fail "a task file grew past 1 MiB"
expect_err_contains "file is larger than 1 MiB"
expect_err_contains "(nothing was written)"
[ "$(stat -c %s "$P/tasks/t-1.yaml")" -lt 1048576 ] || fail "t-1.yaml is over 1 MiB"
loads "after long reasons"

# Sums beyond the money range.
Q=$(base_project q)
run -C "$Q" budget spend 999999999999999.99 --category design
expect_code 0
run -C "$Q" budget spend 999999999999999.99 --category design
expect_code 2
expect_err_contains "the expenses add up to more than 999,999,999,999,999.99"
[ "$(ls "$Q/budget/expenses" | wc -l)" = 1 ] || fail "the overflowing expense was written"
run -C "$Q" budget status
expect_code 0

# 4. Hand edits with negative money are refused where they are written.
printf 'id: e-neg\ndate: 2026-03-02\namount: "-6000.00"\ncategory: design\n' > "$Q/budget/expenses/e-neg.yaml"
run -C "$Q" check budget-overrun
expect_code 2
expect_err_contains "budget/expenses/e-neg.yaml:3:9: error: \"amount\" cannot be negative: \"-6000.00\""
rm "$Q/budget/expenses/e-neg.yaml"
sed -i 's/^duration: .*/duration: 2d\ncost: "-1000000.00"/' "$Q/tasks/t-1.yaml"
run -C "$Q" budget status
expect_code 2
expect_err_contains "\"cost\" cannot be negative"

# 3. A change of several files fails half-way: nothing changed (exit 4), the project loads.
R=$(base_project r)
printf 'id: t-2\ntitle: Two\nowner: alice\nduration: 3d\n' > "$R/tasks/t-2.yaml"
printf 'id: t-3\ntitle: Three\nowner: alice\nduration: 3d\n' > "$R/tasks/t-3.yaml"
sed -i 's/^owner: .*/owner: alice/' "$R/tasks/t-1.yaml"
before=$(snapshot "$R")
for fault in between_renames:fail after_rename@3:fail mid_write@3:fail before_fsync@2:fail; do
  PMADMIN_FAULT=$fault run -C "$R" schedule level
  expect_code 4 "level with $fault"
  expect_err_contains "nothing was changed"
  expect_eq "$(snapshot "$R")" "$before" "level with $fault changed a file"
done
run -C "$R" schedule level
expect_code 0
expect_out_contains "2 tasks delayed"

# 5. Leftovers: a killed writer's temp file goes with the next change; modes are kept; a
# failed first expense leaves no empty folder.
S=$(base_project s)
: > "$S/people/.bob.yaml.pmadmin-tmp-28640-6b650b10"
chmod 600 "$S/tasks/t-1.yaml"
run -C "$S" schedule progress t-1 50
expect_code 0
[ ! -e "$S/people/.bob.yaml.pmadmin-tmp-28640-6b650b10" ] || fail "a stale temp file stayed"
[ "$(stat -c %a "$S/tasks/t-1.yaml")" = 600 ] || fail "a rewrite changed the file's mode"
PMADMIN_FAULT=mid_write@2:fail run -C "$S" budget spend 100 --category design
expect_code 4
[ ! -e "$S/budget/expenses" ] || fail "a failed first expense left budget/expenses/"

# 6. Output: annotations and messages never carry raw control characters; --out never
# overwrites the project.
T=$(base_project t)
cp "$T/tasks/t-1.yaml" "$T/tasks/"$'t-\e[31m.yaml'
run -C "$T" check --format github
expect_code 2
grep -q $'\x1b' <<<"$OUT$ERR" && fail "raw ESC in check output"
expect_out_contains "::error file=tasks/t-\\x1b[31m.yaml"
rm "$T/tasks/"$'t-\e[31m.yaml'
run -C "$T" assign matrix --today $'2026\e[2J'
expect_code 2
grep -q $'\x1b' <<<"$ERR" && fail "raw ESC in the --today error"
before=$(snapshot "$T")
run -C "$T" report --out "$T/pmadmin.yaml"
expect_code 2
expect_err_contains "would overwrite a file of the project itself"
expect_eq "$(snapshot "$T")" "$before" "report --out overwrote the project"

# 7. A mismatched respondent is reported at its key.
mkdir -p "$T/surveys/s-1/responses"
printf 'id: s-1\ntitle: Pulse\nopened: 2026-03-02\nquestions:\n  - id: q1\n    kind: nps\n    text: Recommend?\n' > "$T/surveys/s-1/survey.yaml"
printf 'respondent: bob\ndate: 2026-03-02\nanswers:\n  q1: 9\n' > "$T/surveys/s-1/responses/alice.yaml"
run -C "$T" check
expect_code 2
expect_err_contains "surveys/s-1/responses/alice.yaml:1:13: error: respondent \"bob\" does not match the file name \"alice.yaml\""
# A change whose plan without progress ends past the horizon is refused, although the
# forecast (a task 99% done) still fits: check and the report compute that plan too.
H=$(base_project horizon)
sed -i 's/^status: todo/status: doing\nstarted: 2026-03-02/; s/^progress: 0/progress: 99/' "$H/tasks/t-1.yaml"
printf 'id: t-2\ntitle: Two\nduration: 3d\ndepends:\n  - t-1\n' > "$H/tasks/t-2.yaml"
before=$(snapshot "$H")
PMADMIN_TODAY=2026-03-10 PMADMIN_USER=alice run -C "$H" schedule move t-1 --duration 9999d --reason longer
expect_code 2 "a move past the horizon of the plan"
expect_err_contains "tasks/t-2.yaml:1:5: error: task t-2 would finish on 2064-07-01, more than 20 years after the project start 2026-03-02"
expect_eq "$(snapshot "$H")" "$before" "a refused move wrote"
PMADMIN_TODAY=2026-03-10 run -C "$H" check
[ "$CODE" != 2 ] || fail "the project still loads"
echo "hardening: ok"

#!/usr/bin/env bash
# Global options and exit codes (SPEC §2, §4).
source "$(dirname "$0")/lib.sh"
export PMADMIN_USER=alice  # every change needs a known author (docs/permissions.md)
P=$(base_project p)

run --version
expect_code 0
expect_out_contains "pmadmin 0."
for cmd in "" "init" "assign" "assign person" "assign person add" "assign role" "assign task" "assign matrix"; do
  run $cmd --help
  expect_code 0 "$cmd --help"
  expect_out_contains "Usage"
done
run
expect_code 2
run frobnicate
expect_code 2
run assign role
expect_code 2
run -C "$P" assign matrix --today 2026-02-30
expect_code 2
expect_err_contains "--today/PMADMIN_TODAY must be a date"
run -C "$WORK/nowhere" assign matrix
expect_code 2
expect_err_contains "is not a pmadmin project"
run -C "$P" assign matrix --color sometimes
expect_code 2

# Walks up from a subfolder like git; global options work before or after the subcommand.
mkdir -p "$P/tasks/sub"
(cd "$P/tasks/sub" && run assign person list && expect_code 0 && expect_out_contains "2 people")
run --format json -C "$P" assign person list
expect_code 0
expect_out_contains '"id": "alice"'

# --color always colours the error label; NO_COLOR / never do not.
run -C "$P" assign role bob member --as bob --color always
expect_code 3
grep -q $'\x1b\[1;31merror:' <<<"$ERR" || fail "no colour with --color always"
run -C "$P" assign role bob member --as bob
grep -q $'\x1b' <<<"$ERR" && fail "colour without a terminal"

# --dry-run shows, writes nothing.
before=$(snapshot "$P")
run -C "$P" assign person add "Dry Run" --dry-run
expect_code 0
expect_out_contains "would write people/dry-run.yaml"
expect_out_contains "Dry run: nothing was changed. This is what the command would do:"
expect_eq "$(snapshot "$P")" "$before" "--dry-run wrote"

# A forgiving command line: typos get the nearest word, in the order typed (exit 2).
run schedul show
expect_code 2; expect_err_contains "unknown command 'schedul'"; expect_err_contains 'did you mean "schedule"?'
run -C "$P" schedule shwo
expect_code 2; expect_err_contains "unknown command 'shwo' for 'pmadmin schedule'"; expect_err_contains 'did you mean "show"?'
run -C "$P" schedule show --fromat json --critcal
expect_code 2; expect_err_contains "unknown option '--fromat' for 'pmadmin schedule show'"
expect_err_contains 'did you mean "--format"?'
run -C "$P" schedule
expect_code 2; expect_err_contains "'pmadmin schedule' needs a command: add, show, critical"
run help schedule show
expect_code 0; expect_out_contains "--critical"; expect_out_contains "Global options (before or after the command):"
run schedule show --help
expect_code 0; expect_out_contains "--today"
run help schedul
expect_code 2; expect_err_contains 'did you mean "schedule"?'
run version
expect_code 0; expect_out_contains "pmadmin "
run -C "$P" assign person remove
expect_code 2; expect_err_contains "hint: see pmadmin assign person remove --help"
# A negative amount is a value, not an option.
run -C "$P" budget adjust design -100 --reason "less" --dry-run
expect_code 0; expect_out_contains "adjusted design by -100.00"
# --out into a missing folder says so; write commands speak JSON when asked.
run -C "$P" report --out "$WORK/missing/r.md"
expect_code 2; expect_err_contains "the folder $WORK/missing does not exist"
run -C "$P" assign person add "Json Person" --format json
expect_code 0
python3 -c 'import json,sys; j=json.loads(sys.argv[1]); assert j["created"]==[{"kind":"person","id":"json-person"}] and j["written"]==["people/json-person.yaml"], j' "$OUT" \
  || fail "write command --format json"

# User text cannot inject terminal escapes.
printf 'id: t-2\ntitle: "\\e]0;pwned\\a"\n' > "$P/tasks/t-2.yaml"
run -C "$P" assign matrix
expect_code 2
grep -q $'\x1b' <<<"$ERR" && fail "escape leaked to the terminal"
expect_err_contains "control or bidi-override character (U+001B)"
echo "global: ok"

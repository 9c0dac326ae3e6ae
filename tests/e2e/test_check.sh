#!/usr/bin/env bash
# pmadmin check end to end: golden output of every format on the example, JUnit that
# parses, exit codes 0/1/2, and the CI story: an overdue task fails the gate with an
# annotation on its file, and the gate passes once the task is done.
source "$(dirname "$0")/lib.sh"
export PMADMIN_USER=alice  # every change needs a known author (docs/permissions.md)
EX="$WORK/ex"
cp -R "$TEST_DATA/../../examples/website-redesign" "$EX"
export PMADMIN_TODAY=2026-04-03

before=$(snapshot "$EX")
run -C "$EX" check
expect_code 1; golden example-check.txt
expect_eq "$(printf '%s\n' "$OUT" | tail -1)" "pmadmin check: FAILED (1 error, 4 warnings; 9 of 14 rules passed) as of 2026-04-03" "summary is the last line"
run -C "$EX" check --format json
expect_code 1; golden example-check.json
run -C "$EX" check --format junit
expect_code 1; golden example-check.junit.xml
python3 - "$OUT" <<'PY' || fail "JUnit XML does not parse or count right"
import sys, xml.etree.ElementTree as ET
root = ET.fromstring(sys.argv[1])
assert root.tag == "testsuites"
suites = root.findall("testsuite")
assert len(suites) == 14, len(suites)
cases = root.iter("testcase")
failures = [c for c in root.iter("testcase") if c.find("failure") is not None]
assert int(root.get("failures")) == len(failures) == 1, (root.get("failures"), len(failures))
assert sum(int(s.get("tests")) for s in suites) == int(root.get("tests"))
PY
run -C "$EX" check --format github
expect_code 1; golden example-check.github.txt
run -C "$EX" check budget-overrun low-cpi
expect_code 1; expect_out_contains "(1 error, 0 warnings; 1 of 2 rules passed)"
run -C "$EX" check low-spi
expect_code 0; expect_out_contains "pmadmin check: passed (0 errors, 1 warning; 0 of 1 rule passed)"
run -C "$EX" check low-spi --fail-on-warnings
expect_code 1
run -C "$EX" check overdue-tasks
expect_code 2; expect_err_contains 'did you mean "overdue-task"?'
run -C "$EX" check --list
expect_code 0; expect_out_contains "forecast-overrun          warning  Estimate at completion"
expect_out_contains "threshold: 10%"
run -C "$EX" check --format csv
expect_code 2
expect_eq "$(snapshot "$EX")" "$before" "check changed files"

# Thresholds and severities come from pmadmin.yaml.
sed -i 's/^  overdue-task: error$/  overdue-task: warning/; s/^  budget-overrun: error$/  budget-overrun: "off"/' "$EX/pmadmin.yaml"
run -C "$EX" check
expect_code 0; expect_out_contains "pmadmin check: passed (0 errors, 4 warnings; 9 of 13 rules passed, 1 off)"
run -C "$EX" check overdue-task budget-overrun
expect_code 0

# Invalid data: exit 2, and with --format github an annotation on the broken line.
printf 'id: t-99\ntitle: Broken\nduration: five days\n' >"$EX/tasks/t-99.yaml"
run -C "$EX" check --format github
expect_code 2
expect_out_contains "::error file=tasks/t-99.yaml,line=3,col=11,title=pmadmin invalid file::"
expect_err_contains "tasks/t-99.yaml:3:11: error:"
# JSON and JUnit still print a whole document, the load error as an invalid-file finding.
run -C "$EX" check --format json
expect_code 2
python3 - "$OUT" <<'PY' || fail "check --format json on an invalid file"
import json, sys
j = json.loads(sys.argv[1])
assert j["passed"] is False and j["errors"] == 1, j
assert j["rules"][0]["rule"] == "invalid-file" and j["rules"][0]["status"] == "fail", j["rules"]
f = j["findings"][0]
assert (f["rule"], f["file"], f["line"], f["column"]) == ("invalid-file", "tasks/t-99.yaml", 3, 11), f
assert "duration" in f["message"], f
PY
run -C "$EX" check --format junit
expect_code 2
python3 - "$OUT" <<'PY' || fail "check --format junit on an invalid file"
import sys, xml.etree.ElementTree as ET
root = ET.fromstring(sys.argv[1])
assert root.get("failures") == "1", root.attrib
case = next(root.iter("testcase"))
assert case.get("classname") == "pmadmin.invalid-file" and case.get("file") == "tasks/t-99.yaml", case.attrib
assert "tasks/t-99.yaml:3:11: error:" in case.find("failure").text
PY
rm "$EX/tasks/t-99.yaml"

# The CI story on a fresh project: an overdue task fails, done passes.
P=$(base_project ci)
export PMADMIN_TODAY=2026-03-02
run -C "$P" schedule add "Sign the contract" --id contract --duration 2d --due 2026-03-04 --owner bob
expect_code 0
export PMADMIN_TODAY=2026-03-09
run -C "$P" check --format github
expect_code 1
expect_out_contains '::error file=tasks/contract.yaml,line='
expect_out_contains ',title=pmadmin overdue-task::task contract "Sign the contract" was due 2026-03-04, 3 working days ago'
run -C "$P" schedule progress contract done --date 2026-03-04
expect_code 0
run -C "$P" schedule progress t-1 done
run -C "$P" check --format github
expect_code 0
expect_out_contains "pmadmin check: passed"
echo "check: ok"

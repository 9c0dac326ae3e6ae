#!/usr/bin/env bash
# pmadmin calendar (issue 17): the month view, holidays and make-up days added by hand and
# from a public-holiday feed, refusals that change nothing, and the plan moving as it must.
source "$(dirname "$0")/lib.sh"
export PMADMIN_USER=alice PMADMIN_TODAY=2026-04-03
EX="$WORK/ex"
cp -R "$(dirname "$0")/../../examples/website-redesign" "$EX"

# The example's May: Labour Day off (05-01..05-05), Saturday 05-09 worked.
run -C "$EX" calendar --month 2026-05
expect_code 0
expect_out_contains "2026-05: 19 working days"  # 21 weekdays - 3 holidays + 1 Saturday
expect_out_contains "  4h  5h  6   7   8   9+ 10."
expect_out_contains "  holiday 2026-05-01..2026-05-05  劳动节"
expect_out_contains "  make-up working day 2026-05-09  劳动节补班"
run -C "$EX" calendar --year 2026 --format json
expect_code 0
python3 - "$OUT" <<'PY' || fail "calendar --year --format json"
import json, sys
j = json.loads(sys.argv[1])
days = {d["date"]: d for d in j["days"]}
assert len(days) == 365 and j["from"] == "2026-01-01" and j["to"] == "2026-12-31"
assert days["2026-05-09"]["working"] and days["2026-05-09"]["kind"] == "make-up-workday", days["2026-05-09"]
assert not days["2026-05-04"]["working"] and days["2026-05-04"]["name"] == "劳动节"
assert not days["2026-05-10"]["working"] and days["2026-05-10"]["kind"] == "day-off"
PY

# Refusals change nothing.
before=$(snapshot "$EX")
run -C "$EX" calendar workday add 2026-05-04
expect_code 2; expect_err_contains "2026-05-04 is a holiday (2026-05-01..2026-05-05)"
run -C "$EX" calendar workday add 2026-05-11
expect_code 2; expect_err_contains "2026-05-11 (mon) is a working day already"
run -C "$EX" calendar holiday add 2026-05-09
expect_code 2; expect_err_contains "2026-05-09 is a make-up working day"
run -C "$EX" calendar holiday add 2026-13-01
expect_code 2; expect_err_contains '"2026-13-01" is not a date'
run -C "$EX" calendar import "$TEST_DATA/ics/bad-event.ics"
expect_code 2
expect_err_contains "bad-event.ics:9:20: error: DTSTART \"2026-10-10\" is not a date like 20261001 or a date-time"
expect_err_contains "bad-event.ics:12:1: error: this event has no DTSTART date"
PMADMIN_USER= run -C "$EX" calendar holiday add 2026-05-20
expect_code 3
expect_eq "$(snapshot "$EX")" "$before" "a refused calendar change wrote"

# A holiday on Wednesday 05-20 (inside hypercare) moves the finish a working day later.
run -C "$EX" calendar holiday add 2026-05-20 --name "公司活动日"
expect_code 0
expect_out_contains "added the holiday 2026-05-20; working days lost: 1;"
expect_out_contains "the project finish moves from 2026-06-01 to 2026-06-02"
run -C "$EX" schedule show --format json
python3 -c 'import json,sys; assert json.loads(sys.argv[1])["finish"]=="2026-06-02"' "$OUT" || fail "finish after the holiday"
# And a make-up Saturday 05-23 wins it back.
run -C "$EX" calendar workday add 2026-05-23 --name "活动补班"
expect_code 0; expect_out_contains "the project finish moves from 2026-06-02 to 2026-06-01"
run -C "$EX" check overdue-task missed-deadline-forecast
expect_code 0

# The feed: National Day and Labour Day 2026 (the example has Labour Day already).
run -C "$EX" calendar import "$TEST_DATA/ics/cn-2026.ics"
expect_code 0
expect_out_contains "holidays added: 1; make-up working days added: 3; already in the calendar: 1;"
# the feed makes Sunday 04-26 a working day too: one day earlier from then on
expect_out_contains "(events with a time of day, or working days already): 1; 11 tasks move; the project finish moves from 2026-06-01 to 2026-05-29"
grep -q "name: 国庆节、中秋节 休" "$EX/pmadmin.yaml" || fail "the folded summary was not kept as the name"
run -C "$EX" undo
expect_code 0
grep -q "国庆节" "$EX/pmadmin.yaml" && fail "undo left the import"
echo "calendar: ok"

#!/usr/bin/env bash
# pmadmin report end to end: golden Markdown/JSON/HTML of the example, byte-for-byte
# reproducible, hostile titles escaped in every format, --out written atomically.
source "$(dirname "$0")/lib.sh"
export PMADMIN_USER=alice  # every change needs a known author (docs/permissions.md)
EX="$WORK/ex"
cp -R "$TEST_DATA/../../examples/website-redesign" "$EX"
export PMADMIN_TODAY=2026-04-03

before=$(snapshot "$EX")
run -C "$EX" report
expect_code 0; golden example-report.md
expect_out_contains '| Schedule | 🔴 Red | SPI 0.66: the work done is worth 66% of the work planned by now | `pmadmin budget status` |'
run -C "$EX" report --format json
expect_code 0; golden example-report.json
python3 - "$OUT" <<'PY' || fail "report JSON"
import json, sys
j = json.loads(sys.argv[1])
assert [s["area"] for s in j["status"]] == ["schedule", "budget", "risk", "quality", "satisfaction"]
assert j["forecast_finish"] == "2026-06-01" and j["evm"]["ac"] == "38000.00"
assert [c["id"] for c in j["critical_path"]][0] == "t-08-visual-design"
PY
run -C "$EX" report --format html
expect_code 0; golden example-report.html
run -C "$EX" report --format csv
expect_code 2
expect_eq "$(snapshot "$EX")" "$before" "report changed project files"

# Reproducible: two runs, identical bytes (also through --out).
run -C "$EX" report --format html --out "$WORK/a.html"
expect_code 0; expect_out_contains "wrote $WORK/a.html"
run -C "$EX" report --format html --out "$WORK/b.html"
cmp -s "$WORK/a.html" "$WORK/b.html" || fail "two runs gave different HTML"
run -C "$EX" --dry-run report --format html --out "$WORK/c.html"
expect_out_contains "would write"; [ ! -e "$WORK/c.html" ] || fail "--dry-run wrote the report"
grep -qE '(src|href)=|<script|<link|@import|url\(' "$WORK/a.html" && fail "the HTML report loads something external or runs a script"

# Hostile text is data in every format.
export PMADMIN_TODAY=2026-03-02
run -C "$EX" schedule add '<script>alert(1)</script> | [x](http://evil) & "q"' --id t-99-hostile --duration 1d --due 2026-03-02
expect_code 0
export PMADMIN_TODAY=2026-04-03
run -C "$EX" report --format html
grep -qF '&lt;script&gt;alert(1)&lt;/script&gt; | [x](http://evil) &amp; &quot;q&quot;' <<<"$OUT" || fail "title not escaped in HTML"
[ "$(grep -c '<script' <<<"$OUT")" = 0 ] || fail "a <script> element made it into the HTML"
run -C "$EX" report
grep -qF '\<script\>alert(1)\</script\> \| \[x\](http://evil) & "q"' <<<"$OUT" || fail "title not escaped in Markdown"
run -C "$EX" report --format json
python3 -c 'import json,sys; j=json.loads(sys.argv[1]); assert any("<script>" in f["message"] for f in j["late"])' "$OUT" \
  || fail "JSON should carry the title as plain data"
echo "report: ok"

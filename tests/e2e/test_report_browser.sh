#!/usr/bin/env bash
# The HTML report of the example in a real browser: headless Chromium renders it and dumps
# the DOM; the sections and charts must be there, and a hostile task title must be text,
# not a script. Without Chromium this skips (exit 77), except in CI (PMADMIN_CI=1).
source "$(dirname "$0")/lib.sh"
export PMADMIN_USER=alice  # every change needs a known author (docs/permissions.md)
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$CHROMIUM" ]; then
  if [ "${PMADMIN_CI:-}" = 1 ]; then echo "FAIL: chromium is not installed (.ci/run installs it)" >&2; exit 1; fi
  echo "SKIP: chromium is not installed; apt-get install chromium to run the browser test"
  exit 77
fi
EX="$WORK/ex"
cp -R "$TEST_DATA/../../examples/website-redesign" "$EX"
PMADMIN_TODAY=2026-03-02 run -C "$EX" schedule add '<script>alert(1)</script>' --id t-99-hostile --duration 1d --due 2026-03-02
expect_code 0
PMADMIN_TODAY=2026-04-03 run -C "$EX" report --format html --out "$WORK/report.html"
expect_code 0
dom=$(timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
        --user-data-dir="$WORK/chromium" --dump-dom "file://$WORK/report.html" 2>"$WORK/chromium.log") \
  || { cat "$WORK/chromium.log" >&2; fail "chromium failed"; }
printf '%s\n' "$dom" >"$WORK/dom.html"
python3 - "$WORK/dom.html" <<'PY' || fail "the rendered DOM is not what it should be"
import sys
from html.parser import HTMLParser

class Dom(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.tags, self.text, self.stack = set(), {}, [], []
    def handle_starttag(self, tag, attrs):
        self.tags[tag] = self.tags.get(tag, 0) + 1
        for k, v in attrs:
            if k == "id": self.ids.add(v)
    def handle_data(self, data):
        self.text.append(data)

dom = Dom()
dom.feed(open(sys.argv[1], encoding="utf-8").read())
want_ids = {"summary", "status", "milestones", "schedule", "critical-path", "late-tasks", "budget", "risks",
            "decisions", "team", "satisfaction", "gantt-chart", "today-line", "burn-chart", "burn-planned", "burn-actual",
            "risk-heat-map", "nps-trend", "evm"}
missing = want_ids - dom.ids
assert not missing, f"missing ids: {sorted(missing)}"
assert dom.tags.get("script", 0) == 0, "a script element was created"
assert dom.tags.get("svg", 0) >= 4, dom.tags.get("svg")
text = "".join(dom.text)
assert "<script>alert(1)</script>" in text, "the hostile title is not shown as text"
assert "Status report: ACME" in text and "Critical path" in text
print("browser DOM: ok,", len(dom.ids), "ids,", dom.tags.get("svg"), "charts")
PY
echo "report in chromium: ok"

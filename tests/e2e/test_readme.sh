#!/usr/bin/env bash
# The README walkthrough ("Five minutes as the client admin" and "The weekly risk
# routine"), run as written: every command of its three shell blocks must succeed (the
# checks too: a fresh plan and week 4 both pass), both audits must pass, the report's
# overall status at the end must be the golden one (tests/golden/readme-status.md), and the
# refusal it shows must happen as shown.
source "$(dirname "$0")/lib.sh"
command -v git >/dev/null || { echo "readme: git is not installed" >&2; exit 1; }
README="$(dirname "$0")/../../README.md"
mkdir -p "$WORK/bin" "$WORK/home" "$WORK/walk"
ln -s "$PMADMIN" "$WORK/bin/pmadmin"
python3 "$(dirname "$0")/readme_walk.py" "$README" > "$WORK/walk.sh"
set +e
(cd "$WORK/walk" && env -i PATH="$WORK/bin:$PATH" HOME="$WORK/home" TZ=UTC LC_ALL=C.UTF-8 NO_COLOR=1 \
  bash "$WORK/walk.sh") > "$WORK/.out" 2> "$WORK/.err"
CODE=$?
set -e
OUT=$(cat "$WORK/.out")
ERR=$(cat "$WORK/.err")
expect_code 0 "the README walkthrough"
[ "$(grep -c '^pmadmin audit: passed (0 findings' <<<"$OUT")" = 2 ] || fail "both audits of the walkthrough pass"
expect_out_contains "pmadmin audit: passed (0 findings; 13 records in 2 commits checked) over the whole history"
# The risk routine: the risk as the commands left it.
expect_out_contains "threat payment: 3x4=12 high"
expect_out_contains "payment: 3x4=12 high -> 4x4=16 high"
expect_out_contains "payment: closed (4x4=16 high)"
expect_out_contains "Risks by how much each moves P80 on its own:"
run -C "$WORK/walk/acme-site" risk show payment --format json
expect_out_contains '"status": "closed"'
[ "$(grep -c '"event"' <<<"$OUT")" = 4 ] || fail "payment's history has identify, assess, respond and close"
# The report's overall status after the walkthrough, as of week 4: every colour explained.
run -C "$WORK/walk/acme-site" --today 2026-03-27 report --format md
expect_code 0 "the walkthrough's report"
python3 - "$WORK/.out" > "$WORK/status.md" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
start = text.index("## Overall status")
print(text[start:text.index("\n## ", start + 1)].rstrip())
PY
OUT=$(cat "$WORK/status.md")
golden readme-status.md
# The refusal the README shows.
export PMADMIN_TODAY=2026-03-27
run -C "$WORK/walk/acme-site" assign role wang-fang client-admin --as wang-fang
expect_code 3 "a project manager granting herself client-admin"
expect_err_contains "error: permission denied: granting a role needs the manage-roles permission, which wang-fang (roles: project-manager) does not have"
expect_err_contains "hint: held by: alice (client-admin)"
echo "readme: ok"

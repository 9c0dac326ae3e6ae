#!/usr/bin/env bash
# Issue 17's "done when": a Chinese client admin runs the README walkthrough itself ("Five
# minutes as the client admin", the weekly risk routine and "Fixing mistakes") on the
# software-zh template under LANG=zh_CN.UTF-8, typing Chinese where the README types English
# text (titles, notes, reasons). Every command must succeed as in e2e.readme, both audits
# pass, and no line of output may hold an English sentence (three or more English words in
# a row) outside quoted commands, file paths and git's own messages.
source "$(dirname "$0")/lib.sh"
command -v git >/dev/null || { echo "readme_zh: git is not installed" >&2; exit 1; }
README="$(dirname "$0")/../../README.md"
mkdir -p "$WORK/bin" "$WORK/home" "$WORK/walk"
ln -s "$PMADMIN" "$WORK/bin/pmadmin"
python3 "$(dirname "$0")/readme_walk.py" "$README" --chinese > "$WORK/walk.sh"
grep -q -- "--template software-zh" "$WORK/walk.sh" || fail "the walkthrough's init line was not found"
set +e
(cd "$WORK/walk" && env -i PATH="$WORK/bin:$PATH" HOME="$WORK/home" TZ=UTC LANG=zh_CN.UTF-8 NO_COLOR=1 \
  bash "$WORK/walk.sh") > "$WORK/.out" 2>&1
CODE=$?
set -e
OUT=$(cat "$WORK/.out"); ERR=""
expect_code 0 "the README walkthrough on software-zh in Chinese"
[ "$(grep -c '^pmadmin audit：通过（0 项发现' <<<"$OUT")" = 2 ] || fail "both audits of the walkthrough pass"
grep -q "pmadmin check：通过" "$WORK/walk/acme-site/check.txt" || fail "the last check does not pass"
expect_out_contains "威胁 payment：3x4=12 high，“支付服务商认证延期”"
expect_out_contains "proto：工期 5d -> 7d；"
grep -q "detail: 工期 5d -> 7d$" "$WORK/walk/acme-site/tasks/proto.yaml" || fail "the change log is not in the project's language"
expect_out_contains "¥"
python3 "$(dirname "$0")/no_english.py" "$WORK/.out" || fail "English sentences in the Chinese README walkthrough's output"
echo "readme_zh: ok"

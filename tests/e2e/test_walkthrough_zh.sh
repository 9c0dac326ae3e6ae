#!/usr/bin/env bash
# The Chinese walkthrough (docs/walkthrough.zh-CN.md, issue 17: "a Chinese client admin can
# run the whole walkthrough on software-zh and see Chinese everywhere"), run as written under
# LANG=zh_CN.UTF-8: every command succeeds except the refusal it shows, and no line of
# output holds an English sentence (tests/e2e/no_english.py).
source "$(dirname "$0")/lib.sh"
DOC="$(dirname "$0")/../../docs/walkthrough.zh-CN.md"
mkdir -p "$WORK/bin" "$WORK/home" "$WORK/walk"
ln -s "$PMADMIN" "$WORK/bin/pmadmin"
python3 - "$DOC" > "$WORK/walk.sh" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
blocks = re.findall(r"```sh\n(.*?)```", text, re.S)
assert len(blocks) == 3, len(blocks)
print("set -uo pipefail")
print("fails=0")
for block in blocks:
    for line in block.replace("\\\n", " ").splitlines():
        if line.startswith("less "):
            line = "cat" + line[4:]
        if line.startswith("pmadmin budget plan 材料"):
            print(line.split("#")[0] + " && fails=$((fails+1))")   # must be refused
            continue
        if line.startswith("pmadmin check") or line.startswith("pmadmin "):
            line = line.split("  #")[0] + " || fails=$((fails+1))"
        print(line)
print('echo "failed: $fails"')
PY
set +e
(cd "$WORK/walk" && env -i PATH="$WORK/bin:$PATH" HOME="$WORK/home" TZ=UTC LANG=zh_CN.UTF-8 NO_COLOR=1 \
  bash "$WORK/walk.sh") > "$WORK/.out" 2>&1
CODE=$?
set -e
OUT=$(cat "$WORK/.out"); ERR=""
expect_code 0 "the Chinese walkthrough"
expect_out_contains "failed: 0"
expect_out_contains "pmadmin check：通过"
expect_out_contains "alice 已验收任务 p1-requirements"
expect_out_contains "编号只能由小写 ASCII 字母 a-z、数字 0-9 和“-”组成"
expect_out_contains "## 总体状态"
python3 "$(dirname "$0")/no_english.py" "$WORK/.out" || fail "English sentences in the Chinese walkthrough's output"
echo "walkthrough_zh: ok"

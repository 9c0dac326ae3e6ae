#!/usr/bin/env bash
# The Chinese walkthrough (docs/walkthrough.zh-CN.md, issue 17: "a Chinese client admin can
# run the whole walkthrough on software-zh and see Chinese everywhere"), run as written under
# LANG=zh_CN.UTF-8: every command succeeds except the refusal it shows, and no line of
# output holds an English sentence (four or more English words in a row) other than
# command lines and file paths the outputs quote.
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
python3 - "$WORK/.out" <<'PY' || fail "English sentences in the Chinese walkthrough's output"
import re, sys
english = re.compile(r"(?<![\w/.@-])[A-Za-z][a-z]+(?:[ ,;:()']+[A-Za-z][a-z]+){3,}")
bad = []
for line in open(sys.argv[1], encoding="utf-8"):
    s = line.strip()
    if "pmadmin " in s or s.startswith(("$", "#!")):   # commands quoted in hints and HANDBOOK
        continue
    if english.search(s):
        bad.append(s)
for b in bad:
    print("English:", b)
sys.exit(1 if bad else 0)
PY
echo "walkthrough_zh: ok"

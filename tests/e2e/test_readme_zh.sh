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
python3 - "$README" > "$WORK/walk.sh" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
start = text.index("## Five minutes as the client admin")
end = text.index("\n## ", text.index("## Fixing mistakes"))
blocks = re.findall(r"```sh\n(.*?)```", text[start:end], re.S)
assert len(blocks) == 4, len(blocks)
# What a Chinese admin types instead of the README's English text (IDs and pinyin names stay).
chinese = {
    '"ACME website"': '"ACME 官网"', '"ACME Corp"': '"ACME 公司"',
    '"Homepage prototype"': '"首页原型"', '"two more page types"': '"增加两种页面类型"',
    '"Workshop"': '"需求研讨会"', '"Design, 7 days"': '"设计，7 天"',
    '"Released to labour"': '"转给人力"', '"Two more page types"': '"增加两种页面类型"',
    '"Project plan"': '"项目计划"', '"Week 4"': '"第 4 周"',
    '"Payment provider certification slips"': '"支付服务商认证延期"',
    '"Provider postponed the audit"': '"服务商推迟了审核"', '"Book the audit slot now"': '"立即预约审核时间"',
    '"Audit passed"': '"审核已通过"', '"Home and product pages"': '"首页和产品页"',
    '"needs the hosting first"': '"需要先准备主机"', '"waiting for the logo"': '"等待标志设计"',
    '"added twice"': '"重复添加"',
}
print("set -euo pipefail")
for block in blocks:
    for line in block.replace("\\\n", " ").splitlines():
        for en, zh in chinese.items():
            line = line.replace(en, zh)
        if line.startswith("less "):
            line = "cat" + line[4:]
        elif line.startswith("pmadmin init acme-site "):
            line = line.replace("pmadmin init acme-site ", "pmadmin init acme-site --template software-zh ")
        elif line.startswith("pmadmin check "):
            line = "pmadmin check > check.txt || { cat check.txt; exit 1; }"
        print(line)
PY
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

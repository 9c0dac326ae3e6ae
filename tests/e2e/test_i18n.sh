#!/usr/bin/env bash
# Chinese first (issue 17): the example's schedule, check and report in Chinese under
# LANG=zh_CN.UTF-8 and in English with --lang en (golden files); tables aligned with mixed
# Chinese and Latin text; the report in the project's language; catalogues found.
source "$(dirname "$0")/lib.sh"
export PMADMIN_TODAY=2026-04-03
EX="$WORK/ex"
cp -R "$(dirname "$0")/../../examples/website-redesign" "$EX"

# Command-line messages follow the user's locale.
PM_LANG=zh_CN.UTF-8 run -C "$EX" schedule show
expect_code 0; golden example-schedule-show.zh.txt
expect_out_contains "预计完工 2026-06-01（自 2026-03-02 起 63 个工作日），截至 2026-04-03。"
# Aligned: in every row the START column begins at the same display column (a Chinese
# character is two columns wide).
python3 - "$OUT" <<'PY' || fail "the Chinese schedule table is not aligned"
import sys, unicodedata
def width(s): return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
lines = [l for l in sys.argv[1].splitlines() if l.startswith("t-")]
cols = {width(l[: l.index("2026-")]) for l in lines}
assert len(lines) == 27 and len(cols) == 1, cols
PY
PM_LANG=zh_CN.UTF-8 run -C "$EX" --lang en schedule show
expect_code 0; golden example-schedule-show.txt
PM_LANG=zh_CN.UTF-8 run -C "$EX" check
expect_code 1; golden example-check.zh.txt
expect_out_contains "pmadmin check：未通过（1 个错误，4 个警告；14 条规则中 9 条通过），截至 2026-04-03"
PM_LANG=zh_CN.UTF-8 run -C "$EX" check --lang en
expect_code 1; golden example-check.en.txt
expect_out_contains "pmadmin check: FAILED (1 error, 4 warnings; 9 of 14 rules passed) as of 2026-04-03"
# LANGUAGE wins over LANG; LC_ALL=C means English (GNU gettext's rules).
expect_eq "$(env -i PATH="$PATH" LANG=en_US.UTF-8 LANGUAGE=zh_CN:en PMADMIN_TODAY=2026-04-03 "$PMADMIN" -C "$EX" check | tail -1)" \
  "pmadmin check：未通过（1 个错误，4 个警告；14 条规则中 9 条通过），截至 2026-04-03" "LANGUAGE"
expect_eq "$(env -i PATH="$PATH" LANG=zh_CN.UTF-8 LC_ALL=C PMADMIN_TODAY=2026-04-03 "$PMADMIN" -C "$EX" check | tail -1)" \
  "pmadmin check: FAILED (1 error, 4 warnings; 9 of 14 rules passed) as of 2026-04-03" "LC_ALL=C"

# The report follows the project's language, whatever the user's locale.
PM_LANG=zh_CN.UTF-8 run -C "$EX" report
expect_code 0; golden example-report.md
sed -i 's/^currency: CNY$/currency: CNY\nlanguage: zh-CN/' "$EX/pmadmin.yaml"
run -C "$EX" report
expect_code 0; golden example-report.zh.md
expect_out_contains "## 总体状态"
PM_LANG=zh_CN.UTF-8 run -C "$EX" report --lang en
expect_code 0; golden example-report.md
run -C "$EX" report --format html
expect_code 0
expect_out_contains '<html lang="zh-CN">'
expect_out_contains '"Microsoft YaHei"'
expect_out_contains '<h2>里程碑</h2>'
run -C "$EX" report --format html --lang en
expect_out_contains '<html lang="en">'

# A category's display name may be Chinese while its ID stays ASCII; the refusal of a
# Chinese ID says the rule and gives the command that keeps the name as the title.
export PMADMIN_USER=alice
PM_LANG=zh_CN.UTF-8 run -C "$EX" budget plan 材料 30000
expect_code 2
expect_err_contains "编号只能由小写 ASCII 字母 a-z、数字 0-9 和“-”组成，以字母或数字开头，最多 64 个字符"
hint=$(grep -o 'pmadmin budget plan materials 30000.00 --title "材料"' <<<"$ERR") || fail "no followable hint: $ERR"
eval "run -C \"\$EX\" ${hint#pmadmin }"  # as a shell would read it
expect_code 0
grep -q "title: 材料" "$EX/budget/plan.yaml" || fail "the title is not in the plan"
run -C "$EX" budget status
expect_out_contains "材料 (materials)"
run -C "$EX" report
expect_out_contains "| 材料 (materials) | 30,000.00 |"
run -C "$EX" budget status --format json
python3 -c 'import json,sys; c=[c for c in json.loads(sys.argv[1])["categories"] if c["category"]=="materials"][0]; assert c["title"]=="材料", c' "$OUT" \
  || fail "the title in JSON"
unset PMADMIN_USER

# A bad --lang is a usage error; an unknown locale is English.
run -C "$EX" --lang fr check
expect_code 2
PM_LANG=fr_FR.UTF-8 run -C "$EX" check
expect_code 1; expect_out_contains "pmadmin check: FAILED"

# Catalogues are found beside the binary, or where PMADMIN_LOCALEDIR says; without them
# pmadmin speaks English.
expect_eq "$(env -i PATH="$PATH" LANG=zh_CN.UTF-8 PMADMIN_LOCALEDIR=/nonexistent PMADMIN_TODAY=2026-04-03 "$PMADMIN" -C "$EX" check | tail -1)" \
  "pmadmin check：未通过（1 个错误，4 个警告；14 条规则中 9 条通过），截至 2026-04-03" "beside the binary"
cp "$PMADMIN" "$WORK/pmadmin-alone"
last=$(env -i PATH="$PATH" LANG=zh_CN.UTF-8 PMADMIN_TODAY=2026-04-03 "$WORK/pmadmin-alone" -C "$EX" check | tail -1 || true)
[[ "$last" == "pmadmin check: FAILED"* ]] || fail "without a catalogue: $last"
mkdir -p "$WORK/share/locale"
cp -R "$(dirname "$PMADMIN")/locale/zh_CN" "$WORK/share/locale/"
last=$(env -i PATH="$PATH" LANG=zh_CN.UTF-8 PMADMIN_LOCALEDIR="$WORK/share/locale" PMADMIN_TODAY=2026-04-03 "$WORK/pmadmin-alone" -C "$EX" check | tail -1 || true)
[[ "$last" == "pmadmin check：未通过"* ]] || fail "PMADMIN_LOCALEDIR: $last"
# Installed: the binary in PREFIX/bin finds PREFIX/share/locale with no variable set.
mkdir -p "$WORK/inst/bin" "$WORK/inst/share/locale"
cp "$PMADMIN" "$WORK/inst/bin/pmadmin"
cp -R "$(dirname "$PMADMIN")/locale/zh_CN" "$WORK/inst/share/locale/"
last=$(env -i PATH="$PATH" LANG=zh_CN.UTF-8 PMADMIN_TODAY=2026-04-03 "$WORK/inst/bin/pmadmin" -C "$EX" check | tail -1 || true)
[[ "$last" == "pmadmin check：未通过"* ]] || fail "installed layout: $last"
# --help in Chinese, and a typo's hint.
PM_LANG=zh_CN.UTF-8 run calendar --help
expect_code 0; expect_out_contains "工作日历：查看、添加假日、调休上班日或导入日历"; expect_out_contains "用法:"
# --help columns are padded by display width: "  TITLE TEXT 必填" is 17 columns (必填 is
# four), so 13 spaces bring the description to column 30 like every other line.
PM_LANG=zh_CN.UTF-8 run risk add --help
expect_code 0; expect_out_contains "  TITLE TEXT 必填             可能发生什么"
expect_out_contains "  --id TEXT                   编号（默认：r-xxxx）"
PM_LANG=zh_CN.UTF-8 run -C "$EX" schedul show
expect_code 2; expect_err_contains "错误: 未知的命令“schedul”"; expect_err_contains "提示：您是想输入“schedule”吗？"
# CLI11's own parse errors are sentences of the catalogue too.
PM_LANG=zh_CN.UTF-8 run -C "$EX" review show
expect_code 2; expect_err_contains "错误: ID 为必填项"; expect_err_contains "提示：见 pmadmin review show --help"
PM_LANG=zh_CN.UTF-8 run -C "$EX" schedule add x --id
expect_code 2; expect_err_contains "错误: --id 需要一个值（TEXT）"
run -C "$EX" review show
expect_code 2; expect_err_contains "error: ID is required"; expect_err_contains "hint: see pmadmin review show --help"
# Titles pmadmin writes into the files follow the project's language (zh-CN here), not the
# user's locale: an inspection with a failed criterion and --rework, run in English.
export PMADMIN_USER=alice
run -C "$EX" review quality t-07-wireframes --result fail --note "布局不对" --rework
expect_code 0
grep -rq "title: t-07-wireframes 的检查" "$EX/reviews" || fail "the inspection's title is not in the project's language"
grep -rlq "title: 返工 t-07-wireframes：" "$EX/tasks" || fail "the rework task's title is not in the project's language"
# A task's change log is written in the project's language (zh-CN here) while the command
# answers in the user's (English): the same change, described once for each.
run -C "$EX" schedule move t-08-visual-design --duration 9d --reason "客户要求加一轮修改"
expect_code 0; expect_out_contains "t-08-visual-design: duration 8d -> 9d;"
grep -q "detail: 工期 8d -> 9d$" "$EX/tasks/t-08-visual-design.yaml" || fail "the move's log line is not in Chinese"
run -C "$EX" schedule progress t-08-visual-design 70
expect_code 0; expect_out_contains "t-08-visual-design: progress 60% -> 70%;"
grep -q "detail: 进度 60% -> 70%$" "$EX/tasks/t-08-visual-design.yaml" || fail "the progress log line is not in Chinese"
PM_LANG=zh_CN.UTF-8 run -C "$EX" schedule show t-08-visual-design
expect_code 0; expect_out_contains "日志："; expect_out_contains "工期 8d -> 9d"; expect_out_contains "状态              doing，已完成 70%"
unset PMADMIN_USER
# An English project run under a Chinese locale: the log stays English, the answer is Chinese.
EN="$WORK/en"
cp -R "$(dirname "$0")/../../examples/website-redesign" "$EN"
PMADMIN_USER=alice PM_LANG=zh_CN.UTF-8 run -C "$EN" schedule progress t-08-visual-design 70
expect_code 0; expect_out_contains "t-08-visual-design：进度 60% -> 70%；"
grep -q "detail: progress 60% -> 70%$" "$EN/tasks/t-08-visual-design.yaml" || fail "the log line of an English project is not English"
# Refusals a Chinese user meets first: a missing permission, and a full-width colon typed
# with the Chinese keyboard (the YAML slip is named at its line).
PM_LANG=zh_CN.UTF-8 run -C "$EN" budget plan design 1000 --as li-na
expect_code 3; expect_err_contains "权限不足：计划预算科目需要 approve-budget 权限，而 li-na（角色：member）没有该权限"
printf 'id: t-99\ntitle：首页\nduration: 2d\n' > "$EN/tasks/t-99.yaml"
PM_LANG=zh_CN.UTF-8 run -C "$EN" check
expect_code 2; expect_err_contains "tasks/t-99.yaml:2:6: 错误: “title”后面是全角冒号“：”；YAML 需要半角冒号加一个空格"
expect_err_contains "请写成 title: ...（输入冒号时把输入法切换到半角）"
rm "$EN/tasks/t-99.yaml"

echo "i18n: ok"

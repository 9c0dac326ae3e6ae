#!/usr/bin/env bash
# pmadmin init: every template, --list-templates, refusing to overwrite, HANDBOOK.md.
source "$(dirname "$0")/lib.sh"

run init --list-templates
expect_code 0
expect_out_contains "software-zh"
expect_out_contains "blank"

for t in software software-zh blank; do
  run init "$WORK/$t" --template "$t" --name "Demo $t" --client ACME --admin alice --admin-name "Alice Chen" \
      --admin-email alice@acme.example --today 2026-03-02
  expect_code 0 "init $t"
  expect_out_contains "wrote pmadmin.yaml"
  for f in pmadmin.yaml HANDBOOK.md .gitignore .gitattributes people/alice.yaml; do
    [ -f "$WORK/$t/$f" ] || fail "$t: missing $f"
  done
  grep -q "start: 2026-03-02" "$WORK/$t/pmadmin.yaml" || fail "$t: start date not from --today"
  grep -q "^  - date: 2026-03-02$" "$WORK/$t/people/alice.yaml" || fail "$t: grant not recorded"
  grep -q "pmadmin assign role" "$WORK/$t/HANDBOOK.md" || fail "$t: handbook lacks commands"
  # The new project works with the other commands.
  run -C "$WORK/$t" assign person show alice
  expect_code 0
  expect_out_contains "manage-roles"
  # Refuses to overwrite, and changes nothing.
  before=$(snapshot "$WORK/$t")
  run init "$WORK/$t" --template "$t" --today 2026-03-02
  expect_code 2
  expect_err_contains "already holds a pmadmin project; refusing to overwrite it"
  expect_eq "$(snapshot "$WORK/$t")" "$before" "init must not touch an existing project"
done

grep -q "正式上线" "$WORK/software-zh/tasks/p5-launch.yaml" || fail "zh template not in Chinese"
grep -q "甲方管理员" "$WORK/software-zh/HANDBOOK.md" || fail "zh handbook not in Chinese"

# init inside an existing git repository extends its .gitignore instead of replacing it.
mkdir -p "$WORK/repo" && printf 'node_modules/\n' > "$WORK/repo/.gitignore"
run init "$WORK/repo" --template blank --today 2026-03-02
expect_code 0
expect_eq "$(cat "$WORK/repo/.gitignore")" "$(printf 'node_modules/\n# pmadmin'"'"'s own working files: lock, journal, load cache, editor schemas\n.pmadmin/\n# what an interrupted write leaves (the next pmadmin command removes it)\n.*.pmadmin-tmp-*')"

# Bad usage.
run init "$WORK/x" --template sofware --today 2026-03-02
expect_code 2
expect_err_contains 'did you mean "software"?'
[ ! -e "$WORK/x/pmadmin.yaml" ] || fail "failed init left a project"
run init "$WORK/y" --start 2026-02-30 --today 2026-03-02
expect_code 2
run init "$WORK/z" --currency yuan --today 2026-03-02
expect_code 2
run init "$WORK/dry" --dry-run --today 2026-03-02
expect_code 0
expect_out_contains "would write pmadmin.yaml"
[ ! -e "$WORK/dry/pmadmin.yaml" ] || fail "--dry-run wrote files"
echo "init: ok"

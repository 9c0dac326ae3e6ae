#!/usr/bin/env bash
# pmadmin init: every template, --list-templates, refusing to overwrite, HANDBOOK.md.
source "$(dirname "$0")/lib.sh"
export PMADMIN_USER=alice  # every change needs a known author (docs/permissions.md)

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

# init inside an existing git repository extends its .gitignore instead of replacing it, and
# without --admin takes the client admin from the repository's git user.name and user.email.
mkdir -p "$WORK/repo" && printf 'node_modules/\n' > "$WORK/repo/.gitignore"
git -C "$WORK/repo" init -q
git -C "$WORK/repo" config user.name "Li Na"
git -C "$WORK/repo" config user.email li.na@example.org
run init "$WORK/repo" --template blank --today 2026-03-02
expect_code 0
grep -q "^email: li.na@example.org$" "$WORK/repo/people/li-na.yaml" || fail "the admin is not git's user"
grep -q "^created-by: li-na$" "$WORK/repo/pmadmin.yaml" || fail "the creator is not recorded"
expect_out_contains "Next, as the client admin li-na:"
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
run init "$WORK/dry" --dry-run --admin alice --today 2026-03-02
expect_code 0
expect_out_contains "would write pmadmin.yaml"
[ ! -e "$WORK/dry/pmadmin.yaml" ] || fail "--dry-run wrote files"

# No --admin and no git identity: refused, showing the flags, nothing written.
run init "$WORK/nobody" --today 2026-03-02
expect_code 2
expect_err_contains "a project needs its client admin"
expect_err_contains 'pass --admin ID --admin-name "Full Name" --admin-email you@example.org'
[ ! -e "$WORK/nobody/pmadmin.yaml" ] || fail "init without an admin wrote a project"

# The printed next steps run exactly as printed, from where init ran (a folder name with a
# space and a quote, to show the quoting), with no identity but the one they name.
mkdir -p "$WORK/here"
(
  cd "$WORK/here"
  unset PMADMIN_USER
  run init "Ada's site" --admin ada --admin-name "Ada" --today 2026-03-02
  expect_code 0
  steps=$(sed -n '/^Next, as the client admin ada:$/,$p' <<<"$OUT" | tail -n +2 | sed 's/^  //' | grep -v '^less ')
  expect_eq "$(head -1 <<<"$steps")" "cd 'Ada'\''s site'" "the cd step"
  PATH="$(dirname "$PMADMIN"):$PATH"
  export PMADMIN_TODAY=2026-03-02
  env -i PATH="$PATH" HOME="$WORK/home" PMADMIN_TODAY=2026-03-02 bash -euc "$steps" >"$WORK/steps.out" 2>&1 ||
    { cat "$WORK/steps.out" >&2; fail "the printed next steps do not run"; }
  [ -f "$WORK/here/Ada's site/people/team-member.yaml" ] || fail "the next steps did not add the team member"
)
echo "init: ok"

#!/usr/bin/env bash
# Comments survive pmadmin's writes (issue 16): a comment line and an end-of-line comment in
# a file of each kind pmadmin rewrites, then the command that rewrites it; both must remain,
# in place. A file the command leaves alone keeps its bytes.
source "$(dirname "$0")/lib.sh"
export PMADMIN_USER=alice PMADMIN_TODAY=2026-04-03
EX="$WORK/ex"
cp -R "$(dirname "$0")/../../examples/website-redesign" "$EX"

# comment FILE KEY: a full-line comment before KEY and an end-of-line one after its value.
comment() {
  python3 - "$EX/$1" "$2" <<'PY'
import sys
path, key = sys.argv[1], sys.argv[2]
lines = open(path, encoding="utf-8").read().split("\n")
for i, l in enumerate(lines):
    if l.startswith(key + ":"):
        lines[i] = l + "  # keep me: " + key
        lines.insert(i, "# above " + key)
        break
else:
    sys.exit("no key " + key)
open(path, "w", encoding="utf-8").write("\n".join(lines))
PY
}
kept() {  # FILE KEY: both comments still there, the full-line one right above KEY
  grep -qF "# keep me: $2" "$EX/$1" || fail "$1 lost the end-of-line comment of $2"
  grep -B1 "^$2:" "$EX/$1" | head -1 | grep -qF "# above $2" || fail "$1 lost the comment above $2"
}

# A survey response replaced keeps its comments too.
resp=$(cd "$EX" && ls surveys/s-discovery/responses/*.yaml | head -1)
who=$(basename "$resp" .yaml)
comment "$resp" date
run -C "$EX" --today 2026-03-24 survey respond s-discovery --respondent "$who" --answer recommend=8 --answer satisfied=4 --replace
[ "$CODE" = 0 ] || fail "survey respond --replace: exit $CODE: $ERR"
kept "$resp" date

cases=(
  "tasks/t-19-test-plan.yaml|owner|schedule progress t-19-test-plan 10"
  "people/li-na.yaml|name|assign person edit li-na --rate 900"
  "risks/r-7tgc.yaml|title|risk assess r-7tgc --probability 2 --note calmer"
  "budget/plan.yaml|adjustments|budget adjust design +500 --reason more"
  "budget/expenses/e-m4rw.yaml|amount|budget void e-m4rw --reason twice"
  "surveys/s-discovery/survey.yaml|title|survey close s-discovery"
)
for c in "${cases[@]}"; do
  IFS='|' read -r file key cmd <<<"$c"
  comment "$file" "$key"
  before=$(cat "$EX/$file")
  run -C "$EX" $cmd
  expect_code 0 "$cmd"
  [ "$(cat "$EX/$file")" != "$before" ] || fail "$cmd did not rewrite $file"
  kept "$file" "$key"
done

# A baseline replaced keeps its comments too.
run -C "$EX" schedule baseline save signed
expect_code 0
comment baselines/signed.yaml name
run -C "$EX" schedule baseline save signed --replace
expect_code 0
kept baselines/signed.yaml name

# A command that leaves a commented file's values alone leaves its bytes alone.
comment tasks/t-22-uat.yaml title
before=$(sha256sum "$EX/tasks/t-22-uat.yaml")
run -C "$EX" schedule progress t-22-uat 0
expect_code 0
expect_eq "$(sha256sum "$EX/tasks/t-22-uat.yaml")" "$before" "an unchanged file was rewritten"
# Everything still loads.
run -C "$EX" check
[ "$CODE" = 0 ] || [ "$CODE" = 1 ] || fail "the project no longer loads"
echo "comments: ok"

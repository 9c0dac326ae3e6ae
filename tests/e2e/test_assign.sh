#!/usr/bin/env bash
# pmadmin assign: people, roles, tasks, matrix, permissions.
source "$(dirname "$0")/lib.sh"
export PMADMIN_USER=alice  # every change needs a known author (docs/permissions.md)
P=$(base_project p)
cd "$P"

run assign person add "Carol Xu" --email carol@example.com --org vendor --capacity 0.5 --rate 800 --today 2026-03-05
expect_code 0
expect_out_contains "added carol-xu (Carol Xu)"
expect_out_contains "wrote people/carol-xu.yaml"
expect_eq "$(cat people/carol-xu.yaml)" "$(printf 'id: carol-xu\nname: Carol Xu\nemail: carol@example.com\norg: vendor\nroles: []\ncapacity: 0.5\nrate: "800.00"')"

# A person with a Chinese name gets a random ID from the readable alphabet.
run assign person add "陈伟" --today 2026-03-05
expect_code 0
id=$(sed -n 's/^added \(p-[2-9a-hjkmnp-z]\{4\}\) (陈伟)$/\1/p' <<<"$OUT")
[ -n "$id" ] || fail "no random p-xxxx ID in: $OUT"
grep -q "^name: 陈伟$" "people/$id.yaml" || fail "CJK name not stored as UTF-8"
rm "people/$id.yaml"  # hand edits are first-class: deleting a file removes the person

# Granting a role needs manage-roles: bob (member) cannot make himself client-admin.
before=$(snapshot "$P")
run assign role bob client-admin --as bob --today 2026-03-05
expect_code 3
expect_err_contains "permission denied: granting a role needs the manage-roles permission, which bob (roles: member) does not have"
expect_err_contains "held by: alice (client-admin)"
expect_eq "$(snapshot "$P")" "$before" "a denied command must change nothing"

# No identity at all is also exit 3.
PMADMIN_USER= run assign role bob client-admin --today 2026-03-05
expect_code 3
expect_err_contains "who are you? every change records who made it, and nobody was named"

# PMADMIN_USER and e-mail identify the actor; the grant is recorded.
PMADMIN_USER=alice@example.com run assign role carol-xu member --today 2026-03-06
expect_code 0
expect_out_contains "granted role member to carol-xu (by alice)"
grep -A4 '^history:' people/carol-xu.yaml | grep -q "by: alice" || fail "grant not recorded"

# git user.email is the fallback identity.
git init -q . && git config user.email alice@example.com
run assign role bob client-admin --today 2026-03-06
expect_code 0
run assign role bob client-admin --revoke --as bob --today 2026-03-07
expect_code 0
expect_out_contains "revoked role client-admin from bob (by bob)"

# Unknown role and person: exit 2 with a suggestion.
run assign role bob clientadmin --as alice
expect_code 2
expect_err_contains 'did you mean "client-admin"?'
run assign role bobb member --as alice
expect_code 2
expect_err_contains 'did you mean "bob"?'

# Task assignment with RACI, logged in the task file.
run assign task t-1 carol-xu --as alice --today 2026-03-08
expect_code 0
expect_out_contains "t-1: owner: bob -> carol-xu"
run assign task t-1 alice --raci A --as alice --today 2026-03-08
expect_code 0
run assign task t-1 bob --raci C --today 2026-03-08
expect_code 0
grep -q "action: assign" tasks/t-1.yaml || fail "assignment not logged"
run assign task t-1 bob --raci X
expect_code 2

run assign matrix
expect_code 0
expect_out_contains "TASK  TITLE           alice  bob  carol-xu"
expect_out_contains "t-1   Design mockups  A      C    R"

run assign matrix --format json
expect_code 0
expect_out_contains '"raci": {'
python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["tasks"][0]["raci"]=={"alice":"A","bob":"C","carol-xu":"R"}, d' <<<"$OUT" \
  || fail "matrix json wrong"

run assign person list --format json
expect_code 0
python3 -c 'import json,sys; d=json.load(sys.stdin); assert [p["id"] for p in d][:1]==["alice"]; assert any(p["capacity"]==0.5 for p in d)' <<<"$OUT" \
  || fail "person list json wrong"

run assign person show carol-xu
expect_code 0
expect_out_contains "0.50 FTE"
expect_out_contains "Role history:"
run assign person show carol-xv
expect_code 2
expect_err_contains 'did you mean "carol-xu"?'

# --format that a command does not support is a usage error.
run assign matrix --format html
expect_code 2

# CJK titles stay aligned in the matrix.
cat > tasks/t-2.yaml <<'YAML'
id: t-2
title: 设计首页原型
owner: alice
YAML
run assign matrix
expect_code 0
python3 - "$OUT" <<'PY' || fail "matrix columns not aligned"
import sys, unicodedata as u
def width(s): return sum(2 if u.east_asian_width(c) in "WF" else 1 for c in s)
lines = sys.argv[1].splitlines()
header = lines[0]
col = width(header[:header.index("alice")])
for row in lines[2:4]:
    # the cell under "alice" starts at the same display column in every row
    cells = [i for i in range(len(row)) if width(row[:i]) == col]
    assert cells, (row, col)
PY
echo "assign: ok"

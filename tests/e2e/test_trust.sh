#!/usr/bin/env bash
# Trust (issue 11): every changing command needs a known author; every guarded command run
# by a holder (0), a non-holder (3, nothing written) and an unknown person (3); forged
# files are caught by `check unauthorised-approval`.
source "$(dirname "$0")/lib.sh"
export PMADMIN_TODAY=2026-03-05
unset PMADMIN_USER
P=$(base_project p)
printf 'id: t-2\ntitle: Two\nowner: alice\nduration: 3d\n' > "$P/tasks/t-2.yaml"
printf 'id: t-3\ntitle: Three\nowner: alice\nduration: 3d\n' > "$P/tasks/t-3.yaml"

# 1. No author, or one who is not a person of the project: exit 3, nothing written, for
#    every changing command (git's e-mail of a stranger included: HOME has a git config).
changing=(
  "assign person add Carol --id carol"
  "assign role bob client-admin"
  "assign task t-1 alice --raci A"
  "schedule add New --id t-new --duration 3d --after t-1"
  "schedule progress t-1 50"
  "schedule move t-1 --duration 5d --reason re-plan"
  "schedule baseline save v1"
  "schedule level"
  "budget plan travel 500"
  "budget spend 100 --category design"
  "budget adjust design +100 --reason more"
)
mkdir -p "$WORK/home"
before=$(snapshot "$P")
for cmd in "${changing[@]}"; do
  run -C "$P" $cmd
  expect_code 3 "$cmd with nobody named"
  expect_err_contains "who are you? every change records who made it, and nobody was named"
  expect_err_contains "people: alice, bob"
  run -C "$P" $cmd --as mallory
  expect_code 3 "$cmd as mallory"
  expect_err_contains '"mallory" (from --as) is not a person of this project'
done
git config --file "$WORK/home/.gitconfig" user.email stranger@example.org
for cmd in "${changing[@]}"; do
  run -C "$P" $cmd
  expect_code 3 "$cmd with a stranger's git e-mail"
  expect_err_contains '"stranger@example.org" (from git config user.email) is not a person of this project'
done
expect_eq "$(snapshot "$P")" "$before" "a command without a known author wrote"
# git's e-mail of a person identifies them.
git config --file "$WORK/home/.gitconfig" user.email alice@example.com
run -C "$P" budget spend 100 --category design
expect_code 0
grep -q "^by: alice$" "$P"/budget/expenses/*.yaml || fail "the expense does not record its author"
rm "$WORK/home/.gitconfig"

# 2. Each guarded command: the holder (alice) succeeds, a member (bob) and an unknown
#    person get exit 3 naming the permission and who holds it, and nothing is written.
guarded=(
  "assign role bob client-admin|manage-roles"
  "assign role bob member --revoke|manage-roles"
  "assign person add Dora --id dora --role member|manage-roles"
  "budget plan travel 500|approve-budget"
  "budget adjust design +100 --reason more|approve-budget"
  "schedule baseline save v1|set-baseline"
)
for entry in "${guarded[@]}"; do
  cmd=${entry%|*} permission=${entry#*|}
  Q=$(base_project "g$RANDOM")
  before=$(snapshot "$Q")
  run -C "$Q" $cmd --as bob
  expect_code 3 "$cmd as bob"
  expect_err_contains "needs the $permission permission, which bob (roles: member) does not have"
  expect_err_contains "held by: alice (client-admin)"
  run -C "$Q" $cmd --as nobody
  expect_code 3 "$cmd as nobody"
  expect_eq "$(snapshot "$Q")" "$before" "$cmd by a non-holder wrote"
  run -C "$Q" $cmd --as alice
  expect_code 0 "$cmd as alice"
  run -C "$Q" check unauthorised-approval
  expect_code 0 "the audit after $cmd by alice"
done
# The help text names the permission, from the same table.
run budget plan --help
expect_out_contains "(needs approve-budget)"

# 3. Forged files (issue 11), each caught by check unauthorised-approval (exit 1).
forged() {  # forged NAME EXPECTED-TEXT: run the audit on $F, expect a finding
  run -C "$F" check unauthorised-approval
  expect_code 1 "$1"
  expect_out_contains "$2"
}
F=$(base_project f1)  # a self-grant dated the project start, by the grantee
cat >> "$F/people/bob.yaml" <<'YAML'
  - date: 2026-03-02
    action: grant
    role: client-admin
    by: bob
YAML
sed -i 's/^  - member$/  - member\n  - client-admin/' "$F/people/bob.yaml"
forged "self-grant" "bob granted role client-admin to themself on 2026-03-02"
run -C "$F" budget adjust design +50000 --reason "mine now" --as bob
expect_code 3 "an adjustment on a forged self-grant"
F=$(base_project f2)  # the same, backdated to 2000-01-01
sed -i 's/^created-on: .*/created-on: 2026-03-02/' "$F/pmadmin.yaml"
printf '  - date: 2000-01-01\n    action: grant\n    role: client-admin\n    by: bob\n' >> "$F/people/bob.yaml"
sed -i 's/^  - member$/  - member\n  - client-admin/' "$F/people/bob.yaml"
forged "backdated self-grant" "bob granted role client-admin to themself on 2000-01-01"
[ "$(grep -c 'error: unauthorised-approval' <<<"$OUT")" = 1 ] || fail "only bob's backdated grant is flagged, not alice's"
F=$(base_project f2b)  # two identical self-grants by bob, which once authorised each other
printf '  - date: 2026-03-03\n    action: grant\n    role: client-admin\n    by: bob\n  - date: 2026-03-03\n    action: grant\n    role: client-admin\n    by: bob\n' >> "$F/people/bob.yaml"
sed -i 's/^  - member$/  - member\n  - client-admin/' "$F/people/bob.yaml"
forged "twin self-grants" "bob granted role client-admin to themself on 2026-03-03"
[ "$(grep -c 'granted role client-admin to themself' <<<"$OUT")" = 2 ] || fail "both twin self-grants are flagged"
run -C "$F" budget adjust design +50000 --reason "mine now" --as bob
expect_code 3 "an adjustment on twin self-grants"
F=$(base_project f3)  # an adjustment written by hand by a member
sed -i 's/^adjustments: \[\]$/adjustments:\n  - date: 2026-03-04\n    category: design\n    amount: "5000.00"\n    reason: more\n    by: bob/' "$F/budget/plan.yaml"
forged "adjustment by a member" "the budget adjustment of 5,000.00 on design on 2026-03-04 was made by bob, who did not hold approve-budget then"
F=$(base_project f4)  # a planned amount raised by hand past its approval
sed -i 's/^    planned: "1000.00"$/    planned: "99999.00"/' "$F/budget/plan.yaml"
forged "hand-edited plan" "budget line design is planned at 99,999.00, but the last approved plan of it is 1,000.00"
F=$(base_project f5)  # a grant by a revoked admin
cat > "$F/people/carol.yaml" <<'YAML'
id: carol
name: Carol
roles: []
history:
  - date: 2026-03-03
    action: grant
    role: client-admin
    by: alice
  - date: 2026-03-04
    action: revoke
    role: client-admin
    by: alice
YAML
printf '  - date: 2026-03-05\n    action: grant\n    role: client-admin\n    by: carol\n' >> "$F/people/bob.yaml"
sed -i 's/^  - member$/  - member\n  - client-admin/' "$F/people/bob.yaml"
forged "grant by a revoked admin" "the grant of role client-admin to bob on 2026-03-05 was made by carol, who did not hold manage-roles then"
F=$(base_project f6)  # a baseline with no author
printf 'name: v1\nsaved: 2026-03-04\ntasks:\n  t-1:\n    start: 2026-03-02\n    finish: 2026-03-06\n' > "$F/baselines/v1.yaml" 2>/dev/null ||
  { mkdir -p "$F/baselines"; printf 'name: v1\nsaved: 2026-03-04\ntasks:\n  t-1:\n    start: 2026-03-02\n    finish: 2026-03-06\n' > "$F/baselines/v1.yaml"; }
forged "record with no by" "baseline v1 on 2026-03-04 does not say who made it"
F=$(base_project f7)  # a role in roles: with no grant behind it
sed -i 's/^  - member$/  - member\n  - client-admin/' "$F/people/bob.yaml"
forged "role with no grant" "person bob holds role client-admin but no grant of it is recorded"

# 4. A hand-written inspection (issue 11): result pass, naming no criterion of the task,
#    accepted by a member. The deliverable stays unaccepted in check and in the report.
F=$(base_project q1)
sed -i 's/^status: todo$/status: done/; s/^progress: 0$/progress: 100/' "$F/tasks/t-1.yaml"
printf 'acceptance:\n  - Layout approved\n  - AA contrast\n' >> "$F/tasks/t-1.yaml"
mkdir -p "$F/reviews"
printf 'id: q-1\nkind: quality\ntitle: Looks fine\ndate: 2026-03-04\nby: bob\ntask: t-1\npassed:\n  - Looks fine\nresult: pass\naccepted-by: bob\naccepted-on: 2026-03-04\n' > "$F/reviews/q-1.yaml"
run -C "$F" check done-without-acceptance
expect_code 1 "an inspection naming no criterion"
expect_out_contains 'task t-1 "Design mockups" is done but none of its 2 acceptance criteria passed an inspection'
run -C "$F" report --format md
expect_code 0
expect_out_contains "1 deliverable done without acceptance: t-1"
# Every criterion passed by name, but signed off by a member: still not accepted.
printf 'id: q-2\nkind: quality\ntitle: Full inspection\ndate: 2026-03-05\nby: bob\ntask: t-1\npassed:\n  - Layout approved\n  - AA contrast\nresult: pass\naccepted-by: bob\naccepted-on: 2026-03-05\n' > "$F/reviews/q-2.yaml"
run -C "$F" check done-without-acceptance
expect_code 1 "an acceptance by a member"
expect_out_contains "was accepted by bob on 2026-03-05, who did not hold accept-deliverable then"
run -C "$F" check unauthorised-approval
expect_code 1 "the audit of an acceptance by a member"
expect_out_contains "the acceptance of task t-1 in review q-2 on 2026-03-05 was made by bob, who did not hold accept-deliverable then"
# Signed off by the client admin: accepted, and the report's Quality turns green.
sed -i 's/^accepted-by: bob$/accepted-by: alice/' "$F/reviews/q-2.yaml"
sed -i '/^accepted-/d' "$F/reviews/q-1.yaml"
run -C "$F" check done-without-acceptance unauthorised-approval
expect_code 0 "an acceptance by the client admin"
run -C "$F" report --format md
expect_out_contains "2 inspections recorded, none failing"
echo "trust: ok"

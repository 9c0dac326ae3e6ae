#!/usr/bin/env bash
# pmadmin audit (issue 11) on real temporary git repositories: each record's commit author
# must be the person it names; approvals are append-only; roles and checks change only by a
# holder of manage-roles; merges add nothing; --since limits the range; outside git: exit 2.
source "$(dirname "$0")/lib.sh"
command -v git >/dev/null || { echo "audit: git is not installed" >&2; exit 1; }
export PMADMIN_TODAY=2026-03-02 PMADMIN_USER=alice
mkdir -p "$WORK/home"
R="$WORK/repo"
P="$R/proj"
mkdir -p "$R"
# commit EMAIL DATE MESSAGE: commit everything as EMAIL on DATE (the author date the audit reads).
commit() {
  git -C "$R" add -A
  HOME="$WORK/home" GIT_AUTHOR_DATE="$2T12:00:00+0000" GIT_COMMITTER_DATE="$2T12:00:00+0000" \
    git -C "$R" -c user.name="${1%@*}" -c user.email="$1" -c commit.gpgsign=false commit -q -m "$3"
}
audit() { run -C "$P" audit "$@"; }
git -C "$R" init -q -b main .

# Outside a git repository: exit 2, saying so.
Q=$(base_project plain)
run -C "$Q" audit
expect_code 2 "audit outside git"
expect_err_contains "is not in a git repository, so there is no history to audit"

# Without the git program: exit 2, saying what to install.
mkdir -p "$WORK/nogit"
set +e
env -i PATH="$WORK/nogit" HOME="$WORK/home" TZ=UTC LC_ALL=C.UTF-8 "$PMADMIN" -C "$Q" audit >"$WORK/.out" 2>"$WORK/.err"
CODE=$?
set -e
OUT=$(cat "$WORK/.out"); ERR=$(cat "$WORK/.err")
expect_code 2 "audit without git"
expect_err_contains "the audit reads the project's history with the git program, which could not be run"

# 1. The creation, committed by the creator: the root of trust, roles and checks.
run init "$P" --admin alice --admin-name Alice --admin-email alice@example.com
expect_code 0
commit alice@example.com 2026-03-02 "init"
audit
expect_code 0 "audit of the creation"
expect_out_contains "pmadmin audit: passed (0 findings; 4 records in 1 commit checked) over the whole history"
audit --all
expect_out_contains "people/alice.yaml: the grant of role client-admin to alice on 2026-03-02"

# 2. The admin adds bob as a member, through pmadmin, and commits it herself.
run -C "$P" assign person add Bob --id bob --email bob@example.com --role member
expect_code 0
commit alice@example.com 2026-03-03 "bob joins"
run -C "$P" budget plan labour 5000
expect_code 0
commit alice@example.com 2026-03-03 "labour budget"
audit
expect_code 0 "audit after commands committed by their authors"
expect_out_contains "(0 findings; 6 records in 3 commits checked)"
git -C "$R" branch reviewed

# 3. A forged adjustment: written by hand naming alice, committed by bob.
printf 'adjustments:\n  - date: 2026-03-04\n    category: labour\n    amount: "50000.00"\n    reason: more\n    by: alice\n' \
  > "$WORK/adj"
sed -i '/^adjustments: \[\]$/d' "$P/budget/plan.yaml"
cat "$WORK/adj" >> "$P/budget/plan.yaml"
run -C "$P" check unauthorised-approval
expect_code 0 "check cannot see a forged author"
commit bob@example.com 2026-03-04 "forged adjustment"
forged=$(git -C "$R" rev-parse --short=10 HEAD)
audit
expect_code 1 "audit of a forged author"
expect_out_contains "budget/plan.yaml:1:1: error: the budget adjustment of 50,000.00 on labour on 2026-03-04 names alice (alice@example.com), but commit $forged that wrote it is by bob@example.com"
expect_out_contains "(1 finding; 7 records in 4 commits checked)"
audit --since reviewed --format json
expect_code 1
expect_out_contains '"kind": "author-mismatch"'
expect_out_contains '"commits": 1'
audit --since reviewed --format github
expect_code 1
expect_out_contains "::error file=budget/plan.yaml,line=1,col=1,title=pmadmin audit author-mismatch::"
audit --since reviewed --format junit
expect_code 1
expect_out_contains 'failures="1"'

# 4. An approval changed after it was written: alice raises her own plan entry by hand.
git -C "$R" reset -q --hard reviewed
sed -i 's/planned: "5000.00"/planned: "9000.00"/g' "$P/budget/plan.yaml"
commit alice@example.com 2026-03-05 "quietly more"
planned=$(git -C "$R" rev-parse --short=10 reviewed)
changed=$(git -C "$R" rev-parse --short=10 HEAD)
audit --since reviewed~1
expect_code 1 "audit of a changed approval"
expect_out_contains "the plan of budget line labour at 5,000.00 on 2026-03-02, written in commit $planned, was changed or removed in commit $changed by alice@example.com"
audit --since reviewed
expect_code 1
expect_out_contains "written in a commit before the audited ones"

# 5. Role definitions and checks: only a holder of manage-roles, under the roles as they were.
git -C "$R" reset -q --hard reviewed
sed -i '/^  member:$/,/^  [a-z-]*:$/s/^    permissions: \[\]$/    permissions: [manage-roles, approve-budget, accept-deliverable, set-baseline, close-risk]/' "$P/pmadmin.yaml"
grep -q "permissions: \[manage-roles, approve-budget, accept-deliverable, set-baseline, close-risk\]" "$P/pmadmin.yaml"
commit bob@example.com 2026-03-06 "members may do everything"
audit --since reviewed
expect_code 1 "a member widening the roles"
expect_out_contains "by bob (bob@example.com) changed the role definitions (roles: in pmadmin.yaml) on 2026-03-06, and bob did not hold manage-roles then"
git -C "$R" reset -q --hard reviewed
sed -i 's/^  unauthorised-approval: error$/  unauthorised-approval: off/' "$P/pmadmin.yaml"
grep -q "unauthorised-approval: off" "$P/pmadmin.yaml"
commit bob@example.com 2026-03-06 "quieter"
audit --since reviewed
expect_code 1 "a member switching a check off"
expect_out_contains "changed the check settings (checks: in pmadmin.yaml) on 2026-03-06, and bob did not hold manage-roles then"
git -C "$R" reset -q --hard reviewed
sed -i 's/^  unauthorised-approval: error$/  unauthorised-approval: warning/' "$P/pmadmin.yaml"
commit alice@example.com 2026-03-06 "the admin relaxes a rule"
audit --since reviewed
expect_code 0 "the admin changing a check"

# 6. Branches and a merge: each record keeps the commit that wrote it; the merge adds none.
git -C "$R" reset -q --hard reviewed
git -C "$R" checkout -q -b feature
run -C "$P" assign person add Carol --id carol --email carol@example.com --role member
expect_code 0
commit alice@example.com 2026-03-07 "carol joins"
git -C "$R" checkout -q main
git -C "$R" reset -q --hard reviewed
run -C "$P" budget adjust labour +1000 --reason "extra tests"
expect_code 0
commit alice@example.com 2026-03-08 "more labour"
HOME="$WORK/home" git -C "$R" -c user.name=bob -c user.email=bob@example.com merge -q --no-ff -m merge feature
audit --since reviewed
expect_code 0 "a merge by someone else adds no record"
expect_out_contains "(0 findings; 2 records in 3 commits checked) since reviewed"

# 7. A bad --since, and an empty range.
audit --since no-such-branch
expect_code 2
expect_err_contains "--since no-such-branch: no such revision in this repository"
audit --since HEAD
expect_code 0
expect_out_contains "(0 findings; 0 records in 0 commits checked) since HEAD"
echo "audit: ok"

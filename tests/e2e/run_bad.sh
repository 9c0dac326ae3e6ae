#!/usr/bin/env bash
# One broken-input case from tests/data/bad/<case>/: copies tests/data/base, lays the case's
# files/ over it, runs its setup.sh if any, runs `pmadmin assign matrix` and compares stderr
# with expected.txt (exact) and the exit code with exit (default 2). stdout must stay empty.
source "$(dirname "$0")/lib.sh"
CASE="$TEST_DATA/bad/$1"
P=$(base_project p)
[ -d "$CASE/files" ] && cp -R "$CASE/files/." "$P/"
[ -f "$CASE/setup.sh" ] && (cd "$P" && bash "$CASE/setup.sh")
before=$(snapshot "$P" 2>/dev/null || true)
run -C "$P" assign matrix
want_code=$(cat "$CASE/exit" 2>/dev/null || echo 2)
expect_code "$want_code"
[ -z "$OUT" ] || fail "stdout should be empty"
if [ "$ERR" != "$(cat "$CASE/expected.txt")" ]; then
  diff <(cat "$CASE/expected.txt") <(echo "$ERR") >&2 || true
  fail "stderr differs from $1/expected.txt"
fi
echo "bad/$1: ok"

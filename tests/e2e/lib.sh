# Shared helpers for the end-to-end tests: a clean environment, a temp folder, assertions.
# Each test script sources this, runs the real binary, and exits non-zero on the first failure.
set -euo pipefail
: "${PMADMIN:?PMADMIN must point at the pmadmin binary}"
: "${TEST_DATA:?TEST_DATA must point at tests/data}"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/pmadmin-e2e.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
FAILURES=0

# pm ARGS...: the binary in a clean environment (no user config, fixed zone, no colour).
# PM_LANG=zh_CN.UTF-8 runs it as a user with that LANG (no LC_ALL) instead.
pm() {
  local locale=(LC_ALL=C.UTF-8)
  if [ -n "${PM_LANG:-}" ]; then locale=(LANG="$PM_LANG"); fi
  env -i PATH="$PATH" HOME="$WORK/home" TZ=UTC "${locale[@]}" NO_COLOR=1 \
    ${PMADMIN_USER:+PMADMIN_USER="$PMADMIN_USER"} ${PMADMIN_LOCK_TIMEOUT:+PMADMIN_LOCK_TIMEOUT="$PMADMIN_LOCK_TIMEOUT"} \
    ${PMADMIN_TODAY:+PMADMIN_TODAY="$PMADMIN_TODAY"} ${PMADMIN_FAULT:+PMADMIN_FAULT="$PMADMIN_FAULT"} \
    "$PMADMIN" "$@"
}

# run ARGS...: pm with stdout/stderr/exit captured in $OUT, $ERR, $CODE.
run() {
  set +e
  pm "$@" >"$WORK/.out" 2>"$WORK/.err"
  CODE=$?
  set -e
  OUT=$(cat "$WORK/.out")
  ERR=$(cat "$WORK/.err")
}

fail() {
  echo "FAIL: $*" >&2
  echo "--- stdout:" >&2; echo "$OUT" >&2
  echo "--- stderr:" >&2; echo "$ERR" >&2
  exit 1
}

expect_code() { [ "$CODE" = "$1" ] || fail "expected exit $1, got $CODE (${2:-})"; }
expect_out_contains() { grep -qF -- "$1" <<<"$OUT" || fail "stdout lacks: $1"; }
expect_err_contains() { grep -qF -- "$1" <<<"$ERR" || fail "stderr lacks: $1"; }
expect_eq() { [ "$1" = "$2" ] || fail "expected [$2], got [$1] (${3:-})"; }

# A copy of tests/data/base (a small valid project) in $WORK/$1.
base_project() {
  mkdir -p "$WORK/$1"
  cp -R "$TEST_DATA/base/." "$WORK/$1/"
  echo "$WORK/$1"
}

# snapshot DIR: one line per file with its hash and mode, sorted; detects any byte changed.
snapshot() {
  (cd "$1" && find . -path ./.pmadmin -prune -o -type f -print0 | sort -z | xargs -0 sha256sum)
}

# golden NAME: compare $OUT with tests/golden/NAME; UPDATE_GOLDEN=1 rewrites it instead
# (then review the diff: a golden file is only as right as the person who read it).
GOLDEN="$(cd "$(dirname "${BASH_SOURCE[0]}")/../golden" && pwd)"
golden() {
  if [ "${UPDATE_GOLDEN:-}" = 1 ]; then printf '%s\n' "$OUT" >"$GOLDEN/$1"; return; fi
  if [ "$OUT" != "$(cat "$GOLDEN/$1")" ]; then
    diff <(cat "$GOLDEN/$1") <(printf '%s\n' "$OUT") >&2 || true
    fail "output differs from tests/golden/$1"
  fi
}

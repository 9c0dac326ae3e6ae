#!/usr/bin/env bash
# Benchmark of `pmadmin audit` on a long history: N commits, each by alice adding one budget
# adjustment (so budget/plan.yaml grows to N records and every commit re-reads it twice)
# and, every tenth, a role grant; written with git fast-import, then audited whole.
# usage: bench/audit.sh [BUILD_DIR] [N...]   (use a Release or RelWithDebInfo build)
set -euo pipefail
BUILD=${1:-build}
shift || true
COUNTS=("${@:-200 1000}")
PM="$(cd "$BUILD" && pwd)/pmadmin"
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$WORK"' EXIT
export PMADMIN_TODAY=2026-03-02 HOME="$WORK"
for n in ${COUNTS[@]}; do
  R="$WORK/r$n"
  mkdir -p "$R" && git -C "$R" init -q -b main .
  rm -rf "$WORK/src" && mkdir -p "$WORK/src" && cp -R "$HERE/../tests/data/base" "$WORK/src/proj"
  python3 - "$WORK/src/proj" "$n" > "$WORK/stream" <<'PY'
import os, sys
root, n = sys.argv[1], int(sys.argv[2])
def data(text):
    b = text.encode()
    return f"data {len(b)}\n".encode() + b + b"\n"
files = {}
for dirpath, _, names in os.walk(root):
    for name in names:
        path = os.path.join(dirpath, name)
        files[os.path.relpath(path, os.path.dirname(root))] = open(path).read()
plan = files["proj/budget/plan.yaml"].replace("adjustments: []\n", "adjustments:\n")
bob = files["proj/people/bob.yaml"]
out = sys.stdout.buffer
for i in range(n + 1):
    when = 1772452800 + i * 3600
    out.write(f"commit refs/heads/main\nauthor Alice <alice@example.com> {when} +0000\n"
              f"committer Alice <alice@example.com> {when} +0000\n".encode())
    out.write(data(f"change {i}"))
    if i == 0:
        for path, text in sorted(files.items()):
            out.write(f"M 100644 inline {path}\n".encode() + data(text))
        continue
    plan += (f"  - date: 2026-03-02\n    category: design\n    amount: \"{i}.00\"\n"
             f"    reason: step {i}\n    by: alice\n")
    out.write(b"M 100644 inline proj/budget/plan.yaml\n" + data(plan))
    if i % 10 == 0:
        bob += f"  - date: 2026-03-02\n    action: {'revoke' if i % 20 else 'grant'}\n    role: member\n    by: alice\n"
        out.write(b"M 100644 inline proj/people/bob.yaml\n" + data(bob))
PY
  git -C "$R" fast-import --quiet < "$WORK/stream"
  git -C "$R" checkout -q main
  start=$(date +%s%N)
  "$PM" -C "$R/proj" audit > "$WORK/out" || { cat "$WORK/out"; exit 1; }
  end=$(date +%s%N)
  awk -v n="$n" -v ns=$((end - start)) -v last="$(tail -1 "$WORK/out")" \
    'BEGIN { printf "audit, %5d commits %6.2f s   (%s)\n", n, ns / 1e9, last }'
done

#!/usr/bin/env bash
# Fuzzes the strict loader and `check` for SECONDS (default 60) with libFuzzer, ASan and
# UBSan, seeded from the bundled example and the broken-input cases. A crash is copied to
# tests/data/fuzz/ (so the test suite replays it from then on) and fails the run.
# usage: tests/fuzz/run.sh [SECONDS]   (needs Debian's clang and libclang-rt-14-dev)
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_TO_RUN=${1:-60}
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPMADMIN_FUZZ=ON -DPMADMIN_TESTS=ON \
  -DCMAKE_CXX_FLAGS="-fsanitize=address,undefined,fuzzer-no-link -fno-sanitize-recover=all" >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target pmadmin_fuzz
CORPUS=$(mktemp -d)
trap 'rm -rf "$CORPUS"' EXIT
i=0
for f in $(find examples tests/data/bad tests/data/fuzz -name '*.yaml' -type f | sort); do
  # the first byte picks the file the input becomes: spread the seeds over every place
  { printf "\\x$(printf %02x $((i % 10)))"; cat "$f"; } > "$CORPUS/seed-$i"
  i=$((i + 1))
done
set +e
./build-fuzz/tests/fuzz/pmadmin_fuzz "$CORPUS" -max_total_time="$SECONDS_TO_RUN" -max_len=65536 -timeout=10 \
  -artifact_prefix="$CORPUS/" 2>&1 | tail -5
status=${PIPESTATUS[0]}
set -e
crashes=$(find "$CORPUS" -maxdepth 1 \( -name 'crash-*' -o -name 'timeout-*' -o -name 'leak-*' -o -name 'oom-*' \))
if [ -n "$crashes" ]; then
  for c in $crashes; do cp "$c" tests/data/fuzz/; echo "kept $(basename "$c") in tests/data/fuzz/"; done
  exit 1
fi
echo "fuzz: $SECONDS_TO_RUN s from $i seeds, no crash"
exit "$status"

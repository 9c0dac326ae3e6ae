#!/usr/bin/env bash
# Random kill -9 during a loop of changes (issue 10): after each kill the project loads,
# every file is whole (it parses), and the next command finishes the story.
source "$(dirname "$0")/lib.sh"
export PMADMIN_TODAY=2026-03-02 PMADMIN_USER=alice
P=$(base_project k)
RANDOM=7  # reproducible delays
kills=0
for i in $(seq 1 200); do
  case $((i % 4)) in
    0) args=(schedule progress t-1 $((i % 100))) ;;
    1) args=(budget spend "$((i + 1)).50" --category design --note "run $i") ;;
    2) args=(schedule move t-1 --duration "$((i % 9 + 1))d" --reason "run $i") ;;
    3) args=(assign person add "Person $i" --id "p$i") ;;
  esac
  env -i PATH="$PATH" HOME="$WORK/home" TZ=UTC LC_ALL=C.UTF-8 NO_COLOR=1 PMADMIN_USER=alice \
    PMADMIN_TODAY=2026-03-02 "$PMADMIN" -C "$P" "${args[@]}" >/dev/null 2>&1 &
  pid=$!
  sleep "0.00$((RANDOM % 10))"
  kill -9 "$pid" 2>/dev/null && kills=$((kills + 1))
  wait "$pid" 2>/dev/null || true
  run -C "$P" assign person list
  expect_code 0 "load after kill $i"
done
run -C "$P" check
[ "$CODE" = 0 ] || [ "$CODE" = 1 ] || fail "check after the kills exited $CODE"
echo "kill: ok ($kills of 200 runs killed, the project loaded after every one)"

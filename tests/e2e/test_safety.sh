#!/usr/bin/env bash
# Safety (SPEC §6): read-only commands change no byte, failed mutations change no file,
# concurrent writers lose nothing, a held lock gives exit 4, hostile IDs are refused.
source "$(dirname "$0")/lib.sh"
export PMADMIN_USER=alice  # every change needs a known author (docs/permissions.md)
P=$(base_project p)

# Read-only commands change no byte (and create no lock folder).
before=$(snapshot "$P")
for args in "assign matrix" "assign person list" "assign person show alice" "assign matrix --format json"; do
  run -C "$P" $args
  expect_code 0 "$args"
done
expect_eq "$(snapshot "$P")" "$before" "read-only commands changed a file"
[ ! -e "$P/.pmadmin" ] || fail "a read-only command created .pmadmin/"

# Loading and saving an unchanged file gives the same bytes: a no-op mutation writes nothing.
run -C "$P" assign task t-1 bob
expect_code 0
expect_out_contains "bob already owns t-1; nothing changed"
expect_eq "$(snapshot "$P")" "$before" "a no-op rewrote a file"

# IDs that could become paths are refused before anything is written.
for bad in "../x" "con" "A/B" ".hidden" "a b" "nul"; do
  run -C "$P" assign person add "Evil" --id "$bad"
  expect_code 2 "id $bad"
  expect_err_contains "is not a valid ID"
done
expect_eq "$(snapshot "$P")" "$before" "a refused ID changed a file"
[ ! -e "$WORK/x.yaml" ] && [ ! -e "$P/x.yaml" ] || fail "../x escaped the folder"

# A mutation on an invalid project changes nothing and names the broken file.
cp -R "$P" "$WORK/broken"
printf 'id: t-1\ntitle: x\nprogress: 200\n' > "$WORK/broken/tasks/t-1.yaml"
b2=$(snapshot "$WORK/broken")
run -C "$WORK/broken" assign person add "Dan"
expect_code 2
expect_err_contains 'tasks/t-1.yaml:3:11: error: "progress" must be a whole number from 0 to 100, not 200'
expect_eq "$(snapshot "$WORK/broken")" "$b2" "failed mutation changed a file"

# A held lock: exit 4 after the bounded wait, nothing changed.
mkdir -p "$P/.pmadmin"
exec 9>"$P/.pmadmin/lock"
flock 9
PMADMIN_LOCK_TIMEOUT=0.3 run -C "$P" assign person add "Erin"
expect_code 4
expect_err_contains "another pmadmin command holds the project lock"
flock -u 9
exec 9>&-
expect_eq "$(snapshot "$P")" "$before" "a locked-out command changed a file"

# Two concurrent writers: every command either succeeds or exits 4, and nothing is lost.
for side in a b; do
  (
    for i in $(seq 1 15); do
      set +e
      pm -C "$P" assign person add "Person $side$i" --id "$side$i" >/dev/null 2>"$WORK/err-$side$i"
      echo $? > "$WORK/code-$side$i"
    done
  ) &
done
wait
ok=0
for side in a b; do
  for i in $(seq 1 15); do
    c=$(cat "$WORK/code-$side$i")
    case $c in
      0) ok=$((ok + 1)); [ -f "$P/people/$side$i.yaml" ] || fail "$side$i reported success but is missing" ;;
      4) [ ! -f "$P/people/$side$i.yaml" ] || fail "$side$i exited 4 but wrote" ;;
      *) fail "concurrent add $side$i exited $c: $(cat "$WORK/err-$side$i")" ;;
    esac
  done
done
run -C "$P" assign person list
expect_code 0
expect_out_contains "$((ok + 2)) people"
ls -A "$P/people" | grep -q 'pmadmin-tmp-' && fail "temporary files left behind"
echo "safety: ok ($ok of 30 concurrent adds succeeded)"

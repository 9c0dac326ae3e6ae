#!/usr/bin/env bash
# All-or-nothing (issue 10): every mutating command killed at every fault point. After the
# kill the next command, read or write, rolls the change back under the lock: each file is
# exactly as it was, the project loads, and the next write removes the temporary files.
source "$(dirname "$0")/lib.sh"
export PMADMIN_TODAY=2026-03-02 PMADMIN_USER=alice

# The project state that matters: every file but pmadmin's own (.pmadmin/, temp files).
state() { (cd "$1" && find . -path ./.pmadmin -prune -o -type f ! -name '*.pmadmin-tmp-*' -print0 | sort -z | xargs -0 sha256sum); }

project() {  # a base project with two more tasks of alice's, so levelling moves two files
  local p
  p=$(base_project "$1")
  printf 'id: t-2\ntitle: Two\nowner: alice\nduration: 3d\n' > "$p/tasks/t-2.yaml"
  printf 'id: t-3\ntitle: Three\nowner: alice\nduration: 3d\n' > "$p/tasks/t-3.yaml"
  echo "$p"
}

commands=(
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
points=(after_lock mid_write mid_write@2 before_fsync@2 after_rename after_rename@2 between_renames)
killed=0 completed=0 n=0
for cmd in "${commands[@]}"; do
  for point in "${points[@]}"; do
    n=$((n + 1))
    P=$(project "f$n")
    before=$(state "$P")
    PMADMIN_FAULT=$point run -C "$P" $cmd
    case $CODE in
      0) completed=$((completed + 1)); continue ;;  # the point was not on this command's path
      137) killed=$((killed + 1)) ;;
      *) fail "$cmd at $point exited $CODE" ;;
    esac
    run -C "$P" assign person list  # a read: rolls the change back first
    expect_code 0 "read after $cmd killed at $point"
    expect_eq "$(state "$P")" "$before" "$cmd killed at $point: a file is not as it was"
    [ ! -e "$P/.pmadmin/journal" ] || fail "$cmd killed at $point: the journal stayed"
    run -C "$P" assign task t-1 bob  # a write that changes nothing: removes the temp files
    expect_code 0
    [ -z "$(find "$P" -name '*.pmadmin-tmp-*')" ] || fail "$cmd killed at $point: temp files stayed"
    run -C "$P" $cmd  # and the command works afterwards
    expect_code 0 "$cmd after the kill"
  done
done
[ "$killed" -ge 60 ] || fail "only $killed of $n runs reached their fault point"
echo "faults: ok ($killed kills rolled back, $completed runs never reached their point, of $n)"

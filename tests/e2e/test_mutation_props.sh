#!/usr/bin/env bash
# Property (issue 10): random sequences of mutating commands with random, often hostile,
# arguments never leave a project pmadmin refuses: after every command the project loads.
source "$(dirname "$0")/lib.sh"
export PMADMIN_TODAY=2026-03-02 PMADMIN_USER=alice
P=$(base_project m)
RANDOM=42
# Each list starts with values that are fine and ends with hostile ones; pick takes one of the
# first GOOD_<list> 70% of the time, so sequences both grow the project and try to break it.
texts=("Design" "Build" "Test plan" "设计" "Review" "设计首页原型" "no: yes" "010" "2026-01-05" "'quoted'" '"double"' \
       "- dash" "#hash" "null" \
       $'a\e[31mb' $'line\nbreak' $'bidi\u202eevil' $'bad\xffutf8' "" "   " "$(head -c 3000 /dev/zero | tr '\0' x)")
GOOD_texts=14
ids=("t-1" "design" "alice" "bob" "v1" "t-x" "carol" "../x" "con" "A" "x y" "" "t-1:ss+2d" "t-1:zz" "nobody")
GOOD_ids=4
amounts=("100" "250" "1000.50" "+100" "0.01" "+50" "-50" "0" "-5" "1e9" "999999999999999.99" "12.345" "abc")
GOOD_amounts=7
dates=("2026-03-02" "2026-03-20" "2026-06-01" "2026-02-30" "9999-12-31" "2199-12-31" "1899-01-01" "2026-13-01" "tomorrow" "none")
GOOD_dates=3
days=("1d" "2d" "5d" "0d" "3" "5" "9999d" "-1d" "3d/5d/10d" "x")
GOOD_days=4
pick() {
  local -n arr=$1
  local -n good=GOOD_$1
  if ((RANDOM % 10 < 7)); then printf '%s' "${arr[RANDOM % good]}"; else printf '%s' "${arr[RANDOM % ${#arr[@]}]}"; fi
}
refused=0 changed=0
for step in $(seq 1 200); do
  case $((RANDOM % 10)) in
    0) args=(assign person add "$(pick texts)" --id "$(pick ids)" --email "$(pick texts)@x.org") ;;
    1) args=(schedule add "$(pick texts)" --duration "$(pick days)" --after "$(pick ids)") ;;
    2) args=(schedule add "$(pick texts)" --duration 2d --start-no-earlier "$(pick dates)" --due "$(pick dates)") ;;
    3) args=(schedule progress "$(pick ids)" "$((RANDOM % 130))") ;;
    4) args=(schedule move "$(pick ids)" --duration "$(pick days)" --reason "$(pick texts)") ;;
    5) args=(budget spend "$(pick amounts)" --category "$(pick ids)" --note "$(pick texts)") ;;
    6) args=(budget plan "$(pick ids)" "$(pick amounts)" --description "$(pick texts)") ;;
    7) args=(budget adjust design "$(pick amounts)" --reason "$(pick texts)") ;;
    8) args=(assign task "$(pick ids)" "$(pick ids)" --raci A) ;;
    9) args=(schedule baseline save "$(pick ids)" --replace) ;;
  esac
  run -C "$P" "${args[@]}"
  case $CODE in
    0) changed=$((changed + 1)) ;;
    2 | 3) refused=$((refused + 1)) ;;
    *) fail "step $step: $(printf '%q ' "${args[@]}") exited $CODE" ;;
  esac
  grep -q $'\x1b' <<<"$OUT$ERR" && fail "step $step: raw ESC in the output"
  run -C "$P" check
  [ "$CODE" = 0 ] || [ "$CODE" = 1 ] || fail "step $step: $(printf '%q ' "${args[@]}") left a project that does not load: $ERR"
done
echo "mutation properties: ok ($changed changes, $refused refusals, the project loaded after all 200)"

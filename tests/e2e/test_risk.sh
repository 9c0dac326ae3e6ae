#!/usr/bin/env bash
# pmadmin risk end to end: the bundled example's register in list, matrix and exposure
# (figures worked by hand), every verb, the close permission, and the HANDBOOK's risk
# commands of the software templates, run as printed.
source "$(dirname "$0")/lib.sh"
export PMADMIN_TODAY=2026-04-03 PMADMIN_USER=alice
P="$WORK/example"
cp -R "$TEST_DATA/../../examples/website-redesign" "$P"

# 1. The example's five risks. Scores: r-2hxk 3x4=12, r-9wpd 2x5=10, r-5qmz 3x3=9,
#    r-c3ne 3x3=9 (an opportunity), r-7tgc 2x3=6: by score, then ID.
run -C "$P" risk list --format csv
expect_code 0
ids=$(tail -n +2 <<<"$OUT" | cut -d, -f1,2 | tr -d '\r' | tr '\n' ' ')
expect_eq "$ids" "r-2hxk,12 r-9wpd,10 r-5qmz,9 r-c3ne,9 r-7tgc,6 " "risk list order"
run -C "$P" risk list --level high
expect_out_contains "2 risks"
run -C "$P" risk list --owner bob --format json
expect_eq "$(python3 -c 'import json,sys; print([r["id"] for r in json.load(sys.stdin)])' <<<"$OUT")" \
  "['r-2hxk', 'r-7tgc']" "risk list --owner bob"
python3 -c 'import json,sys; r=json.load(sys.stdin)[0]; assert r["probability_percent"]==50 and r["level"]=="high", r' <<<"$OUT"
run -C "$P" risk list --format md
expect_out_contains "| r-9wpd | 10 | high | 2 (30%) | 5 | threat | vendor | dave | transfer | open |"
run -C "$P" risk list --level hihg
expect_code 2
expect_err_contains 'did you mean "high"?'
run -C "$P" risk list --status closed
expect_out_contains "No risk matches."

# 2. The matrix: threats at P3xI4, P2xI5, P3xI3, P2xI3; the opportunity at P3xI3.
run -C "$P" risk matrix
expect_code 0
expect_out_contains "P3 50%       L  .    M  .    M  1    H  1    H  ."
expect_out_contains "P2 30%       L  .    L  .    M  1    M  .    H  1"
expect_out_contains "4 open"
expect_out_contains "Opportunities: probability (rows) x impact (columns), open risks per cell"
expect_out_contains "1 open"
run -C "$P" --color always risk matrix
expect_out_contains $'\x1b[30;41m C  . \x1b[0m'
run -C "$P" risk matrix --format json
expect_eq "$(python3 -c 'import json,sys; j=json.load(sys.stdin); print(sum(c["count"] for c in j["threats"]), sum(c["count"] for c in j["opportunities"]))' <<<"$OUT")" "4 1"

# 3. Exposure: 6,000 x 50% + 10,000 x 30% + 3,000 x 50% + 2,000 x 30% = 8,100, the same
#    figure budget status gives; 6,000 left in contingency.
run -C "$P" risk exposure
expect_code 0
expect_out_contains "Expected cost of open threats (EMV): CNY 8,100.00"
expect_out_contains "Left in budget line contingency: CNY 6,000.00"
expect_out_contains "The contingency is short by CNY 2,100.00 of the expected cost of the threats."
run -C "$P" budget status
expect_out_contains "open threats 8,100.00 (EMV)"

# 4. Every verb, each appending to the history.
before=$(snapshot "$P")
run -C "$P" risk add "Payment audit slips" --id r-pay --category vendr --probability 3 --impact 4
expect_code 2 "an unknown category"
expect_err_contains 'unknown risk category "vendr"'
expect_err_contains 'did you mean "vendor"?'
run -C "$P" risk add "Faster launch" --opportunity --response avoid
expect_code 2 "a threat's response for an opportunity"
expect_err_contains '"avoid" is not a response to an opportunity'
run -C "$P" risk add "Payment audit slips" --id r-pay --probability 7
expect_code 2
expect_err_contains "--probability must be a whole number from 1 to 5"
expect_eq "$(snapshot "$P")" "$before" "refused adds wrote"
run -C "$P" risk add "Payment audit slips" --id r-pay --category vendor --probability 2 --impact 3 \
  --owner bob --task t-12-frontend,t-13-backend --delay 3d --cost-impact 4000 --review-by 2026-04-20
expect_code 0
expect_out_contains 'threat r-pay: 2x3=6 medium, "Payment audit slips"'
run -C "$P" risk assess r-pay --probability 4 --impact 4 --note "the auditor postponed"
expect_out_contains "r-pay: 2x3=6 medium -> 4x4=16 high"
run -C "$P" risk respond r-pay --response escalate --plan "Ask the sponsor for the slot" --as bob
expect_code 0
run -C "$P" risk close r-pay --reason "no longer needed" --as chen-wei
expect_code 3 "a member closing a high risk"
expect_err_contains "needs the close-risk permission, which chen-wei (roles: member) does not have"
run -C "$P" risk show r-pay --format json
python3 - "$OUT" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
assert r["status"] == "open" and r["score"] == 16 and r["tasks"] == ["t-12-frontend", "t-13-backend"], r
assert [h["event"] for h in r["history"]] == ["identify", "assess", "respond"], r["history"]
assert [h["by"] for h in r["history"]] == ["alice", "alice", "bob"], r["history"]
assert r["history"][0]["probability"] == 2 and r["history"][1]["probability"] == 4, r["history"]
PY
run -C "$P" risk list --changed-since 2026-03-20
expect_out_contains "r-2hxk       8   12  high   worse   CRM vendor API changes before launch"
expect_out_contains "r-pay      new   16  high   new     Payment audit slips"
run -C "$P" schedule simulate --iterations 2000
expect_out_contains "Risks by how much each moves P80 on its own:"
expect_out_contains "r-pay"
run -C "$P" risk close r-pay --reason "the audit passed" --as bob
expect_code 0
run -C "$P" risk reopen r-pay --reason "the audit failed after all"
expect_code 0
run -C "$P" risk show r-pay
expect_out_contains "reopen"
expect_out_contains "the audit failed after all"
run -C "$P" risk add "Nobody watches this" --id r-orphan --probability 4 --impact 4
run -C "$P" check unowned-high-risk
expect_code 1 "check reads the register the commands wrote"
expect_out_contains 'risk r-orphan "Nobody watches this" scores 16 (high) and has no owner and no response'
[ "$(grep -c "error: unowned-high-risk" <<<"$OUT")" = 1 ] || fail "only the orphan is unowned"

# 5. The HANDBOOK's risk commands, as each software template prints them.
for template in software software-zh; do
  Q="$WORK/new-$template"
  run init "$Q" --template "$template" --admin ada --admin-email ada@example.com
  expect_code 0
  grep -E '^    pmadmin risk ' "$Q/HANDBOOK.md" | sed 's/^    //; s/  *# .*$//' > "$WORK/handbook-risk.sh"
  [ "$(wc -l < "$WORK/handbook-risk.sh")" -ge 9 ] || fail "the $template HANDBOOK teaches the risk routine"
  while IFS= read -r line; do
    line=${line//RISK/integration}; line=${line//风险/integration}
    line=${line//PERSON/ada}; line=${line//人员/ada}
    eval "set -- ${line#pmadmin }"
    PMADMIN_USER=ada run -C "$Q" "$@"
    expect_code 0 "$template HANDBOOK: $line"
  done < "$WORK/handbook-risk.sh"
done
echo "risk: ok"

#!/usr/bin/env bash
# pmadmin survey end to end: a milestone survey created, handed out, imported (a BOM,
# quoted fields, a bad file refused whole), reported with hand-computed NPS and CSAT, acted
# on and closed; then the HANDBOOK's survey commands of the software templates, as printed.
source "$(dirname "$0")/lib.sh"
export PMADMIN_TODAY=2026-04-03 PMADMIN_USER=alice
P="$WORK/example"
cp -R "$TEST_DATA/../../examples/website-redesign" "$P"

run -C "$P" survey create s-design --title "Design phase" --milestone t-09-design-approved --audience client \
  --question "nps:How likely are you to recommend us?" --question "csat:How satisfied are you?" \
  --question "choice:What matters most?|Speed|Quality|Cost" --question "id=improve;text:What should we improve?"
expect_code 0
run -C "$P" survey template s-design
expect_eq "$(tr -d '\r' <<<"$OUT")" "respondent,q1,q2,q3,improve" "the CSV form's header"
run -C "$P" survey template s-design --format md
expect_out_contains "**3. What matters most?** (q3)"

# A bad file: every bad row named by its line, nothing written.
printf 'respondent,q1,q2,q3,improve\nalicee,9,4,Speed,\nemma,11,4,Speed,\nli-na,7,4,Sped,\n' > "$WORK/bad.csv"
before=$(snapshot "$P")
run -C "$P" survey import s-design "$WORK/bad.csv"
expect_code 2 "a bad CSV"
expect_err_contains ":2: error: respondent \"alicee\" is not a person of this project"
expect_err_contains ":3: error: the answer to q1 (nps) must be a whole number from 0 to 10, not \"11\""
expect_err_contains ":4: error: \"Sped\" is not an option of q3"
expect_eq "$(snapshot "$P")" "$before" "a refused import wrote"

# Five answers: NPS 10, 9, 8, 6, 3 -> 2 promoters, 1 passive, 2 detractors: NPS 0.
# CSAT 5, 4, 4, 2, 1 -> 3 of 5 satisfied: 60%.
printf '\xEF\xBB\xBFrespondent,q1,q2,q3,improve\r\nalice,10,5,Speed,"Faster, please"\r\nemma,9,4,Quality,\r\nbob,8,4,Speed,"Two\nlines"\r\ndave,6,2,Cost,\r\nli-na,3,1,Speed,\r\n' \
  > "$WORK/good.csv"
run -C "$P" survey import s-design "$WORK/good.csv"
expect_code 0
expect_out_contains "imported 5 responses into survey s-design"
run -C "$P" survey report s-design --format json
python3 - "$OUT" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
assert (r["responses"], r["nps"], r["promoters"], r["passives"], r["detractors"], r["csat"]) == (5, 0, 2, 1, 2, 60), r
q3 = r["questions"][2]
assert q3["choices"] == {"Speed": 3, "Quality": 1, "Cost": 1}, q3
assert r["questions"][3]["texts"] == ["Faster, please", "Two\nlines"], r["questions"][3]
PY
run -C "$P" survey report s-design
expect_out_contains "NPS: 0 (2 promoters, 1 passives, 2 detractors)"
expect_out_contains "CSAT: 60% (3 of 5 answers 4 or 5)"
run -C "$P" survey respond s-design --respondent alice --answer q1=7
expect_code 2 "a second response without --replace"
run -C "$P" survey action s-design --text "Weekly demo of the prototype" --owner bob --due 2026-04-20
expect_code 0
run -C "$P" report --format md
expect_out_contains "| Weekly demo of the prototype | Bob Wang 王博 | 2026-04-20 |"
run -C "$P" survey report --trend --format csv
expect_out_contains "s-discovery,2026-03-18,4,25,75%"
expect_out_contains "s-design,2026-04-03,5,0,60%"
run -C "$P" survey close s-design
run -C "$P" survey respond s-design --respondent chen-wei --answer q1=9
expect_code 2 "a closed survey"
expect_err_contains "survey s-design is closed: it takes no more responses"

# Questions from a file in survey.yaml's form (title and questions suffice); its errors
# name the file's line.
printf 'title: Handover\nquestions:\n  - id: recommend\n    kind: nps\n    text: Would you recommend us?\n' > "$WORK/q.yaml"
run -C "$P" survey create s-hand --from "$WORK/q.yaml"
expect_code 0
expect_out_contains "survey s-hand: 1 question, open from 2026-04-03"
printf 'title: Bad\nquestions:\n  - id: a\n    kind: npx\n    text: y\n' > "$WORK/bad.yaml"
run -C "$P" survey create s-bad --from "$WORK/bad.yaml"
expect_code 2
expect_err_contains ':4:11: error: "kind" must be one of nps, csat, rating, text, choice, not "npx"'

# The HANDBOOK's survey commands, as each software template prints them.
for template in software software-zh; do
  Q="$WORK/new-$template"
  run init "$Q" --template "$template" --admin ada --admin-email ada@example.com
  expect_code 0
  printf 'respondent,q1,q2,q3,q4\nada,10,5,,\n' > "$Q/answers.csv"
  grep -E '^    pmadmin survey ' "$Q/HANDBOOK.md" | sed 's/^    //; s/  *# .*$//' > "$WORK/handbook-survey.sh"
  [ "$(wc -l < "$WORK/handbook-survey.sh")" -ge 8 ] || fail "the $template HANDBOOK teaches the surveys"
  while IFS= read -r line; do
    eval "set -- ${line#pmadmin }"
    (cd "$Q" && PMADMIN_USER=ada run "$@" && [ "$CODE" = 0 ]) || fail "$template HANDBOOK: $line"
  done < "$WORK/handbook-survey.sh"
done
echo "survey: ok"

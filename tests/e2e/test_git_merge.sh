#!/usr/bin/env bash
# Two branches that each add people and tasks merge without conflict (real git).
source "$(dirname "$0")/lib.sh"
export PMADMIN_USER=alice  # every change needs a known author (docs/permissions.md)
command -v git >/dev/null || { echo "git is not installed"; exit 1; }
R="$WORK/repo"
run init "$R" --template software --admin alice --today 2026-03-02
expect_code 0
cd "$R"
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.com
git init -q -b main . && git add -A && git commit -qm init

# on_branch BRANCH PERSON-NAME PERSON-ID CJK-NAME TASK-TO-ASSIGN: people added with pmadmin
# (a slug ID and a random p-xxxx ID), a task assigned, a task file written by hand.
on_branch() {
  git checkout -q main
  git checkout -q -b "$1"
  run assign person add "$2"
  expect_code 0
  run assign person add "$4"
  expect_code 0
  run assign task "$5" "$3"
  expect_code 0
  printf 'id: t-%s\ntitle: %s task\nowner: %s\n' "$1" "$1" "$3" > "tasks/t-$1.yaml"
  git add -A && git commit -qm "$1"
}
export PMADMIN_TODAY=2026-03-03
on_branch left "Lee Left" lee-left "李四" p2-design
on_branch right "Rita Right" rita-right "王五" p3-build

git checkout -q main
git merge -q --no-edit left
git merge -q --no-edit right || fail "merge conflict: $(git status --short)"
run assign person list
expect_code 0
expect_out_contains "5 people"
run assign matrix
expect_code 0
expect_out_contains "t-left"
expect_out_contains "t-right"
echo "git merge: ok"

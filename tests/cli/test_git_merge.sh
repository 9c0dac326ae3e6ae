#!/usr/bin/env bash
# Two branches that each add people and tasks merge without conflict (real git).
source "$(dirname "$0")/lib.sh"
command -v git >/dev/null || { echo "git is not installed"; exit 1; }
R="$WORK/repo"
run init "$R" --template software --admin alice --today 2026-03-02
expect_code 0
cd "$R"
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.com
git init -q -b main . && git add -A && git commit -qm init

git checkout -q -b left
run assign person add "Lee Left" --today 2026-03-03
expect_code 0
run assign person add "李四"
expect_code 0
run assign task p2-design lee-left --today 2026-03-03
expect_code 0
printf 'id: t-left\ntitle: Left task\nowner: lee-left\n' > tasks/t-left.yaml
git add -A && git commit -qm left

git checkout -q main
git checkout -q -b right
run assign person add "Rita Right" --today 2026-03-04
expect_code 0
run assign person add "王五"
expect_code 0
run assign task p3-build rita-right --today 2026-03-04
expect_code 0
printf 'id: t-right\ntitle: Right task\nowner: rita-right\n' > tasks/t-right.yaml
git add -A && git commit -qm right

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

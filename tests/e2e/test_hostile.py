#!/usr/bin/env python3
"""The hostile corpus (issue 10), each case placed in a small valid project and read by every
reading command. Every run must exit 2 and name the hostile file (`file[:line:col]: error:`)
with a hint saying what to do, finish well within the timeout (no hang), and leave every file
in and outside the project exactly as it was.

Cases: tests/data/hostile/any/ (broken wherever they are put: each goes in all ten places),
tests/data/hostile/<place>/ (broken as that kind of file), tests/data/hostile/generate.py
(the large ones, in two places) and the file-level refusals built here (a folder, a FIFO,
symlinks, a reserved device name, an unreadable file).

usage: PMADMIN=path/to/pmadmin TEST_DATA=tests/data test_hostile.py [FILTER]
"""
import hashlib
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import time

PM = os.environ["PMADMIN"]
DATA = os.environ["TEST_DATA"]
HOSTILE = os.path.join(DATA, "hostile")
TIMEOUT = float(os.environ.get("HOSTILE_TIMEOUT", "30"))

# Where a case is placed: the ten kinds of file a project holds.
PLACES = {
    "config": "pmadmin.yaml",
    "people": "people/x.yaml",
    "tasks": "tasks/t-x.yaml",
    "risks": "risks/r-x.yaml",
    "budget": "budget/plan.yaml",
    "expenses": "budget/expenses/e-x.yaml",
    "reviews": "reviews/m-x.yaml",
    "surveys": "surveys/s-x/survey.yaml",
    "responses": "surveys/s-1/responses/bob.yaml",
    "baselines": "baselines/x.yaml",
}
LARGE_PLACES = ["tasks", "config"]

READING_COMMANDS = [["check"], ["report"], ["schedule", "show"], ["budget", "status"], ["assign", "load"]]

SURVEY = """id: s-1
title: Kickoff survey
opened: 2026-03-02
closes: 2026-03-20
questions:
  - id: recommend
    kind: nps
    text: How likely are you to recommend us?
"""

HEADER = re.compile(r"^(?P<file>[^\s].*?)(?::(?P<line>\d+):(?P<col>\d+))?: (?P<sev>error|warning|note): ")


def snapshot(root):
    """Every path under root with its type, mode and content hash (symlinks not followed)."""
    out = {}
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(dirnames + filenames):
            path = os.path.join(dirpath, name)
            st = os.lstat(path)
            entry = (stat.S_IFMT(st.st_mode), stat.S_IMODE(st.st_mode))
            if stat.S_ISREG(st.st_mode) and st.st_mode & stat.S_IRUSR:
                with open(path, "rb") as f:
                    entry += (hashlib.sha256(f.read()).hexdigest(),)
            elif stat.S_ISLNK(st.st_mode):
                entry += (os.readlink(path),)
            out[os.path.relpath(path, root)] = entry
    return out


def write_bytes(data):
    def make(path, sandbox):
        with open(path, "wb") as f:
            f.write(data)

    return make


def special_cases():
    """File-level refusals: NAME -> (make(path, sandbox), place filter or None)."""

    def directory(path, sandbox):
        os.mkdir(path)
        with open(os.path.join(path, "inside.yaml"), "w") as f:
            f.write("id: x\n")

    def fifo(path, sandbox):
        os.mkfifo(path)

    def symlink_outside(path, sandbox):
        os.symlink(os.path.join(sandbox, "outside", "secret.yaml"), path)

    def symlink_dangling(path, sandbox):
        os.symlink(os.path.join(sandbox, "no-such-file.yaml"), path)

    def unreadable(path, sandbox):
        with open(path, "w") as f:
            f.write("id: x\n")
        os.chmod(path, 0)

    cases = {
        "special-directory": directory,
        "special-fifo": fifo,
        "special-symlink-outside": symlink_outside,
        "special-symlink-dangling": symlink_dangling,
    }
    if os.geteuid() != 0:  # root reads a file whatever its mode
        cases["special-unreadable"] = unreadable
    return cases


def reserved_name_place(place):
    """The reserved device name `con.yaml` in the folder of an entity file (Windows cannot
    check it out); None for the fixed-name files."""
    path = PLACES[place]
    if os.path.basename(path) in ("pmadmin.yaml", "plan.yaml", "survey.yaml"):
        return None
    return os.path.join(os.path.dirname(path), "con.yaml")


def all_runs(large_dir):
    """(case name, place, relative path, make) for every case."""
    runs = []
    any_dir = os.path.join(HOSTILE, "any")
    for name in sorted(os.listdir(any_dir)):
        data = open(os.path.join(any_dir, name), "rb").read()
        for place in PLACES:
            runs.append((f"any/{name}", place, PLACES[place], write_bytes(data)))
    for place in PLACES:
        folder = os.path.join(HOSTILE, place)
        for name in sorted(os.listdir(folder)):
            data = open(os.path.join(folder, name), "rb").read()
            runs.append((f"{place}/{name}", place, PLACES[place], write_bytes(data)))
    for name in sorted(os.listdir(large_dir)):
        data = open(os.path.join(large_dir, name), "rb").read()
        for place in LARGE_PLACES:
            runs.append((f"large/{name}", place, PLACES[place], write_bytes(data)))
    for name, make in special_cases().items():
        for place in PLACES:
            runs.append((name, place, PLACES[place], make))
    for place in PLACES:
        rel = reserved_name_place(place)
        if rel:
            runs.append(("special-reserved-name", place, rel, write_bytes(b"id: con\n")))
    return runs


def make_sandbox(root):
    """root/p: the base project with a survey; root/outside, root/home: what must stay as is."""
    project = os.path.join(root, "p")
    shutil.copytree(os.path.join(DATA, "base"), project)
    os.makedirs(os.path.join(project, "surveys", "s-1", "responses"))
    with open(os.path.join(project, "surveys", "s-1", "survey.yaml"), "w") as f:
        f.write(SURVEY)
    os.makedirs(os.path.join(root, "outside"))
    with open(os.path.join(root, "outside", "secret.yaml"), "w") as f:
        f.write("id: t-x\ntitle: Outside the project\nduration: 1d\n")
    os.makedirs(os.path.join(root, "home"))
    return project


def first_block(stderr, rel):
    """The lines of the first diagnostic about `rel`, header first; None when there is none."""
    lines = stderr.splitlines()
    for i, line in enumerate(lines):
        m = HEADER.match(line)
        if m and m.group("file") == rel and m.group("sev") == "error":
            block = [line]
            for follow in lines[i + 1:]:
                if HEADER.match(follow):
                    break
                block.append(follow)
            return block
    return None


def run_case(work, index, case, place, rel, make):
    """Runs every reading command on one placed case; returns a list of failure strings."""
    root = os.path.join(work, str(index))
    project = make_sandbox(root)
    path = os.path.join(project, rel)
    if os.path.lexists(path):
        os.remove(path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    make(path, root)
    before = snapshot(root)
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": os.path.join(root, "home"), "TZ": "UTC",
           "LC_ALL": "C.UTF-8", "NO_COLOR": "1", "PMADMIN_TODAY": "2026-03-02", "PMADMIN_USER": "alice"}
    for key in ("ASAN_OPTIONS", "UBSAN_OPTIONS"):
        if key in os.environ:
            env[key] = os.environ[key]
    failures = []
    for command in READING_COMMANDS:
        label = f"{case} as {rel}: pmadmin {' '.join(command)}"
        start = time.monotonic()
        try:
            proc = subprocess.run([PM, "-C", project] + command, env=env, capture_output=True, timeout=TIMEOUT,
                                  stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            failures.append(f"{label}: no answer within {TIMEOUT} s")
            continue
        seconds = time.monotonic() - start
        stderr = proc.stderr.decode("utf-8", "replace")
        block = first_block(stderr, rel)
        if proc.returncode != 2:
            failures.append(f"{label}: exit {proc.returncode}, not 2\n{stderr[:600]}")
        elif block is None:
            failures.append(f"{label}: no error naming {rel}\n{stderr[:600]}")
        elif not any(line.startswith("  hint: ") for line in block):
            failures.append(f"{label}: no hint\n" + "\n".join(block)[:600])
        elif "\x1b" in stderr or "\x07" in stderr:
            failures.append(f"{label}: raw control characters in the message")
        if seconds > TIMEOUT / 2:
            failures.append(f"{label}: took {seconds:.1f} s")
    if snapshot(root) != before:
        failures.append(f"{case} as {rel}: a file in or outside the project changed")
    os.chmod(root, 0o700)
    shutil.rmtree(root, ignore_errors=True)
    return failures


def main():
    pattern = sys.argv[1] if len(sys.argv) > 1 else ""
    with tempfile.TemporaryDirectory(prefix="pmadmin-hostile.") as work:
        large_dir = os.path.join(work, "large")
        subprocess.run([sys.executable, os.path.join(HOSTILE, "generate.py"), large_dir], check=True)
        runs = [r for r in all_runs(large_dir) if pattern in f"{r[0]} {r[1]}"]
        failures = []
        cases = set()
        for index, (case, place, rel, make) in enumerate(runs):
            cases.add(case)
            failures += run_case(work, index, case, place, rel, make)
        for f in failures[:int(os.environ.get("HOSTILE_SHOW", "40"))]:
            print("FAIL:", f, file=sys.stderr)
        total = len(runs) * len(READING_COMMANDS)
        print(f"hostile: {len(cases)} cases in {len(runs)} placements, {total} runs, {len(failures)} failed")
        return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

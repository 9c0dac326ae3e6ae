#!/usr/bin/env python3
"""Writes a synthetic pmadmin project of N tasks for benchmarks.

usage: gen_project.py DIR N [--people P] [--seed S]

Tasks form layers of parallel work: each task depends on one to three tasks of the
previous layers (FS, some SS/FF with lags), has a duration of 1-10 days and a
three-point estimate, so CPM, levelling and simulation all have work to do.
"""
import os
import random
import sys


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    root, n = sys.argv[1], int(sys.argv[2])
    people = int(sys.argv[sys.argv.index("--people") + 1]) if "--people" in sys.argv else 20
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 1
    rnd = random.Random(seed)
    os.makedirs(os.path.join(root, "tasks"), exist_ok=True)
    os.makedirs(os.path.join(root, "people"), exist_ok=True)
    with open(os.path.join(root, "pmadmin.yaml"), "w") as f:
        f.write("schema: 1\nname: Benchmark\nstart: 2026-03-02\ncalendar:\n"
                "  workdays: [mon, tue, wed, thu, fri]\n  holidays: [2026-04-06, 2026-05-01..2026-05-05]\n"
                "roles:\n  client-admin:\n    permissions: [manage-roles, set-baseline]\n")
    for i in range(people):
        with open(os.path.join(root, "people", f"p{i}.yaml"), "w") as f:
            f.write(f"id: p{i}\nname: Person {i}\n")
    width = max(1, int(n ** 0.5))
    for i in range(n):
        deps = []
        if i >= width:
            for _ in range(rnd.randint(1, 3)):
                j = rnd.randint(max(0, i - 2 * width), i - 1)
                kind = rnd.choice(["", "", "", ":ss+2d", ":ff+1d", ":fs-1d"])
                deps.append(f"t{j}{kind}")
        d = rnd.randint(1, 10)
        lines = [f"id: t{i}", f"title: Task {i}", f"owner: p{rnd.randrange(people)}", f"duration: {d}d",
                 f"estimate: {max(1, d - 2)}d/{d}d/{d + rnd.randint(0, 8)}d"]
        if deps:
            lines.append("depends:")
            lines += [f"  - \"{x}\"" if ":" in x else f"  - {x}" for x in sorted(set(deps))]
        with open(os.path.join(root, "tasks", f"t{i}.yaml"), "w") as f:
            f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()

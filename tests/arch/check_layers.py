#!/usr/bin/env python3
"""The layering test: every `#include "..."` under lib/ and cli/ must point down.

The layer order is written here and nowhere else (docs/architecture.md shows the picture):
a file may include files of its own folder and of any folder with a lower rank. Folders
of equal rank are siblings and may not include each other.

Besides the order, three rules keep the layers honest:
  - lib/edit and lib/analysis change or read the model, never files: no codec, YAML
    reader/writer or file layout;
  - each third-party parser stays in the one folder that wraps it (yaml-cpp in lib/store,
    nlohmann/json in lib/render, CLI11 in cli/);
  - an include names its folder ("plan/schedule.hpp"), so a reader sees the layer.

Usage: check_layers.py [ROOT]      check the tree at ROOT (default: this repository)
       check_layers.py --self-test show that a forbidden include is caught
Exit 0 when clean; 1 with one line per offending include (file:line: the include, why).
"""
import os
import re
import sys
import tempfile

LAYERS = {  # folder -> rank; lowest first
    "base": 0,
    "model": 1,
    "plan": 2,
    "store": 3, "analysis": 3,
    "edit": 4, "render": 4,
    "cli": 5,
}

# (folders of the including file, included path prefix, why)
FORBIDDEN = [
    (("edit", "analysis"), "store/codec", "edits and analyses change or read the model; only lib/store encodes files"),
    (("edit", "analysis"), "store/fields", "edits and analyses never decode YAML"),
    (("edit", "analysis"), "store/yaml_", "edits and analyses never read or write YAML"),
    (("edit", "analysis"), "store/layout", "edits and analyses never build file paths; the store maps entities to files"),
]

# third-party header prefix -> the only folder that may include it
THIRD_PARTY = {
    "yaml-cpp/": "store",
    "nlohmann/": "render",
    "CLI/": "cli",
}

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^">]+)[">]')


def folder_of(rel):
    """lib/plan/schedule.cpp -> plan; cli/main.cpp -> cli; anything else -> None."""
    parts = rel.split("/")
    if parts[0] == "lib" and len(parts) >= 3:
        return parts[1]
    if parts[0] == "cli" and len(parts) >= 2:
        return "cli"
    return None


def check_include(folder, kind, target):
    """Why this include is forbidden, or None."""
    if kind == "<":
        for prefix, home in THIRD_PARTY.items():
            if target.startswith(prefix) and folder != home:
                return f"{prefix.rstrip('/')} is used only in {home}/"
        return None
    if "/" not in target:
        return "write the include with its folder, like \"plan/schedule.hpp\""
    to = target.split("/")[0]
    if to not in LAYERS:
        return f"unknown folder {to}/ (layers: {', '.join(LAYERS)})"
    for sources, prefix, why in FORBIDDEN:
        if folder in sources and target.startswith(prefix):
            return why
    if to == folder:
        return None
    if LAYERS[to] == LAYERS[folder]:
        return f"{folder}/ and {to}/ are siblings (same layer); neither may include the other"
    if LAYERS[to] > LAYERS[folder]:
        return f"{folder}/ (layer {LAYERS[folder]}) may not include the higher layer {to}/ (layer {LAYERS[to]})"
    return None


def check_tree(root):
    problems = []
    files = 0
    for top in ("lib", "cli"):
        for dirpath, _, names in os.walk(os.path.join(root, top)):
            for name in sorted(names):
                if not name.endswith((".hpp", ".cpp")):
                    continue
                path = os.path.join(dirpath, name)
                rel = os.path.relpath(path, root).replace(os.sep, "/")
                folder = folder_of(rel)
                if folder is None or folder not in LAYERS:
                    problems.append(f"{rel}:1: not in a layer folder (layers: {', '.join(LAYERS)})")
                    continue
                files += 1
                with open(path, encoding="utf-8") as f:
                    for number, line in enumerate(f, 1):
                        m = INCLUDE.match(line)
                        if not m:
                            continue
                        why = check_include(folder, m.group(1), m.group(2))
                        if why:
                            problems.append(f"{rel}:{number}: {line.strip()}: {why}")
    return files, sorted(problems)


def self_test():
    """A tree with one file per layer and one forbidden include must fail, naming the line."""
    cases = [
        ("lib/plan/bad.cpp", '#include "analysis/budget.hpp"\n', "may not include the higher layer analysis/"),
        ("lib/store/bad.cpp", '#include "analysis/checks.hpp"\n', "siblings"),
        ("lib/edit/bad.cpp", '#include "store/codec.hpp"\n', "only lib/store encodes files"),
        ("lib/analysis/bad.cpp", '#include <nlohmann/json.hpp>\n', "nlohmann is used only in render/"),
        ("lib/base/bad.cpp", '#include "text.hpp"\n', "with its folder"),
    ]
    ok = True
    for path, include, expected in cases:
        with tempfile.TemporaryDirectory() as root:
            for good in ("lib/base/a.hpp", "lib/plan/b.cpp", "cli/main.cpp"):
                os.makedirs(os.path.dirname(os.path.join(root, good)), exist_ok=True)
                with open(os.path.join(root, good), "w") as f:
                    f.write('#include "base/a.hpp"\n#include <string>\n')
            os.makedirs(os.path.dirname(os.path.join(root, path)), exist_ok=True)
            with open(os.path.join(root, path), "w") as f:
                f.write("// a forbidden include\n" + include)
            _, problems = check_tree(root)
            caught = len(problems) == 1 and problems[0].startswith(f"{path}:2: ") and expected in problems[0]
            print(("caught: " if caught else "MISSED: ") + (problems[0] if problems else f"{path}: {include.strip()}"))
            ok = ok and caught
    with tempfile.TemporaryDirectory() as root:  # and a clean tree passes
        os.makedirs(os.path.join(root, "lib/plan"))
        with open(os.path.join(root, "lib/plan/ok.cpp"), "w") as f:
            f.write('#include "base/date.hpp"\n#include "model/model.hpp"\n#include "plan/ok.hpp"\n')
        _, problems = check_tree(root)
        print("clean tree passes" if not problems else "MISSED: a clean tree failed: " + problems[0])
        ok = ok and not problems
    print("self-test passed" if ok else "self-test FAILED")
    return 0 if ok else 1


def main(argv):
    if len(argv) > 1 and argv[1] == "--self-test":
        return self_test()
    root = argv[1] if len(argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
    files, problems = check_tree(root)
    for p in problems:
        print(p)
    order = " < ".join(
        "/".join(sorted(f for f, r in LAYERS.items() if r == rank)) for rank in sorted(set(LAYERS.values())))
    print(f"layers {order}: {files} files, {len(problems)} forbidden include{'' if len(problems) == 1 else 's'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

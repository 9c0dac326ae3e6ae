#!/usr/bin/env python3
"""Brings po/<lang>.po in line with po/pmadmin.pot (msgmerge, no fuzzy matching: a changed
English sentence needs a new translation, which check_catalogue.py then asks for).
Usage: update_po.py SOURCE_DIR [LANG...]"""
import os
import subprocess
import sys

src = sys.argv[1] if len(sys.argv) > 1 else "."
for lang in sys.argv[2:] or ["zh_CN"]:
    path = os.path.join(src, "po", lang + ".po")
    subprocess.run(["msgmerge", "--quiet", "--update", "--backup=none", "--no-fuzzy-matching", "--no-wrap",
                    "--sort-by-file", path, os.path.join(src, "po", "pmadmin.pot")], check=True)
    print("updated", path)

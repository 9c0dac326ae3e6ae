#!/usr/bin/env python3
"""Fails (exit 1, listing them) on output lines of a Chinese run that hold an English
sentence: three English words in a row, one space apart (table columns are two or more
apart, so a row of vocabulary words like "high  mitigate  open" is not a sentence).
Commands are not sentences: lines quoting a pmadmin command, `backquoted` text, and git's
own messages are skipped.

Usage: no_english.py OUTPUT_FILE"""
import re
import sys

ENGLISH = re.compile(r"(?<![\w/.@-])[A-Za-z][a-z]+(?:[,;:()']? [A-Za-z][a-z]+){2,}")
GIT = ("hint: ", "Initialized empty Git repository", "[master ", "[main ", " create mode ", " delete mode ")


def main(path):
    bad = []
    for line in open(path, encoding="utf-8"):
        s = re.sub(r"`[^`]*`", "", line.strip())
        if "pmadmin " in s or s.startswith(("$", "#!")) or line.lstrip().startswith(GIT) or line.startswith(GIT):
            continue
        if ENGLISH.search(s):
            bad.append(line.rstrip("\n"))
    for b in bad[:40]:
        print("English:", b)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

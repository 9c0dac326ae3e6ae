#!/usr/bin/env python3
"""Fails on an English sentence in lib/ or cli/ that does not go through the catalogue.

The catalogue test (check_catalogue.py) proves every marked string is translated; this one
proves the strings are marked. It reads every string literal of lib/ and cli/ (comments
skipped, adjacent literals joined) and reports those holding two or more English words that
are not the argument of tr(), trf(), trn(), trnf() or N_(). Machine formats are not
sentences and are skipped by shape: markup (<...>, attributes, CSS), GitHub annotations (::),
iCalendar lines, #include paths, pmadmin commands quoted as examples. What remains English on
purpose is listed, with the reason, in tests/i18n/untranslated.txt.

Usage: check_sources.py ROOT   (exit 1 and a list when something is unmarked)
       check_sources.py --self-test
"""
import os
import re
import sys

MARKERS = ("tr", "trf", "trn", "trnf", "N_")
WORD = re.compile(r"[A-Za-z]{2,}")


def literals(src):
    """(line, text, start offset, end offset) of each string literal, comments skipped."""
    out, i, n = [], 0, len(src)
    while i < n:
        c = src[i]
        if src.startswith("//", i):
            i = src.find("\n", i)
            i = n if i < 0 else i
        elif src.startswith("/*", i):
            j = src.find("*/", i + 2)
            i = n if j < 0 else j + 2
        elif c == "'":  # a character literal: skip it whole
            j = i + 1
            while j < n and src[j] != "'":
                j += 2 if src[j] == "\\" else 1
            i = j + 1
        elif src.startswith('R"', i) and (i == 0 or not (src[i - 1].isalnum() or src[i - 1] == "_")):
            d = src[i + 2 : src.index("(", i)]
            end = src.index(")" + d + '"', i)
            out.append((src.count("\n", 0, i) + 1, src[src.index("(", i) + 1 : end], i, end + len(d) + 2))
            i = end + len(d) + 2
        elif c == '"':
            j, buf = i + 1, []
            while src[j] != '"':
                if src[j] == "\\":
                    buf.append(src[j : j + 2])
                    j += 2
                else:
                    buf.append(src[j])
                    j += 1
            out.append((src.count("\n", 0, i) + 1, "".join(buf), i, j + 1))
            i = j + 1
        else:
            i += 1
    return out


def groups(src, lits):
    """Adjacent literals ("a" "b") joined: (line, text, start, end)."""
    out = []
    for lit in lits:
        if out and src[out[-1][3] : lit[2]].strip() == "":
            line, text, start, _ = out[-1]
            out[-1] = (line, text + lit[1], start, lit[3])
        else:
            out.append(lit)
    return out


def marked(src, start):
    before = src[max(0, start - 400) : start]
    if re.search(r"\b(%s)\(\s*$" % "|".join(MARKERS), before):
        return True
    # the plural form: the second argument of trn()/trnf()
    lit = r'"(?:[^"\\]|\\.)*"'
    return re.search(r"\b(trn|trnf)\(\s*(%s\s*)+,\s*$" % lit, before) is not None


def machine(text):
    t = text.strip()
    return (
        t.startswith(("<", "::", "#include"))
        or "::" in t and "file=" in t
        or re.match(r"^[A-Z][A-Z-]*[:;]", t) is not None  # iCalendar property
        or re.match(r"^pmadmin [a-z]", t) is not None  # a command, quoted as an example
        or t.endswith((".hpp", ".h"))
        or "class=" in t or "style=" in t or ":root" in t  # HTML attributes, the report's CSS
    )


def main(root):
    allowed = set()
    for line in open(os.path.join(root, "tests/i18n/untranslated.txt"), encoding="utf-8"):
        line = line.rstrip("\n")
        if line and not line.startswith("#"):
            path, _, text = line.partition(": ")
            allowed.add((path, text))
    problems, used = [], set()
    for top in ("lib", "cli"):
        for folder, _, files in os.walk(os.path.join(root, top)):
            for name in sorted(files):
                if not name.endswith((".cpp", ".hpp")):
                    continue
                path = os.path.join(folder, name)
                rel = os.path.relpath(path, root)
                src = open(path, encoding="utf-8").read()
                for line, text, start, _ in groups(src, literals(src)):
                    if len(WORD.findall(text)) < 2 or " " not in text or machine(text) or marked(src, start):
                        continue
                    key = (rel, text.replace("\n", "\\n") if "\n" in text else text)
                    if key in allowed:
                        used.add(key)
                        continue
                    problems.append("%s:%d: not in the catalogue: \"%s\"" % (rel, line, text[:120]))
    for path, text in sorted(allowed - used):
        problems.append("tests/i18n/untranslated.txt: no longer in %s: \"%s\"" % (path, text[:120]))
    for p in problems:
        print(p)
    print("sources: %d unmarked English strings" % len(problems))
    return 1 if problems else 0


def self_test():
    """The scanner on a small made-up tree: it must find the two unmarked sentences only."""
    import tempfile

    src = (
        '// "a comment that is not a sentence"\n'
        'auto a = tr("this one is marked");\n'
        'auto b = trnf("{} task moves", "{} tasks move", n, n);\n'
        'auto c = trf("joined over "\n          "two lines {}", x);\n'
        'auto d = usage_error("this one is not marked");\n'
        'auto e = std::string("and neither " "is this");\n'
        'auto f = fmt::format("<td class=\\"num\\">{}</td>", v);\n'
        'auto g = "pmadmin schedule show";\n'
        "char h = '\"'; auto i = \"one\";\n"
    )
    with tempfile.TemporaryDirectory() as root:
        os.makedirs(os.path.join(root, "lib/x"))
        os.makedirs(os.path.join(root, "cli"))
        os.makedirs(os.path.join(root, "tests/i18n"))
        open(os.path.join(root, "lib/x/a.cpp"), "w").write(src)
        open(os.path.join(root, "tests/i18n/untranslated.txt"), "w").write("# none\n")
        import io
        import contextlib

        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = main(root)
        found = [l for l in out.getvalue().splitlines() if "not in the catalogue" in l]
        want = ['lib/x/a.cpp:6: not in the catalogue: "this one is not marked"',
                'lib/x/a.cpp:7: not in the catalogue: "and neither is this"']
        if code != 1 or found != want:
            print("self-test failed:\n" + out.getvalue())
            return 1
    print("self-test: ok")
    return 0


if __name__ == "__main__":
    if sys.argv[1:] == ["--self-test"]:
        sys.exit(self_test())
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))

#!/usr/bin/env python3
"""The message catalogues are complete and current (issue 17):

1. po/pmadmin.pot holds exactly the strings the sources mark today (xgettext is run on
   lib/ and cli/ with the keywords of lib/base/i18n.hpp and the two lists compared);
2. every entry has a zh_CN translation: not missing, not empty, not fuzzy; for a plural,
   every form;
3. each translation formats the same arguments as its English (fmt fields: '{}' counts,
   or '{0}'-style indices covering every argument), so no message can fail at run time.

Usage: check_catalogue.py SOURCE_DIR. Prints every problem, then a count line."""
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import po  # noqa: E402

src = sys.argv[1] if len(sys.argv) > 1 else "."
problems = []

with tempfile.TemporaryDirectory() as tmp:
    fresh = os.path.join(tmp, "fresh.pot")
    r = subprocess.run(["cmake", "-DXGETTEXT=xgettext", "-DSRC=" + os.path.abspath(src), "-DOUT=" + fresh, "-P",
                        os.path.join(src, "cmake", "extract_messages.cmake")], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("xgettext failed: " + r.stderr)
    extracted = {po.key(e) for e in po.read(fresh) if e["id"]}

pot = {po.key(e) for e in po.read(os.path.join(src, "po", "pmadmin.pot")) if e["id"]}
for k in sorted(extracted - pot, key=str):
    problems.append("po/pmadmin.pot lacks %r: run make pot, then tests/i18n/update_po.py" % (k,))
for k in sorted(pot - extracted, key=str):
    problems.append("po/pmadmin.pot has %r, which no source marks any more: run make pot" % (k,))

zh = {po.key(e): e for e in po.read(os.path.join(src, "po", "zh_CN.po")) if e["id"]}
for k in sorted(extracted, key=str):
    e = zh.get(k)
    if e is None:
        problems.append("zh_CN: untranslated (missing): %r" % (k,))
        continue
    forms = [e["str"].get(0, "")] if e["plural"] is None else [e["str"][i] for i in sorted(e["str"])]
    if not forms or any(not f for f in forms):
        problems.append("zh_CN: untranslated (empty): %r" % (k,))
        continue
    if "fuzzy" in e["flags"]:
        problems.append("zh_CN: fuzzy, to be checked: %r" % (k,))
    english = [e["id"]] if e["plural"] is None else [e["id"], e["plural"]]
    for f in forms:
        why = po.placeholder_problem(english[-1], f)
        if why:
            problems.append("zh_CN: %r -> %r: %s" % (k, f, why))

for p in problems:
    print(p)
print("catalogue: %d strings, %d problems" % (len(extracted), len(problems)))
sys.exit(1 if problems else 0)

"""A small reader of gettext .po/.pot files: entries with msgid, msgid_plural, msgstr[n],
flags and references. Enough for the catalogue test and the update script; no dependency."""
import re


def unquote(s):
    out, i = [], 0
    s = s[1:-1]
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            i += 1
            out.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\"}.get(s[i], s[i]))
        else:
            out.append(c)
        i += 1
    return "".join(out)


def quote(s):
    body = s.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
    parts = body.split("\n")
    if len(parts) == 1:
        return '"%s"' % body
    lines = [p + "\\n" for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])
    return '""\n' + "\n".join('"%s"' % l for l in lines)


def read(path):
    """[{'id','plural','str': [..], 'flags': set, 'refs': [..], 'comments': [..]}] in file order."""
    entries, cur, field = [], None, None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            if cur:
                entries.append(cur)
            cur, field = None, None
            continue
        if cur is None:
            cur = {"id": None, "plural": None, "str": {}, "flags": set(), "refs": [], "comments": []}
        if line.startswith("#,"):
            cur["flags"] |= {f.strip() for f in line[2:].split(",")}
        elif line.startswith("#:"):
            cur["refs"] += line[2:].split()
        elif line.startswith("#"):
            cur["comments"].append(line)
        else:
            m = re.match(r'^(msgid|msgid_plural|msgstr(?:\[(\d+)\])?) (".*")$', line)
            if m:
                key = m.group(1)
                field = ("str", int(m.group(2) or 0)) if key.startswith("msgstr") else key
                value = unquote(m.group(3))
            elif line.startswith('"'):
                value = unquote(line)
            else:
                raise ValueError("%s: cannot read: %s" % (path, line))
            if field == "msgid":
                cur["id"] = (cur["id"] or "") + value
            elif field == "msgid_plural":
                cur["plural"] = (cur["plural"] or "") + value
            else:
                cur["str"][field[1]] = cur["str"].get(field[1], "") + value
    if cur:
        entries.append(cur)
    return entries


def key(e):
    return (e["id"], e["plural"]) if e["plural"] is not None else e["id"]


def placeholders(s):
    """The fmt replacement fields of s: '{}' / '{:.2f}' (automatic) or '{0}' (manual);
    '{{' and '}}' are literal braces."""
    return re.findall(r"\{(\d*)(?::[^{}]*)?\}", re.sub(r"\{\{|\}\}", "", s))


def placeholder_problem(msgid, msgstr):
    """Why msgstr cannot format the arguments of msgid, or None."""
    want = placeholders(msgid)
    if all(p == "" for p in want):
        count = len(want)
    else:
        count = max(int(p) for p in want if p) + 1
    got = placeholders(msgstr)
    if not got:
        return None if count == 0 else "it has no {} but the English has %d" % count
    if any(p == "" for p in got) and any(p != "" for p in got):
        return "it mixes {} and {0}-style fields"
    if all(p == "" for p in got):
        return None if len(got) == count else "it has %d fields, the English %d" % (len(got), count)
    used = {int(p) for p in got}
    if used != set(range(count)):
        return "it uses fields %s, the English passes %d arguments" % (sorted(used), count)
    return None

#!/usr/bin/env python3
"""Size limits that keep the code easy to read: no file in cli/ over 250 lines, no file in
lib/ over 600 lines, no function (in lib/ or cli/) over 80 lines.

A function is measured from the line its signature starts on to its closing brace, lambdas
inside it included. Functions are found with a small C++ tokenizer that skips comments,
strings and character literals: a `{` at namespace or class level whose preceding
declaration has a parameter list opens a function body.

Usage: check_sizes.py [ROOT]       check the tree at ROOT (default: this repository)
       check_sizes.py --self-test  show that a long function and a long file are caught
Exit 0 when within the limits; 1 with one line per excess (file:line: what, how long).
"""
import os
import re
import sys
import tempfile

LIMITS = {"cli": 250, "lib": 600}  # lines per file
FUNCTION_LIMIT = 80                  # lines per function


def strip_code(text):
    """The text with comments, string and char literals blanked (newlines kept)."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif c == 'R' and text.startswith('R"', i):
            m = re.match(r'R"([^(\s]*)\(', text[i:])
            end = text.find(")" + m.group(1) + '"', i) if m else -1
            j = n if end < 0 else end + len(m.group(1)) + 2
            out.append('""' + re.sub(r"[^\n]", "", text[i:j]))
            i = j
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            out.append(c + c)
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def functions(text):
    """(name, first line, line count) of every function body in `text`."""
    code = strip_code(text)
    found = []
    stack = []        # scope kinds: "namespace", "class", "function", "block"
    decl_start = 0    # offset where the current declaration began
    for i, c in enumerate(code):
        if c in ";}":
            if c == "}" and stack:
                kind, start, name = stack.pop()
                if kind == "function":
                    first = code.count("\n", 0, start) + 1
                    last = code.count("\n", 0, i) + 1
                    found.append((name, first, last - first + 1))
            decl_start = i + 1
        elif c == "{":
            decl = code[decl_start:i]
            inside_function = any(k in ("function", "block") for k, _, _ in stack)
            if inside_function:
                kind = "block"
            elif re.search(r"\b(namespace|extern\s+\"\")\b", decl) and "(" not in decl:
                kind = "namespace"
            elif re.search(r"\b(class|struct|union|enum)\b", decl) and "(" not in decl.split("=")[0]:
                kind = "class"
            elif "(" in decl and not re.search(r"=\s*$", decl.strip()):
                kind = "function"
            else:
                kind = "block"
            start = decl_start + (len(decl) - len(decl.lstrip()))
            m = re.search(r"([A-Za-z_~][\w:~<>]*)\s*\(", decl)
            stack.append((kind, start, m.group(1) if m else "?"))
            decl_start = i + 1
    return found


def check_tree(root):
    problems = []
    for top, limit in LIMITS.items():
        for dirpath, _, names in os.walk(os.path.join(root, top)):
            for name in sorted(names):
                if not name.endswith((".hpp", ".cpp")):
                    continue
                path = os.path.join(dirpath, name)
                rel = os.path.relpath(path, root).replace(os.sep, "/")
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                lines = text.count("\n")
                if lines > limit:
                    problems.append(f"{rel}:1: file has {lines} lines (limit {limit} in {top}/)")
                for fn, first, count in functions(text):
                    if count > FUNCTION_LIMIT:
                        problems.append(f"{rel}:{first}: function {fn} has {count} lines (limit {FUNCTION_LIMIT})")
    return sorted(problems)


def self_test():
    body = "\n".join(f"  x += {i};" for i in range(90))
    long_fn = f"namespace a {{\nint f(int x) {{\n{body}\n  return x;\n}}\n}}  // namespace a\n"
    short_fn = 'struct S {\n  int g() const { return 1; }\n};\nint h() {\n  auto l = [] { return "}"; };\n  return 2;\n}\n'
    cases = [
        ("lib/plan/long.cpp", long_fn, "lib/plan/long.cpp:2: function f has 93 lines"),
        ("cli/big.cpp", "int x;\n" * 260, "cli/big.cpp:1: file has 260 lines (limit 250"),
    ]
    ok = True
    for path, text, expected in cases:
        with tempfile.TemporaryDirectory() as root:
            os.makedirs(os.path.dirname(os.path.join(root, path)))
            with open(os.path.join(root, path), "w") as f:
                f.write(text)
            with open(os.path.join(root, os.path.dirname(path), "fine.cpp"), "w") as f:
                f.write(short_fn)
            problems = check_tree(root)
            caught = len(problems) == 1 and problems[0].startswith(expected)
            print(("caught: " if caught else "MISSED: ") + (problems[0] if problems else expected))
            ok = ok and caught
    measured = {name: count for name, _, count in functions(short_fn)}
    sized = measured == {"g": 1, "h": 4}
    print(("measured: " if sized else "MISMEASURED: ") + str(measured))
    ok = ok and sized
    print("self-test passed" if ok else "self-test FAILED")
    return 0 if ok else 1


def main(argv):
    if len(argv) > 1 and argv[1] == "--self-test":
        return self_test()
    root = argv[1] if len(argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
    problems = check_tree(root)
    for p in problems:
        print(p)
    print(f"sizes: files within {LIMITS['cli']} lines (cli/) and {LIMITS['lib']} lines (lib/), functions within "
          f"{FUNCTION_LIMIT} lines: {len(problems)} over")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

#!/usr/bin/env python3
"""The large hostile files (issue 10), generated rather than committed: each is refused by
every reading command, in linear time. `generate.py OUTDIR` writes them as OUTDIR/NAME.yaml;
tests/e2e/test_hostile.py places them in a project and bench/hostile.sh times them."""
import os
import sys


def large_cases():
    """NAME -> bytes. Every one is broken wherever it is placed (an unknown key, a limit)."""
    return {
        # once quadratic: a duplicate-key scan per key, a rescan of the file per diagnostic
        "keys-100k": "".join(f"k{i}: 0\n" for i in range(100000)).encode(),
        "flow-map-90k": ("{" + ", ".join(f"k{i}: 0" for i in range(90000)) + "}\n").encode(),
        "tagged-items-85k": ("zz:\n" + "".join(f"- !t x{i}\n" for i in range(85000))).encode(),
        "nested-unknown-85k": ("zz:\n" + "".join(f"  k{i}: 0\n" for i in range(85000))).encode(),
        "duplicate-keys-50k": b"zz: x\n" * 50000,
        "list-200k": ("zz:\n" + "- 1\n" * 200000).encode(),
        "aliases-50k": ("a: &a x\nzz: [" + ", ".join(["*a"] * 50000) + "]\n").encode(),
        "deep-flow-10k": b"zz: " + b"[" * 10000 + b"]" * 10000 + b"\n",
        "deep-block-1k": b"".join(b" " * i + b"k:\n" for i in range(1000)) + b" " * 1000 + b"v\n",
        "long-line-900k": b"zz: " + b"x" * 900000 + b"\n",
        "errors-100k-lines": b"zz: [\n" + b"  - ]\n" * 100000,
        "over-1mib": b"zz: " + b"y" * (1 << 20) + b"\n",
        "random-bytes-64k": bytes((i * 2654435761 >> 13) & 0xFF for i in range(65536)),
    }


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for name, data in large_cases().items():
        with open(os.path.join(out, name + ".yaml"), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()

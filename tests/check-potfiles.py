#!/usr/bin/env python3
"""Fails when a source file with translatable strings is missing from po/POTFILES.in,
or when POTFILES.in names a file that does not exist. Prints TAP."""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
listed = {
    line.strip()
    for line in (root / "po" / "POTFILES.in").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
}
marker = re.compile(r'(\b_\(|\bN_\(|\bC_\(|\bngettext\s*\(|translatable="yes")')
sources = sorted(
    str(path.relative_to(root))
    for folder in ("app", "ui", "model", "data")
    for pattern in ("*.c", "*.ui", "*.in", "*.xml.in", "*.desktop.in")
    for path in (root / folder).rglob(pattern)
)
translatable = {s for s in sources if marker.search((root / s).read_text(encoding="utf-8"))}

checks = [
    ("every file with translatable strings is listed", sorted(translatable - listed)),
    ("every listed file exists", sorted(s for s in listed if not (root / s).exists())),
]
print(f"1..{len(checks)}")
failed = False
for number, (name, bad) in enumerate(checks, 1):
    if bad:
        failed = True
        print(f"not ok {number} {name}")
        for item in bad:
            print(f"# {item}")
    else:
        print(f"ok {number} {name}")
sys.exit(1 if failed else 0)

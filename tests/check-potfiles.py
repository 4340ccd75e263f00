#!/usr/bin/env python3
"""Fails when a source file with translatable strings is missing from po/POTFILES.in,
or when POTFILES.in names a file that does not exist. Prints TAP.

Translatable means: C with _(), N_(), C_(), NC_() or ngettext(); a .ui file with
translatable="yes"; and the data files xgettext reads by their kind: a desktop
file's Name, GenericName, Comment or Keywords, AppStream metainfo text, a GSettings
schema's summary or description, a MIME type's comment.

With --self-test, checks on a made-up tree that every kind of omission is caught."""
import pathlib
import re
import sys
import tempfile

MARKERS = [
    (("*.c",), re.compile(r'(\b_\(|\bN_\(|\bC_\(|\bNC_\(|\bngettext\s*\()')),
    (("*.ui",), re.compile(r'translatable="yes"')),
    (("*.desktop.in",), re.compile(r'^(Name|GenericName|Comment|Keywords)=', re.M)),
    (("*.metainfo.xml.in", "*.appdata.xml.in"), re.compile(r'<(name|summary|description|p|li|caption)\b')),
    (("*.gschema.xml",), re.compile(r'<(summary|description)\b')),
    (("*.mime.xml.in",), re.compile(r'<comment\b')),
]
FOLDERS = ("app", "ui", "model", "data")


def translatable_files(root):
    found = set()
    for folder in FOLDERS:
        for patterns, marker in MARKERS:
            for pattern in patterns:
                for path in (root / folder).rglob(pattern):
                    if marker.search(path.read_text(encoding="utf-8")):
                        found.add(str(path.relative_to(root)))
    return found


def problems(root):
    listed = {
        line.strip()
        for line in (root / "po" / "POTFILES.in").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    return [
        ("every file with translatable strings is listed", sorted(translatable_files(root) - listed)),
        ("every listed file exists", sorted(s for s in listed if not (root / s).exists())),
    ]


def self_test():
    """Each omission in a made-up tree must be reported, and a complete tree pass."""
    files = {
        "ui/a.c": 'x = _("Hello");\n',
        "ui/b.c": 'x = ngettext ("%d cable", "%d cables", n);\n',
        "ui/c.ui": '<property name="label" translatable="yes">Hi</property>\n',
        "data/x.desktop.in": "[Desktop Entry]\nName=Wireplan\n",
        "data/x.metainfo.xml.in": "<component><summary>Plans</summary></component>\n",
        "data/x.gschema.xml": "<schemalist><key><summary>Width</summary></key></schemalist>\n",
        "data/x.mime.xml.in": "<mime-info><comment>Plan</comment></mime-info>\n",
    }
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        root = pathlib.Path(tmp)
        for name, text in files.items():
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_text(text, encoding="utf-8")
        (root / "model").mkdir()
        (root / "model" / "plain.c").write_text("int x;\n", encoding="utf-8")
        (root / "po").mkdir()
        potfiles = root / "po" / "POTFILES.in"
        potfiles.write_text("\n".join(files) + "\n", encoding="utf-8")
        results.append(("a complete list passes", not any(bad for _, bad in problems(root))))
        for missing in files:
            potfiles.write_text("\n".join(f for f in files if f != missing) + "\n", encoding="utf-8")
            results.append((f"a missing {missing} is caught", problems(root)[0][1] == [missing]))
        potfiles.write_text("\n".join(files) + "\nui/gone.c\n", encoding="utf-8")
        results.append(("a listed file that is gone is caught", problems(root)[1][1] == ["ui/gone.c"]))
    return results


def main():
    if sys.argv[1] == "--self-test":
        checks = [(name, [] if ok else ["not caught"]) for name, ok in self_test()]
    else:
        checks = problems(pathlib.Path(sys.argv[1]))
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


main()

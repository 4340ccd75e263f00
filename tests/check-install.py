#!/usr/bin/env python3
"""Installs the build into a fresh temporary DESTDIR and checks that the program and its
desktop integration files land where desktops look for them. Prints TAP.

Usage: check-install.py BUILD_ROOT SOURCE_ROOT

Needs no root: everything goes under the temporary directory, which is unique per run so
parallel test runs do not meet. With DESTDIR set, gnome.post_install does not run
glib-compile-schemas, gtk-update-icon-cache, update-desktop-database or
update-mime-database; the last checks make sure of that."""
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

build = pathlib.Path(sys.argv[1]).resolve()
source = pathlib.Path(sys.argv[2]).resolve()

meson = shutil.which("meson")
meson_cmd = [meson] if meson else [sys.executable, "-m", "mesonbuild.mesonmain"]

options = json.loads(subprocess.run(
    meson_cmd + ["introspect", "--buildoptions", str(build)],
    check=True, capture_output=True, text=True).stdout)
option = {o["name"]: o["value"] for o in options}
app_id = "org.wireplan.Wireplan"
package = "wireplan"


def languages():
    linguas = source / "po" / "LINGUAS"
    if not linguas.exists():
        return []
    names = []
    for line in linguas.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0]
        names.extend(line.split())
    return names


with tempfile.TemporaryDirectory(prefix="wireplan-install-") as tmp:
    destdir = pathlib.Path(tmp)
    env = dict(os.environ, DESTDIR=str(destdir))
    result = subprocess.run(
        meson_cmd + ["install", "-C", str(build), "--no-rebuild", "--quiet",
                     "--destdir", str(destdir)],
        env=env, capture_output=True, text=True)

    def under(directory):
        """An install directory option, as a path inside the DESTDIR."""
        path = pathlib.Path(option["prefix"]) / option[directory]
        return destdir / path.relative_to(path.anchor)

    bindir, datadir, localedir = under("bindir"), under("datadir"), under("localedir")
    hicolor = datadir / "icons" / "hicolor"
    expected = [
        bindir / package,
        datadir / "applications" / f"{app_id}.desktop",
        datadir / "metainfo" / f"{app_id}.metainfo.xml",
        hicolor / "scalable" / "apps" / f"{app_id}.svg",
        hicolor / "symbolic" / "apps" / f"{app_id}-symbolic.svg",
        datadir / "mime" / "packages" / f"{app_id}.xml",
        datadir / "glib-2.0" / "schemas" / f"{app_id}.gschema.xml",
    ]
    expected += [localedir / lang / "LC_MESSAGES" / f"{package}.mo" for lang in languages()]
    # Written only by the post-install scripts, which DESTDIR turns off.
    unexpected = [
        datadir / "glib-2.0" / "schemas" / "gschemas.compiled",
        hicolor / "icon-theme.cache",
        datadir / "applications" / "mimeinfo.cache",
        datadir / "mime" / "mime.cache",
    ]

    checks = [("meson install --destdir succeeds", result.returncode == 0,
               (result.stdout + result.stderr).splitlines())]
    for path in expected:
        checks.append((f"installs {path.relative_to(destdir)}", path.is_file(), []))
    checks.append((f"{bindir.relative_to(destdir)}/{package} is executable",
                   os.access(bindir / package, os.X_OK), []))
    for path in unexpected:
        checks.append((f"post-install skipped: no {path.relative_to(destdir)}",
                       not path.exists(), []))
    prefix = pathlib.Path(option["prefix"])
    prefix = destdir / prefix.relative_to(prefix.anchor)
    outside = sorted(str(p.relative_to(destdir)) for p in destdir.rglob("*")
                     if p.is_file() and prefix not in p.parents)
    checks.append(("nothing installed outside the prefix", not outside, outside))

print(f"1..{len(checks)}")
failed = False
for number, (name, ok, details) in enumerate(checks, 1):
    print(f"{'ok' if ok else 'not ok'} {number} {name}")
    if not ok:
        failed = True
        for line in details:
            print(f"# {line}")
sys.exit(1 if failed else 0)

#!/usr/bin/env python3
"""Every accelerator of the application's table (app/wp-application.c) is listed
in the shortcuts window (ui/gtk/help-overlay.ui). TAP output."""
import re
import sys
import xml.etree.ElementTree as ET

root = sys.argv[1]
source = open(f"{root}/app/wp-application.c", encoding="utf-8").read()
table = re.search(r"accels\[\] = \{(.*?)\n\};", source, re.S).group(1)
accels = {}
for action, keys in re.findall(r'\{ "([\w.-]+)", \{ ([^}]*)\} \}', table):
    accels[action] = re.findall(r'"([^"]+)"', keys)

listed = set()
for prop in ET.parse(f"{root}/ui/gtk/help-overlay.ui").iter("property"):
    if prop.get("name") == "accelerator":
        listed.update(prop.text.split())

def normal(accel):
    return accel.replace("<Primary>", "<Control>").lower()

listed = {normal(a) for a in listed}
print(f"1..{len(accels) + 1}")
print(f"{'ok' if len(accels) >= 10 else 'not ok'} 1 the accelerator table was read ({len(accels)} actions)")
for n, (action, keys) in enumerate(sorted(accels.items()), start=2):
    missing = [k for k in keys if normal(k) not in listed]
    status = "not ok" if missing else "ok"
    print(f"{status} {n} {action}" + (f": {', '.join(missing)} not in the shortcuts window" if missing else ""))

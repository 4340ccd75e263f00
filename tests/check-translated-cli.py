#!/usr/bin/env python3
"""`wireplan check` under the German locale the test environment sets (LANGUAGE=de):
the report is German, while rule ids and JSON keys stay as they are in English.
Prints TAP. Arguments: the wireplan binary, the examples folder."""
import json
import os
import pathlib
import subprocess
import sys

wireplan, examples = sys.argv[1], pathlib.Path(sys.argv[2])
plan = str(examples / "club-gig.wireplan")
english_env = dict(os.environ, LANGUAGE="en")


def run(args, env=None):
    result = subprocess.run([wireplan, *args], capture_output=True, text=True, env=env)
    return result.stdout + result.stderr


checks = []
german = run(["check", plan])
english = run(["check", plan], english_env)
checks.append(("the summary counts are German", any(w in german for w in ("Fehler", "Warnung", "Hinweis"))
               and german != english))
checks.append(("a rule message is German", "Abhilfe:" in german or "Sie " in german))
usage = run(["check"])
checks.append(("a usage error is German", "Geben Sie mindestens eine Plandatei an" in usage))

german_json = json.loads(run(["check", "--json", plan]))
english_json = json.loads(run(["check", "--json", plan], english_env))


def shape(value):
    """Keys, rule ids and severities: what never changes with the language."""
    if isinstance(value, dict):
        return {k: (v if k in ("rule", "severity", "cables", "devices", "file") else shape(v))
                for k, v in value.items()}
    if isinstance(value, list):
        return [shape(v) for v in value]
    return type(value).__name__


checks.append(("JSON keys and rule ids do not change", shape(german_json) == shape(english_json)))
checks.append(("JSON messages are German", german_json != english_json))

print(f"1..{len(checks)}")
for number, (name, ok) in enumerate(checks, 1):
    print(f"{'ok' if ok else 'not ok'} {number} {name}")
if not all(ok for _, ok in checks):
    print("# German output:\n# " + german.replace("\n", "\n# "))
sys.exit(0 if all(ok for _, ok in checks) else 1)

#!/usr/bin/env python3
"""Writes a big plan to measure drawing with: N devices taken from the built-in
catalogue (their ports as the catalogue has them) stacked in columns, and M cables,
each from an output to a free input of a device nearby. The same arguments always
give the same plan.

    gen-big-plan.py [--devices N] [--cables M] [--seed S] OUT.wireplan
"""
import argparse
import json
import math
import pathlib
import random

ROOT = pathlib.Path(__file__).resolve().parent.parent
COLUMN_WIDTH = 620   # room for the widest device box and its cables
ROW_GAP = 60
ASPECT = 16 / 9      # of the whole plan, so that it fits a screen at zoom-to-fit
MEAN_HEIGHT = 150    # about, with ROW_GAP: to choose the number of columns
PORT_PITCH = 20      # as the layout puts port rows
HEADER = 40


def load_catalogue():
    entries = []
    for path in sorted((ROOT / "data" / "catalogue").glob("*.json")):
        entries += json.loads(path.read_text(encoding="utf-8"))["devices"]
    return entries


def ports_of(entry, direction):
    return [port["id"] for port in entry["ports"] if port.get("direction") == direction]


def height_of(entry):
    rows = max(len(ports_of(entry, "in")), len(ports_of(entry, "out")), 1)
    bottom = 34 if any(port.get("direction") not in ("in", "out") for port in entry["ports"]) else 4
    return HEADER + rows * PORT_PITCH + bottom


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devices", type=int, default=2000)
    parser.add_argument("--cables", type=int, default=6000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("output")
    args = parser.parse_args()

    rand = random.Random(args.seed)
    catalogue = load_catalogue()
    # Device i stands in column i % columns, as number i // columns in it.
    columns = max(1, round(math.sqrt(ASPECT * args.devices * (MEAN_HEIGHT + ROW_GAP)
                                     / COLUMN_WIDTH)))
    tops = [0] * columns
    devices, entries = [], []
    for i in range(args.devices):
        column = i % columns
        entry = rand.choice(catalogue)
        entries.append(entry)
        devices.append({
            "id": f"d{i + 1}",
            "model": entry["model"],
            "name": f"{entry['name']} {i + 1}",
            "x": column * COLUMN_WIDTH,
            "y": tops[column],
            "ports": entry["ports"],
        })
        tops[column] += height_of(entry) + ROW_GAP

    # Each input takes one cable while free ones are left near enough; a source looks
    # further out only when its neighbourhood is full.
    free = [ports_of(entry, "in") for entry in entries]
    sources = [i for i, entry in enumerate(entries) if ports_of(entry, "out")]
    cables = []
    while len(cables) < args.cables and sources:
        source = rand.choice(sources)
        column, row = source % columns, source // columns
        target = None
        for reach in (2, 4, 8, columns):
            near = [d for d in range(max(0, row - reach) * columns,
                                     min(args.devices, (row + reach + 1) * columns))
                    if d != source and free[d] and abs(d % columns - column) <= reach]
            if near:
                target = rand.choice(near)
                break
        if target is None:
            break
        port = free[target].pop(rand.randrange(len(free[target])))
        cables.append({
            "id": f"c{len(cables) + 1}",
            "from": {"device": devices[source]["id"],
                     "port": rand.choice(ports_of(entries[source], "out"))},
            "to": {"device": devices[target]["id"], "port": port},
            "label": f"C-{len(cables) + 1:04d}",
        })

    plan = {
        "format": "wireplan",
        "version": 1,
        "meta": {"title": f"{args.devices} devices, {len(cables)} cables (generated)"},
        "zones": [],
        "devices": devices,
        "cables": cables,
    }
    pathlib.Path(args.output).write_text(json.dumps(plan, indent=2, ensure_ascii=False) + "\n",
                                         encoding="utf-8")
    if len(cables) < args.cables:
        print(f"only {len(cables)} cables: no free inputs left")


if __name__ == "__main__":
    main()

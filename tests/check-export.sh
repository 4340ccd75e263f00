#!/usr/bin/env bash
# check-export.sh: `wireplan export` on every example plan, checked with the tools a user
# would open the files with (pdftotext, rsvg-convert, file). TAP output.
set -u
root="$WIREPLAN_SOURCE_ROOT"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
n=0
fail=0
ok() { n=$((n + 1)); if [ "$1" = 0 ]; then echo "ok $n $2"; else echo "not ok $n $2"; fail=1; fi; }

for plan in "$root"/data/examples/*.wireplan; do
  name=$(basename "$plan" .wireplan)
  for args in "-o $out/$name.pdf" "-o $out/$name-tiled.pdf --tiled --paper letter" \
              "-o $out/$name.csv" "-o $out/$name.svg" "-o $out/$name.png --dpi 72" \
              "-o $out/$name-labels.pdf --format labels"; do
    "$WIREPLAN" export "$plan" $args
    ok $? "$name: export $args"
  done

  for pdf in "$out/$name.pdf" "$out/$name-tiled.pdf"; do
    pages=$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')
    [ "${pages:-0}" -ge 3 ]
    ok $? "$name: $(basename "$pdf") has at least 3 pages ($pages)"
    text=$(pdftotext "$pdf" - | tr -s ' \n' '  ')
    missing=$(python3 - "$plan" "$out/$name.csv" "$text" <<'PY'
import csv, json, sys
plan = json.load(open(sys.argv[1]))
labels = [row[0] for row in list(csv.reader(open(sys.argv[2], newline='', encoding='utf-8')))[1:]]
text = sys.argv[3]
names = [d.get("name") or d["id"] for d in plan["devices"]]
print("\n".join(x for x in names + labels if " ".join(x.split()) not in text))
PY
)
    [ -z "$missing" ]
    ok $? "$name: $(basename "$pdf") names every device and cable label${missing:+ (missing: $missing)}"
  done

  rows=$(python3 -c 'import csv, sys; print(len(list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))))' "$out/$name.csv")
  cables=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["cables"]))' "$plan")
  [ "$rows" -eq $((cables + 1)) ]
  ok $? "$name: CSV has $rows rows for $cables cables and a header"

  rsvg-convert "$out/$name.svg" -o "$out/$name-svg.png"
  ok $? "$name: rsvg-convert reads the SVG"
  file "$out/$name.png" | grep -q "PNG image data"
  ok $? "$name: the PNG is a PNG"
  pdftotext "$out/$name-labels.pdf" - | grep -q -- "→"
  ok $? "$name: the label sheet has routes"
done

"$WIREPLAN" export "$root/data/examples/club-gig.wireplan" -o "$out/x.doc" 2>/dev/null
[ $? -eq 2 ]
ok $? "an unknown format is refused with status 2"

echo "1..$n"
exit $fail

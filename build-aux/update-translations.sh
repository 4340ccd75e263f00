#!/bin/sh
# Refreshes po/wireplan.pot from the sources in po/POTFILES.in, merges it into every
# language of po/LINGUAS, and reports how complete each is (msgfmt -c must be clean).
# Usage: build-aux/update-translations.sh [BUILD_DIR]   (default _build)
set -eu
cd "$(dirname "$0")/.."
build=${1:-_build}
[ -d "$build" ] || meson setup "$build"
meson compile -C "$build" wireplan-pot wireplan-update-po
status=0
for lang in $(grep -v '^#' po/LINGUAS); do
  printf '%s: ' "$lang"
  msgfmt -c --statistics -o /dev/null "po/$lang.po" 2>&1 || status=1
done
exit $status

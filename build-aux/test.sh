#!/usr/bin/env bash
# Installs what is missing, builds Wireplan with warnings as errors and runs every
# test (the ui suite under Xvfb). Ends with the line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

build-aux/install-deps.sh

builddir=_build-test
if [ ! -f "$builddir/build.ninja" ]; then
  meson setup "$builddir" -Dwerror=true --buildtype=debugoptimized
fi
meson compile -C "$builddir"

status=0
xvfb-run -a -s "-screen 0 1600x1000x24" \
  meson test -C "$builddir" --print-errorlogs --num-processes 2 || status=$?

python3 build-aux/test-summary.py "$builddir/meson-logs/testlog.json"
exit "$status"

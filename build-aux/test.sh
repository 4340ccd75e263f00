#!/usr/bin/env bash
# Installs what is missing, builds Wireplan with warnings as errors and runs every
# test (the ui suite under Xvfb) three ways: a plain build, an AddressSanitizer +
# UndefinedBehaviorSanitizer build, and the model suite under valgrind memcheck.
# Then a short run of each fuzz target (clang). Ends with the line "N passed, N failed"
# counting all of them.
set -euo pipefail
cd "$(dirname "$0")/.."

build-aux/install-deps.sh

xvfb=(xvfb-run -a -s "-screen 0 1600x1000x24")
status=0
logs=()

builddir=_build-test
if [ ! -f "$builddir/build.ninja" ]; then
  meson setup "$builddir" -Dwerror=true --buildtype=debugoptimized
fi
meson compile -C "$builddir"
"${xvfb[@]}" meson test -C "$builddir" --print-errorlogs --num-processes 2 || status=$?
logs+=("$builddir/meson-logs/testlog.json")

# valgrind: definite leaks and invalid accesses fail the test (meson.build, setup "valgrind").
meson test -C "$builddir" --no-rebuild --print-errorlogs --num-processes 2 \
  --setup valgrind --suite model || status=$?
logs+=("$builddir/meson-logs/testlog-valgrind.json")

asandir=_build-asan
if [ ! -f "$asandir/build.ninja" ]; then
  meson setup "$asandir" -Dwerror=true --buildtype=debugoptimized \
    -Db_sanitize=address,undefined
fi
meson compile -C "$asandir"
"${xvfb[@]}" meson test -C "$asandir" --no-rebuild --print-errorlogs --num-processes 2 \
  --setup asan || status=$?
logs+=("$asandir/meson-logs/testlog-asan.json")

build-aux/fuzz.sh build
meson test -C _build-fuzz --no-rebuild --print-errorlogs --num-processes 2 --suite fuzz || status=$?
logs+=("_build-fuzz/meson-logs/testlog.json")

python3 build-aux/test-summary.py "${logs[@]}"
exit "$status"

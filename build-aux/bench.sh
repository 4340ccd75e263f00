#!/usr/bin/env bash
# Builds Wireplan for release in its own build directory and prints the benchmark
# table: plans S, M and L headless (wireplan-bench), then the window on plan L under
# Xvfb (wireplan-bench-window). Arguments go to wireplan-bench, e.g. --runs 21;
# --wiring random (the stress plans) goes to both.
#
# Xvfb has no GPU: GTK's GL renderer would run on llvmpipe, a software rasteriser
# that costs more than everything Wireplan draws, so the window is measured with
# GTK's cairo renderer (set GSK_RENDERER yourself to measure another).
set -euo pipefail
cd "$(dirname "$0")/.."

builddir=_build-bench
if [ ! -f "$builddir/build.ninja" ]; then
  meson setup "$builddir" -Dwerror=true --buildtype=release >/dev/null
fi
# Only what the benchmark runs (ninja takes the outputs by path).
ninja -C "$builddir" app/wireplan tests/bench/wireplan-bench \
  tests/bench/wireplan-bench-window data/gschemas.compiled >/dev/null

"$builddir/tests/bench/wireplan-bench" --wireplan "$builddir/app/wireplan" "$@"
echo
# The window benchmark measures the same wiring (realistic unless --wiring says so).
window_args=()
while (($#)); do
  case "$1" in
    --wiring) window_args+=("$1" "$2"); shift ;;
    --wiring=*) window_args+=("$1") ;;
  esac
  shift
done
# The dragged plan is left modified: its recovery copy goes to a folder of its own,
# not to the user's.
state_dir=$(mktemp -d)
trap 'rm -rf "$state_dir"' EXIT
GSK_RENDERER="${GSK_RENDERER:-cairo}" GSETTINGS_BACKEND=memory XDG_STATE_HOME="$state_dir" \
  GSETTINGS_SCHEMA_DIR="$builddir/data" \
  xvfb-run -a -s "-screen 0 1920x1080x24" "$builddir/tests/bench/wireplan-bench-window" \
  "${window_args[@]}"

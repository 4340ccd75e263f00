#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer in _build-fuzz.
#
#   build-aux/fuzz.sh build                 configure (once) and build the targets
#   build-aux/fuzz.sh run NAME SECONDS      fuzz one target (plan, catalogue, validator,
#                                           clip); new inputs go to _build-fuzz/corpus-NAME,
#                                           crashes to _build-fuzz/crash-NAME-*
set -euo pipefail
cd "$(dirname "$0")/.."

builddir=_build-fuzz
targets=(plan catalogue validator clip)

build() {
  if [ ! -f "$builddir/build.ninja" ]; then
    CC=clang meson setup "$builddir" -Dfuzzing=true -Dwerror=true --buildtype=debugoptimized \
      -Db_sanitize=address,undefined -Db_lundef=false
  fi
  meson compile -C "$builddir" "${targets[@]/#/tests/fuzz/fuzz-}"
}

case "${1:-}" in
  build)
    build
    ;;
  run)
    name=$2
    seconds=$3
    build
    mkdir -p "$builddir/corpus-$name"
    export G_DEBUG=gc-friendly
    "$builddir/tests/fuzz/fuzz-$name" -max_total_time="$seconds" \
      -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="$builddir/crash-$name-" \
      "$builddir/corpus-$name" "tests/fuzz/corpus/$name"
    ;;
  *)
    sed -n '2,9p' "$0"
    exit 2
    ;;
esac

#!/usr/bin/env bash
# Installs what is missing, builds Wireplan and opens it on an example plan.
set -euo pipefail
cd "$(dirname "$0")/.."

build-aux/install-deps.sh

builddir=_build
if [ ! -f "$builddir/build.ninja" ]; then
  meson setup "$builddir" --buildtype=debugoptimized
fi
meson compile -C "$builddir"
# The GSettings schema compiled in the build tree, so the app runs without installing.
export GSETTINGS_SCHEMA_DIR="$PWD/$builddir/data"
exec "$builddir/app/wireplan" "${@:-data/examples/club-gig.wireplan}"

#!/usr/bin/env bash
# Installs the Debian 12 packages Wireplan needs to build, run and test.
# Does nothing when everything is already installed, so the README commands stay fast.
set -euo pipefail

packages=(
  # build
  gcc meson ninja-build pkg-config gettext
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libadwaita-1-dev libjson-c-dev
  libcairo2-dev libpango1.0-dev
  # running the window headless and testing it
  xvfb xauth dbus-x11 at-spi2-core
  # desktop integration checks
  desktop-file-utils appstream shared-mime-info
  # sanitizer, valgrind and fuzz runs of build-aux/test.sh
  valgrind clang libclang-rt-14-dev
  # the security suite watches the commands with strace
  strace
  # sheet and export checks
  poppler-utils librsvg2-bin file
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Crónica needs to build, run and test.
# Idempotent: skips apt entirely when every package is already present.
set -euo pipefail

packages=(
  build-essential pkg-config curl file
  libwebkit2gtk-4.1-dev libgtk-3-dev libsoup-3.0-dev libjavascriptcoregtk-4.1-dev
  libssl-dev librsvg2-dev libxdo-dev libayatana-appindicator3-dev
  webkit2gtk-driver xvfb xauth dbus-x11 chromium fonts-dejavu-core
  dpkg-dev lintian man-db python3 python3-venv poppler-utils
  x11-utils xdotool
)

missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing system packages: ${missing[*]}"
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"

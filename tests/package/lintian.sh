#!/usr/bin/env bash
# lintian on the built .deb: no error, and no warning but the ones the package overrides
# (packaging/lintian-overrides, each with its reason, explained in the README).
source "$(dirname "$0")/../../scripts/lib.sh"

deb="$(deb_path)"
if [ ! -f "$deb" ]; then
  echo "no package at $deb: build it first (build_release in scripts/lib.sh)" >&2
  exit 1
fi
lintian --fail-on error,warning --show-overrides "$deb"
echo "lintian: no error or warning in $(basename "$deb")"

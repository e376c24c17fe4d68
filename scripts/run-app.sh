#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine and launches Crónica (release build, as shipped).
source "$(dirname "$0")/lib.sh"

log "Installing system packages"
bash "$ROOT/scripts/install-system-deps.sh"
require_rust
require_node
install_ui_packages
build_release
log "Launching Crónica"
exec "$ROOT/target/release/cronica-app"

#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine and runs every test: Rust core and CLI, UI unit tests,
# the TimelineJS rendering check, the Anki import check, worksheets printed to PDF, end-to-end tests on the real app window under Xvfb, and the
# .deb (lintian, then installed and purged).
source "$(dirname "$0")/lib.sh"

log "Installing system packages"
bash "$ROOT/scripts/install-system-deps.sh"
require_rust
require_node
if ! command -v tauri-driver >/dev/null 2>&1; then
  log "Installing tauri-driver"
  cargo install tauri-driver --version '^2' --locked
fi
install_ui_packages
log "Installing test packages"
npm_install "$ROOT/tests"

cd "$ROOT"
# What the checkout looked like before the tests: the run must leave it exactly so.
tree_before=$(git status --porcelain -- . ':(exclude)target' 2>/dev/null || true)

log "Content check"
cargo run -q -p cronica-cli -- check

log "Rust tests (core and CLI)"
cargo test -p cronica-core -p cronica-cli -p cronica-classroom -p cronica-app

log "UI type check and unit tests"
npm --prefix ui run check
npm --prefix ui test
npm --prefix ui run build:student

build_release

log "TimelineJS rendering of the exported timeline"
cargo build -q -p cronica-cli
node --test tests/timelinejs/
node --test tests/classroom/
node --test tests/gift/

log "Anki decks imported by Anki's own library"
bash tests/anki/run.sh

log "Worksheets printed to PDF by headless Chromium"
node --test tests/worksheet/

log "End-to-end tests on the real app (WebDriver, Xvfb)"
# A file that hangs fails after 5 minutes, and the runner exits once the tests are done even if a
# driver left a handle open.
xvfb-run --auto-servernum --server-args="-screen 0 1280x900x24" node --test --test-concurrency=1 --test-timeout=300000 --test-force-exit tests/e2e/

log "The Debian package: lintian, then installed, used from another folder and purged"
bash tests/package/lintian.sh
bash tests/package/test-deb.sh

log "The work tree is as the tests found it"
tree_after=$(git status --porcelain -- . ':(exclude)target' 2>/dev/null || true)
if [ "$tree_before" != "$tree_after" ]; then
  echo "The tests changed the work tree (a stale generated file or lock file?):" >&2
  diff <(echo "$tree_before") <(echo "$tree_after") >&2 || true
  exit 1
fi

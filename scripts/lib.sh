# Shared helpers for the project scripts. Sourced, not run.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"

log() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

require_rust() {
  if ! command -v cargo >/dev/null 2>&1; then
    log "Installing the Rust toolchain (rustup)"
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
    export PATH="$HOME/.cargo/bin:$PATH"
  fi
}

require_node() {
  if ! command -v node >/dev/null 2>&1; then
    log "Installing Node.js and npm from the distribution"
    sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get install -y -qq nodejs npm
  fi
  # Vite 8 needs Node 20.19 or newer.
  if ! node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)'; then
    echo "Node.js $(node --version) is too old: Crónica's UI build needs 20.19 or newer." >&2
    exit 1
  fi
}

# Exactly the committed lock file: `npm ci` never rewrites it, so the work tree stays clean.
npm_install() {
  npm ci --prefix "$1" --no-audit --no-fund
}

install_ui_packages() {
  log "Installing UI packages"
  npm_install "$ROOT/ui"
}

# The release: `[workspace.package] version` in Cargo.toml, the one place it is written.
workspace_version() {
  (cd "$ROOT" && cargo metadata --format-version 1 --no-deps) |
    node -e 'let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => console.log(JSON.parse(s).packages.find((p) => p.name === "cronica-app").version))'
}

# Where build_release leaves the package.
deb_path() {
  echo "$ROOT/target/release/bundle/deb/cronica_$(workspace_version)_$(dpkg --print-architecture).deb"
}

# The release build exactly as shipped: bundled UI (custom-protocol) and the .deb package, with
# what packaging/stage.sh adds to it and the dependencies packaging/finish-deb.sh computes.
build_release() {
  log "Building the release app and its .deb"
  bash "$ROOT/packaging/stage.sh"
  (cd "$ROOT" && "$ROOT/ui/node_modules/.bin/tauri" build --bundles deb --ci)
  bash "$ROOT/packaging/finish-deb.sh"
}

#!/usr/bin/env bash
# Stages in target/package/root/usr what the .deb carries beside the app that Tauri bundles (the
# `files` map in src-tauri/tauri.conf.json copies that tree in): the cronica command, the manual
# pages and shell completions generated from its clap definitions, the app's manual page, the
# classroom service's systemd units, and the copyright file generated from the lock files.
# Run before `tauri build` (scripts/lib.sh's build_release does).
source "$(dirname "$0")/../scripts/lib.sh"

version="$(workspace_version)"
latest="$(dpkg-parsechangelog -l "$ROOT/packaging/changelog" -S Version)"
if [ "$latest" != "$version" ]; then
  echo "packaging/changelog's latest entry is $latest, the workspace's version is $version: add an entry for $version" >&2
  exit 1
fi

log "Building the cronica command"
(cd "$ROOT" && cargo build --release -p cronica-cli)

stage="$ROOT/target/package"
root="$stage/root"
rm -rf "$stage"
mkdir -p "$stage"
"$ROOT/target/release/cronica" generate --out "$stage/generated"

install -D -m 0755 "$ROOT/target/release/cronica" "$root/usr/bin/cronica"
man1="$root/usr/share/man/man1"
mkdir -p "$man1"
for page in "$stage"/generated/man1/*.1 "$ROOT/packaging/cronica-app.1"; do
  gzip -9n -c "$page" >"$man1/$(basename "$page").gz"
done
install -D -m 0644 "$stage/generated/completions/cronica.bash" "$root/usr/share/bash-completion/completions/cronica"
install -D -m 0644 "$stage/generated/completions/_cronica" "$root/usr/share/zsh/vendor-completions/_cronica"
install -D -m 0644 "$stage/generated/completions/cronica.fish" "$root/usr/share/fish/vendor_completions.d/cronica.fish"
install -D -m 0644 -t "$root/usr/lib/systemd/system" "$ROOT"/packaging/systemd/cronica-serve@.service "$ROOT"/packaging/systemd/cronica-serve@.socket
node "$ROOT/packaging/copyright.mjs" "$root/usr/share/doc/cronica/copyright"
find "$root" -type d -exec chmod 0755 {} +
find "$root" -type f ! -path "$root/usr/bin/*" -exec chmod 0644 {} +

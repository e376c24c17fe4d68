#!/usr/bin/env bash
# Finishes the .deb Tauri built: its Depends becomes what dpkg-shlibdeps computes from the ELF
# files it ships (Tauri writes a fixed, unversioned list without libc), and it is repacked with
# dpkg-deb (root-owned, xz). Run after `tauri build` (scripts/lib.sh's build_release does).
source "$(dirname "$0")/../scripts/lib.sh"

deb="$(deb_path)"
work="$ROOT/target/package/deb"
rm -rf "$work"
mkdir -p "$work/source/debian"
dpkg-deb -R "$deb" "$work/root"

# dpkg-shlibdeps runs in a source tree: a minimal one, with the package's ELF files as given.
printf 'Source: cronica\n\nPackage: cronica\nArchitecture: any\n' >"$work/source/debian/control"
mapfile -t elves < <(find "$work/root" -path "$work/root/DEBIAN" -prune -o -type f -print0 | xargs -0 file -N --mime-type | sed -n 's/: *application\/x-\(pie-\)\{0,1\}\(executable\|sharedlib\)$//p')
if [ ${#elves[@]} -eq 0 ]; then
  echo "no ELF file in $deb" >&2
  exit 1
fi
depends="$(cd "$work/source" && dpkg-shlibdeps -O "${elves[@]/#/-e}" | sed -n 's/^shlibs:Depends=//p')"
if [ -z "$depends" ]; then
  echo "dpkg-shlibdeps found no dependency for ${elves[*]}" >&2
  exit 1
fi

control="$work/root/DEBIAN/control"
awk -v depends="$depends" '
  /^Depends:/ { print "Depends: " depends; skip = 1; next }
  skip && /^[ \t]/ { next }
  { skip = 0; print }
' "$control" >"$control.new"
mv "$control.new" "$control"
grep -q "^Depends: $depends\$" "$control"

dpkg-deb --root-owner-group -Zxz -b "$work/root" "$deb" >/dev/null
echo "$deb: Depends: $depends"

#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# usage: deb_install_test.sh BUILD_DIR VERSION
set -euo pipefail
build="$1"
version="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$build"
cpack -G DEB -B "$work/pkg" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb="$(ls "$work"/pkg/*.deb)"
echo "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"
dpkg-deb -I "$deb" >"$work/info.txt"
grep -q "^ Package: perpscope" "$work/info.txt" || { echo "FAIL: package name"; cat "$work/info.txt"; exit 1; }
grep -q "^ Depends:.*libqt6core6" "$work/info.txt" || { echo "FAIL: shared-library dependencies missing"; cat "$work/info.txt"; exit 1; }
grep -q "libqt6sql6-sqlite" "$work/info.txt" || { echo "FAIL: sqlite driver dependency missing"; exit 1; }
root="$work/root"
dpkg-deb -x "$deb" "$root"
for f in usr/bin/perpscope usr/bin/perpscope-cli \
         usr/share/applications/io.perpscope.PerpScope.desktop \
         usr/share/metainfo/io.perpscope.PerpScope.metainfo.xml \
         usr/share/icons/hicolor/256x256/apps/io.perpscope.PerpScope.png; do
    [ -e "$root/$f" ] || { echo "FAIL: $f not in package"; exit 1; }
done
out="$("$root/usr/bin/perpscope" --version)"
echo "installed perpscope --version: $out"
echo "$out" | grep -q "$version" || { echo "FAIL: perpscope --version does not print $version"; exit 1; }
out="$("$root/usr/bin/perpscope-cli" --version)"
echo "$out" | grep -q "$version" || { echo "FAIL: perpscope-cli --version does not print $version"; exit 1; }
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/io.perpscope.PerpScope.desktop"
fi
echo "1 passed, 0 failed"

#!/usr/bin/env bash
# Builds the .deb from this build tree, checks its control data and contents, unpacks it into a
# temporary root and runs the installed rostrum-cli from that layout.
set -euo pipefail
build="$1"; version="$2"; flavour="$3"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
cd "$build"
cpack -G DEB -B "$work/pkg" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/pkg/rostrum_"$version"_*.deb)
echo "built $(basename "$deb")"
info="$(dpkg-deb --info "$deb")"
echo "$info" | grep -E '^ (Package|Version|Depends|Recommends):'
depends=$(echo "$info" | sed -n 's/^ Depends: //p')
fail() { echo "FAIL: $*"; exit 1; }
for lib in libqt6core6 libqt6network6 libqt6sql6 libqt6sql6-sqlite libqt6keychain1 libc6 libstdc++6; do
    echo "$depends" | grep -q "$lib" || fail "Depends lacks $lib"
done
contents="$(dpkg-deb -c "$deb" | awk '{print $6}')"
want=(./usr/bin/rostrum-cli ./usr/share/doc/rostrum/THIRD-PARTY-NOTICES.md ./usr/share/doc/rostrum/LICENSE)
if [ "$flavour" = gui ]; then
    echo "$depends" | grep -q libqt6widgets6 || fail "Depends lacks libqt6widgets6"
    want+=(./usr/bin/rostrum ./usr/share/applications/io.github.rostrum.Rostrum.desktop
           ./usr/share/metainfo/io.github.rostrum.Rostrum.metainfo.xml
           ./usr/share/icons/hicolor/scalable/apps/io.github.rostrum.Rostrum.svg
           ./usr/share/icons/hicolor/256x256/apps/io.github.rostrum.Rostrum.png)
fi
for f in "${want[@]}"; do
    echo "$contents" | grep -qx "$f" || fail "package lacks $f"
done
dpkg-deb -x "$deb" "$work/root"
out="$("$work/root/usr/bin/rostrum-cli" --version)"
[ "$out" = "rostrum-cli $version" ] || fail "installed rostrum-cli --version said: $out"
echo "installed layout runs: $out"

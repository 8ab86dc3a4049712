#!/usr/bin/env bash
# Runs the screenshot program the way scripts/screenshots does and fails unless every scene was saved as a real
# image of a window's size: the tour's scenes (main window, dialogs, fork, the person's turn, the studio's cards)
# and the Arena window's tabs over a tournament rostrum-cli runs against the mock server.
# Usage: check-screenshots.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
src="$1"
build="$2"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$src/scripts/screenshots" "$build" "$out" >"$out.log" 2>&1 || { cat "$out.log"; rm -f "$out.log"; exit 1; }
rm -f "$out.log"
status=0
for name in main-window setup-dialog setup-dialog-debaters settings-dialog settings-prices fork-in-list fork-dialog \
    human-turn verdict-card verdict-invalid verdict-panel rematch-card arena-1 arena-2 arena-3 arena-4; do
    file="$out/$name.png"
    if [[ ! -s "$file" ]]; then
        echo "FAIL: $name.png was not saved"
        status=1
        continue
    fi
    # The PNG header: signature, then the IHDR width and height (big-endian) at bytes 16-23.
    read -r width height < <(od -An -tu1 -j16 -N8 "$file" |
        awk '{ print ($1*16777216 + $2*65536 + $3*256 + $4), ($5*16777216 + $6*65536 + $7*256 + $8) }')
    if [[ "$(head -c 8 "$file" | od -An -tx1 | tr -d ' \n')" != 89504e470d0a1a0a ]] || ((width < 400 || height < 300)); then
        echo "FAIL: $name.png is not a window-sized PNG (${width}x${height})"
        status=1
    fi
done
[[ $status -eq 0 ]] && echo "all 16 screenshots saved"
exit $status

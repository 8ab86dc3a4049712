#!/usr/bin/env bash
# Fails when lupdate finds a string in the sources that translations/rostrum_<lang>.ts lacks, or when a
# .ts file has unfinished or empty entries. Fix: scripts/update-translations, then translate.
set -euo pipefail
src="$1"; lupdate="$2"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
status=0
for lang in fr de es it; do
    committed="$src/translations/rostrum_$lang.ts"
    cp "$committed" "$work/rostrum_$lang.ts"
    (cd "$src" && "$lupdate" -silent -no-obsolete -locations none -source-language en -target-language "$lang" \
        src/core src/gui src/app ui tests/gui/ScreenshotTour.cpp tests/gui/StudioScreenshots.cpp -ts "$work/rostrum_$lang.ts") >/dev/null
    if ! diff -q "$committed" "$work/rostrum_$lang.ts" >/dev/null; then
        echo "rostrum_$lang.ts is out of date with the sources (run scripts/update-translations):"
        diff "$committed" "$work/rostrum_$lang.ts" | grep '^[<>] *<source>' | head -20 || true
        status=1
    fi
    unfinished=$(grep -c 'type="unfinished"' "$committed" || true)
    if [ "$unfinished" != 0 ]; then
        echo "rostrum_$lang.ts has $unfinished unfinished entries"
        status=1
    fi
    total=$(grep -c '<source>' "$committed" || true)
    echo "rostrum_$lang.ts: $total messages, $unfinished unfinished"
done
exit $status

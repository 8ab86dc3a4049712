#!/usr/bin/env bash
# Time to first window and resident memory: rostrum's startup (bench_gui startup: main.cpp's own
# steps, to the first paint event) next to an empty QMainWindow (bench_bare_window) built with the
# same flags, and the same empty window loading all of rostrum's shared libraries
# (bench_bare_window_linked), RUNS times each, interleaved, in a private home; VmRSS 2 s after
# launch. Then the medians, and the RSS of the real rostrum binary after 3 s.
#
# Usage: bench/gui_startup.sh BUILD_DIR [RUNS] [PLATFORM]
#   PLATFORM: offscreen (default: Qt's raster engine, nothing reaches a screen) or xcb (a real X
#   server: the one in $DISPLAY, else a private Xvfb).
# The endpoint is a custom one (ROSTRUM_BASE_URL), as with rostrum-mock-server; ROSTRUM_BASE_URL=
# (empty) measures Mistral's, whose first start without a key also reads the keychain and shows the
# first-run page. ROSTRUM_NO_FONT_WARMUP=1 measures without the font warm-up thread.
set -euo pipefail
build="${1:?build dir}"
runs="${2:-10}"
platform="${3:-offscreen}"
if [[ "$platform" == xcb && -z "${DISPLAY:-}" ]]; then
    exec xvfb-run -a -s "-screen 0 1400x900x24" "$0" "$build" "$runs" "$platform"
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_CACHE_HOME="$tmp/cache"
export QT_QPA_PLATFORM="$platform" LANG=C.UTF-8 ROSTRUM_BASE_URL="${ROSTRUM_BASE_URL-http://127.0.0.1:1}"
[[ -n "$ROSTRUM_BASE_URL" ]] || unset ROSTRUM_BASE_URL
unset MISTRAL_API_KEY
run() { BENCH_LAUNCH_NS=$(date +%s%N) "$@" 2>/dev/null | grep "first paint" || true; }
for i in $(seq "$runs"); do
    run "$build/bench/bench_gui" startup
    run "$build/bench/bench_bare_window"
    run "$build/bench/bench_bare_window_linked" | sed 's/^bare/bare+libs/'
done | tee "$tmp/runs.txt"
echo "medians over $runs runs, $platform:"
for who in rostrum bare bare+libs; do
    for col in 4 9; do
        grep "^$who first" "$tmp/runs.txt" | awk -v c="$col" '{print $c}' | sort -n \
            | awk '{v[NR]=$1} END {m = NR % 2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2; printf "%s ", m}'
    done | awk -v w="$who" '{printf "  %-10s first paint %5.1f ms, VmRSS %.1f MB\n", w, $1, $2/1024}'
done
"$build/src/app/rostrum" >/dev/null 2>&1 &
pid=$!
sleep 3
echo "rostrum binary after 3 s: $(grep VmRSS /proc/$pid/status)"
kill "$pid"

#!/usr/bin/env bash
# Time to first window and resident memory: rostrum's startup (bench_gui startup: main.cpp's steps,
# first paint) next to an empty QMainWindow (bench_bare_window) built with the same flags, and the
# same empty window loading all of rostrum's shared libraries (bench_bare_window_linked), RUNS times
# each, offscreen, in a private home; then the RSS of the real rostrum binary after 3 s idle.
# Usage: bench/gui_startup.sh BUILD_DIR [RUNS]
set -euo pipefail
build="${1:?build dir}"
runs="${2:-10}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_CACHE_HOME="$tmp/cache"
export QT_QPA_PLATFORM=offscreen ROSTRUM_BASE_URL=http://127.0.0.1:1 LANG=C.UTF-8
unset MISTRAL_API_KEY
for i in $(seq "$runs"); do
    BENCH_LAUNCH_NS=$(date +%s%N) "$build/bench/bench_gui" startup 2>/dev/null | grep "first paint"
    BENCH_LAUNCH_NS=$(date +%s%N) "$build/bench/bench_bare_window" 2>/dev/null | grep "first paint"
    if [ -x "$build/bench/bench_bare_window_linked" ]; then
        BENCH_LAUNCH_NS=$(date +%s%N) "$build/bench/bench_bare_window_linked" 2>/dev/null \
            | grep "first paint" | sed 's/^bare/bare+libs/'
    fi
done
"$build/src/app/rostrum" >/dev/null 2>&1 &
pid=$!
sleep 3
echo "rostrum binary after 3 s: $(grep VmRSS /proc/$pid/status)"
kill "$pid"

#!/bin/bash
# CPU time of `rostrum-cli chat` reading a 200,000-token stream from a local rostrum-mock-server
# (--scenario long), next to `curl -N` reading the same stream (bytes only, no parsing).
# CPU time is the child's user+sys (bash `time`, from wait4's rusage).
# Usage: bench/cli_stream_cpu.sh BUILD_DIR [RUNS=5]
set -euo pipefail
build=${1:?build dir}; runs=${2:-5}
work=$(mktemp -d)
trap 'kill $mock 2>/dev/null || true; rm -rf "$work"' EXIT
"$build/tests/support/rostrum-mock-server" --port 0 --key test-key --scenario long > "$work/mock.out" 2>&1 &
mock=$!
for _ in $(seq 50); do grep -q listening "$work/mock.out" && break; sleep 0.1; done
url=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/mock.out")
body='{"model":"mistral-small-latest","messages":[{"role":"user","content":"Go on."}],"stream":true}'

# cpu OUT_FILE CMD...: runs CMD with stdout to OUT_FILE; prints "cpu_ms wall_ms". CPU is user+sys of
# the child as bash's `time` reports it (wait4 rusage, millisecond precision).
cpu() {
  local out=$1; shift
  local TIMEFORMAT='%3U %3S %3R'
  local t
  t=$( { time "$@" > "$out" 2>/dev/null; } 2>&1 )
  awk '{printf "%.1f %.0f\n", ($1 + $2) * 1000, $3 * 1000}' <<< "$t"
}

cli=(); curls=()
for i in $(seq "$runs"); do
  read -r c w < <(MISTRAL_API_KEY=test-key ROSTRUM_DATA_DIR="$work/data" cpu "$work/cli.txt" \
    "$build/src/cli/rostrum-cli" --base-url "$url" chat "Go on.")
  echo "run $i  rostrum-cli chat: ${c} ms CPU, ${w} ms wall"
  cli+=("$c")
  read -r c w < <(cpu "$work/curl.txt" curl -sN -H "Authorization: Bearer test-key" \
    -H "Content-Type: application/json" -d "$body" "$url/v1/chat/completions")
  echo "run $i  curl -N:           ${c} ms CPU, ${w} ms wall"
  curls+=("$c")
done
# Peak memory of one more run of each (GNU time), for the record.
rss() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }
rss_cli=$(MISTRAL_API_KEY=test-key ROSTRUM_DATA_DIR="$work/data" rss "$build/src/cli/rostrum-cli" --base-url "$url" chat "Go on.")
rss_curl=$(rss curl -sN -H "Authorization: Bearer test-key" -d "$body" "$url/v1/chat/completions")
echo "max RSS: rostrum-cli ${rss_cli} KB, curl ${rss_curl} KB"
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
mc=$(median "${cli[@]}"); mu=$(median "${curls[@]}")
tokens=$(grep -c '^data: {' "$work/curl.txt")
echo "median CPU: rostrum-cli ${mc} ms, curl ${mu} ms, ratio $(awk -v a="$mc" -v b="$mu" 'BEGIN {printf "%.2f", a/b}')x;" \
  "per streamed token: $(awk -v a="$mc" -v t="$tokens" 'BEGIN {printf "%.0f", a*1e6/t}') ns vs" \
  "$(awk -v a="$mu" -v t="$tokens" 'BEGIN {printf "%.0f", a*1e6/t}') ns"
echo "answer characters (cli): $(wc -m < "$work/cli.txt"); stream bytes (curl): $(wc -c < "$work/curl.txt");" \
  "events: $(grep -c '^data:' "$work/curl.txt")"

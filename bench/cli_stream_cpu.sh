#!/bin/bash
# CPU time of `rostrum-cli chat` reading a 200,000-token stream from a local rostrum-mock-server
# (--scenario long), next to `curl -sN` reading the same stream (bytes only, no parsing), on both
# framings the mock server speaks in one run:
#   chunked  HTTP/1.1 keep-alive, Transfer-Encoding: chunked, one HTTP chunk per SSE event (as the API)
#   close    no length and no chunking, the body ends when the connection closes
# CPU time is the child's user+sys (bash `time`, from wait4's rusage). The runs alternate between the
# two clients. Each framing also checks that the text rostrum-cli printed is byte for byte the
# concatenation of the stream's `content` strings as curl received them (python3's JSON reader).
# Usage: bench/cli_stream_cpu.sh BUILD_DIR [RUNS=5]; exits non-zero if a text differs.
# ROSTRUM_CLI=PATH measures another rostrum-cli binary (an older build) against the same servers.
set -euo pipefail
build=${1:?build dir}; runs=${2:-5}
cli_bin=${ROSTRUM_CLI:-$build/src/cli/rostrum-cli}
work=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT
body='{"model":"mistral-small-latest","messages":[{"role":"user","content":"Go on."}],"stream":true}'

start_mock() { # FRAMING -> sets url (not in a subshell, so the trap knows the server's pid)
  "$build/tests/support/rostrum-mock-server" --port 0 --key test-key --scenario long --framing "$1" \
    > "$work/mock-$1.out" 2>&1 &
  pids+=($!)
  for _ in $(seq 50); do grep -q listening "$work/mock-$1.out" && break; sleep 0.1; done
  url=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/mock-$1.out")
}

# cpu OUT_FILE CMD...: runs CMD with stdout to OUT_FILE; prints "cpu_ms wall_ms".
cpu() {
  local out=$1; shift
  local TIMEFORMAT='%3U %3S %3R'
  local t
  t=$( { time "$@" > "$out" 2>/dev/null; } 2>&1 )
  awk '{printf "%.1f %.0f\n", ($1 + $2) * 1000, $3 * 1000}' <<< "$t"
}
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
range() { printf '%s\n' "$@" | sort -g | awk 'NR==1 {lo=$1} {hi=$1} END {printf "%s-%s", lo, hi}'; }
contents() { # SSE file -> the concatenated content strings, as UTF-8
  python3 -c '
import json, sys
out = []
for line in open(sys.argv[1], encoding="utf-8"):
    if line.startswith("data: {"):
        for c in json.loads(line[6:]).get("choices", []):
            t = (c.get("delta") or {}).get("content")
            if isinstance(t, str):
                out.append(t)
sys.stdout.write("".join(out) + "\n")' "$1"   # rostrum-cli ends the answer with a newline
}

status=0
for framing in chunked close; do
  start_mock "$framing"
  cli=(); curls=()
  for i in $(seq "$runs"); do
    read -r c w < <(MISTRAL_API_KEY=test-key ROSTRUM_DATA_DIR="$work/data" cpu "$work/cli.txt" \
      "$cli_bin" --base-url "$url" chat "Go on.")
    echo "$framing run $i  rostrum-cli chat: ${c} ms CPU, ${w} ms wall"
    cli+=("$c")
    read -r c w < <(cpu "$work/curl.txt" curl -sN -H "Authorization: Bearer test-key" \
      -H "Content-Type: application/json" -d "$body" "$url/v1/chat/completions")
    echo "$framing run $i  curl -sN:         ${c} ms CPU, ${w} ms wall"
    curls+=("$c")
  done
  # Peak memory of one more run of each (GNU time), for the record.
  rss_cli=$(MISTRAL_API_KEY=test-key ROSTRUM_DATA_DIR="$work/data" /usr/bin/time -f %M "$cli_bin" --base-url "$url" \
    chat "Go on." 2>&1 >/dev/null | tail -1)
  rss_curl=$(/usr/bin/time -f %M curl -sN -H "Authorization: Bearer test-key" -H "Content-Type: application/json" \
    -d "$body" "$url/v1/chat/completions" 2>&1 >/dev/null | tail -1)
  mc=$(median "${cli[@]}"); mu=$(median "${curls[@]}")
  tokens=$(grep -c '^data: {' "$work/curl.txt")
  contents "$work/curl.txt" > "$work/expected.txt"
  if cmp -s "$work/expected.txt" "$work/cli.txt"; then same="byte-identical"; else same="DIFFERENT"; status=1; fi
  echo "$framing: median CPU rostrum-cli ${mc} ms ($(range "${cli[@]}")), curl ${mu} ms ($(range "${curls[@]}"))," \
    "ratio $(awk -v a="$mc" -v b="$mu" 'BEGIN {printf "%.2f", a/b}')x; per streamed token" \
    "$(awk -v a="$mc" -v t="$tokens" 'BEGIN {printf "%.0f", a*1e6/t}') ns vs" \
    "$(awk -v a="$mu" -v t="$tokens" 'BEGIN {printf "%.0f", a*1e6/t}') ns"
  echo "$framing: stream $(wc -c < "$work/curl.txt") bytes, $(grep -c '^data:' "$work/curl.txt") events;" \
    "printed text $(wc -c < "$work/cli.txt") bytes, $same to the stream's content;" \
    "max RSS rostrum-cli ${rss_cli} KB, curl ${rss_curl} KB"
done
exit $status

#!/bin/bash
# Real-time check of `rostrum-cli batch` against a rate-limited rostrum-mock-server:
# N requests, a server allowing RPM a minute; prints elapsed time, 429 retries, and the theoretical minimum.
# Usage: bench/cli_batch_ratelimit.sh BUILD_DIR [N=50] [RPM=20] [extra rostrum-cli global options...]
set -euo pipefail
build=${1:?build dir}; n=${2:-50}; rpm=${3:-20}; shift $(( $# < 3 ? $# : 3 ))
work=$(mktemp -d)
trap 'kill $mock 2>/dev/null || true; rm -rf "$work"' EXIT
for i in $(seq 0 $((n - 1))); do
  printf '{"id":"q%d","body":{"model":"mistral-small-latest","messages":[{"role":"user","content":"Question %d: is it so?"}],"max_tokens":60}}\n' "$i" "$i"
done > "$work/in.jsonl"
"$build/tests/support/rostrum-mock-server" --port 0 --key test-key --rpm "$rpm" > "$work/mock.out" 2>&1 &
mock=$!
for _ in $(seq 50); do grep -q listening "$work/mock.out" && break; sleep 0.1; done
url=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/mock.out")
start=$(date +%s.%N)
MISTRAL_API_KEY=test-key ROSTRUM_DATA_DIR="$work/data" "$build/src/cli/rostrum-cli" --base-url "$url" "$@" \
  batch --input "$work/in.jsonl" --output "$work/out.jsonl" --concurrency 4 2> "$work/err.txt"
end=$(date +%s.%N)
ok=$(grep -c '"ok":true' "$work/out.jsonl" || true)
retries=$(grep -o '"attempts":[0-9]*' "$work/out.jsonl" | awk -F: '{s += $2 - 1} END {print s + 0}')
minimum=$(( ( (n + rpm - 1) / rpm - 1) * 60 ))
printf 'requests=%d ok=%d retries(429s)=%d elapsed=%.2f s theoretical_minimum=%d s\n' \
  "$n" "$ok" "$retries" "$(echo "$end - $start" | bc)" "$minimum"

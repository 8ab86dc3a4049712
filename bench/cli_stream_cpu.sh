#!/bin/bash
# CPU time of `rostrum-cli chat` reading a 200,000-token stream from a local rostrum-mock-server
# (--scenario long), next to `curl -N` reading the same stream (bytes only, no parsing).
# Usage: bench/cli_stream_cpu.sh BUILD_DIR [RUNS=3]
set -euo pipefail
build=${1:?build dir}; runs=${2:-3}
work=$(mktemp -d)
trap 'kill $mock 2>/dev/null || true; rm -rf "$work"' EXIT
"$build/tests/support/rostrum-mock-server" --port 0 --key test-key --scenario long > "$work/mock.out" 2>&1 &
mock=$!
for _ in $(seq 50); do grep -q listening "$work/mock.out" && break; sleep 0.1; done
url=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/mock.out")
body='{"model":"mistral-small-latest","messages":[{"role":"user","content":"Go on."}],"stream":true}'
for i in $(seq "$runs"); do
  /usr/bin/time -f "rostrum-cli chat: %U+%S s CPU, %e s wall, %M KB max RSS" \
    env MISTRAL_API_KEY=test-key ROSTRUM_DATA_DIR="$work/data" "$build/src/cli/rostrum-cli" --base-url "$url" \
    chat "Go on." > "$work/cli.txt"
  /usr/bin/time -f "curl -N:           %U+%S s CPU, %e s wall, %M KB max RSS" \
    curl -sN -H "Authorization: Bearer test-key" -H "Content-Type: application/json" -d "$body" \
    "$url/v1/chat/completions" > "$work/curl.txt"
done
echo "answer characters (cli): $(wc -m < "$work/cli.txt"); stream bytes (curl): $(wc -c < "$work/curl.txt");" \
  "events: $(grep -c '^data:' "$work/curl.txt")"

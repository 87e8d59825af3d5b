#!/usr/bin/env bash
# The service under load (issue 7): wrk against POST /v1/documents/referat
# with 1 and with 32 connections, the server's peak resident memory, and the
# peer engines of ../shared/bench-peers in the same run.
#   bench/http_bench.sh [SECONDS]        (default 10 s per load level)
#   PEERS="typst chromium" bench/http_bench.sh
# Needs a Release build in build/ (scripts/build.sh) and wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
peers_dir=${PEERS_DIR:-../shared/bench-peers}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
[ -x build/sygedok ] || scripts/build.sh
port=${BENCH_PORT:-18431}
log=$(mktemp)
build/sygedok serve --port "$port" 2>"$log" >/dev/null &
server=$!
trap 'kill -TERM $server 2>/dev/null; wait $server 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.1; done
peak_rss() { awk '/VmHWM/ { print int($2 / 1024) }' "/proc/$server/status"; }
url="http://127.0.0.1:$port"
echo "single client:"
single=$(wrk -t1 -c1 -d"${seconds}s" -s bench/post_sample.lua "$url" | tail -1)
echo "  $single"
echo "32 clients:"
wrk -t2 -c32 -d"${seconds}s" -s bench/post_sample.lua "$url" | tail -1 | sed 's/^/  /'
echo "  peak resident memory: $(peak_rss) MB"
our_ms=$(echo "$single" | sed -E 's/.*"docs_per_s": ([0-9.]+).*/\1/' | awk '{ printf "%.3f", 1000 / $1 }')
echo "single client: $our_ms ms per document over HTTP"
PEERS=${PEERS:-"typst chromium"} sh "$peers_dir/run.sh" "${PEER_DOCS:-30}" | while read -r line; do
  echo "$line"
  peer=$(echo "$line" | sed -E 's/.*"engine": ?"([^"]+)".*/\1/')
  peer_ms=$(echo "$line" | sed -E 's/.*"ms_per_doc": ?([0-9.]+).*/\1/')
  awk -v p="$peer" -v a="$our_ms" -v b="$peer_ms" 'BEGIN { printf "ratio: sygedok over HTTP is %.1fx faster per document than %s\n", b / a, p }'
done

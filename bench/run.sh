#!/usr/bin/env bash
# Renders the sample referat with sygedok and with the peer engines in the
# same run, and prints each engine's figures and sygedok's speed ratio.
#   bench/run.sh [DOCS]                 sygedok and warm Typst (default)
#   PEERS="typst weasyprint chromium" bench/run.sh 30
# Needs a Release build in build/ (scripts/build.sh) and ../shared beside the repo.
set -euo pipefail
cd "$(dirname "$0")/.."
docs=${1:-200}
peer_docs=${PEER_DOCS:-30}
peers_dir=${PEERS_DIR:-../shared/bench-peers}
[ -x build/bench/render_bench ] || scripts/build.sh
ours=$(build/bench/render_bench samples/referat/fravaerssamtale.json "$docs")
echo "$ours"
our_ms=$(echo "$ours" | sed -E 's/.*"ms_per_doc": ([0-9.]+).*/\1/')
PEERS=${PEERS:-typst} sh "$peers_dir/run.sh" "$peer_docs" | while read -r line; do
  echo "$line"
  peer=$(echo "$line" | sed -E 's/.*"engine": ?"([^"]+)".*/\1/')
  peer_ms=$(echo "$line" | sed -E 's/.*"ms_per_doc": ?([0-9.]+).*/\1/')
  awk -v p="$peer" -v a="$our_ms" -v b="$peer_ms" 'BEGIN { printf "ratio: sygedok is %.1fx faster than %s\n", b / a, p }'
done

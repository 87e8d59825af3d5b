#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang-14 and
# -fsanitize=fuzzer,address,undefined into build-fuzz/, then runs each for
# SECONDS (default 30) on its seeds (samples/ or tests/fuzz/corpus/) and its
# dictionary. New inputs go to build-fuzz/corpus/<target>/, never into the
# repository. Exits non-zero as soon as a target finds a crash, a leak, a
# sanitizer report or a timeout; the input that did it is left in
# build-fuzz/artifacts/. Prints each target's executions and coverage.
#   scripts/fuzz.sh [SECONDS] [TARGET...]     e.g. scripts/fuzz.sh 600 fuzz_request_head
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
shift || true
build=build-fuzz
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_request_head fuzz_markdown fuzz_memo
  fuzz_render_indkaldelse fuzz_render_referat fuzz_render_notat fuzz_render_fastholdelsesplan
  fuzz_render_paamindelse fuzz_render_laegeerklaering
  fuzz_render_svar_fastholdelsesplan fuzz_render_opfoelgningsplan fuzz_render_dialogresultat
  fuzz_render_handleplan)

cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O1 -gline-tables-only" \
  -DCMAKE_C_FLAGS_RELEASE="-O1 -gline-tables-only" -DSYGEDOK_FUZZ=ON \
  -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 >/dev/null
cmake --build "$build" -j"$(nproc)" --target "${targets[@]}"

seeds_of() {
  case "$1" in
    fuzz_render_*) echo "samples/${1#fuzz_render_}" ;;
    fuzz_memo) echo "samples/indkaldelse" ;;
    fuzz_markdown) echo "tests/fuzz/corpus/markdown" ;;
    fuzz_request_head) echo "tests/fuzz/corpus/request_head" ;;
  esac
}
dictionary_of() { [ "$1" = fuzz_request_head ] && echo tests/fuzz/http.dict || echo tests/fuzz/json.dict; }

export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
mkdir -p "$build/artifacts"
for target in "${targets[@]}"; do
  corpus="$build/corpus/$target"
  mkdir -p "$corpus"
  echo "== $target: $seconds s"
  # -timeout: one input may take at most 10 s; -rss_limit_mb: 2 GB.
  "$build/tests/fuzz/$target" "$corpus" "$(seeds_of "$target")" -dict="$(dictionary_of "$target")" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$target-" 2>"$build/$target.log" || {
    tail -n 60 "$build/$target.log"
    echo "fuzz: $target failed; the input is in $build/artifacts/" >&2
    exit 1
  }
  grep -E "DONE|stat::number_of_executed_units|stat::peak_rss_mb" "$build/$target.log" || true
done

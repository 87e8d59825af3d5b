#!/usr/bin/env bash
# Installs the dependencies, builds, and runs every test (unit and end-to-end).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
ctest --test-dir build --output-on-failure -j"$(nproc)"

# The web form in a real browser (Debian's chromium, playwright-core).
BUILD_DIR=build scripts/browser-test.sh

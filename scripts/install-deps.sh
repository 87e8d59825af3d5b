#!/usr/bin/env bash
# Installs what sygedok needs to build, run and test on Debian 12.
# Runs apt-get (as root, or through sudo). Safe to run again.
set -euo pipefail
packages=(
  build-essential cmake pkg-config
  libpoco-dev libssl-dev libhpdf-dev libkainjow-mustache-dev libgtest-dev zlib1g-dev
  libcmark-gfm-dev libcmark-gfm-extensions-dev libunibreak-dev libutf8proc-dev
  libhyphen-dev hyphen-da libxml2-dev libharfbuzz-dev libical-dev
  # test judges
  qpdf poppler-utils libnss3-tools libxml2-utils python3 python3-fonttools fonts-dejavu-core
  hunspell hunspell-da  # tests/e2e/spelling_test.cpp
  openssl curl          # TLS tests: a throw-away CA, curl and s_client against the service
  python3-icalendar     # a second reader of the plan's calendar file
  chromium              # tests/browser: the web form in a real browser
  clang-14 libclang-rt-14-dev  # tests/fuzz: libFuzzer and the sanitizers (scripts/fuzz.sh)
)
# Node.js runs the npm judges in tests/node (ajv, swagger-parser, playwright-core).
# Debian's own nodejs/npm only when the machine has no node yet (a NodeSource
# node already brings npm, and Debian's npm package would conflict with it).
command -v node >/dev/null && command -v npm >/dev/null || packages+=(nodejs npm)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
# The npm judges, exactly as locked (again only when the lock file changed).
cd "$(dirname "$0")/../tests/node"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

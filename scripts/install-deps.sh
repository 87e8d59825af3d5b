#!/usr/bin/env bash
# Installs what sygedok needs to build, run and test on Debian 12.
# Runs apt-get (as root, or through sudo). Safe to run again.
set -euo pipefail
packages=(
  build-essential cmake pkg-config
  libpoco-dev libhpdf-dev libkainjow-mustache-dev libgtest-dev zlib1g-dev
  libcmark-gfm-dev libcmark-gfm-extensions-dev libunibreak-dev libutf8proc-dev
  libhyphen-dev hyphen-da libxml2-dev
  # test judges
  qpdf poppler-utils libnss3-tools libxml2-utils python3 python3-fonttools python3-jsonschema fonts-dejavu-core
  hunspell hunspell-da  # tests/e2e/spelling_test.cpp
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"

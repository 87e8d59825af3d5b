#!/usr/bin/env bash
# The web form's tests in a real browser (docs/web.md): starts the built
# service on a free port over TLS, waits until it is ready, runs
# tests/browser/*.test.mjs with node's test runner (Debian's chromium driven
# by playwright-core from tests/node), and stops the service again, whatever
# happens. The TLS certificate comes from a throw-away PKI
# (tests/fixtures/make-test-pki.sh); chromium trusts its root CA through an
# NSS database in a HOME of its own (certutil), node through
# NODE_EXTRA_CA_CERTS, so both verify the chain as they would any other.
#   BUILD_DIR   the build folder holding sygedok (default: build)
#   CHROMIUM    the browser (default: /usr/bin/chromium)
#   SCREENSHOT=1  also write docs/web-form.png, docs/web-plan.png and docs/web-dialog.png
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${BUILD_DIR:-build}
binary="$build_dir/sygedok"
export CHROMIUM=${CHROMIUM:-/usr/bin/chromium}

[ -x "$binary" ] || { echo "browser-test: $binary findes ikke; byg først (scripts/build.sh)" >&2; exit 2; }
[ -x "$CHROMIUM" ] || { echo "browser-test: $CHROMIUM findes ikke (apt-get install chromium)" >&2; exit 2; }
[ -d tests/node/node_modules/playwright-core ] || { echo "browser-test: playwright-core mangler (scripts/install-deps.sh)" >&2; exit 2; }
command -v certutil >/dev/null || { echo "browser-test: certutil mangler (apt-get install libnss3-tools)" >&2; exit 2; }

work=$(mktemp -d)
mkdir -p "$work/pki" "$work/home/.pki/nssdb"
sh tests/fixtures/make-test-pki.sh "$work/pki"
export HOME="$work/home"
certutil -N -d "sql:$HOME/.pki/nssdb" --empty-password
certutil -A -d "sql:$HOME/.pki/nssdb" -n "sygedok test root CA" -t "C,," -i "$work/pki/root.pem"
export NODE_EXTRA_CA_CERTS="$work/pki/root.pem"

"$binary" serve --port 0 --tls-cert "$work/pki/server.pem" --tls-key "$work/pki/server.key" >"$work/out" 2>"$work/err" &
server=$!
stop() {
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap stop EXIT

# `serve --port 0` binds a free port and prints "sygedok lytter på https://127.0.0.1:PORT".
url=""
for _ in $(seq 1 600); do
  url=$(grep -o 'https://[^ ]*' "$work/out" | head -n 1 || true)
  [ -n "$url" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$work/err" >&2; echo "browser-test: sygedok serve stoppede" >&2; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "browser-test: sygedok serve oplyste ingen adresse" >&2; exit 1; }

# Ready once the fonts and templates are loaded (/readyz answers 200).
node -e '
  const url = process.argv[1] + "/readyz";
  const deadline = Date.now() + 60000;
  (async function poll() {
    try { if ((await fetch(url)).status === 200) return; } catch {}
    if (Date.now() > deadline) { console.error("browser-test: " + url + " blev aldrig klar"); process.exit(1); }
    setTimeout(poll, 100);
  })();
' "$url"

# One file at a time (each starts its own browser); every file runs, the first failure sets the exit code.
status=0
for file in tests/browser/*.test.mjs; do
  SYGEDOK_URL="$url" node --test "$file" || status=1
done
exit $status

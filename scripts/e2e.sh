#!/usr/bin/env bash
# Browser end-to-end test: builds the app in Wails dev mode, serves the real
# Go services on a loopback port under Xvfb, and drives Debian's Chromium
# through it with Playwright. A seeded IMAP server (internal/e2e/imapfixture)
# runs beside it for the test that connects a mailbox.
set -euo pipefail
cd "$(dirname "$0")/.."
# One instant for the app, the IMAP fixture and the browser: the demo data
# and every verdict that depends on the hour (a silence's length, the free
# slots a call is offered at) are then the same whenever the test runs.
export DIALTONE_NOW=${DIALTONE_NOW:-2026-11-18T10:00:00Z}
. scripts/xapp.sh
art=${ARTIFACTS:-build/artifacts}
mkdir -p "$art"
mkdir -p build/bin
art=$(cd "$art" && pwd)
go build -tags dev,webkit2_41 -o build/bin/dialtone-dev .
go build -o build/bin/imapfixture ./internal/e2e/imapfixture
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
data=$(mktemp -d)
imap_out=$(mktemp)
imap_pid=""
cleanup() {
  xapp_stop
  if [ -n "$imap_pid" ]; then
    kill -TERM "$imap_pid" 2>/dev/null || true
    wait "$imap_pid" 2>/dev/null || true
  fi
  rm -rf "$data" "$imap_out"
}
trap cleanup EXIT
./build/bin/imapfixture >"$imap_out" 2>"$art/e2e-imapfixture.log" &
imap_pid=$!
imap_port=""
for _ in $(seq 1 40); do
  imap_port=$(sed -n 's/^PORT=//p' "$imap_out")
  [ -n "$imap_port" ] && break
  kill -0 "$imap_pid" 2>/dev/null || break
  sleep 0.25
done
[ -n "$imap_port" ] || { cat "$art/e2e-imapfixture.log"; echo "e2e: the IMAP fixture did not start"; exit 1; }
xapp_start "$art/e2e-app.log" env DIALTONE_DATA_DIR="$data" ./build/bin/dialtone-dev \
  -devserver "127.0.0.1:$port" -assetdir "$(pwd)/frontend/dist" -loglevel Warning
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null && break
  sleep 0.5
done
curl -fsS -o /dev/null "http://127.0.0.1:$port/" || { cat "$art/e2e-app.log"; echo "e2e: the app did not come up"; exit 1; }
(cd frontend && DIALTONE_URL="http://127.0.0.1:$port" DIALTONE_SHOTS="$art/e2e" DIALTONE_IMAP_PORT="$imap_port" npm run --silent e2e)
echo "E2E screenshots: $art/e2e"

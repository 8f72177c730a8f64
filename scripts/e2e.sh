#!/usr/bin/env bash
# Browser end-to-end test: builds the app in Wails dev mode, serves the real
# Go services on a loopback port under Xvfb, and drives Debian's Chromium
# through it with Playwright.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/xapp.sh
art=${ARTIFACTS:-build/artifacts}
mkdir -p "$art"
mkdir -p build/bin
art=$(cd "$art" && pwd)
go build -tags dev,webkit2_41 -o build/bin/dialtone-dev .
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
data=$(mktemp -d)
trap 'xapp_stop; rm -rf "$data"' EXIT
xapp_start "$art/e2e-app.log" env DIALTONE_DATA_DIR="$data" ./build/bin/dialtone-dev \
  -devserver "127.0.0.1:$port" -assetdir "$(pwd)/frontend/dist" -loglevel Warning
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null && break
  sleep 0.5
done
curl -fsS -o /dev/null "http://127.0.0.1:$port/" || { cat "$art/e2e-app.log"; echo "e2e: the app did not come up"; exit 1; }
(cd frontend && DIALTONE_URL="http://127.0.0.1:$port" DIALTONE_SHOTS="$art/e2e" npm run --silent e2e)
echo "E2E screenshots: $art/e2e"

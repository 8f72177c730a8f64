#!/usr/bin/env bash
# Desktop smoke test: starts the built app on demo data in a real window
# under Xvfb, screenshots the screen and fails if nothing was drawn.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/xapp.sh
bin=${1:-build/bin/dialtone}
art=${ARTIFACTS:-build/artifacts}
mkdir -p "$art"
art=$(cd "$art" && pwd)
shot="$art/smoke.png"
data=$(mktemp -d)
trap 'xapp_stop; rm -rf "$data"' EXIT
rm -f "$shot"

# Inside the X session: start the app, then screenshot until the window shows
# real content (many colours from text and charts) or time runs out.
xapp_start "$art/smoke.log" env DIALTONE_DATA_DIR="$data" bash -c '
  "$1" & app=$!
  for i in $(seq 1 40); do
    sleep 1
    kill -0 $app 2>/dev/null || { echo "smoke: the app exited"; exit 1; }
    [ $i -ge 4 ] || continue
    import -window root "$2.tmp.png" 2>/dev/null || continue
    colours=$(convert "$2.tmp.png" -format %k info:)
    echo "smoke: ${i}s: $colours colours"
    if [ "$colours" -gt 200 ]; then sleep 2; import -window root "$2"; echo "smoke: ok"; rm -f "$2.tmp.png"; kill $app; exit 0; fi
  done
  mv "$2.tmp.png" "$2" 2>/dev/null; echo "smoke: the window stayed blank"; kill $app; exit 1
' smoke "$bin" "$shot"
wait "$XAPP_PGID" || true
cat "$art/smoke.log"
echo "SMOKE screenshot: $shot"
grep -q "smoke: ok" "$art/smoke.log"

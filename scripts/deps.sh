#!/usr/bin/env bash
# Installs what building and testing Dialtone needs, skipping what is there:
# Debian packages, the pinned Wails CLI (built from tools/wails) and the
# frontend's npm packages. Usage: scripts/deps.sh [build|test]
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-build}

pkgs=(pkg-config gcc libgtk-3-dev libwebkit2gtk-4.1-dev)
if [ "$what" = test ]; then
  pkgs+=(xvfb xauth dbus dbus-x11 chromium imagemagick dovecot-imapd isync)
fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "deps: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  if [[ " ${missing[*]} " == *" dovecot-imapd "* ]]; then
    # The package has just started the system Dovecot; tests run their own.
    $sudo systemctl stop dovecot 2>/dev/null || $sudo service dovecot stop >/dev/null 2>&1 || true
  fi
fi

# The Wails CLI, pinned in tools/wails/go.mod.
if [ ! -x bin/wails ] || [ tools/wails/go.mod -nt bin/wails ]; then
  echo "deps: building the Wails CLI"
  (cd tools/wails && go build -o ../../bin/wails github.com/wailsapp/wails/v2/cmd/wails)
fi

# npm packages, reinstalled when the lock file changes.
if [ ! -d frontend/node_modules ] || [ frontend/package-lock.json -nt frontend/node_modules/.package-lock.json ]; then
  echo "deps: installing npm packages"
  (cd frontend && npm ci --no-audit --no-fund --loglevel=error)
fi

# Helpers to run a Dialtone binary under Xvfb; sourced by smoke.sh and e2e.sh.
# The app runs in its own process group so it and Xvfb stop together.

# xapp_start LOG CMD... : starts CMD under a virtual X server and D-Bus session.
xapp_start() {
  local log=$1
  shift
  setsid xvfb-run -a -s "-screen 0 1280x860x24 -nolisten tcp" dbus-run-session -- "$@" >"$log" 2>&1 &
  XAPP_PGID=$!
}

# xapp_stop: stops the process group started by xapp_start.
xapp_stop() {
  if [ -n "${XAPP_PGID:-}" ]; then
    kill -TERM -- "-$XAPP_PGID" 2>/dev/null || true
    for _ in $(seq 1 20); do
      kill -0 -- "-$XAPP_PGID" 2>/dev/null || break
      sleep 0.25
    done
    kill -KILL -- "-$XAPP_PGID" 2>/dev/null || true
    XAPP_PGID=""
  fi
}

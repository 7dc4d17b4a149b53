# app-session.sh: sourced by the shell tests that run the real app and its
# reminder daemon under a session bus of their own
#
# Copyright 2026 The Sitwell authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Source it first thing, without arguments: it starts the script again
# under dbus-run-session (so the app's single-instance name and the
# daemon's name are the script's own), with TAP on fd 3 and whatever the
# bus's services print on stderr. Then it gives TAP helpers and asks the
# bus about the daemon.

if [ -z "${SW_TEST_PRIVATE_BUS:-}" ]; then
  export SW_TEST_PRIVATE_BUS=1
  exec dbus-run-session -- "$0" "$@" 3>&1 1>&2
fi

app_id=io.github.sitwell.Sitwell
reminders_id=io.github.sitwell.Sitwell.Reminders
n=0
failed=0

ok () { n=$((n + 1)); echo "ok $n - $1" >&3; }
not_ok () {
  n=$((n + 1)); failed=1; echo "not ok $n - $1" >&3
  [ $# -gt 1 ] && printf '%s\n' "$2" | sed 's/^/# /' >&3
  return 0
}
check () { local what=$1; shift; if "$@"; then ok "$what"; else not_ok "$what"; fi; }

# The pid of the process owning bus name $1, or nothing.
owner_pid () {
  gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
    --method org.freedesktop.DBus.GetConnectionUnixProcessID "$1" 2>/dev/null |
    sed -n 's/^(uint32 \([0-9]*\),)$/\1/p'
}

# call_daemon METHOD ARGS…: calls the daemon's METHOD on its object.
call_daemon () {
  gdbus call --session --dest "$reminders_id" --object-path /io/github/sitwell/Sitwell/Reminders \
    --method "$@" 2>/dev/null
}

# The daemon's State property ("working", "due", …), or nothing.
daemon_state () {
  call_daemon org.freedesktop.DBus.Properties.Get io.github.sitwell.Sitwell.Reminders1 State |
    grep -o "'[a-z-]*'" | tr -d "'"
}

# Asks the running app to quit through its app.quit action.
quit_app () {
  gdbus call --session --dest "$app_id" --object-path /io/github/sitwell/Sitwell \
    --method org.gtk.Actions.Activate quit '[]' '{}' >/dev/null
}

# wait_while_running PID TENTHS: up to TENTHS tenths of a second for PID to end.
wait_while_running () {
  local tenths=$2
  while kill -0 "$1" 2>/dev/null && [ "$tenths" -gt 0 ]; do
    sleep 0.1
    tenths=$((tenths - 1))
  done
}

# wait_for_owner NAME NOT_PID TENTHS: prints the pid of a process other
# than NOT_PID that owns NAME, waiting up to TENTHS tenths of a second.
wait_for_owner () {
  local name=$1 not=$2 tenths=$3 pid
  while [ "$tenths" -gt 0 ]; do
    pid=$(owner_pid "$name")
    if [ -n "$pid" ] && [ "$pid" != "$not" ]; then
      echo "$pid"
      return 0
    fi
    sleep 0.1
    tenths=$((tenths - 1))
  done
  return 1
}

# wait_for_state STATE TENTHS: up to TENTHS tenths of a second for the
# daemon to be in STATE.
wait_for_state () {
  local tenths=$2
  while [ "$(daemon_state)" != "$1" ] && [ "$tenths" -gt 0 ]; do
    sleep 0.1
    tenths=$((tenths - 1))
  done
  [ "$(daemon_state)" = "$1" ]
}

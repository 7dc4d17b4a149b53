#!/bin/bash
# check-daemon-faults.sh: the real reminder daemon outlives its notification server
#
# Copyright 2026 The Sitwell authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-daemon-faults.sh PATH/TO/sitwell-reminders PATH/TO/fake-notifications.py
#
# Runs the built daemon on a private session bus with SITWELL_TIME_SCALE=900
# (45 minutes pass in 3 seconds) beside a small notification server, kills
# the server with SIGKILL mid-session and starts another, and checks that
# the daemon keeps running, says notifications are gone and back, falls due
# on time meanwhile, shows the waiting reminder through the new server and
# answers its D-Bus interface throughout. The bus has no service files, so
# nothing (dunst, say) is started in the server's place. Output is TAP.

set -uo pipefail

# What the bus and the processes print goes to stderr; TAP goes to fd 3.
if [ -z "${SW_TEST_PRIVATE_BUS:-}" ]; then
  export SW_TEST_PRIVATE_BUS=1
  config=$(mktemp)
  cat > "$config" <<'EOF'
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
EOF
  dbus-run-session --config-file="$config" -- "$0" "$@" 3>&1 1>&2
  status=$?
  rm -f "$config"
  exit $status
fi

daemon=$1
server=$2
service=io.github.sitwell.Sitwell.Reminders
path=/io/github/sitwell/Sitwell/Reminders
iface=io.github.sitwell.Sitwell.Reminders1
n=0
tmp=$(mktemp -d)
daemon_pid=
server_pid=

cleanup () {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null
  [ -n "$daemon_pid" ] && kill "$daemon_pid" 2>/dev/null
  wait 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT

ok () { n=$((n + 1)); echo "ok $n - $1" >&3; }
not_ok () {
  n=$((n + 1)); echo "not ok $n - $1" >&3
  [ $# -gt 1 ] && printf '%s\n' "$2" | sed 's/^/# /' >&3
  return 0
}
# Gives up on what follows: the steps depend on each other.
bail () {
  not_ok "$1" "$(tail -n 20 "$tmp/daemon.err" 2>/dev/null)"
  echo "1..$n" >&3
  exit 1
}

# wait_for SECONDS COMMAND…: polls every 0.1 s until COMMAND succeeds.
wait_for () {
  local tries=$(($1 * 10))
  shift
  while ! "$@" >/dev/null 2>&1; do
    tries=$((tries - 1))
    [ $tries -gt 0 ] || return 1
    sleep 0.1
  done
}

has_owner () {
  gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
    --method org.freedesktop.DBus.NameHasOwner "$1" | grep -q true
}

property () {
  gdbus call --session --dest "$service" --object-path "$path" \
    --method org.freedesktop.DBus.Properties.Get "$iface" "$1"
}

property_is () { property "$1" | grep -q -F "<$2>"; }

call () {
  gdbus call --session --dest "$service" --object-path "$path" --method "$iface.$1" "${@:2}"
}

daemon_alive () { kill -0 "$daemon_pid" 2>/dev/null; }

lines_in () { [ -f "$1" ] && [ "$(wc -l < "$1")" -ge "$2" ]; }

start_server () {
  "$server" "$1" &
  server_pid=$!
  wait_for 10 has_owner org.freedesktop.Notifications
}

export XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config
export XDG_CACHE_HOME=$tmp/cache XDG_STATE_HOME=$tmp/state
export SITWELL_TIME_SCALE=900
export DBUS_SYSTEM_BUS_ADDRESS=unix:path=/nonexistent/system_bus_socket
unset DISPLAY WAYLAND_DISPLAY

start_server "$tmp/first.log" || bail "the first notification server starts"
ok "the first notification server starts"

G_DEBUG=fatal-warnings "$daemon" 2>"$tmp/daemon.err" &
daemon_pid=$!
wait_for 10 has_owner "$service" || bail "the daemon starts and takes its name"
ok "the daemon starts and takes its name"

wait_for 10 lines_in "$tmp/first.log" 1 || bail "the first reminder goes to the server"
ok "the first reminder goes to the server"

# Paused, nothing is shown: only watching the server can notice it go.
call Pause 0 >/dev/null || bail "the daemon takes Pause"
kill -KILL "$server_pid"
wait "$server_pid" 2>/dev/null
server_pid=
wait_for 5 property_is NotificationsAvailable false ||
  bail "NotificationsAvailable turns false when the server is killed"
ok "NotificationsAvailable turns false when the server is killed"
call Resume >/dev/null || bail "the daemon takes Resume"

wait_for 10 property_is State "'due'" || bail "the next reminder falls due without a server"
ok "the next reminder falls due without a server"
if daemon_alive && property State >/dev/null; then
  ok "the daemon runs on and answers"
else
  bail "the daemon runs on and answers"
fi

start_server "$tmp/second.log" || bail "a new notification server starts"
wait_for 5 property_is NotificationsAvailable true ||
  bail "NotificationsAvailable turns true with the new server"
ok "NotificationsAvailable turns true with the new server"
wait_for 5 lines_in "$tmp/second.log" 1 || bail "the waiting reminder is shown through it"
ok "the waiting reminder is shown through it"

call Skip >/dev/null || bail "the daemon takes Skip again"
wait_for 10 lines_in "$tmp/second.log" 2 || bail "the following reminder goes to the new server"
ok "the following reminder goes to the new server"

if call Pause 0 >/dev/null && property_is State "'paused'" &&
   call Resume >/dev/null && property_is State "'working'"; then
  ok "the daemon answers its interface afterwards"
else
  not_ok "the daemon answers its interface afterwards"
fi

if daemon_alive; then
  ok "the daemon is still running"
else
  wait "$daemon_pid"
  not_ok "the daemon is still running (exit status $?)" "$(tail -n 20 "$tmp/daemon.err")"
fi

echo "1..$n" >&3

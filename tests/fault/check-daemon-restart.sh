#!/bin/bash
# check-daemon-restart.sh: the reminder daemon dies while the app is open
#
# Copyright 2026 The Sitwell authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-daemon-restart.sh PATH/TO/sitwell PATH/TO/sitwell-reminders
#
# Runs the real app (on the X display it is given, under its own session
# bus), which starts the real daemon through SITWELL_REMINDERS_PATH, then
# kills the daemon with SIGKILL, SIGSEGV and SIGABRT and checks that each time
# a new daemon owns io.github.sitwell.Sitwell.Reminders within a few
# seconds, answers, and that the app is still running; then that the app
# quits cleanly and the daemon outlives it, as reminders should.
# Output is TAP.

set -uo pipefail

# A private session bus; TAP on fd 3.
. "$(dirname "$0")/../app-session.sh"

sitwell=$1
reminders=$2
app_pid=
tmp=$(mktemp -d)

cleanup () {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null
  local pid
  pid=$(owner_pid "$reminders_id")
  [ -n "$pid" ] && kill "$pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT

# A crashing daemon leaves no core file behind.
ulimit -c 0

# Everything the app and the daemon write stays in $tmp (the daemon writes
# an autostart entry, both write the journal).
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data XDG_CACHE_HOME=$tmp/cache
export XDG_STATE_HOME=$tmp/state
export SITWELL_REMINDERS_PATH=$reminders GSK_RENDERER=cairo LANGUAGE=en

# Xvfb resets when its last client leaves, and an app that connects just
# then gets "cannot open display": that start is tried again.
daemon=
for attempt in 1 2 3; do
  G_DEBUG=fatal-warnings "$sitwell" 2>"$tmp/app.err" &
  app_pid=$!
  daemon=$(wait_for_owner "$reminders_id" "" 150) && break
  kill "$app_pid" 2>/dev/null
  wait "$app_pid" 2>/dev/null
  app_pid=
  grep -q 'cannot open display' "$tmp/app.err" || break
  echo "# the display was resetting; starting again" >&3
done

if [ -z "$daemon" ]; then
  not_ok "the app starts the reminder daemon" "$(tail -n 20 "$tmp/app.err")"
  echo "1..$n" >&3
  exit 1
fi
ok "the app starts the reminder daemon (pid $daemon)"

# Killed, crashed, aborted: each time a new daemon within five seconds (three
# restarts is what the app allows in ten minutes).
# The first time the person had paused reminders for an hour: the app puts
# the pause back on the new daemon. (A change in the daemon's first moments
# can reach the app before GDBusProxy has read the properties, and be
# dropped: give it a second, as a person would.)
sleep 1
call_daemon io.github.sitwell.Sitwell.Reminders1.Pause 3600 >/dev/null
for signal in KILL SEGV ABRT; do
  kill -s "$signal" "$daemon"
  started=$(date +%s%N)
  if new=$(wait_for_owner "$reminders_id" "$daemon" 50); then
    took=$((($(date +%s%N) - started) / 1000000))
    ok "after SIG$signal a new daemon (pid $new) owns $reminders_id after $took ms"
    daemon=$new
  else
    not_ok "after SIG$signal a new daemon owns $reminders_id within 5 s"
  fi
  if [ "$signal" = KILL ]; then
    if wait_for_state paused 20; then
      ok "the new daemon keeps the pause the old one had"
    else
      not_ok "the new daemon keeps the pause the old one had (state $(daemon_state))"
    fi
    call_daemon io.github.sitwell.Sitwell.Reminders1.Resume >/dev/null
  fi
  state=$(daemon_state)
  if [ -n "$state" ]; then
    ok "the new daemon answers (state $state)"
  else
    not_ok "the new daemon answers"
  fi
  if kill -0 "$app_pid" 2>/dev/null; then
    ok "the app is still running after the daemon's SIG$signal"
  else
    not_ok "the app is still running after the daemon's SIG$signal" "$(tail -n 20 "$tmp/app.err")"
  fi
done

# The app quits cleanly; the reminders go on without it.
quit_app
wait_while_running "$app_pid" 100
if kill -0 "$app_pid" 2>/dev/null; then
  not_ok "the app quits when asked"
else
  wait "$app_pid"
  status=$?
  app_pid=
  if [ "$status" = 0 ]; then
    ok "the app quits cleanly"
  else
    not_ok "the app quits cleanly (status $status)" "$(tail -n 20 "$tmp/app.err")"
  fi
fi
if [ "$(owner_pid "$reminders_id")" = "$daemon" ]; then
  ok "the restarted daemon keeps running after the app quits"
else
  not_ok "the restarted daemon keeps running after the app quits"
fi

echo "1..$n" >&3
exit $failed

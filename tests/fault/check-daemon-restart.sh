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
# seconds, answers, carries on with the old one's schedule (a pause, the
# next due moment, a break that is then logged from its real start), and
# that the app is still running; then that the app quits cleanly and the
# daemon outlives it, as reminders should, and that the daemon, told to
# quit, leaves no saved schedule behind.
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

# daemon_time PROPERTY: NextDue or StateEnds, wall-clock µs.
daemon_time () {
  call_daemon org.freedesktop.DBus.Properties.Get io.github.sitwell.Sitwell.Reminders1 "$1" |
    grep -o -E '[0-9]{10,}'
}

# same_time WHAT BEFORE AFTER: within a second (the daemon keeps them to
# the microsecond; a fresh schedule would be seconds off).
same_time () {
  local what=$1 before=$2 after=$3 diff
  if [ -z "$before" ] || [ -z "$after" ]; then
    not_ok "$what is the same after the restart (before '$before', after '$after')"
    return
  fi
  diff=$((after - before)); diff=${diff#-}
  if [ "$diff" -le 1000000 ]; then
    ok "$what is the same after the restart ($((diff / 1000)) ms apart)"
  else
    not_ok "$what is the same after the restart (${before} before, ${after} after)"
  fi
}

state_file=$XDG_STATE_HOME/sitwell/reminders-state
journal=$XDG_DATA_HOME/sitwell/journal.db

# Killed, crashed, aborted: each time a new daemon within five seconds (three
# restarts is what the app allows in ten minutes), which carries on:
# - SIGKILL while the person paused reminders for an hour: still paused,
#   until the same moment;
# - SIGSEGV while counting down: the next reminder at the same moment, not
#   a full interval after the restart (a few seconds in, so a fresh
#   countdown would show);
# - SIGABRT two seconds into a break: still on that break, and Done logs
#   it with its real start.
# (A change in the daemon's first moments can reach the app before
# GDBusProxy has read the properties, and be dropped: give it a second, as
# a person would.)
sleep 1
call_daemon io.github.sitwell.Sitwell.Reminders1.Pause 3600 >/dev/null
for signal in KILL SEGV ABRT; do
  case $signal in
    SEGV)
      call_daemon io.github.sitwell.Sitwell.Reminders1.Resume >/dev/null
      sleep 3
      before=$(daemon_time NextDue) what="the next due moment" ;;
    ABRT)
      call_daemon io.github.sitwell.Sitwell.Reminders1.TakeBreakNow >/dev/null
      sleep 2
      before=$(daemon_time StateEnds) what="the end of the break" ;;
    *)
      before=$(daemon_time StateEnds) what="the end of the pause" ;;
  esac
  kill -s "$signal" "$daemon"
  started=$(date +%s%N)
  if new=$(wait_for_owner "$reminders_id" "$daemon" 50); then
    took=$((($(date +%s%N) - started) / 1000000))
    ok "after SIG$signal a new daemon (pid $new) owns $reminders_id after $took ms"
    daemon=$new
  else
    not_ok "after SIG$signal a new daemon owns $reminders_id within 5 s"
  fi
  case $signal in
    KILL) expected=paused ;;
    SEGV) expected=working ;;
    ABRT) expected=on-break ;;
  esac
  if wait_for_state "$expected" 20; then
    ok "the new daemon is $expected, as the old one was"
  else
    not_ok "the new daemon is $expected, as the old one was (state $(daemon_state))"
  fi
  if [ "$signal" = SEGV ]; then
    same_time "$what" "$before" "$(daemon_time NextDue)"
  else
    same_time "$what" "$before" "$(daemon_time StateEnds)"
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

# The break window's Done, after the crash: the new daemon logs the break
# from when it started, before the crash, not from the restart.
call_daemon io.github.sitwell.Sitwell.Reminders1.FinishBreak true >/dev/null
logged=$(/usr/bin/python3 - "$journal" <<'EOF'
import sqlite3, sys
rows = sqlite3.connect(sys.argv[1]).execute(
    "SELECT kind, time, length_s FROM break_events ORDER BY id DESC LIMIT 2").fetchall()
if len(rows) == 2 and rows[1][0] == "started" and rows[0][0] == "completed":
    print(rows[0][2], (rows[0][1] - rows[1][1]) // 1000000)
EOF
)
read -r length span <<<"$logged"
if [ -n "$length" ] && [ "$length" -ge 2 ] && [ "$((length - span))" -le 1 ] &&
   [ "$((span - length))" -le 1 ]; then
  ok "the break is logged from its real start ($length s, started before the crash)"
else
  not_ok "the break is logged from its real start (logged: '$logged')"
fi

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

# Its schedule is saved privately; quitting normally (logout sends
# SIGTERM) removes it, so the next start is fresh.
mode=$(stat -c %a "$state_file" 2>/dev/null)
folder_mode=$(stat -c %a "$(dirname "$state_file")" 2>/dev/null)
check "the saved schedule is 0600 in a 0700 folder ($mode, $folder_mode)" \
  test "$mode" = 600 -a "$folder_mode" = 700
kill -s TERM "$daemon"
# Its name goes when it has quit (the process may linger as a zombie of
# whoever adopted it).
tenths=50
while [ -n "$(owner_pid "$reminders_id")" ] && [ "$tenths" -gt 0 ]; do
  sleep 0.1
  tenths=$((tenths - 1))
done
if [ -n "$(owner_pid "$reminders_id")" ]; then
  not_ok "the daemon quits on SIGTERM"
else
  ok "the daemon quits on SIGTERM"
  check "quitting removes the saved schedule" test ! -e "$state_file"
fi

echo "1..$n" >&3
exit $failed

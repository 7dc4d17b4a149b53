#!/bin/bash
# check-security.sh: what Sitwell promises about health data and the network
#
# Copyright 2026 The Sitwell authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-security.sh PATH/TO/sitwell PATH/TO/sitwell-reminders
#
# Runs the real app (on the X display it is given, under its own session
# bus), which starts the real reminder daemon through
# SITWELL_REMINDERS_PATH, and checks:
#   - the journal folder it creates is 0700 and the journal 0600, even with
#     umask 000, and again when it replaces a damaged journal;
#   - neither `sitwell --check` nor the app starting and quitting opens any
#     socket but AF_UNIX ones (D-Bus, X11), under strace -f, which follows
#     every process the app starts: the log must show the daemon's execve
#     and its own D-Bus socket, so the daemon is known to be traced too;
#   - the daemon alone, sped up with SITWELL_TIME_SCALE until a reminder
#     falls due, opens no other socket either;
#   - text the app did not write itself (here a file path with & and <) is
#     shown escaped where GTK reads markup: a toast title is markup in
#     libadwaita 1.2, and G_DEBUG=fatal-warnings turns GTK's "Failed to set
#     text from markup" into a crash.
# Output is TAP.

set -uo pipefail

# A private session bus; TAP on fd 3.
. "$(dirname "$0")/../app-session.sh"

sitwell=$1
reminders=$2
tmp=$(mktemp -d)
trap 'stop_daemon; rm -rf "$tmp"' EXIT

# The app starts this daemon, which writes an autostart entry: in $tmp.
export SITWELL_REMINDERS_PATH=$reminders XDG_CONFIG_HOME=$tmp/config

mode_of () { stat -c %a "$1" 2>/dev/null || echo missing; }


# Quitting the app leaves the reminders running, by design; the tests end
# the daemon themselves (and strace -f waits for it). Sets daemon_pid.
stop_daemon () {
  daemon_pid=$(owner_pid "$reminders_id")
  [ -n "$daemon_pid" ] || return 0
  kill "$daemon_pid" 2>/dev/null
  wait_while_running "$daemon_pid" 50
}

# Sockets other than AF_UNIX in an strace -e trace=network log, one per line.
foreign_sockets () {
  grep -E '(socket|socketpair)\(' "$1" | grep -v -E '\((AF_UNIX|AF_LOCAL|PF_UNIX|PF_LOCAL)[,)]' || true
  grep -E '(connect|bind|sendto|sendmsg)\(' "$1" | grep -E 'sa_family=AF_(INET|INET6|PACKET)' || true
}

# run_app LABEL STRACE_LOG ENV… : starts the app (under strace when a log is
# named), waits for its window, quits it through its app.quit action and
# waits for it to exit. Sets app_status and leaves stderr in $tmp/LABEL.err.
# Xvfb resets when its last client leaves, and an app that connects just
# then gets "cannot open display": that start is tried again.
run_app () {
  local label=$1 log=$2 attempt
  shift 2
  for attempt in 1 2 3; do
    run_app_once "$label" "$log" "$@"
    [ "$app_status" != 0 ] && grep -q 'cannot open display' "$tmp/$label.err" || return 0
    echo "# $label: the display was resetting; starting again" >&3
  done
}

run_app_once () {
  local label=$1 log=$2
  shift 2
  local -a trace=()
  [ -n "$log" ] && trace=(strace -f -qq -e trace=network,execve -o "$log" --)
  env "$@" "${trace[@]}" "$sitwell" 2>"$tmp/$label.err" &
  local pid=$! app_pid=$! waited=0
  if [ -n "$log" ]; then
    # The app is strace's child; other tests' windows share this display.
    app_pid=
    while [ -z "$app_pid" ] && kill -0 "$pid" 2>/dev/null && [ $waited -lt 100 ]; do
      app_pid=$(cat /proc/"$pid"/task/*/children 2>/dev/null | awk '{ print $1 }')
      [ -n "$app_pid" ] || sleep 0.1
      waited=$((waited + 1))
    done
  fi
  if [ -z "$app_pid" ] ||
     ! timeout 30 xdotool search --sync --onlyvisible --pid "$app_pid" . >/dev/null 2>&1; then
    kill "$pid" 2>/dev/null
    wait "$pid"
    app_status=$?
    [ "$app_status" = 0 ] && app_status=timeout
    return
  fi
  # Up to ten seconds for the daemon the app starts to take its name.
  wait_for_owner "$reminders_id" "" 100 >/dev/null
  quit_app
  wait_while_running "$app_pid" 300
  # strace -f ends when the daemon does.
  stop_daemon
  wait_while_running "$pid" 50
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    app_status=hung
  else
    wait "$pid"
    app_status=$?
  fi
}

common_env=(GSK_RENDERER=cairo LANGUAGE=en G_DEBUG=fatal-warnings)

# -------------------------------------------- the journal's modes, no network

data="$tmp/fresh/data"
(umask 000 && run_app fresh "$tmp/app.strace" "${common_env[@]}" XDG_DATA_HOME="$data"
 echo "$app_status" > "$tmp/fresh.status"
 echo "$daemon_pid" > "$tmp/fresh.daemon")
status=$(cat "$tmp/fresh.status")
check "the app starts and quits cleanly (status $status)" [ "$status" = 0 ]
[ "$status" = 0 ] || sed 's/^/# /' "$tmp/fresh.err" | tail -n 20 >&3

check "journal folder is 0700 with umask 000 (is $(mode_of "$data/sitwell"))" \
  [ "$(mode_of "$data/sitwell")" = 700 ]
check "journal file is 0600 with umask 000 (is $(mode_of "$data/sitwell/journal.db"))" \
  [ "$(mode_of "$data/sitwell/journal.db")" = 600 ]
extra=$(find "$data/sitwell" -type f ! -perm 600 -printf '%m %p\n')
check "every file in the journal folder is 0600" [ -z "$extra" ]
[ -z "$extra" ] || echo "$extra" | sed 's/^/# /' >&3

# strace -f writes each line after the pid of the process that made the
# call; a call another thread interrupts ends on a "<... execve resumed>" line.
traced_daemon=$(sed -n 's/^\([0-9]\+\) \+execve("[^"]*\/sitwell-reminders".*/\1/p' \
                  "$tmp/app.strace" 2>/dev/null | head -n 1)
if [ -n "$traced_daemon" ] &&
   ! grep -q -E "^$traced_daemon +(execve\(.*|<\.\.\. execve resumed>.*) = 0$" "$tmp/app.strace"; then
  traced_daemon=
fi
if [ -n "$traced_daemon" ]; then
  ok "the app started the reminder daemon under the trace (pid $traced_daemon)"
else
  not_ok "the app started the reminder daemon under the trace" \
    "$(grep execve "$tmp/app.strace" 2>/dev/null || echo no strace log)"
fi
owner=$(cat "$tmp/fresh.daemon" 2>/dev/null)
check "the traced daemon is the one that owned $reminders_id (pid ${owner:-none})" \
  [ -n "$traced_daemon" -a "$traced_daemon" = "$owner" ]
daemon_sockets=0
[ -n "$traced_daemon" ] &&
  daemon_sockets=$(grep -c -E "^$traced_daemon +socket\(" "$tmp/app.strace")
check "the daemon's own sockets are in the log ($daemon_sockets)" [ "$daemon_sockets" -gt 0 ]

foreign=$(foreign_sockets "$tmp/app.strace")
if [ -s "$tmp/app.strace" ] && [ -z "$foreign" ]; then
  ok "the app and its daemon open only AF_UNIX sockets from start to quit ($(grep -c 'socket(' "$tmp/app.strace") sockets)"
else
  not_ok "the app and its daemon open only AF_UNIX sockets from start to quit" \
    "${foreign:-no strace log}"
fi

strace -f -qq -e trace=network -o "$tmp/check.strace" -- \
  "$sitwell" --check "rf_saddle=no,clot_signs=yes" >"$tmp/check.out" 2>&1
check_status=$?
check "sitwell --check answers (status $check_status)" \
  grep -q '"outcome"' "$tmp/check.out"
foreign=$(foreign_sockets "$tmp/check.strace")
if [ -f "$tmp/check.strace" ] && [ -z "$foreign" ]; then
  ok "sitwell --check opens no network socket ($(grep -c 'socket(' "$tmp/check.strace") sockets at all)"
else
  not_ok "sitwell --check opens no network socket" "$foreign"
fi

# ------------------------- the daemon alone, sped up until a reminder is due

# 45 minutes of sitting at 1000 times the speed: due after 2.7 s.
strace -f -qq -e trace=network -o "$tmp/daemon.strace" -- \
  env SITWELL_TIME_SCALE=1000 XDG_DATA_HOME="$tmp/alone/data" G_DEBUG=fatal-warnings \
  "$reminders" 2>"$tmp/daemon.err" &
strace_pid=$!
wait_for_state due 150
state=$(daemon_state)
check "the daemon alone, 1000 times faster, has a reminder due (state ${state:-none})" \
  [ "$state" = due ]
stop_daemon
wait "$strace_pid"
daemon_status=$?
# SIGTERM: 143 by default, 0 if the daemon handles it and quits.
if [ "$daemon_status" = 143 ] || [ "$daemon_status" = 0 ]; then
  ok "the daemon ends when asked (status $daemon_status)"
else
  not_ok "the daemon ends when asked (status $daemon_status)" "$(tail -n 20 "$tmp/daemon.err")"
fi
foreign=$(foreign_sockets "$tmp/daemon.strace")
if [ -s "$tmp/daemon.strace" ] && [ -z "$foreign" ]; then
  ok "the daemon opens only AF_UNIX sockets through a reminder ($(grep -c 'socket(' "$tmp/daemon.strace") sockets)"
else
  not_ok "the daemon opens only AF_UNIX sockets through a reminder" "${foreign:-no strace log}"
fi

# ----------------------------- a damaged journal, in a folder named with markup

data="$tmp/Tom & Jerry <b>bold</b>/data"
mkdir -p -m 0700 "$data/sitwell"
head -c 4096 /dev/urandom > "$data/sitwell/journal.db"
(umask 000 && run_app damaged "" "${common_env[@]}" XDG_DATA_HOME="$data"
 echo "$app_status" > "$tmp/damaged.status")
status=$(cat "$tmp/damaged.status")
check "the app reports a damaged journal kept in a folder named with & and < (status $status)" \
  [ "$status" = 0 ]
if grep -q "markup" "$tmp/damaged.err"; then
  not_ok "no markup error from showing the path" "$(grep markup "$tmp/damaged.err")"
else
  ok "no markup error from showing the path"
fi
aside=$(find "$data/sitwell" -name 'journal.db.corrupt-*' | head -n 1)
check "the damaged journal is kept aside" [ -n "$aside" ]
check "the folder of a replaced journal stays 0700 (is $(mode_of "$data/sitwell"))" \
  [ "$(mode_of "$data/sitwell")" = 700 ]
check "the new journal is 0600 (is $(mode_of "$data/sitwell/journal.db"))" \
  [ "$(mode_of "$data/sitwell/journal.db")" = 600 ]

echo "1..$n" >&3
exit $failed

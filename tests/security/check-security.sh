#!/bin/bash
# check-security.sh: what Sitwell promises about health data and the network
#
# Copyright 2026 The Sitwell authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-security.sh PATH/TO/sitwell
#
# Runs the real app (on the X display it is given, under its own session
# bus) and checks:
#   - the journal folder it creates is 0700 and the journal 0600, even with
#     umask 000, and again when it replaces a damaged journal;
#   - neither `sitwell --check` nor the app starting and quitting opens any
#     socket but AF_UNIX ones (D-Bus, X11), under strace -f, which follows
#     every process the app starts (the reminder daemon too, once it does);
#   - text the app did not write itself (here a file path with & and <) is
#     shown escaped where GTK reads markup: a toast title is markup in
#     libadwaita 1.2, and G_DEBUG=fatal-warnings turns GTK's "Failed to set
#     text from markup" into a crash.
# Output is TAP.

set -uo pipefail

# A private session bus, so the app's single-instance name is its own. What
# the bus's services print goes to stderr; TAP goes to fd 3.
if [ -z "${SW_TEST_PRIVATE_BUS:-}" ]; then
  export SW_TEST_PRIVATE_BUS=1
  exec dbus-run-session -- "$0" "$@" 3>&1 1>&2
fi

sitwell=$1
app_id=io.github.sitwell.Sitwell
n=0
failed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

ok () { n=$((n + 1)); echo "ok $n - $1" >&3; }
not_ok () {
  n=$((n + 1)); failed=1; echo "not ok $n - $1" >&3
  [ $# -gt 1 ] && printf '%s\n' "$2" | sed 's/^/# /' >&3
  return 0
}
check () { local what=$1; shift; if "$@"; then ok "$what"; else not_ok "$what"; fi; }

mode_of () { stat -c %a "$1" 2>/dev/null || echo missing; }

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
  [ -n "$log" ] && trace=(strace -f -qq -e trace=network -o "$log" --)
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
  gdbus call --session --dest "$app_id" --object-path /io/github/sitwell/Sitwell \
    --method org.gtk.Actions.Activate quit '[]' '{}' >/dev/null
  waited=0
  while kill -0 "$pid" 2>/dev/null && [ $waited -lt 300 ]; do
    sleep 0.1
    waited=$((waited + 1))
  done
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
 echo "$app_status" > "$tmp/fresh.status")
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

foreign=$(foreign_sockets "$tmp/app.strace")
if [ -s "$tmp/app.strace" ] && [ -z "$foreign" ]; then
  ok "the app opens only AF_UNIX sockets from start to quit ($(grep -c 'socket(' "$tmp/app.strace") sockets)"
else
  not_ok "the app opens only AF_UNIX sockets from start to quit" "${foreign:-no strace log}"
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

#!/bin/bash
# run-bench.sh: Sitwell beside the bare GTK + libadwaita floor, Workrave and
# Safe Eyes, all in one Xvfb + private D-Bus session with dunst as the
# notification server. Prints a Markdown table and one JSON line per figure.
#
# Usage: bench/run-bench.sh [BUILDDIR]          (make bench runs it)
#
# Environment (defaults in brackets):
#   BENCH_RUNS          runs per figure, median and min–max over them [3]
#   BENCH_SETTLE        seconds an app runs before its memory is read [10]
#   BENCH_IDLE_SECONDS  the idle window for wake-ups and CPU [120; 600 for the README table]
#   BENCH_PARTS         which measures to take: "startup", "idle" or both ["startup idle"]
#
# What is measured
#   first window   exec to the first mapped top-level window (bench/first-window
#                  listens for MapNotify; `xdotool search --sync` polls every 0.5 s)
#   first window CPU  the CPU time all the app's threads used until then: the
#                  same work, but hardly moved by other work on the machine
#                  (the floor and Sitwell also take turns run by run)
#   PSS, RSS       after BENCH_SETTLE seconds, summed over every process of the
#                  app (the process and its descendants) from /proc/PID/smaps_rollup
#   wake-ups/min   voluntary + involuntary context switches of every thread of
#                  every process of the app (/proc/PID/task/*/status), over the
#                  idle window with no input, thread by thread (a thread that
#                  ends during the window drops out rather than counting negative)
#   CPU ms/min     utime + stime of every process of the app (/proc/PID/stat)
#                  over the same window
# Renderers: "cairo" is GSK_RENDERER=cairo; "default" leaves GSK_RENDERER
# unset, which under Xvfb is GTK 4.8's GL renderer on Mesa's software
# rasteriser (llvmpipe). GTK 4.8 cannot say which it took (GSK_DEBUG=renderer
# needs a debug build of GTK); the memory figures show it.
#
# The reminder daemon gets its idle figures the same way as Workrave's.

set -euo pipefail

builddir=${1:-build}
case $builddir in /*) ;; *) builddir=$PWD/$builddir ;; esac
srcdir=$(cd "$(dirname "$0")/.." && pwd)

if [ -z "${SW_BENCH_SESSION:-}" ]; then
  export SW_BENCH_SESSION=1
  exec xvfb-run -a -s "-screen 0 1280x1024x24" dbus-run-session -- "$0" "$builddir"
fi

runs=${BENCH_RUNS:-3}
settle=${BENCH_SETTLE:-10}
idle_seconds=${BENCH_IDLE_SECONDS:-120}
parts=${BENCH_PARTS:-startup idle}
ticks=$(getconf CLK_TCK)

# Nothing of the person's own configuration or journal: a fresh home.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share \
  XDG_CACHE_HOME=$home/.cache XDG_STATE_HOME=$home/.local/state
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME"
unset GSK_RENDERER GTK_A11Y NO_AT_BRIDGE

dunst >/dev/null 2>&1 &
dunst_pid=$!

table=()
json=()
declare -A medians

# ---------------------------------------------------------------- /proc

# PID and all its descendants, one per line.
process_tree () {
  local pid=$1 child
  [ -d "/proc/$pid" ] || return 0
  echo "$pid"
  for child in $(cat /proc/"$pid"/task/*/children 2>/dev/null); do
    process_tree "$child"
  done
}

# "PSS_KIB RSS_KIB" summed over the tree.
memory_kib () {
  local pss=0 rss=0 pid p r
  for pid in $(process_tree "$1"); do
    read -r p r < <(awk '/^Pss:/ { p = $2 } /^Rss:/ { r = $2 } END { print p + 0, r + 0 }' \
                      /proc/"$pid"/smaps_rollup 2>/dev/null || echo 0 0)
    pss=$((pss + p)); rss=$((rss + r))
  done
  echo "$pss $rss"
}

# switches_by_thread PID: "TID SWITCHES" for every thread of every process of
# the tree (voluntary + involuntary context switches).
switches_by_thread () {
  local pid task
  for pid in $(process_tree "$1"); do
    for task in /proc/"$pid"/task/*; do
      awk -v tid="${task##*/}" '/^(voluntary|nonvoluntary)_ctxt_switches:/ { n += $2 }
        END { if (NR) print tid, n + 0 }' "$task"/status 2>/dev/null || true
    done
  done
}

# cpu_ticks PID: utime + stime summed over the tree (a process's figures
# include its threads, those that ended too).
cpu_ticks () {
  local cpu=0 pid c
  for pid in $(process_tree "$1"); do
    c=$(sed 's/^.*) //' /proc/"$pid"/stat 2>/dev/null | awk '{ print $12 + $13 }' || echo 0)
    cpu=$((cpu + ${c:-0}))
  done
  echo "$cpu"
}

# switches_between BEFORE AFTER: context switches between two
# switches_by_thread snapshots, thread by thread. A thread that ended in
# between drops out (its last switches are not counted) instead of making
# the sum go down; one that started counts from zero.
switches_between () {
  awk 'NR == FNR { before[$1] = $2; next }
       { n += $2 - ($1 in before ? before[$1] : 0) } END { print n + 0 }' "$1" "$2"
}

# stop_strays COMMAND: a program's processes left in this session after its
# tree was stopped (Workrave can start itself again over D-Bus), which would
# find "their" instance running and skew the next run.
stop_strays () {
  local name
  name=$(basename "$1" | cut -c1-15)
  pkill -KILL -s 0 -x "$name" 2>/dev/null || true
}

stop_tree () {
  local pids
  pids=$(process_tree "$1" | tac)
  # shellcheck disable=SC2086
  [ -n "$pids" ] && kill $pids 2>/dev/null || true
  for _ in $(seq 50); do
    kill -0 "$1" 2>/dev/null || return 0
    sleep 0.1
  done
  # shellcheck disable=SC2086
  kill -KILL $pids 2>/dev/null || true
}

# ---------------------------------------------------------------- output

# "MEDIAN MIN MAX" of the numbers given.
stats () {
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
    m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%.1f %.1f %.1f\n", m, v[1], v[NR] }'
}

# figure APP RENDERER METRIC UNIT VALUE…
figure () {
  local app=$1 renderer=$2 metric=$3 unit=$4
  shift 4
  local median min max
  read -r median min max < <(stats "$@")
  medians[$app/$renderer/$metric]=$median
  json+=("$(printf '{"bench":"desktop","app":"%s","renderer":"%s","metric":"%s","unit":"%s","median":%s,"min":%s,"max":%s,"runs":%d}' \
              "$app" "$renderer" "$metric" "$unit" "$median" "$min" "$max" $#)")
  if [ $# -gt 1 ]; then
    table+=("| $app | $renderer | $metric | $median $unit | $min–$max | $# |")
  else
    table+=("| $app | $renderer | $metric | $median $unit | – | 1 |")
  fi
}

kib_to_mib () {
  awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'
}

# ---------------------------------------------------------------- measures

# measure_apps NAME=COMMAND…: first window, CPU to it, PSS and RSS of each
# app (a command without arguments), with each renderer. The apps take turns
# run by run, so that whatever else the machine is doing weighs on each alike
# and their ratios hold.
measure_apps () {
  local spec name renderer out pid ms cpu pss rss
  local -A times cpus psses rsses
  # One run of each, not counted: the first start of all pays for cold caches.
  for spec in "$@"; do
    read -r pid _ < <(GSK_RENDERER=cairo "$builddir"/bench/first-window "${spec#*=}")
    stop_tree "$pid"
  done
  for renderer in cairo default; do
    for _ in $(seq "$runs"); do
      for spec in "$@"; do
        name=${spec%%=*}
        if [ "$renderer" = cairo ]; then
          out=$(GSK_RENDERER=cairo "$builddir"/bench/first-window "${spec#*=}")
        else
          out=$("$builddir"/bench/first-window "${spec#*=}")
        fi
        read -r pid ms cpu <<<"$out"
        sleep "$settle"
        read -r pss rss < <(memory_kib "$pid")
        stop_tree "$pid"
        times[$name/$renderer]+=" $ms"; cpus[$name/$renderer]+=" $cpu"
        psses[$name/$renderer]+=" $(kib_to_mib "$pss")"
        rsses[$name/$renderer]+=" $(kib_to_mib "$rss")"
      done
    done
  done
  for spec in "$@"; do
    name=${spec%%=*}
    for renderer in cairo default; do
      # shellcheck disable=SC2086
      {
        figure "$name" "$renderer" first_window ms ${times[$name/$renderer]}
        figure "$name" "$renderer" first_window_cpu ms ${cpus[$name/$renderer]}
        figure "$name" "$renderer" pss MiB ${psses[$name/$renderer]}
        figure "$name" "$renderer" rss MiB ${rsses[$name/$renderer]}
      }
    done
  done
}

# measure_idle NAME=COMMAND…, BENCH_RUNS times: each program alone for PSS
# and RSS after settling (side by side, programs that load the same
# libraries would share those pages and each PSS would read low), then all
# of them side by side and left alone for wake-ups and CPU over the idle
# window (idle programs barely disturb each other, and the table then takes
# BENCH_RUNS idle windows rather than three times as many).
measure_idle () {
  local spec name run pid pss rss
  local -a names=() pids=()
  local -A c0 c1 pss_of rss_of wake_of cpu_of
  for run in $(seq "$runs"); do
    for spec in "$@"; do
      name=${spec%%=*}
      # shellcheck disable=SC2086
      ${spec#*=} >/dev/null 2>&1 &
      pid=$!
      sleep "$settle"
      read -r pss rss < <(memory_kib "$pid")
      pss_of[$name]+=" $(kib_to_mib "$pss")"; rss_of[$name]+=" $(kib_to_mib "$rss")"
      stop_tree "$pid"
      stop_strays "${spec#*=}"
    done
    names=(); pids=()
    for spec in "$@"; do
      # shellcheck disable=SC2086
      ${spec#*=} >/dev/null 2>&1 &
      names+=("${spec%%=*}"); pids+=($!)
    done
    sleep "$settle"
    for i in "${!names[@]}"; do
      name=${names[$i]}; pid=${pids[$i]}
      switches_by_thread "$pid" >"$home/$name.before"
      c0[$name]=$(cpu_ticks "$pid")
    done
    sleep "$idle_seconds"
    for i in "${!names[@]}"; do
      name=${names[$i]}; pid=${pids[$i]}
      switches_by_thread "$pid" >"$home/$name.after"
      c1[$name]=$(cpu_ticks "$pid")
      wake_of[$name]+=" $(awk -v d="$(switches_between "$home/$name.before" "$home/$name.after")" \
                              -v t="$idle_seconds" 'BEGIN { printf "%.1f", d * 60 / t }')"
      cpu_of[$name]+=" $(awk -v d=$((c1[$name] - c0[$name])) -v t="$idle_seconds" -v hz="$ticks" \
                             'BEGIN { printf "%.1f", d * 1000 / hz * 60 / t }')"
      stop_tree "$pid"
    done
    for spec in "$@"; do
      stop_strays "${spec#*=}"
    done
  done
  for name in "${names[@]}"; do
    # shellcheck disable=SC2086
    figure "$name" - pss MiB ${pss_of[$name]}
    # shellcheck disable=SC2086
    figure "$name" - rss MiB ${rss_of[$name]}
    # shellcheck disable=SC2086
    figure "$name" - wakeups_per_min /min ${wake_of[$name]}
    # shellcheck disable=SC2086
    figure "$name" - cpu_ms_per_min ms/min ${cpu_of[$name]}
  done
}

# ---------------------------------------------------------------- the run

export GSETTINGS_SCHEMA_DIR=$builddir/data SITWELL_LOCALEDIR=$builddir/po

if [[ " $parts " == *" startup "* ]]; then
  measure_apps floor="$builddir"/bench/floor sitwell="$builddir"/src/sitwell
fi
if [[ " $parts " == *" idle "* ]]; then
  measure_idle sitwell-reminders="$builddir"/src/sitwell-reminders workrave=workrave safeeyes=safeeyes
fi

kill "$dunst_pid" 2>/dev/null || true

echo
echo "Sitwell beside the floor, Workrave and Safe Eyes (Xvfb, dunst; $(uname -m), $(nproc) CPUs)."
echo "Median of $runs runs; memory after ${settle} s, each program alone; idle figures over"
echo "${idle_seconds} s with the three idle programs side by side."
echo "Renderers: cairo = GSK_RENDERER=cairo; default = GSK_RENDERER unset, where GTK 4.8"
echo "picks its GL renderer, here on Mesa's software rasteriser (llvmpipe) under Xvfb."
echo
echo "| app | renderer | figure | median | min–max | runs |"
echo "|---|---|---|---|---|---|"
printf '%s\n' "${table[@]}"
echo
# The app's targets (issue #9), from the medians above, cairo renderer.
[[ " $parts " == *" startup "* ]] &&
awk -v t="${medians[sitwell/cairo/first_window]}" -v tf="${medians[floor/cairo/first_window]}" \
    -v c="${medians[sitwell/cairo/first_window_cpu]}" -v cf="${medians[floor/cairo/first_window_cpu]}" \
    -v p="${medians[sitwell/cairo/pss]}" -v pf="${medians[floor/cairo/pss]}" 'BEGIN {
  printf "Targets (cairo): first window %.2f× the floor (CPU to it %.2f×), target ≤ 1.3×; ", t / tf, c / cf
  printf "PSS floor + %.1f MiB, target ≤ + 15 MiB.\n\n", p - pf }'

printf '%s\n' "${json[@]}"

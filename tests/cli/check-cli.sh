#!/bin/sh
# `sitwell --check` and `--check-rules`: no window, no display, exact JSON,
# and exit status 2 with a message that names a bad key or value.
# Usage: check-cli.sh PATH/TO/sitwell
set -u

sitwell=$1
failures=0
baseline="rf_bladder_bowel=no,rf_weakness_rapid=no,rf_both_legs=no,rf_limb=no,\
rf_chest=no,sudden_severe=no,clot_signs=no,sys_signs=no,group=none,quality=dull_ache,\
numbness=none,weakness=no,back_pain=no,worse_with=nothing,trend=better"

fail () {
  echo "not ok - $1"
  failures=$((failures + 1))
}

# No display may be needed.
unset DISPLAY WAYLAND_DISPLAY

# T39 from CONTENT-SPEC 1.6, the same JSON the library test expects.
out=$("$sitwell" --check "rf_saddle=no,$baseline,radiation=from_back,duration=gt_3d,rest_relief=no")
expected='{"outcome": "SEE_DOCTOR_SOON", "urgency": "soon", "deciding": ["S6"], "also": ["W1"], "offers": {"exercises": "gentle", "massage": "none", "compress": true, "plan": "flare"}}'
[ "$out" = "$expected" ] && echo "ok - worked case T39 as JSON" || fail "T39 gave: $out"

# T04: a red flag.
out=$("$sitwell" --check "$baseline,radiation=spot,duration=lt_1d,rf_saddle=yes" 2>&1)
case $out in
  *'"outcome": "EMERGENCY"'*'"deciding": ["E1"]'*) echo "ok - red flag gives EMERGENCY" ;;
  *) fail "T04 gave: $out" ;;
esac

err=$("$sitwell" --check "calf=sore" 2>&1 >/dev/null)
status=$?
[ $status -eq 2 ] || fail "an unknown key exited with $status"
case $err in
  *calf*rf_saddle*) echo "ok - an unknown key is named, with the valid ones" ;;
  *) fail "unknown key message: $err" ;;
esac

err=$("$sitwell" --check "trend=much_better" 2>&1 >/dev/null)
status=$?
[ $status -eq 2 ] || fail "an unknown value exited with $status"
case $err in
  *much_better*better*same*worse*) echo "ok - an unknown value is named, with the valid ones" ;;
  *) fail "unknown value message: $err" ;;
esac

out=$("$sitwell" --check-rules)
for id in E1 E6 S1 S11 W1 W4 M1 rf_saddle rest_relief; do
  case $out in
    *"$id"*) ;;
    *) fail "--check-rules lacks $id" ;;
  esac
done
echo "ok - --check-rules lists every rule and question"

out=$("$sitwell" --version)
case $out in
  "sitwell "[0-9]*) echo "ok - --version" ;;
  *) fail "--version gave: $out" ;;
esac

exit $failures

#!/bin/sh
# Fails if a program links GTK or libadwaita, directly (readelf) or through
# any library it loads (ldd): the reminder daemon, and the doctor report's
# drawing that `sitwell --report` uses. Prints TAP.
# Usage: check-no-gtk.sh PATH-TO-PROGRAM
set -u

program=$1
name=$(basename "$program")
echo "1..2"

needed=$(readelf -d "$program" | grep NEEDED)
if [ -z "$needed" ]; then
  echo "not ok 1 - readelf -d $program lists no libraries"
elif echo "$needed" | grep -E -q 'libgtk|libadwaita'; then
  echo "not ok 1 - $name links GTK directly:"
  echo "$needed" | grep -E 'libgtk|libadwaita' | sed 's/^/# /'
else
  echo "ok 1 - no libgtk or libadwaita among the NEEDED entries of $name"
fi

if ! command -v ldd > /dev/null; then
  echo "ok 2 # SKIP ldd is not installed"
elif ! libraries=$(ldd "$program"); then
  echo "not ok 2 - ldd $program failed"
elif echo "$libraries" | grep -E -q 'libgtk|libadwaita'; then
  echo "not ok 2 - $name loads GTK through a library:"
  echo "$libraries" | grep -E 'libgtk|libadwaita' | sed 's/^/# /'
else
  echo "ok 2 - no libgtk or libadwaita among everything $name loads"
fi

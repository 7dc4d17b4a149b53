#!/bin/sh
# Fails if the reminder daemon links GTK or libadwaita, directly (readelf)
# or through any library it loads (ldd). Prints TAP.
# Usage: check-no-gtk.sh PATH-TO-sitwell-reminders
set -u

daemon=$1
echo "1..2"

needed=$(readelf -d "$daemon" | grep NEEDED)
if [ -z "$needed" ]; then
  echo "not ok 1 - readelf -d $daemon lists no libraries"
elif echo "$needed" | grep -E -q 'libgtk|libadwaita'; then
  echo "not ok 1 - the daemon links GTK directly:"
  echo "$needed" | grep -E 'libgtk|libadwaita' | sed 's/^/# /'
else
  echo "ok 1 - no libgtk or libadwaita among the daemon's NEEDED entries"
fi

if ! command -v ldd > /dev/null; then
  echo "ok 2 # SKIP ldd is not installed"
elif ! libraries=$(ldd "$daemon"); then
  echo "not ok 2 - ldd $daemon failed"
elif echo "$libraries" | grep -E -q 'libgtk|libadwaita'; then
  echo "not ok 2 - the daemon loads GTK through a library:"
  echo "$libraries" | grep -E 'libgtk|libadwaita' | sed 's/^/# /'
else
  echo "ok 2 - no libgtk or libadwaita among everything the daemon loads"
fi

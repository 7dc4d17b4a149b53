#!/bin/sh
# `meson install` puts every file a desktop needs in its place.
# Usage: check-install.sh BUILD_DIR PREFIX
set -eu

build=$1
prefix=$2
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT

meson install -C "$build" --destdir "$dest" --no-rebuild --quiet >/dev/null 2>&1 ||
  meson install -C "$build" --destdir "$dest" --no-rebuild >/dev/null

status=0
for file in \
  bin/sitwell \
  libexec/sitwell-reminders \
  share/applications/io.github.sitwell.Sitwell.desktop \
  share/metainfo/io.github.sitwell.Sitwell.metainfo.xml \
  share/glib-2.0/schemas/io.github.sitwell.Sitwell.gschema.xml \
  share/icons/hicolor/scalable/apps/io.github.sitwell.Sitwell.svg \
  share/icons/hicolor/symbolic/apps/io.github.sitwell.Sitwell-symbolic.svg \
  share/locale/zh_CN/LC_MESSAGES/sitwell.mo \
  share/dbus-1/services/io.github.sitwell.Sitwell.Reminders.service \
  share/sitwell/io.github.sitwell.Sitwell.Reminders.desktop
do
  if [ -s "$dest$prefix/$file" ]; then
    echo "ok - $file"
  else
    echo "not ok - $file is not installed"
    status=1
  fi
done

# The activation file must start the daemon where it was installed.
grep -q "^Exec=$prefix/libexec/sitwell-reminders" \
  "$dest$prefix/share/dbus-1/services/io.github.sitwell.Sitwell.Reminders.service" ||
  { echo "not ok - the D-Bus service file points elsewhere"; status=1; }

exit $status

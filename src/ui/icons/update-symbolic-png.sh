#!/bin/sh
# update-symbolic-png.sh: the symbolic PNGs of the icons in the first frame
#
# Copyright 2026 The Sitwell authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# GTK loads a symbolic SVG icon through gdk-pixbuf's SVG loader, which maps
# librsvg (about 7 MiB, and its start-up work) into the app. The icons the
# window shows in its first frame (the tab icons, the reminder button, the
# Check tab's picture) are also kept here as symbolic PNGs, which GTK reads
# itself and recolours like the SVGs. The app looks them up in the hicolor
# layout (16x16/actions, 128x128/actions) before scalable/actions.
#
# Run this after changing one of the SVGs below (`meson compile -C build
# update-symbolic-png`); it needs gtk4-encode-symbolic-svg (libgtk-4-bin).
# tests/ui/test-window.c checks that the PNGs show the SVGs' shapes.

set -eu
cd "$(dirname "$0")"

# render NAME SIZE. Scale 2 needs none: Adwaita's own icons come from SVGs there.
render () {
  mkdir -p "$2x$2/actions"
  gtk4-encode-symbolic-svg -o "$2x$2/actions" "scalable/actions/$1.svg" "$2x$2"
}

render sw-check-symbolic 16
render sw-check-symbolic 128
render sw-journal-symbolic 16
render sw-posture-symbolic 16
render sw-exercises-symbolic 16
render sw-timer-symbolic 16

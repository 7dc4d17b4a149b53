/* sw-render.h: what the cairo drawing shared by screen and paper needs
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pango.h>

G_BEGIN_DECLS

/*
 * src/render/ draws with cairo and pango only: no GTK, no display. The widgets
 * in src/ui/ call it through gtk_snapshot_append_cairo (), and the doctor
 * report draws on PDF and printer surfaces with the same code, also from
 * `sitwell --report` where nothing initialises GTK.
 */

/* A colour as cairo takes it; fields as in GdkRGBA. */
typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} SwColor;

/* The language the interface speaks (LANGUAGE first, as gettext does), so
 * that fontconfig picks glyph forms for it: Chinese from a Chinese font, not
 * the Japanese face of the same CJK family. */
PangoLanguage *sw_render_get_language (void);

G_END_DECLS

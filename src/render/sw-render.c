/* sw-render.c: what the cairo drawing shared by screen and paper needs
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-render.h"

PangoLanguage *
sw_render_get_language (void)
{
  const char * const *names = g_get_language_names ();

  /* "C" and "POSIX" say nothing about the language. */
  if (names[0] == NULL || g_strcmp0 (names[0], "C") == 0 || g_strcmp0 (names[0], "POSIX") == 0)
    return pango_language_get_default ();

  return pango_language_from_string (names[0]);
}

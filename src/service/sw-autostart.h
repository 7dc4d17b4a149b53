/* sw-autostart.h: the reminder service's XDG autostart entry
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SW_AUTOSTART_ERROR (sw_autostart_error_quark ())

typedef enum
{
  SW_AUTOSTART_ERROR_NO_TEMPLATE,
  SW_AUTOSTART_ERROR_INVALID_TEMPLATE,
  SW_AUTOSTART_ERROR_FAILED,
} SwAutostartError;

GQuark    sw_autostart_error_quark  (void);

char     *sw_autostart_get_path     (void);
gboolean  sw_autostart_is_installed (void);
gboolean  sw_autostart_install      (const char  *template_path,
                                     GError     **error);
gboolean  sw_autostart_remove       (GError     **error);

G_END_DECLS

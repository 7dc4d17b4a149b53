/* sw-window.h
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sw-application.h"

G_BEGIN_DECLS

#define SW_TYPE_WINDOW (sw_window_get_type ())
G_DECLARE_FINAL_TYPE (SwWindow, sw_window, SW, WINDOW, AdwApplicationWindow)

SwWindow   *sw_window_new              (SwApplication *application);
const char *sw_window_get_visible_tab  (SwWindow      *self);
void        sw_window_add_toast        (SwWindow      *self,
                                        AdwToast      *toast);
void        sw_window_show_message     (GtkWidget     *inside,
                                        const char    *text);

G_END_DECLS

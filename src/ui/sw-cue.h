/* sw-cue.h: a sound at a timer's turn, and a notification when nobody is looking
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void sw_cue     (GtkWidget  *widget,
                 GSettings  *settings,
                 const char *notification_id,
                 const char *title,
                 const char *body);
void sw_cue_withdraw (GtkWidget  *widget,
                      const char *notification_id);

G_END_DECLS

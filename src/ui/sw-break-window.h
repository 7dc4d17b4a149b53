/* sw-break-window.h: the break, counted down with one thing to do
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sw-catalog.h"
#include "sw-reminders-client.h"

G_BEGIN_DECLS

#define SW_TYPE_BREAK_WINDOW (sw_break_window_get_type ())
G_DECLARE_FINAL_TYPE (SwBreakWindow, sw_break_window, SW, BREAK_WINDOW, AdwWindow)

SwBreakWindow *sw_break_window_new            (SwRemindersClient *client,
                                               gint64             break_us);
const char    *sw_break_window_get_time_left  (SwBreakWindow     *self);
void           sw_break_window_set_exercise   (SwBreakWindow     *self,
                                               const SwExercise  *exercise);
const SwExercise *sw_break_window_get_exercise (SwBreakWindow    *self);

G_END_DECLS

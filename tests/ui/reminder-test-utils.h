/* reminder-test-utils.h: waiting on the main loop for the reminder button
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sw-reminder-button.h"

G_BEGIN_DECLS

gboolean sw_test_iterate_until       (gboolean        (*done) (gpointer),
                                      gpointer          data);
void     sw_test_iterate_for         (guint             ms);
void     sw_test_assert_button_label (SwReminderButton *button,
                                      const char       *label);

G_END_DECLS

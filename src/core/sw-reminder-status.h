/* sw-reminder-status.h: what the header says about the next break
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  char   *label;          /* short, for the button: "23 min", "Paused" */
  char   *description;    /* a sentence for the tooltip and the popover */
  gint64  next_change_us; /* wall-clock µs when the texts change next, or 0 */
  gboolean running;       /* the service is there and counting */
} SwReminderStatus;

void sw_reminder_status_compute (SwReminderStatus *status,
                                 gboolean          available,
                                 gboolean          enabled,
                                 const char       *state,
                                 gint64            next_due_us,
                                 gint64            state_ends_us,
                                 gboolean          flare_mode,
                                 GDateTime        *now);
void sw_reminder_status_clear   (SwReminderStatus *status);

char   *sw_format_time_left      (gint64 left_us);
char   *sw_describe_time_left    (gint64 left_us);
double  sw_fraction_left         (gint64 now_us,
                                  gint64 start_us,
                                  gint64 end_us);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SwReminderStatus, sw_reminder_status_clear)

G_END_DECLS

/* reminder-test-utils.c: waiting on the main loop for the reminder button
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "reminder-test-utils.h"

/* Runs the main loop until @done or ten seconds pass; no sleeping. */
gboolean
sw_test_iterate_until (gboolean (*done) (gpointer),
                       gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);

  return done (data);
}

/* Runs the main loop for @ms: only to show that something does NOT
 * happen in a time it would have happened in. */
void
sw_test_iterate_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

typedef struct
{
  SwReminderButton *button;
  const char       *label;
} LabelWait;

static gboolean
label_is (gpointer data)
{
  LabelWait *wait = data;

  return g_strcmp0 (sw_reminder_button_get_label (wait->button), wait->label) == 0;
}

/* Waits until the header button reads @label. */
void
sw_test_assert_button_label (SwReminderButton *button,
                             const char       *label)
{
  LabelWait wait = { button, label };

  if (!sw_test_iterate_until (label_is, &wait))
    g_error ("The button reads “%s”, not “%s”", sw_reminder_button_get_label (button), label);
}

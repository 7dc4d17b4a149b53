/* sw-reminder-status.c: what the header says about the next break
 *
 * The service publishes wall-clock moments; this turns them into the
 * minutes a person reads, and says when the words next change so the app
 * wakes once a minute at most, and only while the button is shown.
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-reminder-status.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* Whole minutes left, rounded up: "1 min" until the very end. */
static int
minutes_left (gint64 now_us,
              gint64 until_us)
{
  gint64 left = until_us - now_us;

  if (left <= 0)
    return 0;

  return (int) MIN ((left + G_TIME_SPAN_MINUTE - 1) / G_TIME_SPAN_MINUTE, G_MAXINT);
}

/* The moment the rounded-up minute count drops by one. */
static gint64
next_minute_change (gint64 now_us,
                    gint64 until_us)
{
  gint64 left = until_us - now_us;
  gint64 into_minute;

  if (left <= 0)
    return 0;

  into_minute = left % G_TIME_SPAN_MINUTE;
  return now_us + (into_minute == 0 ? G_TIME_SPAN_MINUTE : into_minute);
}

static char *
format_clock_time (gint64     real_us,
                   GDateTime *now)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (real_us / G_USEC_PER_SEC);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, g_date_time_get_timezone (now));
  gboolean same_day = g_date_time_get_day_of_year (local) == g_date_time_get_day_of_year (now) &&
                      g_date_time_get_year (local) == g_date_time_get_year (now);

  /* Translators: a time today (%H:%M) or another day (%a %H:%M), see strftime. */
  return g_date_time_format (local, same_day ? _("%H:%M") : _("%a %H:%M"));
}

static void
set_counting (SwReminderStatus *status,
              gint64            now_us,
              gint64            next_due_us,
              gboolean          flare_mode)
{
  int minutes = minutes_left (now_us, next_due_us);

  /* Translators: minutes until the next break, on the header button. */
  status->label = g_strdup_printf (_("%d min"), minutes);
  if (flare_mode)
    status->description =
      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                    "Next break in %d minute. "
                                    "During a flare-up you are reminded every 30 minutes.",
                                    "Next break in %d minutes. "
                                    "During a flare-up you are reminded every 30 minutes.",
                                    minutes),
                       minutes);
  else
    status->description =
      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                    "Next break in %d minute",
                                    "Next break in %d minutes",
                                    minutes),
                       minutes);
  status->next_change_us = next_minute_change (now_us, next_due_us);
}

static void
set_paused (SwReminderStatus *status,
            gint64            state_ends_us,
            GDateTime        *now)
{
  status->label = g_strdup (_("Paused"));

  if (state_ends_us > 0)
    {
      g_autofree char *until = format_clock_time (state_ends_us, now);

      /* Translators: %s is a time, e.g. "14:30" or "Tue 08:00". */
      status->description = g_strdup_printf (_("Reminders are paused until %s"), until);
    }
  else
    {
      status->description = g_strdup (_("Reminders are paused until you resume them"));
    }
}

static void
set_on_break (SwReminderStatus *status,
              gint64            now_us,
              gint64            state_ends_us)
{
  int minutes = minutes_left (now_us, state_ends_us);

  status->label = g_strdup (_("Break"));
  if (state_ends_us > 0 && minutes > 0)
    {
      status->description =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "On a break, %d minute left",
                                      "On a break, %d minutes left",
                                      minutes),
                         minutes);
      status->next_change_us = next_minute_change (now_us, state_ends_us);
    }
  else
    {
      status->description = g_strdup (_("On a break"));
    }
}

/**
 * sw_reminder_status_compute:
 * @available: whether the service answers on the bus
 * @enabled: whether the user wants reminders at all
 * @state: the service's state nick, or %NULL
 * @now: the local time now
 *
 * Fills @status, which must be cleared (or zeroed) first.
 */
void
sw_reminder_status_compute (SwReminderStatus *status,
                            gboolean          available,
                            gboolean          enabled,
                            const char       *state,
                            gint64            next_due_us,
                            gint64            state_ends_us,
                            gboolean          flare_mode,
                            GDateTime        *now)
{
  gint64 now_us;

  g_return_if_fail (status != NULL);
  g_return_if_fail (now != NULL);

  now_us = g_date_time_to_unix (now) * G_USEC_PER_SEC + g_date_time_get_microsecond (now);
  memset (status, 0, sizeof *status);

  if (!enabled)
    {
      status->label = g_strdup (_("Off"));
      status->description = g_strdup (_("Stand-up reminders are turned off"));
      return;
    }

  if (!available || state == NULL)
    {
      status->label = g_strdup (_("Not running"));
      status->description = g_strdup (_("Stand-up reminders are not running, "
                                        "so no break will be announced"));
      return;
    }

  status->running = TRUE;

  if (g_str_equal (state, "due"))
    {
      status->label = g_strdup (_("Now"));
      status->description = g_strdup (_("Time to stand up"));
    }
  else if (g_str_equal (state, "on-break"))
    set_on_break (status, now_us, state_ends_us);
  else if (g_str_equal (state, "paused"))
    set_paused (status, state_ends_us, now);
  else if (g_str_equal (state, "outside-work-hours"))
    {
      status->label = g_strdup (_("Off hours"));
      status->description = g_strdup (_("No reminders outside your working hours"));
    }
  else if (g_str_equal (state, "disabled"))
    {
      status->label = g_strdup (_("Off"));
      status->description = g_strdup (_("Stand-up reminders are turned off"));
    }
  else if (next_due_us > 0)
    set_counting (status, now_us, next_due_us, flare_mode);
  else
    {
      status->label = g_strdup (_("On"));
      status->description = g_strdup (_("Stand-up reminders are on"));
    }
}

void
sw_reminder_status_clear (SwReminderStatus *status)
{
  g_clear_pointer (&status->label, g_free);
  g_clear_pointer (&status->description, g_free);
  status->next_change_us = 0;
  status->running = FALSE;
}

/**
 * sw_format_time_left:
 * @left_us: time left; anything below zero reads as none
 *
 * Returns: (transfer full): "4:59" or, from an hour on, "1:02:03"; seconds
 *   are rounded up so "0:00" shows only when the time is really over
 */
char *
sw_format_time_left (gint64 left_us)
{
  gint64 seconds = left_us > 0 ? (left_us + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC : 0;

  if (seconds >= 3600)
    return g_strdup_printf ("%d:%02d:%02d", (int) (seconds / 3600),
                            (int) (seconds / 60 % 60), (int) (seconds % 60));

  return g_strdup_printf ("%d:%02d", (int) (seconds / 60), (int) (seconds % 60));
}

/* Time left in words, as a screen reader or a glance wants it: seconds
 * under a minute, then rounded minutes ("about 3 minutes left"). */
char *
sw_describe_time_left (gint64 left_us)
{
  guint seconds = (guint) ((MAX (left_us, 0) + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC);
  guint minutes = (seconds + 30) / 60;

  if (seconds < 60)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u second left", "%u seconds left",
                                         seconds), seconds);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "about %u minute left",
                                       "about %u minutes left", minutes), minutes);
}

/* The part of [start, end] still ahead of @now_us, from 1 down to 0. */
double
sw_fraction_left (gint64 now_us,
                  gint64 start_us,
                  gint64 end_us)
{
  if (end_us <= start_us || now_us >= end_us)
    return 0.0;

  if (now_us <= start_us)
    return 1.0;

  return (double) (end_us - now_us) / (double) (end_us - start_us);
}

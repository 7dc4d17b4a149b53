/* sw-reminder-service-journal.c: the reminder daemon and the journal
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-reminder-service-private.h"

#include <glib/gi18n-lib.h>

#include "sw-posture.h"
#include "sw-settings.h"

/*
 * What the daemon writes to the journal, every break event through the
 * #SwBreakLog, and the monthly desk re-check it reads from there.
 */

/* Break events */

/* Tells the app, whose journal does not see what another process writes. */
static void
break_log_written_cb (SwReminderService *self)
{
  sw_dbus_reminders1_emit_journal_changed (self->skeleton);
}

void
_sw_reminder_service_open_break_log (SwReminderService *self)
{
  self->break_log = sw_break_log_new (self->journal_file, self->clock);
  g_signal_connect_object (self->break_log, "written",
                           G_CALLBACK (break_log_written_cb), self, G_CONNECT_SWAPPED);
}

static SwJournalBreakKind
journal_kind (SwBreakEvent event)
{
  switch (event)
    {
    case SW_BREAK_EVENT_DUE:
      return SW_JOURNAL_BREAK_DUE;
    case SW_BREAK_EVENT_SHOWN:
      return SW_JOURNAL_BREAK_SHOWN;
    case SW_BREAK_EVENT_STARTED:
      return SW_JOURNAL_BREAK_STARTED;
    case SW_BREAK_EVENT_COMPLETED:
      return SW_JOURNAL_BREAK_COMPLETED;
    case SW_BREAK_EVENT_SNOOZED:
      return SW_JOURNAL_BREAK_SNOOZED;
    case SW_BREAK_EVENT_SKIPPED:
      return SW_JOURNAL_BREAK_SKIPPED;
    case SW_BREAK_EVENT_NATURAL:
    default:
      return SW_JOURNAL_BREAK_NATURAL;
    }
}

/* Every transition goes to the journal, where the chart and the doctor's
 * report read it. A journal that cannot be written delays the log (the
 * break log keeps the events), never the reminders. */
void
_sw_reminder_service_log_break_event (SwReminderService *self,
                                      SwBreakEvent       event,
                                      gint64             real_us,
                                      gint64             length_us)
{
  gboolean has_length = event == SW_BREAK_EVENT_COMPLETED || event == SW_BREAK_EVENT_SKIPPED ||
                        event == SW_BREAK_EVENT_NATURAL || event == SW_BREAK_EVENT_SNOOZED;
  int length_s = has_length ? (int) CLAMP (length_us / G_USEC_PER_SEC, 0, G_MAXINT) : -1;

  if (self->break_log != NULL)
    sw_break_log_add (self->break_log, real_us, journal_kind (event), length_s);
}

/* Writes the events the journal could not take before; returns whether
 * none is left waiting. */
gboolean
_sw_reminder_service_write_pending_events (SwReminderService *self)
{
  return self->break_log == NULL || sw_break_log_flush (self->break_log);
}

/* The monthly desk re-check (issue 8) */

/* When it falls due as wall time, from the last saved posture check and
 * the last reminder; NULL if never. */
static GDateTime *
desk_recheck_next_due (SwReminderService *self)
{
  g_autoptr(SwJournalItem) last_check = NULL;
  g_autoptr(GDateTime) checked = NULL;
  g_autoptr(GDateTime) reminded = NULL;
  SwJournal *journal = _sw_reminder_service_get_journal (self);
  gint64 mark;

  if (journal == NULL ||
      !g_settings_get_boolean (self->settings, SW_SETTINGS_KEY_DESK_RECHECK_MONTHLY) ||
      !sw_journal_get_last_posture_check (journal, &last_check, NULL))
    return NULL;

  mark = g_settings_get_int64 (self->settings, SW_SETTINGS_KEY_DESK_RECHECK_MARK);
  if (mark == 0 && last_check == NULL)
    {
      /* The first run: the first reminder comes a week from now. */
      g_autoptr(GDateTime) now = sw_clock_get_now_local (self->clock);
      g_autoptr(GDateTime) first = sw_posture_recheck_first_mark (now);

      mark = g_date_time_to_unix (first) * G_USEC_PER_SEC;
      g_settings_set_int64 (self->settings, SW_SETTINGS_KEY_DESK_RECHECK_MARK, mark);
    }

  if (last_check != NULL)
    checked = g_date_time_new_from_unix_local (last_check->time_us / G_USEC_PER_SEC);
  if (mark != 0)
    reminded = g_date_time_new_from_unix_local (mark / G_USEC_PER_SEC);

  return sw_posture_recheck_next_due (checked, reminded);
}

/* The same moment on the monotonic clock, for the one timeout. */
gint64
_sw_reminder_service_desk_recheck_wakeup (SwReminderService *self)
{
  g_autoptr(GDateTime) due = desk_recheck_next_due (self);
  gint64 real_now = sw_clock_get_real_us (self->clock);
  gint64 due_us;

  if (due == NULL)
    return SW_SCHEDULER_NEVER;

  due_us = g_date_time_to_unix (due) * G_USEC_PER_SEC;
  return sw_clock_get_monotonic_us (self->clock) + MAX (due_us - real_now, 0);
}

void
_sw_reminder_service_remind_desk_recheck (SwReminderService *self)
{
  g_autoptr(GDateTime) due = desk_recheck_next_due (self);
  g_autoptr(GDateTime) now = sw_clock_get_now_local (self->clock);

  if (due == NULL || g_date_time_compare (now, due) < 0)
    return;

  /* Marked even without a notification server: once a month, not a retry loop. */
  g_settings_set_int64 (self->settings, SW_SETTINGS_KEY_DESK_RECHECK_MARK,
                        sw_clock_get_real_us (self->clock));
  if (self->notifier != NULL)
    sw_notifier_show_note (self->notifier, _("Time to re-check your desk"),
                           _("A month has passed. Open Sitwell's Posture tab and run through "
                             "the desk checklist again: it takes two minutes."));
}

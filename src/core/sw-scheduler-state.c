/* sw-scheduler-state.c: the scheduler's state saved for a restart, and restoring it
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sw-scheduler-private.h"

/*
 * A reminder daemon that crashed and was started again carries on where
 * it stopped: the sitting time so far, a reminder waiting for an answer, a
 * snooze, a break, a pause. sw_scheduler_save_state() writes what that
 * takes as wall-clock times, since one process's monotonic clock means
 * nothing to the next: the state, the moment each part of it started or
 * ends, and the next due moment and wakeup it led to.
 * sw_scheduler_restore_state() converts them back and lets the machine
 * catch up as if it had run all along:
 * - a reminder that fell due meanwhile comes at once, and once;
 * - a break whose length and grace have passed completes, logged at the
 *   end of its length with its real start;
 * - a state whose next wakeup passed at least a break's length ago is
 *   stale: the person may have left their desk in that time, which would
 *   have been a natural break, so a fresh schedule starts. A break in it is
 *   still completed, so that it is logged.
 * A state that is damaged or does not add up changes nothing.
 */

#define GROUP "Scheduler"

/* The wall clocks of two processes read a moment apart. A state saved
 * further ahead of now means the clock was set back, or ran sped up
 * (SITWELL_TIME_SCALE): its times cannot be trusted. */
#define MAX_SKEW_US  G_USEC_PER_SEC

static const char * const pause_kinds[] = {
  [PAUSE_NONE] = "none",
  [PAUSE_FOR_DURATION] = "for-duration",
  [PAUSE_UNTIL_WALL_TIME] = "until-time",
  [PAUSE_UNTIL_RESUMED] = "until-resumed",
};

/* What changed, to tell the owner when to save */

void
_sw_scheduler_take_saved (SwScheduler *self,
                          Saved       *saved)
{
  memset (saved, 0, sizeof *saved);
  saved->state = self->state;

  switch (self->state)
    {
    case SW_SCHEDULER_STATE_WORKING:
      saved->sitting_since_us = self->sitting_since_us;
      saved->interval_us = _sw_scheduler_effective_interval_us (self);
      break;

    case SW_SCHEDULER_STATE_DUE:
      saved->due_since_us = self->due_since_us;
      saved->shown = self->shown;
      saved->snoozes_in_row = self->snoozes_in_row;
      break;

    case SW_SCHEDULER_STATE_SNOOZED:
      saved->snoozed_until_us = self->snoozed_until_us;
      saved->snoozes_in_row = self->snoozes_in_row;
      break;

    case SW_SCHEDULER_STATE_ON_BREAK:
      saved->break_start_us = self->break_start_us;
      saved->break_length_us = _sw_scheduler_break_length_us (self);
      saved->interval_us = _sw_scheduler_effective_interval_us (self);
      break;

    case SW_SCHEDULER_STATE_PAUSED:
      saved->pause_kind = self->pause_kind;
      if (self->pause_kind == PAUSE_FOR_DURATION)
        saved->pause_end_us = self->pause_end_us;
      else if (self->pause_kind == PAUSE_UNTIL_WALL_TIME)
        saved->pause_end_real_us = self->pause_end_real_us;
      saved->interval_us = _sw_scheduler_effective_interval_us (self);
      break;

    case SW_SCHEDULER_STATE_OUTSIDE_WORK_HOURS:
    case SW_SCHEDULER_STATE_DISABLED:
    default:
      break;
    }
}

gboolean
_sw_scheduler_saved_equal (const Saved *a,
                           const Saved *b)
{
  return a->state == b->state &&
         a->sitting_since_us == b->sitting_since_us &&
         a->due_since_us == b->due_since_us &&
         a->shown == b->shown &&
         a->snoozed_until_us == b->snoozed_until_us &&
         a->snoozes_in_row == b->snoozes_in_row &&
         a->break_start_us == b->break_start_us &&
         a->pause_kind == b->pause_kind &&
         a->pause_end_us == b->pause_end_us &&
         a->pause_end_real_us == b->pause_end_real_us &&
         a->interval_us == b->interval_us &&
         a->break_length_us == b->break_length_us;
}

/* Saving */

static void
set_time (SwScheduler *self,
          GKeyFile    *key_file,
          const char  *key,
          gint64       monotonic_us)
{
  if (monotonic_us != SW_SCHEDULER_NEVER)
    g_key_file_set_int64 (key_file, GROUP, key,
                          _sw_scheduler_monotonic_to_real (self, monotonic_us));
}

/**
 * sw_scheduler_save_state:
 * @key_file: where to write, in its "Scheduler" group (replaced)
 *
 * Writes what a scheduler in another process needs to carry on from here
 * with sw_scheduler_restore_state(): the state, as wall-clock µs since the
 * epoch when it was saved (`saved`), when the sitting timer started
 * (`sitting-since`), the reminder fell due (`due-since`, `shown`), the
 * snooze ends (`snoozed-until`, `snoozes-in-row`), the break started
 * (`break-start`), or the pause ends (`pause`, `pause-end`); and what they
 * lead to: the next reminder (`next-due`), the end of the break or pause
 * (`ends`) and the next wakeup (`wakeup`). Save again on
 * #SwScheduler::schedule-changed, and when the times' wall-clock
 * equivalents moved: after a sleep or a wall-clock jump.
 */
void
sw_scheduler_save_state (SwScheduler *self,
                         GKeyFile    *key_file)
{
  g_return_if_fail (SW_IS_SCHEDULER (self));
  g_return_if_fail (key_file != NULL);

  g_key_file_remove_group (key_file, GROUP, NULL);
  g_key_file_set_int64 (key_file, GROUP, "saved", _sw_scheduler_now_real_us (self));
  g_key_file_set_string (key_file, GROUP, "state", sw_scheduler_state_to_nick (self->state));

  switch (self->state)
    {
    case SW_SCHEDULER_STATE_WORKING:
      set_time (self, key_file, "sitting-since", self->sitting_since_us);
      break;

    case SW_SCHEDULER_STATE_DUE:
      set_time (self, key_file, "due-since", self->due_since_us);
      g_key_file_set_boolean (key_file, GROUP, "shown", self->shown);
      g_key_file_set_uint64 (key_file, GROUP, "snoozes-in-row", self->snoozes_in_row);
      break;

    case SW_SCHEDULER_STATE_SNOOZED:
      set_time (self, key_file, "snoozed-until", self->snoozed_until_us);
      g_key_file_set_uint64 (key_file, GROUP, "snoozes-in-row", self->snoozes_in_row);
      break;

    case SW_SCHEDULER_STATE_ON_BREAK:
      set_time (self, key_file, "break-start", self->break_start_us);
      set_time (self, key_file, "ends", sw_scheduler_get_break_end_us (self));
      break;

    case SW_SCHEDULER_STATE_PAUSED:
      g_key_file_set_string (key_file, GROUP, "pause", pause_kinds[self->pause_kind]);
      if (self->pause_kind == PAUSE_FOR_DURATION || self->pause_kind == PAUSE_UNTIL_WALL_TIME)
        {
          gint64 end_real = sw_scheduler_get_pause_end_real_us (self);

          g_key_file_set_int64 (key_file, GROUP, "pause-end", end_real);
          g_key_file_set_int64 (key_file, GROUP, "ends", end_real);
        }
      break;

    case SW_SCHEDULER_STATE_OUTSIDE_WORK_HOURS:
    case SW_SCHEDULER_STATE_DISABLED:
    default:
      break;
    }

  set_time (self, key_file, "next-due", _sw_scheduler_compute_next_due (self));
  set_time (self, key_file, "wakeup", _sw_scheduler_compute_next_wakeup (self));
}

/* Reading */

/* The saved state, in wall-clock µs. */
typedef struct
{
  SwSchedulerState state;
  gint64           saved;
  gint64           sitting_since;
  gint64           due_since;
  gboolean         shown;
  gint64           snoozed_until;
  guint            snoozes_in_row;
  gint64           break_start;
  PauseKind        pause_kind;
  gint64           pause_end;
  gint64           wakeup;
} Record;

G_GNUC_PRINTF (2, 3)
static gboolean
refuse (GError     **error,
        const char  *format,
        ...)
{
  va_list args;

  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (SW_SCHEDULER_ERROR, SW_SCHEDULER_ERROR_INVALID,
                                                format, args));
  va_end (args);

  return FALSE;
}

static gboolean
read_time (GKeyFile    *key_file,
           const char  *key,
           gint64      *time_out,
           GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  gint64 value = g_key_file_get_int64 (key_file, GROUP, key, &local_error);

  if (local_error != NULL)
    return refuse (error, "No %s: %s", key, local_error->message);
  if (value <= 0 || value == SW_SCHEDULER_NEVER)
    return refuse (error, "%s is not a time: %" G_GINT64_FORMAT, key, value);

  *time_out = value;
  return TRUE;
}

/* A time that must come before the state was saved. */
static gboolean
read_past_time (GKeyFile    *key_file,
                const char  *key,
                gint64       saved,
                gint64      *time_out,
                GError     **error)
{
  if (!read_time (key_file, key, time_out, error))
    return FALSE;
  if (*time_out > saved)
    return refuse (error, "%s comes after the state was saved", key);

  return TRUE;
}

static gboolean
read_snoozes (GKeyFile  *key_file,
              guint      min,
              guint     *snoozes_out,
              GError   **error)
{
  g_autoptr(GError) local_error = NULL;
  guint64 value = g_key_file_get_uint64 (key_file, GROUP, "snoozes-in-row", &local_error);

  if (local_error != NULL)
    return refuse (error, "No snoozes-in-row: %s", local_error->message);
  if (value < min || value > SW_SCHEDULER_MAX_SNOOZES)
    return refuse (error, "snoozes-in-row is out of range: %" G_GUINT64_FORMAT, value);

  *snoozes_out = (guint) value;
  return TRUE;
}

static gboolean
read_pause (GKeyFile  *key_file,
            Record    *record,
            GError   **error)
{
  g_autofree char *kind = g_key_file_get_string (key_file, GROUP, "pause", NULL);

  for (guint i = PAUSE_FOR_DURATION; i < G_N_ELEMENTS (pause_kinds); i++)
    {
      if (g_strcmp0 (kind, pause_kinds[i]) == 0)
        record->pause_kind = i;
    }

  switch (record->pause_kind)
    {
    case PAUSE_FOR_DURATION:
    case PAUSE_UNTIL_WALL_TIME:
      return read_time (key_file, "pause-end", &record->pause_end, error);
    case PAUSE_UNTIL_RESUMED:
      return TRUE;
    case PAUSE_NONE:
    default:
      return refuse (error, "No valid pause kind");
    }
}

static gboolean
read_record (SwScheduler  *self,
             GKeyFile     *key_file,
             Record       *record,
             GError      **error)
{
  g_autofree char *nick = NULL;
  GEnumClass *states;
  GEnumValue *state;

  memset (record, 0, sizeof *record);
  record->wakeup = SW_SCHEDULER_NEVER;

  if (!read_time (key_file, "saved", &record->saved, error))
    return FALSE;
  if (record->saved > _sw_scheduler_now_real_us (self) + MAX_SKEW_US)
    return refuse (error, "Saved in the future: the clock was set back, or sped up");

  nick = g_key_file_get_string (key_file, GROUP, "state", NULL);
  states = g_type_class_ref (SW_TYPE_SCHEDULER_STATE);
  state = nick != NULL ? g_enum_get_value_by_nick (states, nick) : NULL;
  g_type_class_unref (states);
  if (state == NULL)
    return refuse (error, "No valid state: %s", nick != NULL ? nick : "none");
  record->state = state->value;

  if (g_key_file_has_key (key_file, GROUP, "wakeup", NULL) &&
      !read_time (key_file, "wakeup", &record->wakeup, error))
    return FALSE;

  switch (record->state)
    {
    case SW_SCHEDULER_STATE_WORKING:
      return read_past_time (key_file, "sitting-since", record->saved, &record->sitting_since,
                             error);

    case SW_SCHEDULER_STATE_DUE:
      record->shown = g_key_file_get_boolean (key_file, GROUP, "shown", NULL);
      return read_past_time (key_file, "due-since", record->saved, &record->due_since, error) &&
             read_snoozes (key_file, 0, &record->snoozes_in_row, error);

    case SW_SCHEDULER_STATE_SNOOZED:
      if (!read_time (key_file, "snoozed-until", &record->snoozed_until, error) ||
          !read_snoozes (key_file, 1, &record->snoozes_in_row, error))
        return FALSE;
      if (record->snoozed_until > record->saved + SW_SCHEDULER_SNOOZE_MAX * MINUTE_US)
        return refuse (error, "The snooze ends later than any snooze can");
      return TRUE;

    case SW_SCHEDULER_STATE_ON_BREAK:
      return read_past_time (key_file, "break-start", record->saved, &record->break_start,
                             error);

    case SW_SCHEDULER_STATE_PAUSED:
      return read_pause (key_file, record, error);

    case SW_SCHEDULER_STATE_OUTSIDE_WORK_HOURS:
    case SW_SCHEDULER_STATE_DISABLED:
    default:
      return TRUE;
    }
}

/* Restoring */

static void
clear_answers (SwScheduler *self)
{
  self->snoozes_in_row = 0;
  self->shown = FALSE;
  self->pause_kind = PAUSE_NONE;
}

/* The break goes on where it was; the machine completes it if its grace
 * has passed. Stale, the schedule after it starts afresh. */
static void
resume_break (SwScheduler  *self,
              const Record *record,
              gboolean      stale)
{
  clear_answers (self);
  self->state = SW_SCHEDULER_STATE_ON_BREAK;
  self->break_start_us = _sw_scheduler_real_to_monotonic (self, record->break_start);
  self->had_break = TRUE;

  if (stale)
    {
      _sw_scheduler_complete_break (self);
      _sw_scheduler_restart_sitting (self, _sw_scheduler_now_us (self));
    }
}

static void
apply_record (SwScheduler  *self,
              const Record *record)
{
  clear_answers (self);

  switch (record->state)
    {
    case SW_SCHEDULER_STATE_WORKING:
      _sw_scheduler_restart_sitting (self,
                                     _sw_scheduler_real_to_monotonic (self,
                                                                      record->sitting_since));
      break;

    case SW_SCHEDULER_STATE_DUE:
      self->state = SW_SCHEDULER_STATE_DUE;
      self->due_since_us = _sw_scheduler_real_to_monotonic (self, record->due_since);
      self->shown = record->shown;
      self->snoozes_in_row = record->snoozes_in_row;
      break;

    case SW_SCHEDULER_STATE_SNOOZED:
      self->state = SW_SCHEDULER_STATE_SNOOZED;
      self->snoozed_until_us = _sw_scheduler_real_to_monotonic (self, record->snoozed_until);
      self->snoozes_in_row = record->snoozes_in_row;
      break;

    case SW_SCHEDULER_STATE_PAUSED:
      self->state = SW_SCHEDULER_STATE_PAUSED;
      self->pause_kind = record->pause_kind;
      if (record->pause_kind == PAUSE_FOR_DURATION)
        self->pause_end_us = _sw_scheduler_real_to_monotonic (self, record->pause_end);
      else if (record->pause_kind == PAUSE_UNTIL_WALL_TIME)
        self->pause_end_real_us = record->pause_end;
      break;

    case SW_SCHEDULER_STATE_OUTSIDE_WORK_HOURS:
      /* The machine finds whether the hours began meanwhile. */
      self->state = SW_SCHEDULER_STATE_OUTSIDE_WORK_HOURS;
      break;

    case SW_SCHEDULER_STATE_ON_BREAK:
    case SW_SCHEDULER_STATE_DISABLED:
    default:
      g_assert_not_reached ();
    }
}

/**
 * sw_scheduler_restore_state:
 * @key_file: what sw_scheduler_save_state() wrote, in another process
 *
 * Carries on from a saved state, as if this scheduler had run since: a
 * reminder that fell due meanwhile is due now (reported once, as
 * %SW_BREAK_EVENT_DUE), a snooze or a pause that ended meanwhile has
 * ended, a break past its grace has completed (%SW_BREAK_EVENT_COMPLETED
 * at the end of its length). A reminder that was already up stays up,
 * without a new %SW_BREAK_EVENT_DUE: the owner shows it again.
 *
 * A break in progress is always carried on. Anything else is refused with
 * %SW_SCHEDULER_ERROR_STALE when its next wakeup passed at least a break's
 * length ago (the person may have left their desk meanwhile, and a fresh
 * schedule is what a natural break would have led to), or when reminders
 * are off, and with %SW_SCHEDULER_ERROR_INVALID when the state is damaged
 * or does not add up; the scheduler is then left as it was.
 *
 * The caller decides whether the state is this session's at all: one
 * saved before the computer restarted or the person logged in again must
 * not be given.
 *
 * Returns: whether the saved state was carried on
 */
gboolean
sw_scheduler_restore_state (SwScheduler  *self,
                            GKeyFile     *key_file,
                            GError      **error)
{
  Record record;
  gboolean stale;

  g_return_val_if_fail (SW_IS_SCHEDULER (self), FALSE);
  g_return_val_if_fail (key_file != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!read_record (self, key_file, &record, error))
    return FALSE;

  /* Whatever happens next, it knows what happened before it. */
  self->knows_past = TRUE;

  if (!self->enabled || record.state == SW_SCHEDULER_STATE_DISABLED)
    {
      g_set_error_literal (error, SW_SCHEDULER_ERROR, SW_SCHEDULER_ERROR_STALE,
                           "Reminders were off, or are now");
      return FALSE;
    }

  stale = record.wakeup != SW_SCHEDULER_NEVER &&
          _sw_scheduler_now_real_us (self) - record.wakeup >= _sw_scheduler_break_length_us (self);
  if (stale && record.state != SW_SCHEDULER_STATE_ON_BREAK)
    {
      g_set_error (error, SW_SCHEDULER_ERROR, SW_SCHEDULER_ERROR_STALE,
                   "Its next wakeup passed %" G_GINT64_FORMAT " minutes ago",
                   (_sw_scheduler_now_real_us (self) - record.wakeup) / MINUTE_US);
      return FALSE;
    }

  _sw_scheduler_begin (self);

  if (record.state == SW_SCHEDULER_STATE_ON_BREAK)
    resume_break (self, &record, stale);
  else
    apply_record (self, &record);

  _sw_scheduler_evaluate (self);
  _sw_scheduler_end (self);

  return TRUE;
}

/* sw-scheduler-machine.c: the scheduler's predictions, transitions and state
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-scheduler-private.h"

/* Clocks */

static gint64
real_to_monotonic (SwScheduler *self,
                   gint64       real_us)
{
  if (real_us == SW_SCHEDULER_NEVER)
    return SW_SCHEDULER_NEVER;

  return _sw_scheduler_now_us (self) + (real_us - _sw_scheduler_now_real_us (self));
}

static gint64
monotonic_to_real (SwScheduler *self,
                   gint64       monotonic_us)
{
  if (monotonic_us == SW_SCHEDULER_NEVER)
    return SW_SCHEDULER_NEVER;

  return _sw_scheduler_now_real_us (self) + (monotonic_us - _sw_scheduler_now_us (self));
}

gint64
_sw_scheduler_real_to_monotonic (SwScheduler *self,
                                 gint64       real_us)
{
  return real_to_monotonic (self, real_us);
}

gint64
_sw_scheduler_monotonic_to_real (SwScheduler *self,
                                 gint64       monotonic_us)
{
  return monotonic_to_real (self, monotonic_us);
}

static gint64
due_at_us (SwScheduler *self)
{
  return self->sitting_since_us + _sw_scheduler_effective_interval_us (self);
}

static gint64
break_end_us (SwScheduler *self)
{
  return self->break_start_us + _sw_scheduler_break_length_us (self);
}

/* Predictions */

static gint64
pause_end_monotonic (SwScheduler *self)
{
  switch (self->pause_kind)
    {
    case PAUSE_FOR_DURATION:
      return self->pause_end_us;
    case PAUSE_UNTIL_WALL_TIME:
      return real_to_monotonic (self, self->pause_end_real_us);
    case PAUSE_NONE:
    case PAUSE_UNTIL_RESUMED:
    default:
      return SW_SCHEDULER_NEVER;
    }
}

static gboolean
pause_is_over (SwScheduler *self)
{
  switch (self->pause_kind)
    {
    case PAUSE_FOR_DURATION:
      return _sw_scheduler_now_us (self) >= self->pause_end_us;
    case PAUSE_UNTIL_WALL_TIME:
      return _sw_scheduler_now_real_us (self) >= self->pause_end_real_us;
    case PAUSE_NONE:
      return TRUE;
    case PAUSE_UNTIL_RESUMED:
    default:
      return FALSE;
    }
}

gint64
_sw_scheduler_compute_next_due (SwScheduler *self)
{
  gint64 interval = _sw_scheduler_effective_interval_us (self);
  gint64 real_now, due_real;

  if (self->clock == NULL)
    return SW_SCHEDULER_NEVER;

  real_now = _sw_scheduler_now_real_us (self);

  switch (self->state)
    {
    case SW_SCHEDULER_STATE_DISABLED:
      return SW_SCHEDULER_NEVER;

    case SW_SCHEDULER_STATE_DUE:
      return self->due_since_us;

    case SW_SCHEDULER_STATE_WORKING:
      due_real =
        _sw_scheduler_fit_into_work_hours (self, real_now,
                                           monotonic_to_real (self, due_at_us (self)));
      break;

    case SW_SCHEDULER_STATE_SNOOZED:
      due_real =
        _sw_scheduler_fit_into_work_hours (self, real_now,
                                           monotonic_to_real (self, self->snoozed_until_us));
      break;

    case SW_SCHEDULER_STATE_ON_BREAK:
      {
        gint64 end_real = monotonic_to_real (self, break_end_us (self));

        due_real = _sw_scheduler_fit_into_work_hours (self, end_real, end_real + interval);
      }
      break;

    case SW_SCHEDULER_STATE_PAUSED:
      {
        gint64 end_real = monotonic_to_real (self, pause_end_monotonic (self));

        if (end_real == SW_SCHEDULER_NEVER)
          return SW_SCHEDULER_NEVER;

        due_real = _sw_scheduler_fit_into_work_hours (self, end_real, end_real + interval);
      }
      break;

    case SW_SCHEDULER_STATE_OUTSIDE_WORK_HOURS:
      /* The window's start replaces this, unless the hours began already. */
      due_real = _sw_scheduler_fit_into_work_hours (self, real_now, real_now + interval);
      break;

    default:
      g_assert_not_reached ();
    }

  return real_to_monotonic (self, due_real);
}

gint64
_sw_scheduler_compute_next_wakeup (SwScheduler *self)
{
  gint64 wakeup = SW_SCHEDULER_NEVER;
  gint64 start, end;

  if (self->clock == NULL)
    return SW_SCHEDULER_NEVER;

  switch (self->state)
    {
    case SW_SCHEDULER_STATE_DISABLED:
      return SW_SCHEDULER_NEVER;

    case SW_SCHEDULER_STATE_PAUSED:
      return pause_end_monotonic (self);

    case SW_SCHEDULER_STATE_ON_BREAK:
      return break_end_us (self) + SW_SCHEDULER_BREAK_GRACE_MINUTES * MINUTE_US;

    case SW_SCHEDULER_STATE_OUTSIDE_WORK_HOURS:
      if (_sw_scheduler_find_work_window (self, _sw_scheduler_now_real_us (self), &start, &end))
        return real_to_monotonic (self, start);
      return SW_SCHEDULER_NEVER;

    case SW_SCHEDULER_STATE_WORKING:
      if (!_sw_scheduler_is_away (self))
        wakeup = due_at_us (self);
      break;

    case SW_SCHEDULER_STATE_SNOOZED:
      if (!_sw_scheduler_is_away (self))
        wakeup = self->snoozed_until_us;
      break;

    case SW_SCHEDULER_STATE_DUE:
      break;

    default:
      g_assert_not_reached ();
    }

  /* Nothing fires outside work hours: wake up when they end. */
  if (_sw_scheduler_find_work_window (self, _sw_scheduler_now_real_us (self), &start, &end))
    wakeup = MIN (wakeup, real_to_monotonic (self, end));

  return wakeup;
}

/* Transitions */

void
_sw_scheduler_restart_sitting (SwScheduler *self,
                               gint64       at_us)
{
  self->state = SW_SCHEDULER_STATE_WORKING;
  self->sitting_since_us = at_us;
  self->snoozes_in_row = 0;
  self->shown = FALSE;
  self->pause_kind = PAUSE_NONE;

  /* The user is away as the timer starts: it starts again when they return. */
  if (_sw_scheduler_is_away (self))
    self->away_is_break = FALSE;
}

static void
become_due (SwScheduler *self)
{
  self->state = SW_SCHEDULER_STATE_DUE;
  self->due_since_us = _sw_scheduler_now_us (self);
  self->shown = FALSE;

  _sw_scheduler_emit_event (self, SW_BREAK_EVENT_DUE, 0);
}

void
_sw_scheduler_begin_break (SwScheduler *self)
{
  self->state = SW_SCHEDULER_STATE_ON_BREAK;
  self->break_start_us = _sw_scheduler_now_us (self);
  self->snoozes_in_row = 0;
  self->shown = FALSE;
  self->pause_kind = PAUSE_NONE;
  self->had_break = TRUE;

  _sw_scheduler_emit_event (self, SW_BREAK_EVENT_STARTED, 0);
}

/* Whether a running break nobody finished is past its grace. */
gboolean
_sw_scheduler_break_is_over (SwScheduler *self)
{
  return _sw_scheduler_now_us (self) >=
         break_end_us (self) + SW_SCHEDULER_BREAK_GRACE_MINUTES * MINUTE_US;
}

/* The running break completes by itself, logged as ending when its length
 * was up, not when noticed; the sitting timer restarts from there. */
void
_sw_scheduler_complete_break (SwScheduler *self)
{
  _sw_scheduler_restart_sitting (self, break_end_us (self));
  _sw_scheduler_emit_event_at (self, SW_BREAK_EVENT_COMPLETED,
                               monotonic_to_real (self, self->sitting_since_us),
                               _sw_scheduler_break_length_us (self));
}

/* One due transition, if any; FALSE when the state is settled. */
static gboolean
step (SwScheduler *self)
{
  gint64 now = _sw_scheduler_now_us (self);

  switch (self->state)
    {
    case SW_SCHEDULER_STATE_DISABLED:
      return FALSE;

    case SW_SCHEDULER_STATE_PAUSED:
      if (!pause_is_over (self))
        return FALSE;
      _sw_scheduler_restart_sitting (self, now);
      return TRUE;

    case SW_SCHEDULER_STATE_ON_BREAK:
      if (!_sw_scheduler_break_is_over (self))
        return FALSE;
      _sw_scheduler_complete_break (self);
      return TRUE;

    case SW_SCHEDULER_STATE_OUTSIDE_WORK_HOURS:
      if (!_sw_scheduler_in_work_hours (self, _sw_scheduler_now_real_us (self)))
        return FALSE;
      _sw_scheduler_restart_sitting (self, now);
      return TRUE;

    case SW_SCHEDULER_STATE_WORKING:
    case SW_SCHEDULER_STATE_DUE:
    case SW_SCHEDULER_STATE_SNOOZED:
      if (!_sw_scheduler_in_work_hours (self, _sw_scheduler_now_real_us (self)))
        {
          /* A reminder still up is withdrawn; nothing is logged for it. */
          self->state = SW_SCHEDULER_STATE_OUTSIDE_WORK_HOURS;
          self->snoozes_in_row = 0;
          self->shown = FALSE;
          return TRUE;
        }

      if (_sw_scheduler_is_away (self))
        return FALSE;

      if ((self->state == SW_SCHEDULER_STATE_WORKING && now >= due_at_us (self)) ||
          (self->state == SW_SCHEDULER_STATE_SNOOZED && now >= self->snoozed_until_us))
        {
          become_due (self);
          return TRUE;
        }

      return FALSE;

    default:
      g_assert_not_reached ();
    }
}

void
_sw_scheduler_evaluate (SwScheduler *self)
{
  guint i;

  if (self->clock == NULL)
    return;

  /* Each step is a transition; no chain is longer than three. */
  for (i = 0; i < 8 && step (self); i++)
    ;

  g_assert (i < 8);
}

/**
 * sw_scheduler_update:
 *
 * Reads the clock and performs every transition that is due. The owner
 * calls it when the timeout for sw_scheduler_get_next_wakeup_us() fires.
 */
void
sw_scheduler_update (SwScheduler *self)
{
  g_return_if_fail (SW_IS_SCHEDULER (self));

  _sw_scheduler_begin (self);
  _sw_scheduler_evaluate (self);
  /* The owner's timeout has fired: tell it to re-arm, changed or not. */
  self->updated = TRUE;
  _sw_scheduler_end (self);
}

/**
 * sw_scheduler_get_next_wakeup_us:
 *
 * Returns: the monotonic clock time at which sw_scheduler_update() must run
 *   next, or %SW_SCHEDULER_NEVER when nothing will happen by itself (paused
 *   until resumed, a reminder waiting for an answer, away, disabled).
 *   After an update it is always in the future.
 */
gint64
sw_scheduler_get_next_wakeup_us (SwScheduler *self)
{
  g_return_val_if_fail (SW_IS_SCHEDULER (self), SW_SCHEDULER_NEVER);

  return _sw_scheduler_compute_next_wakeup (self);
}

/* State */

SwSchedulerState
sw_scheduler_get_state (SwScheduler *self)
{
  g_return_val_if_fail (SW_IS_SCHEDULER (self), SW_SCHEDULER_STATE_DISABLED);

  return self->state;
}

/**
 * sw_scheduler_get_next_due_us:
 *
 * Returns: the monotonic time of the next reminder if nothing changes (work
 *   hours, a break or a pause in between taken into account); while a
 *   reminder is up, when it fell due; %SW_SCHEDULER_NEVER if none is
 *   coming. While the user is away it may lie in the past: the reminder
 *   then comes when they return.
 */
gint64
sw_scheduler_get_next_due_us (SwScheduler *self)
{
  g_return_val_if_fail (SW_IS_SCHEDULER (self), SW_SCHEDULER_NEVER);

  return _sw_scheduler_compute_next_due (self);
}

/**
 * sw_scheduler_get_next_due_real_us:
 *
 * Returns: sw_scheduler_get_next_due_us() as wall-clock µs since the epoch
 *   (real now + (due − monotonic now)), or %SW_SCHEDULER_NEVER
 */
gint64
sw_scheduler_get_next_due_real_us (SwScheduler *self)
{
  g_return_val_if_fail (SW_IS_SCHEDULER (self), SW_SCHEDULER_NEVER);

  return monotonic_to_real (self, _sw_scheduler_compute_next_due (self));
}

guint
sw_scheduler_get_snoozes_in_row (SwScheduler *self)
{
  g_return_val_if_fail (SW_IS_SCHEDULER (self), 0);

  return self->snoozes_in_row;
}

/**
 * sw_scheduler_can_snooze:
 *
 * Returns: whether a reminder is up and may still be snoozed (at most
 *   %SW_SCHEDULER_MAX_SNOOZES in a row; then it stays until answered)
 */
gboolean
sw_scheduler_can_snooze (SwScheduler *self)
{
  g_return_val_if_fail (SW_IS_SCHEDULER (self), FALSE);

  return self->state == SW_SCHEDULER_STATE_DUE &&
         self->snoozes_in_row < SW_SCHEDULER_MAX_SNOOZES;
}

/**
 * sw_scheduler_get_break_end_us:
 *
 * Returns: while on a break, the monotonic time its length is up (it
 *   completes by itself %SW_SCHEDULER_BREAK_GRACE_MINUTES later);
 *   otherwise %SW_SCHEDULER_NEVER
 */
gint64
sw_scheduler_get_break_end_us (SwScheduler *self)
{
  g_return_val_if_fail (SW_IS_SCHEDULER (self), SW_SCHEDULER_NEVER);

  if (self->state != SW_SCHEDULER_STATE_ON_BREAK)
    return SW_SCHEDULER_NEVER;

  return break_end_us (self);
}

gint64
sw_scheduler_get_break_end_real_us (SwScheduler *self)
{
  g_return_val_if_fail (SW_IS_SCHEDULER (self), SW_SCHEDULER_NEVER);

  return monotonic_to_real (self, sw_scheduler_get_break_end_us (self));
}

/**
 * sw_scheduler_get_pause_end_us:
 *
 * Returns: while paused, the monotonic time the pause ends; otherwise, or
 *   when paused until resumed, %SW_SCHEDULER_NEVER
 */
gint64
sw_scheduler_get_pause_end_us (SwScheduler *self)
{
  g_return_val_if_fail (SW_IS_SCHEDULER (self), SW_SCHEDULER_NEVER);

  if (self->state != SW_SCHEDULER_STATE_PAUSED)
    return SW_SCHEDULER_NEVER;

  return pause_end_monotonic (self);
}

gint64
sw_scheduler_get_pause_end_real_us (SwScheduler *self)
{
  g_return_val_if_fail (SW_IS_SCHEDULER (self), SW_SCHEDULER_NEVER);

  if (self->state == SW_SCHEDULER_STATE_PAUSED && self->pause_kind == PAUSE_UNTIL_WALL_TIME)
    return self->pause_end_real_us;

  return monotonic_to_real (self, sw_scheduler_get_pause_end_us (self));
}

/* sw-scheduler-actions.c: what the user and the session tell the scheduler
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-scheduler-private.h"

/* Longer pauses or sleeps than this are absurd; it keeps sums in range. */
#define MAX_DURATION_US  (36525 * 24 * HOUR_US)

/* What the user does. Each returns FALSE, changing nothing, when the
 * action does not apply in the current state: the user can race the
 * scheduler (a click on a stale notification), so this is not an error. */

/**
 * sw_scheduler_mark_shown:
 *
 * The owner calls this when the reminder went up on screen. Reports
 * %SW_BREAK_EVENT_SHOWN once per due reminder.
 *
 * Returns: whether a reminder was due and not yet marked
 */
gboolean
sw_scheduler_mark_shown (SwScheduler *self)
{
  gboolean ret = FALSE;

  g_return_val_if_fail (SW_IS_SCHEDULER (self), FALSE);

  _sw_scheduler_begin (self);
  _sw_scheduler_evaluate (self);

  if (self->state == SW_SCHEDULER_STATE_DUE && !self->shown)
    {
      self->shown = TRUE;
      _sw_scheduler_emit_event (self, SW_BREAK_EVENT_SHOWN, 0);
      ret = TRUE;
    }

  _sw_scheduler_end (self);

  return ret;
}

/**
 * sw_scheduler_take_break_now:
 *
 * Starts a break whatever the state (a pause ends), unless reminders are
 * off or a break is running.
 */
gboolean
sw_scheduler_take_break_now (SwScheduler *self)
{
  gboolean ret = FALSE;

  g_return_val_if_fail (SW_IS_SCHEDULER (self), FALSE);

  _sw_scheduler_begin (self);
  _sw_scheduler_evaluate (self);

  if (self->state != SW_SCHEDULER_STATE_DISABLED &&
      self->state != SW_SCHEDULER_STATE_ON_BREAK)
    {
      _sw_scheduler_begin_break (self);
      ret = TRUE;
    }

  _sw_scheduler_evaluate (self);
  _sw_scheduler_end (self);

  return ret;
}

/**
 * sw_scheduler_start_break:
 *
 * Starts a break in answer to a reminder (due or snoozed).
 */
gboolean
sw_scheduler_start_break (SwScheduler *self)
{
  gboolean ret = FALSE;

  g_return_val_if_fail (SW_IS_SCHEDULER (self), FALSE);

  _sw_scheduler_begin (self);
  _sw_scheduler_evaluate (self);

  if (self->state == SW_SCHEDULER_STATE_DUE ||
      self->state == SW_SCHEDULER_STATE_SNOOZED)
    {
      _sw_scheduler_begin_break (self);
      ret = TRUE;
    }

  _sw_scheduler_evaluate (self);
  _sw_scheduler_end (self);

  return ret;
}

/**
 * sw_scheduler_finish_break:
 * @completed: %TRUE for Done (%SW_BREAK_EVENT_COMPLETED), %FALSE for "Skip
 *   this break" (%SW_BREAK_EVENT_SKIPPED)
 *
 * Ends the running break now; the sitting timer restarts.
 */
gboolean
sw_scheduler_finish_break (SwScheduler *self,
                           gboolean     completed)
{
  gboolean ret = FALSE;

  g_return_val_if_fail (SW_IS_SCHEDULER (self), FALSE);

  _sw_scheduler_begin (self);
  _sw_scheduler_evaluate (self);

  if (self->state == SW_SCHEDULER_STATE_ON_BREAK)
    {
      gint64 now = _sw_scheduler_now_us (self);
      gint64 length = now - self->break_start_us;

      _sw_scheduler_restart_sitting (self, now);
      _sw_scheduler_emit_event (self,
                                completed ? SW_BREAK_EVENT_COMPLETED : SW_BREAK_EVENT_SKIPPED,
                                length);
      ret = TRUE;
    }

  _sw_scheduler_evaluate (self);
  _sw_scheduler_end (self);

  return ret;
}

static gboolean
is_sitting_state (SwSchedulerState state)
{
  return state == SW_SCHEDULER_STATE_WORKING ||
         state == SW_SCHEDULER_STATE_DUE ||
         state == SW_SCHEDULER_STATE_SNOOZED;
}

/**
 * sw_scheduler_finish_lost_break:
 * @completed: as for sw_scheduler_finish_break()
 * @end_real_us: when the break's length is up, wall clock µs, as the
 *   scheduler that started it said (sw_scheduler_get_break_end_real_us())
 *
 * Finishes the break the caller was shown, which a previous scheduler may
 * have started and lost: its daemon stopped, and this one started without
 * a saved state. When this scheduler has a break running, this is
 * sw_scheduler_finish_break(). Otherwise the lost break is reported
 * (%SW_BREAK_EVENT_COMPLETED or %SW_BREAK_EVENT_SKIPPED now, with the time
 * since it started, that is @end_real_us less the break length), but only
 * when it cannot have been reported already: this scheduler knows nothing
 * of the time before it (no saved state was restored), has had no break,
 * was made after the break began, and the break is not past the moment it
 * would have completed by itself. The sitting timer then restarts.
 *
 * Returns: whether a break was finished
 */
gboolean
sw_scheduler_finish_lost_break (SwScheduler *self,
                                gboolean     completed,
                                gint64       end_real_us)
{
  gboolean ret = FALSE;
  gint64 now_real, start_real;

  g_return_val_if_fail (SW_IS_SCHEDULER (self), FALSE);

  if (sw_scheduler_finish_break (self, completed))
    return TRUE;

  _sw_scheduler_begin (self);
  _sw_scheduler_evaluate (self);

  now_real = _sw_scheduler_now_real_us (self);
  start_real = end_real_us > 0 ? end_real_us - _sw_scheduler_break_length_us (self)
                               : SW_SCHEDULER_NEVER;

  /* In this order, so that no sum can overflow. */
  if (self->state != SW_SCHEDULER_STATE_DISABLED &&
      !self->knows_past && !self->had_break &&
      start_real < self->created_real_us && start_real <= now_real &&
      now_real < end_real_us + SW_SCHEDULER_BREAK_GRACE_MINUTES * MINUTE_US)
    {
      self->had_break = TRUE;
      if (is_sitting_state (self->state))
        _sw_scheduler_restart_sitting (self, _sw_scheduler_now_us (self));
      _sw_scheduler_emit_event (self,
                                completed ? SW_BREAK_EVENT_COMPLETED : SW_BREAK_EVENT_SKIPPED,
                                now_real - start_real);
      ret = TRUE;
    }

  _sw_scheduler_evaluate (self);
  _sw_scheduler_end (self);

  return ret;
}

/**
 * sw_scheduler_snooze:
 *
 * Postpones a due reminder by the snooze length. Refused after
 * %SW_SCHEDULER_MAX_SNOOZES snoozes in a row: see sw_scheduler_can_snooze().
 */
gboolean
sw_scheduler_snooze (SwScheduler *self)
{
  gboolean ret = FALSE;

  g_return_val_if_fail (SW_IS_SCHEDULER (self), FALSE);

  _sw_scheduler_begin (self);
  _sw_scheduler_evaluate (self);

  if (sw_scheduler_can_snooze (self))
    {
      gint64 length = (gint64) self->snooze_minutes * MINUTE_US;

      self->state = SW_SCHEDULER_STATE_SNOOZED;
      self->snoozed_until_us = _sw_scheduler_now_us (self) + length;
      self->snoozes_in_row++;
      self->shown = FALSE;
      _sw_scheduler_emit_event (self, SW_BREAK_EVENT_SNOOZED, length);
      ret = TRUE;
    }

  _sw_scheduler_evaluate (self);
  _sw_scheduler_end (self);

  return ret;
}

/**
 * sw_scheduler_skip:
 *
 * Dismisses a due or snoozed reminder; the sitting timer restarts.
 */
gboolean
sw_scheduler_skip (SwScheduler *self)
{
  gboolean ret = FALSE;

  g_return_val_if_fail (SW_IS_SCHEDULER (self), FALSE);

  _sw_scheduler_begin (self);
  _sw_scheduler_evaluate (self);

  if (self->state == SW_SCHEDULER_STATE_DUE ||
      self->state == SW_SCHEDULER_STATE_SNOOZED)
    {
      _sw_scheduler_restart_sitting (self, _sw_scheduler_now_us (self));
      _sw_scheduler_emit_event (self, SW_BREAK_EVENT_SKIPPED, 0);
      ret = TRUE;
    }

  _sw_scheduler_evaluate (self);
  _sw_scheduler_end (self);

  return ret;
}

static gboolean
enter_pause (SwScheduler *self,
             PauseKind    kind,
             gint64       duration_us)
{
  gboolean was_on_break;
  gint64 break_length = 0;

  _sw_scheduler_begin (self);
  _sw_scheduler_evaluate (self);

  if (self->state == SW_SCHEDULER_STATE_DISABLED)
    {
      _sw_scheduler_end (self);
      return FALSE;
    }

  was_on_break = self->state == SW_SCHEDULER_STATE_ON_BREAK;
  if (was_on_break)
    break_length = _sw_scheduler_now_us (self) - self->break_start_us;

  /* A reminder that is up is withdrawn, with nothing logged for it. */
  self->state = SW_SCHEDULER_STATE_PAUSED;
  self->pause_kind = kind;
  self->snoozes_in_row = 0;
  self->shown = FALSE;

  if (kind == PAUSE_FOR_DURATION)
    self->pause_end_us = _sw_scheduler_now_us (self) + duration_us;
  else if (kind == PAUSE_UNTIL_WALL_TIME)
    self->pause_end_real_us = _sw_scheduler_compute_tomorrow_real (self);

  /* A running break ends as if finished: completed if it lasted its length. */
  if (was_on_break)
    {
      gboolean completed = break_length >= _sw_scheduler_break_length_us (self);

      _sw_scheduler_emit_event (self,
                                completed ? SW_BREAK_EVENT_COMPLETED : SW_BREAK_EVENT_SKIPPED,
                                break_length);
    }

  _sw_scheduler_evaluate (self);
  _sw_scheduler_end (self);

  return TRUE;
}

/**
 * sw_scheduler_pause:
 * @duration_us: how long to pause (sleep counts, wall-clock jumps do not),
 *   or 0 (or anything longer than a century) to pause until
 *   sw_scheduler_resume()
 *
 * Nothing fires while paused. A running break ends (completed if it lasted
 * its length, otherwise skipped); a reminder that is up is withdrawn. When
 * the pause ends the sitting timer restarts.
 *
 * Returns: %FALSE if reminders are off
 */
gboolean
sw_scheduler_pause (SwScheduler *self,
                    gint64       duration_us)
{
  g_return_val_if_fail (SW_IS_SCHEDULER (self), FALSE);
  g_return_val_if_fail (duration_us >= 0, FALSE);

  if (duration_us == 0 || duration_us > MAX_DURATION_US)
    return enter_pause (self, PAUSE_UNTIL_RESUMED, 0);

  return enter_pause (self, PAUSE_FOR_DURATION, duration_us);
}

/**
 * sw_scheduler_pause_until_tomorrow:
 *
 * Pauses until work starts on the next work day, or until 08:00 tomorrow
 * without work hours, in local time. The day turns at 04:00, so a pause at
 * 00:30 lasts until that same morning.
 */
gboolean
sw_scheduler_pause_until_tomorrow (SwScheduler *self)
{
  g_return_val_if_fail (SW_IS_SCHEDULER (self), FALSE);

  return enter_pause (self, PAUSE_UNTIL_WALL_TIME, 0);
}

/**
 * sw_scheduler_resume:
 *
 * Ends a pause; the sitting timer restarts.
 */
gboolean
sw_scheduler_resume (SwScheduler *self)
{
  gboolean ret = FALSE;

  g_return_val_if_fail (SW_IS_SCHEDULER (self), FALSE);

  _sw_scheduler_begin (self);
  _sw_scheduler_evaluate (self);

  if (self->state == SW_SCHEDULER_STATE_PAUSED)
    {
      _sw_scheduler_restart_sitting (self, _sw_scheduler_now_us (self));
      ret = TRUE;
    }

  _sw_scheduler_evaluate (self);
  _sw_scheduler_end (self);

  return ret;
}

/* What the session does */

static void
come_back (SwScheduler *self)
{
  gint64 now = _sw_scheduler_now_us (self);
  gint64 away;

  if (!is_sitting_state (self->state))
    return;

  if (!self->away_is_break)
    {
      /* The timer (re)started while nobody was here: start it now. */
      if (self->state == SW_SCHEDULER_STATE_WORKING)
        self->sitting_since_us = now;
      return;
    }

  away = now - self->away_since_us + self->away_slept_us;
  if (away >= _sw_scheduler_break_length_us (self))
    {
      _sw_scheduler_restart_sitting (self, now);
      _sw_scheduler_emit_event (self, SW_BREAK_EVENT_NATURAL, away);
    }
}

static void
set_away (SwScheduler *self,
          gboolean    *field,
          gboolean     value)
{
  gboolean was_away;

  _sw_scheduler_begin (self);
  _sw_scheduler_evaluate (self);

  was_away = _sw_scheduler_is_away (self);
  *field = !!value;

  if (!was_away && _sw_scheduler_is_away (self))
    {
      self->away_since_us = _sw_scheduler_now_us (self);
      self->away_slept_us = 0;
      self->away_is_break = is_sitting_state (self->state);

      /* Idle is reported a while after the last input; count from there,
       * but not from before the sitting timer started. */
      if (self->idle)
        {
          self->away_since_us -= self->idle_delay_us;
          if (self->state == SW_SCHEDULER_STATE_WORKING)
            self->away_since_us = MAX (self->away_since_us, self->sitting_since_us);
        }
    }
  else if (was_away && !_sw_scheduler_is_away (self))
    {
      come_back (self);
    }

  _sw_scheduler_evaluate (self);
  _sw_scheduler_end (self);
}

/**
 * sw_scheduler_notify_idle:
 * @idle: whether the session is idle (no input)
 *
 * Idle or locked for at least a break's length is a natural break,
 * reported as %SW_BREAK_EVENT_NATURAL when the user returns. No reminder
 * fires while idle.
 */
void
sw_scheduler_notify_idle (SwScheduler *self,
                          gboolean     idle)
{
  g_return_if_fail (SW_IS_SCHEDULER (self));

  set_away (self, &self->idle, idle);
}

/**
 * sw_scheduler_set_idle_delay_us:
 * @delay_us: how long after the last input the session reports idle (the
 *   idle monitor's threshold); 0 by default
 *
 * Idle time then counts from the last input, so a natural break is not
 * measured short by the threshold.
 */
void
sw_scheduler_set_idle_delay_us (SwScheduler *self,
                                gint64       delay_us)
{
  g_return_if_fail (SW_IS_SCHEDULER (self));
  g_return_if_fail (delay_us >= 0);

  self->idle_delay_us = MIN (delay_us, MAX_DURATION_US);
}

/**
 * sw_scheduler_notify_locked:
 * @locked: whether the screen is locked
 *
 * As sw_scheduler_notify_idle(); the user is away while either holds.
 */
void
sw_scheduler_notify_locked (SwScheduler *self,
                            gboolean     locked)
{
  g_return_if_fail (SW_IS_SCHEDULER (self));

  set_away (self, &self->locked, locked);
}

/**
 * sw_scheduler_notify_resumed_from_sleep:
 * @slept_us: how long the machine slept, measured on the wall clock
 *
 * The monotonic clock stops during suspend. A sleep at least as long as a
 * break is a natural break (reported now, or on return if the user is
 * still away); a running break, a snooze and a pause for a duration count
 * the time slept.
 */
void
sw_scheduler_notify_resumed_from_sleep (SwScheduler *self,
                                        gint64       slept_us)
{
  gint64 now;

  g_return_if_fail (SW_IS_SCHEDULER (self));

  _sw_scheduler_begin (self);
  _sw_scheduler_evaluate (self);

  if (slept_us <= 0)
    goto out;

  slept_us = MIN (slept_us, MAX_DURATION_US);
  now = _sw_scheduler_now_us (self);

  if (_sw_scheduler_is_away (self))
    self->away_slept_us += slept_us;

  switch (self->state)
    {
    case SW_SCHEDULER_STATE_WORKING:
    case SW_SCHEDULER_STATE_DUE:
    case SW_SCHEDULER_STATE_SNOOZED:
      if (!_sw_scheduler_is_away (self) && slept_us >= _sw_scheduler_break_length_us (self))
        {
          _sw_scheduler_restart_sitting (self, now);
          _sw_scheduler_emit_event (self, SW_BREAK_EVENT_NATURAL, slept_us);
        }
      else if (self->state == SW_SCHEDULER_STATE_SNOOZED)
        {
          self->snoozed_until_us -= slept_us;
        }
      break;

    case SW_SCHEDULER_STATE_ON_BREAK:
      {
        gint64 length = now - self->break_start_us + slept_us;

        if (length >= _sw_scheduler_break_length_us (self))
          {
            _sw_scheduler_restart_sitting (self, now);
            _sw_scheduler_emit_event (self, SW_BREAK_EVENT_COMPLETED, length);
          }
        else
          {
            self->break_start_us -= slept_us;
          }
      }
      break;

    case SW_SCHEDULER_STATE_PAUSED:
      if (self->pause_kind == PAUSE_FOR_DURATION)
        self->pause_end_us -= slept_us;
      break;

    case SW_SCHEDULER_STATE_OUTSIDE_WORK_HOURS:
    case SW_SCHEDULER_STATE_DISABLED:
    default:
      break;
    }

out:
  _sw_scheduler_evaluate (self);
  _sw_scheduler_end (self);
}

/* sw-scheduler.c: the stand-up reminder state machine
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-scheduler.h"

/**
 * SwScheduler:
 *
 * Decides when a stand-up reminder is due, over an injected #SwClock.
 *
 * The scheduler never arms a timer. Its owner (the reminder service) keeps
 * one timeout for #SwScheduler:next-wakeup-us, converted with
 * sw_clock_to_real_delay_ms(), re-armed on every `notify::next-wakeup-us`
 * (none while it is %SW_SCHEDULER_NEVER), and calls sw_scheduler_update()
 * when it fires. The property is notified whenever it differs from the last
 * value notified, and after every sw_scheduler_update(), so re-arming from
 * the notification alone never loses the timer. Every other call
 * (settings, user actions, session changes) catches up on due transitions
 * first, so the owner need not call update before them. Calling update
 * more often is harmless, e.g. after an unlock or a resume, or when the
 * wall clock or time zone is known to have changed.
 *
 * States: working → due → (on break | snoozed | skipped) → working, plus
 * paused, outside work hours and disabled. Each transition the journal cares
 * about is reported by the #SwScheduler::event signal.
 *
 * Time rules:
 * - Intervals (sitting, snooze, break, a pause for a duration) are measured
 *   on the monotonic clock, so a wall-clock jump (NTP, time zone, DST) never
 *   brings reminders forward or bunches them.
 * - Work hours and "until tomorrow" are local times: they are computed with
 *   #GDateTime in the scheduler's time zone from the clock's wall time, and
 *   recomputed from the new wall time on every update.
 * - The monotonic clock stops during suspend; the owner reports the time
 *   slept with sw_scheduler_notify_resumed_from_sleep(). A sleep at least as
 *   long as a break is a natural break; a shorter one still counts towards a
 *   snooze, a pause for a duration and a running break, but not towards the
 *   sitting time.
 * - Idle or locked ("away") at least as long as a break is a natural break,
 *   reported when the user comes back. No reminder fires while away; one
 *   that fell due meanwhile fires on return.
 * - A break ends when the user finishes it, or completes by itself
 *   %SW_SCHEDULER_BREAK_GRACE_MINUTES after its length has passed (the user
 *   may have walked off without pressing Done). The sitting timer then
 *   restarts from the end of the break's length.
 */

#define MINUTE_US        ((gint64) 60 * G_USEC_PER_SEC)
#define HOUR_US          (60 * MINUTE_US)
/* "Tomorrow" starts at 04:00: pausing at 00:30 means until this morning. */
#define DAY_ROLLOVER_US  (4 * HOUR_US)
/* Enough windows to cover a week and the next occurrence of each day. */
#define MAX_WINDOWS      16
/* Longer pauses or sleeps than this are absurd; it keeps sums in range. */
#define MAX_DURATION_US  (36525 * 24 * HOUR_US)

typedef enum
{
  PAUSE_NONE,
  PAUSE_FOR_DURATION,     /* ends at pause_end_us, monotonic; sleep counts */
  PAUSE_UNTIL_WALL_TIME,  /* ends at pause_end_real_us, wall clock */
  PAUSE_UNTIL_RESUMED,
} PauseKind;

typedef struct
{
  SwSchedulerState state;
  gint64           next_wakeup_us;
  gint64           next_due_us;
  guint            snoozes_in_row;
  gboolean         flare_shortening;
} Snapshot;

struct _SwScheduler
{
  GObject           parent_instance;

  SwClock          *clock;
  GTimeZone        *time_zone;

  /* Settings */
  gboolean          enabled;
  guint             interval_minutes;
  guint             break_minutes;
  guint             snooze_minutes;
  gboolean          work_hours_enabled;
  guint             work_days;
  guint             work_start_minute;
  guint             work_end_minute;
  gboolean          flare_active;
  gboolean          flare_shortens;

  /* State; times are monotonic unless their name says _real_ */
  SwSchedulerState  state;
  gint64            sitting_since_us;
  gint64            due_since_us;
  gboolean          shown;
  gint64            snoozed_until_us;
  guint             snoozes_in_row;
  gint64            break_start_us;
  PauseKind         pause_kind;
  gint64            pause_end_us;
  gint64            pause_end_real_us;

  /* Away = idle or locked */
  gboolean          idle;
  gboolean          locked;
  gint64            idle_delay_us;
  gint64            away_since_us;
  gint64            away_slept_us;
  /* The user left while sitting, and the sitting timer has not restarted
   * since: coming back after a break's length is a natural break. */
  gboolean          away_is_break;

  /* Nesting of public calls, and what was last notified */
  guint             depth;
  Snapshot          last;
  gboolean          updated;
};

G_DEFINE_FINAL_TYPE (SwScheduler, sw_scheduler, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (SwSchedulerState, sw_scheduler_state,
  G_DEFINE_ENUM_VALUE (SW_SCHEDULER_STATE_WORKING, "working"),
  G_DEFINE_ENUM_VALUE (SW_SCHEDULER_STATE_DUE, "due"),
  G_DEFINE_ENUM_VALUE (SW_SCHEDULER_STATE_ON_BREAK, "on-break"),
  G_DEFINE_ENUM_VALUE (SW_SCHEDULER_STATE_SNOOZED, "snoozed"),
  G_DEFINE_ENUM_VALUE (SW_SCHEDULER_STATE_PAUSED, "paused"),
  G_DEFINE_ENUM_VALUE (SW_SCHEDULER_STATE_OUTSIDE_WORK_HOURS, "outside-work-hours"),
  G_DEFINE_ENUM_VALUE (SW_SCHEDULER_STATE_DISABLED, "disabled"))

G_DEFINE_ENUM_TYPE (SwBreakEvent, sw_break_event,
  G_DEFINE_ENUM_VALUE (SW_BREAK_EVENT_DUE, "due"),
  G_DEFINE_ENUM_VALUE (SW_BREAK_EVENT_SHOWN, "shown"),
  G_DEFINE_ENUM_VALUE (SW_BREAK_EVENT_STARTED, "started"),
  G_DEFINE_ENUM_VALUE (SW_BREAK_EVENT_COMPLETED, "completed"),
  G_DEFINE_ENUM_VALUE (SW_BREAK_EVENT_SNOOZED, "snoozed"),
  G_DEFINE_ENUM_VALUE (SW_BREAK_EVENT_SKIPPED, "skipped"),
  G_DEFINE_ENUM_VALUE (SW_BREAK_EVENT_NATURAL, "natural"))

enum {
  PROP_0,
  PROP_CLOCK,
  PROP_ENABLED,
  PROP_INTERVAL_MINUTES,
  PROP_BREAK_MINUTES,
  PROP_SNOOZE_MINUTES,
  PROP_WORK_HOURS_ENABLED,
  PROP_WORK_DAYS,
  PROP_WORK_START_MINUTE,
  PROP_WORK_END_MINUTE,
  PROP_TIME_ZONE,
  PROP_FLARE_ACTIVE,
  PROP_FLARE_SHORTENS,
  PROP_FLARE_SHORTENING,
  PROP_STATE,
  PROP_SNOOZES_IN_ROW,
  PROP_NEXT_WAKEUP_US,
  PROP_NEXT_DUE_US,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  EVENT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Enum nicks, for D-Bus and the journal */

const char *
sw_scheduler_state_to_nick (SwSchedulerState state)
{
  switch (state)
    {
    case SW_SCHEDULER_STATE_WORKING:            return "working";
    case SW_SCHEDULER_STATE_DUE:                return "due";
    case SW_SCHEDULER_STATE_ON_BREAK:           return "on-break";
    case SW_SCHEDULER_STATE_SNOOZED:            return "snoozed";
    case SW_SCHEDULER_STATE_PAUSED:             return "paused";
    case SW_SCHEDULER_STATE_OUTSIDE_WORK_HOURS: return "outside-work-hours";
    case SW_SCHEDULER_STATE_DISABLED:           return "disabled";
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
sw_break_event_to_nick (SwBreakEvent event)
{
  switch (event)
    {
    case SW_BREAK_EVENT_DUE:       return "due";
    case SW_BREAK_EVENT_SHOWN:     return "shown";
    case SW_BREAK_EVENT_STARTED:   return "started";
    case SW_BREAK_EVENT_COMPLETED: return "completed";
    case SW_BREAK_EVENT_SNOOZED:   return "snoozed";
    case SW_BREAK_EVENT_SKIPPED:   return "skipped";
    case SW_BREAK_EVENT_NATURAL:   return "natural";
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Clocks */

static gint64
now_us (SwScheduler *self)
{
  return sw_clock_get_monotonic_us (self->clock);
}

static gint64
now_real_us (SwScheduler *self)
{
  return sw_clock_get_real_us (self->clock);
}

static gint64
real_to_monotonic (SwScheduler *self,
                   gint64       real_us)
{
  if (real_us == SW_SCHEDULER_NEVER)
    return SW_SCHEDULER_NEVER;

  return now_us (self) + (real_us - now_real_us (self));
}

static gint64
monotonic_to_real (SwScheduler *self,
                   gint64       monotonic_us)
{
  if (monotonic_us == SW_SCHEDULER_NEVER)
    return SW_SCHEDULER_NEVER;

  return now_real_us (self) + (monotonic_us - now_us (self));
}

static gboolean
is_away (SwScheduler *self)
{
  return self->idle || self->locked;
}

static gboolean
is_sitting_state (SwSchedulerState state)
{
  return state == SW_SCHEDULER_STATE_WORKING ||
         state == SW_SCHEDULER_STATE_DUE ||
         state == SW_SCHEDULER_STATE_SNOOZED;
}

static gint64
effective_interval_us (SwScheduler *self)
{
  if (self->flare_active && self->flare_shortens)
    return SW_SCHEDULER_FLARE_INTERVAL * MINUTE_US;

  return (gint64) self->interval_minutes * MINUTE_US;
}

static gint64
break_length_us (SwScheduler *self)
{
  return (gint64) self->break_minutes * MINUTE_US;
}

static gint64
due_at_us (SwScheduler *self)
{
  return self->sitting_since_us + effective_interval_us (self);
}

static gint64
break_end_us (SwScheduler *self)
{
  return self->break_start_us + break_length_us (self);
}

/* Local time */

static GTimeZone *
dup_time_zone (SwScheduler *self)
{
  if (self->time_zone != NULL)
    return g_time_zone_ref (self->time_zone);

  return g_time_zone_new_local ();
}

static gboolean
date_from_real (GTimeZone *tz,
                gint64     real_us,
                GDate     *date)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  utc = g_date_time_new_from_unix_utc (real_us / G_USEC_PER_SEC);
  if (utc == NULL)
    return FALSE;

  local = g_date_time_to_timezone (utc, tz);
  if (local == NULL)
    return FALSE;

  g_date_clear (date, 1);
  g_date_set_dmy (date,
                  g_date_time_get_day_of_month (local),
                  g_date_time_get_month (local),
                  g_date_time_get_year (local));

  return TRUE;
}

/* The wall time of @minute (0–1440) of the local day @date. Built from the
 * civil date, never by adding minutes to midnight, so DST days come out right. */
static gboolean
real_at_minute (GTimeZone   *tz,
                const GDate *date,
                guint        minute,
                gint64      *real_us)
{
  GDate day = *date;
  g_autoptr(GDateTime) dt = NULL;

  if (minute >= SW_SCHEDULER_MINUTES_PER_DAY)
    {
      g_date_add_days (&day, 1);
      minute -= SW_SCHEDULER_MINUTES_PER_DAY;
    }

  dt = g_date_time_new (tz,
                        g_date_get_year (&day),
                        g_date_get_month (&day),
                        g_date_get_day (&day),
                        minute / 60, minute % 60, 0);
  if (dt == NULL)
    return FALSE;

  *real_us = g_date_time_to_unix (dt) * G_USEC_PER_SEC;

  return TRUE;
}

static gboolean
is_work_day (guint        days,
             const GDate *date)
{
  GDateWeekday weekday = g_date_get_weekday (date);

  return (days & (1u << (weekday - G_DATE_MONDAY))) != 0;
}

/* Work hours count only when switched on with at least one day and a start
 * before the end; otherwise reminders run at any hour. */
static gboolean
work_hours_apply (SwScheduler *self)
{
  return self->work_hours_enabled &&
         (self->work_days & SW_WEEKDAYS_ALL) != 0 &&
         self->work_start_minute < self->work_end_minute;
}

/* The first work window that ends after @real_us (it may have begun). */
static gboolean
find_work_window (SwScheduler *self,
                  gint64       real_us,
                  gint64      *start_real_us,
                  gint64      *end_real_us)
{
  g_autoptr(GTimeZone) tz = NULL;
  GDate date;

  if (!work_hours_apply (self))
    return FALSE;

  tz = dup_time_zone (self);
  if (!date_from_real (tz, real_us, &date))
    return FALSE;

  /* Yesterday too: its window may end after midnight (end = 24:00). */
  g_date_subtract_days (&date, 1);

  for (guint i = 0; i < 9; i++, g_date_add_days (&date, 1))
    {
      gint64 start, end;

      if (!is_work_day (self->work_days, &date))
        continue;

      if (!real_at_minute (tz, &date, self->work_start_minute, &start) ||
          !real_at_minute (tz, &date, self->work_end_minute, &end))
        return FALSE;

      if (end > real_us)
        {
          *start_real_us = start;
          *end_real_us = end;
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
in_work_hours (SwScheduler *self,
               gint64       real_us)
{
  gint64 start, end;

  if (!find_work_window (self, real_us, &start, &end))
    return TRUE;

  return start <= real_us;
}

/* The start of the next work day after today, or 08:00 tomorrow. */
static gint64
compute_tomorrow_real (SwScheduler *self)
{
  g_autoptr(GTimeZone) tz = dup_time_zone (self);
  gint64 real_now = now_real_us (self);
  gboolean use_work_hours = work_hours_apply (self);
  GDate date;

  if (!date_from_real (tz, real_now - DAY_ROLLOVER_US, &date))
    return real_now + 24 * HOUR_US;

  for (guint i = 0; i < 15; i++)
    {
      gint64 target;

      g_date_add_days (&date, 1);

      if (use_work_hours && !is_work_day (self->work_days, &date))
        continue;

      if (!real_at_minute (tz, &date,
                           use_work_hours ? self->work_start_minute
                                          : SW_SCHEDULER_TOMORROW_DEFAULT,
                           &target))
        break;

      if (target > real_now)
        return target;
    }

  return real_now + 24 * HOUR_US;
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
      return now_us (self) >= self->pause_end_us;
    case PAUSE_UNTIL_WALL_TIME:
      return now_real_us (self) >= self->pause_end_real_us;
    case PAUSE_NONE:
      return TRUE;
    case PAUSE_UNTIL_RESUMED:
    default:
      return FALSE;
    }
}

/* When a reminder that would come at @due_real (for a sitting timer running
 * from @from_real) really comes, given work hours: at a window's end the
 * sitting timer stops, and it restarts at the next window's start. */
static gint64
fit_into_work_hours (SwScheduler *self,
                     gint64       from_real,
                     gint64       due_real)
{
  gint64 interval = effective_interval_us (self);
  gint64 cursor = from_real;

  if (!work_hours_apply (self))
    return due_real;

  for (guint i = 0; i < MAX_WINDOWS; i++)
    {
      gint64 start, end;

      if (!find_work_window (self, cursor, &start, &end))
        return due_real;

      if (start > cursor)
        {
          /* Outside: the sitting timer restarts when the window opens. */
          cursor = start;
          due_real = start + interval;
        }

      if (due_real < end)
        return due_real;

      /* The window closes first; a window opening right then continues it. */
      cursor = end;
    }

  return SW_SCHEDULER_NEVER;
}

static gint64
compute_next_due (SwScheduler *self)
{
  gint64 interval = effective_interval_us (self);
  gint64 real_now, due_real;

  if (self->clock == NULL)
    return SW_SCHEDULER_NEVER;

  real_now = now_real_us (self);

  switch (self->state)
    {
    case SW_SCHEDULER_STATE_DISABLED:
      return SW_SCHEDULER_NEVER;

    case SW_SCHEDULER_STATE_DUE:
      return self->due_since_us;

    case SW_SCHEDULER_STATE_WORKING:
      due_real = fit_into_work_hours (self, real_now,
                                      monotonic_to_real (self, due_at_us (self)));
      break;

    case SW_SCHEDULER_STATE_SNOOZED:
      due_real = fit_into_work_hours (self, real_now,
                                      monotonic_to_real (self, self->snoozed_until_us));
      break;

    case SW_SCHEDULER_STATE_ON_BREAK:
      {
        gint64 end_real = monotonic_to_real (self, break_end_us (self));

        due_real = fit_into_work_hours (self, end_real, end_real + interval);
      }
      break;

    case SW_SCHEDULER_STATE_PAUSED:
      {
        gint64 end_real = monotonic_to_real (self, pause_end_monotonic (self));

        if (end_real == SW_SCHEDULER_NEVER)
          return SW_SCHEDULER_NEVER;

        due_real = fit_into_work_hours (self, end_real, end_real + interval);
      }
      break;

    case SW_SCHEDULER_STATE_OUTSIDE_WORK_HOURS:
      /* The window's start replaces this, unless the hours began already. */
      due_real = fit_into_work_hours (self, real_now, real_now + interval);
      break;

    default:
      g_assert_not_reached ();
    }

  return real_to_monotonic (self, due_real);
}

static gint64
compute_next_wakeup (SwScheduler *self)
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
      if (find_work_window (self, now_real_us (self), &start, &end))
        return real_to_monotonic (self, start);
      return SW_SCHEDULER_NEVER;

    case SW_SCHEDULER_STATE_WORKING:
      if (!is_away (self))
        wakeup = due_at_us (self);
      break;

    case SW_SCHEDULER_STATE_SNOOZED:
      if (!is_away (self))
        wakeup = self->snoozed_until_us;
      break;

    case SW_SCHEDULER_STATE_DUE:
      break;

    default:
      g_assert_not_reached ();
    }

  /* Nothing fires outside work hours: wake up when they end. */
  if (find_work_window (self, now_real_us (self), &start, &end))
    wakeup = MIN (wakeup, real_to_monotonic (self, end));

  return wakeup;
}

static gboolean
compute_flare_shortening (SwScheduler *self)
{
  return self->flare_active &&
         self->flare_shortens &&
         self->interval_minutes > SW_SCHEDULER_FLARE_INTERVAL;
}

/* Change notification */

static void
take_snapshot (SwScheduler *self,
               Snapshot    *snapshot)
{
  snapshot->state = self->state;
  snapshot->next_wakeup_us = compute_next_wakeup (self);
  snapshot->next_due_us = compute_next_due (self);
  snapshot->snoozes_in_row = self->snoozes_in_row;
  snapshot->flare_shortening = compute_flare_shortening (self);
}

/* Notifies each read-only property whose value differs from the last one
 * notified. Comparing with the last notification, not with the start of
 * the call, means a change the scheduler cannot see happen (the wall clock
 * jumping between calls) is still reported at the next call, and that the
 * owner's timeout firing always leads to a new next-wakeup-us. */
static void
notify_changes (SwScheduler *self)
{
  Snapshot before = self->last;
  Snapshot after;
  gboolean updated = self->updated;

  take_snapshot (self, &after);
  self->last = after;
  self->updated = FALSE;

  if (after.state != before.state)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
  if (after.snoozes_in_row != before.snoozes_in_row)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SNOOZES_IN_ROW]);
  if (after.flare_shortening != before.flare_shortening)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FLARE_SHORTENING]);
  if (after.next_due_us != before.next_due_us)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEXT_DUE_US]);
  if (after.next_wakeup_us != before.next_wakeup_us || updated)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEXT_WAKEUP_US]);
}

/* Every public call that may change something runs between begin and end;
 * handlers may call back in, and only the outermost call notifies. */
static void
begin (SwScheduler *self)
{
  if (self->depth++ == 0)
    g_object_ref (self);
}

static void
end (SwScheduler *self)
{
  g_assert (self->depth > 0);

  if (--self->depth == 0)
    {
      notify_changes (self);
      g_object_unref (self);
    }
}

static void
emit_event_at (SwScheduler  *self,
               SwBreakEvent  event,
               gint64        real_us,
               gint64        length_us)
{
  g_signal_emit (self, signals[EVENT], 0, event, real_us, length_us);
}

static void
emit_event (SwScheduler  *self,
            SwBreakEvent  event,
            gint64        length_us)
{
  emit_event_at (self, event, now_real_us (self), length_us);
}

/* Transitions */

static void
restart_sitting (SwScheduler *self,
                 gint64       at_us)
{
  self->state = SW_SCHEDULER_STATE_WORKING;
  self->sitting_since_us = at_us;
  self->snoozes_in_row = 0;
  self->shown = FALSE;
  self->pause_kind = PAUSE_NONE;

  /* The user is away as the timer starts: it starts again when they return. */
  if (is_away (self))
    self->away_is_break = FALSE;
}

static void
become_due (SwScheduler *self)
{
  self->state = SW_SCHEDULER_STATE_DUE;
  self->due_since_us = now_us (self);
  self->shown = FALSE;

  emit_event (self, SW_BREAK_EVENT_DUE, 0);
}

static void
begin_break (SwScheduler *self)
{
  self->state = SW_SCHEDULER_STATE_ON_BREAK;
  self->break_start_us = now_us (self);
  self->snoozes_in_row = 0;
  self->shown = FALSE;
  self->pause_kind = PAUSE_NONE;

  emit_event (self, SW_BREAK_EVENT_STARTED, 0);
}

/* One due transition, if any; FALSE when the state is settled. */
static gboolean
step (SwScheduler *self)
{
  gint64 now = now_us (self);

  switch (self->state)
    {
    case SW_SCHEDULER_STATE_DISABLED:
      return FALSE;

    case SW_SCHEDULER_STATE_PAUSED:
      if (!pause_is_over (self))
        return FALSE;
      restart_sitting (self, now);
      return TRUE;

    case SW_SCHEDULER_STATE_ON_BREAK:
      if (now < break_end_us (self) + SW_SCHEDULER_BREAK_GRACE_MINUTES * MINUTE_US)
        return FALSE;
      /* Logged as ending when its length was up, not when noticed. */
      restart_sitting (self, break_end_us (self));
      emit_event_at (self, SW_BREAK_EVENT_COMPLETED,
                     monotonic_to_real (self, self->sitting_since_us),
                     break_length_us (self));
      return TRUE;

    case SW_SCHEDULER_STATE_OUTSIDE_WORK_HOURS:
      if (!in_work_hours (self, now_real_us (self)))
        return FALSE;
      restart_sitting (self, now);
      return TRUE;

    case SW_SCHEDULER_STATE_WORKING:
    case SW_SCHEDULER_STATE_DUE:
    case SW_SCHEDULER_STATE_SNOOZED:
      if (!in_work_hours (self, now_real_us (self)))
        {
          /* A reminder still up is withdrawn; nothing is logged for it. */
          self->state = SW_SCHEDULER_STATE_OUTSIDE_WORK_HOURS;
          self->snoozes_in_row = 0;
          self->shown = FALSE;
          return TRUE;
        }

      if (is_away (self))
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

static void
evaluate (SwScheduler *self)
{
  guint i;

  if (self->clock == NULL)
    return;

  /* Each step is a transition; no chain is longer than three. */
  for (i = 0; i < 8 && step (self); i++)
    ;

  g_assert (i < 8);
}

/* GObject */

static void
sw_scheduler_constructed (GObject *object)
{
  SwScheduler *self = SW_SCHEDULER (object);

  G_OBJECT_CLASS (sw_scheduler_parent_class)->constructed (object);

  g_assert (SW_IS_CLOCK (self->clock));

  self->state = self->enabled ? SW_SCHEDULER_STATE_WORKING : SW_SCHEDULER_STATE_DISABLED;
  self->sitting_since_us = now_us (self);
  evaluate (self);
  take_snapshot (self, &self->last);
}

static void
sw_scheduler_dispose (GObject *object)
{
  SwScheduler *self = SW_SCHEDULER (object);

  g_clear_object (&self->clock);

  G_OBJECT_CLASS (sw_scheduler_parent_class)->dispose (object);
}

static void
sw_scheduler_finalize (GObject *object)
{
  SwScheduler *self = SW_SCHEDULER (object);

  g_clear_pointer (&self->time_zone, g_time_zone_unref);

  G_OBJECT_CLASS (sw_scheduler_parent_class)->finalize (object);
}

static void
sw_scheduler_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SwScheduler *self = SW_SCHEDULER (object);

  switch (prop_id)
    {
    case PROP_CLOCK:
      g_value_set_object (value, self->clock);
      break;
    case PROP_ENABLED:
      g_value_set_boolean (value, self->enabled);
      break;
    case PROP_INTERVAL_MINUTES:
      g_value_set_uint (value, self->interval_minutes);
      break;
    case PROP_BREAK_MINUTES:
      g_value_set_uint (value, self->break_minutes);
      break;
    case PROP_SNOOZE_MINUTES:
      g_value_set_uint (value, self->snooze_minutes);
      break;
    case PROP_WORK_HOURS_ENABLED:
      g_value_set_boolean (value, self->work_hours_enabled);
      break;
    case PROP_WORK_DAYS:
      g_value_set_uint (value, self->work_days);
      break;
    case PROP_WORK_START_MINUTE:
      g_value_set_uint (value, self->work_start_minute);
      break;
    case PROP_WORK_END_MINUTE:
      g_value_set_uint (value, self->work_end_minute);
      break;
    case PROP_TIME_ZONE:
      g_value_set_boxed (value, self->time_zone);
      break;
    case PROP_FLARE_ACTIVE:
      g_value_set_boolean (value, self->flare_active);
      break;
    case PROP_FLARE_SHORTENS:
      g_value_set_boolean (value, self->flare_shortens);
      break;
    case PROP_FLARE_SHORTENING:
      g_value_set_boolean (value, sw_scheduler_get_flare_shortening (self));
      break;
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case PROP_SNOOZES_IN_ROW:
      g_value_set_uint (value, self->snoozes_in_row);
      break;
    case PROP_NEXT_WAKEUP_US:
      g_value_set_int64 (value, compute_next_wakeup (self));
      break;
    case PROP_NEXT_DUE_US:
      g_value_set_int64 (value, compute_next_due (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_scheduler_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  SwScheduler *self = SW_SCHEDULER (object);

  switch (prop_id)
    {
    case PROP_CLOCK:
      self->clock = g_value_dup_object (value);
      break;
    case PROP_ENABLED:
      sw_scheduler_set_enabled (self, g_value_get_boolean (value));
      break;
    case PROP_INTERVAL_MINUTES:
      sw_scheduler_set_interval_minutes (self, g_value_get_uint (value));
      break;
    case PROP_BREAK_MINUTES:
      sw_scheduler_set_break_minutes (self, g_value_get_uint (value));
      break;
    case PROP_SNOOZE_MINUTES:
      sw_scheduler_set_snooze_minutes (self, g_value_get_uint (value));
      break;
    case PROP_WORK_HOURS_ENABLED:
      sw_scheduler_set_work_hours (self, g_value_get_boolean (value), self->work_days,
                                   self->work_start_minute, self->work_end_minute);
      break;
    case PROP_WORK_DAYS:
      sw_scheduler_set_work_hours (self, self->work_hours_enabled, g_value_get_uint (value),
                                   self->work_start_minute, self->work_end_minute);
      break;
    case PROP_WORK_START_MINUTE:
      sw_scheduler_set_work_hours (self, self->work_hours_enabled, self->work_days,
                                   g_value_get_uint (value), self->work_end_minute);
      break;
    case PROP_WORK_END_MINUTE:
      sw_scheduler_set_work_hours (self, self->work_hours_enabled, self->work_days,
                                   self->work_start_minute, g_value_get_uint (value));
      break;
    case PROP_TIME_ZONE:
      sw_scheduler_set_time_zone (self, g_value_get_boxed (value));
      break;
    case PROP_FLARE_ACTIVE:
      sw_scheduler_set_flare_active (self, g_value_get_boolean (value));
      break;
    case PROP_FLARE_SHORTENS:
      sw_scheduler_set_flare_shortens (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_scheduler_class_init (SwSchedulerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = sw_scheduler_constructed;
  object_class->dispose = sw_scheduler_dispose;
  object_class->finalize = sw_scheduler_finalize;
  object_class->get_property = sw_scheduler_get_property;
  object_class->set_property = sw_scheduler_set_property;

  properties[PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL,
                         SW_TYPE_CLOCK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ENABLED] =
    g_param_spec_boolean ("enabled", NULL, NULL, TRUE, rw);

  properties[PROP_INTERVAL_MINUTES] =
    g_param_spec_uint ("interval-minutes", NULL, NULL,
                       SW_SCHEDULER_INTERVAL_MIN, SW_SCHEDULER_INTERVAL_MAX,
                       SW_SCHEDULER_INTERVAL_DEFAULT, rw);

  properties[PROP_BREAK_MINUTES] =
    g_param_spec_uint ("break-minutes", NULL, NULL,
                       SW_SCHEDULER_BREAK_MIN, SW_SCHEDULER_BREAK_MAX,
                       SW_SCHEDULER_BREAK_DEFAULT, rw);

  properties[PROP_SNOOZE_MINUTES] =
    g_param_spec_uint ("snooze-minutes", NULL, NULL,
                       SW_SCHEDULER_SNOOZE_MIN, SW_SCHEDULER_SNOOZE_MAX,
                       SW_SCHEDULER_SNOOZE_DEFAULT, rw);

  properties[PROP_WORK_HOURS_ENABLED] =
    g_param_spec_boolean ("work-hours-enabled", NULL, NULL, FALSE, rw);

  /* SwWeekday bits, Monday = bit 0 */
  properties[PROP_WORK_DAYS] =
    g_param_spec_uint ("work-days", NULL, NULL,
                       0, SW_WEEKDAYS_ALL, SW_WEEKDAYS_MONDAY_TO_FRIDAY, rw);

  properties[PROP_WORK_START_MINUTE] =
    g_param_spec_uint ("work-start-minute", NULL, NULL,
                       0, SW_SCHEDULER_MINUTES_PER_DAY - 1,
                       SW_SCHEDULER_WORK_START_DEFAULT, rw);

  properties[PROP_WORK_END_MINUTE] =
    g_param_spec_uint ("work-end-minute", NULL, NULL,
                       1, SW_SCHEDULER_MINUTES_PER_DAY,
                       SW_SCHEDULER_WORK_END_DEFAULT, rw);

  properties[PROP_TIME_ZONE] =
    g_param_spec_boxed ("time-zone", NULL, NULL, G_TYPE_TIME_ZONE, rw);

  properties[PROP_FLARE_ACTIVE] =
    g_param_spec_boolean ("flare-active", NULL, NULL, FALSE, rw);

  properties[PROP_FLARE_SHORTENS] =
    g_param_spec_boolean ("flare-shortens", NULL, NULL, TRUE, rw);

  properties[PROP_FLARE_SHORTENING] =
    g_param_spec_boolean ("flare-shortening", NULL, NULL, FALSE, ro);

  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL,
                       SW_TYPE_SCHEDULER_STATE, SW_SCHEDULER_STATE_WORKING, ro);

  properties[PROP_SNOOZES_IN_ROW] =
    g_param_spec_uint ("snoozes-in-row", NULL, NULL,
                       0, SW_SCHEDULER_MAX_SNOOZES, 0, ro);

  properties[PROP_NEXT_WAKEUP_US] =
    g_param_spec_int64 ("next-wakeup-us", NULL, NULL,
                        G_MININT64, G_MAXINT64, SW_SCHEDULER_NEVER, ro);

  properties[PROP_NEXT_DUE_US] =
    g_param_spec_int64 ("next-due-us", NULL, NULL,
                        G_MININT64, G_MAXINT64, SW_SCHEDULER_NEVER, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SwScheduler::event:
   * @self: the scheduler
   * @event: what happened
   * @real_us: the wall-clock time it happened, µs since the epoch (for a
   *   break that completed by itself, when its length was up; otherwise now)
   * @length_us: for %SW_BREAK_EVENT_NATURAL the time away (or asleep); for
   *   %SW_BREAK_EVENT_COMPLETED and for %SW_BREAK_EVENT_SKIPPED after a
   *   started break, the time spent on the break; for
   *   %SW_BREAK_EVENT_SNOOZED the snooze length; otherwise 0
   *
   * Emitted after the transition, so the scheduler already shows the new
   * state. Handlers may call back into the scheduler.
   */
  signals[EVENT] =
    g_signal_new ("event",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3,
                  SW_TYPE_BREAK_EVENT, G_TYPE_INT64, G_TYPE_INT64);
}

static void
sw_scheduler_init (SwScheduler *self)
{
  self->enabled = TRUE;
  self->interval_minutes = SW_SCHEDULER_INTERVAL_DEFAULT;
  self->break_minutes = SW_SCHEDULER_BREAK_DEFAULT;
  self->snooze_minutes = SW_SCHEDULER_SNOOZE_DEFAULT;
  self->work_days = SW_WEEKDAYS_MONDAY_TO_FRIDAY;
  self->work_start_minute = SW_SCHEDULER_WORK_START_DEFAULT;
  self->work_end_minute = SW_SCHEDULER_WORK_END_DEFAULT;
  self->flare_shortens = TRUE;
  self->state = SW_SCHEDULER_STATE_WORKING;
}

/**
 * sw_scheduler_new:
 * @clock: the clock to read time from
 *
 * Returns: (transfer full): a scheduler in the working state, its sitting
 *   timer starting now (or outside work hours, once they are set)
 */
SwScheduler *
sw_scheduler_new (SwClock *clock)
{
  g_return_val_if_fail (SW_IS_CLOCK (clock), NULL);

  return g_object_new (SW_TYPE_SCHEDULER, "clock", clock, NULL);
}

/**
 * sw_scheduler_get_clock:
 *
 * Returns: (transfer none): the scheduler's clock
 */
SwClock *
sw_scheduler_get_clock (SwScheduler *self)
{
  g_return_val_if_fail (SW_IS_SCHEDULER (self), NULL);

  return self->clock;
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

  begin (self);
  evaluate (self);
  /* The owner's timeout has fired: tell it to re-arm, changed or not. */
  self->updated = TRUE;
  end (self);
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

  return compute_next_wakeup (self);
}

/* Settings */

void
sw_scheduler_set_enabled (SwScheduler *self,
                          gboolean     enabled)
{
  g_return_if_fail (SW_IS_SCHEDULER (self));

  enabled = !!enabled;

  begin (self);
  evaluate (self);

  if (self->enabled != enabled)
    {
      self->enabled = enabled;

      if (self->clock != NULL)
        {
          if (enabled)
            {
              restart_sitting (self, now_us (self));
            }
          else
            {
              self->state = SW_SCHEDULER_STATE_DISABLED;
              self->snoozes_in_row = 0;
              self->shown = FALSE;
              self->pause_kind = PAUSE_NONE;
            }
        }

      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENABLED]);
    }

  evaluate (self);
  end (self);
}

gboolean
sw_scheduler_get_enabled (SwScheduler *self)
{
  g_return_val_if_fail (SW_IS_SCHEDULER (self), FALSE);

  return self->enabled;
}

static void
set_minutes (SwScheduler *self,
             guint       *field,
             guint        minutes,
             guint        min,
             guint        max,
             guint        prop_id)
{
  minutes = CLAMP (minutes, min, max);

  begin (self);
  evaluate (self);

  if (*field != minutes)
    {
      *field = minutes;
      g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
    }

  evaluate (self);
  end (self);
}

/**
 * sw_scheduler_set_interval_minutes:
 * @minutes: sitting time between reminders; clamped to 30–60
 *
 * Takes effect at once: the next reminder moves to the sitting start plus
 * the new interval (at once, if that has passed).
 */
void
sw_scheduler_set_interval_minutes (SwScheduler *self,
                                   guint        minutes)
{
  g_return_if_fail (SW_IS_SCHEDULER (self));

  set_minutes (self, &self->interval_minutes, minutes,
               SW_SCHEDULER_INTERVAL_MIN, SW_SCHEDULER_INTERVAL_MAX,
               PROP_INTERVAL_MINUTES);
}

guint
sw_scheduler_get_interval_minutes (SwScheduler *self)
{
  g_return_val_if_fail (SW_IS_SCHEDULER (self), 0);

  return self->interval_minutes;
}

/**
 * sw_scheduler_set_break_minutes:
 * @minutes: the length of a break; clamped to 1–15
 */
void
sw_scheduler_set_break_minutes (SwScheduler *self,
                                guint        minutes)
{
  g_return_if_fail (SW_IS_SCHEDULER (self));

  set_minutes (self, &self->break_minutes, minutes,
               SW_SCHEDULER_BREAK_MIN, SW_SCHEDULER_BREAK_MAX,
               PROP_BREAK_MINUTES);
}

guint
sw_scheduler_get_break_minutes (SwScheduler *self)
{
  g_return_val_if_fail (SW_IS_SCHEDULER (self), 0);

  return self->break_minutes;
}

/**
 * sw_scheduler_set_snooze_minutes:
 * @minutes: how long a snooze postpones a reminder; clamped to 5–15.
 *   A snooze already running keeps its length.
 */
void
sw_scheduler_set_snooze_minutes (SwScheduler *self,
                                 guint        minutes)
{
  g_return_if_fail (SW_IS_SCHEDULER (self));

  set_minutes (self, &self->snooze_minutes, minutes,
               SW_SCHEDULER_SNOOZE_MIN, SW_SCHEDULER_SNOOZE_MAX,
               PROP_SNOOZE_MINUTES);
}

guint
sw_scheduler_get_snooze_minutes (SwScheduler *self)
{
  g_return_val_if_fail (SW_IS_SCHEDULER (self), 0);

  return self->snooze_minutes;
}

/**
 * sw_scheduler_set_work_hours:
 * @enabled: whether reminders keep to work hours
 * @days: #SwWeekday bits of the work days (others are ignored)
 * @start_minute: start of work, minutes after local midnight (at most 1439)
 * @end_minute: end of work, minutes after local midnight (1–1440)
 *
 * Outside work hours nothing fires. Work hours apply only while @enabled,
 * with at least one day and @start_minute before @end_minute; otherwise
 * reminders run at any hour. (A window across midnight is not supported:
 * use two days' windows that meet at 24:00.)
 */
void
sw_scheduler_set_work_hours (SwScheduler *self,
                             gboolean     enabled,
                             guint        days,
                             guint        start_minute,
                             guint        end_minute)
{
  g_return_if_fail (SW_IS_SCHEDULER (self));

  enabled = !!enabled;
  days &= SW_WEEKDAYS_ALL;
  start_minute = MIN (start_minute, SW_SCHEDULER_MINUTES_PER_DAY - 1);
  end_minute = CLAMP (end_minute, 1, SW_SCHEDULER_MINUTES_PER_DAY);

  begin (self);
  evaluate (self);

  g_object_freeze_notify (G_OBJECT (self));

  if (self->work_hours_enabled != enabled)
    {
      self->work_hours_enabled = enabled;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORK_HOURS_ENABLED]);
    }
  if (self->work_days != days)
    {
      self->work_days = days;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORK_DAYS]);
    }
  if (self->work_start_minute != start_minute)
    {
      self->work_start_minute = start_minute;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORK_START_MINUTE]);
    }
  if (self->work_end_minute != end_minute)
    {
      self->work_end_minute = end_minute;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORK_END_MINUTE]);
    }

  g_object_thaw_notify (G_OBJECT (self));

  evaluate (self);
  end (self);
}

/**
 * sw_scheduler_get_work_hours:
 * @days: (out) (optional): #SwWeekday bits
 * @start_minute: (out) (optional): start, minutes after local midnight
 * @end_minute: (out) (optional): end, minutes after local midnight
 *
 * Returns: whether work hours are switched on
 */
gboolean
sw_scheduler_get_work_hours (SwScheduler *self,
                             guint       *days,
                             guint       *start_minute,
                             guint       *end_minute)
{
  g_return_val_if_fail (SW_IS_SCHEDULER (self), FALSE);

  if (days != NULL)
    *days = self->work_days;
  if (start_minute != NULL)
    *start_minute = self->work_start_minute;
  if (end_minute != NULL)
    *end_minute = self->work_end_minute;

  return self->work_hours_enabled;
}

/**
 * sw_scheduler_set_time_zone:
 * @time_zone: (nullable): the zone work hours and "tomorrow" are read in,
 *   or %NULL for the local zone
 */
void
sw_scheduler_set_time_zone (SwScheduler *self,
                            GTimeZone   *time_zone)
{
  g_return_if_fail (SW_IS_SCHEDULER (self));

  begin (self);
  evaluate (self);

  if (self->time_zone != time_zone)
    {
      g_clear_pointer (&self->time_zone, g_time_zone_unref);
      if (time_zone != NULL)
        self->time_zone = g_time_zone_ref (time_zone);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME_ZONE]);
    }

  evaluate (self);
  end (self);
}

/**
 * sw_scheduler_get_time_zone:
 *
 * Returns: (transfer none) (nullable): the zone set, or %NULL for local
 */
GTimeZone *
sw_scheduler_get_time_zone (SwScheduler *self)
{
  g_return_val_if_fail (SW_IS_SCHEDULER (self), NULL);

  return self->time_zone;
}

static void
set_flag (SwScheduler *self,
          gboolean    *field,
          gboolean     value,
          guint        prop_id)
{
  value = !!value;

  begin (self);
  evaluate (self);

  if (*field != value)
    {
      *field = value;
      g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
    }

  evaluate (self);
  end (self);
}

/**
 * sw_scheduler_set_flare_active:
 * @active: whether a flare-up is active (CONTENT-SPEC 2.3)
 *
 * While a flare is active and sw_scheduler_set_flare_shortens() is on, the
 * interval is 30 minutes.
 */
void
sw_scheduler_set_flare_active (SwScheduler *self,
                               gboolean     active)
{
  g_return_if_fail (SW_IS_SCHEDULER (self));

  set_flag (self, &self->flare_active, active, PROP_FLARE_ACTIVE);
}

gboolean
sw_scheduler_get_flare_active (SwScheduler *self)
{
  g_return_val_if_fail (SW_IS_SCHEDULER (self), FALSE);

  return self->flare_active;
}

/**
 * sw_scheduler_set_flare_shortens:
 * @shortens: whether a flare-up shortens the interval to 30 minutes (the
 *   user can turn this off); on by default
 */
void
sw_scheduler_set_flare_shortens (SwScheduler *self,
                                 gboolean     shortens)
{
  g_return_if_fail (SW_IS_SCHEDULER (self));

  set_flag (self, &self->flare_shortens, shortens, PROP_FLARE_SHORTENS);
}

gboolean
sw_scheduler_get_flare_shortens (SwScheduler *self)
{
  g_return_val_if_fail (SW_IS_SCHEDULER (self), FALSE);

  return self->flare_shortens;
}

/**
 * sw_scheduler_get_flare_shortening:
 *
 * Returns: whether a flare-up makes the interval shorter than the user's
 *   own setting right now, so the UI can say why reminders come sooner
 */
gboolean
sw_scheduler_get_flare_shortening (SwScheduler *self)
{
  g_return_val_if_fail (SW_IS_SCHEDULER (self), FALSE);

  return compute_flare_shortening (self);
}

/**
 * sw_scheduler_get_effective_interval_us:
 *
 * Returns: the sitting time between reminders now, flare-up included
 */
gint64
sw_scheduler_get_effective_interval_us (SwScheduler *self)
{
  g_return_val_if_fail (SW_IS_SCHEDULER (self), 0);

  return effective_interval_us (self);
}

gint64
sw_scheduler_get_break_length_us (SwScheduler *self)
{
  g_return_val_if_fail (SW_IS_SCHEDULER (self), 0);

  return break_length_us (self);
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

  return compute_next_due (self);
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

  return monotonic_to_real (self, compute_next_due (self));
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

  begin (self);
  evaluate (self);

  if (self->state == SW_SCHEDULER_STATE_DUE && !self->shown)
    {
      self->shown = TRUE;
      emit_event (self, SW_BREAK_EVENT_SHOWN, 0);
      ret = TRUE;
    }

  end (self);

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

  begin (self);
  evaluate (self);

  if (self->state != SW_SCHEDULER_STATE_DISABLED &&
      self->state != SW_SCHEDULER_STATE_ON_BREAK)
    {
      begin_break (self);
      ret = TRUE;
    }

  evaluate (self);
  end (self);

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

  begin (self);
  evaluate (self);

  if (self->state == SW_SCHEDULER_STATE_DUE ||
      self->state == SW_SCHEDULER_STATE_SNOOZED)
    {
      begin_break (self);
      ret = TRUE;
    }

  evaluate (self);
  end (self);

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

  begin (self);
  evaluate (self);

  if (self->state == SW_SCHEDULER_STATE_ON_BREAK)
    {
      gint64 now = now_us (self);
      gint64 length = now - self->break_start_us;

      restart_sitting (self, now);
      emit_event (self, completed ? SW_BREAK_EVENT_COMPLETED : SW_BREAK_EVENT_SKIPPED, length);
      ret = TRUE;
    }

  evaluate (self);
  end (self);

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

  begin (self);
  evaluate (self);

  if (sw_scheduler_can_snooze (self))
    {
      gint64 length = (gint64) self->snooze_minutes * MINUTE_US;

      self->state = SW_SCHEDULER_STATE_SNOOZED;
      self->snoozed_until_us = now_us (self) + length;
      self->snoozes_in_row++;
      self->shown = FALSE;
      emit_event (self, SW_BREAK_EVENT_SNOOZED, length);
      ret = TRUE;
    }

  evaluate (self);
  end (self);

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

  begin (self);
  evaluate (self);

  if (self->state == SW_SCHEDULER_STATE_DUE ||
      self->state == SW_SCHEDULER_STATE_SNOOZED)
    {
      restart_sitting (self, now_us (self));
      emit_event (self, SW_BREAK_EVENT_SKIPPED, 0);
      ret = TRUE;
    }

  evaluate (self);
  end (self);

  return ret;
}

static gboolean
enter_pause (SwScheduler *self,
             PauseKind    kind,
             gint64       duration_us)
{
  gboolean was_on_break;
  gint64 break_length = 0;

  begin (self);
  evaluate (self);

  if (self->state == SW_SCHEDULER_STATE_DISABLED)
    {
      end (self);
      return FALSE;
    }

  was_on_break = self->state == SW_SCHEDULER_STATE_ON_BREAK;
  if (was_on_break)
    break_length = now_us (self) - self->break_start_us;

  /* A reminder that is up is withdrawn, with nothing logged for it. */
  self->state = SW_SCHEDULER_STATE_PAUSED;
  self->pause_kind = kind;
  self->snoozes_in_row = 0;
  self->shown = FALSE;

  if (kind == PAUSE_FOR_DURATION)
    self->pause_end_us = now_us (self) + duration_us;
  else if (kind == PAUSE_UNTIL_WALL_TIME)
    self->pause_end_real_us = compute_tomorrow_real (self);

  /* A running break ends as if finished: completed if it lasted its length. */
  if (was_on_break)
    emit_event (self,
                break_length >= break_length_us (self) ? SW_BREAK_EVENT_COMPLETED
                                                       : SW_BREAK_EVENT_SKIPPED,
                break_length);

  evaluate (self);
  end (self);

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

  begin (self);
  evaluate (self);

  if (self->state == SW_SCHEDULER_STATE_PAUSED)
    {
      restart_sitting (self, now_us (self));
      ret = TRUE;
    }

  evaluate (self);
  end (self);

  return ret;
}

/* What the session does */

static void
come_back (SwScheduler *self)
{
  gint64 now = now_us (self);
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
  if (away >= break_length_us (self))
    {
      restart_sitting (self, now);
      emit_event (self, SW_BREAK_EVENT_NATURAL, away);
    }
}

static void
set_away (SwScheduler *self,
          gboolean    *field,
          gboolean     value)
{
  gboolean was_away;

  begin (self);
  evaluate (self);

  was_away = is_away (self);
  *field = !!value;

  if (!was_away && is_away (self))
    {
      self->away_since_us = now_us (self);
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
  else if (was_away && !is_away (self))
    {
      come_back (self);
    }

  evaluate (self);
  end (self);
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

  begin (self);
  evaluate (self);

  if (slept_us <= 0)
    goto out;

  slept_us = MIN (slept_us, MAX_DURATION_US);
  now = now_us (self);

  if (is_away (self))
    self->away_slept_us += slept_us;

  switch (self->state)
    {
    case SW_SCHEDULER_STATE_WORKING:
    case SW_SCHEDULER_STATE_DUE:
    case SW_SCHEDULER_STATE_SNOOZED:
      if (!is_away (self) && slept_us >= break_length_us (self))
        {
          restart_sitting (self, now);
          emit_event (self, SW_BREAK_EVENT_NATURAL, slept_us);
        }
      else if (self->state == SW_SCHEDULER_STATE_SNOOZED)
        {
          self->snoozed_until_us -= slept_us;
        }
      break;

    case SW_SCHEDULER_STATE_ON_BREAK:
      {
        gint64 length = now - self->break_start_us + slept_us;

        if (length >= break_length_us (self))
          {
            restart_sitting (self, now);
            emit_event (self, SW_BREAK_EVENT_COMPLETED, length);
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
  evaluate (self);
  end (self);
}

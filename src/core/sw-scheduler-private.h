/* sw-scheduler-private.h: the scheduler's struct and internals, shared by its files
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sw-scheduler.h"

G_BEGIN_DECLS

/*
 * SwScheduler is split the Text Editor way (STYLE.md "Files"):
 *   sw-scheduler.c           the type, its properties, signal and settings,
 *                            and change notification
 *   sw-scheduler-machine.c   predictions, transitions and the state getters
 *   sw-scheduler-actions.c   what the user and the session do
 *   sw-scheduler-calendar.c  local time: work hours and "tomorrow"
 *   sw-scheduler-state.c     the state saved for a restart, and restoring it
 */

#define MINUTE_US        ((gint64) 60 * G_USEC_PER_SEC)
#define HOUR_US          (60 * MINUTE_US)

typedef enum
{
  PAUSE_NONE,
  PAUSE_FOR_DURATION,     /* ends at pause_end_us, monotonic; sleep counts */
  PAUSE_UNTIL_WALL_TIME,  /* ends at pause_end_real_us, wall clock */
  PAUSE_UNTIL_RESUMED,
} PauseKind;

/* What sw_scheduler_save_state() writes, exactly (monotonic times, only
 * the fields the state uses), to tell when it changed. */
typedef struct
{
  SwSchedulerState state;
  gint64           sitting_since_us;
  gint64           due_since_us;
  gboolean         shown;
  gint64           snoozed_until_us;
  guint            snoozes_in_row;
  gint64           break_start_us;
  PauseKind        pause_kind;
  gint64           pause_end_us;
  gint64           pause_end_real_us;
  gint64           interval_us;
  gint64           break_length_us;
} Saved;

typedef struct
{
  SwSchedulerState state;
  gint64           next_wakeup_us;
  gint64           next_due_us;
  guint            snoozes_in_row;
  gboolean         flare_shortening;
  Saved            saved;
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

  /* For a break a previous scheduler started and lost: when this one was
   * made (wall clock), whether a saved state told it about the time
   * before, and whether it has had a break since. */
  gint64            created_real_us;
  gboolean          knows_past;
  gboolean          had_break;

  /* Nesting of public calls, and what was last notified */
  guint             depth;
  Snapshot          last;
  gboolean          updated;
};

/* Clocks and lengths, read by every part */

static inline gint64
_sw_scheduler_now_us (SwScheduler *self)
{
  return sw_clock_get_monotonic_us (self->clock);
}

static inline gint64
_sw_scheduler_now_real_us (SwScheduler *self)
{
  return sw_clock_get_real_us (self->clock);
}

static inline gboolean
_sw_scheduler_is_away (SwScheduler *self)
{
  return self->idle || self->locked;
}

static inline gint64
_sw_scheduler_effective_interval_us (SwScheduler *self)
{
  if (self->flare_active && self->flare_shortens)
    return SW_SCHEDULER_FLARE_INTERVAL * MINUTE_US;

  return (gint64) self->interval_minutes * MINUTE_US;
}

static inline gint64
_sw_scheduler_break_length_us (SwScheduler *self)
{
  return (gint64) self->break_minutes * MINUTE_US;
}

/* sw-scheduler.c: change notification and the event signal */
void      _sw_scheduler_begin                 (SwScheduler  *self);
void      _sw_scheduler_end                   (SwScheduler  *self);
void      _sw_scheduler_emit_event_at         (SwScheduler  *self,
                                               SwBreakEvent  event,
                                               gint64        real_us,
                                               gint64        length_us);
void      _sw_scheduler_emit_event            (SwScheduler  *self,
                                               SwBreakEvent  event,
                                               gint64        length_us);

/* sw-scheduler-machine.c: predictions and transitions */
gint64    _sw_scheduler_real_to_monotonic     (SwScheduler  *self,
                                               gint64        real_us);
gint64    _sw_scheduler_monotonic_to_real     (SwScheduler  *self,
                                               gint64        monotonic_us);
gint64    _sw_scheduler_compute_next_due      (SwScheduler  *self);
gint64    _sw_scheduler_compute_next_wakeup   (SwScheduler  *self);
void      _sw_scheduler_restart_sitting       (SwScheduler  *self,
                                               gint64        at_us);
void      _sw_scheduler_begin_break           (SwScheduler  *self);
gboolean  _sw_scheduler_break_is_over         (SwScheduler  *self);
void      _sw_scheduler_complete_break        (SwScheduler  *self);
void      _sw_scheduler_evaluate              (SwScheduler  *self);

/* sw-scheduler-state.c: the saved state */
void      _sw_scheduler_take_saved            (SwScheduler  *self,
                                               Saved        *saved);
gboolean  _sw_scheduler_saved_equal           (const Saved  *a,
                                               const Saved  *b);

/* sw-scheduler-calendar.c: work hours and "tomorrow" in local time */
gboolean  _sw_scheduler_find_work_window      (SwScheduler  *self,
                                               gint64        real_us,
                                               gint64       *start_real_us,
                                               gint64       *end_real_us);
gboolean  _sw_scheduler_in_work_hours         (SwScheduler  *self,
                                               gint64        real_us);
gint64    _sw_scheduler_fit_into_work_hours   (SwScheduler  *self,
                                               gint64        from_real,
                                               gint64        due_real);
gint64    _sw_scheduler_compute_tomorrow_real (SwScheduler  *self);

G_END_DECLS

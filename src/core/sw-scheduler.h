/* sw-scheduler.h: the stand-up reminder state machine
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "sw-clock.h"

G_BEGIN_DECLS

/* A time that never comes: no wakeup, no reminder, no end. */
#define SW_SCHEDULER_NEVER G_MAXINT64

/* The settings' ranges and defaults, in minutes (CONTENT-SPEC 5). */
#define SW_SCHEDULER_INTERVAL_MIN           30
#define SW_SCHEDULER_INTERVAL_MAX           60
#define SW_SCHEDULER_INTERVAL_DEFAULT       45
#define SW_SCHEDULER_FLARE_INTERVAL         30
#define SW_SCHEDULER_BREAK_MIN              1
#define SW_SCHEDULER_BREAK_MAX              15
#define SW_SCHEDULER_BREAK_DEFAULT          5
#define SW_SCHEDULER_SNOOZE_MIN             5
#define SW_SCHEDULER_SNOOZE_MAX             15
#define SW_SCHEDULER_SNOOZE_DEFAULT         10
#define SW_SCHEDULER_MAX_SNOOZES            2
/* A break nobody finishes completes itself this long after its length. */
#define SW_SCHEDULER_BREAK_GRACE_MINUTES    2
/* Work hours, in minutes of the local day: 09:00 to 17:00 by default. */
#define SW_SCHEDULER_WORK_START_DEFAULT     (9 * 60)
#define SW_SCHEDULER_WORK_END_DEFAULT       (17 * 60)
#define SW_SCHEDULER_MINUTES_PER_DAY        (24 * 60)
/* "Until tomorrow" without work hours ends at this local time. */
#define SW_SCHEDULER_TOMORROW_DEFAULT       (8 * 60)

#define SW_SCHEDULER_ERROR (sw_scheduler_error_quark ())

typedef enum
{
  SW_SCHEDULER_ERROR_INVALID,  /* a saved state that is damaged or does not add up */
  SW_SCHEDULER_ERROR_STALE,    /* a saved state too old to carry on from */
} SwSchedulerError;

GQuark sw_scheduler_error_quark (void);

typedef enum
{
  SW_WEEKDAY_MONDAY    = 1 << 0,
  SW_WEEKDAY_TUESDAY   = 1 << 1,
  SW_WEEKDAY_WEDNESDAY = 1 << 2,
  SW_WEEKDAY_THURSDAY  = 1 << 3,
  SW_WEEKDAY_FRIDAY    = 1 << 4,
  SW_WEEKDAY_SATURDAY  = 1 << 5,
  SW_WEEKDAY_SUNDAY    = 1 << 6,
} SwWeekday;

#define SW_WEEKDAYS_MONDAY_TO_FRIDAY 0x1f
#define SW_WEEKDAYS_ALL              0x7f

typedef enum
{
  SW_SCHEDULER_STATE_WORKING,
  SW_SCHEDULER_STATE_DUE,
  SW_SCHEDULER_STATE_ON_BREAK,
  SW_SCHEDULER_STATE_SNOOZED,
  SW_SCHEDULER_STATE_PAUSED,
  SW_SCHEDULER_STATE_OUTSIDE_WORK_HOURS,
  SW_SCHEDULER_STATE_DISABLED,
} SwSchedulerState;

typedef enum
{
  SW_BREAK_EVENT_DUE,
  SW_BREAK_EVENT_SHOWN,
  SW_BREAK_EVENT_STARTED,
  SW_BREAK_EVENT_COMPLETED,
  SW_BREAK_EVENT_SNOOZED,
  SW_BREAK_EVENT_SKIPPED,
  SW_BREAK_EVENT_NATURAL,
} SwBreakEvent;

#define SW_TYPE_SCHEDULER_STATE (sw_scheduler_state_get_type ())
GType        sw_scheduler_state_get_type (void) G_GNUC_CONST;
const char  *sw_scheduler_state_to_nick  (SwSchedulerState state);

#define SW_TYPE_BREAK_EVENT (sw_break_event_get_type ())
GType        sw_break_event_get_type     (void) G_GNUC_CONST;
const char  *sw_break_event_to_nick      (SwBreakEvent event);

#define SW_TYPE_SCHEDULER (sw_scheduler_get_type ())
G_DECLARE_FINAL_TYPE (SwScheduler, sw_scheduler, SW, SCHEDULER, GObject)

SwScheduler      *sw_scheduler_new                       (SwClock      *clock);
SwClock          *sw_scheduler_get_clock                 (SwScheduler  *self);

/* The owner keeps one timeout for the wakeup, re-armed on notify::next-wakeup-us,
 * and calls update when it fires. */
void              sw_scheduler_update                    (SwScheduler  *self);
gint64            sw_scheduler_get_next_wakeup_us        (SwScheduler  *self);

/* Settings */
void              sw_scheduler_set_enabled               (SwScheduler  *self,
                                                          gboolean      enabled);
gboolean          sw_scheduler_get_enabled               (SwScheduler  *self);
void              sw_scheduler_set_interval_minutes      (SwScheduler  *self,
                                                          guint         minutes);
guint             sw_scheduler_get_interval_minutes      (SwScheduler  *self);
void              sw_scheduler_set_break_minutes         (SwScheduler  *self,
                                                          guint         minutes);
guint             sw_scheduler_get_break_minutes         (SwScheduler  *self);
void              sw_scheduler_set_snooze_minutes        (SwScheduler  *self,
                                                          guint         minutes);
guint             sw_scheduler_get_snooze_minutes        (SwScheduler  *self);
void              sw_scheduler_set_work_hours            (SwScheduler  *self,
                                                          gboolean      enabled,
                                                          guint         days,
                                                          guint         start_minute,
                                                          guint         end_minute);
gboolean          sw_scheduler_get_work_hours            (SwScheduler  *self,
                                                          guint        *days,
                                                          guint        *start_minute,
                                                          guint        *end_minute);
void              sw_scheduler_set_time_zone             (SwScheduler  *self,
                                                          GTimeZone    *time_zone);
GTimeZone        *sw_scheduler_get_time_zone             (SwScheduler  *self);
void              sw_scheduler_set_flare_active          (SwScheduler  *self,
                                                          gboolean      active);
gboolean          sw_scheduler_get_flare_active          (SwScheduler  *self);
void              sw_scheduler_set_flare_shortens        (SwScheduler  *self,
                                                          gboolean      shortens);
gboolean          sw_scheduler_get_flare_shortens        (SwScheduler  *self);
gboolean          sw_scheduler_get_flare_shortening      (SwScheduler  *self);
gint64            sw_scheduler_get_effective_interval_us (SwScheduler  *self);
gint64            sw_scheduler_get_break_length_us       (SwScheduler  *self);

/* State */
SwSchedulerState  sw_scheduler_get_state                 (SwScheduler  *self);
gint64            sw_scheduler_get_next_due_us           (SwScheduler  *self);
gint64            sw_scheduler_get_next_due_real_us      (SwScheduler  *self);
guint             sw_scheduler_get_snoozes_in_row        (SwScheduler  *self);
gboolean          sw_scheduler_can_snooze                (SwScheduler  *self);
gint64            sw_scheduler_get_break_end_us          (SwScheduler  *self);
gint64            sw_scheduler_get_break_end_real_us     (SwScheduler  *self);
gint64            sw_scheduler_get_pause_end_us          (SwScheduler  *self);
gint64            sw_scheduler_get_pause_end_real_us     (SwScheduler  *self);

/* What the user does */
gboolean          sw_scheduler_mark_shown                (SwScheduler  *self);
gboolean          sw_scheduler_take_break_now            (SwScheduler  *self);
gboolean          sw_scheduler_start_break               (SwScheduler  *self);
gboolean          sw_scheduler_finish_break              (SwScheduler  *self,
                                                          gboolean      completed);
gboolean          sw_scheduler_snooze                    (SwScheduler  *self);
gboolean          sw_scheduler_skip                      (SwScheduler  *self);
gboolean          sw_scheduler_pause                     (SwScheduler  *self,
                                                          gint64        duration_us);
gboolean          sw_scheduler_pause_until_tomorrow      (SwScheduler  *self);
gboolean          sw_scheduler_resume                    (SwScheduler  *self);

gboolean          sw_scheduler_finish_lost_break         (SwScheduler  *self,
                                                          gboolean      completed,
                                                          gint64        end_real_us);

/* Carrying on after a restart */
void              sw_scheduler_save_state                (SwScheduler  *self,
                                                          GKeyFile     *key_file);
gboolean          sw_scheduler_restore_state             (SwScheduler  *self,
                                                          GKeyFile     *key_file,
                                                          GError      **error);

/* What the session does */
void              sw_scheduler_set_idle_delay_us         (SwScheduler  *self,
                                                          gint64        delay_us);
void              sw_scheduler_notify_idle               (SwScheduler  *self,
                                                          gboolean      idle);
void              sw_scheduler_notify_locked             (SwScheduler  *self,
                                                          gboolean      locked);
void              sw_scheduler_notify_resumed_from_sleep (SwScheduler  *self,
                                                          gint64        slept_us);

G_END_DECLS

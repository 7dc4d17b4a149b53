/* sw-scheduler-calendar.c: the scheduler's local time — work hours and "tomorrow"
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-scheduler-private.h"

/* "Tomorrow" starts at 04:00: pausing at 00:30 means until this morning. */
#define DAY_ROLLOVER_US  (4 * HOUR_US)
/* Enough windows to cover a week and the next occurrence of each day. */
#define MAX_WINDOWS      16

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
gboolean
_sw_scheduler_find_work_window (SwScheduler *self,
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

gboolean
_sw_scheduler_in_work_hours (SwScheduler *self,
                             gint64       real_us)
{
  gint64 start, end;

  if (!_sw_scheduler_find_work_window (self, real_us, &start, &end))
    return TRUE;

  return start <= real_us;
}

/* The start of the next work day after today, or 08:00 tomorrow. */
gint64
_sw_scheduler_compute_tomorrow_real (SwScheduler *self)
{
  g_autoptr(GTimeZone) tz = dup_time_zone (self);
  gint64 real_now = _sw_scheduler_now_real_us (self);
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

/* When a reminder that would come at @due_real (for a sitting timer running
 * from @from_real) really comes, given work hours: at a window's end the
 * sitting timer stops, and it restarts at the next window's start. */
gint64
_sw_scheduler_fit_into_work_hours (SwScheduler *self,
                                   gint64       from_real,
                                   gint64       due_real)
{
  gint64 interval = _sw_scheduler_effective_interval_us (self);
  gint64 cursor = from_real;

  if (!work_hours_apply (self))
    return due_real;

  for (guint i = 0; i < MAX_WINDOWS; i++)
    {
      gint64 start, end;

      if (!_sw_scheduler_find_work_window (self, cursor, &start, &end))
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

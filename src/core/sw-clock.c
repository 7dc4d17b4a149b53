/* sw-clock.c: the one way core code reads time
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-clock.h"

#include <math.h>

G_DEFINE_INTERFACE (SwClock, sw_clock, G_TYPE_OBJECT)

static double
sw_clock_real_get_scale (SwClock *self)
{
  return 1.0;
}

static void
sw_clock_default_init (SwClockInterface *iface)
{
  iface->get_scale = sw_clock_real_get_scale;
}

/**
 * sw_clock_get_monotonic_us:
 *
 * Time that never jumps (suspend aside), in microseconds. Schedules are
 * computed on this clock so a wall-clock change cannot bunch reminders.
 */
gint64
sw_clock_get_monotonic_us (SwClock *self)
{
  g_return_val_if_fail (SW_IS_CLOCK (self), 0);

  return SW_CLOCK_GET_IFACE (self)->get_monotonic_us (self);
}

/**
 * sw_clock_get_real_us:
 *
 * Wall-clock time in microseconds since the Unix epoch, for what people
 * read: journal timestamps, work hours, "until tomorrow".
 */
gint64
sw_clock_get_real_us (SwClock *self)
{
  g_return_val_if_fail (SW_IS_CLOCK (self), 0);

  return SW_CLOCK_GET_IFACE (self)->get_real_us (self);
}

/**
 * sw_clock_get_scale:
 *
 * How many clock seconds pass per real second (1 except under
 * `SITWELL_TIME_SCALE`).
 */
double
sw_clock_get_scale (SwClock *self)
{
  g_return_val_if_fail (SW_IS_CLOCK (self), 1.0);

  return SW_CLOCK_GET_IFACE (self)->get_scale (self);
}

/**
 * sw_clock_get_now_local:
 *
 * Returns: (transfer full): the clock's wall time in the local time zone
 */
GDateTime *
sw_clock_get_now_local (SwClock *self)
{
  gint64 real_us;
  g_autoptr(GDateTime) seconds = NULL;

  g_return_val_if_fail (SW_IS_CLOCK (self), NULL);

  real_us = sw_clock_get_real_us (self);
  seconds = g_date_time_new_from_unix_local (real_us / G_USEC_PER_SEC);

  return g_date_time_add (seconds, real_us % G_USEC_PER_SEC);
}

/**
 * sw_clock_to_real_delay_ms:
 * @clock_delay_us: a delay measured on this clock
 *
 * Converts a delay on this clock into the real milliseconds a GLib timeout
 * must wait for it, rounding up so a timer never fires early.
 */
gint64
sw_clock_to_real_delay_ms (SwClock *self,
                           gint64   clock_delay_us)
{
  double scale;
  double real_us;

  g_return_val_if_fail (SW_IS_CLOCK (self), 0);

  if (clock_delay_us <= 0)
    return 0;

  scale = sw_clock_get_scale (self);
  real_us = (double) clock_delay_us / scale;

  return (gint64) ceil (real_us / 1000.0);
}

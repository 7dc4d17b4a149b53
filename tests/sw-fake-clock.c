/* sw-fake-clock.c: a clock tests move by hand
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-fake-clock.h"

struct _SwFakeClock
{
  GObject parent_instance;

  gint64  monotonic_us;
  gint64  real_us;
  double  scale;
};

static void sw_fake_clock_iface_init (SwClockInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SwFakeClock, sw_fake_clock, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (SW_TYPE_CLOCK, sw_fake_clock_iface_init))

static gint64
sw_fake_clock_get_monotonic_us (SwClock *clock)
{
  return SW_FAKE_CLOCK (clock)->monotonic_us;
}

static gint64
sw_fake_clock_get_real_us (SwClock *clock)
{
  return SW_FAKE_CLOCK (clock)->real_us;
}

static double
sw_fake_clock_get_scale (SwClock *clock)
{
  return SW_FAKE_CLOCK (clock)->scale;
}

static void
sw_fake_clock_iface_init (SwClockInterface *iface)
{
  iface->get_monotonic_us = sw_fake_clock_get_monotonic_us;
  iface->get_real_us = sw_fake_clock_get_real_us;
  iface->get_scale = sw_fake_clock_get_scale;
}

static void
sw_fake_clock_class_init (SwFakeClockClass *klass)
{
}

static void
sw_fake_clock_init (SwFakeClock *self)
{
  /* Far from zero, so code that treats 0 as "unset" is caught. */
  self->monotonic_us = 1000 * G_USEC_PER_SEC;
  self->scale = 1.0;
}

SwFakeClock *
sw_fake_clock_new (gint64 real_us)
{
  SwFakeClock *self = g_object_new (SW_TYPE_FAKE_CLOCK, NULL);

  self->real_us = real_us;

  return self;
}

/* A clock that reads the given local date and time (in the TZ of the test). */
SwFakeClock *
sw_fake_clock_new_local (int year,
                         int month,
                         int day,
                         int hour,
                         int minute)
{
  g_autoptr(GDateTime) start = g_date_time_new_local (year, month, day, hour, minute, 0);

  g_assert_nonnull (start);

  return sw_fake_clock_new (g_date_time_to_unix (start) * G_USEC_PER_SEC);
}

/* Both clocks move on together, as when time simply passes. */
void
sw_fake_clock_advance (SwFakeClock *self,
                       gint64       us)
{
  g_return_if_fail (SW_IS_FAKE_CLOCK (self));
  g_return_if_fail (us >= 0);

  self->monotonic_us += us;
  self->real_us += us;
}

/* Only the wall clock moves: NTP, a time zone change, or a suspend (the
 * monotonic clock stops while the machine sleeps). */
void
sw_fake_clock_jump_real (SwFakeClock *self,
                         gint64       us)
{
  g_return_if_fail (SW_IS_FAKE_CLOCK (self));

  self->real_us += us;
}

void
sw_fake_clock_set_scale (SwFakeClock *self,
                         double       scale)
{
  g_return_if_fail (SW_IS_FAKE_CLOCK (self));
  g_return_if_fail (scale > 0.0);

  self->scale = scale;
}

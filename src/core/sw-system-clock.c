/* sw-system-clock.c: the real clock, optionally sped up for demos
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "sw-system-clock.h"

#define MAX_SCALE 100000.0

struct _SwSystemClock
{
  GObject parent_instance;

  double  scale;
  /* With a scale other than 1, time runs faster from the moment the clock
   * was made; both clocks are measured from these origins. */
  gint64  origin_monotonic_us;
  gint64  origin_real_us;
};

static void sw_system_clock_iface_init (SwClockInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SwSystemClock, sw_system_clock, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (SW_TYPE_CLOCK, sw_system_clock_iface_init))

static gint64
scaled_elapsed_us (SwSystemClock *self)
{
  gint64 elapsed = g_get_monotonic_time () - self->origin_monotonic_us;

  return (gint64) ((double) elapsed * self->scale);
}

static gint64
sw_system_clock_get_monotonic_us (SwClock *clock)
{
  SwSystemClock *self = SW_SYSTEM_CLOCK (clock);

  if (self->scale == 1.0)
    return g_get_monotonic_time ();

  return self->origin_monotonic_us + scaled_elapsed_us (self);
}

static gint64
sw_system_clock_get_real_us (SwClock *clock)
{
  SwSystemClock *self = SW_SYSTEM_CLOCK (clock);

  if (self->scale == 1.0)
    return g_get_real_time ();

  return self->origin_real_us + scaled_elapsed_us (self);
}

static double
sw_system_clock_get_scale (SwClock *clock)
{
  return SW_SYSTEM_CLOCK (clock)->scale;
}

static void
sw_system_clock_iface_init (SwClockInterface *iface)
{
  iface->get_monotonic_us = sw_system_clock_get_monotonic_us;
  iface->get_real_us = sw_system_clock_get_real_us;
  iface->get_scale = sw_system_clock_get_scale;
}

static void
sw_system_clock_class_init (SwSystemClockClass *klass)
{
}

static void
sw_system_clock_init (SwSystemClock *self)
{
  self->scale = 1.0;
  self->origin_monotonic_us = g_get_monotonic_time ();
  self->origin_real_us = g_get_real_time ();
}

/**
 * sw_system_clock_parse_scale:
 * @text: (nullable): the value of `SITWELL_TIME_SCALE`
 *
 * Returns: the scale it asks for, or 1 when @text is missing, not a
 *   number, not positive or absurdly large
 */
double
sw_system_clock_parse_scale (const char *text)
{
  char *end = NULL;
  double scale;

  if (text == NULL || *text == '\0')
    return 1.0;

  scale = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !(scale > 0.0) || scale > MAX_SCALE)
    {
      g_debug ("Ignoring SITWELL_TIME_SCALE=%s: expected a number above 0 and at most %g",
               text, MAX_SCALE);
      return 1.0;
    }

  return scale;
}

SwClock *
sw_system_clock_new (double scale)
{
  SwSystemClock *self;

  g_return_val_if_fail (scale > 0.0, NULL);

  self = g_object_new (SW_TYPE_SYSTEM_CLOCK, NULL);
  self->scale = scale;

  return SW_CLOCK (self);
}

/**
 * sw_system_clock_new_from_env:
 *
 * Returns: (transfer full): the system clock, sped up by `SITWELL_TIME_SCALE`
 */
SwClock *
sw_system_clock_new_from_env (void)
{
  return sw_system_clock_new (sw_system_clock_parse_scale (g_getenv ("SITWELL_TIME_SCALE")));
}

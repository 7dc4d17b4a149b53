/* sw-clock.h: the one way core code reads time
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SW_TYPE_CLOCK (sw_clock_get_type ())
G_DECLARE_INTERFACE (SwClock, sw_clock, SW, CLOCK, GObject)

struct _SwClockInterface
{
  GTypeInterface parent_iface;

  gint64 (*get_monotonic_us) (SwClock *self);
  gint64 (*get_real_us)      (SwClock *self);
  double (*get_scale)        (SwClock *self);
};

gint64     sw_clock_get_monotonic_us  (SwClock *self);
gint64     sw_clock_get_real_us       (SwClock *self);
double     sw_clock_get_scale         (SwClock *self);
GDateTime *sw_clock_get_now_local     (SwClock *self);
gint64     sw_clock_to_real_delay_ms  (SwClock *self,
                                       gint64   clock_delay_us);

G_END_DECLS

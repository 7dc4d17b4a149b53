/* sw-fake-clock.h: a clock tests move by hand
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sw-clock.h"

G_BEGIN_DECLS

#define SW_TYPE_FAKE_CLOCK (sw_fake_clock_get_type ())
G_DECLARE_FINAL_TYPE (SwFakeClock, sw_fake_clock, SW, FAKE_CLOCK, GObject)

SwFakeClock *sw_fake_clock_new          (gint64       real_us);
SwFakeClock *sw_fake_clock_new_local    (int          year,
                                         int          month,
                                         int          day,
                                         int          hour,
                                         int          minute);
void         sw_fake_clock_advance      (SwFakeClock *self,
                                         gint64       us);
void         sw_fake_clock_jump_real    (SwFakeClock *self,
                                         gint64       us);
void         sw_fake_clock_set_scale    (SwFakeClock *self,
                                         double       scale);

G_END_DECLS

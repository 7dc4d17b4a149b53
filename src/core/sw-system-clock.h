/* sw-system-clock.h: the real clock, optionally sped up for demos
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sw-clock.h"

G_BEGIN_DECLS

#define SW_TYPE_SYSTEM_CLOCK (sw_system_clock_get_type ())
G_DECLARE_FINAL_TYPE (SwSystemClock, sw_system_clock, SW, SYSTEM_CLOCK, GObject)

SwClock *sw_system_clock_new          (double scale);
SwClock *sw_system_clock_new_from_env (void);
double   sw_system_clock_parse_scale  (const char *text);

G_END_DECLS

/* sw-clock-monitor.h: notices when the wall clock jumps
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SW_TYPE_CLOCK_MONITOR (sw_clock_monitor_get_type ())
G_DECLARE_FINAL_TYPE (SwClockMonitor, sw_clock_monitor, SW, CLOCK_MONITOR, GObject)

SwClockMonitor *sw_clock_monitor_new          (void);

gboolean        sw_clock_monitor_get_watching (SwClockMonitor *self);

G_END_DECLS

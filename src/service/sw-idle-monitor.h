/* sw-idle-monitor.h: idle, lock and sleep from the session's D-Bus services
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* How long without input counts as idle, unless told otherwise. */
#define SW_IDLE_MONITOR_DEFAULT_THRESHOLD_MS (60 * 1000)

#define SW_TYPE_IDLE_MONITOR (sw_idle_monitor_get_type ())
G_DECLARE_FINAL_TYPE (SwIdleMonitor, sw_idle_monitor, SW, IDLE_MONITOR, GObject)

SwIdleMonitor *sw_idle_monitor_new            (GDBusConnection *session_bus,
                                               guint            idle_threshold_ms);
void           sw_idle_monitor_set_system_bus (SwIdleMonitor   *self,
                                               GDBusConnection *system_bus);

gboolean       sw_idle_monitor_get_idle       (SwIdleMonitor   *self);
gboolean       sw_idle_monitor_get_locked     (SwIdleMonitor   *self);
gboolean       sw_idle_monitor_get_sleeping   (SwIdleMonitor   *self);

G_END_DECLS

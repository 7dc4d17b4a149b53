/* sw-reminder-service.h: the stand-up reminder daemon
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sw-break-log.h"
#include "sw-clock.h"
#include "sw-clock-monitor.h"
#include "sw-idle-monitor.h"
#include "sw-notifier.h"
#include "sw-scheduler.h"

G_BEGIN_DECLS

/* Where the app listens, for its `app.start-break` action. */
#define SW_REMINDER_SERVICE_APP_OBJECT_PATH "/io/github/sitwell/Sitwell"

#define SW_TYPE_REMINDER_SERVICE (sw_reminder_service_get_type ())
G_DECLARE_FINAL_TYPE (SwReminderService, sw_reminder_service, SW, REMINDER_SERVICE, GApplication)

SwReminderService *sw_reminder_service_new                (SwClock           *clock);

SwScheduler       *sw_reminder_service_get_scheduler      (SwReminderService *self);
SwNotifier        *sw_reminder_service_get_notifier       (SwReminderService *self);
SwIdleMonitor     *sw_reminder_service_get_idle_monitor   (SwReminderService *self);
SwClockMonitor    *sw_reminder_service_get_clock_monitor  (SwReminderService *self);
SwBreakLog        *sw_reminder_service_get_break_log      (SwReminderService *self);

/* The one timeout: its source id (0 when nothing is due) and delay. */
guint              sw_reminder_service_get_timeout_id     (SwReminderService *self);
gint64             sw_reminder_service_get_timeout_ms     (SwReminderService *self);
void               sw_reminder_service_wake               (SwReminderService *self);

G_END_DECLS

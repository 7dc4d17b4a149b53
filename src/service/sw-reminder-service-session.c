/* sw-reminder-service-session.c: what the session tells the reminder daemon
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-reminder-service-private.h"

/*
 * The user going idle or locking the screen (#SwIdleMonitor, session bus),
 * the machine sleeping (logind, on a private system bus connection) and
 * the wall clock being set (#SwClockMonitor): each is handed to the
 * scheduler, and the one timeout is armed again.
 */

static void
idle_changed_cb (SwIdleMonitor     *monitor,
                 gboolean           idle,
                 SwReminderService *self)
{
  sw_scheduler_notify_idle (self->scheduler, idle);
  _sw_reminder_service_arm_timer (self);
}

static void
locked_changed_cb (SwIdleMonitor     *monitor,
                   gboolean           locked,
                   SwReminderService *self)
{
  sw_scheduler_notify_locked (self->scheduler, locked);
  _sw_reminder_service_arm_timer (self);
}

/* The saved schedule holds wall-clock times. A sleep (the monotonic clock
 * stopped) or a jump of the wall clock moves them even when the schedule
 * did not change, and nothing saved them since @n_saves: save now. */
static void
save_moved_times (SwReminderService *self,
                  guint              n_saves)
{
  if (self->n_state_saves == n_saves)
    _sw_reminder_service_save_state (self);
}

/* The monotonic clock stops while the machine sleeps and the wall clock
 * does not: the difference of their deltas is the time asleep. */
static void
sleeping_cb (SwIdleMonitor     *monitor,
             gboolean           sleeping,
             SwReminderService *self)
{
  gint64 real_us = sw_clock_get_real_us (self->clock);
  gint64 monotonic_us = sw_clock_get_monotonic_us (self->clock);
  guint n_saves = self->n_state_saves;
  gint64 slept_us;

  if (sleeping)
    {
      self->asleep = TRUE;
      self->sleep_real_us = real_us;
      self->sleep_monotonic_us = monotonic_us;
      return;
    }

  if (!self->asleep)
    return;

  self->asleep = FALSE;
  slept_us = (real_us - self->sleep_real_us) - (monotonic_us - self->sleep_monotonic_us);
  g_debug ("Resumed after %" G_GINT64_FORMAT " s asleep", slept_us / G_USEC_PER_SEC);

  _sw_reminder_service_write_pending_events (self);
  _sw_reminder_service_apply_flare (self);
  sw_scheduler_notify_resumed_from_sleep (self->scheduler, MAX (slept_us, 0));
  save_moved_times (self, n_saves);
  _sw_reminder_service_sync_properties (self);
  _sw_reminder_service_arm_timer (self);
}

/* Work hours, "until tomorrow", the flare-up switch's end and the desk
 * re-check are wall-clock moments, converted to the monotonic clock when
 * the timeout is armed: convert them again. Intervals stay as they were. */
static void
clock_jumped_cb (SwClockMonitor    *monitor,
                 SwReminderService *self)
{
  guint n_saves = self->n_state_saves;

  g_debug ("The wall clock was set; re-arming for the new wall time");
  sw_reminder_service_wake (self);
  save_moved_times (self, n_saves);
}

static void
system_bus_ready_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GError) error = NULL;
  SwReminderService *self;

  bus = g_dbus_connection_new_for_address_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (bus == NULL)
    {
      g_debug ("No system bus, so sleep is not counted as a break: %s", error->message);
      return;
    }

  self = SW_REMINDER_SERVICE (user_data);
  if (self->idle_monitor != NULL)
    sw_idle_monitor_set_system_bus (self->idle_monitor, bus);
}

/* A private connection: the shared one would end the process if the
 * system bus went away. */
static void
connect_system_bus (SwReminderService *self)
{
  g_autofree char *address = NULL;
  g_autoptr(GError) error = NULL;

  address = g_dbus_address_get_for_bus_sync (G_BUS_TYPE_SYSTEM, self->cancellable, &error);
  if (address == NULL)
    {
      g_debug ("No system bus, so sleep is not counted as a break: %s", error->message);
      return;
    }

  g_dbus_connection_new_for_address (address,
                                     G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                     G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                     NULL, self->cancellable,
                                     system_bus_ready_cb, self);
}

/* At startup: the idle monitor on the service's own bus, the system bus
 * for sleep, and the clock monitor. */
void
_sw_reminder_service_watch_session (SwReminderService *self)
{
  GDBusConnection *session_bus = g_application_get_dbus_connection (G_APPLICATION (self));

  self->idle_monitor = sw_idle_monitor_new (session_bus, SW_IDLE_MONITOR_DEFAULT_THRESHOLD_MS);
  g_signal_connect_object (self->idle_monitor, "idle-changed",
                           G_CALLBACK (idle_changed_cb), self, 0);
  g_signal_connect_object (self->idle_monitor, "locked-changed",
                           G_CALLBACK (locked_changed_cb), self, 0);
  g_signal_connect_object (self->idle_monitor, "sleeping",
                           G_CALLBACK (sleeping_cb), self, 0);
  connect_system_bus (self);

  self->clock_monitor = sw_clock_monitor_new ();
  g_signal_connect_object (self->clock_monitor, "jumped",
                           G_CALLBACK (clock_jumped_cb), self, 0);
}

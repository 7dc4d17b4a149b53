/* sw-reminder-service-dbus.c: the reminder daemon's Reminders1 interface
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-reminder-service-private.h"

/*
 * The `io.github.sitwell.Sitwell.Reminders1` skeleton the app talks to:
 * its properties follow the scheduler, BreakDue tells of a reminder, and
 * each method hands the app's answer to the scheduler.
 */

/* A pause longer than this many seconds would overflow microseconds. */
#define MAX_PAUSE_SECONDS (G_MAXINT64 / (4 * G_USEC_PER_SEC))

/* Properties */

/* The app counts down against the real wall clock. Under
 * SITWELL_TIME_SCALE the scheduler's wall time runs faster, so a moment is
 * sent as the real time at which it will be reached. */
static gint64
to_dbus_time (SwReminderService *self,
              gint64             real_us)
{
  double scale = sw_clock_get_scale (self->clock);

  if (real_us == SW_SCHEDULER_NEVER)
    return 0;

  if (scale == 1.0)
    return real_us;

  return g_get_real_time () + (gint64) ((real_us - sw_clock_get_real_us (self->clock)) / scale);
}

/* The inverse, for a moment the app sends back. */
static gint64
from_dbus_time (SwReminderService *self,
                gint64             dbus_us)
{
  double scale = sw_clock_get_scale (self->clock);
  double ahead_us;

  if (dbus_us <= 0)
    return SW_SCHEDULER_NEVER;

  if (scale == 1.0)
    return dbus_us;

  ahead_us = (double) (dbus_us - g_get_real_time ()) * scale;
  if (ABS (ahead_us) > (double) (G_MAXINT64 / 4))
    return SW_SCHEDULER_NEVER;

  return sw_clock_get_real_us (self->clock) + (gint64) ahead_us;
}

void
_sw_reminder_service_sync_properties (SwReminderService *self)
{
  SwDBusReminders1 *iface = self->skeleton;
  SwSchedulerState state = sw_scheduler_get_state (self->scheduler);
  gint64 next_due = sw_scheduler_get_next_due_real_us (self->scheduler);
  gint64 ends = SW_SCHEDULER_NEVER;

  if (state == SW_SCHEDULER_STATE_ON_BREAK)
    ends = sw_scheduler_get_break_end_real_us (self->scheduler);
  else if (state == SW_SCHEDULER_STATE_PAUSED)
    ends = sw_scheduler_get_pause_end_real_us (self->scheduler);

  sw_dbus_reminders1_set_state (iface, sw_scheduler_state_to_nick (state));
  sw_dbus_reminders1_set_next_due (iface, to_dbus_time (self, next_due));
  sw_dbus_reminders1_set_state_ends (iface, to_dbus_time (self, ends));
  sw_dbus_reminders1_set_flare_mode (iface, sw_scheduler_get_flare_shortening (self->scheduler));
  sw_dbus_reminders1_set_notifications_available (iface,
                                                  self->notifier != NULL &&
                                                  sw_notifier_get_available (self->notifier));
}

/* Sends the changed properties now rather than from an idle, so that a
 * signal or a method reply that follows never overtakes them. */
void
_sw_reminder_service_flush_properties (SwReminderService *self)
{
  _sw_reminder_service_sync_properties (self);
  g_dbus_interface_skeleton_flush (G_DBUS_INTERFACE_SKELETON (self->skeleton));
}

/* BreakDue */

/* Tells the app a reminder is due; it reminds in its window when
 * NotificationsAvailable, sent just before, is off. */
void
_sw_reminder_service_announce_break_due (SwReminderService *self)
{
  _sw_reminder_service_flush_properties (self);
  sw_dbus_reminders1_emit_break_due (self->skeleton);
}

/* Methods. An action that does not apply now (a stale click) is not an
 * error: the properties tell the caller what happened. */

/* Replies to a method once the properties it changed are on their way, so
 * that the caller reads them as they are after its call. */
static gboolean
complete_call (SwReminderService     *self,
               GDBusMethodInvocation *invocation)
{
  _sw_reminder_service_flush_properties (self);
  g_dbus_method_invocation_return_value (invocation, NULL);

  return TRUE;
}

static gboolean
handle_take_break_now_cb (SwDBusReminders1      *iface,
                          GDBusMethodInvocation *invocation,
                          SwReminderService     *self)
{
  sw_scheduler_take_break_now (self->scheduler);

  return complete_call (self, invocation);
}

static gboolean
handle_pause_cb (SwDBusReminders1      *iface,
                 GDBusMethodInvocation *invocation,
                 gint64                 seconds,
                 SwReminderService     *self)
{
  if (seconds < -1 || seconds > MAX_PAUSE_SECONDS)
    {
      g_dbus_method_invocation_return_error (invocation, G_DBUS_ERROR, G_DBUS_ERROR_INVALID_ARGS,
                                             "Pause takes seconds, 0 (until resumed) or -1 "
                                             "(until tomorrow), not %" G_GINT64_FORMAT,
                                             seconds);
      return TRUE;
    }

  if (seconds == -1)
    sw_scheduler_pause_until_tomorrow (self->scheduler);
  else
    sw_scheduler_pause (self->scheduler, seconds * G_USEC_PER_SEC);

  return complete_call (self, invocation);
}

static gboolean
handle_resume_cb (SwDBusReminders1      *iface,
                  GDBusMethodInvocation *invocation,
                  SwReminderService     *self)
{
  sw_scheduler_resume (self->scheduler);

  return complete_call (self, invocation);
}

static gboolean
handle_finish_break_cb (SwDBusReminders1      *iface,
                        GDBusMethodInvocation *invocation,
                        gboolean               completed,
                        SwReminderService     *self)
{
  sw_scheduler_finish_break (self->scheduler, completed);

  return complete_call (self, invocation);
}

/* A break the service may have lost in a restart: see
 * sw_scheduler_finish_lost_break(). */
static gboolean
handle_finish_break_ending_at_cb (SwDBusReminders1      *iface,
                                  GDBusMethodInvocation *invocation,
                                  gboolean               completed,
                                  gint64                 ends,
                                  SwReminderService     *self)
{
  sw_scheduler_finish_lost_break (self->scheduler, completed, from_dbus_time (self, ends));

  return complete_call (self, invocation);
}

static gboolean
handle_snooze_cb (SwDBusReminders1      *iface,
                  GDBusMethodInvocation *invocation,
                  SwReminderService     *self)
{
  sw_scheduler_snooze (self->scheduler);

  return complete_call (self, invocation);
}

static gboolean
handle_skip_cb (SwDBusReminders1      *iface,
                GDBusMethodInvocation *invocation,
                SwReminderService     *self)
{
  sw_scheduler_skip (self->scheduler);

  return complete_call (self, invocation);
}

/* The skeleton, exported when GApplication registers on the bus. */
void
_sw_reminder_service_create_skeleton (SwReminderService *self)
{
  self->skeleton = sw_dbus_reminders1_skeleton_new ();
  g_signal_connect_object (self->skeleton, "handle-take-break-now",
                           G_CALLBACK (handle_take_break_now_cb), self, 0);
  g_signal_connect_object (self->skeleton, "handle-pause",
                           G_CALLBACK (handle_pause_cb), self, 0);
  g_signal_connect_object (self->skeleton, "handle-resume",
                           G_CALLBACK (handle_resume_cb), self, 0);
  g_signal_connect_object (self->skeleton, "handle-finish-break",
                           G_CALLBACK (handle_finish_break_cb), self, 0);
  g_signal_connect_object (self->skeleton, "handle-finish-break-ending-at",
                           G_CALLBACK (handle_finish_break_ending_at_cb), self, 0);
  g_signal_connect_object (self->skeleton, "handle-snooze",
                           G_CALLBACK (handle_snooze_cb), self, 0);
  g_signal_connect_object (self->skeleton, "handle-skip",
                           G_CALLBACK (handle_skip_cb), self, 0);
}

/* sw-reminder-service-notify.c: the reminder daemon's notification
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-reminder-service-private.h"

#include <glib/gi18n-lib.h>

#include "sw-settings.h"

/*
 * The due reminder as a desktop notification (#SwNotifier): showing it,
 * taking it down when it was answered elsewhere, what its buttons do
 * (Start break also opens the app's break view), and a server that leaves
 * or comes back while a reminder waits.
 */

#define APP_INTERFACE "org.freedesktop.Application"

/* The reminder */

/* Puts the due reminder up as a notification, if there is a server. */
static void
show_reminder (SwReminderService *self)
{
  guint minutes = sw_scheduler_get_break_minutes (self->scheduler);
  g_autofree char *body = NULL;

  /* Asking a server that was away may bring it back, and notifier_available_cb
   * here again: the reminder goes up once. */
  if (self->notifier == NULL || self->showing)
    return;

  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Stand up, walk about and stretch for %u minute.",
                                       "Stand up, walk about and stretch for %u minutes.",
                                       minutes),
                          minutes);

  self->showing = TRUE;
  if (sw_notifier_show_reminder (self->notifier, _("Time to stand up"), body,
                                 sw_scheduler_can_snooze (self->scheduler)))
    sw_scheduler_mark_shown (self->scheduler);
  self->showing = FALSE;
}

/* The notification goes first: if it fails, NotificationsAvailable is
 * already off when BreakDue reaches the app. */
void
_sw_reminder_service_remind (SwReminderService *self)
{
  show_reminder (self);
  _sw_reminder_service_announce_break_due (self);
}

/* Answered elsewhere (the app, a natural break, a pause): take it down. */
void
_sw_reminder_service_withdraw_reminder (SwReminderService *self)
{
  if (self->notifier != NULL)
    sw_notifier_withdraw (self->notifier);
}

/* The server */

/* A reminder waiting for an answer went with a server that left: the app
 * is told again, to remind in its window. When a server comes back (or at
 * last), the reminder is shown through it. */
static void
notifier_available_cb (SwReminderService *self)
{
  _sw_reminder_service_sync_properties (self);

  /* A reminder being shown reports for itself. */
  if (self->showing || sw_scheduler_get_state (self->scheduler) != SW_SCHEDULER_STATE_DUE)
    return;

  if (sw_notifier_get_available (self->notifier))
    show_reminder (self);

  if (!sw_notifier_get_available (self->notifier))
    _sw_reminder_service_announce_break_due (self);
}

/* Opening the app's break view */

static void
launch_app (SwReminderService *self,
            const char        *activation_token)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) subprocess = NULL;
  g_autoptr(GError) error = NULL;

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  if (activation_token != NULL)
    {
      g_subprocess_launcher_setenv (launcher, "XDG_ACTIVATION_TOKEN", activation_token, TRUE);
      g_subprocess_launcher_setenv (launcher, "DESKTOP_STARTUP_ID", activation_token, TRUE);
    }

  /* GLib reaps the child when it exits. */
  subprocess = g_subprocess_launcher_spawn (launcher, &error,
                                            self->app_path, "--start-break", NULL);
  if (subprocess == NULL)
    g_debug ("Could not open the break view with %s: %s", self->app_path, error->message);
}

typedef struct
{
  SwReminderService *self;
  char              *activation_token;
} ActivateData;

static void
activate_data_free (ActivateData *data)
{
  g_free (data->activation_token);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ActivateData, activate_data_free)

static void
activate_action_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(ActivateData) data = user_data;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);
  if (reply != NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_SERVICE_UNKNOWN) ||
      g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_NAME_HAS_NO_OWNER))
    launch_app (data->self, data->activation_token);
  else
    g_debug ("The app did not take the start-break action: %s", error->message);
}

/* The app's `app.start-break` action when it runs, else `sitwell --start-break`. */
static void
open_break_view (SwReminderService *self,
                 const char        *activation_token)
{
  GDBusConnection *bus = g_application_get_dbus_connection (G_APPLICATION (self));
  GVariantBuilder platform_data;
  ActivateData *data;

  if (bus == NULL)
    {
      launch_app (self, activation_token);
      return;
    }

  g_variant_builder_init (&platform_data, G_VARIANT_TYPE_VARDICT);
  if (activation_token != NULL)
    {
      g_variant_builder_add (&platform_data, "{sv}", "activation-token",
                             g_variant_new_string (activation_token));
      g_variant_builder_add (&platform_data, "{sv}", "desktop-startup-id",
                             g_variant_new_string (activation_token));
    }

  data = g_new0 (ActivateData, 1);
  data->self = self;
  data->activation_token = g_strdup (activation_token);

  g_dbus_connection_call (bus, APP_ID, SW_REMINDER_SERVICE_APP_OBJECT_PATH, APP_INTERFACE,
                          "ActivateAction",
                          g_variant_new ("(s@av@a{sv})", "start-break",
                                         g_variant_new_array (G_VARIANT_TYPE_VARIANT, NULL, 0),
                                         g_variant_builder_end (&platform_data)),
                          NULL, G_DBUS_CALL_FLAGS_NO_AUTO_START, -1,
                          self->cancellable, activate_action_cb, data);
}

/* The buttons */

static void
notifier_action_invoked_cb (SwNotifier        *notifier,
                            const char        *action,
                            const char        *activation_token,
                            SwReminderService *self)
{
  g_debug ("Reminder action %s", action);

  if (g_str_equal (action, SW_NOTIFIER_ACTION_START_BREAK))
    {
      sw_scheduler_start_break (self->scheduler);
      open_break_view (self, activation_token);
    }
  else if (g_str_equal (action, SW_NOTIFIER_ACTION_SNOOZE))
    {
      sw_scheduler_snooze (self->scheduler);
    }
  else if (g_str_equal (action, SW_NOTIFIER_ACTION_SKIP))
    {
      sw_scheduler_skip (self->scheduler);
    }
}

/* At startup: the notifier, with the user's sound setting. */
void
_sw_reminder_service_start_notifier (SwReminderService *self)
{
  self->notifier = sw_notifier_new ();
  sw_notifier_set_sound (self->notifier,
                         g_settings_get_boolean (self->settings, SW_SETTINGS_KEY_SOUND));
  g_signal_connect_object (self->notifier, "action-invoked",
                           G_CALLBACK (notifier_action_invoked_cb), self, 0);
  g_signal_connect_object (self->notifier, "notify::available",
                           G_CALLBACK (notifier_available_cb), self, G_CONNECT_SWAPPED);
}

/* sw-reminders-client.c: the app's one view of the reminder service
 *
 * Wraps the generated proxy so pages never see D-Bus. The service owns the
 * schedule; this only mirrors its properties and forwards requests. Tests
 * build it on a private bus with a fake service behind the same name.
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-reminders-client.h"

#include <glib/gi18n.h>

#include "sw-dbus.h"

struct _SwRemindersClient
{
  GObject           parent_instance;

  GDBusConnection  *connection;
  SwDBusReminders1 *proxy;
  GCancellable     *cancellable;
  /* Start the service once the proxy knows whether it runs. */
  gboolean          wants_service;
};

G_DEFINE_FINAL_TYPE (SwRemindersClient, sw_reminders_client, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CONNECTION,
  PROP_AVAILABLE,
  PROP_STATE,
  PROP_NEXT_DUE,
  PROP_STATE_ENDS,
  PROP_FLARE_MODE,
  PROP_NOTIFICATIONS_AVAILABLE,
  N_PROPS
};

enum {
  BREAK_DUE,
  CALL_FAILED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Maps the service's property names to ours, to notify only what changed. */
static const struct {
  const char *dbus_name;
  guint       prop_id;
} mirrored[] = {
  { "State", PROP_STATE },
  { "NextDue", PROP_NEXT_DUE },
  { "StateEnds", PROP_STATE_ENDS },
  { "FlareMode", PROP_FLARE_MODE },
  { "NotificationsAvailable", PROP_NOTIFICATIONS_AVAILABLE },
};

static void
notify_all (SwRemindersClient *self)
{
  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = PROP_AVAILABLE; i < N_PROPS; i++)
    g_object_notify_by_pspec (G_OBJECT (self), properties[i]);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
proxy_name_owner_changed_cb (SwRemindersClient *self)
{
  notify_all (self);
}

static void
proxy_properties_changed_cb (SwRemindersClient *self,
                             GVariant          *changed,
                             GStrv              invalidated)
{
  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = 0; i < G_N_ELEMENTS (mirrored); i++)
    {
      g_autoptr(GVariant) value = g_variant_lookup_value (changed, mirrored[i].dbus_name, NULL);

      if (value != NULL || (invalidated != NULL &&
                            g_strv_contains ((const char * const *) invalidated,
                                             mirrored[i].dbus_name)))
        g_object_notify_by_pspec (G_OBJECT (self), properties[mirrored[i].prop_id]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

static void
proxy_break_due_cb (SwRemindersClient *self)
{
  g_signal_emit (self, signals[BREAK_DUE], 0);
}

static void
proxy_ready_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(SwRemindersClient) self = user_data;
  g_autoptr(GError) error = NULL;
  SwDBusReminders1 *proxy = sw_dbus_reminders1_proxy_new_finish (result, &error);

  if (proxy == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("Cannot watch the reminder service: %s", error->message);
      return;
    }

  self->proxy = proxy;
  g_signal_connect_object (proxy, "notify::g-name-owner",
                           G_CALLBACK (proxy_name_owner_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (proxy, "g-properties-changed",
                           G_CALLBACK (proxy_properties_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (proxy, "break-due",
                           G_CALLBACK (proxy_break_due_cb), self, G_CONNECT_SWAPPED);
  notify_all (self);

  if (self->wants_service)
    sw_reminders_client_ensure_service (self);
}

static void
sw_reminders_client_constructed (GObject *object)
{
  SwRemindersClient *self = SW_REMINDERS_CLIENT (object);

  G_OBJECT_CLASS (sw_reminders_client_parent_class)->constructed (object);

  /* No auto-start: the app decides whether reminders should run. */
  sw_dbus_reminders1_proxy_new (self->connection,
                                G_DBUS_PROXY_FLAGS_DO_NOT_AUTO_START,
                                REMINDERS_ID,
                                SW_REMINDERS_OBJECT_PATH,
                                self->cancellable,
                                proxy_ready_cb,
                                g_object_ref (self));
}

static void
sw_reminders_client_dispose (GObject *object)
{
  SwRemindersClient *self = SW_REMINDERS_CLIENT (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->proxy);
  g_clear_object (&self->connection);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (sw_reminders_client_parent_class)->dispose (object);
}

static void
sw_reminders_client_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  SwRemindersClient *self = SW_REMINDERS_CLIENT (object);

  switch (prop_id)
    {
    case PROP_CONNECTION:
      g_value_set_object (value, self->connection);
      break;

    case PROP_AVAILABLE:
      g_value_set_boolean (value, sw_reminders_client_get_available (self));
      break;

    case PROP_STATE:
      g_value_set_string (value, sw_reminders_client_get_state (self));
      break;

    case PROP_NEXT_DUE:
      g_value_set_int64 (value, sw_reminders_client_get_next_due (self));
      break;

    case PROP_STATE_ENDS:
      g_value_set_int64 (value, sw_reminders_client_get_state_ends (self));
      break;

    case PROP_FLARE_MODE:
      g_value_set_boolean (value, sw_reminders_client_get_flare_mode (self));
      break;

    case PROP_NOTIFICATIONS_AVAILABLE:
      g_value_set_boolean (value, sw_reminders_client_get_notifications_available (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_reminders_client_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  SwRemindersClient *self = SW_REMINDERS_CLIENT (object);

  switch (prop_id)
    {
    case PROP_CONNECTION:
      self->connection = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_reminders_client_class_init (SwRemindersClientClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags read_only = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = sw_reminders_client_constructed;
  object_class->dispose = sw_reminders_client_dispose;
  object_class->get_property = sw_reminders_client_get_property;
  object_class->set_property = sw_reminders_client_set_property;

  properties[PROP_CONNECTION] =
    g_param_spec_object ("connection", NULL, NULL, G_TYPE_DBUS_CONNECTION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AVAILABLE] =
    g_param_spec_boolean ("available", NULL, NULL, FALSE, read_only);
  properties[PROP_STATE] =
    g_param_spec_string ("state", NULL, NULL, NULL, read_only);
  properties[PROP_NEXT_DUE] =
    g_param_spec_int64 ("next-due", NULL, NULL, 0, G_MAXINT64, 0, read_only);
  properties[PROP_STATE_ENDS] =
    g_param_spec_int64 ("state-ends", NULL, NULL, 0, G_MAXINT64, 0, read_only);
  properties[PROP_FLARE_MODE] =
    g_param_spec_boolean ("flare-mode", NULL, NULL, FALSE, read_only);
  properties[PROP_NOTIFICATIONS_AVAILABLE] =
    g_param_spec_boolean ("notifications-available", NULL, NULL, FALSE, read_only);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A reminder is due: the app shows it when notifications cannot. */
  signals[BREAK_DUE] =
    g_signal_new ("break-due", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* A request did not reach the service; the argument says why in words. */
  signals[CALL_FAILED] =
    g_signal_new ("call-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
sw_reminders_client_init (SwRemindersClient *self)
{
  self->cancellable = g_cancellable_new ();
}

SwRemindersClient *
sw_reminders_client_new (GDBusConnection *connection)
{
  g_return_val_if_fail (G_IS_DBUS_CONNECTION (connection), NULL);

  return g_object_new (SW_TYPE_REMINDERS_CLIENT,
                       "connection", connection,
                       NULL);
}

/* Whether the service is running and answering on the bus. */
gboolean
sw_reminders_client_get_available (SwRemindersClient *self)
{
  g_autofree char *owner = NULL;

  g_return_val_if_fail (SW_IS_REMINDERS_CLIENT (self), FALSE);

  if (self->proxy == NULL)
    return FALSE;

  owner = g_dbus_proxy_get_name_owner (G_DBUS_PROXY (self->proxy));
  return owner != NULL;
}

/* "working", "due", "on-break", "snoozed", "paused", "outside-work-hours",
 * "disabled", or NULL while the service is not running. */
const char *
sw_reminders_client_get_state (SwRemindersClient *self)
{
  g_return_val_if_fail (SW_IS_REMINDERS_CLIENT (self), NULL);

  if (!sw_reminders_client_get_available (self))
    return NULL;

  return sw_dbus_reminders1_get_state (self->proxy);
}

/* Wall-clock µs of the next reminder, 0 if none is scheduled. */
gint64
sw_reminders_client_get_next_due (SwRemindersClient *self)
{
  g_return_val_if_fail (SW_IS_REMINDERS_CLIENT (self), 0);

  if (!sw_reminders_client_get_available (self))
    return 0;

  return sw_dbus_reminders1_get_next_due (self->proxy);
}

/* Wall-clock µs at which the break or pause ends, 0 if none. */
gint64
sw_reminders_client_get_state_ends (SwRemindersClient *self)
{
  g_return_val_if_fail (SW_IS_REMINDERS_CLIENT (self), 0);

  if (!sw_reminders_client_get_available (self))
    return 0;

  return sw_dbus_reminders1_get_state_ends (self->proxy);
}

gboolean
sw_reminders_client_get_flare_mode (SwRemindersClient *self)
{
  g_return_val_if_fail (SW_IS_REMINDERS_CLIENT (self), FALSE);

  return sw_reminders_client_get_available (self) &&
         sw_dbus_reminders1_get_flare_mode (self->proxy);
}

gboolean
sw_reminders_client_get_notifications_available (SwRemindersClient *self)
{
  g_return_val_if_fail (SW_IS_REMINDERS_CLIENT (self), FALSE);

  return sw_reminders_client_get_available (self) &&
         sw_dbus_reminders1_get_notifications_available (self->proxy);
}

static void
call_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(SwRemindersClient) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = g_dbus_proxy_call_finish (G_DBUS_PROXY (source), result, &error);

  if (reply == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_debug ("Reminder service call failed: %s", error->message);
      g_signal_emit (self, signals[CALL_FAILED], 0,
                     _("The reminder service did not answer. Try again, or restart it."));
    }
}

static void
call_service (SwRemindersClient *self,
              const char        *method,
              GVariant          *parameters)
{
  g_autoptr(GVariant) owned = parameters != NULL ? g_variant_ref_sink (parameters) : NULL;

  if (!sw_reminders_client_get_available (self))
    {
      g_signal_emit (self, signals[CALL_FAILED], 0,
                     _("Stand-up reminders are not running. Start them first."));
      return;
    }

  g_dbus_proxy_call (G_DBUS_PROXY (self->proxy), method, owned,
                     G_DBUS_CALL_FLAGS_NO_AUTO_START, -1, self->cancellable,
                     call_done_cb, g_object_ref (self));
}

void
sw_reminders_client_take_break_now (SwRemindersClient *self)
{
  g_return_if_fail (SW_IS_REMINDERS_CLIENT (self));

  call_service (self, "TakeBreakNow", NULL);
}

/* @seconds: how long; 0 pauses until resumed, -1 until tomorrow. */
void
sw_reminders_client_pause (SwRemindersClient *self,
                           gint64             seconds)
{
  g_return_if_fail (SW_IS_REMINDERS_CLIENT (self));

  call_service (self, "Pause", g_variant_new ("(x)", seconds));
}

void
sw_reminders_client_resume (SwRemindersClient *self)
{
  g_return_if_fail (SW_IS_REMINDERS_CLIENT (self));

  call_service (self, "Resume", NULL);
}

void
sw_reminders_client_finish_break (SwRemindersClient *self,
                                  gboolean           completed)
{
  g_return_if_fail (SW_IS_REMINDERS_CLIENT (self));

  call_service (self, "FinishBreak", g_variant_new ("(b)", completed));
}

void
sw_reminders_client_snooze (SwRemindersClient *self)
{
  g_return_if_fail (SW_IS_REMINDERS_CLIENT (self));

  call_service (self, "Snooze", NULL);
}

void
sw_reminders_client_skip (SwRemindersClient *self)
{
  g_return_if_fail (SW_IS_REMINDERS_CLIENT (self));

  call_service (self, "Skip", NULL);
}

static const char *
find_service_program (void)
{
  const char *path = g_getenv ("SITWELL_REMINDERS_PATH");

  return path != NULL ? path : LIBEXECDIR "/sitwell-reminders";
}

/* Starts the service when it is not running: the installed program, or the
 * one `SITWELL_REMINDERS_PATH` names (an uninstalled build). The bus name is
 * the lock, so a second copy exits by itself. */
gboolean
sw_reminders_client_start_service (SwRemindersClient  *self,
                                   GError            **error)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) spawn_error = NULL;
  const char *program;

  g_return_val_if_fail (SW_IS_REMINDERS_CLIENT (self), FALSE);

  if (sw_reminders_client_get_available (self))
    return TRUE;

  program = find_service_program ();
  process = g_subprocess_new (G_SUBPROCESS_FLAGS_NONE, &spawn_error, program, NULL);
  if (process == NULL)
    {
      g_debug ("Cannot run %s: %s", program, spawn_error->message);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("Stand-up reminders could not start: their service (%s) is missing or "
                     "cannot run. Reinstalling Sitwell should fix this."), program);
      return FALSE;
    }

  return TRUE;
}

/* Starts the service if it is not running, as soon as that is known. A
 * failure is reported through ::call-failed. */
void
sw_reminders_client_ensure_service (SwRemindersClient *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (SW_IS_REMINDERS_CLIENT (self));

  if (self->proxy == NULL)
    {
      self->wants_service = TRUE;
      return;
    }

  self->wants_service = FALSE;
  if (!sw_reminders_client_start_service (self, &error))
    {
      g_debug ("%s", error->message);
      g_signal_emit (self, signals[CALL_FAILED], 0, error->message);
    }
}

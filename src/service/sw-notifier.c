/* sw-notifier.c: the one desktop notification of the reminder service
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-notifier.h"

#include <glib/gi18n-lib.h>
#include <libnotify/notify.h>

/**
 * SwNotifier:
 *
 * Shows the stand-up reminder as a desktop notification, through libnotify
 * and only here.
 *
 * There is one #NotifyNotification at a time: a new reminder updates it
 * (the server replaces it in place) instead of stacking a second one, and
 * it is kept until the server says it was closed, or its actions could
 * never fire. Buttons are added only when the server lists the `actions`
 * capability; a press is reported by #SwNotifier::action-invoked.
 *
 * With no notification server at all, #SwNotifier:available is %FALSE,
 * the reason is logged once with g_debug(), and every show returns %FALSE
 * so the caller can fall back to the app's window. The server is probed
 * again before each reminder and whenever its bus name appears.
 *
 * A server that leaves the bus (it crashed, the shell restarted) takes our
 * notification with it: #SwNotifier:available turns %FALSE at once, and the
 * notification is forgotten, so that an action for its id from whichever
 * server comes next (ids start again at 1) is never taken for ours.
 */

#define NOTIFY_BUS_NAME "org.freedesktop.Notifications"

struct _SwNotifier
{
  GObject             parent_instance;

  NotifyNotification *notification;
  guint               watch_id;
  /* The unique bus name of the server our notification went to. */
  char               *server_owner;

  gboolean            available;
  gboolean            has_actions;
  gboolean            has_body_markup;
  gboolean            sound;
  gboolean            reported_unavailable;
};

G_DEFINE_FINAL_TYPE (SwNotifier, sw_notifier, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_AVAILABLE,
  PROP_HAS_ACTIONS,
  PROP_SOUND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ACTION_INVOKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
caps_contain (GList      *caps,
              const char *cap)
{
  return g_list_find_custom (caps, cap, (GCompareFunc) g_strcmp0) != NULL;
}

static void
set_available (SwNotifier *self,
               gboolean    available,
               const char *reason)
{
  /* Once per outage, however often we ask again. */
  if (!available && !self->reported_unavailable)
    g_debug ("Desktop notifications are unavailable (%s); the app shows reminders instead",
             reason);
  self->reported_unavailable = !available;

  if (self->available == available)
    return;

  self->available = available;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AVAILABLE]);
}

static void
set_has_actions (SwNotifier *self,
                 gboolean    has_actions)
{
  if (self->has_actions == has_actions)
    return;

  self->has_actions = has_actions;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_ACTIONS]);
}

/* Asks the server who it is and what it can do. GetServerInformation goes
 * first because, unlike notify_get_server_caps(), it fails quietly when no
 * server answers. */
static void
probe_server (SwNotifier *self)
{
  GList *caps;

  if (!notify_get_server_info (NULL, NULL, NULL, NULL))
    {
      set_available (self, FALSE, "no server answers on the session bus");
      return;
    }

  caps = notify_get_server_caps ();
  self->has_body_markup = caps_contain (caps, "body-markup");
  set_has_actions (self, caps_contain (caps, "actions"));
  g_list_free_full (caps, g_free);

  set_available (self, TRUE, NULL);
}

/* libnotify 0.8 has no g_autoptr for its types. */
static void
drop_notification (SwNotifier *self)
{
  NotifyNotification *notification = g_steal_pointer (&self->notification);

  if (notification == NULL)
    return;

  g_signal_handlers_disconnect_by_data (notification, self);
  g_object_unref (notification);
}

static void
notification_closed_cb (NotifyNotification *notification,
                        SwNotifier         *self)
{
  g_debug ("Reminder notification closed (reason %d)",
           notify_notification_get_closed_reason (notification));

  if (notification == self->notification)
    drop_notification (self);
}

static void
notification_action_cb (NotifyNotification *notification,
                        char               *action,
                        gpointer            user_data)
{
  SwNotifier *self = SW_NOTIFIER (user_data);

  g_signal_emit (self, signals[ACTION_INVOKED], 0,
                 action, notify_notification_get_activation_token (notification));
}

static void
notify_name_appeared_cb (GDBusConnection *connection,
                         const char      *name,
                         const char      *name_owner,
                         gpointer         user_data)
{
  SwNotifier *self = SW_NOTIFIER (user_data);

  /* Another server took the name over: what we showed is not its own. */
  if (self->server_owner != NULL && g_strcmp0 (self->server_owner, name_owner) != 0)
    drop_notification (self);
  g_free (self->server_owner);
  self->server_owner = g_strdup (name_owner);

  if (!self->available)
    probe_server (self);
}

static void
notify_name_vanished_cb (GDBusConnection *connection,
                         const char      *name,
                         gpointer         user_data)
{
  SwNotifier *self = SW_NOTIFIER (user_data);

  drop_notification (self);
  g_clear_pointer (&self->server_owner, g_free);

  /* Also called once at start when there is no server: nothing changes then. */
  set_available (self, FALSE, "the notification server left the session bus");
}

static void
sw_notifier_constructed (GObject *object)
{
  SwNotifier *self = SW_NOTIFIER (object);

  G_OBJECT_CLASS (sw_notifier_parent_class)->constructed (object);

  if (!notify_is_initted ())
    notify_init ("Sitwell");

  probe_server (self);

  self->watch_id = g_bus_watch_name (G_BUS_TYPE_SESSION,
                                     NOTIFY_BUS_NAME,
                                     G_BUS_NAME_WATCHER_FLAGS_NONE,
                                     notify_name_appeared_cb,
                                     notify_name_vanished_cb,
                                     self, NULL);
}

static void
sw_notifier_dispose (GObject *object)
{
  SwNotifier *self = SW_NOTIFIER (object);

  g_clear_handle_id (&self->watch_id, g_bus_unwatch_name);
  drop_notification (self);

  G_OBJECT_CLASS (sw_notifier_parent_class)->dispose (object);
}

static void
sw_notifier_finalize (GObject *object)
{
  SwNotifier *self = SW_NOTIFIER (object);

  g_clear_pointer (&self->server_owner, g_free);

  G_OBJECT_CLASS (sw_notifier_parent_class)->finalize (object);
}

static void
sw_notifier_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SwNotifier *self = SW_NOTIFIER (object);

  switch (prop_id)
    {
    case PROP_AVAILABLE:
      g_value_set_boolean (value, self->available);
      break;
    case PROP_HAS_ACTIONS:
      g_value_set_boolean (value, self->has_actions);
      break;
    case PROP_SOUND:
      g_value_set_boolean (value, self->sound);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_notifier_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  SwNotifier *self = SW_NOTIFIER (object);

  switch (prop_id)
    {
    case PROP_SOUND:
      sw_notifier_set_sound (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_notifier_class_init (SwNotifierClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = sw_notifier_constructed;
  object_class->dispose = sw_notifier_dispose;
  object_class->finalize = sw_notifier_finalize;
  object_class->get_property = sw_notifier_get_property;
  object_class->set_property = sw_notifier_set_property;

  properties[PROP_AVAILABLE] =
    g_param_spec_boolean ("available", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_HAS_ACTIONS] =
    g_param_spec_boolean ("has-actions", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SOUND] =
    g_param_spec_boolean ("sound", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SwNotifier::action-invoked:
   * @self: the notifier
   * @action: %SW_NOTIFIER_ACTION_START_BREAK, %SW_NOTIFIER_ACTION_SNOOZE
   *   or %SW_NOTIFIER_ACTION_SKIP
   * @activation_token: (nullable): the token the server gave to raise a
   *   window in answer, if any
   *
   * The user pressed one of the reminder's buttons.
   */
  signals[ACTION_INVOKED] =
    g_signal_new ("action-invoked",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2,
                  G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE,
                  G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
sw_notifier_init (SwNotifier *self)
{
  self->sound = TRUE;
}

/**
 * sw_notifier_new:
 *
 * Initialises libnotify (once per process) and probes the server.
 *
 * Returns: (transfer full): a new notifier
 */
SwNotifier *
sw_notifier_new (void)
{
  return g_object_new (SW_TYPE_NOTIFIER, NULL);
}

/**
 * sw_notifier_get_available:
 *
 * Returns: whether a notification server answered the last time we asked
 */
gboolean
sw_notifier_get_available (SwNotifier *self)
{
  g_return_val_if_fail (SW_IS_NOTIFIER (self), FALSE);

  return self->available;
}

/**
 * sw_notifier_get_has_actions:
 *
 * Returns: whether the server shows buttons; without them the reminder is a
 *   plain notification and the app (if open) shows the prompt
 */
gboolean
sw_notifier_get_has_actions (SwNotifier *self)
{
  g_return_val_if_fail (SW_IS_NOTIFIER (self), FALSE);

  return self->has_actions;
}

gboolean
sw_notifier_get_sound (SwNotifier *self)
{
  g_return_val_if_fail (SW_IS_NOTIFIER (self), FALSE);

  return self->sound;
}

/**
 * sw_notifier_set_sound:
 * @sound: whether reminders ask the server for a sound
 */
void
sw_notifier_set_sound (SwNotifier *self,
                       gboolean    sound)
{
  g_return_if_fail (SW_IS_NOTIFIER (self));

  sound = !!sound;
  if (self->sound == sound)
    return;

  self->sound = sound;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOUND]);
}

/* Whether a server answers, asking again if none did last time. */
static gboolean
check_available (SwNotifier *self)
{
  if (!self->available)
    probe_server (self);

  return self->available;
}

/* @body as the server reads it: escaped when it reads markup, since
 * translations and anything else we did not write may hold '<' or '&'. */
static char *
dup_body_text (SwNotifier *self,
               const char *body)
{
  return self->has_body_markup ? g_markup_escape_text (body, -1) : g_strdup (body);
}

static void
add_action (SwNotifier *self,
            const char *action,
            const char *label)
{
  notify_notification_add_action (self->notification, action, label,
                                  notification_action_cb, self, NULL);
}

/**
 * sw_notifier_show_reminder:
 * @summary: the title, plain text
 * @body: the text, plain text: it is escaped when the server reads markup
 * @can_snooze: whether to offer Snooze
 *
 * Shows the reminder, replacing the one still on screen if there is one.
 *
 * Returns: whether the server took it; %FALSE when notifications are
 *   unavailable (see #SwNotifier:available)
 */
gboolean
sw_notifier_show_reminder (SwNotifier *self,
                           const char *summary,
                           const char *body,
                           gboolean    can_snooze)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (SW_IS_NOTIFIER (self), FALSE);
  g_return_val_if_fail (summary != NULL, FALSE);
  g_return_val_if_fail (body != NULL, FALSE);

  if (!check_available (self))
    return FALSE;

  text = dup_body_text (self, body);
  if (self->notification == NULL)
    {
      self->notification = notify_notification_new (summary, text, SW_NOTIFIER_DESKTOP_ENTRY);
      g_signal_connect (self->notification, "closed",
                        G_CALLBACK (notification_closed_cb), self);
    }
  else
    {
      notify_notification_update (self->notification, summary, text, SW_NOTIFIER_DESKTOP_ENTRY);
    }

  notify_notification_set_hint_string (self->notification, "desktop-entry",
                                       SW_NOTIFIER_DESKTOP_ENTRY);
  notify_notification_set_hint (self->notification, "sound-name",
                                self->sound ? g_variant_new_string (SW_NOTIFIER_SOUND_NAME)
                                            : NULL);
  notify_notification_set_hint (self->notification, "suppress-sound",
                                self->sound ? NULL : g_variant_new_boolean (TRUE));

  notify_notification_clear_actions (self->notification);
  if (self->has_actions)
    {
      add_action (self, SW_NOTIFIER_ACTION_START_BREAK, _("Start break"));
      if (can_snooze)
        add_action (self, SW_NOTIFIER_ACTION_SNOOZE, _("Snooze"));
      add_action (self, SW_NOTIFIER_ACTION_SKIP, _("Skip"));
    }

  if (!notify_notification_show (self->notification, &error))
    {
      drop_notification (self);
      set_available (self, FALSE, error->message);
      return FALSE;
    }

  return TRUE;
}

/**
 * sw_notifier_withdraw:
 *
 * Closes the reminder if it is still on screen: it was answered elsewhere.
 */
void
sw_notifier_withdraw (SwNotifier *self)
{
  NotifyNotification *notification;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (SW_IS_NOTIFIER (self));

  if (self->notification == NULL)
    return;

  notification = g_object_ref (self->notification);
  drop_notification (self);

  if (!notify_notification_close (notification, &error))
    g_debug ("Could not withdraw the reminder notification: %s", error->message);

  g_object_unref (notification);
}

/**
 * sw_notifier_show_note:
 * @summary: the title, plain text
 * @body: the text, plain text: it is escaped when the server reads markup
 *
 * Shows a one-off notice beside the reminder (the monthly desk re-check),
 * without actions; clicking it opens the app through its desktop entry.
 *
 * Returns: whether the server took it
 */
gboolean
sw_notifier_show_note (SwNotifier *self,
                       const char *summary,
                       const char *body)
{
  NotifyNotification *note;
  gboolean shown;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (SW_IS_NOTIFIER (self), FALSE);
  g_return_val_if_fail (summary != NULL, FALSE);
  g_return_val_if_fail (body != NULL, FALSE);

  if (!check_available (self))
    return FALSE;

  text = dup_body_text (self, body);
  note = notify_notification_new (summary, text, SW_NOTIFIER_DESKTOP_ENTRY);
  notify_notification_set_hint_string (note, "desktop-entry", SW_NOTIFIER_DESKTOP_ENTRY);
  shown = notify_notification_show (note, &error);
  g_object_unref (note);

  if (!shown)
    set_available (self, FALSE, error->message);

  return shown;
}

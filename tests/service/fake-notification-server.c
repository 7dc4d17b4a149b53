/* fake-notification-server.c: org.freedesktop.Notifications for tests
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fake-notification-server.h"

/*
 * The server runs in its own thread, with its own connection and main
 * context, because libnotify calls Notify synchronously from the main
 * thread: a server dispatched there would never answer. It records every
 * call; the test thread reads the records under the mutex and makes the
 * server emit ActionInvoked and NotificationClosed.
 */

#define NOTIFY_NAME      "org.freedesktop.Notifications"
#define NOTIFY_PATH      "/org/freedesktop/Notifications"
#define NOTIFY_INTERFACE "org.freedesktop.Notifications"

static const char introspection_xml[] =
  "<node>"
  "  <interface name='org.freedesktop.Notifications'>"
  "    <method name='GetCapabilities'>"
  "      <arg type='as' direction='out'/>"
  "    </method>"
  "    <method name='GetServerInformation'>"
  "      <arg type='s' direction='out'/>"
  "      <arg type='s' direction='out'/>"
  "      <arg type='s' direction='out'/>"
  "      <arg type='s' direction='out'/>"
  "    </method>"
  "    <method name='Notify'>"
  "      <arg type='s' direction='in'/>"
  "      <arg type='u' direction='in'/>"
  "      <arg type='s' direction='in'/>"
  "      <arg type='s' direction='in'/>"
  "      <arg type='s' direction='in'/>"
  "      <arg type='as' direction='in'/>"
  "      <arg type='a{sv}' direction='in'/>"
  "      <arg type='i' direction='in'/>"
  "      <arg type='u' direction='out'/>"
  "    </method>"
  "    <method name='CloseNotification'>"
  "      <arg type='u' direction='in'/>"
  "    </method>"
  "    <signal name='NotificationClosed'>"
  "      <arg type='u'/>"
  "      <arg type='u'/>"
  "    </signal>"
  "    <signal name='ActionInvoked'>"
  "      <arg type='u'/>"
  "      <arg type='s'/>"
  "    </signal>"
  "  </interface>"
  "</node>";

struct _FakeNotificationServer
{
  GThread         *thread;
  GMainContext    *context;
  GMainLoop       *loop;
  GDBusConnection *connection;
  char           **capabilities;

  GMutex           mutex;
  GCond            cond;
  gboolean         ready;
  char            *error;

  GPtrArray       *notifies;
  GHashTable      *open_ids;
  guint32          next_id;
  guint            n_closes;
  gboolean         failing;
};

void
fake_notify_free (FakeNotify *notify)
{
  g_free (notify->app_name);
  g_free (notify->app_icon);
  g_free (notify->summary);
  g_free (notify->body);
  g_strfreev (notify->actions);
  g_clear_pointer (&notify->hints, g_variant_unref);
  g_free (notify);
}

static FakeNotify *
fake_notify_copy (FakeNotify *notify)
{
  FakeNotify *copy = g_new0 (FakeNotify, 1);

  copy->app_name = g_strdup (notify->app_name);
  copy->replaces_id = notify->replaces_id;
  copy->id = notify->id;
  copy->app_icon = g_strdup (notify->app_icon);
  copy->summary = g_strdup (notify->summary);
  copy->body = g_strdup (notify->body);
  copy->actions = g_strdupv (notify->actions);
  copy->hints = g_variant_ref (notify->hints);
  copy->expire_timeout = notify->expire_timeout;

  return copy;
}

const char *
fake_notify_get_hint_string (FakeNotify *notify,
                             const char *key)
{
  const char *value = NULL;

  if (!g_variant_lookup (notify->hints, key, "&s", &value))
    return NULL;

  return value;
}

gboolean
fake_notify_has_hint (FakeNotify *notify,
                      const char *key)
{
  g_autoptr(GVariant) value = g_variant_lookup_value (notify->hints, key, NULL);

  return value != NULL;
}

static gboolean
fake_notification_server_is_failing (FakeNotificationServer *self)
{
  gboolean failing;

  g_mutex_lock (&self->mutex);
  failing = self->failing;
  g_mutex_unlock (&self->mutex);

  return failing;
}

/* In the server thread */

static void
method_call_cb (GDBusConnection       *connection,
                const char            *sender,
                const char            *object_path,
                const char            *interface_name,
                const char            *method_name,
                GVariant              *parameters,
                GDBusMethodInvocation *invocation,
                gpointer               user_data)
{
  FakeNotificationServer *self = user_data;

  if (g_str_equal (method_name, "GetCapabilities"))
    {
      g_dbus_method_invocation_return_value (invocation,
                                             g_variant_new ("(^as)", self->capabilities));
    }
  else if (g_str_equal (method_name, "GetServerInformation"))
    {
      g_dbus_method_invocation_return_value (invocation,
                                             g_variant_new ("(ssss)", "Fake", "Sitwell tests",
                                                            "1.0", "1.2"));
    }
  else if (g_str_equal (method_name, "Notify") && fake_notification_server_is_failing (self))
    {
      g_dbus_method_invocation_return_error (invocation, G_DBUS_ERROR, G_DBUS_ERROR_FAILED,
                                             "The fake server is broken");
    }
  else if (g_str_equal (method_name, "Notify"))
    {
      FakeNotify *notify = g_new0 (FakeNotify, 1);
      guint32 id;

      g_variant_get (parameters, "(susss^as@a{sv}i)",
                     &notify->app_name, &notify->replaces_id, &notify->app_icon,
                     &notify->summary, &notify->body, &notify->actions,
                     &notify->hints, &notify->expire_timeout);

      g_mutex_lock (&self->mutex);
      if (notify->replaces_id != 0 &&
          g_hash_table_contains (self->open_ids, GUINT_TO_POINTER (notify->replaces_id)))
        id = notify->replaces_id;
      else
        id = self->next_id++;
      notify->id = id;
      g_hash_table_add (self->open_ids, GUINT_TO_POINTER (id));
      g_ptr_array_add (self->notifies, notify);
      g_mutex_unlock (&self->mutex);

      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(u)", id));
    }
  else if (g_str_equal (method_name, "CloseNotification"))
    {
      guint32 id;

      g_variant_get (parameters, "(u)", &id);

      g_mutex_lock (&self->mutex);
      self->n_closes++;
      g_mutex_unlock (&self->mutex);

      g_dbus_method_invocation_return_value (invocation, NULL);
      fake_notification_server_close (self, id, 3);
    }
  else
    {
      g_dbus_method_invocation_return_error (invocation, G_DBUS_ERROR,
                                             G_DBUS_ERROR_UNKNOWN_METHOD,
                                             "No method %s", method_name);
    }
}

static const GDBusInterfaceVTable vtable = { method_call_cb, NULL, NULL, { 0 } };

static gboolean
start_serving (FakeNotificationServer  *self,
               guint                   *registration_id,
               GError                 **error)
{
  g_autoptr(GDBusNodeInfo) info = NULL;
  g_autoptr(GVariant) reply = NULL;
  g_autofree char *address = NULL;
  guint32 result;

  address = g_dbus_address_get_for_bus_sync (G_BUS_TYPE_SESSION, NULL, error);
  if (address == NULL)
    return FALSE;

  self->connection =
    g_dbus_connection_new_for_address_sync (address,
                                            G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                            G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                            NULL, NULL, error);
  if (self->connection == NULL)
    return FALSE;

  info = g_dbus_node_info_new_for_xml (introspection_xml, error);
  if (info == NULL)
    return FALSE;

  *registration_id = g_dbus_connection_register_object (self->connection, NOTIFY_PATH,
                                                        info->interfaces[0], &vtable,
                                                        self, NULL, error);
  if (*registration_id == 0)
    return FALSE;

  /* DBUS_NAME_FLAG_DO_NOT_QUEUE */
  reply = g_dbus_connection_call_sync (self->connection,
                                       "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "RequestName",
                                       g_variant_new ("(su)", NOTIFY_NAME, 4),
                                       G_VARIANT_TYPE ("(u)"), G_DBUS_CALL_FLAGS_NONE,
                                       -1, NULL, error);
  if (reply == NULL)
    return FALSE;

  g_variant_get (reply, "(u)", &result);
  if (result != 1)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS, "%s is owned already", NOTIFY_NAME);
      return FALSE;
    }

  return TRUE;
}

static gpointer
server_thread (gpointer data)
{
  FakeNotificationServer *self = data;
  g_autoptr(GError) error = NULL;
  guint registration_id = 0;
  gboolean serving;

  g_main_context_push_thread_default (self->context);

  serving = start_serving (self, &registration_id, &error);

  g_mutex_lock (&self->mutex);
  self->ready = TRUE;
  if (!serving)
    self->error = g_strdup (error->message);
  g_cond_signal (&self->cond);
  g_mutex_unlock (&self->mutex);

  if (serving)
    g_main_loop_run (self->loop);

  if (self->connection != NULL)
    {
      g_autoptr(GVariant) reply = NULL;

      if (registration_id != 0)
        g_dbus_connection_unregister_object (self->connection, registration_id);

      /* Released before we return, so the next server can take the name. */
      reply = g_dbus_connection_call_sync (self->connection,
                                           "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                           "org.freedesktop.DBus", "ReleaseName",
                                           g_variant_new ("(s)", NOTIFY_NAME),
                                           G_VARIANT_TYPE ("(u)"), G_DBUS_CALL_FLAGS_NONE,
                                           -1, NULL, NULL);
      g_dbus_connection_close_sync (self->connection, NULL, NULL);
    }

  g_main_context_pop_thread_default (self->context);

  return NULL;
}

/* In the test thread */

/**
 * fake_notification_server_new:
 * @capabilities: what GetCapabilities answers, e.g. "actions", "body-markup"
 *
 * Starts a server on the session bus (the test's private bus) and returns
 * once it owns org.freedesktop.Notifications.
 */
FakeNotificationServer *
fake_notification_server_new (const char * const *capabilities)
{
  FakeNotificationServer *self = g_new0 (FakeNotificationServer, 1);

  self->capabilities = g_strdupv ((char **) capabilities);
  self->context = g_main_context_new ();
  self->loop = g_main_loop_new (self->context, FALSE);
  self->notifies = g_ptr_array_new_with_free_func ((GDestroyNotify) fake_notify_free);
  self->open_ids = g_hash_table_new (NULL, NULL);
  self->next_id = 1;
  g_mutex_init (&self->mutex);
  g_cond_init (&self->cond);

  self->thread = g_thread_new ("fake-notification-server", server_thread, self);

  g_mutex_lock (&self->mutex);
  while (!self->ready)
    g_cond_wait (&self->cond, &self->mutex);
  g_mutex_unlock (&self->mutex);

  if (self->error != NULL)
    g_error ("The fake notification server did not start: %s", self->error);

  return self;
}

void
fake_notification_server_free (FakeNotificationServer *self)
{
  g_main_loop_quit (self->loop);
  g_thread_join (self->thread);

  g_clear_object (&self->connection);
  g_main_loop_unref (self->loop);
  g_main_context_unref (self->context);
  g_ptr_array_unref (self->notifies);
  g_hash_table_unref (self->open_ids);
  g_strfreev (self->capabilities);
  g_free (self->error);
  g_mutex_clear (&self->mutex);
  g_cond_clear (&self->cond);
  g_free (self);
}

guint
fake_notification_server_get_n_notifies (FakeNotificationServer *self)
{
  guint n;

  g_mutex_lock (&self->mutex);
  n = self->notifies->len;
  g_mutex_unlock (&self->mutex);

  return n;
}

/**
 * fake_notification_server_dup_notify:
 * @index: which Notify, counting from 0
 *
 * Returns: (transfer full): a copy of that call's arguments
 */
FakeNotify *
fake_notification_server_dup_notify (FakeNotificationServer *self,
                                     guint                   index)
{
  FakeNotify *copy;

  g_mutex_lock (&self->mutex);
  g_assert_cmpuint (index, <, self->notifies->len);
  copy = fake_notify_copy (g_ptr_array_index (self->notifies, index));
  g_mutex_unlock (&self->mutex);

  return copy;
}

guint
fake_notification_server_get_n_closes (FakeNotificationServer *self)
{
  guint n;

  g_mutex_lock (&self->mutex);
  n = self->n_closes;
  g_mutex_unlock (&self->mutex);

  return n;
}

typedef struct
{
  FakeNotificationServer *self;
  guint                   n;
} CountData;

static gboolean
has_notifies (gpointer data)
{
  CountData *count = data;

  return fake_notification_server_get_n_notifies (count->self) >= count->n;
}

static gboolean
has_closes (gpointer data)
{
  CountData *count = data;

  return fake_notification_server_get_n_closes (count->self) >= count->n;
}

gboolean
fake_notification_server_wait_for_notifies (FakeNotificationServer *self,
                                            guint                   n)
{
  CountData count = { self, n };

  return fake_wait_until (has_notifies, &count);
}

gboolean
fake_notification_server_wait_for_closes (FakeNotificationServer *self,
                                          guint                   n)
{
  CountData count = { self, n };

  return fake_wait_until (has_closes, &count);
}

/* As if the user pressed the button. */
void
fake_notification_server_invoke_action (FakeNotificationServer *self,
                                        guint32                 id,
                                        const char             *action)
{
  g_dbus_connection_emit_signal (self->connection, NULL, NOTIFY_PATH, NOTIFY_INTERFACE,
                                 "ActionInvoked", g_variant_new ("(us)", id, action), NULL);
}

/* As if the notification expired (1), was dismissed (2) or closed (3). */
void
fake_notification_server_close (FakeNotificationServer *self,
                                guint32                 id,
                                guint32                 reason)
{
  gboolean was_open;

  g_mutex_lock (&self->mutex);
  was_open = g_hash_table_remove (self->open_ids, GUINT_TO_POINTER (id));
  g_mutex_unlock (&self->mutex);

  if (was_open)
    g_dbus_connection_emit_signal (self->connection, NULL, NOTIFY_PATH, NOTIFY_INTERFACE,
                                   "NotificationClosed", g_variant_new ("(uu)", id, reason),
                                   NULL);
}

/* Gives the name up but stays connected, as a server being replaced does:
 * what it sends from now on comes from a server that is not the owner. */
void
fake_notification_server_release_name (FakeNotificationServer *self)
{
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;
  guint32 result;

  reply = g_dbus_connection_call_sync (self->connection,
                                       "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "ReleaseName",
                                       g_variant_new ("(s)", NOTIFY_NAME),
                                       G_VARIANT_TYPE ("(u)"), G_DBUS_CALL_FLAGS_NONE,
                                       -1, NULL, &error);
  g_assert_no_error (error);
  g_variant_get (reply, "(u)", &result);
  /* DBUS_RELEASE_NAME_REPLY_RELEASED */
  g_assert_cmpuint (result, ==, 1);
}

/* Notify answers an error while set: a server that is there but broken. */
void
fake_notification_server_set_failing (FakeNotificationServer *self,
                                      gboolean                failing)
{
  g_mutex_lock (&self->mutex);
  self->failing = failing;
  g_mutex_unlock (&self->mutex);
}

/* Returns once the bus has passed on everything this server sent before:
 * the bus handles each connection's messages in order. */
void
fake_notification_server_sync (FakeNotificationServer *self)
{
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;

  reply = g_dbus_connection_call_sync (self->connection,
                                       "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "GetId", NULL,
                                       G_VARIANT_TYPE ("(s)"), G_DBUS_CALL_FLAGS_NONE,
                                       -1, NULL, &error);
  g_assert_no_error (error);
}

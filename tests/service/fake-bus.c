/* fake-bus.c: the service tests' private D-Bus session bus
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fake-bus.h"

/*
 * What every service test does with the bus it runs on: start it, open
 * private connections to it (one per fake service or client), take names,
 * and call methods while this thread's main context keeps running, so that
 * a service in this same thread can answer.
 */

#define WAIT_SECONDS 5

/* Waiting */

static gboolean
wake_up_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

gboolean
fake_wait_until (FakeCheck check,
                 gpointer  data)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;
  /* Some conditions change in another thread: look again every 10 ms. */
  guint wake_id = g_timeout_add (10, wake_up_cb, NULL);
  gboolean done;

  while (!(done = check (data)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (wake_id);

  return done;
}

/* Runs whatever is ready to run, and returns when nothing is. */
void
fake_drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Keeps an async call's result in the GAsyncResult * that @user_data
 * points to, for fake_wait_for_result(). */
void
fake_store_result_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static gboolean
has_result (gpointer data)
{
  return *(GAsyncResult **) data != NULL;
}

GAsyncResult *
fake_wait_for_result (GAsyncResult **slot)
{
  g_assert_true (fake_wait_until (has_result, slot));

  return *slot;
}

/* The bus */

/**
 * fake_bus_run_tests:
 *
 * Runs the tests added so far, as g_test_run() does, on a private session
 * bus of their own, with the host's system bus (logind) out of reach.
 *
 * Returns: what g_test_run() returned
 */
int
fake_bus_run_tests (void)
{
  g_autoptr(GTestDBus) bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  int ret;

  g_setenv ("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=/nonexistent/system_bus_socket", TRUE);
  g_test_dbus_up (bus);

  ret = g_test_run ();

  g_test_dbus_down (bus);

  return ret;
}

/**
 * fake_bus_connect:
 *
 * Returns: (transfer full): a connection of its own to the session bus, as
 *   another process would have
 */
GDBusConnection *
fake_bus_connect (void)
{
  GDBusConnectionFlags flags = G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                               G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION;
  g_autoptr(GError) error = NULL;
  g_autofree char *address = g_dbus_address_get_for_bus_sync (G_BUS_TYPE_SESSION, NULL, &error);
  GDBusConnection *connection;

  g_assert_no_error (error);
  connection = g_dbus_connection_new_for_address_sync (address, flags, NULL, NULL, &error);
  g_assert_no_error (error);

  return connection;
}

/* Takes @name on @connection, which must not have been owned. */
void
fake_bus_own_name (GDBusConnection *connection,
                   const char      *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = NULL;
  guint32 result;

  /* DBUS_NAME_FLAG_DO_NOT_QUEUE */
  reply = g_dbus_connection_call_sync (connection, "org.freedesktop.DBus",
                                       "/org/freedesktop/DBus", "org.freedesktop.DBus",
                                       "RequestName", g_variant_new ("(su)", name, 4),
                                       G_VARIANT_TYPE ("(u)"), G_DBUS_CALL_FLAGS_NONE,
                                       -1, NULL, &error);
  g_assert_no_error (error);
  g_variant_get (reply, "(u)", &result);
  /* DBUS_REQUEST_NAME_REPLY_PRIMARY_OWNER */
  g_assert_cmpuint (result, ==, 1);
}

/**
 * fake_bus_call:
 *
 * Calls @method and waits for the answer, running this thread's main
 * context meanwhile. Whatever @name sent this connection before answering
 * has been dispatched by then: a round trip orders what came before it.
 *
 * Returns: (transfer full) (nullable): the reply, or %NULL with @error set
 */
GVariant *
fake_bus_call (GDBusConnection  *connection,
               const char       *name,
               const char       *path,
               const char       *interface,
               const char       *method,
               GVariant         *parameters,
               GError          **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  g_dbus_connection_call (connection, name, path, interface, method, parameters, NULL,
                          G_DBUS_CALL_FLAGS_NO_AUTO_START, -1, NULL,
                          fake_store_result_cb, &result);

  return g_dbus_connection_call_finish (connection, fake_wait_for_result (&result), error);
}

/* service-fixture.c: a reminder daemon on a fake clock, seen from the app's side
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* syscall () */
#define _GNU_SOURCE

#include "config.h"

#include "service-fixture.h"

#include <glib/gstdio.h>
#include <libnotify/notify.h>
#include <linux/capability.h>
#include <sqlite3.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "sw-settings.h"

static const char app_xml[] =
  "<node>"
  "  <interface name='org.freedesktop.Application'>"
  "    <method name='Activate'><arg type='a{sv}' direction='in'/></method>"
  "    <method name='Open'>"
  "      <arg type='as' direction='in'/><arg type='a{sv}' direction='in'/>"
  "    </method>"
  "    <method name='ActivateAction'>"
  "      <arg type='s' direction='in'/><arg type='av' direction='in'/>"
  "      <arg type='a{sv}' direction='in'/>"
  "    </method>"
  "  </interface>"
  "</node>";

/* Talking to the service */

/* Everything the service sent before this has reached the proxy. The call
 * is answered from the service's main context (Peer.Ping would be answered
 * from GDBus's thread), after the property changes it has queued there. */
void
fixture_sync (Fixture *fixture)
{
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;

  reply = fake_bus_call (fixture->app_bus, REMINDERS_ID, FIXTURE_SERVICE_PATH,
                         "org.freedesktop.DBus.Properties", "Get",
                         g_variant_new ("(ss)", "io.github.sitwell.Sitwell.Reminders1", "State"),
                         &error);
  g_assert_no_error (error);
}

/* Calls a Reminders1 method as the app does and waits for the answer. */
void
fixture_call (Fixture     *fixture,
              const char  *method,
              GVariant    *parameters,
              GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GVariant) reply = NULL;

  g_dbus_proxy_call (G_DBUS_PROXY (fixture->proxy), method, parameters, G_DBUS_CALL_FLAGS_NONE,
                     -1, NULL, fake_store_result_cb, &result);
  reply = g_dbus_proxy_call_finish (G_DBUS_PROXY (fixture->proxy),
                                    fake_wait_for_result (&result), error);
}

/* Settings */

void
fixture_reset_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);
  fake_drain ();
}

void
fixture_set_boolean (const char *key,
                     gboolean    value)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_settings_set_boolean (settings, key, value);
  fake_drain ();
}

void
fixture_set_int (const char *key,
                 int         value)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_settings_set_int (settings, key, value);
  fake_drain ();
}

/* The fake app */

static void
app_method_cb (GDBusConnection       *connection,
               const char            *sender,
               const char            *object_path,
               const char            *interface_name,
               const char            *method_name,
               GVariant              *parameters,
               GDBusMethodInvocation *invocation,
               gpointer               user_data)
{
  Fixture *fixture = user_data;

  if (g_str_equal (method_name, "ActivateAction"))
    {
      const char *action;

      g_variant_get (parameters, "(&s@av@a{sv})", &action, NULL, NULL);
      g_ptr_array_add (fixture->app_actions, g_strdup (action));
    }

  g_dbus_method_invocation_return_value (invocation, NULL);
}

static const GDBusInterfaceVTable app_vtable = { app_method_cb, NULL, NULL, { 0 } };

void
fixture_start_fake_app (Fixture *fixture)
{
  g_autoptr(GDBusNodeInfo) info = g_dbus_node_info_new_for_xml (app_xml, NULL);
  g_autoptr(GError) error = NULL;

  fixture->app_registration =
    g_dbus_connection_register_object (fixture->app_bus, SW_REMINDER_SERVICE_APP_OBJECT_PATH,
                                       info->interfaces[0], &app_vtable, fixture, NULL, &error);
  g_assert_no_error (error);
  fake_bus_own_name (fixture->app_bus, APP_ID);
}

/* Stands in for `sitwell` where the app is not running: it writes down
 * its arguments. */
static char *
write_app_script (void)
{
  char *path = g_build_filename (g_get_user_data_dir (), "fake-sitwell", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  g_file_set_contents (path, "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$0.args.tmp\"\n"
                             "mv \"$0.args.tmp\" \"$0.args\"\n", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (path, 0755), ==, 0);

  return path;
}

/* Fixture */

static void
break_due_cb (SwDBusReminders1 *proxy,
              Fixture          *fixture)
{
  fixture->n_break_due++;
}

static void
journal_changed_cb (SwDBusReminders1 *proxy,
                    Fixture          *fixture)
{
  fixture->n_journal_changed++;
}

/* A service on the fixture's clock, and the app's proxy for it. */
static void
start_service (Fixture *fixture)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  fixture->service = g_object_new (SW_TYPE_REMINDER_SERVICE,
                                   "application-id", REMINDERS_ID,
                                   "flags", G_APPLICATION_IS_SERVICE,
                                   "clock", fixture->clock,
                                   "app-path", fixture->app_script,
                                   "autostart-template", SW_TEST_AUTOSTART_TEMPLATE,
                                   NULL);
  g_assert_true (g_application_register (G_APPLICATION (fixture->service), NULL, &error));
  g_assert_no_error (error);

  /* Asynchronously: the service answers from this same thread. */
  sw_dbus_reminders1_proxy_new (fixture->app_bus, G_DBUS_PROXY_FLAGS_NONE,
                                REMINDERS_ID, FIXTURE_SERVICE_PATH, NULL,
                                fake_store_result_cb, &result);
  fixture->proxy = sw_dbus_reminders1_proxy_new_finish (fake_wait_for_result (&result), &error);
  g_assert_no_error (error);
  g_signal_connect (fixture->proxy, "break-due", G_CALLBACK (break_due_cb), fixture);
  g_signal_connect (fixture->proxy, "journal-changed", G_CALLBACK (journal_changed_cb), fixture);
}

/* The service as the fixture leaves it: a crash, as far as it knows (it
 * never shuts down), so its saved schedule stays. */
static void
drop_service (Fixture *fixture)
{
  g_clear_object (&fixture->proxy);
  g_assert_finalize_object (fixture->service);
  fixture->service = NULL;
  /* libnotify keeps a proxy for the whole process: start the next afresh. */
  notify_uninit ();
}

void
fixture_setup (Fixture       *fixture,
               gconstpointer  capabilities)
{
  fixture_reset_settings ();
  /* Only its own test wants the monthly desk notice and its timer. */
  fixture_set_boolean (SW_SETTINGS_KEY_DESK_RECHECK_MONTHLY, FALSE);

  if (capabilities != NULL)
    fixture->server = fake_notification_server_new (capabilities);

  /* Monday 2 March 2026, 10:00 (TZ=UTC). */
  fixture->clock = sw_fake_clock_new_local (2026, 3, 2, 10, 0);
  fixture->start_real_us = sw_clock_get_real_us (SW_CLOCK (fixture->clock));
  fixture->app_script = write_app_script ();
  fixture->app_actions = g_ptr_array_new_with_free_func (g_free);
  fixture->app_bus = fake_bus_connect ();

  start_service (fixture);
}

/**
 * fixture_crash_restart:
 * @down_us: how long it stays down
 *
 * Ends the service as a crash would (it does not quit, so its saved
 * schedule stays), lets @down_us pass and starts a new one, as the app
 * does. The new one reads the same wall clock from a clock of its own,
 * whose monotonic time starts elsewhere, as a new process's would.
 */
void
fixture_crash_restart (Fixture *fixture,
                           gint64   down_us)
{
  gint64 real_now = fixture_real_now (fixture) + down_us;

  drop_service (fixture);
  fake_drain ();
  g_assert_finalize_object (fixture->clock);
  fixture->clock = sw_fake_clock_new (real_now);
  fixture->n_break_due = 0;
  fixture->n_journal_changed = 0;
  start_service (fixture);
}

void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  capabilities)
{
  if (fixture->app_registration != 0)
    g_dbus_connection_unregister_object (fixture->app_bus, fixture->app_registration);
  drop_service (fixture);
  g_dbus_connection_close_sync (fixture->app_bus, NULL, NULL);
  g_clear_object (&fixture->app_bus);

  g_clear_pointer (&fixture->server, fake_notification_server_free);
  g_assert_finalize_object (fixture->clock);

  g_ptr_array_unref (fixture->app_actions);
  g_free (fixture->app_script);
  fake_drain ();
}

/* Moves the fake clock on and does what the armed timeout would. */
void
fixture_advance (Fixture *fixture,
                 gint64   us)
{
  sw_fake_clock_advance (fixture->clock, us);
  sw_reminder_service_wake (fixture->service);
  fixture_sync (fixture);
}

gint64
fixture_real_now (Fixture *fixture)
{
  return sw_clock_get_real_us (SW_CLOCK (fixture->clock));
}

SwScheduler *
fixture_scheduler (Fixture *fixture)
{
  return sw_reminder_service_get_scheduler (fixture->service);
}

FakeNotify *
fixture_wait_for_notify (Fixture *fixture,
                         guint    index)
{
  g_assert_true (fake_notification_server_wait_for_notifies (fixture->server, index + 1));

  return fake_notification_server_dup_notify (fixture->server, index);
}

typedef struct
{
  Fixture    *fixture;
  const char *state;
} StateData;

static gboolean
has_state (gpointer data)
{
  StateData *wanted = data;

  return g_strcmp0 (sw_dbus_reminders1_get_state (wanted->fixture->proxy), wanted->state) == 0;
}

/* For what the notification server set off: it reaches the service on
 * another connection, so no round trip of ours can order it. */
void
fixture_wait_for_state (Fixture    *fixture,
                        const char *state)
{
  StateData wanted = { fixture, state };

  g_assert_true (fake_wait_until (has_state, &wanted));
}

gboolean
fixture_source_exists (guint id)
{
  return g_main_context_find_source_by_id (NULL, id) != NULL;
}

/* A second connection to the journal the service writes, as the app has. */
SwJournal *
fixture_open_journal (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = sw_journal_get_default_file ();
  SwJournal *journal = sw_journal_open (file, SW_CLOCK (fixture->clock), &error);

  g_assert_no_error (error);
  return journal;
}

/* Every break event in the journal, oldest first, as "kind
 * minutes-after-the-start length_s" (length -1 if none). */
GStrv
fixture_list_break_events (Fixture *fixture)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "sitwell", "journal.db",
                                            NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT time, kind, length_s FROM break_events "
                                           "ORDER BY id", -1, &stmt, NULL), ==, SQLITE_OK);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 minutes = (sqlite3_column_int64 (stmt, 0) - fixture->start_real_us) /
                       (60 * G_USEC_PER_SEC);
      int length = sqlite3_column_type (stmt, 2) == SQLITE_NULL ? -1
                                                                : sqlite3_column_int (stmt, 2);
      g_autofree char *line = g_strdup_printf ("%s %" G_GINT64_FORMAT " %d",
                                               (const char *) sqlite3_column_text (stmt, 1),
                                               minutes, length);

      g_strv_builder_add (builder, line);
    }
  g_assert_cmpint (rc, ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return g_strv_builder_end (builder);
}

/* Asserts the break events in the journal, as fixture_list_break_events ()
 * gives them. */
void
fixture_assert_break_events (Fixture            *fixture,
                             const char * const *expected)
{
  g_auto(GStrv) events = fixture_list_break_events (fixture);

  g_assert_cmpstrv ((const char * const *) events, expected);
}

/* Permissions */

/**
 * fixture_obey_permissions:
 * @obey: whether file permissions bind this thread
 *
 * Tests run as root in containers, and chmod does not stop root. With
 * @obey, the capabilities that let root past file permissions are taken
 * out of this thread's effective set (they stay permitted), so a 0500
 * folder refuses writes as it would for anyone; without, they are put
 * back. SQLite and the service run in this thread. A user without those
 * capabilities is not changed.
 */
void
fixture_obey_permissions (gboolean obey)
{
  struct __user_cap_header_struct header = { _LINUX_CAPABILITY_VERSION_3, 0 };
  struct __user_cap_data_struct data[_LINUX_CAPABILITY_U32S_3] = { { 0 } };
  const guint32 bypass = (1u << CAP_DAC_OVERRIDE) | (1u << CAP_DAC_READ_SEARCH) |
                         (1u << CAP_FOWNER);

  g_assert_cmpint (syscall (SYS_capget, &header, data), ==, 0);

  if (obey)
    data[0].effective &= ~bypass;
  else
    data[0].effective |= data[0].permitted & bypass;

  g_assert_cmpint (syscall (SYS_capset, &header, data), ==, 0);
}

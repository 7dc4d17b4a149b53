/* test-idle-monitor.c: SwIdleMonitor against fake Mutter, screen savers and logind
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <gio/gunixfdlist.h>
#include <glib-unix.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "fake-bus.h"
#include "sw-idle-monitor.h"

#define MUTTER_PATH       "/org/gnome/Mutter/IdleMonitor/Core"
#define MUTTER_INTERFACE  "org.gnome.Mutter.IdleMonitor"
#define GNOME_SAVER_PATH  "/org/gnome/ScreenSaver"
#define FDO_SAVER_PATH    "/org/freedesktop/ScreenSaver"
#define LOGIND_PATH       "/org/freedesktop/login1"
#define LOGIND_INTERFACE  "org.freedesktop.login1.Manager"
#define IDLE_WATCH        7
#define THRESHOLD_MS      1234

static const char fakes_xml[] =
  "<node>"
  "  <interface name='org.gnome.Mutter.IdleMonitor'>"
  "    <method name='AddIdleWatch'>"
  "      <arg type='t' direction='in'/><arg type='u' direction='out'/>"
  "    </method>"
  "    <method name='AddUserActiveWatch'><arg type='u' direction='out'/></method>"
  "    <method name='RemoveWatch'><arg type='u' direction='in'/></method>"
  "    <signal name='WatchFired'><arg type='u'/></signal>"
  "  </interface>"
  "  <interface name='org.gnome.ScreenSaver'>"
  "    <method name='GetActive'><arg type='b' direction='out'/></method>"
  "    <signal name='ActiveChanged'><arg type='b'/></signal>"
  "  </interface>"
  "  <interface name='org.freedesktop.ScreenSaver'>"
  "    <method name='GetActive'><arg type='b' direction='out'/></method>"
  "    <signal name='ActiveChanged'><arg type='b'/></signal>"
  "  </interface>"
  "  <interface name='org.freedesktop.login1.Manager'>"
  "    <method name='Inhibit'>"
  "      <arg type='s' direction='in'/><arg type='s' direction='in'/>"
  "      <arg type='s' direction='in'/><arg type='s' direction='in'/>"
  "      <arg type='h' direction='out'/>"
  "    </method>"
  "    <signal name='PrepareForSleep'><arg type='b'/></signal>"
  "  </interface>"
  "</node>";

/* The other side: one connection playing Mutter, the screen savers and
 * logind, each only when the test registers it. */
typedef struct
{
  GDBusConnection *connection;
  GDBusNodeInfo   *info;
  GArray          *registrations;

  guint64          idle_interval;
  guint            n_idle_watches;
  guint            n_active_watches;
  guint32          active_watch;
  gboolean         gnome_active;
  gboolean         fdo_active;
  guint            n_get_active;
  guint            n_inhibits;
  char            *inhibit_what;
  char            *inhibit_mode;
  int              inhibit_fd;     /* our end of the last inhibitor */
} Fake;

/* What the monitor reported. */
typedef struct
{
  GArray *idle;
  GArray *locked;
  GArray *sleeping;
} Events;

/* A round trip from @from to @to: whatever @to sent @from before (signals,
 * replies) has been dispatched once it returns. */
static void
sync_peer (GDBusConnection *from,
           GDBusConnection *to)
{
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;

  reply = fake_bus_call (from, g_dbus_connection_get_unique_name (to), "/",
                         "org.freedesktop.DBus.Peer", "Ping", NULL, &error);
  g_assert_no_error (error);
}

static void
fake_method_cb (GDBusConnection       *connection,
                const char            *sender,
                const char            *object_path,
                const char            *interface_name,
                const char            *method_name,
                GVariant              *parameters,
                GDBusMethodInvocation *invocation,
                gpointer               user_data)
{
  Fake *fake = user_data;

  if (g_str_equal (method_name, "AddIdleWatch"))
    {
      g_variant_get (parameters, "(t)", &fake->idle_interval);
      fake->n_idle_watches++;
      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(u)", IDLE_WATCH));
    }
  else if (g_str_equal (method_name, "AddUserActiveWatch"))
    {
      fake->active_watch = 100 + ++fake->n_active_watches;
      g_dbus_method_invocation_return_value (invocation,
                                             g_variant_new ("(u)", fake->active_watch));
    }
  else if (g_str_equal (method_name, "RemoveWatch"))
    {
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
  else if (g_str_equal (method_name, "GetActive"))
    {
      gboolean active = g_str_equal (interface_name, "org.gnome.ScreenSaver") ? fake->gnome_active
                                                                               : fake->fdo_active;

      fake->n_get_active++;
      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(b)", active));
    }
  else if (g_str_equal (method_name, "Inhibit"))
    {
      g_autoptr(GUnixFDList) fds = g_unix_fd_list_new ();
      g_autoptr(GError) error = NULL;
      int pipe_fds[2];

      g_free (fake->inhibit_what);
      g_free (fake->inhibit_mode);
      g_variant_get (parameters, "(ssss)", &fake->inhibit_what, NULL, NULL, &fake->inhibit_mode);
      fake->n_inhibits++;

      g_assert_true (g_unix_open_pipe (pipe_fds, FD_CLOEXEC, &error));
      g_assert_true (g_unix_set_fd_nonblocking (pipe_fds[0], TRUE, &error));
      if (fake->inhibit_fd >= 0)
        g_close (fake->inhibit_fd, NULL);
      fake->inhibit_fd = pipe_fds[0];

      /* The caller holds the write end; it is released when closed. */
      g_unix_fd_list_append (fds, pipe_fds[1], &error);
      g_assert_no_error (error);
      g_close (pipe_fds[1], NULL);
      g_dbus_method_invocation_return_value_with_unix_fd_list (invocation,
                                                               g_variant_new ("(h)", 0), fds);
    }
}

static const GDBusInterfaceVTable fake_vtable = { fake_method_cb, NULL, NULL, { 0 } };

static Fake *
fake_new (void)
{
  Fake *fake = g_new0 (Fake, 1);
  g_autoptr(GError) error = NULL;

  fake->connection = fake_bus_connect ();
  fake->info = g_dbus_node_info_new_for_xml (fakes_xml, &error);
  g_assert_no_error (error);
  fake->registrations = g_array_new (FALSE, FALSE, sizeof (guint));
  fake->inhibit_fd = -1;

  return fake;
}

/* Exports one of the fakes at @path and takes its bus name. */
static void
fake_serve (Fake       *fake,
            const char *name,
            const char *path,
            const char *interface)
{
  g_autoptr(GError) error = NULL;
  guint id;

  id = g_dbus_connection_register_object (fake->connection, path,
                                          g_dbus_node_info_lookup_interface (fake->info, interface),
                                          &fake_vtable, fake, NULL, &error);
  g_assert_no_error (error);
  g_array_append_val (fake->registrations, id);
  fake_bus_own_name (fake->connection, name);
}

static void
fake_emit (Fake       *fake,
           const char *path,
           const char *interface,
           const char *signal,
           GVariant   *parameters)
{
  g_autoptr(GError) error = NULL;

  g_dbus_connection_emit_signal (fake->connection, NULL, path, interface, signal,
                                 parameters, &error);
  g_assert_no_error (error);
}

/* As if the service crashed or the shell restarted. */
static void
fake_free (Fake *fake)
{
  for (guint i = 0; i < fake->registrations->len; i++)
    g_dbus_connection_unregister_object (fake->connection,
                                         g_array_index (fake->registrations, guint, i));
  g_dbus_connection_close_sync (fake->connection, NULL, NULL);
  g_object_unref (fake->connection);
  g_array_unref (fake->registrations);
  g_dbus_node_info_unref (fake->info);
  if (fake->inhibit_fd >= 0)
    g_close (fake->inhibit_fd, NULL);
  g_free (fake->inhibit_what);
  g_free (fake->inhibit_mode);
  g_free (fake);
}

static void
record_cb (SwIdleMonitor *monitor,
           gboolean       value,
           GArray        *array)
{
  g_array_append_val (array, value);
}

static Events *
events_new (SwIdleMonitor *monitor)
{
  Events *events = g_new0 (Events, 1);

  events->idle = g_array_new (FALSE, FALSE, sizeof (gboolean));
  events->locked = g_array_new (FALSE, FALSE, sizeof (gboolean));
  events->sleeping = g_array_new (FALSE, FALSE, sizeof (gboolean));
  g_signal_connect (monitor, "idle-changed", G_CALLBACK (record_cb), events->idle);
  g_signal_connect (monitor, "locked-changed", G_CALLBACK (record_cb), events->locked);
  g_signal_connect (monitor, "sleeping", G_CALLBACK (record_cb), events->sleeping);

  return events;
}

static void
events_free (Events *events)
{
  g_array_unref (events->idle);
  g_array_unref (events->locked);
  g_array_unref (events->sleeping);
  g_free (events);
}

static void
assert_values (GArray         *array,
               const gboolean *expected,
               guint           n)
{
  g_assert_cmpuint (array->len, ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (g_array_index (array, gboolean, i), ==, expected[i]);
}

typedef struct
{
  guint *counter;
  guint  n;
} CountData;

static gboolean
reached (gpointer data)
{
  CountData *count = data;

  return *count->counter >= count->n;
}

static void
wait_for_count (guint *counter,
                guint  n)
{
  CountData count = { counter, n };

  g_assert_true (fake_wait_until (reached, &count));
}

static void
wait_for_events (GArray *array,
                 guint   n)
{
  wait_for_count (&array->len, n);
}

static gboolean
released (gpointer data)
{
  Fake *fake = data;
  char byte;

  /* End of file: every copy of the write end is closed. */
  return read (fake->inhibit_fd, &byte, 1) == 0;
}

static void
test_nothing_present (void)
{
  g_autoptr(GDBusConnection) session = fake_bus_connect ();
  g_autoptr(GDBusConnection) system = fake_bus_connect ();
  SwIdleMonitor *monitor = sw_idle_monitor_new (session, THRESHOLD_MS);
  Events *events = events_new (monitor);

  sw_idle_monitor_set_system_bus (monitor, system);

  /* The name watches and the inhibitor call all come back empty-handed,
   * quietly: warnings are fatal here. */
  sync_peer (session, system);
  sync_peer (system, session);
  fake_drain ();

  g_assert_cmpuint (events->idle->len + events->locked->len + events->sleeping->len, ==, 0);
  g_assert_false (sw_idle_monitor_get_idle (monitor));
  g_assert_false (sw_idle_monitor_get_locked (monitor));
  g_assert_false (sw_idle_monitor_get_sleeping (monitor));

  g_assert_finalize_object (monitor);
  events_free (events);
  g_dbus_connection_close_sync (session, NULL, NULL);
  g_dbus_connection_close_sync (system, NULL, NULL);
  fake_drain ();
}

static void
test_no_bus_at_all (void)
{
  SwIdleMonitor *monitor = sw_idle_monitor_new (NULL, THRESHOLD_MS);

  sw_idle_monitor_set_system_bus (monitor, NULL);
  g_assert_false (sw_idle_monitor_get_idle (monitor));
  g_assert_finalize_object (monitor);
}

static void
test_mutter_idle_and_active (void)
{
  g_autoptr(GDBusConnection) session = fake_bus_connect ();
  SwIdleMonitor *monitor = sw_idle_monitor_new (session, THRESHOLD_MS);
  Events *events = events_new (monitor);
  Fake *fake = fake_new ();
  const gboolean expected[] = { TRUE, FALSE, TRUE, FALSE };

  /* Mutter appears after us, as after a shell restart. */
  fake_serve (fake, "org.gnome.Mutter.IdleMonitor", MUTTER_PATH, MUTTER_INTERFACE);
  wait_for_count (&fake->n_idle_watches, 1);
  g_assert_cmpuint (fake->idle_interval, ==, THRESHOLD_MS);
  sync_peer (session, fake->connection);

  fake_emit (fake, MUTTER_PATH, MUTTER_INTERFACE, "WatchFired", g_variant_new ("(u)", IDLE_WATCH));
  wait_for_events (events->idle, 1);
  g_assert_true (sw_idle_monitor_get_idle (monitor));

  /* Then a one-shot watch for the next input. */
  wait_for_count (&fake->n_active_watches, 1);
  sync_peer (session, fake->connection);

  /* Somebody else's watch is none of our business. */
  fake_emit (fake, MUTTER_PATH, MUTTER_INTERFACE, "WatchFired", g_variant_new ("(u)", 99));
  sync_peer (session, fake->connection);
  g_assert_cmpuint (events->idle->len, ==, 1);

  fake_emit (fake, MUTTER_PATH, MUTTER_INTERFACE, "WatchFired",
             g_variant_new ("(u)", fake->active_watch));
  wait_for_events (events->idle, 2);
  g_assert_false (sw_idle_monitor_get_idle (monitor));

  /* Idle again, then Mutter goes away: no longer idle as far as we know. */
  fake_emit (fake, MUTTER_PATH, MUTTER_INTERFACE, "WatchFired", g_variant_new ("(u)", IDLE_WATCH));
  wait_for_events (events->idle, 3);
  wait_for_count (&fake->n_active_watches, 2);
  sync_peer (session, fake->connection);
  fake_free (fake);
  wait_for_events (events->idle, 4);
  assert_values (events->idle, expected, G_N_ELEMENTS (expected));
  g_assert_cmpuint (events->locked->len + events->sleeping->len, ==, 0);

  g_assert_finalize_object (monitor);
  events_free (events);
  g_dbus_connection_close_sync (session, NULL, NULL);
  fake_drain ();
}

static void
test_screen_savers_lock (void)
{
  g_autoptr(GDBusConnection) session = fake_bus_connect ();
  Fake *fake = fake_new ();
  SwIdleMonitor *monitor;
  Events *events;
  const gboolean expected[] = { TRUE, FALSE, TRUE, FALSE };

  /* GNOME's is active already when we start. */
  fake->gnome_active = TRUE;
  fake_serve (fake, "org.gnome.ScreenSaver", GNOME_SAVER_PATH, "org.gnome.ScreenSaver");
  fake_serve (fake, "org.freedesktop.ScreenSaver", FDO_SAVER_PATH, "org.freedesktop.ScreenSaver");

  monitor = sw_idle_monitor_new (session, THRESHOLD_MS);
  events = events_new (monitor);
  wait_for_count (&fake->n_get_active, 2);
  sync_peer (session, fake->connection);
  wait_for_events (events->locked, 1);
  g_assert_true (sw_idle_monitor_get_locked (monitor));

  /* Locked while either says so. */
  fake_emit (fake, FDO_SAVER_PATH, "org.freedesktop.ScreenSaver", "ActiveChanged",
             g_variant_new ("(b)", TRUE));
  fake_emit (fake, GNOME_SAVER_PATH, "org.gnome.ScreenSaver", "ActiveChanged",
             g_variant_new ("(b)", FALSE));
  sync_peer (session, fake->connection);
  g_assert_cmpuint (events->locked->len, ==, 1);
  g_assert_true (sw_idle_monitor_get_locked (monitor));

  fake_emit (fake, FDO_SAVER_PATH, "org.freedesktop.ScreenSaver", "ActiveChanged",
             g_variant_new ("(b)", FALSE));
  wait_for_events (events->locked, 2);
  g_assert_false (sw_idle_monitor_get_locked (monitor));

  /* A screen saver that goes away while active unlocks. */
  fake_emit (fake, GNOME_SAVER_PATH, "org.gnome.ScreenSaver", "ActiveChanged",
             g_variant_new ("(b)", TRUE));
  wait_for_events (events->locked, 3);
  fake_free (fake);
  wait_for_events (events->locked, 4);
  assert_values (events->locked, expected, G_N_ELEMENTS (expected));
  g_assert_cmpuint (events->idle->len + events->sleeping->len, ==, 0);

  g_assert_finalize_object (monitor);
  events_free (events);
  g_dbus_connection_close_sync (session, NULL, NULL);
  fake_drain ();
}

static void
test_logind_sleep (void)
{
  g_autoptr(GDBusConnection) session = fake_bus_connect ();
  g_autoptr(GDBusConnection) system = fake_bus_connect ();
  SwIdleMonitor *monitor = sw_idle_monitor_new (session, THRESHOLD_MS);
  Events *events = events_new (monitor);
  Fake *fake = fake_new ();
  const gboolean expected[] = { TRUE, FALSE };

  fake_serve (fake, "org.freedesktop.login1", LOGIND_PATH, LOGIND_INTERFACE);
  sw_idle_monitor_set_system_bus (monitor, system);

  /* A delay lock, held until the handlers have run. */
  wait_for_count (&fake->n_inhibits, 1);
  g_assert_cmpstr (fake->inhibit_what, ==, "sleep");
  g_assert_cmpstr (fake->inhibit_mode, ==, "delay");
  sync_peer (system, fake->connection);
  g_assert_false (released (fake));

  fake_emit (fake, LOGIND_PATH, LOGIND_INTERFACE, "PrepareForSleep", g_variant_new ("(b)", TRUE));
  wait_for_events (events->sleeping, 1);
  g_assert_true (sw_idle_monitor_get_sleeping (monitor));
  g_assert_true (fake_wait_until (released, fake));

  /* Awake: a new lock for next time. */
  fake_emit (fake, LOGIND_PATH, LOGIND_INTERFACE, "PrepareForSleep", g_variant_new ("(b)", FALSE));
  wait_for_events (events->sleeping, 2);
  g_assert_false (sw_idle_monitor_get_sleeping (monitor));
  wait_for_count (&fake->n_inhibits, 2);
  sync_peer (system, fake->connection);
  g_assert_false (released (fake));
  assert_values (events->sleeping, expected, G_N_ELEMENTS (expected));

  /* Disposing lets go of it too. */
  g_assert_finalize_object (monitor);
  g_assert_true (fake_wait_until (released, fake));

  events_free (events);
  fake_free (fake);
  g_dbus_connection_close_sync (session, NULL, NULL);
  g_dbus_connection_close_sync (system, NULL, NULL);
  fake_drain ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/sitwell/service/idle-monitor/nothing-present-is-no-error",
                   test_nothing_present);
  g_test_add_func ("/sitwell/service/idle-monitor/no-bus-at-all-is-no-error",
                   test_no_bus_at_all);
  g_test_add_func ("/sitwell/service/idle-monitor/mutter-idle-then-active",
                   test_mutter_idle_and_active);
  g_test_add_func ("/sitwell/service/idle-monitor/screen-savers-lock",
                   test_screen_savers_lock);
  g_test_add_func ("/sitwell/service/idle-monitor/logind-sleep-with-a-delay-lock",
                   test_logind_sleep);

  return fake_bus_run_tests ();
}

/* fake-reminders-service.c: a stand-in for sitwell-reminders that tests
 * can kill, crash and steer
 *
 * The app starts it through SITWELL_REMINDERS_PATH as it would the real
 * service. It owns the real bus name and exports the real interface with a
 * schedule reduced to what the app shows: a pause keeps the end it was
 * given, every other request goes back to counting down from 45 minutes.
 * A second object, io.github.sitwell.Sitwell.Test.FakeReminders, lets a
 * test set the state, the next due moment and NotificationsAvailable, emit
 * BreakDue and JournalChanged, and ask how the last break was finished.
 *
 * With SW_FAKE_REMINDERS_EXIT_AT_ONCE set it exits before taking the name,
 * like a service that cannot start. With SW_FAKE_REMINDERS_KEEP_SCHEDULE
 * set it starts with the schedule the one before it had, as the real
 * service does after a crash; otherwise it starts afresh, as the real one
 * does when its saved schedule was lost.
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <sys/resource.h>

#include "sw-dbus.h"

#define OBJECT_PATH "/io/github/sitwell/Sitwell/Reminders"
#define CONTROL_PATH "/io/github/sitwell/Sitwell/Test"
#define INTERVAL_US (45 * G_TIME_SPAN_MINUTE)

static const char control_xml[] =
  "<node>"
  "  <interface name='io.github.sitwell.Sitwell.Test.FakeReminders'>"
  "    <method name='SetState'><arg name='state' type='s' direction='in'/></method>"
  "    <method name='SetNotificationsAvailable'>"
  "      <arg name='available' type='b' direction='in'/>"
  "    </method>"
  "    <method name='EmitBreakDue'/>"
  "    <method name='EmitJournalChanged'/>"
  "    <method name='SetNextDue'><arg name='next_due' type='x' direction='in'/></method>"
  "    <method name='GetLastFinish'>"
  "      <arg name='method' type='s' direction='out'/>"
  "      <arg name='ends' type='x' direction='out'/>"
  "    </method>"
  "  </interface>"
  "</node>";

static SwDBusReminders1 *skeleton;
static GMainLoop *loop;
/* How the last break was finished: the method, and the end it named. */
static const char *last_finish = "";
static gint64 last_finish_ends;

/* Where each fake writes its schedule, for the next to start from. */
static char *
schedule_path (void)
{
  return g_build_filename (g_get_user_state_dir (), "fake-reminders-schedule", NULL);
}

static void
save_schedule (void)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autofree char *path = schedule_path ();

  g_key_file_set_string (key_file, "Schedule", "state", sw_dbus_reminders1_get_state (skeleton));
  g_key_file_set_int64 (key_file, "Schedule", "next-due",
                        sw_dbus_reminders1_get_next_due (skeleton));
  g_key_file_set_int64 (key_file, "Schedule", "state-ends",
                        sw_dbus_reminders1_get_state_ends (skeleton));
  g_mkdir_with_parents (g_get_user_state_dir (), 0700);
  g_key_file_save_to_file (key_file, path, NULL);
}

/* Whether it found the schedule of the one before. */
static gboolean
load_schedule (void)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autofree char *path = schedule_path ();
  g_autofree char *state = NULL;

  if (!g_key_file_load_from_file (key_file, path, G_KEY_FILE_NONE, NULL))
    return FALSE;

  state = g_key_file_get_string (key_file, "Schedule", "state", NULL);
  sw_dbus_reminders1_set_state (skeleton, state);
  sw_dbus_reminders1_set_next_due (skeleton,
                                   g_key_file_get_int64 (key_file, "Schedule", "next-due", NULL));
  sw_dbus_reminders1_set_state_ends (skeleton,
                                     g_key_file_get_int64 (key_file, "Schedule", "state-ends",
                                                           NULL));
  return TRUE;
}

static void
count_down (void)
{
  sw_dbus_reminders1_set_state (skeleton, "working");
  sw_dbus_reminders1_set_state_ends (skeleton, 0);
  sw_dbus_reminders1_set_next_due (skeleton, g_get_real_time () + INTERVAL_US);
}

/* What the real service replies to, in a line each. */
static gboolean
handle_pause_cb (SwDBusReminders1      *iface,
                 GDBusMethodInvocation *invocation,
                 gint64                 seconds)
{
  sw_dbus_reminders1_set_state (iface, "paused");
  sw_dbus_reminders1_set_state_ends (iface, seconds > 0
                                            ? g_get_real_time () + seconds * G_USEC_PER_SEC
                                            : 0);
  sw_dbus_reminders1_set_next_due (iface, 0);
  g_dbus_interface_skeleton_flush (G_DBUS_INTERFACE_SKELETON (iface));
  sw_dbus_reminders1_complete_pause (iface, invocation);
  return TRUE;
}

static gboolean
handle_take_break_now_cb (SwDBusReminders1      *iface,
                          GDBusMethodInvocation *invocation)
{
  sw_dbus_reminders1_set_state (iface, "on-break");
  sw_dbus_reminders1_set_state_ends (iface, g_get_real_time () + 5 * G_TIME_SPAN_MINUTE);
  g_dbus_interface_skeleton_flush (G_DBUS_INTERFACE_SKELETON (iface));
  sw_dbus_reminders1_complete_take_break_now (iface, invocation);
  return TRUE;
}

static gboolean
handle_finish_break_cb (SwDBusReminders1      *iface,
                        GDBusMethodInvocation *invocation)
{
  last_finish = "FinishBreak";
  last_finish_ends = 0;
  return FALSE;
}

static gboolean
handle_finish_break_ending_at_cb (SwDBusReminders1      *iface,
                                  GDBusMethodInvocation *invocation,
                                  gboolean               completed,
                                  gint64                 ends)
{
  last_finish = "FinishBreakEndingAt";
  last_finish_ends = ends;
  return FALSE;
}

/* Resume, the FinishBreaks, Snooze and Skip: back to counting down. */
static gboolean
handle_other_cb (SwDBusReminders1      *iface,
                 GDBusMethodInvocation *invocation)
{
  count_down ();
  g_dbus_interface_skeleton_flush (G_DBUS_INTERFACE_SKELETON (iface));
  g_dbus_method_invocation_return_value (invocation, NULL);
  return TRUE;
}

static void
control_method_call (GDBusConnection       *connection,
                     const char            *sender,
                     const char            *object_path,
                     const char            *interface_name,
                     const char            *method_name,
                     GVariant              *parameters,
                     GDBusMethodInvocation *invocation,
                     gpointer               user_data)
{
  if (g_str_equal (method_name, "SetState"))
    {
      const char *state;

      g_variant_get (parameters, "(&s)", &state);
      sw_dbus_reminders1_set_state (skeleton, state);
    }
  else if (g_str_equal (method_name, "SetNotificationsAvailable"))
    {
      gboolean available;

      g_variant_get (parameters, "(b)", &available);
      sw_dbus_reminders1_set_notifications_available (skeleton, available);
    }
  else if (g_str_equal (method_name, "SetNextDue"))
    {
      gint64 next_due;

      g_variant_get (parameters, "(x)", &next_due);
      sw_dbus_reminders1_set_next_due (skeleton, next_due);
    }
  else if (g_str_equal (method_name, "GetLastFinish"))
    {
      g_dbus_method_invocation_return_value (invocation,
                                             g_variant_new ("(sx)", last_finish,
                                                            last_finish_ends));
      return;
    }

  /* As the real service does: properties first, then the signal. */
  g_dbus_interface_skeleton_flush (G_DBUS_INTERFACE_SKELETON (skeleton));
  if (g_str_equal (method_name, "EmitBreakDue"))
    sw_dbus_reminders1_emit_break_due (skeleton);
  else if (g_str_equal (method_name, "EmitJournalChanged"))
    sw_dbus_reminders1_emit_journal_changed (skeleton);

  g_dbus_method_invocation_return_value (invocation, NULL);
}

static const GDBusInterfaceVTable control_vtable = { control_method_call, NULL, NULL, { 0 } };

static void
bus_acquired_cb (GDBusConnection *connection,
                 const char      *name,
                 gpointer         user_data)
{
  g_autoptr(GDBusNodeInfo) info = g_dbus_node_info_new_for_xml (control_xml, NULL);
  g_autoptr(GError) error = NULL;

  if (!g_dbus_interface_skeleton_export (G_DBUS_INTERFACE_SKELETON (skeleton), connection,
                                         OBJECT_PATH, &error) ||
      g_dbus_connection_register_object (connection, CONTROL_PATH, info->interfaces[0],
                                         &control_vtable, NULL, NULL, &error) == 0)
    g_error ("fake-reminders-service: %s", error->message);
}

static void
name_lost_cb (GDBusConnection *connection,
              const char      *name,
              gpointer         user_data)
{
  /* Another copy runs, or the bus went: as the real service, exit. */
  g_main_loop_quit (loop);
}

/* The tests kill this process with SIGSEGV and SIGABRT to stand for a
 * crash; under AddressSanitizer its own handlers would report those as
 * bugs in this program. Read by ASan only; the environment still wins. */
const char *__asan_default_options (void);

const char *
__asan_default_options (void)
{
  return "handle_segv=0:handle_abort=0";
}

int
main (void)
{
  /* Tests kill it with SIGSEGV and SIGABRT: no core files. */
  struct rlimit no_core = { 0, 0 };
  guint owner_id;

  setrlimit (RLIMIT_CORE, &no_core);

  if (g_getenv ("SW_FAKE_REMINDERS_EXIT_AT_ONCE") != NULL)
    return EXIT_FAILURE;

  skeleton = sw_dbus_reminders1_skeleton_new ();
  sw_dbus_reminders1_set_notifications_available (skeleton, TRUE);
  if (g_getenv ("SW_FAKE_REMINDERS_KEEP_SCHEDULE") == NULL || !load_schedule ())
    count_down ();
  save_schedule ();
  g_signal_connect (skeleton, "notify", G_CALLBACK (save_schedule), NULL);
  g_signal_connect (skeleton, "handle-pause", G_CALLBACK (handle_pause_cb), NULL);
  g_signal_connect (skeleton, "handle-take-break-now", G_CALLBACK (handle_take_break_now_cb), NULL);
  g_signal_connect (skeleton, "handle-resume", G_CALLBACK (handle_other_cb), NULL);
  /* Noted first, then answered as the others. */
  g_signal_connect (skeleton, "handle-finish-break", G_CALLBACK (handle_finish_break_cb), NULL);
  g_signal_connect (skeleton, "handle-finish-break", G_CALLBACK (handle_other_cb), NULL);
  g_signal_connect (skeleton, "handle-finish-break-ending-at",
                    G_CALLBACK (handle_finish_break_ending_at_cb), NULL);
  g_signal_connect (skeleton, "handle-finish-break-ending-at",
                    G_CALLBACK (handle_other_cb), NULL);
  g_signal_connect (skeleton, "handle-snooze", G_CALLBACK (handle_other_cb), NULL);
  g_signal_connect (skeleton, "handle-skip", G_CALLBACK (handle_other_cb), NULL);

  loop = g_main_loop_new (NULL, FALSE);
  owner_id = g_bus_own_name (G_BUS_TYPE_SESSION, REMINDERS_ID, G_BUS_NAME_OWNER_FLAGS_NONE,
                             bus_acquired_cb, NULL, name_lost_cb, NULL, NULL);
  g_main_loop_run (loop);

  g_bus_unown_name (owner_id);
  g_object_unref (skeleton);
  g_main_loop_unref (loop);

  return EXIT_SUCCESS;
}

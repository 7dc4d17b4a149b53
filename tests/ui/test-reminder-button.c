/* test-reminder-button.c: the header countdown follows the service, and
 * the preferences move it, against a fake service on a private bus
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "reminder-test-utils.h"
#include "sw-dbus.h"
#include "sw-preferences-window.h"
#include "sw-reminder-button.h"
#include "sw-reminders-client.h"
#include "sw-settings.h"
#include "sw-test-utils.h"

/* What the real service does with the interval, reduced to the one thing
 * this test needs: NextDue is the interval from now. */
typedef struct
{
  GDBusConnection  *connection;
  SwDBusReminders1 *skeleton;
  GSettings        *settings;
  guint             owner_id;
  gboolean          name_acquired;
  guint             n_take_break;
} FakeService;

static void
fake_service_reschedule (FakeService *fake)
{
  int minutes = g_settings_get_int (fake->settings, SW_SETTINGS_KEY_INTERVAL_MINUTES);

  /* Whole minutes from now: the label rounds the rest up to them. */
  sw_dbus_reminders1_set_next_due (fake->skeleton,
                                   g_get_real_time () + minutes * G_TIME_SPAN_MINUTE);
}

static gboolean
handle_take_break_now_cb (SwDBusReminders1      *skeleton,
                          GDBusMethodInvocation *invocation,
                          FakeService           *fake)
{
  fake->n_take_break++;
  sw_dbus_reminders1_set_state (skeleton, "on-break");
  sw_dbus_reminders1_complete_take_break_now (skeleton, invocation);
  return TRUE;
}

static gboolean
handle_pause_cb (SwDBusReminders1      *skeleton,
                 GDBusMethodInvocation *invocation,
                 gint64                 seconds,
                 FakeService           *fake)
{
  sw_dbus_reminders1_set_state (skeleton, "paused");
  sw_dbus_reminders1_set_state_ends (skeleton,
                                     seconds > 0 ? g_get_real_time () + seconds * G_USEC_PER_SEC
                                                 : 0);
  sw_dbus_reminders1_complete_pause (skeleton, invocation);
  return TRUE;
}

static void
name_acquired_cb (GDBusConnection *connection,
                  const char      *name,
                  gpointer         user_data)
{
  FakeService *fake = user_data;

  fake->name_acquired = TRUE;
}

static void
fake_service_start (FakeService *fake,
                    GSettings   *settings)
{
  g_autoptr(GError) error = NULL;

  fake->connection = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);
  fake->settings = g_object_ref (settings);
  fake->skeleton = sw_dbus_reminders1_skeleton_new ();
  sw_dbus_reminders1_set_state (fake->skeleton, "working");
  sw_dbus_reminders1_set_notifications_available (fake->skeleton, TRUE);
  fake_service_reschedule (fake);

  g_signal_connect_swapped (settings, "changed::" SW_SETTINGS_KEY_INTERVAL_MINUTES,
                            G_CALLBACK (fake_service_reschedule), fake);
  g_signal_connect (fake->skeleton, "handle-take-break-now",
                    G_CALLBACK (handle_take_break_now_cb), fake);
  g_signal_connect (fake->skeleton, "handle-pause", G_CALLBACK (handle_pause_cb), fake);

  g_dbus_interface_skeleton_export (G_DBUS_INTERFACE_SKELETON (fake->skeleton), fake->connection,
                                    SW_REMINDERS_OBJECT_PATH, &error);
  g_assert_no_error (error);
  fake->owner_id = g_bus_own_name_on_connection (fake->connection, REMINDERS_ID,
                                                 G_BUS_NAME_OWNER_FLAGS_NONE,
                                                 name_acquired_cb, NULL, fake, NULL);
}

static void
fake_service_stop (FakeService *fake)
{
  g_signal_handlers_disconnect_by_data (fake->settings, fake);
  g_bus_unown_name (fake->owner_id);
  g_dbus_interface_skeleton_unexport (G_DBUS_INTERFACE_SKELETON (fake->skeleton));
  g_clear_object (&fake->skeleton);
  g_clear_object (&fake->settings);
  g_clear_object (&fake->connection);
}

static gboolean
client_is_available (gpointer data)
{
  return sw_reminders_client_get_available (data);
}

static void
test_preferences_move_the_countdown (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GDBusConnection) connection = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr(SwRemindersClient) client = NULL;
  FakeService fake = { 0 };
  GtkWindow *window;
  SwReminderButton *button;
  SwPreferencesWindow *preferences;
  GtkWidget *row;
  GtkWidget *spin;

  /* Before the service runs, the button says so. */
  client = sw_reminders_client_new (connection);
  window = GTK_WINDOW (gtk_window_new ());
  button = g_object_new (SW_TYPE_REMINDER_BUTTON, NULL);
  sw_reminder_button_set_settings (button, settings);
  sw_reminder_button_set_client (button, client);
  gtk_window_set_child (window, GTK_WIDGET (button));
  gtk_window_present (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  sw_test_assert_button_label (button, "Not running");

  fake_service_start (&fake, settings);
  g_assert_true (sw_test_iterate_until (client_is_available, client));
  sw_test_assert_button_label (button, "45 min");

  /* The interval, changed through the real preferences window. */
  preferences = sw_preferences_window_new (settings);
  gtk_window_present (GTK_WINDOW (preferences));
  row = sw_test_find_row_by_title (GTK_WIDGET (preferences), "Every");
  g_assert_nonnull (row);
  spin = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row));
  g_assert_true (GTK_IS_SPIN_BUTTON (spin));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 30);
  g_assert_cmpint (g_settings_get_int (settings, SW_SETTINGS_KEY_INTERVAL_MINUTES), ==, 30);
  sw_test_assert_button_label (button, "30 min");

  /* Out of range values stay within 30–60. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 90);
  sw_test_assert_button_label (button, "60 min");

  /* Pausing from the menu reaches the service, and the button says so. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (button), "reminders.pause-hour", NULL));
  sw_test_assert_button_label (button, "Paused");

  /* Turning reminders off says so, whatever the service still reports. */
  g_settings_set_boolean (settings, SW_SETTINGS_KEY_REMINDERS_ENABLED, FALSE);
  sw_test_assert_button_label (button, "Off");
  g_settings_reset (settings, SW_SETTINGS_KEY_REMINDERS_ENABLED);
  g_settings_reset (settings, SW_SETTINGS_KEY_INTERVAL_MINUTES);

  gtk_window_destroy (GTK_WINDOW (preferences));
  gtk_window_destroy (window);
  fake_service_stop (&fake);
}

int
main (int   argc,
      char *argv[])
{
  /* Static: the bus lives as long as the process (see below), so it stays
   * reachable for LeakSanitizer instead of being lost with main's frame. */
  static GTestDBus *bus;
  int status;

  setlocale (LC_ALL, "");
  sw_test_isolate_dirs ();
  g_autofree char *display = g_strdup (g_getenv ("DISPLAY"));

  /* A bus of our own; GTestDBus unsets DISPLAY, which GTK still needs. */
  bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (bus);
  if (display != NULL)
    g_setenv ("DISPLAY", display, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/sitwell/ui/reminder-button/preferences-move-the-countdown",
                   test_preferences_move_the_countdown);

  status = g_test_run ();
  /* GTK keeps its own hold on the bus, so stop the daemon and let the
   * object go with the process: unreffing it would wait for GTK. */
  g_test_dbus_stop (bus);

  return status;
}

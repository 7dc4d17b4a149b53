/* test-reminders-restart.c: the app keeps the reminder service alive, and
 * says so in its window only when the person needs to know
 *
 * The service is tests/ui/fake-reminders-service, a separate process that
 * the client starts through SITWELL_REMINDERS_PATH exactly as it starts the
 * real one, on a private bus. The tests kill it with SIGKILL, SIGSEGV and
 * SIGABRT and watch the name come back, or not.
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <signal.h>

#include "reminder-test-utils.h"
#include "sw-application.h"
#include "sw-fake-clock.h"
#include "sw-journal.h"
#include "sw-reminder-button.h"
#include "sw-reminders-client.h"
#include "sw-settings.h"
#include "sw-test-utils.h"
#include "sw-window.h"

#define CONTROL_PATH "/io/github/sitwell/Sitwell/Test"
#define CONTROL_INTERFACE "io.github.sitwell.Sitwell.Test.FakeReminders"
/* Longer than the client waits before it restarts the service. */
#define LONGER_THAN_RESTART_DELAY_MS 750

#define RESTARTED_TOAST "Reminders stopped and were restarted"
#define GAVE_UP_TOAST "Reminders keep stopping"
#define DUE_TOAST "Time to stand up. Desktop notifications are unavailable, " \
                  "so Sitwell reminds you here."

static GDBusConnection *bus;

static gboolean
client_is_running (gpointer data)
{
  return sw_reminders_client_get_available (data) && !sw_reminders_client_get_restarting (data);
}

static gboolean
client_gave_up (gpointer data)
{
  return sw_reminders_client_get_gave_up (data);
}

static gboolean
client_is_gone (gpointer data)
{
  return !sw_reminders_client_get_available (data);
}

/* The fake service */

/* The process that owns the service's name, 0 if none. */
static guint32
service_pid (void)
{
  g_autoptr(GVariant) reply = NULL;
  guint32 pid = 0;

  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "GetConnectionUnixProcessID",
                                       g_variant_new ("(s)", REMINDERS_ID), G_VARIANT_TYPE ("(u)"),
                                       G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL);
  if (reply != NULL)
    g_variant_get (reply, "(u)", &pid);

  return pid;
}

static void
control (const char *method,
         GVariant   *parameters)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = NULL;

  reply = g_dbus_connection_call_sync (bus, REMINDERS_ID, CONTROL_PATH, CONTROL_INTERFACE,
                                       method, parameters, NULL, G_DBUS_CALL_FLAGS_NONE, -1,
                                       NULL, &error);
  g_assert_no_error (error);
}

typedef struct
{
  SwRemindersClient *client;
  gint64             next_due;
} NextDueWait;

static gboolean
next_due_is (gpointer data)
{
  NextDueWait *wait = data;

  return sw_reminders_client_get_next_due (wait->client) == wait->next_due;
}

/* Has the fake count down from @minutes from now (as it would have after
 * a while), and waits for @client to see it. Returns the moment. */
static gint64
count_down_from (SwRemindersClient *client,
                 int                minutes)
{
  NextDueWait wait = { client, g_get_real_time () + minutes * G_TIME_SPAN_MINUTE };

  control ("SetNextDue", g_variant_new ("(x)", wait.next_due));
  g_assert_true (sw_test_iterate_until (next_due_is, &wait));

  return wait.next_due;
}

/* Sends @signum to the service and waits until @client sees it gone.
 * Returns the pid it had. */
static guint32
kill_service (SwRemindersClient *client,
              int                signum)
{
  guint32 pid = service_pid ();

  g_assert_cmpuint (pid, >, 0);
  g_assert_cmpint (kill ((pid_t) pid, signum), ==, 0);
  g_assert_true (sw_test_iterate_until (client_is_gone, client));

  return pid;
}

/* Waits until a service other than @old_pid runs and the client has put
 * its schedule back. */
static void
assert_restarted (SwRemindersClient *client,
                  guint32            old_pid)
{
  guint32 pid;

  if (!sw_test_iterate_until (client_is_running, client))
    g_error ("The reminder service was not restarted (restarting: %d, gave up: %d)",
             sw_reminders_client_get_restarting (client),
             sw_reminders_client_get_gave_up (client));
  pid = service_pid ();
  g_assert_cmpuint (pid, >, 0);
  g_assert_cmpuint (pid, !=, old_pid);
}

static void
name_vanished_cb (GDBusConnection *connection,
                  const char      *name,
                  gpointer         user_data)
{
  *(gboolean *) user_data = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

/* Ends whatever service runs, for the next test to start afresh. */
static void
stop_service (void)
{
  gboolean vanished = FALSE;
  guint32 pid = service_pid ();
  guint watch_id;

  if (pid != 0)
    g_assert_cmpint (kill ((pid_t) pid, SIGTERM), ==, 0);

  watch_id = g_bus_watch_name_on_connection (bus, REMINDERS_ID, G_BUS_NAME_WATCHER_FLAGS_NONE,
                                             NULL, name_vanished_cb, &vanished, NULL);
  g_assert_true (sw_test_iterate_until (is_true, &vanished));
  g_bus_unwatch_name (watch_id);
}

/* Widgets */

static gboolean
find_widget (GtkWidget  *root,
             gboolean  (*match) (GtkWidget *, gconstpointer),
             gconstpointer data,
             GtkWidget **found)
{
  if (match (root, data))
    {
      *found = root;
      return TRUE;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (find_widget (child, match, data, found))
        return TRUE;
    }

  return FALSE;
}

static gboolean
is_visible_button_labelled (GtkWidget     *widget,
                            gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_visible (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

/* The toast on screen whose title is @title: libadwaita 1.2 shows each in
 * an AdwToastWidget whose "toast" property is the AdwToast. */
static gboolean
is_toast_titled (GtkWidget     *widget,
                 gconstpointer  title)
{
  g_autoptr(AdwToast) toast = NULL;

  if (!g_str_equal (G_OBJECT_TYPE_NAME (widget), "AdwToastWidget"))
    return FALSE;

  g_object_get (widget, "toast", &toast, NULL);
  return toast != NULL && g_strcmp0 (adw_toast_get_title (toast), title) == 0;
}

static GtkWidget *
find_toast (GtkWidget  *window,
            const char *title)
{
  GtkWidget *found = NULL;

  find_widget (window, is_toast_titled, title, &found);
  return found;
}

typedef struct
{
  GtkWidget  *window;
  const char *title;
  gboolean    shown;
} ToastWait;

static gboolean
toast_is_shown (gpointer data)
{
  ToastWait *wait = data;

  return (find_toast (wait->window, wait->title) != NULL) == wait->shown;
}

/* Waits until the toast titled @title is on screen, or gone. */
static void
assert_toast (GtkWidget  *window,
              const char *title,
              gboolean    shown)
{
  ToastWait wait = { window, title, shown };

  if (!sw_test_iterate_until (toast_is_shown, &wait))
    g_error (shown ? "No toast “%s” in the window" : "The toast “%s” is still in the window",
             title);
}

/* libadwaita 1.2 crashes when a toast is dismissed while it still slides
 * in (fixed in 1.3), which no person is quick enough to do. */
static void
let_toast_settle (void)
{
  sw_test_iterate_for (1000);
}

/* Closes the toast as its close button does. */
static void
dismiss_toast (GtkWidget  *window,
               const char *title)
{
  GtkWidget *widget = find_toast (window, title);
  g_autoptr(AdwToast) toast = NULL;

  g_assert_nonnull (widget);
  let_toast_settle ();
  g_object_get (widget, "toast", &toast, NULL);
  adw_toast_dismiss (toast);
  assert_toast (window, title, FALSE);
}

/* The client and the header button, on their own */

typedef struct
{
  GSettings         *settings;
  SwFakeClock       *clock;
  SwRemindersClient *client;
  GtkWindow         *window;
  SwReminderButton  *button;
  guint              n_restarted;
  gboolean           schedule_reset;
} Fixture;

static void
restarted_cb (SwRemindersClient *client,
              gboolean           schedule_reset,
              Fixture           *fixture)
{
  fixture->n_restarted++;
  fixture->schedule_reset = schedule_reset;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->settings = g_settings_new (APP_ID);
  g_settings_reset (fixture->settings, SW_SETTINGS_KEY_REMINDERS_ENABLED);
  fixture->clock = sw_fake_clock_new (g_get_real_time ());
  fixture->client = g_object_new (SW_TYPE_REMINDERS_CLIENT,
                                  "connection", bus,
                                  "clock", fixture->clock,
                                  "settings", fixture->settings,
                                  NULL);
  g_signal_connect (fixture->client, "restarted", G_CALLBACK (restarted_cb), fixture);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->button = g_object_new (SW_TYPE_REMINDER_BUTTON, NULL);
  sw_reminder_button_set_settings (fixture->button, fixture->settings);
  sw_reminder_button_set_client (fixture->button, fixture->client);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->button));
  gtk_window_present (fixture->window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));

  /* As the app does at launch. */
  sw_reminders_client_ensure_service (fixture->client);
  g_assert_true (sw_test_iterate_until (client_is_running, fixture->client));
  sw_test_assert_button_label (fixture->button, "45 min");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  g_assert_finalize_object (fixture->client);
  stop_service ();
  g_settings_reset (fixture->settings, SW_SETTINGS_KEY_REMINDERS_ENABLED);
  g_clear_object (&fixture->clock);
  g_clear_object (&fixture->settings);
}

/* Killed, crashed, aborted: each time back within the budget, a pause put
 * back as it was, and the header saying what goes on meanwhile. */
static void
test_restart_after_crashes (Fixture       *fixture,
                            gconstpointer  data)
{
  SwRemindersClient *client = fixture->client;
  gint64 pause_ends;
  guint32 pid;

  /* Paused for an hour, then SIGKILL. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->button),
                                             "reminders.pause-hour", NULL));
  sw_test_assert_button_label (fixture->button, "Paused");
  pause_ends = sw_reminders_client_get_state_ends (client);
  g_assert_cmpint (pause_ends, >, 0);

  pid = kill_service (client, SIGKILL);
  /* The gap: no stale countdown, no Start button, no warning. */
  g_assert_true (sw_reminders_client_get_restarting (client));
  g_assert_false (sw_reminders_client_get_gave_up (client));
  g_assert_cmpstr (sw_reminder_button_get_label (fixture->button), ==, "Restarting…");
  g_assert_false (find_widget (GTK_WIDGET (fixture->button), is_visible_button_labelled,
                               "_Start Reminders", &(GtkWidget *) { NULL }));

  assert_restarted (client, pid);
  g_assert_cmpuint (fixture->n_restarted, ==, 1);
  /* The pause is back, to the second, so there is nothing to tell. */
  g_assert_cmpstr (sw_reminders_client_get_state (client), ==, "paused");
  g_assert_cmpint (ABS (sw_reminders_client_get_state_ends (client) - pause_ends), <=,
                   2 * G_USEC_PER_SEC);
  g_assert_false (fixture->schedule_reset);
  sw_test_assert_button_label (fixture->button, "Paused");

  /* Counting down, then a crash that loses the schedule: the countdown
   * starts over, and says so. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->button),
                                             "reminders.resume", NULL));
  sw_test_assert_button_label (fixture->button, "45 min");
  count_down_from (client, 20);
  sw_test_assert_button_label (fixture->button, "20 min");
  pid = kill_service (client, SIGSEGV);
  assert_restarted (client, pid);
  g_assert_cmpuint (fixture->n_restarted, ==, 2);
  g_assert_true (fixture->schedule_reset);
  sw_test_assert_button_label (fixture->button, "45 min");

  /* Ten minutes later the first two no longer count ... */
  sw_fake_clock_advance (fixture->clock, 10 * G_TIME_SPAN_MINUTE + G_USEC_PER_SEC);
  pid = kill_service (client, SIGABRT);
  assert_restarted (client, pid);
  pid = kill_service (client, SIGKILL);
  assert_restarted (client, pid);
  pid = kill_service (client, SIGKILL);
  assert_restarted (client, pid);
  g_assert_cmpuint (fixture->n_restarted, ==, 5);

  /* ... but a fourth stop within ten minutes is left alone. */
  kill_service (client, SIGKILL);
  g_assert_false (sw_reminders_client_get_restarting (client));
  g_assert_true (sw_reminders_client_get_gave_up (client));
  sw_test_iterate_for (LONGER_THAN_RESTART_DELAY_MS);
  g_assert_cmpuint (service_pid (), ==, 0);
  g_assert_cmpuint (fixture->n_restarted, ==, 5);
  sw_test_assert_button_label (fixture->button, "Not running");
  g_assert_true (find_widget (GTK_WIDGET (fixture->button), is_visible_button_labelled,
                              "_Try Again", &(GtkWidget *) { NULL }));

  /* Not even later: the person decides. */
  sw_fake_clock_advance (fixture->clock, 60 * G_TIME_SPAN_MINUTE);
  g_assert_true (sw_reminders_client_get_gave_up (client));

  /* Try Again starts it, with a fresh budget. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->button),
                                             "reminders.start", NULL));
  g_assert_true (sw_test_iterate_until (client_is_running, client));
  g_assert_false (sw_reminders_client_get_gave_up (client));
  sw_test_assert_button_label (fixture->button, "45 min");
  pid = kill_service (client, SIGKILL);
  assert_restarted (client, pid);
}

/* The service carries its schedule over the crash, as the real one does:
 * nothing to put back, nothing to say, the same countdown. */
static void
test_kept_schedule_is_not_reported (Fixture       *fixture,
                                    gconstpointer  data)
{
  SwRemindersClient *client = fixture->client;
  gint64 next_due = count_down_from (client, 20);
  guint32 pid;

  g_setenv ("SW_FAKE_REMINDERS_KEEP_SCHEDULE", "1", TRUE);
  pid = kill_service (client, SIGKILL);
  assert_restarted (client, pid);
  g_unsetenv ("SW_FAKE_REMINDERS_KEEP_SCHEDULE");

  g_assert_cmpuint (fixture->n_restarted, ==, 1);
  g_assert_false (fixture->schedule_reset);
  g_assert_cmpstr (sw_reminders_client_get_state (client), ==, "working");
  g_assert_cmpint (sw_reminders_client_get_next_due (client), ==, next_due);
  sw_test_assert_button_label (fixture->button, "20 min");
}

static gboolean
state_is_on_break (gpointer data)
{
  return g_strcmp0 (sw_reminders_client_get_state (data), "on-break") == 0;
}

typedef struct
{
  gpointer object;
  guint    refs;
} RefsWait;

static gboolean
has_refs (gpointer data)
{
  RefsWait *wait = data;

  return G_OBJECT (wait->object)->ref_count == wait->refs;
}

/* Finishes the break through @client and returns the end that reached
 * the service with it, 0 if none. */
static gint64
finish_break_through (SwRemindersClient *client)
{
  g_autoptr(GVariant) reply = NULL;
  guint refs = G_OBJECT (client)->ref_count;
  const char *method;
  gint64 ends;

  /* The call holds the client until its answer comes. */
  sw_reminders_client_finish_break (client, TRUE);
  g_assert_true (sw_test_iterate_until (has_refs, &(RefsWait) { client, refs }));

  reply = g_dbus_connection_call_sync (bus, REMINDERS_ID, CONTROL_PATH, CONTROL_INTERFACE,
                                       "GetLastFinish", NULL, G_VARIANT_TYPE ("(sx)"),
                                       G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL);
  g_assert_nonnull (reply);
  g_variant_get (reply, "(&sx)", &method, &ends);
  g_assert_cmpstr (method, ==, ends != 0 ? "FinishBreakEndingAt" : "FinishBreak");

  return ends;
}

/* On a break when the service died and came back without its schedule:
 * finishing the break names it by the end the old service gave it, for
 * the new one to log. So does an app that started during the break. */
static void
test_lost_break_is_named_by_its_end (Fixture       *fixture,
                                     gconstpointer  data)
{
  SwRemindersClient *client = fixture->client;
  g_autoptr(SwRemindersClient) late = NULL;
  gint64 ends;
  guint32 pid;

  sw_reminders_client_take_break_now (client);
  g_assert_true (sw_test_iterate_until (state_is_on_break, client));
  ends = sw_reminders_client_get_state_ends (client);
  g_assert_cmpint (ends, >, 0);
  late = sw_reminders_client_new (bus);
  g_assert_true (sw_test_iterate_until (state_is_on_break, late));

  pid = kill_service (client, SIGKILL);
  assert_restarted (client, pid);
  g_assert_cmpstr (sw_reminders_client_get_state (client), ==, "working");
  g_assert_true (fixture->schedule_reset);
  g_assert_true (sw_test_iterate_until (client_is_running, late));

  g_assert_cmpint (finish_break_through (client), ==, ends);
  g_assert_cmpint (finish_break_through (late), ==, ends);
  /* Finished: the next says nothing of a break. */
  g_assert_cmpint (finish_break_through (client), ==, 0);

  g_assert_finalize_object (g_steal_pointer (&late));
}

static void
count_cb (gpointer  instance,
          guint    *count)
{
  (*count)++;
}

static gboolean
count_is_positive (gpointer data)
{
  return *(guint *) data > 0;
}

/* The service wrote to the journal: the client says so. */
static void
test_client_relays_journal_changed (Fixture       *fixture,
                                    gconstpointer  data)
{
  guint n_changed = 0;

  g_signal_connect (fixture->client, "journal-changed", G_CALLBACK (count_cb), &n_changed);
  control ("EmitJournalChanged", NULL);
  g_assert_true (sw_test_iterate_until (count_is_positive, &n_changed));
  sw_test_iterate_for (100);
  g_assert_cmpuint (n_changed, ==, 1);
}

/* A service that dies before it takes its name is tried three times. */
static void
test_service_that_dies_at_once (Fixture       *fixture,
                                gconstpointer  data)
{
  SwRemindersClient *client = fixture->client;

  g_setenv ("SW_FAKE_REMINDERS_EXIT_AT_ONCE", "1", TRUE);
  kill_service (client, SIGKILL);
  if (!sw_test_iterate_until (client_gave_up, client))
    g_error ("Still restarting a service that cannot start");
  g_unsetenv ("SW_FAKE_REMINDERS_EXIT_AT_ONCE");

  g_assert_false (sw_reminders_client_get_restarting (client));
  g_assert_cmpuint (fixture->n_restarted, ==, 0);
  sw_test_iterate_for (LONGER_THAN_RESTART_DELAY_MS);
  g_assert_cmpuint (service_pid (), ==, 0);
  sw_test_assert_button_label (fixture->button, "Not running");

  sw_reminders_client_ensure_service (client);
  g_assert_true (sw_test_iterate_until (client_is_running, client));
  sw_test_assert_button_label (fixture->button, "45 min");
}

/* Turned off: the service quits, as it should, and stays stopped. */
static void
test_no_restart_when_turned_off (Fixture       *fixture,
                                 gconstpointer  data)
{
  SwRemindersClient *client = fixture->client;

  g_settings_set_boolean (fixture->settings, SW_SETTINGS_KEY_REMINDERS_ENABLED, FALSE);
  kill_service (client, SIGTERM);
  g_assert_false (sw_reminders_client_get_restarting (client));
  g_assert_false (sw_reminders_client_get_gave_up (client));
  sw_test_assert_button_label (fixture->button, "Off");
  sw_test_iterate_for (LONGER_THAN_RESTART_DELAY_MS);
  g_assert_cmpuint (service_pid (), ==, 0);
  g_assert_cmpuint (fixture->n_restarted, ==, 0);
  sw_test_assert_button_label (fixture->button, "Off");
}

/* The whole app */

static SwApplication *test_app;

/* One registered application and its window for the tests below; it
 * starts the fake service itself, as at launch. */
static GtkWidget *
app_window (void)
{
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  if (test_app == NULL)
    {
      test_app = sw_application_new ();
      g_application_set_flags (G_APPLICATION (test_app), G_APPLICATION_NON_UNIQUE);
      g_application_register (G_APPLICATION (test_app), NULL, &error);
      g_assert_no_error (error);
      window = GTK_WINDOW (sw_window_new (test_app));
      gtk_window_present (window);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    }

  window = gtk_application_get_active_window (GTK_APPLICATION (test_app));
  if (window == NULL)
    window = gtk_application_get_windows (GTK_APPLICATION (test_app))->data;
  g_assert_true (sw_test_iterate_until (client_is_running,
                                sw_application_get_reminders_client (test_app)));

  return GTK_WIDGET (window);
}

typedef struct
{
  SwRemindersClient *client;
  const char        *state;
  gboolean           notifications;
} StateWait;

static gboolean
state_is (gpointer data)
{
  StateWait *wait = data;

  return g_strcmp0 (sw_reminders_client_get_state (wait->client), wait->state) == 0 &&
         sw_reminders_client_get_notifications_available (wait->client) == wait->notifications;
}

/* Sets the fake's state and notification server, and waits for the app to see it. */
static void
set_service (SwRemindersClient *client,
             const char        *state,
             gboolean           notifications)
{
  StateWait wait = { client, state, notifications };

  control ("SetNotificationsAvailable", g_variant_new ("(b)", notifications));
  control ("SetState", g_variant_new ("(s)", state));
  g_assert_true (sw_test_iterate_until (state_is, &wait));
}

/* No notification server, then one, then none again mid-reminder. */
static void
test_app_prompts_without_notifications (void)
{
  GtkWidget *window = app_window ();
  SwRemindersClient *client = sw_application_get_reminders_client (test_app);

  /* None: the reminder is in the window, and goes when answered. */
  set_service (client, "working", FALSE);
  control ("SetState", g_variant_new ("(s)", "due"));
  control ("EmitBreakDue", NULL);
  assert_toast (window, DUE_TOAST, TRUE);
  set_service (client, "working", FALSE);
  assert_toast (window, DUE_TOAST, FALSE);

  /* The server is back: the next reminder is a notification only. */
  set_service (client, "working", TRUE);
  control ("SetState", g_variant_new ("(s)", "due"));
  control ("EmitBreakDue", NULL);
  set_service (client, "due", TRUE);
  sw_test_iterate_for (100);
  g_assert_null (find_toast (window, DUE_TOAST));

  /* It leaves while the reminder waits: the window takes over, whether or
   * not the service says BreakDue again ... */
  set_service (client, "due", FALSE);
  assert_toast (window, DUE_TOAST, TRUE);

  /* ... and hands back when it returns, as the service shows the
   * reminder through it again. */
  set_service (client, "due", TRUE);
  assert_toast (window, DUE_TOAST, FALSE);

  /* Gone again; closed by hand, the prompt stays closed for this
   * reminder even when the service says it again. */
  set_service (client, "due", FALSE);
  assert_toast (window, DUE_TOAST, TRUE);
  dismiss_toast (window, DUE_TOAST);
  control ("EmitBreakDue", NULL);
  sw_test_iterate_for (100);
  g_assert_null (find_toast (window, DUE_TOAST));

  set_service (client, "working", TRUE);
}

/* A crash that cost the countdown is said once, briefly. */
static void
test_app_says_it_restarted (void)
{
  GtkWidget *window = app_window ();
  SwRemindersClient *client = sw_application_get_reminders_client (test_app);
  guint32 pid;

  g_assert_null (find_toast (window, RESTARTED_TOAST));
  count_down_from (client, 20);
  pid = kill_service (client, SIGSEGV);
  assert_restarted (client, pid);
  assert_toast (window, RESTARTED_TOAST, TRUE);
  dismiss_toast (window, RESTARTED_TOAST);
}

static void
journal_changed_cb (SwJournal         *journal,
                    SwJournalItemType  type,
                    GArray            *seen)
{
  g_array_append_val (seen, type);
}

static gboolean
array_is_not_empty (gpointer data)
{
  return ((GArray *) data)->len > 0;
}

/* The service's break events reach the app's own journal, whose pages
 * then read it again. */
static void
test_app_journal_hears_the_service (void)
{
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (SwJournalItemType));
  SwJournal *journal;
  gulong handler;

  app_window ();
  journal = sw_application_get_journal (test_app);
  g_assert_nonnull (journal);
  handler = g_signal_connect (journal, "changed", G_CALLBACK (journal_changed_cb), seen);

  control ("EmitJournalChanged", NULL);
  g_assert_true (sw_test_iterate_until (array_is_not_empty, seen));
  g_assert_cmpint (g_array_index (seen, SwJournalItemType, 0), ==, SW_JOURNAL_ITEM_BREAK);

  g_signal_handler_disconnect (journal, handler);
}

/* Past the budget the window says so and offers Try Again, which works. */
static void
test_app_gives_up_and_tries_again (void)
{
  GtkWidget *window = app_window ();
  SwRemindersClient *client = sw_application_get_reminders_client (test_app);
  GtkWidget *toast;
  GtkWidget *try_again = NULL;

  g_setenv ("SW_FAKE_REMINDERS_EXIT_AT_ONCE", "1", TRUE);
  kill_service (client, SIGABRT);
  assert_toast (window, GAVE_UP_TOAST, TRUE);
  g_unsetenv ("SW_FAKE_REMINDERS_EXIT_AT_ONCE");
  g_assert_true (sw_reminders_client_get_gave_up (client));
  g_assert_cmpuint (service_pid (), ==, 0);

  toast = find_toast (window, GAVE_UP_TOAST);
  let_toast_settle ();
  g_assert_true (find_widget (toast, is_visible_button_labelled, "_Try Again", &try_again));
  g_signal_emit_by_name (try_again, "clicked");
  g_assert_true (sw_test_iterate_until (client_is_running, client));
  g_assert_false (sw_reminders_client_get_gave_up (client));
  assert_toast (window, GAVE_UP_TOAST, FALSE);
}

/* Turned off in Preferences: the service quits and is not brought back;
 * turned on again, it starts. */
static void
test_app_leaves_reminders_off (void)
{
  GtkWidget *window = app_window ();
  SwRemindersClient *client = sw_application_get_reminders_client (test_app);
  GSettings *settings = sw_application_get_settings (test_app);

  g_settings_set_boolean (settings, SW_SETTINGS_KEY_REMINDERS_ENABLED, FALSE);
  /* What the real service does when it reads the setting. */
  kill_service (client, SIGTERM);
  sw_test_iterate_for (LONGER_THAN_RESTART_DELAY_MS);
  g_assert_cmpuint (service_pid (), ==, 0);
  g_assert_false (sw_reminders_client_get_restarting (client));
  g_assert_null (find_toast (window, RESTARTED_TOAST));
  g_assert_null (find_toast (window, GAVE_UP_TOAST));

  g_settings_set_boolean (settings, SW_SETTINGS_KEY_REMINDERS_ENABLED, TRUE);
  g_assert_true (sw_test_iterate_until (client_is_running, client));
}

int
main (int   argc,
      char *argv[])
{
  /* Static: the bus lives as long as the process (see below), so it stays
   * reachable for LeakSanitizer instead of being lost with main's frame. */
  static GTestDBus *test_bus;
  int status;

  setlocale (LC_ALL, "");
  sw_test_isolate_dirs ();
  g_autofree char *display = g_strdup (g_getenv ("DISPLAY"));

  /* The client starts this "service" as it would the real one. */
  g_setenv ("SITWELL_REMINDERS_PATH", SW_FAKE_REMINDERS_PATH, TRUE);

  /* A bus of our own; GTestDBus unsets DISPLAY, which GTK still needs. */
  test_bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (test_bus);
  if (display != NULL)
    g_setenv ("DISPLAY", display, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_assert_nonnull (bus);

  /* The client alone first: the app's own client would restart a killed
   * service too. */
  g_test_add ("/sitwell/ui/reminders-restart/after-crashes", Fixture, NULL,
              fixture_set_up, test_restart_after_crashes, fixture_tear_down);
  g_test_add ("/sitwell/ui/reminders-restart/kept-schedule-is-not-reported", Fixture, NULL,
              fixture_set_up, test_kept_schedule_is_not_reported, fixture_tear_down);
  g_test_add ("/sitwell/ui/reminders-restart/lost-break-is-named-by-its-end", Fixture, NULL,
              fixture_set_up, test_lost_break_is_named_by_its_end, fixture_tear_down);
  g_test_add ("/sitwell/ui/reminders-restart/client-relays-journal-changed", Fixture, NULL,
              fixture_set_up, test_client_relays_journal_changed, fixture_tear_down);
  g_test_add ("/sitwell/ui/reminders-restart/service-that-dies-at-once", Fixture, NULL,
              fixture_set_up, test_service_that_dies_at_once, fixture_tear_down);
  g_test_add ("/sitwell/ui/reminders-restart/not-when-turned-off", Fixture, NULL,
              fixture_set_up, test_no_restart_when_turned_off, fixture_tear_down);
  g_test_add_func ("/sitwell/ui/reminders-restart/app-prompts-without-notifications",
                   test_app_prompts_without_notifications);
  g_test_add_func ("/sitwell/ui/reminders-restart/app-says-it-restarted",
                   test_app_says_it_restarted);
  g_test_add_func ("/sitwell/ui/reminders-restart/app-journal-hears-the-service",
                   test_app_journal_hears_the_service);
  g_test_add_func ("/sitwell/ui/reminders-restart/app-gives-up-and-tries-again",
                   test_app_gives_up_and_tries_again);
  g_test_add_func ("/sitwell/ui/reminders-restart/app-leaves-reminders-off",
                   test_app_leaves_reminders_off);

  status = g_test_run ();

  /* Off first, or the app would start the service again. */
  if (test_app != NULL)
    g_settings_set_boolean (sw_application_get_settings (test_app),
                            SW_SETTINGS_KEY_REMINDERS_ENABLED, FALSE);
  stop_service ();

  /* GTK keeps its own hold on the bus, so stop the daemon and let the
   * objects go with the process: unreffing them would wait for GTK. */
  g_test_dbus_stop (test_bus);

  return status;
}

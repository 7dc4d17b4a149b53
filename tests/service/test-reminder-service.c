/* test-reminder-service.c: the reminder daemon against a fake notification
 * server, a fake app and a D-Bus client, over a fake clock
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <libnotify/notify.h>

#include "service-fixture.h"
#include "sw-autostart.h"
#include "sw-settings.h"

#define MINUTE_US      ((gint64) 60 * G_USEC_PER_SEC)
#define MINUTE_MS      ((gint64) 60 * 1000)

static const char * const full_caps[] = { "actions", "body", "body-markup", NULL };
static const char * const plain_caps[] = { "body", NULL };

static gboolean
has_app_action (gpointer data)
{
  return ((Fixture *) data)->app_actions->len > 0;
}

/* Tests */

static void
test_notifies_with_actions (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(FakeNotify) notify = NULL;
  const char * const actions[] = {
    "start-break", "Start break", "snooze", "Snooze", "skip", "Skip", NULL
  };

  /* Nothing before the interval… */
  fixture_advance (fixture, 45 * MINUTE_US - 1);
  g_assert_cmpuint (fake_notification_server_get_n_notifies (fixture->server), ==, 0);
  g_assert_cmpuint (fixture->n_break_due, ==, 0);

  /* …then one reminder, with the three buttons and the app's identity. */
  fixture_advance (fixture, 1);
  notify = fixture_wait_for_notify (fixture, 0);
  g_assert_cmpstr (notify->app_name, ==, "Sitwell");
  g_assert_cmpstr (notify->summary, ==, "Time to stand up");
  g_assert_cmpstr (notify->body, ==, "Stand up, walk about and stretch for 5 minutes.");
  g_assert_cmpstrv ((const char * const *) notify->actions, actions);
  g_assert_cmpstr (fake_notify_get_hint_string (notify, "desktop-entry"), ==,
                   "io.github.sitwell.Sitwell");
  g_assert_cmpstr (fake_notify_get_hint_string (notify, "sound-name"), ==,
                   "message-new-instant");

  g_assert_cmpuint (fixture->n_break_due, ==, 1);
  g_assert_cmpstr (sw_dbus_reminders1_get_state (fixture->proxy), ==, "due");
  g_assert_true (sw_dbus_reminders1_get_notifications_available (fixture->proxy));
  g_assert_cmpuint (fake_notification_server_get_n_notifies (fixture->server), ==, 1);
}

static void
call_snooze (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  fixture_call (fixture, "Snooze", NULL, &error);
  g_assert_no_error (error);
}

static void
test_second_reminder_replaces_first (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_autoptr(FakeNotify) first = NULL;
  g_autoptr(FakeNotify) second = NULL;
  g_autoptr(FakeNotify) third = NULL;
  const char * const no_snooze[] = { "start-break", "Start break", "skip", "Skip", NULL };

  fixture_advance (fixture, 45 * MINUTE_US);
  first = fixture_wait_for_notify (fixture, 0);

  /* Snoozed from the app: the notification stays until the next one. */
  call_snooze (fixture);
  g_assert_cmpstr (sw_dbus_reminders1_get_state (fixture->proxy), ==, "snoozed");
  g_assert_cmpuint (fake_notification_server_get_n_closes (fixture->server), ==, 0);

  fixture_advance (fixture, 10 * MINUTE_US);
  second = fixture_wait_for_notify (fixture, 1);
  g_assert_cmpuint (second->replaces_id, ==, first->id);
  g_assert_cmpuint (second->id, ==, first->id);

  /* After two snoozes in a row the reminder cannot be snoozed again. */
  call_snooze (fixture);
  fixture_advance (fixture, 10 * MINUTE_US);
  third = fixture_wait_for_notify (fixture, 2);
  g_assert_cmpuint (third->id, ==, first->id);
  g_assert_cmpstrv ((const char * const *) third->actions, no_snooze);
  g_assert_cmpuint (fixture->n_break_due, ==, 3);
}

static void
test_snooze_action_delays_next (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(FakeNotify) first = NULL;
  g_autoptr(FakeNotify) second = NULL;

  fixture_advance (fixture, 45 * MINUTE_US);
  first = fixture_wait_for_notify (fixture, 0);

  fake_notification_server_invoke_action (fixture->server, first->id, "snooze");
  fake_notification_server_close (fixture->server, first->id, 2);
  fixture_wait_for_state (fixture, "snoozed");
  g_assert_cmpint (sw_scheduler_get_state (fixture_scheduler (fixture)), ==,
                   SW_SCHEDULER_STATE_SNOOZED);
  g_assert_cmpint (sw_reminder_service_get_timeout_ms (fixture->service), ==, 10 * MINUTE_MS);

  /* The next reminder comes exactly the snooze length later. */
  fixture_advance (fixture, 10 * MINUTE_US - 1);
  g_assert_cmpuint (fake_notification_server_get_n_notifies (fixture->server), ==, 1);
  fixture_advance (fixture, 1);
  second = fixture_wait_for_notify (fixture, 1);
  g_assert_cmpstr (second->summary, ==, "Time to stand up");
  g_assert_cmpuint (fixture->n_break_due, ==, 2);
}

static void
test_skip_action_restarts_timer (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(FakeNotify) first = NULL;
  gint64 skipped_at;

  fixture_advance (fixture, 45 * MINUTE_US);
  first = fixture_wait_for_notify (fixture, 0);

  fake_notification_server_invoke_action (fixture->server, first->id, "skip");
  fixture_wait_for_state (fixture, "working");
  skipped_at = fixture_real_now (fixture);
  g_assert_cmpstr (sw_dbus_reminders1_get_state (fixture->proxy), ==, "working");
  g_assert_cmpint (sw_dbus_reminders1_get_next_due (fixture->proxy), ==,
                   skipped_at + 45 * MINUTE_US);
  g_assert_cmpint (sw_reminder_service_get_timeout_ms (fixture->service), ==, 45 * MINUTE_MS);
  /* Answered: the notification is taken down. */
  g_assert_true (fake_notification_server_wait_for_closes (fixture->server, 1));
}

static void
test_start_break_reaches_app_action (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_autoptr(FakeNotify) first = NULL;
  g_autofree char *args_path = g_strconcat (fixture->app_script, ".args", NULL);

  fixture_start_fake_app (fixture);
  fixture_advance (fixture, 45 * MINUTE_US);
  first = fixture_wait_for_notify (fixture, 0);

  fake_notification_server_invoke_action (fixture->server, first->id, "start-break");
  g_assert_true (fake_wait_until (has_app_action, fixture));
  g_assert_cmpuint (fixture->app_actions->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (fixture->app_actions, 0), ==, "start-break");

  /* The break runs in the daemon; the app reads when it ends. */
  fixture_wait_for_state (fixture, "on-break");
  g_assert_cmpstr (sw_dbus_reminders1_get_state (fixture->proxy), ==, "on-break");
  g_assert_cmpint (sw_dbus_reminders1_get_state_ends (fixture->proxy), ==,
                   fixture_real_now (fixture) + 5 * MINUTE_US);
  g_assert_false (g_file_test (args_path, G_FILE_TEST_EXISTS));
}

static gboolean
file_exists (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_EXISTS);
}

static void
test_start_break_launches_app (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(FakeNotify) first = NULL;
  g_autofree char *args_path = g_strconcat (fixture->app_script, ".args", NULL);
  g_autofree char *args = NULL;
  g_autoptr(GError) error = NULL;

  /* No app on the bus: `sitwell --start-break` is started instead. */
  fixture_advance (fixture, 45 * MINUTE_US);
  first = fixture_wait_for_notify (fixture, 0);
  fake_notification_server_invoke_action (fixture->server, first->id, "start-break");

  g_assert_true (fake_wait_until (file_exists, args_path));
  g_file_get_contents (args_path, &args, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (args, ==, "--start-break\n");
  g_assert_cmpint (sw_scheduler_get_state (fixture_scheduler (fixture)), ==,
                   SW_SCHEDULER_STATE_ON_BREAK);
}

static void
test_plain_notification_without_actions (Fixture       *fixture,
                                         gconstpointer  data)
{
  g_autoptr(FakeNotify) notify = NULL;

  fixture_advance (fixture, 45 * MINUTE_US);
  notify = fixture_wait_for_notify (fixture, 0);
  g_assert_cmpstr (notify->summary, ==, "Time to stand up");
  g_assert_cmpuint (g_strv_length (notify->actions), ==, 0);

  /* The app (if open) shows the prompt: it is told, and can answer. */
  g_assert_cmpuint (fixture->n_break_due, ==, 1);
  g_assert_true (sw_dbus_reminders1_get_notifications_available (fixture->proxy));
  g_assert_false (sw_notifier_get_has_actions (
                    sw_reminder_service_get_notifier (fixture->service)));
  g_assert_cmpstr (sw_dbus_reminders1_get_state (fixture->proxy), ==, "due");
}

static void
test_no_server_keeps_schedule (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 skipped_at;

  g_assert_null (fixture->server);
  g_assert_false (sw_dbus_reminders1_get_notifications_available (fixture->proxy));

  fixture_advance (fixture, 45 * MINUTE_US);
  g_assert_cmpuint (fixture->n_break_due, ==, 1);
  g_assert_cmpstr (sw_dbus_reminders1_get_state (fixture->proxy), ==, "due");
  g_assert_false (sw_dbus_reminders1_get_notifications_available (fixture->proxy));

  /* The app answers instead of the notification, and the schedule goes on. */
  fixture_call (fixture, "Skip", NULL, &error);
  g_assert_no_error (error);
  skipped_at = fixture_real_now (fixture);
  g_assert_cmpstr (sw_dbus_reminders1_get_state (fixture->proxy), ==, "working");
  g_assert_cmpint (sw_dbus_reminders1_get_next_due (fixture->proxy), ==,
                   skipped_at + 45 * MINUTE_US);
  g_assert_cmpint (sw_reminder_service_get_timeout_ms (fixture->service), ==, 45 * MINUTE_MS);

  fixture_advance (fixture, 45 * MINUTE_US);
  g_assert_cmpuint (fixture->n_break_due, ==, 2);
}

static void
call_pause (Fixture *fixture,
            gint64   seconds,
            GError **error)
{
  fixture_call (fixture, "Pause", g_variant_new ("(x)", seconds), error);
}

static void
test_dbus_reports_state (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 now;

  g_assert_cmpstr (sw_dbus_reminders1_get_state (fixture->proxy), ==, "working");
  g_assert_cmpint (sw_dbus_reminders1_get_next_due (fixture->proxy), ==,
                   fixture->start_real_us + 45 * MINUTE_US);
  g_assert_cmpint (sw_dbus_reminders1_get_state_ends (fixture->proxy), ==, 0);
  g_assert_false (sw_dbus_reminders1_get_flare_mode (fixture->proxy));
  g_assert_true (sw_dbus_reminders1_get_notifications_available (fixture->proxy));

  /* Paused until resumed: nothing is due, nothing is armed. */
  fixture_advance (fixture, 10 * MINUTE_US);
  call_pause (fixture, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sw_dbus_reminders1_get_state (fixture->proxy), ==, "paused");
  g_assert_cmpint (sw_dbus_reminders1_get_next_due (fixture->proxy), ==, 0);
  g_assert_cmpint (sw_dbus_reminders1_get_state_ends (fixture->proxy), ==, 0);
  g_assert_cmpuint (sw_reminder_service_get_timeout_id (fixture->service), ==, 0);

  fixture_call (fixture, "Resume", NULL, &error);
  g_assert_no_error (error);
  now = fixture_real_now (fixture);
  g_assert_cmpstr (sw_dbus_reminders1_get_state (fixture->proxy), ==, "working");
  g_assert_cmpint (sw_dbus_reminders1_get_next_due (fixture->proxy), ==, now + 45 * MINUTE_US);

  /* Paused for an hour: it ends then, and the next reminder an interval later. */
  call_pause (fixture, 3600, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sw_dbus_reminders1_get_state (fixture->proxy), ==, "paused");
  g_assert_cmpint (sw_dbus_reminders1_get_state_ends (fixture->proxy), ==, now + 60 * MINUTE_US);
  g_assert_cmpint (sw_dbus_reminders1_get_next_due (fixture->proxy), ==,
                   now + 105 * MINUTE_US);
  g_assert_cmpint (sw_reminder_service_get_timeout_ms (fixture->service), ==, 60 * MINUTE_MS);

  /* Until tomorrow: 08:00 on Tuesday, without work hours. */
  call_pause (fixture, -1, &error);
  g_assert_no_error (error);
  {
    g_autoptr(GDateTime) tomorrow = g_date_time_new_local (2026, 3, 3, 8, 0, 0);

    g_assert_cmpint (sw_dbus_reminders1_get_state_ends (fixture->proxy), ==,
                     g_date_time_to_unix (tomorrow) * G_USEC_PER_SEC);
  }

  /* Nonsense is refused. */
  call_pause (fixture, -2, &error);
  g_assert_error (error, G_DBUS_ERROR, G_DBUS_ERROR_INVALID_ARGS);
  g_clear_error (&error);
  g_assert_cmpstr (sw_dbus_reminders1_get_state (fixture->proxy), ==, "paused");

  /* A break taken now ends after its length; finishing it restarts the timer. */
  fixture_call (fixture, "TakeBreakNow", NULL, &error);
  g_assert_no_error (error);
  now = fixture_real_now (fixture);
  g_assert_cmpstr (sw_dbus_reminders1_get_state (fixture->proxy), ==, "on-break");
  g_assert_cmpint (sw_dbus_reminders1_get_state_ends (fixture->proxy), ==, now + 5 * MINUTE_US);
  g_assert_cmpint (sw_dbus_reminders1_get_next_due (fixture->proxy), ==, now + 50 * MINUTE_US);

  fixture_advance (fixture, 5 * MINUTE_US);
  fixture_call (fixture, "FinishBreak", g_variant_new ("(b)", TRUE), &error);
  g_assert_no_error (error);
  now = fixture_real_now (fixture);
  g_assert_cmpstr (sw_dbus_reminders1_get_state (fixture->proxy), ==, "working");
  g_assert_cmpint (sw_dbus_reminders1_get_state_ends (fixture->proxy), ==, 0);
  g_assert_cmpint (sw_dbus_reminders1_get_next_due (fixture->proxy), ==, now + 45 * MINUTE_US);
  g_assert_cmpuint (fixture->n_break_due, ==, 0);
}

static void
test_one_timeout (Fixture       *fixture,
                  gconstpointer  data)
{
  SwReminderService *service = fixture->service;
  guint first, second, third;

  first = sw_reminder_service_get_timeout_id (service);
  g_assert_cmpuint (first, !=, 0);
  g_assert_true (fixture_source_exists (first));
  g_assert_cmpint (sw_reminder_service_get_timeout_ms (service), ==, 45 * MINUTE_MS);

  /* A wake before it is due re-arms for what is left, replacing the old one. */
  fixture_advance (fixture, 15 * MINUTE_US);
  second = sw_reminder_service_get_timeout_id (service);
  g_assert_cmpuint (second, !=, 0);
  g_assert_false (fixture_source_exists (first));
  g_assert_true (fixture_source_exists (second));
  g_assert_cmpint (sw_reminder_service_get_timeout_ms (service), ==, 30 * MINUTE_MS);

  /* A settings change re-arms too. */
  fixture_set_int (SW_SETTINGS_KEY_INTERVAL_MINUTES, 30);
  third = sw_reminder_service_get_timeout_id (service);
  g_assert_false (fixture_source_exists (second));
  g_assert_true (fixture_source_exists (third));
  g_assert_cmpint (sw_reminder_service_get_timeout_ms (service), ==, 15 * MINUTE_MS);

  /* A reminder waiting for an answer leaves nothing armed: no ticking. */
  fixture_advance (fixture, 15 * MINUTE_US);
  g_assert_cmpstr (sw_dbus_reminders1_get_state (fixture->proxy), ==, "due");
  g_assert_false (fixture_source_exists (third));
  g_assert_cmpuint (sw_reminder_service_get_timeout_id (service), ==, 0);
  g_assert_cmpint (sw_reminder_service_get_timeout_ms (service), ==, -1);
}

static void
test_time_scale_shortens_delay (Fixture       *fixture,
                                gconstpointer  data)
{
  /* SITWELL_TIME_SCALE=60: the 45 minutes pass in 45 real seconds. */
  sw_fake_clock_set_scale (fixture->clock, 60.0);
  sw_reminder_service_wake (fixture->service);
  g_assert_cmpint (sw_reminder_service_get_timeout_ms (fixture->service), ==, 45 * 1000);
}

static void
test_settings_apply (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(FakeNotify) notify = NULL;
  SwScheduler *scheduler = fixture_scheduler (fixture);

  fixture_set_int (SW_SETTINGS_KEY_BREAK_MINUTES, 1);
  fixture_set_int (SW_SETTINGS_KEY_SNOOZE_MINUTES, 15);
  fixture_set_boolean (SW_SETTINGS_KEY_SOUND, FALSE);
  g_assert_cmpuint (sw_scheduler_get_break_minutes (scheduler), ==, 1);
  g_assert_cmpuint (sw_scheduler_get_snooze_minutes (scheduler), ==, 15);

  /* The flare-up switch shortens the interval until it turns itself off. */
  g_settings_set_int64 (settings, SW_SETTINGS_KEY_FLARE_SWITCH_UNTIL,
                        fixture_real_now (fixture) + 60 * MINUTE_US);
  fake_drain ();
  fixture_sync (fixture);
  g_assert_true (sw_scheduler_get_flare_active (scheduler));
  g_assert_true (sw_dbus_reminders1_get_flare_mode (fixture->proxy));
  g_assert_cmpint (sw_reminder_service_get_timeout_ms (fixture->service), ==, 30 * MINUTE_MS);

  fixture_advance (fixture, 30 * MINUTE_US);
  notify = fixture_wait_for_notify (fixture, 0);
  g_assert_cmpstr (notify->body, ==, "Stand up, walk about and stretch for 1 minute.");
  g_assert_false (fake_notify_has_hint (notify, "sound-name"));

  /* Still due an hour on; the switch is off now, and so is flare mode. */
  fixture_advance (fixture, 30 * MINUTE_US);
  g_assert_false (sw_scheduler_get_flare_active (scheduler));
  g_assert_false (sw_dbus_reminders1_get_flare_mode (fixture->proxy));

  /* Work hours that exclude now: outside work hours, nothing fires. */
  g_settings_set_int (settings, SW_SETTINGS_KEY_WORK_START_MINUTES, 13 * 60);
  fixture_set_boolean (SW_SETTINGS_KEY_WORK_HOURS_ENABLED, TRUE);
  fixture_sync (fixture);
  g_assert_cmpstr (sw_dbus_reminders1_get_state (fixture->proxy), ==, "outside-work-hours");
}

static void
test_lock_is_a_break (Fixture       *fixture,
                      gconstpointer  data)
{
  SwIdleMonitor *monitor = sw_reminder_service_get_idle_monitor (fixture->service);

  fixture_advance (fixture, 20 * MINUTE_US);

  /* Locked: no reminder can fire, so nothing is armed. */
  g_signal_emit_by_name (monitor, "locked-changed", TRUE);
  g_assert_cmpuint (sw_reminder_service_get_timeout_id (fixture->service), ==, 0);

  /* Back after more than a break's length: a natural break, a fresh interval. */
  sw_fake_clock_advance (fixture->clock, 6 * MINUTE_US);
  g_signal_emit_by_name (monitor, "locked-changed", FALSE);
  fixture_sync (fixture);
  g_assert_cmpint (sw_reminder_service_get_timeout_ms (fixture->service), ==, 45 * MINUTE_MS);
  g_assert_cmpint (sw_dbus_reminders1_get_next_due (fixture->proxy), ==,
                   fixture_real_now (fixture) + 45 * MINUTE_US);
}

/* Forty minutes into the interval the machine sleeps for @slept_us: the
 * wall clock moves on, the monotonic one does not. */
static void
sleep_after_forty_minutes (Fixture *fixture,
                           gint64   slept_us)
{
  SwIdleMonitor *monitor = sw_reminder_service_get_idle_monitor (fixture->service);

  fixture_advance (fixture, 40 * MINUTE_US);

  g_signal_emit_by_name (monitor, "sleeping", TRUE);
  sw_fake_clock_jump_real (fixture->clock, slept_us);
  g_signal_emit_by_name (monitor, "sleeping", FALSE);
  fixture_sync (fixture);
}

static void
test_sleep_is_a_break (Fixture       *fixture,
                       gconstpointer  data)
{
  sleep_after_forty_minutes (fixture, 10 * MINUTE_US);

  g_assert_cmpstr (sw_dbus_reminders1_get_state (fixture->proxy), ==, "working");
  g_assert_cmpint (sw_dbus_reminders1_get_next_due (fixture->proxy), ==,
                   fixture_real_now (fixture) + 45 * MINUTE_US);
  g_assert_cmpint (sw_reminder_service_get_timeout_ms (fixture->service), ==, 45 * MINUTE_MS);
  g_assert_cmpuint (fixture->n_break_due, ==, 0);
}

static void
test_short_sleep_is_not_a_break (Fixture       *fixture,
                                 gconstpointer  data)
{
  sleep_after_forty_minutes (fixture, 1 * MINUTE_US);

  /* Still five minutes of sitting to go. */
  g_assert_cmpint (sw_reminder_service_get_timeout_ms (fixture->service), ==, 5 * MINUTE_MS);
}

static void
test_autostart_follows_settings (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autofree char *template = NULL;
  g_autofree char *entry = NULL;
  g_autofree char *path = sw_autostart_get_path ();

  /* On by default, written at start. */
  g_assert_true (sw_autostart_is_installed ());
  g_file_get_contents (SW_TEST_AUTOSTART_TEMPLATE, &template, NULL, NULL);
  g_file_get_contents (path, &entry, NULL, NULL);
  g_assert_cmpstr (entry, ==, template);

  fixture_set_boolean (SW_SETTINGS_KEY_START_AT_LOGIN, FALSE);
  g_assert_false (sw_autostart_is_installed ());
  fixture_set_boolean (SW_SETTINGS_KEY_START_AT_LOGIN, TRUE);
  g_assert_true (sw_autostart_is_installed ());

  /* Reminders off: the entry goes, and the service says it is disabled. */
  fixture_set_boolean (SW_SETTINGS_KEY_REMINDERS_ENABLED, FALSE);
  fixture_sync (fixture);
  g_assert_false (sw_autostart_is_installed ());
  g_assert_cmpstr (sw_dbus_reminders1_get_state (fixture->proxy), ==, "disabled");
  g_assert_cmpint (sw_dbus_reminders1_get_next_due (fixture->proxy), ==, 0);
  g_assert_cmpuint (sw_reminder_service_get_timeout_id (fixture->service), ==, 0);
}

/* Running for real (g_application_run), without the fixture */

static gboolean
turn_reminders_off_cb (gpointer data)
{
  fixture_set_boolean (SW_SETTINGS_KEY_REMINDERS_ENABLED, FALSE);

  return G_SOURCE_REMOVE;
}

static void
run_service (gboolean turn_off_while_running)
{
  g_autoptr(SwFakeClock) clock = sw_fake_clock_new_local (2026, 3, 2, 10, 0);
  SwReminderService *service = NULL;
  gint64 started = g_get_monotonic_time ();
  int status;

  fixture_reset_settings ();
  if (!turn_off_while_running)
    fixture_set_boolean (SW_SETTINGS_KEY_REMINDERS_ENABLED, FALSE);

  service = g_object_new (SW_TYPE_REMINDER_SERVICE,
                          "application-id", REMINDERS_ID,
                          "flags", G_APPLICATION_IS_SERVICE,
                          "clock", clock,
                          "autostart-template", SW_TEST_AUTOSTART_TEMPLATE,
                          NULL);
  if (turn_off_while_running)
    g_idle_add (turn_reminders_off_cb, NULL);

  status = g_application_run (G_APPLICATION (service), 0, NULL);

  g_assert_cmpint (status, ==, 0);
  /* It quit by itself, not after GApplication's inactivity timeout. */
  g_assert_cmpint (g_get_monotonic_time () - started, <, 5 * G_USEC_PER_SEC);
  g_assert_false (sw_autostart_is_installed ());

  g_assert_finalize_object (service);
  notify_uninit ();
  fake_drain ();
}

static void
test_disabled_service_quits (void)
{
  run_service (FALSE);
}

static void
test_turning_reminders_off_quits (void)
{
  run_service (TRUE);
}

static void
test_break_events_go_to_the_journal (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_autoptr(FakeNotify) first = NULL;
  g_autoptr(SwJournal) journal = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDate) today = NULL;
  SwJournalItem *item;

  fixture_advance (fixture, 45 * MINUTE_US);
  first = fixture_wait_for_notify (fixture, 0);
  fake_notification_server_invoke_action (fixture->server, first->id, "skip");
  fixture_wait_for_state (fixture, "working");

  journal = fixture_open_journal (fixture);
  now = sw_clock_get_now_local (SW_CLOCK (fixture->clock));
  today = g_date_new_dmy (g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                          g_date_time_get_year (now));
  items = sw_journal_list_timeline (journal, today, today, NULL);
  g_assert_nonnull (items);
  /* The timeline lists what a person cares about: the skipped break. */
  g_assert_cmpuint (items->len, ==, 1);
  item = g_ptr_array_index (items, 0);
  g_assert_cmpint (item->type, ==, SW_JOURNAL_ITEM_BREAK);
  g_assert_cmpstr (item->key, ==, "skipped");
  g_assert_cmpint (item->time_us, ==, fixture_real_now (fixture));
}

static void
test_journal_flare_shortens_the_interval (Fixture       *fixture,
                                          gconstpointer  data)
{
  g_autoptr(SwJournal) journal = fixture_open_journal (fixture);
  g_autoptr(SwSymptomEntry) entry = sw_symptom_entry_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (sw_dbus_reminders1_get_flare_mode (fixture->proxy));

  /* Pain of 6 logged in the app: a flare-up by CONTENT-SPEC 2.3. */
  sw_symptom_entry_set_pain (entry, 6);
  g_assert_true (sw_journal_add_entry (journal, entry, &error));
  g_assert_no_error (error);

  fixture_advance (fixture, MINUTE_US);
  g_assert_true (sw_dbus_reminders1_get_flare_mode (fixture->proxy));
  g_assert_cmpint (sw_dbus_reminders1_get_next_due (fixture->proxy), ==,
                   fixture->start_real_us + 30 * MINUTE_US);
}

static void
test_desk_recheck_a_week_after_first_run (Fixture       *fixture,
                                          gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  gboolean found = FALSE;
  guint n_notifies;
  gint64 first_mark;

  fixture_set_boolean (SW_SETTINGS_KEY_DESK_RECHECK_MONTHLY, TRUE);
  first_mark = g_settings_get_int64 (settings, SW_SETTINGS_KEY_DESK_RECHECK_MARK);

  /* The first run set the mark 23 days back: due a week from now. */
  g_assert_cmpint (first_mark, ==, fixture->start_real_us - 23 * G_TIME_SPAN_DAY);
  /* The reminder still comes first: one timeout, for the sooner moment. */
  g_assert_cmpint (sw_reminder_service_get_timeout_ms (fixture->service), ==, 45 * MINUTE_MS);

  fixture_advance (fixture, 7 * G_TIME_SPAN_DAY);
  g_assert_true (fake_notification_server_wait_for_notifies (fixture->server, 2));
  n_notifies = fake_notification_server_get_n_notifies (fixture->server);
  for (guint i = 0; i < n_notifies; i++)
    {
      g_autoptr(FakeNotify) notify = fake_notification_server_dup_notify (fixture->server, i);

      if (g_strcmp0 (notify->summary, "Time to re-check your desk") == 0)
        found = TRUE;
    }
  g_assert_true (found);
  g_assert_cmpint (g_settings_get_int64 (settings, SW_SETTINGS_KEY_DESK_RECHECK_MARK), ==,
                   fixture_real_now (fixture));
}

static void
add_test (const char         *name,
          const char * const *capabilities,
          void              (*test) (Fixture *, gconstpointer))
{
  g_autofree char *path = g_strconcat ("/sitwell/service/reminder-service/", name, NULL);

  g_test_add (path, Fixture, capabilities, fixture_setup, test, fixture_teardown);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  add_test ("notifies-with-three-actions", full_caps, test_notifies_with_actions);
  add_test ("second-reminder-replaces-the-first", full_caps,
            test_second_reminder_replaces_first);
  add_test ("snooze-action-brings-the-next-after-the-snooze", full_caps,
            test_snooze_action_delays_next);
  add_test ("skip-action-restarts-the-interval", full_caps, test_skip_action_restarts_timer);
  add_test ("start-break-reaches-the-app-action", full_caps,
            test_start_break_reaches_app_action);
  add_test ("start-break-launches-the-app-when-absent", full_caps,
            test_start_break_launches_app);
  add_test ("plain-notification-without-actions", plain_caps,
            test_plain_notification_without_actions);
  add_test ("no-notification-server-keeps-the-schedule", NULL, test_no_server_keeps_schedule);
  add_test ("dbus-reports-state-and-times", full_caps, test_dbus_reports_state);
  add_test ("exactly-one-timeout-and-no-tick", full_caps, test_one_timeout);
  add_test ("time-scale-shortens-the-real-delay", full_caps, test_time_scale_shortens_delay);
  add_test ("settings-apply-as-they-change", full_caps, test_settings_apply);
  add_test ("lock-is-a-natural-break", full_caps, test_lock_is_a_break);
  add_test ("sleep-is-a-natural-break", full_caps, test_sleep_is_a_break);
  add_test ("short-sleep-is-not-a-break", full_caps, test_short_sleep_is_not_a_break);
  add_test ("autostart-follows-the-settings", full_caps, test_autostart_follows_settings);
  add_test ("break-events-go-to-the-journal", full_caps, test_break_events_go_to_the_journal);
  add_test ("journal-flare-shortens-the-interval", full_caps,
            test_journal_flare_shortens_the_interval);
  add_test ("desk-recheck-a-week-after-first-run", full_caps,
            test_desk_recheck_a_week_after_first_run);
  g_test_add_func ("/sitwell/service/reminder-service/disabled-service-quits",
                   test_disabled_service_quits);
  g_test_add_func ("/sitwell/service/reminder-service/turning-reminders-off-quits",
                   test_turning_reminders_off_quits);

  /* The host's logind stays out of reach: sleep is tested through the monitor. */
  return fake_bus_run_tests ();
}

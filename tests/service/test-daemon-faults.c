/* test-daemon-faults.c: the reminder daemon when its desktop lets it down:
 * the notification server goes and comes back, the wall clock jumps, the
 * journal cannot be written
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "service-fixture.h"
#include "sw-settings.h"

#define MINUTE_US ((gint64) 60 * G_USEC_PER_SEC)
#define MINUTE_MS ((gint64) 60 * 1000)
#define HOUR_US   (60 * MINUTE_US)

static const char * const full_caps[] = { "actions", "body", "body-markup", NULL };

/* Helpers */

typedef struct
{
  Fixture  *fixture;
  gboolean  available;
} AvailableData;

static gboolean
has_availability (gpointer data)
{
  AvailableData *wanted = data;

  return sw_dbus_reminders1_get_notifications_available (wanted->fixture->proxy) ==
         wanted->available;
}

/* As the app sees it: its in-window prompt follows this property. */
static void
wait_for_notifications_available (Fixture  *fixture,
                                  gboolean  available)
{
  AvailableData wanted = { fixture, available };

  g_assert_true (fake_wait_until (has_availability, &wanted));
}

/* Nothing runs by itself: no timeout of 0 re-armed, no idle, no retry. */
static void
assert_quiet (void)
{
  guint n = 0;

  while (g_main_context_iteration (NULL, FALSE))
    g_assert_cmpuint (++n, <, 100);
}

/* The one timeout is armed, and the one before it is gone. */
static guint
assert_one_timeout (Fixture *fixture,
                    guint    previous)
{
  guint id = sw_reminder_service_get_timeout_id (fixture->service);

  g_assert_cmpuint (id, !=, 0);
  g_assert_true (fixture_source_exists (id));
  if (previous != 0 && previous != id)
    g_assert_false (fixture_source_exists (previous));

  return id;
}

static void
action_invoked_cb (SwNotifier *notifier,
                   const char *action,
                   const char *activation_token,
                   guint      *count)
{
  (*count)++;
}

/* Records whether notifications were available when BreakDue arrived. */
static void
break_due_seen_cb (SwDBusReminders1 *proxy,
                   GArray           *seen)
{
  gboolean available = sw_dbus_reminders1_get_notifications_available (proxy);

  g_array_append_val (seen, available);
}

static char *
journal_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "sitwell", "journal.db", NULL);
}

static char *
journal_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "sitwell", NULL);
}

static SwBreakLog *
break_log_of (Fixture *fixture)
{
  return sw_reminder_service_get_break_log (fixture->service);
}

/* The notification server goes away and comes back */

static void
test_server_leaves_and_returns (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(FakeNotify) first = NULL;
  g_autoptr(FakeNotify) again = NULL;
  g_autoptr(FakeNotify) next = NULL;
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (gboolean));
  g_autoptr(GError) error = NULL;
  guint timeout;

  g_signal_connect (fixture->proxy, "break-due", G_CALLBACK (break_due_seen_cb), seen);

  fixture_advance (fixture, 45 * MINUTE_US);
  first = fixture_wait_for_notify (fixture, 0);
  fixture_call (fixture, "Skip", NULL, &error);
  g_assert_no_error (error);
  timeout = assert_one_timeout (fixture, 0);

  /* The server leaves mid-session: the app hears of it at once. */
  g_clear_pointer (&fixture->server, fake_notification_server_free);
  wait_for_notifications_available (fixture, FALSE);
  g_assert_cmpuint (assert_one_timeout (fixture, 0), ==, timeout);
  g_assert_cmpint (sw_reminder_service_get_timeout_ms (fixture->service), ==, 45 * MINUTE_MS);

  /* The next reminder still falls due, for the app to show in its window. */
  fixture_advance (fixture, 45 * MINUTE_US);
  g_assert_cmpstr (sw_dbus_reminders1_get_state (fixture->proxy), ==, "due");
  g_assert_cmpuint (fixture->n_break_due, ==, 2);
  g_assert_cmpuint (seen->len, ==, 2);
  g_assert_true (g_array_index (seen, gboolean, 0));
  g_assert_false (g_array_index (seen, gboolean, 1));
  /* Waiting for an answer: nothing armed, nothing spinning. */
  g_assert_cmpuint (sw_reminder_service_get_timeout_id (fixture->service), ==, 0);
  assert_quiet ();

  /* A server comes back: the reminder still waiting is shown through it,
   * as a new notification (the old id meant something to the old server). */
  fixture->server = fake_notification_server_new (full_caps);
  wait_for_notifications_available (fixture, TRUE);
  again = fixture_wait_for_notify (fixture, 0);
  g_assert_cmpstr (again->summary, ==, "Time to stand up");
  g_assert_cmpuint (again->replaces_id, ==, 0);
  g_assert_cmpuint (g_strv_length (again->actions), ==, 6);

  /* Its buttons work, and the following reminder goes through it too. */
  fake_notification_server_invoke_action (fixture->server, again->id, "skip");
  fixture_wait_for_state (fixture, "working");
  assert_one_timeout (fixture, 0);
  fixture_advance (fixture, 45 * MINUTE_US);
  next = fixture_wait_for_notify (fixture, 1);
  g_assert_cmpstr (next->summary, ==, "Time to stand up");
  g_assert_cmpuint (fixture->n_break_due, ==, 3);
  g_assert_true (g_array_index (seen, gboolean, 2));
  g_assert_cmpuint (fake_notification_server_get_n_notifies (fixture->server), ==, 2);
}

static void
test_broken_server_reported_before_break_due (Fixture       *fixture,
                                              gconstpointer  data)
{
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (gboolean));
  g_autoptr(GError) error = NULL;
  g_autoptr(FakeNotify) notify = NULL;

  g_signal_connect (fixture->proxy, "break-due", G_CALLBACK (break_due_seen_cb), seen);

  /* The server keeps its name but fails: only the reminder finds out. */
  fake_notification_server_set_failing (fixture->server, TRUE);
  fixture_advance (fixture, 45 * MINUTE_US);
  g_assert_cmpuint (seen->len, ==, 1);
  /* BreakDue came after the property turned off, so the app reminds. */
  g_assert_false (g_array_index (seen, gboolean, 0));
  g_assert_false (sw_dbus_reminders1_get_notifications_available (fixture->proxy));
  g_assert_cmpuint (fake_notification_server_get_n_notifies (fixture->server), ==, 0);

  /* Mended, it is asked again before the next reminder. */
  fake_notification_server_set_failing (fixture->server, FALSE);
  fixture_call (fixture, "Skip", NULL, &error);
  g_assert_no_error (error);
  fixture_advance (fixture, 45 * MINUTE_US);
  notify = fixture_wait_for_notify (fixture, 0);
  g_assert_cmpstr (notify->summary, ==, "Time to stand up");
  g_assert_true (g_array_index (seen, gboolean, 1));
  g_assert_true (sw_dbus_reminders1_get_notifications_available (fixture->proxy));
}

static void
test_stale_action_from_replaced_server (Fixture       *fixture,
                                        gconstpointer  data)
{
  SwNotifier *notifier = sw_reminder_service_get_notifier (fixture->service);
  g_autoptr(FakeNotify) old = NULL;
  g_autoptr(FakeNotify) shown = NULL;
  FakeNotificationServer *replaced;
  guint n_actions = 0;

  g_signal_connect (notifier, "action-invoked", G_CALLBACK (action_invoked_cb), &n_actions);

  fixture_advance (fixture, 45 * MINUTE_US);
  old = fixture_wait_for_notify (fixture, 0);

  /* Another server takes over the name; the old one stays connected. */
  replaced = g_steal_pointer (&fixture->server);
  fake_notification_server_release_name (replaced);
  wait_for_notifications_available (fixture, FALSE);
  fixture->server = fake_notification_server_new (full_caps);
  wait_for_notifications_available (fixture, TRUE);
  shown = fixture_wait_for_notify (fixture, 0);
  /* Both servers count from 1: the ids are the same number. */
  g_assert_cmpuint (shown->id, ==, old->id);

  /* A press on the old server's notification changes nothing… */
  fake_notification_server_invoke_action (replaced, old->id, "skip");
  fake_notification_server_sync (replaced);
  fixture_sync (fixture);
  g_assert_cmpstr (sw_dbus_reminders1_get_state (fixture->proxy), ==, "due");
  g_assert_cmpuint (n_actions, ==, 0);

  /* …a press on the one shown now does. */
  fake_notification_server_invoke_action (fixture->server, shown->id, "skip");
  fixture_wait_for_state (fixture, "working");
  g_assert_cmpuint (n_actions, ==, 1);

  fake_notification_server_free (replaced);
}

static void
test_stale_action_after_restart (Fixture       *fixture,
                                 gconstpointer  data)
{
  SwNotifier *notifier = sw_reminder_service_get_notifier (fixture->service);
  g_autofree char *args_path = g_strconcat (fixture->app_script, ".args", NULL);
  g_autoptr(FakeNotify) old = NULL;
  g_autoptr(FakeNotify) next = NULL;
  g_autoptr(GError) error = NULL;
  guint n_actions = 0;

  g_signal_connect (notifier, "action-invoked", G_CALLBACK (action_invoked_cb), &n_actions);

  fixture_advance (fixture, 45 * MINUTE_US);
  old = fixture_wait_for_notify (fixture, 0);

  /* The server restarts while the reminder is up: the app is told again,
   * to remind in its window, and snoozes it (a snoozed reminder's
   * notification is kept, for the next to replace). */
  g_clear_pointer (&fixture->server, fake_notification_server_free);
  wait_for_notifications_available (fixture, FALSE);
  fixture_sync (fixture);
  g_assert_cmpuint (fixture->n_break_due, ==, 2);
  fixture_call (fixture, "Snooze", NULL, &error);
  g_assert_no_error (error);
  fixture->server = fake_notification_server_new (full_caps);
  wait_for_notifications_available (fixture, TRUE);

  /* The new server sends "Start break" for the old id (a history it
   * replayed, or its own notification 1): no break, no break window. */
  fake_notification_server_invoke_action (fixture->server, old->id, "start-break");
  fake_notification_server_sync (fixture->server);
  fixture_sync (fixture);
  g_assert_cmpuint (n_actions, ==, 0);
  g_assert_cmpstr (sw_dbus_reminders1_get_state (fixture->proxy), ==, "snoozed");
  g_assert_cmpuint (fake_notification_server_get_n_notifies (fixture->server), ==, 0);

  /* The snoozed reminder comes back as a new notification on the new server. */
  fixture_advance (fixture, 10 * MINUTE_US);
  next = fixture_wait_for_notify (fixture, 0);
  g_assert_cmpuint (next->replaces_id, ==, 0);
  g_assert_cmpuint (n_actions, ==, 0);
  g_assert_false (g_file_test (args_path, G_FILE_TEST_EXISTS));
}

/* The wall clock jumps */

static void
emit_clock_jump (Fixture *fixture)
{
  SwClockMonitor *monitor = sw_reminder_service_get_clock_monitor (fixture->service);

  g_signal_emit_by_name (monitor, "jumped");
  fixture_sync (fixture);
}

static void
jump_while_sitting (Fixture *fixture,
                    gint64   jump_us)
{
  guint before, after;
  gint64 due_real;

#ifdef __linux__
  g_assert_true (sw_clock_monitor_get_watching (
                   sw_reminder_service_get_clock_monitor (fixture->service)));
#endif

  fixture_advance (fixture, 20 * MINUTE_US);
  before = assert_one_timeout (fixture, 0);

  sw_fake_clock_jump_real (fixture->clock, jump_us);
  emit_clock_jump (fixture);

  /* No burst, and the same 25 minutes to go, counted from the new time. */
  g_assert_cmpuint (fixture->n_break_due, ==, 0);
  g_assert_cmpstr (sw_dbus_reminders1_get_state (fixture->proxy), ==, "working");
  due_real = sw_dbus_reminders1_get_next_due (fixture->proxy);
  g_assert_cmpint (due_real, ==, fixture_real_now (fixture) + 25 * MINUTE_US);
  g_assert_cmpint (sw_reminder_service_get_timeout_ms (fixture->service), ==, 25 * MINUTE_MS);
  after = assert_one_timeout (fixture, before);

  /* The timeout firing early changes nothing; on time, one reminder. */
  fixture_advance (fixture, 25 * MINUTE_US - 1);
  assert_one_timeout (fixture, after);
  g_assert_cmpuint (fixture->n_break_due, ==, 0);
  fixture_advance (fixture, 1);
  g_assert_cmpuint (fixture->n_break_due, ==, 1);
  g_assert_cmpint (fixture_real_now (fixture), ==, due_real);

  /* Logged at the wall time it fell due. */
  {
    g_autofree char *due = g_strdup_printf ("due %" G_GINT64_FORMAT " -1",
                                            45 + jump_us / MINUTE_US);
    g_autofree char *shown = g_strdup_printf ("shown %" G_GINT64_FORMAT " -1",
                                              45 + jump_us / MINUTE_US);
    const char * const expected[] = { due, shown, NULL };

    fixture_assert_break_events (fixture, expected);
  }
}

static void
test_clock_jumps_forward_while_sitting (Fixture       *fixture,
                                        gconstpointer  data)
{
  jump_while_sitting (fixture, 2 * HOUR_US);
}

static void
test_clock_jumps_back_while_sitting (Fixture       *fixture,
                                     gconstpointer  data)
{
  jump_while_sitting (fixture, -2 * HOUR_US);
}

static void
jump_during_break (Fixture *fixture,
                   gint64   jump_us)
{
  g_autoptr(GError) error = NULL;
  gint64 jump_min = jump_us / MINUTE_US;
  g_autofree char *completed = NULL;
  g_autofree char *second_completed = NULL;

  /* A break taken by hand, finished by hand: 5 minutes, whatever the clock did. */
  fixture_call (fixture, "TakeBreakNow", NULL, &error);
  g_assert_no_error (error);
  fixture_advance (fixture, 2 * MINUTE_US);
  sw_fake_clock_jump_real (fixture->clock, jump_us);
  emit_clock_jump (fixture);
  g_assert_cmpint (sw_dbus_reminders1_get_state_ends (fixture->proxy), ==,
                   fixture_real_now (fixture) + 3 * MINUTE_US);
  g_assert_cmpint (sw_reminder_service_get_timeout_ms (fixture->service), ==, 5 * MINUTE_MS);
  fixture_advance (fixture, 3 * MINUTE_US);
  fixture_call (fixture, "FinishBreak", g_variant_new ("(b)", TRUE), &error);
  g_assert_no_error (error);

  /* One left to complete by itself, with a jump the other way. */
  fixture_call (fixture, "TakeBreakNow", NULL, &error);
  g_assert_no_error (error);
  sw_fake_clock_jump_real (fixture->clock, -jump_us);
  emit_clock_jump (fixture);
  fixture_advance (fixture, 7 * MINUTE_US);
  g_assert_cmpstr (sw_dbus_reminders1_get_state (fixture->proxy), ==, "working");

  completed = g_strdup_printf ("completed %" G_GINT64_FORMAT " 300", 5 + jump_min);
  second_completed = g_strdup_printf ("completed %d 300", 10);
  {
    g_autofree char *started = g_strdup_printf ("started %" G_GINT64_FORMAT " -1", 5 + jump_min);
    const char * const expected[] = {
      "started 0 -1", completed, started, second_completed, NULL
    };

    fixture_assert_break_events (fixture, expected);
  }
}

static void
test_clock_jumps_forward_during_break (Fixture       *fixture,
                                       gconstpointer  data)
{
  jump_during_break (fixture, 2 * HOUR_US);
}

static void
test_clock_jumps_back_during_break (Fixture       *fixture,
                                    gconstpointer  data)
{
  jump_during_break (fixture, -2 * HOUR_US);
}

static void
test_clock_jump_ends_pause_until_tomorrow (Fixture       *fixture,
                                           gconstpointer  data)
{
  g_autoptr(GDateTime) tomorrow = g_date_time_new_local (2026, 3, 3, 8, 0, 0);
  gint64 tomorrow_us = g_date_time_to_unix (tomorrow) * G_USEC_PER_SEC;
  g_autoptr(GError) error = NULL;
  guint before;

  fixture_call (fixture, "Pause", g_variant_new ("(x)", (gint64) -1), &error);
  g_assert_no_error (error);
  g_assert_cmpint (sw_dbus_reminders1_get_state_ends (fixture->proxy), ==, tomorrow_us);
  g_assert_cmpint (sw_reminder_service_get_timeout_ms (fixture->service), ==, 22 * 60 * MINUTE_MS);

  /* Set back two hours: the pause still ends at 08:00, now 24 hours away. */
  before = assert_one_timeout (fixture, 0);
  sw_fake_clock_jump_real (fixture->clock, -2 * HOUR_US);
  emit_clock_jump (fixture);
  g_assert_cmpstr (sw_dbus_reminders1_get_state (fixture->proxy), ==, "paused");
  g_assert_cmpint (sw_dbus_reminders1_get_state_ends (fixture->proxy), ==, tomorrow_us);
  g_assert_cmpint (sw_reminder_service_get_timeout_ms (fixture->service), ==, 24 * 60 * MINUTE_MS);
  before = assert_one_timeout (fixture, before);

  /* Set to 09:00 the next day: the pause is over now, not a day late. */
  sw_fake_clock_jump_real (fixture->clock, 25 * HOUR_US);
  emit_clock_jump (fixture);
  g_assert_cmpstr (sw_dbus_reminders1_get_state (fixture->proxy), ==, "working");
  g_assert_cmpint (sw_dbus_reminders1_get_next_due (fixture->proxy), ==,
                   fixture_real_now (fixture) + 45 * MINUTE_US);
  g_assert_cmpint (sw_reminder_service_get_timeout_ms (fixture->service), ==, 45 * MINUTE_MS);
  assert_one_timeout (fixture, before);
  g_assert_cmpuint (fixture->n_break_due, ==, 0);
}

static void
test_clock_jump_into_work_hours (Fixture       *fixture,
                                 gconstpointer  data)
{
  /* Work from 12:00; it is 10:00. */
  fixture_set_int (SW_SETTINGS_KEY_WORK_START_MINUTES, 12 * 60);
  fixture_set_boolean (SW_SETTINGS_KEY_WORK_HOURS_ENABLED, TRUE);
  fixture_sync (fixture);
  g_assert_cmpstr (sw_dbus_reminders1_get_state (fixture->proxy), ==, "outside-work-hours");
  g_assert_cmpint (sw_reminder_service_get_timeout_ms (fixture->service), ==, 120 * MINUTE_MS);

  /* The clock is put right to 12:30: work has begun. */
  sw_fake_clock_jump_real (fixture->clock, 150 * MINUTE_US);
  emit_clock_jump (fixture);
  g_assert_cmpstr (sw_dbus_reminders1_get_state (fixture->proxy), ==, "working");
  g_assert_cmpint (sw_reminder_service_get_timeout_ms (fixture->service), ==, 45 * MINUTE_MS);
  g_assert_cmpint (sw_dbus_reminders1_get_next_due (fixture->proxy), ==,
                   fixture_real_now (fixture) + 45 * MINUTE_US);

  /* And back to 11:30: outside again, until 12:00. */
  sw_fake_clock_jump_real (fixture->clock, -60 * MINUTE_US);
  emit_clock_jump (fixture);
  g_assert_cmpstr (sw_dbus_reminders1_get_state (fixture->proxy), ==, "outside-work-hours");
  g_assert_cmpint (sw_reminder_service_get_timeout_ms (fixture->service), ==, 30 * MINUTE_MS);
  g_assert_cmpuint (fixture->n_break_due, ==, 0);
}

/* The journal cannot be written */

/* The journal exists, but its folder has become read-only before the
 * daemon starts. */
static void
setup_read_only_journal (Fixture       *fixture,
                         gconstpointer  capabilities)
{
  g_autofree char *dir = journal_dir ();
  g_autoptr(SwFakeClock) clock = sw_fake_clock_new (0);
  g_autoptr(GFile) file = sw_journal_get_default_file ();
  g_autoptr(SwJournal) journal = NULL;
  g_autoptr(GError) error = NULL;

  journal = sw_journal_open (file, SW_CLOCK (clock), &error);
  g_assert_no_error (error);
  g_clear_object (&journal);

  g_assert_cmpint (g_chmod (dir, 0500), ==, 0);
  fixture_obey_permissions (TRUE);

  fixture_setup (fixture, capabilities);
}

static void
teardown_read_only_journal (Fixture       *fixture,
                            gconstpointer  capabilities)
{
  g_autofree char *dir = journal_dir ();

  fixture_teardown (fixture, capabilities);
  fixture_obey_permissions (FALSE);
  g_chmod (dir, 0700);
}

static void
test_read_only_folder_keeps_events (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autofree char *dir = journal_dir ();
  g_autoptr(FakeNotify) notify = NULL;
  const char * const expected[] = {
    "due 45 -1", "shown 45 -1", "snoozed 46 600", "due 56 -1", "shown 56 -1",
    "skipped 57 0", NULL
  };

  g_assert_true (sw_journal_is_read_only (sw_break_log_get_journal (break_log_of (fixture))));

  /* Reminders go on, and every answer counts, in memory for now. */
  fixture_advance (fixture, 45 * MINUTE_US);
  notify = fixture_wait_for_notify (fixture, 0);
  fixture_advance (fixture, MINUTE_US);
  fake_notification_server_invoke_action (fixture->server, notify->id, "snooze");
  fixture_wait_for_state (fixture, "snoozed");
  fixture_advance (fixture, 10 * MINUTE_US);
  g_assert_true (fake_notification_server_wait_for_notifies (fixture->server, 2));
  g_assert_cmpuint (fixture->n_break_due, ==, 2);
  g_assert_cmpuint (sw_break_log_get_n_pending (break_log_of (fixture)), ==, 5);

  /* Writable again: the next wakeup writes them, in order, as they were. */
  g_assert_cmpint (g_chmod (dir, 0700), ==, 0);
  fixture_advance (fixture, MINUTE_US);
  g_assert_cmpuint (sw_break_log_get_n_pending (break_log_of (fixture)), ==, 0);
  fake_notification_server_invoke_action (fixture->server, notify->id, "skip");
  fixture_wait_for_state (fixture, "working");
  g_assert_cmpuint (sw_break_log_get_n_dropped (break_log_of (fixture)), ==, 0);
  fixture_assert_break_events (fixture, expected);
}

static void
set_file_size_limit (rlim_t limit)
{
  struct rlimit rl;

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &rl), ==, 0);
  rl.rlim_cur = limit;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &rl), ==, 0);
}

static void
lift_file_size_limit (void)
{
  struct rlimit rl;

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &rl), ==, 0);
  set_file_size_limit (rl.rlim_max);
}

static void
test_file_size_limit_keeps_events (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(FakeNotify) notify = NULL;
  g_autoptr(GError) error = NULL;
  const char * const expected[] = {
    "due 45 -1", "shown 45 -1", "snoozed 45 600", "due 55 -1", "shown 55 -1",
    "skipped 55 0", NULL
  };
  guint timeout;

  fixture_advance (fixture, 45 * MINUTE_US);
  notify = fixture_wait_for_notify (fixture, 0);
  g_assert_cmpuint (sw_break_log_get_n_pending (break_log_of (fixture)), ==, 0);

  /* No file may grow from here on: a full disk, as far as SQLite can tell
   * (SIGXFSZ is ignored, so the write fails with EFBIG). */
  set_file_size_limit (0);
  fake_notification_server_invoke_action (fixture->server, notify->id, "snooze");
  fixture_wait_for_state (fixture, "snoozed");
  timeout = assert_one_timeout (fixture, 0);
  g_assert_cmpint (sw_reminder_service_get_timeout_ms (fixture->service), ==, 10 * MINUTE_MS);
  fixture_advance (fixture, 10 * MINUTE_US);
  g_assert_true (fake_notification_server_wait_for_notifies (fixture->server, 2));
  g_assert_false (fixture_source_exists (timeout));
  g_assert_cmpuint (sw_break_log_get_n_pending (break_log_of (fixture)), ==, 3);
  assert_quiet ();

  lift_file_size_limit ();
  fixture_call (fixture, "Skip", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sw_break_log_get_n_pending (break_log_of (fixture)), ==, 0);
  fixture_assert_break_events (fixture, expected);
}

/* Overwrites the journal with what is not a database: in place when
 * @in_place, else by renaming a new file over it. */
static void
replace_journal_with_garbage (gboolean in_place)
{
  g_autofree char *path = journal_path ();
  g_autofree char *garbage = g_malloc (65536);
  g_autoptr(GError) error = NULL;

  memset (garbage, 'Z', 65536);

  if (in_place)
    {
      sqlite3 *db = NULL;
      int fd;

      /* Everything in the main file, as after SQLite's own checkpoints:
       * what is left in the -wal would go back into the file when the
       * daemon lets go of it, and mend it. */
      g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_exec (db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL),
                       ==, SQLITE_OK);
      sqlite3_close (db);

      fd = g_open (path, O_WRONLY | O_TRUNC, 0);

      g_assert_cmpint (fd, >=, 0);
      g_assert_cmpint (write (fd, garbage, 65536), ==, 65536);
      g_assert_true (g_close (fd, NULL));
    }
  else
    {
      g_file_set_contents (path, garbage, 65536, &error);
      g_assert_no_error (error);
    }
}

static guint
count_moved_aside (void)
{
  g_autofree char *dir = journal_dir ();
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (name, "journal.db.corrupt-") && !g_str_has_suffix (name, "-wal") &&
        !g_str_has_suffix (name, "-shm"))
      n++;

  return n;
}

static void
journal_replaced_by_garbage (Fixture  *fixture,
                             gboolean  in_place)
{
  g_autoptr(FakeNotify) notify = NULL;
  const char * const before[] = { "due 45 -1", "shown 45 -1", NULL };
  const char * const after[] = { "skipped 46 0", "due 91 -1", "shown 91 -1", NULL };

  fixture_advance (fixture, 45 * MINUTE_US);
  notify = fixture_wait_for_notify (fixture, 0);
  fixture_assert_break_events (fixture, before);

  replace_journal_with_garbage (in_place);

  /* The damaged file is moved aside, and what follows goes to a new one
   * rather than into a file nobody will read again. */
  fixture_advance (fixture, MINUTE_US);
  fake_notification_server_invoke_action (fixture->server, notify->id, "skip");
  fixture_wait_for_state (fixture, "working");
  g_assert_cmpuint (count_moved_aside (), ==, 1);
  g_assert_cmpuint (sw_break_log_get_n_pending (break_log_of (fixture)), ==, 0);

  fixture_advance (fixture, 45 * MINUTE_US);
  g_assert_true (fake_notification_server_wait_for_notifies (fixture->server, 2));
  fixture_assert_break_events (fixture, after);
  g_assert_cmpuint (fixture->n_break_due, ==, 2);
}

static void
test_journal_overwritten_with_garbage (Fixture       *fixture,
                                       gconstpointer  data)
{
  journal_replaced_by_garbage (fixture, TRUE);
}

static void
test_journal_replaced_by_garbage (Fixture       *fixture,
                                  gconstpointer  data)
{
  journal_replaced_by_garbage (fixture, FALSE);
}

static void
add_test (const char *name,
          void      (*test) (Fixture *, gconstpointer))
{
  g_autofree char *path = g_strconcat ("/sitwell/service/faults/", name, NULL);

  g_test_add (path, Fixture, full_caps, fixture_setup, test, fixture_teardown);
}

int
main (int   argc,
      char *argv[])
{
  /* As sitwell-reminders does: a file-size limit fails a write, not us. */
  signal (SIGXFSZ, SIG_IGN);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  add_test ("notification-server-leaves-and-returns", test_server_leaves_and_returns);
  add_test ("broken-server-reported-before-break-due",
            test_broken_server_reported_before_break_due);
  add_test ("stale-action-from-a-replaced-server", test_stale_action_from_replaced_server);
  add_test ("stale-action-after-a-server-restart", test_stale_action_after_restart);
  add_test ("clock-jumps-forward-while-sitting", test_clock_jumps_forward_while_sitting);
  add_test ("clock-jumps-back-while-sitting", test_clock_jumps_back_while_sitting);
  add_test ("clock-jumps-forward-during-a-break", test_clock_jumps_forward_during_break);
  add_test ("clock-jumps-back-during-a-break", test_clock_jumps_back_during_break);
  add_test ("clock-jump-ends-a-pause-until-tomorrow", test_clock_jump_ends_pause_until_tomorrow);
  add_test ("clock-jump-into-work-hours", test_clock_jump_into_work_hours);
  g_test_add ("/sitwell/service/faults/read-only-folder-keeps-events", Fixture, full_caps,
              setup_read_only_journal, test_read_only_folder_keeps_events,
              teardown_read_only_journal);
  add_test ("file-size-limit-keeps-events", test_file_size_limit_keeps_events);
  add_test ("journal-overwritten-with-garbage", test_journal_overwritten_with_garbage);
  add_test ("journal-replaced-by-garbage", test_journal_replaced_by_garbage);

  return fake_bus_run_tests ();
}

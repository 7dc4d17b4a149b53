/* test-reminder-state.c: the reminder daemon carries its schedule over a
 * crash, and only where it should
 *
 * Each test runs a daemon on a fake clock, "crashes" it (it is dropped
 * without quitting, as SIGKILL would leave it) and starts another on a
 * clock of its own that reads the same wall time, as the app does when the
 * daemon dies. The state file is in the test's own $XDG_STATE_HOME.
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <libnotify/notify.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#include "service-fixture.h"
#include "sw-settings.h"

#define MINUTE_US ((gint64) 60 * G_USEC_PER_SEC)
#define MINUTE_MS ((gint64) 60 * 1000)
#define HOUR_US   (60 * MINUTE_US)

static const char * const full_caps[] = { "actions", "body", "body-markup", NULL };

/* Helpers */

static char *
state_path (void)
{
  return g_build_filename (g_get_user_state_dir (), "sitwell", "reminders-state", NULL);
}

static const char *
state_of (Fixture *fixture)
{
  return sw_dbus_reminders1_get_state (fixture->proxy);
}

static gint64
next_due (Fixture *fixture)
{
  return sw_dbus_reminders1_get_next_due (fixture->proxy);
}

static gint64
state_ends (Fixture *fixture)
{
  return sw_dbus_reminders1_get_state_ends (fixture->proxy);
}

static void
call (Fixture    *fixture,
      const char *method,
      GVariant   *parameters)
{
  g_autoptr(GError) error = NULL;

  fixture_call (fixture, method, parameters, &error);
  g_assert_no_error (error);
}

/* Takes a break now, as the app's Take a Break does; returns when its
 * length is up. */
static gint64
start_break (Fixture *fixture)
{
  call (fixture, "TakeBreakNow", NULL);
  g_assert_cmpstr (state_of (fixture), ==, "on-break");

  return state_ends (fixture);
}

/* A fresh schedule: working, the next reminder a full interval from now. */
static void
assert_fresh (Fixture *fixture)
{
  g_assert_cmpstr (state_of (fixture), ==, "working");
  g_assert_cmpint (next_due (fixture), ==, fixture_real_now (fixture) + 45 * MINUTE_US);
  g_assert_cmpint (sw_reminder_service_get_timeout_ms (fixture->service), ==, 45 * MINUTE_MS);
  g_assert_cmpuint (fixture->n_break_due, ==, 0);
}

static GKeyFile *
load_state (void)
{
  g_autofree char *path = state_path ();
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GError) error = NULL;

  g_key_file_load_from_file (key_file, path, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&key_file);
}

static void
store_state (GKeyFile *key_file)
{
  g_autofree char *path = state_path ();
  g_autoptr(GError) error = NULL;

  g_key_file_save_to_file (key_file, path, &error);
  g_assert_no_error (error);
}

/* Counts the state file's saves: each replaces the file by renaming a new
 * one over it, which inotify reports as it happens. */
static int
watch_saves (void)
{
  g_autofree char *path = state_path ();
  g_autofree char *folder = g_path_get_dirname (path);
  int fd = inotify_init1 (IN_NONBLOCK | IN_CLOEXEC);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (inotify_add_watch (fd, folder, IN_MOVED_TO), >=, 0);

  return fd;
}

/* How many saves since the last call. */
static guint
count_saves (int fd)
{
  char buffer[4096] __attribute__ ((aligned (__alignof__ (struct inotify_event))));
  guint n = 0;
  ssize_t length;

  while ((length = read (fd, buffer, sizeof buffer)) > 0)
    {
      for (char *p = buffer; p < buffer + length; )
        {
          struct inotify_event *event = (struct inotify_event *) p;

          if (event->len > 0 && g_str_equal (event->name, "reminders-state"))
            n++;
          p += sizeof (struct inotify_event) + event->len;
        }
    }
  g_assert_true (length < 0 && errno == EAGAIN);

  return n;
}

/* (a) The sitting time so far */

static void
test_sitting_time_carries_over (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(FakeNotify) notify = NULL;
  const char * const events[] = { "due 45 -1", "shown 45 -1", NULL };
  gint64 due;

  fixture_advance (fixture, 20 * MINUTE_US);
  due = next_due (fixture);
  g_assert_cmpint (due, ==, fixture->start_real_us + 45 * MINUTE_US);

  /* Back thirty seconds later: the same moment, not a full interval on. */
  fixture_crash_restart (fixture, 30 * G_USEC_PER_SEC);
  g_assert_cmpstr (state_of (fixture), ==, "working");
  g_assert_cmpint (next_due (fixture), ==, due);
  g_assert_cmpint (sw_reminder_service_get_timeout_ms (fixture->service), ==,
                   25 * MINUTE_MS - 30 * 1000);

  /* One reminder, at that moment. */
  fixture_advance (fixture, 25 * MINUTE_US - 30 * G_USEC_PER_SEC - 1);
  g_assert_cmpuint (fixture->n_break_due, ==, 0);
  fixture_advance (fixture, 1);
  g_assert_cmpuint (fixture->n_break_due, ==, 1);
  notify = fixture_wait_for_notify (fixture, 0);
  g_assert_cmpstr (notify->summary, ==, "Time to stand up");
  g_assert_cmpint (fixture_real_now (fixture), ==, due);
  fixture_assert_break_events (fixture, events);
}

/* Due while it was down: due now, once. */
static void
test_due_while_down_is_due_now (Fixture       *fixture,
                                gconstpointer  data)
{
  const char * const events[] = { "due 48 -1", "shown 48 -1", NULL };

  fixture_advance (fixture, 40 * MINUTE_US);
  fixture_crash_restart (fixture, 8 * MINUTE_US);

  g_assert_cmpstr (state_of (fixture), ==, "due");
  g_assert_true (fake_notification_server_wait_for_notifies (fixture->server, 1));
  fixture_advance (fixture, MINUTE_US);
  g_assert_cmpuint (fake_notification_server_get_n_notifies (fixture->server), ==, 1);
  g_assert_cmpuint (sw_reminder_service_get_timeout_id (fixture->service), ==, 0);
  fixture_assert_break_events (fixture, events);
}

/* (b) A snooze in progress, and how many there were */

static void
test_snooze_carries_over (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(FakeNotify) second = NULL;
  g_autoptr(FakeNotify) third = NULL;
  const char * const no_snooze[] = { "start-break", "Start break", "skip", "Skip", NULL };

  fixture_advance (fixture, 45 * MINUTE_US);
  g_assert_true (fake_notification_server_wait_for_notifies (fixture->server, 1));
  call (fixture, "Snooze", NULL);
  fixture_advance (fixture, 3 * MINUTE_US);

  fixture_crash_restart (fixture, MINUTE_US);
  g_assert_cmpstr (state_of (fixture), ==, "snoozed");
  g_assert_cmpint (next_due (fixture), ==, fixture->start_real_us + 55 * MINUTE_US);
  g_assert_cmpint (sw_reminder_service_get_timeout_ms (fixture->service), ==, 6 * MINUTE_MS);
  g_assert_cmpuint (fake_notification_server_get_n_notifies (fixture->server), ==, 1);

  fixture_advance (fixture, 6 * MINUTE_US);
  second = fixture_wait_for_notify (fixture, 1);
  g_assert_cmpuint (fixture->n_break_due, ==, 1);

  /* The second snooze in a row is the last, as before the crash. */
  call (fixture, "Snooze", NULL);
  fixture_advance (fixture, 10 * MINUTE_US);
  third = fixture_wait_for_notify (fixture, 2);
  g_assert_cmpstrv ((const char * const *) third->actions, no_snooze);
}

/* (c) A reminder waiting for an answer */

static void
test_waiting_reminder_comes_back (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(FakeNotify) again = NULL;
  const char * const events[] = {
    "due 45 -1", "shown 45 -1", "skipped 47 0", NULL
  };

  fixture_advance (fixture, 45 * MINUTE_US);
  g_assert_true (fake_notification_server_wait_for_notifies (fixture->server, 1));

  /* Unanswered for long: it still waits, shown again, not logged again. */
  fixture_crash_restart (fixture, 2 * MINUTE_US);
  g_assert_cmpstr (state_of (fixture), ==, "due");
  g_assert_cmpint (next_due (fixture), ==, fixture->start_real_us + 45 * MINUTE_US);
  again = fixture_wait_for_notify (fixture, 1);
  g_assert_cmpstr (again->summary, ==, "Time to stand up");
  g_assert_cmpuint (g_strv_length (again->actions), ==, 6);
  g_assert_cmpuint (sw_reminder_service_get_timeout_id (fixture->service), ==, 0);

  /* Its buttons work. */
  fake_notification_server_invoke_action (fixture->server, again->id, "skip");
  fixture_wait_for_state (fixture, "working");
  fixture_assert_break_events (fixture, events);
}

/* (d) A break in progress */

static void
test_break_carries_over (Fixture       *fixture,
                         gconstpointer  data)
{
  const char * const events[] = { "started 0 -1", "completed 3 180", NULL };
  gint64 ends = start_break (fixture);

  g_assert_cmpint (ends, ==, fixture->start_real_us + 5 * MINUTE_US);
  fixture_advance (fixture, 2 * MINUTE_US);

  fixture_crash_restart (fixture, 30 * G_USEC_PER_SEC);
  g_assert_cmpstr (state_of (fixture), ==, "on-break");
  g_assert_cmpint (state_ends (fixture), ==, ends);

  /* The break window's Done reaches a daemon on that break, and the
   * break is logged with its real length. */
  fixture_advance (fixture, 30 * G_USEC_PER_SEC);
  call (fixture, "FinishBreak", g_variant_new ("(b)", TRUE));
  g_assert_cmpstr (state_of (fixture), ==, "working");
  g_assert_cmpint (next_due (fixture), ==, fixture_real_now (fixture) + 45 * MINUTE_US);
  fixture_assert_break_events (fixture, events);
}

/* Its length and grace passed while the daemon was down: it completed,
 * logged at the end of its length, and the sitting time runs from there. */
static void
test_break_over_while_down_is_logged (Fixture       *fixture,
                                      gconstpointer  data)
{
  const char * const events[] = { "started 0 -1", "completed 5 300", NULL };
  gint64 ends = start_break (fixture);

  fixture_advance (fixture, MINUTE_US);
  fixture_crash_restart (fixture, 7 * MINUTE_US);

  g_assert_cmpstr (state_of (fixture), ==, "working");
  g_assert_cmpint (next_due (fixture), ==, fixture->start_real_us + 50 * MINUTE_US);
  fixture_assert_break_events (fixture, events);

  /* The break window, still open, says Done: nothing more is logged. */
  call (fixture, "FinishBreakEndingAt", g_variant_new ("(bx)", TRUE, ends));
  call (fixture, "FinishBreak", g_variant_new ("(b)", TRUE));
  fixture_assert_break_events (fixture, events);
  g_assert_cmpint (next_due (fixture), ==, fixture->start_real_us + 50 * MINUTE_US);
}

/* Paused in the middle of a break, which ended it; then a crash. The
 * break window, still open, cannot make the daemon log it twice. */
static void
test_break_ended_before_the_crash_is_not_logged_again (Fixture       *fixture,
                                                       gconstpointer  data)
{
  const char * const events[] = { "started 0 -1", "skipped 2 120", NULL };
  gint64 ends = start_break (fixture);

  fixture_advance (fixture, 2 * MINUTE_US);
  call (fixture, "Pause", g_variant_new ("(x)", (gint64) 3600));
  fixture_crash_restart (fixture, 30 * G_USEC_PER_SEC);
  g_assert_cmpstr (state_of (fixture), ==, "paused");

  call (fixture, "FinishBreakEndingAt", g_variant_new ("(bx)", TRUE, ends));
  fixture_assert_break_events (fixture, events);
  g_assert_cmpstr (state_of (fixture), ==, "paused");
}

/* The state was lost too (a damaged or missing file): the break window
 * names the break by its end, and the new daemon logs it, once. */
static void
test_lost_break_is_finished_once (Fixture       *fixture,
                                  gconstpointer  data)
{
  const char * const started[] = { "started 0 -1", NULL };
  const char * const finished[] = { "started 0 -1", "completed 2 150", NULL };
  g_autofree char *path = state_path ();
  gint64 ends = start_break (fixture);

  fixture_advance (fixture, 2 * MINUTE_US);
  g_assert_cmpint (g_unlink (path), ==, 0);
  fixture_crash_restart (fixture, 30 * G_USEC_PER_SEC);
  assert_fresh (fixture);

  /* FinishBreak alone says nothing of which break: nothing to log. */
  call (fixture, "FinishBreak", g_variant_new ("(b)", TRUE));
  fixture_assert_break_events (fixture, started);

  /* A break that began after this daemon started is not one it lost. */
  call (fixture, "FinishBreakEndingAt",
        g_variant_new ("(bx)", TRUE, fixture_real_now (fixture) + 5 * MINUTE_US));
  fixture_assert_break_events (fixture, started);

  call (fixture, "FinishBreakEndingAt", g_variant_new ("(bx)", TRUE, ends));
  fixture_assert_break_events (fixture, finished);
  assert_fresh (fixture);

  /* Said twice, logged once. */
  call (fixture, "FinishBreakEndingAt", g_variant_new ("(bx)", TRUE, ends));
  fixture_assert_break_events (fixture, finished);
}

/* Too late for it: it would have completed by itself, and the log cannot
 * tell whether it did. */
static void
test_lost_break_past_its_grace_is_not_logged (Fixture       *fixture,
                                              gconstpointer  data)
{
  const char * const started[] = { "started 0 -1", NULL };
  g_autofree char *path = state_path ();
  gint64 ends = start_break (fixture);

  g_assert_cmpint (g_unlink (path), ==, 0);
  fixture_crash_restart (fixture, 7 * MINUTE_US);
  call (fixture, "FinishBreakEndingAt", g_variant_new ("(bx)", FALSE, ends));
  fixture_assert_break_events (fixture, started);
}

/* (e) A pause, of each kind */

static void
test_pause_carries_over (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GDateTime) tomorrow = g_date_time_new_local (2026, 3, 3, 9, 0, 0);
  gint64 ends;

  call (fixture, "Pause", g_variant_new ("(x)", (gint64) 3600));
  ends = state_ends (fixture);
  g_assert_cmpint (ends, ==, fixture->start_real_us + HOUR_US);
  fixture_crash_restart (fixture, MINUTE_US);
  g_assert_cmpstr (state_of (fixture), ==, "paused");
  g_assert_cmpint (state_ends (fixture), ==, ends);
  g_assert_cmpint (next_due (fixture), ==, ends + 45 * MINUTE_US);
  g_assert_cmpint (sw_reminder_service_get_timeout_ms (fixture->service), ==, 59 * MINUTE_MS);

  /* Until resumed: for as long as the session lasts. */
  call (fixture, "Pause", g_variant_new ("(x)", (gint64) 0));
  fixture_crash_restart (fixture, 3 * HOUR_US);
  g_assert_cmpstr (state_of (fixture), ==, "paused");
  g_assert_cmpint (state_ends (fixture), ==, 0);
  g_assert_cmpuint (sw_reminder_service_get_timeout_id (fixture->service), ==, 0);

  /* Until tomorrow, at the start of work hours, and then it ends. */
  fixture_set_boolean (SW_SETTINGS_KEY_WORK_HOURS_ENABLED, TRUE);
  call (fixture, "Pause", g_variant_new ("(x)", (gint64) -1));
  ends = state_ends (fixture);
  g_assert_cmpint (ends, ==, g_date_time_to_unix (tomorrow) * G_USEC_PER_SEC);
  fixture_crash_restart (fixture, MINUTE_US);
  g_assert_cmpstr (state_of (fixture), ==, "paused");
  g_assert_cmpint (state_ends (fixture), ==, ends);
  fixture_advance (fixture, ends - fixture_real_now (fixture));
  g_assert_cmpstr (state_of (fixture), ==, "working");
  g_assert_cmpint (next_due (fixture), ==, ends + 45 * MINUTE_US);
}

/* What is not carried over */

/* Down for longer than a break past the next wakeup: the person may have
 * left their desk meanwhile, which would have been a natural break. */
static void
test_stale_state_starts_afresh (Fixture       *fixture,
                                gconstpointer  data)
{
  const char * const events[] = { "started 91 -1", "completed 96 300", NULL };

  fixture_advance (fixture, 20 * MINUTE_US);
  fixture_crash_restart (fixture, 30 * MINUTE_US);
  assert_fresh (fixture);
  fixture_assert_break_events (fixture, (const char * const []) { NULL });

  /* A break is logged all the same, ending when its length was up. */
  fixture_advance (fixture, 41 * MINUTE_US);
  call (fixture, "TakeBreakNow", NULL);
  fixture_crash_restart (fixture, HOUR_US);
  assert_fresh (fixture);
  fixture_assert_break_events (fixture, events);
}

/* @key in @group set to @value, then a crash: a fresh schedule. */
static void
crash_with (Fixture    *fixture,
            const char *group,
            const char *key,
            const char *value)
{
  g_autoptr(GKeyFile) key_file = NULL;

  fixture_advance (fixture, 20 * MINUTE_US);
  key_file = load_state ();
  g_key_file_set_string (key_file, group, key, value);
  store_state (key_file);
  fixture_crash_restart (fixture, 10 * G_USEC_PER_SEC);
  assert_fresh (fixture);
}

static void
test_other_boot_or_session_starts_afresh (Fixture       *fixture,
                                          gconstpointer  data)
{
  crash_with (fixture, "Daemon", "boot-id", "6c0ffee0-0000-4000-8000-000000000000");
  crash_with (fixture, "Daemon", "session", "0123456789abcdef0123456789abcdef");
  crash_with (fixture, "Daemon", "version", "2");
}

/* Damaged, in every way we could think of: ignored, never a crash, and
 * replaced by the new daemon's own. */
static void
test_damaged_state_is_ignored (Fixture       *fixture,
                               gconstpointer  data)
{
  static const struct {
    const char *key;
    const char *value;
  } damages[] = {
    { "state", "flying" },
    { "state", "on-break" },           /* without its start */
    { "sitting-since", "soon" },
    { "sitting-since", "-5" },
    { "sitting-since", "8000000000000000" },   /* after it was saved */
    { "saved", "9000000000000000" },   /* in the future */
    { "state", "snoozed" },            /* without its end */
  };
  g_autofree char *path = state_path ();
  g_autoptr(GKeyFile) key_file = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (damages); i++)
    crash_with (fixture, "Scheduler", damages[i].key, damages[i].value);

  /* Snoozed more often than allowed, or until much later than a snooze. */
  fixture_advance (fixture, 45 * MINUTE_US);
  call (fixture, "Snooze", NULL);
  key_file = load_state ();
  g_key_file_set_string (key_file, "Scheduler", "snoozes-in-row", "7");
  store_state (key_file);
  fixture_crash_restart (fixture, MINUTE_US);
  assert_fresh (fixture);
  fixture_advance (fixture, 45 * MINUTE_US);
  call (fixture, "Snooze", NULL);
  g_clear_pointer (&key_file, g_key_file_unref);
  key_file = load_state ();
  g_key_file_set_int64 (key_file, "Scheduler", "snoozed-until",
                        fixture_real_now (fixture) + HOUR_US);
  store_state (key_file);
  fixture_crash_restart (fixture, MINUTE_US);
  assert_fresh (fixture);

  /* Not a key file at all, empty, or not a file. */
  g_assert_true (g_file_set_contents (path, "\x7f" "ELF\x01\x01\x01\x00\xff\xfe", 10, NULL));
  fixture_crash_restart (fixture, MINUTE_US);
  assert_fresh (fixture);
  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  fixture_crash_restart (fixture, MINUTE_US);
  assert_fresh (fixture);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  fixture_crash_restart (fixture, MINUTE_US);
  assert_fresh (fixture);

  /* The daemon's own state is back in place. */
  g_assert_cmpint (g_unlink (path), ==, 0);
  call (fixture, "Pause", g_variant_new ("(x)", (gint64) 0));
  g_clear_pointer (&key_file, g_key_file_unref);
  key_file = load_state ();
  g_assert_true (g_key_file_has_group (key_file, "Scheduler"));
}

/* Written at transitions only */

static void
test_saved_only_at_transitions (Fixture       *fixture,
                                gconstpointer  data)
{
  SwIdleMonitor *idle_monitor = sw_reminder_service_get_idle_monitor (fixture->service);
  SwClockMonitor *clock_monitor = sw_reminder_service_get_clock_monitor (fixture->service);
  g_autofree char *path = state_path ();
  g_autofree char *folder = g_path_get_dirname (path);
  GStatBuf st;
  int fd;

  /* Private, like the journal. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (folder, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);

  fd = watch_saves ();

  /* Time passing, wakeups, the screen locked for a moment, other
   * settings: nothing to save. */
  for (guint i = 0; i < 10; i++)
    fixture_advance (fixture, MINUTE_US);
  g_signal_emit_by_name (idle_monitor, "locked-changed", TRUE);
  fixture_advance (fixture, MINUTE_US);
  g_signal_emit_by_name (idle_monitor, "locked-changed", FALSE);
  fixture_set_boolean (SW_SETTINGS_KEY_SOUND, FALSE);
  fixture_sync (fixture);
  g_assert_cmpuint (count_saves (fd), ==, 0);

  /* Each transition once: due (and shown), snoozed, due again, on a break,
   * back to work, paused, resumed. */
  fixture_advance (fixture, 34 * MINUTE_US);
  g_assert_cmpstr (state_of (fixture), ==, "due");
  g_assert_cmpuint (count_saves (fd), ==, 1);
  call (fixture, "Snooze", NULL);
  g_assert_cmpuint (count_saves (fd), ==, 1);
  fixture_advance (fixture, 10 * MINUTE_US);
  g_assert_cmpuint (count_saves (fd), ==, 1);
  call (fixture, "TakeBreakNow", NULL);
  g_assert_cmpuint (count_saves (fd), ==, 1);
  fixture_advance (fixture, 3 * MINUTE_US);
  g_assert_cmpuint (count_saves (fd), ==, 0);
  call (fixture, "FinishBreak", g_variant_new ("(b)", TRUE));
  g_assert_cmpuint (count_saves (fd), ==, 1);
  call (fixture, "Pause", g_variant_new ("(x)", (gint64) 600));
  g_assert_cmpuint (count_saves (fd), ==, 1);
  call (fixture, "Resume", NULL);
  g_assert_cmpuint (count_saves (fd), ==, 1);

  /* A new interval moves the next reminder. */
  fixture_set_int (SW_SETTINGS_KEY_INTERVAL_MINUTES, 60);
  fixture_sync (fixture);
  g_assert_cmpuint (count_saves (fd), ==, 1);

  /* The wall clock jumps: the saved wall times moved with it. */
  fixture_advance (fixture, 20 * MINUTE_US);
  g_assert_cmpuint (count_saves (fd), ==, 0);
  sw_fake_clock_jump_real (fixture->clock, 2 * HOUR_US);
  g_signal_emit_by_name (clock_monitor, "jumped");
  fixture_sync (fixture);
  g_assert_cmpuint (count_saves (fd), ==, 1);
  fixture_crash_restart (fixture, 0);
  g_assert_cmpint (next_due (fixture), ==, fixture_real_now (fixture) + 40 * MINUTE_US);

  close (fd);
}

/* A short sleep moves the next reminder on by its length; the saved state
 * moves with it. */
static void
test_saved_after_a_sleep (Fixture       *fixture,
                          gconstpointer  data)
{
  SwIdleMonitor *idle_monitor = sw_reminder_service_get_idle_monitor (fixture->service);
  int fd = watch_saves ();

  fixture_advance (fixture, 20 * MINUTE_US);
  g_signal_emit_by_name (idle_monitor, "sleeping", TRUE);
  sw_fake_clock_jump_real (fixture->clock, 2 * MINUTE_US);
  g_signal_emit_by_name (idle_monitor, "sleeping", FALSE);
  fixture_sync (fixture);
  g_assert_cmpuint (count_saves (fd), ==, 1);
  g_assert_cmpint (next_due (fixture), ==, fixture->start_real_us + 47 * MINUTE_US);

  fixture_crash_restart (fixture, MINUTE_US);
  g_assert_cmpint (next_due (fixture), ==, fixture->start_real_us + 47 * MINUTE_US);

  close (fd);
}

/* The journal */

typedef struct
{
  Fixture *fixture;
  GArray  *seen;
} JournalWatch;

/* How many break events the journal holds as each JournalChanged arrives. */
static void
count_events_cb (SwDBusReminders1 *proxy,
                 JournalWatch     *watch)
{
  g_auto(GStrv) events = fixture_list_break_events (watch->fixture);
  guint n = g_strv_length (events);

  g_array_append_val (watch->seen, n);
}

/* Each write is told to the app, once it is in the journal. */
static void
test_journal_changed_after_writes (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (guint));
  JournalWatch watch = { fixture, seen };

  g_signal_connect (fixture->proxy, "journal-changed", G_CALLBACK (count_events_cb), &watch);

  /* Nothing written, nothing said. */
  fixture_advance (fixture, 44 * MINUTE_US);
  g_assert_cmpuint (fixture->n_journal_changed, ==, 0);

  /* Due, then shown: two writes, each said once it is there to read. */
  fixture_advance (fixture, MINUTE_US);
  g_assert_true (fake_notification_server_wait_for_notifies (fixture->server, 1));
  fixture_sync (fixture);
  g_assert_cmpuint (fixture->n_journal_changed, ==, 2);

  call (fixture, "Skip", NULL);
  g_assert_cmpuint (fixture->n_journal_changed, ==, 3);
  g_assert_cmpuint (seen->len, ==, 3);
  for (guint i = 0; i < seen->len; i++)
    g_assert_cmpuint (g_array_index (seen, guint, i), >=, i + 1);

  g_signal_handlers_disconnect_by_data (fixture->proxy, &watch);
}

/* Quitting normally */

static gboolean
turn_reminders_off_cb (gpointer data)
{
  g_autofree char *path = state_path ();

  /* Saved as it started. */
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  fixture_set_boolean (SW_SETTINGS_KEY_REMINDERS_ENABLED, FALSE);

  return G_SOURCE_REMOVE;
}

/* Reminders turned off: the daemon quits, and the next start is fresh. */
static void
test_quitting_forgets_the_state (void)
{
  g_autoptr(SwFakeClock) clock = sw_fake_clock_new_local (2026, 3, 2, 10, 0);
  g_autofree char *path = state_path ();
  SwReminderService *service;

  fixture_reset_settings ();
  service = g_object_new (SW_TYPE_REMINDER_SERVICE,
                          "application-id", REMINDERS_ID,
                          "flags", G_APPLICATION_IS_SERVICE,
                          "clock", clock,
                          "autostart-template", SW_TEST_AUTOSTART_TEMPLATE,
                          NULL);
  g_idle_add (turn_reminders_off_cb, NULL);
  g_assert_cmpint (g_application_run (G_APPLICATION (service), 0, NULL), ==, 0);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_assert_finalize_object (service);
  notify_uninit ();
  fake_drain ();
}

static void
add_test (const char *name,
          void      (*test) (Fixture *, gconstpointer))
{
  g_autofree char *path = g_strconcat ("/sitwell/service/reminder-state/", name, NULL);

  g_test_add (path, Fixture, full_caps, fixture_setup, test, fixture_teardown);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  add_test ("sitting-time-carries-over", test_sitting_time_carries_over);
  add_test ("due-while-down-is-due-now", test_due_while_down_is_due_now);
  add_test ("snooze-carries-over", test_snooze_carries_over);
  add_test ("waiting-reminder-comes-back", test_waiting_reminder_comes_back);
  add_test ("break-carries-over", test_break_carries_over);
  add_test ("break-over-while-down-is-logged", test_break_over_while_down_is_logged);
  add_test ("break-ended-before-the-crash-is-not-logged-again",
            test_break_ended_before_the_crash_is_not_logged_again);
  add_test ("lost-break-is-finished-once", test_lost_break_is_finished_once);
  add_test ("lost-break-past-its-grace-is-not-logged",
            test_lost_break_past_its_grace_is_not_logged);
  add_test ("pause-carries-over", test_pause_carries_over);
  add_test ("stale-state-starts-afresh", test_stale_state_starts_afresh);
  add_test ("other-boot-or-session-starts-afresh", test_other_boot_or_session_starts_afresh);
  add_test ("damaged-state-is-ignored", test_damaged_state_is_ignored);
  add_test ("saved-only-at-transitions", test_saved_only_at_transitions);
  add_test ("saved-after-a-sleep", test_saved_after_a_sleep);
  add_test ("journal-changed-after-writes", test_journal_changed_after_writes);
  g_test_add_func ("/sitwell/service/reminder-state/quitting-forgets-the-state",
                   test_quitting_forgets_the_state);

  return fake_bus_run_tests ();
}

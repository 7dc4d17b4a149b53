/* test-reminder-status.c: what the header says, and when it changes
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-reminder-status.h"

#include <string.h>

/* 2026-11-23 10:00:00 UTC, a Monday. */
#define NOW_US (G_GINT64_CONSTANT (1795428000) * G_USEC_PER_SEC)

static GDateTime *
make_now (void)
{
  return g_date_time_new_from_unix_utc (NOW_US / G_USEC_PER_SEC);
}

static void
test_counts_down_in_whole_minutes (void)
{
  g_autoptr(GDateTime) now = make_now ();
  g_auto(SwReminderStatus) status = { 0 };

  /* 22 min 30 s left reads as 23 min, and changes in 30 s. */
  sw_reminder_status_compute (&status, TRUE, TRUE, "working",
                              NOW_US + 22 * G_TIME_SPAN_MINUTE + 30 * G_TIME_SPAN_SECOND,
                              0, FALSE, now);
  g_assert_true (status.running);
  g_assert_cmpstr (status.label, ==, "23 min");
  g_assert_cmpstr (status.description, ==, "Next break in 23 minutes");
  g_assert_cmpint (status.next_change_us, ==, NOW_US + 30 * G_TIME_SPAN_SECOND);
}

static void
test_exact_minute_changes_a_minute_later (void)
{
  g_autoptr(GDateTime) now = make_now ();
  g_auto(SwReminderStatus) status = { 0 };

  sw_reminder_status_compute (&status, TRUE, TRUE, "snoozed",
                              NOW_US + 45 * G_TIME_SPAN_MINUTE, 0, FALSE, now);
  g_assert_cmpstr (status.label, ==, "45 min");
  g_assert_cmpint (status.next_change_us, ==, NOW_US + G_TIME_SPAN_MINUTE);
}

static void
test_last_seconds_read_one_minute (void)
{
  g_autoptr(GDateTime) now = make_now ();
  g_auto(SwReminderStatus) status = { 0 };

  sw_reminder_status_compute (&status, TRUE, TRUE, "working",
                              NOW_US + 5 * G_TIME_SPAN_SECOND, 0, FALSE, now);
  g_assert_cmpstr (status.label, ==, "1 min");
  g_assert_cmpstr (status.description, ==, "Next break in 1 minute");
}

static void
test_flare_mode_says_why (void)
{
  g_autoptr(GDateTime) now = make_now ();
  g_auto(SwReminderStatus) status = { 0 };

  sw_reminder_status_compute (&status, TRUE, TRUE, "working",
                              NOW_US + 30 * G_TIME_SPAN_MINUTE, 0, TRUE, now);
  g_assert_nonnull (strstr (status.description, "flare-up"));
  g_assert_nonnull (strstr (status.description, "30 minutes"));
}

static void
test_states_without_countdown (void)
{
  g_autoptr(GDateTime) now = make_now ();
  static const struct {
    gboolean    available;
    gboolean    enabled;
    const char *state;
    const char *label;
    gboolean    running;
  } cases[] = {
    { TRUE, FALSE, "working", "Off", FALSE },
    { FALSE, TRUE, NULL, "Not running", FALSE },
    { TRUE, TRUE, NULL, "Not running", FALSE },
    { TRUE, TRUE, "due", "Now", TRUE },
    { TRUE, TRUE, "outside-work-hours", "Off hours", TRUE },
    { TRUE, TRUE, "disabled", "Off", TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(SwReminderStatus) status = { 0 };

      sw_reminder_status_compute (&status, cases[i].available, cases[i].enabled, cases[i].state,
                                  NOW_US + G_TIME_SPAN_HOUR, 0, FALSE, now);
      g_assert_cmpstr (status.label, ==, cases[i].label);
      g_assert_cmpint (status.running, ==, cases[i].running);
      g_assert_cmpint (status.next_change_us, ==, 0);
      g_assert_nonnull (status.description);
    }
}

static void
test_paused_until_a_time (void)
{
  g_autoptr(GDateTime) now = make_now ();
  g_auto(SwReminderStatus) today = { 0 };
  g_auto(SwReminderStatus) tomorrow = { 0 };
  g_auto(SwReminderStatus) open_ended = { 0 };

  sw_reminder_status_compute (&today, TRUE, TRUE, "paused", 0,
                              NOW_US + 90 * G_TIME_SPAN_MINUTE, FALSE, now);
  g_assert_cmpstr (today.label, ==, "Paused");
  g_assert_cmpstr (today.description, ==, "Reminders are paused until 11:30");

  sw_reminder_status_compute (&tomorrow, TRUE, TRUE, "paused", 0,
                              NOW_US + 22 * G_TIME_SPAN_HOUR, FALSE, now);
  g_assert_cmpstr (tomorrow.description, ==, "Reminders are paused until Tue 08:00");

  sw_reminder_status_compute (&open_ended, TRUE, TRUE, "paused", 0, 0, FALSE, now);
  g_assert_cmpstr (open_ended.description, ==, "Reminders are paused until you resume them");
}

static void
test_on_break_counts_its_end (void)
{
  g_autoptr(GDateTime) now = make_now ();
  g_auto(SwReminderStatus) status = { 0 };

  sw_reminder_status_compute (&status, TRUE, TRUE, "on-break", 0,
                              NOW_US + 4 * G_TIME_SPAN_MINUTE + G_TIME_SPAN_SECOND, FALSE, now);
  g_assert_cmpstr (status.label, ==, "Break");
  g_assert_cmpstr (status.description, ==, "On a break, 5 minutes left");
  g_assert_cmpint (status.next_change_us, ==, NOW_US + G_TIME_SPAN_SECOND);
}

static void
test_format_time_left (void)
{
  static const struct {
    gint64      left_us;
    const char *text;
  } cases[] = {
    { -5 * G_TIME_SPAN_SECOND, "0:00" },
    { 0, "0:00" },
    { 1, "0:01" },
    { G_TIME_SPAN_SECOND, "0:01" },
    { 5 * G_TIME_SPAN_MINUTE, "5:00" },
    { 5 * G_TIME_SPAN_MINUTE - 1, "5:00" },
    { 59 * G_TIME_SPAN_MINUTE + 59 * G_TIME_SPAN_SECOND, "59:59" },
    { G_TIME_SPAN_HOUR + 2 * G_TIME_SPAN_MINUTE + 3 * G_TIME_SPAN_SECOND, "1:02:03" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = sw_format_time_left (cases[i].left_us);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_describe_time_left (void)
{
  static const struct {
    gint64      left_us;
    const char *text;
  } cases[] = {
    { -5 * G_TIME_SPAN_SECOND, "0 seconds left" },
    { 1, "1 second left" },
    { 59 * G_TIME_SPAN_SECOND, "59 seconds left" },
    { G_TIME_SPAN_MINUTE, "about 1 minute left" },
    { 2 * G_TIME_SPAN_MINUTE + 29 * G_TIME_SPAN_SECOND, "about 2 minutes left" },
    { 2 * G_TIME_SPAN_MINUTE + 30 * G_TIME_SPAN_SECOND, "about 3 minutes left" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = sw_describe_time_left (cases[i].left_us);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_fraction_left (void)
{
  g_assert_cmpfloat (sw_fraction_left (0, 0, 100), ==, 1.0);
  g_assert_cmpfloat (sw_fraction_left (-10, 0, 100), ==, 1.0);
  g_assert_cmpfloat (sw_fraction_left (25, 0, 100), ==, 0.75);
  g_assert_cmpfloat (sw_fraction_left (100, 0, 100), ==, 0.0);
  g_assert_cmpfloat (sw_fraction_left (150, 0, 100), ==, 0.0);
  g_assert_cmpfloat (sw_fraction_left (50, 100, 100), ==, 0.0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/sitwell/core/reminder-status/counts-down-in-whole-minutes",
                   test_counts_down_in_whole_minutes);
  g_test_add_func ("/sitwell/core/reminder-status/exact-minute-changes-a-minute-later",
                   test_exact_minute_changes_a_minute_later);
  g_test_add_func ("/sitwell/core/reminder-status/last-seconds-read-one-minute",
                   test_last_seconds_read_one_minute);
  g_test_add_func ("/sitwell/core/reminder-status/flare-mode-says-why", test_flare_mode_says_why);
  g_test_add_func ("/sitwell/core/reminder-status/states-without-countdown",
                   test_states_without_countdown);
  g_test_add_func ("/sitwell/core/reminder-status/paused-until-a-time", test_paused_until_a_time);
  g_test_add_func ("/sitwell/core/reminder-status/on-break-counts-its-end",
                   test_on_break_counts_its_end);
  g_test_add_func ("/sitwell/core/reminder-status/format-time-left", test_format_time_left);
  g_test_add_func ("/sitwell/core/reminder-status/describe-time-left",
                   test_describe_time_left);
  g_test_add_func ("/sitwell/core/reminder-status/fraction-left", test_fraction_left);

  return g_test_run ();
}

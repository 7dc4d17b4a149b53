/* test-compress.c: the 72-hour rule, the daily limits, the lock and the timer
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sw-compress.h"
#include "sw-fake-clock.h"

#define HOUR   G_TIME_SPAN_HOUR
#define MINUTE G_TIME_SPAN_MINUTE

static SwFakeClock *
new_clock (void)
{
  /* Tuesday 10 March 2026, 09:00 local (UTC in the tests). */
  return sw_fake_clock_new_local (2026, 3, 10, 9, 0);
}

static GDateTime *
time_at (SwFakeClock *clock,
         gint64       offset_us)
{
  gint64 us = sw_clock_get_real_us (SW_CLOCK (clock)) + offset_us;
  g_autoptr(GDateTime) seconds = g_date_time_new_from_unix_local (us / G_USEC_PER_SEC);

  return g_date_time_add (seconds, us % G_USEC_PER_SEC);
}

static SwCompress *
compress_with_onset_ago (SwFakeClock *clock,
                         gint64       ago_us)
{
  SwCompress *compress = sw_compress_new (SW_CLOCK (clock));
  g_autoptr(GDateTime) onset = time_at (clock, -ago_us);

  sw_compress_set_onset (compress, onset);
  return compress;
}

static void
assert_summary (SwCompress *compress,
                const char *expected)
{
  g_autofree char *summary = sw_compress_dup_summary (compress);

  g_assert_cmpstr (summary, ==, expected);
}

static void
test_cold_then_warm (void)
{
  static const struct
  {
    gint64          ago_us;
    SwCompressKind  kind;
    guint           day;
    const char     *summary;
  } cases[] = {
    { 0, SW_COMPRESS_KIND_COLD, 1, "Cold · day 1 since your pain started" },
    { 30 * HOUR, SW_COMPRESS_KIND_COLD, 2, "Cold · day 2 since your pain started" },
    { 71 * HOUR + 59 * MINUTE, SW_COMPRESS_KIND_COLD, 3, "Cold · day 3 since your pain started" },
    { 72 * HOUR, SW_COMPRESS_KIND_WARM, 4, "Warm · day 4 since your pain started" },
    { 200 * HOUR, SW_COMPRESS_KIND_WARM, 9, "Warm · day 9 since your pain started" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(SwFakeClock) clock = new_clock ();
      g_autoptr(SwCompress) compress = compress_with_onset_ago (clock, cases[i].ago_us);

      g_assert_cmpint (sw_compress_get_rule_kind (compress), ==, cases[i].kind);
      g_assert_cmpint (sw_compress_get_kind (compress), ==, cases[i].kind);
      g_assert_cmpuint (sw_compress_get_day (compress), ==, cases[i].day);
      g_assert_cmpint (sw_compress_get_in_cold_window (compress), ==,
                       cases[i].kind == SW_COMPRESS_KIND_COLD);
      assert_summary (compress, cases[i].summary);
      g_assert_cmpint (sw_compress_get_state (compress), ==, SW_COMPRESS_STATE_READY);
    }
}

static void
test_no_onset_and_future_onset (void)
{
  g_autoptr(SwFakeClock) clock = new_clock ();
  g_autoptr(SwCompress) compress = sw_compress_new (SW_CLOCK (clock));
  g_autoptr(GDateTime) tomorrow = time_at (clock, 24 * HOUR);
  g_autofree char *status = NULL;

  g_assert_cmpint (sw_compress_get_kind (compress), ==, SW_COMPRESS_KIND_NONE);
  g_assert_cmpint (sw_compress_get_state (compress), ==, SW_COMPRESS_STATE_NO_ONSET);
  g_assert_cmpuint (sw_compress_get_day (compress), ==, 0);
  assert_summary (compress, "When did this pain start?");
  g_assert_false (sw_compress_start (compress, 15));
  g_assert_false (sw_compress_get_can_prefer_warmth (compress));

  sw_compress_set_onset (compress, tomorrow);
  g_assert_cmpint (sw_compress_get_kind (compress), ==, SW_COMPRESS_KIND_NONE);
  g_assert_cmpint (sw_compress_get_state (compress), ==, SW_COMPRESS_STATE_FUTURE_ONSET);
  assert_summary (compress, "That date is in the future.");
  status = sw_compress_dup_status (compress);
  g_assert_cmpstr (status, ==, "Set the day your pain started to begin.");
  g_assert_false (sw_compress_start (compress, 15));

  /* When tomorrow comes it is day 1, cold; the card knows when to look again. */
  g_assert_cmpint (sw_compress_get_next_wakeup_us (compress), ==,
                   sw_clock_get_monotonic_us (SW_CLOCK (clock)) + 24 * HOUR);
  sw_fake_clock_advance (clock, 24 * HOUR);
  g_assert_cmpint (sw_compress_get_kind (compress), ==, SW_COMPRESS_KIND_COLD);
  g_assert_cmpuint (sw_compress_get_day (compress), ==, 1);
}

static void
test_onset_for_a_picked_day (void)
{
  g_autoptr(SwFakeClock) clock = new_clock ();
  g_autoptr(SwCompress) compress = sw_compress_new (SW_CLOCK (clock));
  g_autoptr(GDateTime) today = sw_compress_onset_for_day (SW_CLOCK (clock), 2026, 3, 10);
  g_autoptr(GDateTime) three_ago = sw_compress_onset_for_day (SW_CLOCK (clock), 2026, 3, 7);
  g_autoptr(GDateTime) two_ago = sw_compress_onset_for_day (SW_CLOCK (clock), 2026, 3, 8);
  g_autoptr(GDateTime) future = sw_compress_onset_for_day (SW_CLOCK (clock), 2026, 3, 11);

  g_assert_null (sw_compress_onset_for_day (SW_CLOCK (clock), 2026, 2, 30));

  sw_compress_set_onset (compress, today);
  g_assert_cmpuint (sw_compress_get_day (compress), ==, 1);
  g_assert_cmpint (sw_compress_get_kind (compress), ==, SW_COMPRESS_KIND_COLD);
  sw_compress_set_onset (compress, two_ago);
  g_assert_cmpuint (sw_compress_get_day (compress), ==, 3);
  g_assert_cmpint (sw_compress_get_kind (compress), ==, SW_COMPRESS_KIND_COLD);
  sw_compress_set_onset (compress, three_ago);
  g_assert_cmpuint (sw_compress_get_day (compress), ==, 4);
  g_assert_cmpint (sw_compress_get_kind (compress), ==, SW_COMPRESS_KIND_WARM);
  sw_compress_set_onset (compress, future);
  g_assert_cmpint (sw_compress_get_state (compress), ==, SW_COMPRESS_STATE_FUTURE_ONSET);
  sw_compress_set_onset (compress, NULL);
  g_assert_cmpint (sw_compress_get_state (compress), ==, SW_COMPRESS_STATE_NO_ONSET);
}

static void
test_prefer_warmth (void)
{
  g_autoptr(SwFakeClock) clock = new_clock ();
  g_autoptr(SwCompress) compress = compress_with_onset_ago (clock, 30 * HOUR);

  g_assert_true (sw_compress_get_can_prefer_warmth (compress));
  sw_compress_set_prefer_warmth (compress, TRUE);
  g_assert_cmpint (sw_compress_get_kind (compress), ==, SW_COMPRESS_KIND_WARM);
  g_assert_cmpint (sw_compress_get_rule_kind (compress), ==, SW_COMPRESS_KIND_COLD);
  assert_summary (compress, "Warm, as you prefer · day 2 since your pain started");

  /* Swelling or bruising: cold first, and the choice is not offered. */
  sw_compress_set_swelling (compress, TRUE);
  g_assert_false (sw_compress_get_can_prefer_warmth (compress));
  g_assert_cmpint (sw_compress_get_kind (compress), ==, SW_COMPRESS_KIND_COLD);
  assert_summary (compress, "Cold · day 2 since your pain started");
  sw_compress_set_swelling (compress, FALSE);
  g_assert_cmpint (sw_compress_get_kind (compress), ==, SW_COMPRESS_KIND_WARM);

  /* After 72 h it is warm anyway and there is nothing to choose. */
  sw_fake_clock_advance (clock, 42 * HOUR);
  g_assert_false (sw_compress_get_can_prefer_warmth (compress));
  assert_summary (compress, "Warm · day 4 since your pain started");
  sw_compress_set_prefer_warmth (compress, FALSE);
  g_assert_cmpint (sw_compress_get_kind (compress), ==, SW_COMPRESS_KIND_WARM);
}

static void
assert_status (SwCompress *compress,
               const char *expected)
{
  g_autofree char *status = sw_compress_dup_status (compress);

  g_assert_cmpstr (status, ==, expected);
}

static void
test_four_a_day_two_hours_apart (void)
{
  g_autoptr(SwFakeClock) clock = new_clock ();
  g_autoptr(SwCompress) compress = compress_with_onset_ago (clock, 10 * HOUR);
  gint64 now = sw_clock_get_real_us (SW_CLOCK (clock));

  assert_status (compress, "0 of 4 today");

  /* 09:00–09:15, then 11:15 at the earliest. */
  sw_compress_add_session (compress, now, 15 * 60);
  g_assert_cmpuint (sw_compress_get_sessions_today (compress), ==, 1);
  sw_fake_clock_advance (clock, 15 * MINUTE);
  g_assert_cmpint (sw_compress_get_state (compress), ==, SW_COMPRESS_STATE_TOO_SOON);
  g_assert_cmpint (sw_compress_get_next_start_real_us (compress), ==,
                   now + 15 * MINUTE + 2 * HOUR);
  assert_status (compress, "1 of 4 today · next from 11:15");
  g_assert_false (sw_compress_start (compress, 15));

  sw_fake_clock_advance (clock, 2 * HOUR - 1);
  g_assert_cmpint (sw_compress_get_state (compress), ==, SW_COMPRESS_STATE_TOO_SOON);
  sw_fake_clock_advance (clock, 1);
  g_assert_cmpint (sw_compress_get_state (compress), ==, SW_COMPRESS_STATE_READY);
  assert_status (compress, "1 of 4 today");

  /* Three more, each 2 h after the last ended. */
  for (guint i = 2; i <= 4; i++)
    {
      gint64 start = sw_clock_get_real_us (SW_CLOCK (clock));

      g_assert_cmpint (sw_compress_get_state (compress), ==, SW_COMPRESS_STATE_READY);
      sw_compress_add_session (compress, start, 20 * 60);
      g_assert_cmpuint (sw_compress_get_sessions_today (compress), ==, i);
      sw_fake_clock_advance (clock, 20 * MINUTE + 2 * HOUR);
    }

  /* 18:15: four today, that's enough. */
  g_assert_cmpint (sw_compress_get_state (compress), ==, SW_COMPRESS_STATE_ENOUGH_TODAY);
  assert_status (compress, "That’s enough for today.");
  g_assert_false (sw_compress_start (compress, 15));

  /* A new local day starts a new count. */
  sw_fake_clock_advance (clock, 6 * HOUR);
  g_assert_cmpuint (sw_compress_get_sessions_today (compress), ==, 0);
  g_assert_cmpint (sw_compress_get_state (compress), ==, SW_COMPRESS_STATE_READY);
}

static void
test_gap_spans_midnight (void)
{
  g_autoptr(SwFakeClock) clock = sw_fake_clock_new_local (2026, 3, 10, 23, 30);
  g_autoptr(SwCompress) compress = compress_with_onset_ago (clock, 10 * HOUR);

  sw_compress_add_session (compress, sw_clock_get_real_us (SW_CLOCK (clock)), 20 * 60);
  sw_fake_clock_advance (clock, 40 * MINUTE);
  /* 00:10 the next day: none today, but still too soon. */
  g_assert_cmpuint (sw_compress_get_sessions_today (compress), ==, 0);
  g_assert_cmpint (sw_compress_get_state (compress), ==, SW_COMPRESS_STATE_TOO_SOON);
  assert_status (compress, "0 of 4 today · next from 01:50");
}

static void
test_locked_by_a_same_day_check (void)
{
  static const struct
  {
    SwOutcome outcome;
    SwUrgency urgency;
    gboolean  locks;
  } cases[] = {
    { SW_OUTCOME_EMERGENCY, SW_URGENCY_NONE, TRUE },
    { SW_OUTCOME_SEE_DOCTOR_SOON, SW_URGENCY_TODAY, TRUE },
    { SW_OUTCOME_SEE_DOCTOR_SOON, SW_URGENCY_SOON, FALSE },
    { SW_OUTCOME_WATCH_AND_SELF_CARE, SW_URGENCY_NONE, FALSE },
    { SW_OUTCOME_LIKELY_MUSCULAR, SW_URGENCY_NONE, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(SwFakeClock) clock = new_clock ();
      g_autoptr(SwCompress) compress = compress_with_onset_ago (clock, HOUR);
      gint64 now = sw_clock_get_real_us (SW_CLOCK (clock));
      SwLastCheck check = { TRUE, cases[i].outcome, cases[i].urgency,
                            now - 6 * G_TIME_SPAN_DAY, FALSE };

      sw_compress_set_last_check (compress, &check);
      g_assert_cmpint (sw_compress_get_state (compress) == SW_COMPRESS_STATE_LOCKED, ==,
                       cases[i].locks);
      g_assert_cmpint (sw_compress_start (compress, 15), !=, cases[i].locks);
      if (!cases[i].locks)
        continue;

      assert_status (compress, cases[i].outcome == SW_OUTCOME_EMERGENCY
                               ? "Not until you have been seen: your last check advised "
                                 "emergency care."
                               : "Not until you have been seen: your last check advised "
                                 "getting checked in person today.");

      /* Cleared by "A clinician has checked me". */
      check.cleared = TRUE;
      sw_compress_set_last_check (compress, &check);
      g_assert_cmpint (sw_compress_get_state (compress), ==, SW_COMPRESS_STATE_READY);

      /* A week after the check it no longer stands. */
      check.cleared = FALSE;
      sw_compress_set_last_check (compress, &check);
      g_assert_cmpint (sw_compress_get_state (compress), ==, SW_COMPRESS_STATE_LOCKED);
      sw_fake_clock_advance (clock, G_TIME_SPAN_DAY);
      g_assert_cmpint (sw_compress_get_state (compress), ==, SW_COMPRESS_STATE_READY);
    }
}

typedef struct
{
  guint          n_finished;
  gint64         start_real_us;
  guint          duration_s;
  SwCompressKind kind;
  gboolean       completed;
} Finished;

static void
session_finished_cb (SwCompress     *compress,
                     gint64          start_real_us,
                     guint           duration_s,
                     SwCompressKind  kind,
                     gboolean        completed,
                     Finished       *finished)
{
  finished->n_finished++;
  finished->start_real_us = start_real_us;
  finished->duration_s = duration_s;
  finished->kind = kind;
  finished->completed = completed;
}

static void
test_timer_runs_and_counts (void)
{
  g_autoptr(SwFakeClock) clock = new_clock ();
  g_autoptr(SwCompress) compress = compress_with_onset_ago (clock, 80 * HOUR);
  gint64 start_real = sw_clock_get_real_us (SW_CLOCK (clock));
  gint64 start_mono = sw_clock_get_monotonic_us (SW_CLOCK (clock));
  Finished finished = { 0, };

  g_signal_connect (compress, "session-finished", G_CALLBACK (session_finished_cb), &finished);

  /* Never more than 20 minutes, never less than 15. */
  g_assert_true (sw_compress_start (compress, 45));
  g_assert_true (sw_compress_get_running (compress));
  g_assert_cmpuint (sw_compress_get_running_minutes (compress), ==, 20);
  g_assert_cmpint (sw_compress_get_running_kind (compress), ==, SW_COMPRESS_KIND_WARM);
  g_assert_cmpint (sw_compress_get_state (compress), ==, SW_COMPRESS_STATE_RUNNING);
  g_assert_false (sw_compress_start (compress, 15));
  g_assert_cmpint (sw_compress_get_time_left_us (compress), ==, 20 * MINUTE);
  g_assert_cmpfloat (sw_compress_get_fraction_left (compress), ==, 1.0);

  /* It wakes once a second for the countdown. */
  g_assert_cmpint (sw_compress_get_next_wakeup_us (compress), ==, start_mono + G_USEC_PER_SEC);
  sw_fake_clock_advance (clock, 300000);
  g_assert_cmpint (sw_compress_get_next_wakeup_us (compress), ==, start_mono + G_USEC_PER_SEC);

  sw_fake_clock_advance (clock, 10 * MINUTE - 300000);
  sw_compress_update (compress);
  g_assert_true (sw_compress_get_running (compress));
  g_assert_cmpfloat (sw_compress_get_fraction_left (compress), ==, 0.5);
  g_assert_cmpuint (finished.n_finished, ==, 0);

  /* The update after the end finishes it, counted from when it ended. */
  sw_fake_clock_advance (clock, 10 * MINUTE + 3 * G_USEC_PER_SEC);
  sw_compress_update (compress);
  g_assert_false (sw_compress_get_running (compress));
  g_assert_cmpuint (finished.n_finished, ==, 1);
  g_assert_cmpint (finished.start_real_us, ==, start_real);
  g_assert_cmpuint (finished.duration_s, ==, 20 * 60);
  g_assert_cmpint (finished.kind, ==, SW_COMPRESS_KIND_WARM);
  g_assert_true (finished.completed);
  g_assert_cmpuint (sw_compress_get_sessions_today (compress), ==, 1);
  g_assert_cmpint (sw_compress_get_state (compress), ==, SW_COMPRESS_STATE_TOO_SOON);
  /* Idle, it wakes when the next session is allowed. */
  g_assert_cmpint (sw_compress_get_next_wakeup_us (compress), ==,
                   start_mono + 20 * MINUTE + 2 * HOUR);
}

static void
test_stopping_early (void)
{
  g_autoptr(SwFakeClock) clock = new_clock ();
  g_autoptr(SwCompress) compress = compress_with_onset_ago (clock, 2 * HOUR);
  Finished finished = { 0, };

  g_signal_connect (compress, "session-finished", G_CALLBACK (session_finished_cb), &finished);

  /* Stopped within a minute: it does not count. */
  g_assert_true (sw_compress_start (compress, 10));
  g_assert_cmpuint (sw_compress_get_running_minutes (compress), ==, 15);
  g_assert_cmpint (sw_compress_get_running_kind (compress), ==, SW_COMPRESS_KIND_COLD);
  sw_fake_clock_advance (clock, 59 * G_USEC_PER_SEC);
  sw_compress_stop (compress);
  g_assert_false (sw_compress_get_running (compress));
  g_assert_cmpuint (finished.n_finished, ==, 0);
  g_assert_cmpuint (sw_compress_get_sessions_today (compress), ==, 0);
  g_assert_cmpint (sw_compress_get_state (compress), ==, SW_COMPRESS_STATE_READY);

  /* Stopped after five minutes: it counts as five minutes. */
  g_assert_true (sw_compress_start (compress, 15));
  sw_fake_clock_advance (clock, 5 * MINUTE);
  sw_compress_stop (compress);
  g_assert_cmpuint (finished.n_finished, ==, 1);
  g_assert_cmpuint (finished.duration_s, ==, 300);
  g_assert_false (finished.completed);
  g_assert_cmpint (finished.kind, ==, SW_COMPRESS_KIND_COLD);
  g_assert_cmpuint (sw_compress_get_sessions_today (compress), ==, 1);
  g_assert_cmpint (sw_compress_get_state (compress), ==, SW_COMPRESS_STATE_TOO_SOON);
}

static void
test_load_from_journal (void)
{
  g_autoptr(SwFakeClock) clock = new_clock ();
  g_autoptr(GFile) file = sw_journal_get_default_file ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SwJournal) journal = sw_journal_open (file, SW_CLOCK (clock), &error);
  g_autoptr(SwCompress) compress = sw_compress_new (SW_CLOCK (clock));
  g_autoptr(SwSymptomEntry) entry = sw_symptom_entry_new ();
  g_autoptr(SwJournalCheck) check = sw_journal_check_new ("SEE_DOCTOR_SOON");
  g_autoptr(GDateTime) onset = NULL;
  gint64 now = sw_clock_get_real_us (SW_CLOCK (clock));

  g_assert_no_error (error);

  /* Empty journal: no onset. */
  g_assert_true (sw_compress_load (compress, journal, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sw_compress_get_state (compress), ==, SW_COMPRESS_STATE_NO_ONSET);

  /* The first painful entry of the episode is its onset. */
  sw_symptom_entry_set_pain (entry, 3);
  sw_symptom_entry_set_created (entry, now - 50 * HOUR);
  sw_journal_add_entry (journal, entry, &error);
  g_assert_no_error (error);
  sw_journal_add_compress_session (journal, now - 3 * HOUR, SW_JOURNAL_COMPRESS_COLD, 900, NULL,
                                   &error);
  g_assert_no_error (error);
  sw_journal_add_compress_session (journal, now - 26 * HOUR, SW_JOURNAL_COMPRESS_COLD, 900, NULL,
                                   &error);
  g_assert_no_error (error);
  g_assert_true (sw_compress_load (compress, journal, 0, &error));
  g_assert_cmpuint (sw_compress_get_day (compress), ==, 3);
  g_assert_cmpint (sw_compress_get_kind (compress), ==, SW_COMPRESS_KIND_COLD);
  g_assert_cmpuint (sw_compress_get_sessions_today (compress), ==, 1);
  g_assert_cmpint (sw_compress_get_state (compress), ==, SW_COMPRESS_STATE_READY);

  /* A date the person set wins over the entries. */
  onset = time_at (clock, -100 * HOUR);
  sw_journal_set_onset (journal, onset, &error);
  g_assert_no_error (error);

  /* A same-day check locks it until cleared. */
  check->urgency = g_strdup ("today");
  sw_journal_add_check (journal, check, &error);
  g_assert_no_error (error);
  g_assert_true (sw_compress_load (compress, journal, 0, &error));
  g_assert_cmpint (sw_compress_get_kind (compress), ==, SW_COMPRESS_KIND_WARM);
  g_assert_cmpint (sw_compress_get_state (compress), ==, SW_COMPRESS_STATE_LOCKED);
  g_assert_true (sw_compress_load (compress, journal, check->time_us, &error));
  g_assert_cmpint (sw_compress_get_state (compress), ==, SW_COMPRESS_STATE_READY);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/sitwell/core/compress/cold-then-warm", test_cold_then_warm);
  g_test_add_func ("/sitwell/core/compress/no-onset-and-future-onset",
                   test_no_onset_and_future_onset);
  g_test_add_func ("/sitwell/core/compress/onset-for-a-picked-day", test_onset_for_a_picked_day);
  g_test_add_func ("/sitwell/core/compress/prefer-warmth", test_prefer_warmth);
  g_test_add_func ("/sitwell/core/compress/four-a-day-two-hours-apart",
                   test_four_a_day_two_hours_apart);
  g_test_add_func ("/sitwell/core/compress/gap-spans-midnight", test_gap_spans_midnight);
  g_test_add_func ("/sitwell/core/compress/locked-by-a-same-day-check",
                   test_locked_by_a_same_day_check);
  g_test_add_func ("/sitwell/core/compress/timer-runs-and-counts", test_timer_runs_and_counts);
  g_test_add_func ("/sitwell/core/compress/stopping-early", test_stopping_early);
  g_test_add_func ("/sitwell/core/compress/load-from-journal", test_load_from_journal);

  return g_test_run ();
}

/* test-report-data.c: the doctor report's figures, from a journal
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "sw-fake-clock.h"
#include "sw-report-data.h"
#include "sw-report-fixture.h"

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */

typedef struct
{
  SwFakeClock *clock;
  SwJournal   *journal;
} Fixture;

/* Today is Tuesday 10 March 2026, noon, UTC. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GFile) file = sw_journal_get_default_file ();
  g_autoptr(GError) error = NULL;

  fixture->clock = sw_fake_clock_new_local (2026, 3, 10, 12, 0);
  fixture->journal = sw_journal_open (file, SW_CLOCK (fixture->clock), &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->journal);
  g_clear_object (&fixture->clock);
}

/* @hour:00 local time, @days_back days before today. */
static gint64
at (guint days_back,
    int   hour)
{
  g_autoptr(GDateTime) time = g_date_time_new_local (2026, 3, 10, hour, 0, 0);
  g_autoptr(GDateTime) day = g_date_time_add_days (time, -(int) days_back);

  return g_date_time_to_unix (day) * G_USEC_PER_SEC;
}

static void
add_entry (Fixture       *fixture,
           guint          days_back,
           int            hour,
           SwBodyArea     area,
           SwSide         side,
           int            pain,
           SwSymptomKind  kinds,
           SwTrigger      triggers,
           const char    *note)
{
  g_autoptr(SwSymptomEntry) entry = sw_symptom_entry_new ();
  g_autoptr(GError) error = NULL;

  sw_symptom_entry_set_created (entry, at (days_back, hour));
  sw_symptom_entry_set_body_area (entry, area);
  sw_symptom_entry_set_side (entry, side);
  sw_symptom_entry_set_pain (entry, pain);
  sw_symptom_entry_set_kinds (entry, kinds);
  sw_symptom_entry_set_triggers (entry, triggers);
  sw_symptom_entry_set_note (entry, note);
  sw_journal_add_entry (fixture->journal, entry, &error);
  g_assert_no_error (error);
}

static void
add_pain (Fixture *fixture,
          guint    days_back,
          int      hour,
          int      pain)
{
  add_entry (fixture, days_back, hour, SW_BODY_AREA_CALF, SW_SIDE_LEFT, pain,
             SW_SYMPTOM_KIND_ACHE, SW_TRIGGER_NONE, "");
}

static void
add_check (Fixture    *fixture,
           guint       days_back,
           const char *outcome,
           const char *urgency,
           const char *answers,
           const char *deciding)
{
  g_autoptr(SwJournalCheck) check = sw_journal_check_new (outcome);
  g_autoptr(GError) error = NULL;

  check->time_us = at (days_back, 20);
  check->urgency = g_strdup (urgency);
  g_free (check->answers);
  check->answers = g_strdup (answers);
  g_free (check->deciding_rules);
  check->deciding_rules = g_strdup (deciding);
  sw_journal_add_check (fixture->journal, check, &error);
  g_assert_no_error (error);
}

static void
add_break (Fixture            *fixture,
           guint               days_back,
           int                 hour,
           SwJournalBreakKind  kind)
{
  g_autoptr(GError) error = NULL;

  sw_journal_add_break_event (fixture->journal, at (days_back, hour), kind,
                              kind == SW_JOURNAL_BREAK_COMPLETED ||
                              kind == SW_JOURNAL_BREAK_NATURAL ? 300 : -1,
                              NULL, &error);
  g_assert_no_error (error);
}

static SwReportData *
make_report (Fixture               *fixture,
             guint                  n_days,
             const SwReportOptions *options)
{
  g_autoptr(GError) error = NULL;
  SwReportData *data = sw_report_data_new (fixture->journal, n_days, options, &error);

  g_assert_no_error (error);
  g_assert_nonnull (data);

  return data;
}

static void
assert_date (const GDate *date,
             int          year,
             int          month,
             int          day)
{
  g_assert_true (g_date_valid (date));
  g_assert_cmpint (g_date_get_year (date), ==, year);
  g_assert_cmpint (g_date_get_month (date), ==, month);
  g_assert_cmpint (g_date_get_day (date), ==, day);
}

/* ------------------------------------------------------------------------ */
/* Tests                                                                    */

static void
test_empty_period (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(SwReportData) report = make_report (fixture, 30, NULL);
  const SwJournalDay *days;
  guint n;

  g_assert_cmpuint (sw_report_data_get_n_days (report), ==, 30);
  assert_date (sw_report_data_get_first_day (report), 2026, 2, 9);
  assert_date (sw_report_data_get_last_day (report), 2026, 3, 10);
  g_assert_cmpint (g_date_time_get_day_of_month (sw_report_data_get_made (report)), ==, 10);
  g_assert_true (sw_report_data_is_empty (report));

  days = sw_report_data_get_days (report, &n);
  g_assert_cmpuint (n, ==, 30);
  assert_date (&days[0].date, 2026, 2, 9);
  assert_date (&days[29].date, 2026, 3, 10);
  g_assert_cmpint (days[0].max_pain, ==, -1);

  g_assert_cmpuint (sw_report_data_get_n_entries (report), ==, 0);
  g_assert_cmpuint (sw_report_data_get_n_days_logged (report), ==, 0);
  g_assert_cmpint (sw_report_data_get_worst_pain (report), ==, -1);
  g_assert_cmpfloat (sw_report_data_get_median_pain (report), ==, -1);
  sw_report_data_get_areas (report, &n);
  g_assert_cmpuint (n, ==, 0);
  sw_report_data_get_kinds (report, &n);
  g_assert_cmpuint (n, ==, 0);
  sw_report_data_get_triggers (report, &n);
  g_assert_cmpuint (n, ==, 0);
  sw_report_data_get_checks (report, &n);
  g_assert_cmpuint (n, ==, 0);
  sw_report_data_get_notes (report, &n);
  g_assert_cmpuint (n, ==, 0);
  g_assert_null (sw_report_data_get_onset (report));
  sw_report_data_get_weeks (report, &n);
  g_assert_cmpuint (n, ==, 5);
  g_assert_cmpuint (sw_report_data_get_breaks_taken (report), ==, 0);
  g_assert_cmpuint (sw_report_data_get_n_exercise_sessions (report), ==, 0);
  g_assert_null (sw_report_data_get_options (report)->kind_of_day);
}

static void
test_pain_figures (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(SwReportData) report = NULL;

  /* Daily worsts 6, 2, 8 and 1 (the first day of the period); a day before
   * the period does not count. */
  add_pain (fixture, 1, 9, 3);
  add_pain (fixture, 1, 18, 6);
  add_pain (fixture, 2, 9, 2);
  add_pain (fixture, 4, 9, 8);
  add_pain (fixture, 29, 9, 1);
  add_pain (fixture, 30, 9, 10);

  report = make_report (fixture, 30, NULL);
  g_assert_false (sw_report_data_is_empty (report));
  g_assert_cmpuint (sw_report_data_get_n_entries (report), ==, 5);
  g_assert_cmpuint (sw_report_data_get_n_days_logged (report), ==, 4);
  g_assert_cmpint (sw_report_data_get_worst_pain (report), ==, 8);
  /* 1 2 6 8: the middle two averaged. */
  g_assert_cmpfloat (sw_report_data_get_median_pain (report), ==, 4.0);
  g_clear_pointer (&report, sw_report_data_unref);

  /* A pain-free day is a logged day: 0 1 2 6 8. */
  add_pain (fixture, 5, 9, 0);
  report = make_report (fixture, 30, NULL);
  g_assert_cmpuint (sw_report_data_get_n_days_logged (report), ==, 5);
  g_assert_cmpfloat (sw_report_data_get_median_pain (report), ==, 2.0);
  g_clear_pointer (&report, sw_report_data_unref);

  /* Fourteen days see only the last two weeks: 0 2 6 8. */
  report = make_report (fixture, 14, NULL);
  g_assert_cmpuint (sw_report_data_get_n_entries (report), ==, 5);
  g_assert_cmpuint (sw_report_data_get_n_days_logged (report), ==, 4);
  g_assert_cmpfloat (sw_report_data_get_median_pain (report), ==, 4.0);
  g_clear_pointer (&report, sw_report_data_unref);

  /* One day: today has nothing. */
  report = make_report (fixture, 1, NULL);
  g_assert_true (sw_report_data_is_empty (report));
  g_assert_cmpint (sw_report_data_get_worst_pain (report), ==, -1);
}

static void
test_areas_kinds_triggers (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(SwReportData) report = NULL;
  const SwReportArea *areas;
  const SwReportCount *counts;
  guint n;

  add_entry (fixture, 1, 9, SW_BODY_AREA_CALF, SW_SIDE_LEFT, 4,
             SW_SYMPTOM_KIND_ACHE | SW_SYMPTOM_KIND_RADIATING,
             SW_TRIGGER_SITTING | SW_TRIGGER_WALKING, "");
  add_entry (fixture, 2, 9, SW_BODY_AREA_CALF, SW_SIDE_LEFT, 4,
             SW_SYMPTOM_KIND_ACHE | SW_SYMPTOM_KIND_RADIATING | SW_SYMPTOM_KIND_NUMBNESS,
             SW_TRIGGER_WALKING, "");
  add_entry (fixture, 3, 9, SW_BODY_AREA_CALF, SW_SIDE_LEFT, 4, SW_SYMPTOM_KIND_ACHE,
             SW_TRIGGER_SITTING | SW_TRIGGER_MASSAGE, "");
  add_entry (fixture, 4, 9, SW_BODY_AREA_CALF, SW_SIDE_RIGHT, 4, SW_SYMPTOM_KIND_NONE,
             SW_TRIGGER_NONE, "");
  add_entry (fixture, 5, 9, SW_BODY_AREA_FOOT, SW_SIDE_LEFT, 2, SW_SYMPTOM_KIND_NONE,
             SW_TRIGGER_NONE, "");
  add_entry (fixture, 6, 9, SW_BODY_AREA_FOOT, SW_SIDE_LEFT, 2, SW_SYMPTOM_KIND_NONE,
             SW_TRIGGER_NONE, "");
  add_entry (fixture, 7, 9, SW_BODY_AREA_LOWER_BACK, SW_SIDE_BOTH, 3, SW_SYMPTOM_KIND_NONE,
             SW_TRIGGER_NONE, "");
  add_entry (fixture, 8, 9, SW_BODY_AREA_LOWER_BACK, SW_SIDE_BOTH, 3, SW_SYMPTOM_KIND_NONE,
             SW_TRIGGER_NONE, "");
  /* Outside a 30-day period. */
  add_entry (fixture, 40, 9, SW_BODY_AREA_THIGH, SW_SIDE_LEFT, 3, SW_SYMPTOM_KIND_WEAKNESS,
             SW_TRIGGER_LIFTING, "");

  report = make_report (fixture, 30, NULL);

  /* Most named first; a tie keeps the order of the list (lower back before
   * foot). */
  areas = sw_report_data_get_areas (report, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpint (areas[0].area, ==, SW_BODY_AREA_CALF);
  g_assert_cmpuint (areas[0].count, ==, 4);
  g_assert_cmpuint (areas[0].sides[SW_SIDE_LEFT], ==, 3);
  g_assert_cmpuint (areas[0].sides[SW_SIDE_RIGHT], ==, 1);
  g_assert_cmpuint (areas[0].sides[SW_SIDE_BOTH], ==, 0);
  g_assert_cmpint (areas[1].area, ==, SW_BODY_AREA_LOWER_BACK);
  g_assert_cmpuint (areas[1].count, ==, 2);
  g_assert_cmpuint (areas[1].sides[SW_SIDE_BOTH], ==, 2);
  g_assert_cmpint (areas[2].area, ==, SW_BODY_AREA_FOOT);
  g_assert_cmpuint (areas[2].sides[SW_SIDE_LEFT], ==, 2);

  counts = sw_report_data_get_kinds (report, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (counts[0].flag, ==, SW_SYMPTOM_KIND_ACHE);
  g_assert_cmpuint (counts[0].count, ==, 3);
  g_assert_false (counts[0].nerve_sign);
  g_assert_cmpuint (counts[1].flag, ==, SW_SYMPTOM_KIND_RADIATING);
  g_assert_cmpuint (counts[1].count, ==, 2);
  g_assert_true (counts[1].nerve_sign);
  g_assert_cmpuint (counts[2].flag, ==, SW_SYMPTOM_KIND_NUMBNESS);
  g_assert_cmpuint (counts[2].count, ==, 1);
  g_assert_true (counts[2].nerve_sign);

  counts = sw_report_data_get_triggers (report, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (counts[0].flag, ==, SW_TRIGGER_SITTING);
  g_assert_cmpuint (counts[0].count, ==, 2);
  g_assert_cmpuint (counts[1].flag, ==, SW_TRIGGER_WALKING);
  g_assert_cmpuint (counts[1].count, ==, 2);
  g_assert_cmpuint (counts[2].flag, ==, SW_TRIGGER_MASSAGE);
  g_assert_cmpuint (counts[2].count, ==, 1);
  g_assert_false (counts[2].nerve_sign);
  g_clear_pointer (&report, sw_report_data_unref);

  /* Every nerve sign is flagged, and weakness is one. */
  report = make_report (fixture, 90, NULL);
  counts = sw_report_data_get_kinds (report, &n);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpuint (counts[3].flag, ==, SW_SYMPTOM_KIND_WEAKNESS);
  g_assert_true (counts[3].nerve_sign);
}

static void
test_notes (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(SwReportData) report = NULL;
  SwReportOptions options = { 0 };
  const SwReportNote *notes;
  guint n;

  for (guint d = 1; d <= 12; d++)
    {
      g_autofree char *note = g_strdup_printf ("  note %u\n", d);

      add_entry (fixture, d, 9, SW_BODY_AREA_CALF, SW_SIDE_LEFT, 2, SW_SYMPTOM_KIND_NONE,
                 SW_TRIGGER_NONE, d == 2 ? " \n\t " : note);
    }
  add_entry (fixture, 0, 8, SW_BODY_AREA_CALF, SW_SIDE_LEFT, 2, SW_SYMPTOM_KIND_NONE,
             SW_TRIGGER_NONE, "");

  /* Ten, newest first, trimmed; blank notes are not notes. */
  report = make_report (fixture, 30, NULL);
  notes = sw_report_data_get_notes (report, &n);
  g_assert_cmpuint (n, ==, SW_REPORT_MAX_NOTES);
  g_assert_cmpstr (notes[0].text, ==, "note 1");
  g_assert_cmpint (notes[0].time_us, ==, at (1, 9));
  g_assert_cmpstr (notes[1].text, ==, "note 3");
  g_assert_cmpstr (notes[9].text, ==, "note 11");
  g_clear_pointer (&report, sw_report_data_unref);

  options.leave_out_notes = TRUE;
  report = make_report (fixture, 30, &options);
  sw_report_data_get_notes (report, &n);
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpuint (sw_report_data_get_n_entries (report), ==, 13);
}

static void
test_checks (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(SwReportData) report = NULL;
  const SwReportCheck *checks;
  guint n;

  /* Oldest to newest, as saved. */
  add_check (fixture, 40, "EMERGENCY", NULL, "rf_limb=yes", "E5");
  add_check (fixture, 9, "SEE_DOCTOR_SOON", "soon", "not a valid answer string",
             "S6, S99 ,S10");
  add_check (fixture, 5, "SEE_DOCTOR_SOON", "today", SW_REPORT_FIXTURE_RED_FLAG_ANSWERS, "S5");
  add_check (fixture, 1, "EMERGENCY", NULL, "rf_saddle=yes,rf_bladder_bowel=no,"
             "rf_weakness_rapid=unsure,rf_chest=yes", "E1,E6");
  add_check (fixture, 1, "WATCH_AND_SELF_CARE", NULL, "", "W3");

  report = make_report (fixture, 30, NULL);
  checks = sw_report_data_get_checks (report, &n);
  g_assert_cmpuint (n, ==, 4);

  /* Newest first; the same time keeps the later save first. */
  g_assert_cmpint (checks[0].outcome, ==, SW_OUTCOME_WATCH_AND_SELF_CARE);
  g_assert_cmpint (checks[0].urgency, ==, SW_URGENCY_NONE);
  g_assert_cmpuint (checks[0].n_deciding, ==, 1);
  g_assert_cmpuint (checks[0].n_red_flags, ==, 0);

  /* Every red-flag question answered yes or not sure, in question order. */
  g_assert_cmpint (checks[1].outcome, ==, SW_OUTCOME_EMERGENCY);
  g_assert_cmpint (checks[1].time_us, ==, at (1, 20));
  g_assert_cmpuint (checks[1].n_deciding, ==, 2);
  g_assert_cmpstr (sw_triage_rule_get_id (checks[1].deciding[0]), ==, "E1");
  g_assert_cmpstr (sw_triage_rule_get_id (checks[1].deciding[1]), ==, "E6");
  g_assert_null (checks[1].deciding[2]);
  g_assert_cmpuint (checks[1].n_red_flags, ==, 3);
  g_assert_cmpstr (checks[1].red_flags[0].question->key, ==, "rf_saddle");
  g_assert_cmpstr (checks[1].red_flags[0].value, ==, "yes");
  g_assert_cmpstr (checks[1].red_flags[1].question->key, ==, "rf_weakness_rapid");
  g_assert_cmpstr (checks[1].red_flags[1].value, ==, "unsure");
  g_assert_cmpstr (checks[1].red_flags[2].question->key, ==, "rf_chest");
  g_assert_cmpstr (checks[1].red_flags[2].value, ==, "yes");

  g_assert_cmpint (checks[2].outcome, ==, SW_OUTCOME_SEE_DOCTOR_SOON);
  g_assert_cmpint (checks[2].urgency, ==, SW_URGENCY_TODAY);
  g_assert_cmpuint (checks[2].n_red_flags, ==, 1);
  g_assert_cmpstr (checks[2].red_flags[0].question->key, ==, "rf_both_legs");
  g_assert_cmpstr (checks[2].red_flags[0].value, ==, "unsure");
  g_assert_cmpstr (sw_triage_rule_get_reason (checks[2].deciding[0]), ==,
                   sw_triage_rule_get_reason (sw_triage_lookup_rule ("S5")));

  /* An unknown rule and unreadable answers leave out only what is unknown. */
  g_assert_cmpint (checks[3].urgency, ==, SW_URGENCY_SOON);
  g_assert_cmpuint (checks[3].n_deciding, ==, 2);
  g_assert_cmpstr (sw_triage_rule_get_id (checks[3].deciding[0]), ==, "S6");
  g_assert_cmpstr (sw_triage_rule_get_id (checks[3].deciding[1]), ==, "S10");
  g_assert_cmpuint (checks[3].n_red_flags, ==, 0);
  g_clear_pointer (&report, sw_report_data_unref);

  /* A check alone makes a period not empty. */
  report = make_report (fixture, 3, NULL);
  sw_report_data_get_checks (report, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_false (sw_report_data_is_empty (report));
}

static void
test_weeks_and_breaks (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(SwReportData) report = NULL;
  const SwReportWeek *weeks;
  guint n;

  add_break (fixture, 0, 9, SW_JOURNAL_BREAK_COMPLETED);
  add_break (fixture, 0, 10, SW_JOURNAL_BREAK_COMPLETED);
  add_break (fixture, 0, 11, SW_JOURNAL_BREAK_NATURAL);
  add_break (fixture, 0, 8, SW_JOURNAL_BREAK_SKIPPED);
  add_break (fixture, 0, 7, SW_JOURNAL_BREAK_DUE);
  add_break (fixture, 0, 7, SW_JOURNAL_BREAK_SNOOZED);
  add_break (fixture, 7, 9, SW_JOURNAL_BREAK_COMPLETED);
  add_break (fixture, 29, 9, SW_JOURNAL_BREAK_SKIPPED);
  add_break (fixture, 30, 9, SW_JOURNAL_BREAK_COMPLETED);

  report = make_report (fixture, 30, NULL);
  g_assert_false (sw_report_data_is_empty (report));
  g_assert_cmpuint (sw_report_data_get_breaks_taken (report), ==, 4);
  g_assert_cmpuint (sw_report_data_get_breaks_skipped (report), ==, 2);

  /* Seven-day blocks ending today; the oldest has the two days left. */
  weeks = sw_report_data_get_weeks (report, &n);
  g_assert_cmpuint (n, ==, 5);
  assert_date (&weeks[0].first_day, 2026, 2, 9);
  assert_date (&weeks[0].last_day, 2026, 2, 10);
  g_assert_cmpuint (weeks[0].breaks_taken, ==, 0);
  g_assert_cmpuint (weeks[0].breaks_skipped, ==, 1);
  assert_date (&weeks[1].first_day, 2026, 2, 11);
  assert_date (&weeks[1].last_day, 2026, 2, 17);
  assert_date (&weeks[3].first_day, 2026, 2, 25);
  assert_date (&weeks[3].last_day, 2026, 3, 3);
  g_assert_cmpuint (weeks[3].breaks_taken, ==, 1);
  assert_date (&weeks[4].first_day, 2026, 3, 4);
  assert_date (&weeks[4].last_day, 2026, 3, 10);
  g_assert_cmpuint (weeks[4].breaks_taken, ==, 3);
  g_assert_cmpuint (weeks[4].breaks_skipped, ==, 1);
  g_clear_pointer (&report, sw_report_data_unref);

  report = make_report (fixture, 14, NULL);
  weeks = sw_report_data_get_weeks (report, &n);
  g_assert_cmpuint (n, ==, 2);
  assert_date (&weeks[0].first_day, 2026, 2, 25);
  g_clear_pointer (&report, sw_report_data_unref);

  report = make_report (fixture, 90, NULL);
  weeks = sw_report_data_get_weeks (report, &n);
  g_assert_cmpuint (n, ==, 13);
  g_assert_cmpint (g_date_days_between (&weeks[0].first_day, &weeks[0].last_day), ==, 5);
  g_assert_cmpuint (sw_report_data_get_breaks_taken (report), ==, 5);
  g_clear_pointer (&report, sw_report_data_unref);

  report = make_report (fixture, 1, NULL);
  weeks = sw_report_data_get_weeks (report, &n);
  g_assert_cmpuint (n, ==, 1);
  assert_date (&weeks[0].first_day, 2026, 3, 10);
  assert_date (&weeks[0].last_day, 2026, 3, 10);
  g_assert_cmpuint (weeks[0].breaks_taken, ==, 3);
}

static void
test_sessions (Fixture       *fixture,
               gconstpointer  data)
{
  static const char * const exercises[] = { "ankle_pumps", NULL };
  g_autoptr(SwReportData) report = NULL;
  g_autoptr(GError) error = NULL;

  sw_journal_add_exercise_session (fixture->journal, at (1, 9), "office", exercises, 600, TRUE,
                                   NULL, &error);
  g_assert_no_error (error);
  sw_journal_add_exercise_session (fixture->journal, at (2, 9), "flare", exercises, 600, TRUE,
                                   NULL, &error);
  g_assert_no_error (error);
  sw_journal_add_exercise_session (fixture->journal, at (3, 9), "flare", exercises, 120, FALSE,
                                   NULL, &error);
  g_assert_no_error (error);
  sw_journal_add_exercise_session (fixture->journal, at (45, 9), "flare", exercises, 600, TRUE,
                                   NULL, &error);
  g_assert_no_error (error);
  sw_journal_add_compress_session (fixture->journal, at (1, 19), SW_JOURNAL_COMPRESS_COLD, 900,
                                   NULL, &error);
  g_assert_no_error (error);
  sw_journal_add_compress_session (fixture->journal, at (2, 19), SW_JOURNAL_COMPRESS_COLD, 900,
                                   NULL, &error);
  g_assert_no_error (error);
  sw_journal_add_compress_session (fixture->journal, at (5, 19), SW_JOURNAL_COMPRESS_WARM, 600,
                                   NULL, &error);
  g_assert_no_error (error);
  sw_journal_add_compress_session (fixture->journal, at (45, 19), SW_JOURNAL_COMPRESS_WARM, 600,
                                   NULL, &error);
  g_assert_no_error (error);

  report = make_report (fixture, 30, NULL);
  g_assert_false (sw_report_data_is_empty (report));
  g_assert_cmpuint (sw_report_data_get_n_exercise_sessions (report), ==, 3);
  g_assert_cmpuint (sw_report_data_get_n_exercise_completed (report), ==, 2);
  g_assert_cmpuint (sw_report_data_get_exercise_seconds (report), ==, 1320);
  g_assert_cmpuint (sw_report_data_get_n_compress_sessions (report, SW_JOURNAL_COMPRESS_COLD),
                    ==, 2);
  g_assert_cmpuint (sw_report_data_get_n_compress_sessions (report, SW_JOURNAL_COMPRESS_WARM),
                    ==, 1);
  g_assert_cmpuint (sw_report_data_get_compress_seconds (report), ==, 2400);
  g_clear_pointer (&report, sw_report_data_unref);

  /* A compress session alone makes a period not empty. */
  report = make_report (fixture, 6, NULL);
  g_assert_false (sw_report_data_is_empty (report));
  g_assert_cmpuint (sw_report_data_get_n_compress_sessions (report, SW_JOURNAL_COMPRESS_WARM),
                    ==, 1);
}

static void
test_onset (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(SwReportData) report = NULL;
  g_autoptr(GDateTime) set = NULL;
  g_autoptr(GError) error = NULL;
  GDateTime *onset;

  /* A run of painful entries no more than 7 days apart, the last recent:
   * it began with the entry 12 days ago (the one 40 days ago is another). */
  add_pain (fixture, 40, 9, 5);
  add_pain (fixture, 12, 9, 3);
  add_pain (fixture, 6, 9, 4);
  add_pain (fixture, 1, 9, 2);

  report = make_report (fixture, 14, NULL);
  onset = sw_report_data_get_onset (report);
  g_assert_nonnull (onset);
  g_assert_cmpint (g_date_time_to_unix (onset) * G_USEC_PER_SEC, ==, at (12, 9));
  g_clear_pointer (&report, sw_report_data_unref);

  /* The date the person set wins, even before the period. */
  set = g_date_time_new_local (2026, 1, 2, 8, 0, 0);
  sw_journal_set_onset (fixture->journal, set, &error);
  g_assert_no_error (error);
  report = make_report (fixture, 14, NULL);
  g_assert_true (g_date_time_equal (sw_report_data_get_onset (report), set));
}

static void
test_options (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(SwReportData) report = NULL;
  g_autofree char *kind = g_strdup ("active");
  SwReportOptions options = { kind, TRUE, FALSE, TRUE, FALSE };
  const SwReportOptions *kept;

  report = make_report (fixture, 14, &options);
  /* The report keeps its own copy. */
  g_clear_pointer (&kind, g_free);
  kept = sw_report_data_get_options (report);
  g_assert_cmpstr (kept->kind_of_day, ==, "active");
  g_assert_true (kept->pregnant);
  g_assert_false (kept->spine_surgery);
  g_assert_true (kept->spinal_stenosis);
  g_assert_false (kept->leave_out_notes);

  g_assert_cmpstr (sw_report_kind_of_day_get_label ("office"), ==, "Office worker");
  g_assert_cmpstr (sw_report_kind_of_day_get_label ("active"), ==, "Active");
  g_assert_cmpstr (sw_report_kind_of_day_get_label ("older"), ==, "Older adult");
  g_assert_null (sw_report_kind_of_day_get_label (NULL));
  g_assert_null (sw_report_kind_of_day_get_label ("astronaut"));
}

static void
test_new_empty (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 3, 10, 23, 59, 0);
  SwReportOptions options = { "older", FALSE, TRUE, FALSE, FALSE };
  g_autoptr(SwReportData) report = sw_report_data_new_empty (now, 14, &options);
  g_autoptr(SwReportData) ref = NULL;
  const SwJournalDay *days;
  guint n;

  g_assert_true (sw_report_data_is_empty (report));
  assert_date (sw_report_data_get_first_day (report), 2026, 2, 25);
  assert_date (sw_report_data_get_last_day (report), 2026, 3, 10);
  days = sw_report_data_get_days (report, &n);
  g_assert_cmpuint (n, ==, 14);
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpint (days[i].max_pain, ==, -1);
      g_assert_cmpuint (days[i].n_entries, ==, 0);
    }
  assert_date (&days[13].date, 2026, 3, 10);
  g_assert_cmpint (days[1].start_us - days[0].start_us, ==, G_TIME_SPAN_DAY);
  sw_report_data_get_weeks (report, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (sw_report_data_get_options (report)->kind_of_day, ==, "older");
  g_assert_true (sw_report_data_get_options (report)->spine_surgery);

  ref = sw_report_data_ref (report);
  g_assert_true (ref == report);
  g_assert_true (g_type_is_a (SW_TYPE_REPORT_DATA, G_TYPE_BOXED));
}

/* The fixture the CLI tests write reads as a report should. */
static void
test_fixture (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(SwReportData) report = NULL;
  g_autoptr(GError) error = NULL;
  const SwReportCheck *checks;
  const SwReportCount *kinds;
  const SwReportNote *notes;
  guint n, n_checks;
  gboolean radiating = FALSE;

  sw_report_fixture_fill (fixture->journal, 30, &error);
  g_assert_no_error (error);

  report = make_report (fixture, 30, NULL);
  g_assert_cmpuint (sw_report_data_get_n_days_logged (report), ==, 19);
  g_assert_cmpint (sw_report_data_get_worst_pain (report), ==, 7);
  g_assert_nonnull (sw_report_data_get_onset (report));

  kinds = sw_report_data_get_kinds (report, &n);
  for (guint i = 0; i < n; i++)
    if (kinds[i].flag == SW_SYMPTOM_KIND_RADIATING)
      radiating = kinds[i].nerve_sign;
  g_assert_true (radiating);

  checks = sw_report_data_get_checks (report, &n_checks);
  g_assert_cmpuint (n_checks, ==, 3);
  g_assert_cmpuint (checks[0].n_red_flags, ==, 1);
  g_assert_cmpstr (checks[0].red_flags[0].question->key, ==, "rf_both_legs");
  g_assert_cmpint (checks[1].urgency, ==, SW_URGENCY_SOON);

  notes = sw_report_data_get_notes (report, &n);
  g_assert_cmpuint (n, ==, SW_REPORT_MAX_NOTES);
  g_assert_cmpint (notes[0].time_us, >, notes[1].time_us);

  g_assert_cmpuint (sw_report_data_get_breaks_taken (report), ==, 28 * 5);
  g_assert_cmpuint (sw_report_data_get_n_exercise_sessions (report), ==, 10);
  g_assert_cmpuint (sw_report_data_get_n_compress_sessions (report, SW_JOURNAL_COMPRESS_COLD),
                    ==, 4);
  g_assert_cmpuint (sw_report_data_get_n_compress_sessions (report, SW_JOURNAL_COMPRESS_WARM),
                    ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/sitwell/core/report-data/" path, Fixture, NULL, \
              fixture_set_up, func, fixture_tear_down)

  ADD ("empty-period", test_empty_period);
  ADD ("pain-worst-median-days", test_pain_figures);
  ADD ("areas-kinds-triggers-by-count", test_areas_kinds_triggers);
  ADD ("last-ten-notes-newest-first", test_notes);
  ADD ("checks-reasons-and-red-flags", test_checks);
  ADD ("weeks-and-breaks", test_weeks_and_breaks);
  ADD ("exercise-and-compress-sessions", test_sessions);
  ADD ("episode-onset", test_onset);
  ADD ("options-are-copied", test_options);
  ADD ("fixture-reads-as-expected", test_fixture);
  g_test_add_func ("/sitwell/core/report-data/new-empty", test_new_empty);

#undef ADD

  return g_test_run ();
}

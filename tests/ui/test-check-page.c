/* test-check-page.c: walking the real Check tab as a person would
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "sw-check-page.h"
#include "sw-fake-clock.h"
#include "sw-settings.h"
#include "sw-test-utils.h"

typedef struct
{
  GtkWindow   *window;
  SwCheckPage *page;
  SwJournal   *journal;
  char        *folder;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  g_autoptr(GError) error = NULL;
  g_autoptr(SwFakeClock) clock = sw_fake_clock_new_local (2026, 11, 23, 10, 0);
  g_autoptr(GFile) file = NULL;

  fixture->folder = g_dir_make_tmp ("check-page-XXXXXX", &error);
  g_assert_no_error (error);
  file = g_file_new_build_filename (fixture->folder, "journal.db", NULL);
  fixture->journal = sw_journal_open (file, SW_CLOCK (clock), &error);
  g_assert_no_error (error);

  fixture->page = g_object_new (SW_TYPE_CHECK_PAGE, NULL);
  sw_check_page_set_journal (fixture->page, fixture->journal);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  gtk_window_present (fixture->window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_object_add_weak_pointer (G_OBJECT (fixture->page), (gpointer *) &fixture->page);
  gtk_window_destroy (fixture->window);
  g_assert_null (fixture->page);
  g_assert_finalize_object (fixture->journal);
  g_free (fixture->folder);
}

/* Picks the option whose label the person reads, by activating its row. */
static void
choose (Fixture    *fixture,
        const char *question_key,
        const char *value)
{
  const SwTriageQuestion *question = sw_triage_lookup_question (question_key);
  int option = sw_triage_question_find_option (question, value);
  const char *label = sw_triage_option_get_label (&question->options[option]);
  GtkWidget *row;

  g_assert_cmpstr (sw_check_page_get_stage (fixture->page), ==, "question");
  g_assert_cmpint (sw_check_page_get_question (fixture->page), ==,
                   (int) sw_triage_question_get_index (question));

  row = sw_test_find_row_by_title (GTK_WIDGET (fixture->page), label);
  g_assert_nonnull (row);
  g_signal_emit_by_name (gtk_widget_get_parent (row), "row-activated", row);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "check.next", NULL));
}

static void
test_starts_on_the_start_page (Fixture       *fixture,
                               gconstpointer  data)
{
  g_assert_cmpstr (sw_check_page_get_stage (fixture->page), ==, "start");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "check.start", NULL));
  g_assert_cmpstr (sw_check_page_get_stage (fixture->page), ==, "question");
  g_assert_cmpint (sw_check_page_get_question (fixture->page), ==, 0);
}

static void
test_next_needs_an_answer (Fixture       *fixture,
                           gconstpointer  data)
{
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "check.start", NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "check.next", NULL);
  g_assert_cmpint (sw_check_page_get_question (fixture->page), ==, 0);
}

static void
test_red_flag_ends_the_check_at_once (Fixture       *fixture,
                                      gconstpointer  data)
{
  const SwTriageResult *result;
  guint n_deciding;
  const SwTriageRule *const *deciding;

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "check.start", NULL);
  choose (fixture, "rf_saddle", "no");
  choose (fixture, "rf_bladder_bowel", "yes");

  g_assert_cmpstr (sw_check_page_get_stage (fixture->page), ==, "result");
  result = sw_check_page_get_result (fixture->page);
  g_assert_cmpint (sw_triage_result_get_outcome (result), ==, SW_OUTCOME_EMERGENCY);
  g_assert_cmpint (sw_triage_result_get_exercises (result), ==, SW_OFFER_NONE);
  deciding = sw_triage_result_get_deciding (result, &n_deciding);
  g_assert_cmpuint (n_deciding, ==, 1);
  g_assert_cmpstr (sw_triage_rule_get_id (deciding[0]), ==, "E2");

  /* The page shows the advice and the reason in words. */
  g_assert_nonnull (sw_test_find_row_by_title (GTK_WIDGET (fixture->page),
                                               sw_triage_rule_get_reason (deciding[0])));
  g_assert_nonnull (sw_test_find_row_by_title (
    GTK_WIDGET (fixture->page),
    sw_triage_advice_get_step (sw_triage_result_get_advice (result), 0)));

  /* An emergency is not something to file away: no saving. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "check.save", NULL);
  {
    g_autoptr(SwJournalCheck) saved = NULL;

    g_assert_true (sw_journal_get_last_check (fixture->journal, &saved, NULL));
    g_assert_null (saved);
  }

  /* Back returns to the question that ended it, with the answer kept. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "check.back", NULL));
  g_assert_cmpint (sw_check_page_get_question (fixture->page), ==, 1);
  choose (fixture, "rf_bladder_bowel", "no");
  g_assert_cmpint (sw_check_page_get_question (fixture->page), ==, 2);
}

static void
test_muscular_path_walks_every_question (Fixture       *fixture,
                                         gconstpointer  data)
{
  static const char * const answers[][2] = {
    { "rf_saddle", "no" }, { "rf_bladder_bowel", "no" }, { "rf_weakness_rapid", "no" },
    { "rf_both_legs", "no" }, { "rf_limb", "no" }, { "rf_chest", "no" },
    { "sudden_severe", "no" }, { "clot_signs", "no" }, { "sys_signs", "no" },
    { "group", "none" }, { "radiation", "spot" }, { "quality", "dull_ache" },
    { "numbness", "none" }, { "weakness", "no" }, { "back_pain", "no" },
    { "worse_with", "walking" }, { "trend", "better" }, { "duration", "d1_3" },
  };
  const SwTriageResult *result;
  const SwTriageRule *const *deciding;
  guint n_deciding;

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "check.start", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (answers); i++)
    choose (fixture, answers[i][0], answers[i][1]);

  /* Q19 is only asked after more than three days. */
  g_assert_cmpstr (sw_check_page_get_stage (fixture->page), ==, "result");
  result = sw_check_page_get_result (fixture->page);
  g_assert_cmpint (sw_triage_result_get_outcome (result), ==, SW_OUTCOME_LIKELY_MUSCULAR);
  deciding = sw_triage_result_get_deciding (result, &n_deciding);
  g_assert_cmpuint (n_deciding, ==, 1);
  g_assert_cmpstr (sw_triage_rule_get_id (deciding[0]), ==, "M1");
  g_assert_cmpint (sw_triage_result_get_exercises (result), ==, SW_OFFER_FULL);

  /* Saved to the journal with its answers, once. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "check.save", NULL));
  {
    g_autoptr(SwJournalCheck) saved = NULL;
    g_autoptr(GError) error = NULL;

    g_assert_true (sw_journal_get_last_check (fixture->journal, &saved, &error));
    g_assert_no_error (error);
    g_assert_nonnull (saved);
    g_assert_cmpstr (saved->outcome, ==, "LIKELY_MUSCULAR");
    g_assert_null (saved->urgency);
    g_assert_cmpstr (saved->deciding_rules, ==, "M1");
    g_assert_nonnull (strstr (saved->answers, "radiation=spot"));
    g_assert_nonnull (strstr (saved->answers, "duration=d1_3"));
  }
  /* Saving twice files one result. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "check.save", NULL);
  {
    g_autoptr(GPtrArray) items = NULL;
    g_autoptr(GDate) today = g_date_new_dmy (23, G_DATE_NOVEMBER, 2026);

    items = sw_journal_list_timeline (fixture->journal, today, today, NULL);
    g_assert_nonnull (items);
    g_assert_cmpuint (items->len, ==, 1);
  }

  /* Start over goes back to the start page with nothing kept. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "check.restart", NULL));
  g_assert_cmpstr (sw_check_page_get_stage (fixture->page), ==, "start");
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "check.start", NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "check.next", NULL);
  g_assert_cmpint (sw_check_page_get_question (fixture->page), ==, 0);
}

static void
test_same_day_rule_skips_the_rest (Fixture       *fixture,
                                   gconstpointer  data)
{
  static const char * const keys[] = {
    "rf_saddle", "rf_bladder_bowel", "rf_weakness_rapid", "rf_both_legs", "rf_limb", "rf_chest",
  };
  const SwTriageResult *result;
  const SwTriageRule *const *deciding;
  guint n_deciding;

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "check.start", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    choose (fixture, keys[i], "no");
  choose (fixture, "sudden_severe", "yes");
  choose (fixture, "clot_signs", "no");
  choose (fixture, "sys_signs", "no");
  choose (fixture, "group", "none");

  g_assert_cmpstr (sw_check_page_get_stage (fixture->page), ==, "result");
  result = sw_check_page_get_result (fixture->page);
  g_assert_cmpint (sw_triage_result_get_outcome (result), ==, SW_OUTCOME_SEE_DOCTOR_SOON);
  g_assert_cmpint (sw_triage_result_get_urgency (result), ==, SW_URGENCY_TODAY);
  deciding = sw_triage_result_get_deciding (result, &n_deciding);
  g_assert_cmpuint (n_deciding, ==, 1);
  g_assert_cmpstr (sw_triage_rule_get_id (deciding[0]), ==, "S1");

  /* "A clinician has checked me" files the result and clears its lock. */
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);
    g_autoptr(SwJournalCheck) saved = NULL;

    sw_check_page_set_settings (fixture->page, settings);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page),
                                               "check.clinician-checked", NULL));
    g_assert_true (sw_journal_get_last_check (fixture->journal, &saved, NULL));
    g_assert_nonnull (saved);
    g_assert_cmpstr (saved->urgency, ==, "today");
    g_assert_cmpint (g_settings_get_int64 (settings, SW_SETTINGS_KEY_CLINICIAN_CLEARED_CHECK),
                     ==, saved->time_us);
    g_settings_reset (settings, SW_SETTINGS_KEY_CLINICIAN_CLEARED_CHECK);
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  sw_test_isolate_dirs ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/sitwell/ui/check-page/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("starts-on-the-start-page", test_starts_on_the_start_page);
  ADD ("next-needs-an-answer", test_next_needs_an_answer);
  ADD ("red-flag-ends-the-check-at-once", test_red_flag_ends_the_check_at_once);
  ADD ("muscular-path-walks-every-question", test_muscular_path_walks_every_question);
  ADD ("same-day-rule-skips-the-rest", test_same_day_rule_skips_the_rest);

#undef ADD

  return g_test_run ();
}

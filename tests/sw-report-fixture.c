/* sw-report-fixture.c: a journal of plausible weeks for the report tests
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-report-fixture.h"

#include "sw-triage.h"

static const char * const notes[] = {
  "Calf tight after a long meeting",
  "Pain ran down to the ankle in the evening",
  SW_REPORT_FIXTURE_ODD_NOTE,
  "Better after a walk at lunch",
  "Pins and needles in the toes on the train",
  "Slept badly, stiff in the morning",
  "Cold pack helped for an hour",
};

/* Pain by day, repeating: worst 7, and most days between 3 and 5. */
static const int pains[] = { 3, 4, 6, 5, 2, 4, 7, 3, 5 };

/* @hour o'clock, local time, @days_back days before today by @now. */
static gint64
at (GDateTime *now,
    guint      days_back,
    int        hour)
{
  g_autoptr(GDateTime) day = g_date_time_add_days (now, -(int) days_back);
  g_autoptr(GDateTime) time = g_date_time_new_local (g_date_time_get_year (day),
                                                     g_date_time_get_month (day),
                                                     g_date_time_get_day_of_month (day),
                                                     hour, 0, 0);

  return g_date_time_to_unix (time) * G_USEC_PER_SEC;
}

static gboolean
add_entry (SwJournal     *journal,
           gint64         time_us,
           SwBodyArea     area,
           SwSide         side,
           int            pain,
           SwSymptomKind  kinds,
           SwTrigger      triggers,
           const char    *note,
           GError       **error)
{
  g_autoptr(SwSymptomEntry) entry = sw_symptom_entry_new ();

  sw_symptom_entry_set_created (entry, time_us);
  sw_symptom_entry_set_body_area (entry, area);
  sw_symptom_entry_set_side (entry, side);
  sw_symptom_entry_set_pain (entry, pain);
  sw_symptom_entry_set_kinds (entry, kinds);
  sw_symptom_entry_set_triggers (entry, triggers);
  sw_symptom_entry_set_note (entry, note);

  return sw_journal_add_entry (journal, entry, error);
}

/* Saves what the checker makes of @answers, as the Check tab does. */
static gboolean
add_check (SwJournal   *journal,
           gint64       time_us,
           const char  *text,
           GError     **error)
{
  g_autoptr(SwTriageAnswers) answers = sw_triage_answers_parse (text, error);
  g_autoptr(SwTriageResult) result = NULL;
  g_autoptr(SwJournalCheck) check = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  const SwTriageRule *const *rules;
  guint n;

  if (answers == NULL)
    return FALSE;

  result = sw_triage_evaluate_flow (answers);
  check = sw_journal_check_new (sw_outcome_to_string (sw_triage_result_get_outcome (result)));
  check->time_us = time_us;
  check->urgency = g_strdup (sw_urgency_to_string (sw_triage_result_get_urgency (result)));
  g_free (check->answers);
  check->answers = sw_triage_answers_to_string (answers);
  rules = sw_triage_result_get_deciding (result, &n);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (ids, (gpointer) sw_triage_rule_get_id (rules[i]));
  g_ptr_array_add (ids, NULL);
  g_free (check->deciding_rules);
  check->deciding_rules = g_strjoinv (",", (char **) ids->pdata);

  return sw_journal_add_check (journal, check, error);
}

static gboolean
add_day (SwJournal  *journal,
         GDateTime  *now,
         guint       d,
         GError    **error)
{
  static const char * const exercises[] = { "stand_and_walk", "ankle_pumps", NULL };
  int pain = pains[d % G_N_ELEMENTS (pains)];
  SwSymptomKind kinds = SW_SYMPTOM_KIND_ACHE;
  SwTrigger triggers = SW_TRIGGER_NONE;

  /* Breaks: three to seven taken and one skipped on every day, one more
   * skipped on every third. */
  for (int hour = 9; hour < 12 + (int) (d % 5); hour++)
    if (!sw_journal_add_break_event (journal, at (now, d, hour), SW_JOURNAL_BREAK_COMPLETED,
                                     300, NULL, error))
      return FALSE;
  if (!sw_journal_add_break_event (journal, at (now, d, 15), SW_JOURNAL_BREAK_SKIPPED,
                                   -1, NULL, error))
    return FALSE;
  if (d % 3 == 0 &&
      !sw_journal_add_break_event (journal, at (now, d, 16), SW_JOURNAL_BREAK_SKIPPED,
                                   -1, NULL, error))
    return FALSE;

  if (d % 3 == 1 &&
      !sw_journal_add_exercise_session (journal, at (now, d, 17), "flare", exercises, 600,
                                        d % 4 != 1, NULL, error))
    return FALSE;

  if (d >= 2 && d <= 8 &&
      !sw_journal_add_compress_session (journal, at (now, d, 19),
                                        d <= 5 ? SW_JOURNAL_COMPRESS_COLD
                                               : SW_JOURNAL_COMPRESS_WARM,
                                        900, NULL, error))
    return FALSE;

  /* Symptoms on two days in three. */
  if (d % 3 == 2)
    return TRUE;

  if (d % 4 == 1)
    kinds |= SW_SYMPTOM_KIND_RADIATING;
  if (d % 6 == 0)
    kinds |= SW_SYMPTOM_KIND_TINGLING;
  if (d % 2 == 0)
    triggers |= SW_TRIGGER_SITTING;
  if (d % 3 == 0)
    triggers |= SW_TRIGGER_WALKING;
  if (d % 5 == 1)
    triggers |= SW_TRIGGER_MASSAGE;

  if (!add_entry (journal, at (now, d, 10), SW_BODY_AREA_CALF,
                  d % 4 == 3 ? SW_SIDE_BOTH : SW_SIDE_LEFT, pain, kinds, triggers,
                  d % 2 == 1 ? notes[(d / 2) % G_N_ELEMENTS (notes)] : "", error))
    return FALSE;

  /* The lower back on every fifth day. */
  if (d % 5 == 0 &&
      !add_entry (journal, at (now, d, 18), SW_BODY_AREA_LOWER_BACK, SW_SIDE_BOTH,
                  MAX (pain - 2, 1), SW_SYMPTOM_KIND_ACHE, SW_TRIGGER_SITTING, "", error))
    return FALSE;

  return TRUE;
}

gboolean
sw_report_fixture_fill (SwJournal  *journal,
                        guint       n_days,
                        GError    **error)
{
  g_autoptr(GDateTime) now = NULL;

  g_return_val_if_fail (SW_IS_JOURNAL (journal), FALSE);
  g_return_val_if_fail (n_days >= 3, FALSE);

  now = g_date_time_new_from_unix_local (sw_clock_get_real_us (sw_journal_get_clock (journal)) /
                                         G_USEC_PER_SEC);

  /* Yesterday back to the second day of the period. */
  for (guint d = 1; d <= n_days - 2; d++)
    if (!add_day (journal, now, d, error))
      return FALSE;

  /* A check every twelve days: "not sure" about a red flag on the first,
   * then "book an appointment" ones. */
  for (guint d = 3; d <= n_days - 2; d += 12)
    if (!add_check (journal, at (now, d, 20),
                    d == 3 ? SW_REPORT_FIXTURE_RED_FLAG_ANSWERS : SW_REPORT_FIXTURE_SOON_ANSWERS,
                    error))
      return FALSE;

  return TRUE;
}

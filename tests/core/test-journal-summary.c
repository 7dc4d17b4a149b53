/* test-journal-summary.c: the journal's figures and sentences
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "sw-fake-clock.h"
#include "sw-journal-summary.h"
#include "sw-triage.h"

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */

static SwJournal *
open_journal (SwFakeClock *clock)
{
  g_autoptr(GFile) file = sw_journal_get_default_file ();
  g_autoptr(GError) error = NULL;
  SwJournal *journal;

  journal = sw_journal_open (file, SW_CLOCK (clock), &error);
  g_assert_no_error (error);

  return journal;
}

static gint64
local_us (int year,
          int month,
          int day,
          int hour,
          int minute)
{
  g_autoptr(GDateTime) dt = g_date_time_new_local (year, month, day, hour, minute, 0);

  return g_date_time_to_unix (dt) * G_USEC_PER_SEC;
}

static gint64
add_entry_at (SwJournal     *journal,
              gint64         created_us,
              SwBodyArea     area,
              SwSide         side,
              int            pain,
              SwSymptomKind  kinds,
              const char    *note)
{
  g_autoptr(SwSymptomEntry) entry = sw_symptom_entry_new ();
  g_autoptr(GError) error = NULL;

  sw_symptom_entry_set_created (entry, created_us);
  sw_symptom_entry_set_body_area (entry, area);
  sw_symptom_entry_set_side (entry, side);
  sw_symptom_entry_set_pain (entry, pain);
  sw_symptom_entry_set_kinds (entry, kinds);
  sw_symptom_entry_set_note (entry, note);
  sw_journal_add_entry (journal, entry, &error);
  g_assert_no_error (error);

  return sw_symptom_entry_get_id (entry);
}

static void
add_break_at (SwJournal          *journal,
              gint64              time_us,
              SwJournalBreakKind  kind,
              int                 length_s)
{
  g_autoptr(GError) error = NULL;

  sw_journal_add_break_event (journal, time_us, kind, length_s, NULL, &error);
  g_assert_no_error (error);
}

/* A day of the chart: worst pain (-1 for none) and breaks. */
static SwJournalDay
day (int   max_pain,
     guint taken,
     guint skipped)
{
  SwJournalDay d = { 0 };

  d.max_pain = max_pain;
  d.n_entries = max_pain >= 0 ? 1 : 0;
  d.breaks_taken = taken;
  d.breaks_skipped = skipped;
  d.longest_sitting_min = -1;

  return d;
}

static char *
describe (const SwJournalDay *current,
          guint               n_current,
          const SwJournalDay *previous,
          guint               n_previous)
{
  SwJournalPeriod now, before;

  sw_journal_period_compute (&now, current, n_current);
  sw_journal_period_compute (&before, previous, n_previous);

  return sw_journal_period_describe (&now, previous != NULL ? &before : NULL);
}

/* ------------------------------------------------------------------------ */
/* Periods and sentences                                                    */

static void
test_period_compute (void)
{
  const SwJournalDay days[] = {
    day (-1, 2, 0), day (3, 4, 1), day (0, 0, 0), day (-1, 0, 3), day (10, 1, 0),
  };
  SwJournalPeriod period;

  sw_journal_period_compute (&period, days, G_N_ELEMENTS (days));
  g_assert_cmpuint (period.n_days, ==, 5);
  /* A day with no entry is unknown, not painless; a day at 0 counts. */
  g_assert_cmpuint (period.n_days_logged, ==, 3);
  g_assert_cmpfloat_with_epsilon (period.pain_average, 13.0 / 3.0, 1e-9);
  g_assert_cmpuint (period.breaks_taken, ==, 7);
  g_assert_cmpuint (period.breaks_skipped, ==, 4);

  sw_journal_period_compute (&period, days, 1);
  g_assert_cmpuint (period.n_days_logged, ==, 0);
  g_assert_cmpfloat (period.pain_average, ==, -1.0);

  sw_journal_period_compute (&period, NULL, 0);
  g_assert_cmpuint (period.n_days, ==, 0);
  g_assert_cmpfloat (period.pain_average, ==, -1.0);
}

static void
test_describe_comparisons (void)
{
  const SwJournalDay lower[] = { day (3, 0, 0), day (3, 0, 0), day (4, 0, 0), day (-1, 0, 0) };
  const SwJournalDay higher[] = { day (5, 0, 0), day (4, 0, 0), day (-1, 0, 0), day (-1, 0, 0) };
  /* 3.25 and 3.33 both show as 3.3: the same, as the person reads it. */
  const SwJournalDay near_a[] = { day (3, 0, 0), day (3, 0, 0), day (3, 0, 0), day (4, 0, 0) };
  const SwJournalDay near_b[] = { day (3, 0, 0), day (3, 0, 0), day (4, 0, 0), day (-1, 0, 0) };
  const SwJournalDay empty[] = { day (-1, 0, 0), day (-1, 0, 0), day (-1, 0, 0), day (-1, 0, 0) };
  g_autofree char *down = describe (lower, 4, higher, 4);
  g_autofree char *up = describe (higher, 4, lower, 4);
  g_autofree char *same = describe (near_a, 4, near_b, 4);
  g_autofree char *first = describe (lower, 4, empty, 4);
  g_autofree char *no_previous = describe (lower, 4, NULL, 0);
  g_autofree char *nothing = describe (empty, 4, lower, 4);

  g_assert_cmpstr (down, ==, "Pain averaged 3.3 over the last 4 days, down from 4.5.");
  g_assert_cmpstr (up, ==, "Pain averaged 4.5 over the last 4 days, up from 3.3.");
  g_assert_cmpstr (same, ==, "Pain averaged 3.3 over the last 4 days, the same as before.");
  g_assert_cmpstr (first, ==, "Pain averaged 3.3 over the last 4 days.");
  g_assert_cmpstr (no_previous, ==, "Pain averaged 3.3 over the last 4 days.");
  g_assert_cmpstr (nothing, ==, "No entries in the last 4 days.");
}

static void
test_describe_rounds_as_shown (void)
{
  /* 3.25 rounds up to 3.3; 3.2 stays: they differ as shown. */
  const SwJournalDay a[] = { day (3, 0, 0), day (3, 0, 0), day (3, 0, 0), day (4, 0, 0) };
  const SwJournalDay b[] = { day (3, 0, 0), day (3, 0, 0), day (3, 0, 0), day (3, 0, 0),
                             day (4, 0, 0) };
  /* 16/5 = 3.2 against 13/4 = 3.25 → 3.3: down by a tenth. */
  g_autofree char *text = describe (b, 5, a, 4);
  /* 1/3 = 0.333… and 2/6 = 0.333…: equal. */
  const SwJournalDay c[] = { day (1, 0, 0), day (0, 0, 0), day (0, 0, 0) };
  const SwJournalDay d[] = { day (1, 0, 0), day (1, 0, 0), day (0, 0, 0), day (0, 0, 0),
                             day (0, 0, 0), day (0, 0, 0) };
  g_autofree char *equal = describe (c, 3, d, 6);
  const SwJournalDay zero[] = { day (0, 0, 0) };
  const SwJournalDay ten[] = { day (10, 0, 0) };
  g_autofree char *extremes = describe (zero, 1, ten, 1);

  g_assert_cmpstr (text, ==, "Pain averaged 3.2 over the last 5 days, down from 3.3.");
  g_assert_cmpstr (equal, ==, "Pain averaged 0.3 over the last 3 days, the same as before.");
  /* One day is singular. */
  g_assert_cmpstr (extremes, ==, "Pain averaged 0.0 over the last 1 day, down from 10.0.");
}

static void
test_describe_breaks (void)
{
  const SwJournalDay taken[] = { day (2, 3, 1), day (-1, 2, 0) };
  const SwJournalDay one[] = { day (2, 1, 0), day (-1, 0, 0) };
  const SwJournalDay skipped[] = { day (-1, 0, 2), day (-1, 0, 1) };
  const SwJournalDay skipped_one[] = { day (2, 0, 1), day (-1, 0, 0) };
  g_autofree char *text_taken = describe (taken, 2, NULL, 0);
  g_autofree char *text_one = describe (one, 2, NULL, 0);
  g_autofree char *text_skipped = describe (skipped, 2, taken, 2);
  g_autofree char *text_skipped_one = describe (skipped_one, 2, NULL, 0);

  g_assert_cmpstr (text_taken, ==, "Pain averaged 2.0 over the last 2 days; you took 5 breaks.");
  g_assert_cmpstr (text_one, ==, "Pain averaged 2.0 over the last 2 days; you took 1 break.");
  g_assert_cmpstr (text_skipped, ==,
                   "No entries in the last 2 days; you took no breaks and skipped 3.");
  g_assert_cmpstr (text_skipped_one, ==,
                   "Pain averaged 2.0 over the last 2 days; you took no breaks and skipped 1.");
}

/* The journal's own days: the n ending today, and the n before. */
static void
test_trend_from_journal (void)
{
  g_autoptr(SwFakeClock) clock = sw_fake_clock_new_local (2026, 3, 10, 12, 0);
  g_autoptr(SwJournal) journal = open_journal (clock);
  g_autoptr(SwJournalTrend) trend = NULL;
  g_autoptr(SwJournalTrend) copy = NULL;
  g_autoptr(GError) error = NULL;
  const SwJournalDay *days;
  guint n_days;

  /* The week before (25 Feb – 3 Mar): worst pain 6 and 4 → 5.0. */
  add_entry_at (journal, local_us (2026, 2, 25, 9, 0), SW_BODY_AREA_CALF, SW_SIDE_LEFT, 6, 0, "");
  add_entry_at (journal, local_us (2026, 3, 3, 9, 0), SW_BODY_AREA_CALF, SW_SIDE_LEFT, 4, 0, "");
  add_entry_at (journal, local_us (2026, 3, 3, 10, 0), SW_BODY_AREA_CALF, SW_SIDE_LEFT, 1, 0, "");
  /* Older than both weeks: not counted. */
  add_entry_at (journal, local_us (2026, 2, 24, 23, 0), SW_BODY_AREA_CALF, SW_SIDE_LEFT, 10, 0,
                "");
  /* This week (4 – 10 March): worst 3 on the 4th, 2 today → 2.5. */
  add_entry_at (journal, local_us (2026, 3, 4, 0, 0), SW_BODY_AREA_CALF, SW_SIDE_LEFT, 3, 0, "");
  add_entry_at (journal, local_us (2026, 3, 10, 8, 0), SW_BODY_AREA_CALF, SW_SIDE_LEFT, 2, 0, "");
  add_break_at (journal, local_us (2026, 3, 9, 10, 0), SW_JOURNAL_BREAK_COMPLETED, 300);
  add_break_at (journal, local_us (2026, 3, 10, 10, 0), SW_JOURNAL_BREAK_NATURAL, 900);
  add_break_at (journal, local_us (2026, 3, 10, 11, 0), SW_JOURNAL_BREAK_SKIPPED, -1);
  add_break_at (journal, local_us (2026, 3, 2, 11, 0), SW_JOURNAL_BREAK_COMPLETED, 300);

  trend = sw_journal_get_trend (journal, 7, &error);
  g_assert_no_error (error);

  days = sw_journal_trend_get_days (trend, &n_days);
  g_assert_cmpuint (n_days, ==, 7);
  g_assert_cmpint (g_date_get_day (&days[0].date), ==, 4);
  g_assert_cmpint (g_date_get_day (&days[6].date), ==, 10);
  g_assert_cmpint (days[0].max_pain, ==, 3);
  g_assert_cmpint (days[1].max_pain, ==, -1);
  g_assert_cmpint (days[6].max_pain, ==, 2);
  g_assert_cmpuint (days[5].breaks_taken, ==, 1);
  g_assert_cmpuint (days[6].breaks_taken, ==, 1);
  g_assert_cmpuint (days[6].breaks_skipped, ==, 1);

  g_assert_cmpuint (sw_journal_trend_get_current (trend)->n_days_logged, ==, 2);
  g_assert_cmpfloat_with_epsilon (sw_journal_trend_get_current (trend)->pain_average, 2.5, 1e-9);
  g_assert_cmpuint (sw_journal_trend_get_previous (trend)->n_days_logged, ==, 2);
  g_assert_cmpfloat_with_epsilon (sw_journal_trend_get_previous (trend)->pain_average, 5.0, 1e-9);
  g_assert_cmpuint (sw_journal_trend_get_previous (trend)->breaks_taken, ==, 1);
  g_assert_cmpstr (sw_journal_trend_get_summary (trend), ==,
                   "Pain averaged 2.5 over the last 7 days, down from 5.0; you took 2 breaks.");

  copy = sw_journal_trend_copy (trend);
  g_assert_cmpstr (sw_journal_trend_get_summary (copy), ==, sw_journal_trend_get_summary (trend));
  g_assert_cmpuint (sw_journal_trend_get_current (copy)->breaks_taken, ==, 2);
  days = sw_journal_trend_get_days (copy, &n_days);
  g_assert_cmpuint (n_days, ==, 7);
  g_assert_cmpint (days[0].max_pain, ==, 3);

  /* A day later the 4th falls into the week before, and 25 Feb out of it. */
  g_clear_pointer (&trend, sw_journal_trend_free);
  sw_fake_clock_jump_real (clock, G_TIME_SPAN_DAY);
  trend = sw_journal_get_trend (journal, 7, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sw_journal_trend_get_summary (trend), ==,
                   "Pain averaged 2.0 over the last 7 days, down from 3.5; you took 2 breaks.");

  /* One day: today only. */
  g_clear_pointer (&trend, sw_journal_trend_free);
  trend = sw_journal_get_trend (journal, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sw_journal_trend_get_summary (trend), ==, "No entries in the last 1 day.");
}

/* ------------------------------------------------------------------------ */
/* Days, times, lengths                                                     */

static void
test_format_day (void)
{
  GDate today, d;
  struct { int y, m, d; const char *expected; } cases[] = {
    { 2026, 3, 10, "Today" },
    { 2026, 3, 9, "Yesterday" },
    { 2026, 3, 8, "Sun 8 Mar" },
    { 2026, 1, 1, "Thu 1 Jan" },
    { 2025, 11, 23, "Sun 23 Nov 2025" },
    /* A clock set back can leave a record "tomorrow". */
    { 2026, 3, 11, "Wed 11 Mar" },
    { 2027, 3, 11, "Thu 11 Mar 2027" },
  };

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 10, 3, 2026);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = NULL;

      g_date_clear (&d, 1);
      g_date_set_dmy (&d, (GDateDay) cases[i].d, (GDateMonth) cases[i].m, (GDateYear) cases[i].y);
      text = sw_journal_format_day (&d, &today);
      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_format_duration (void)
{
  struct { int seconds; const char *expected; } cases[] = {
    { -1, NULL },
    { 0, "0 s" },
    { 45, "45 s" },
    { 59, "59 s" },
    { 60, "1 min" },
    { 89, "1 min" },
    { 90, "2 min" },
    { 3569, "59 min" },
    { 3570, "1 h" },
    { 3600, "1 h" },
    { 4800, "1 h 20 min" },
    { 8 * 3600, "8 h" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = sw_journal_format_duration (cases[i].seconds);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_format_pain (void)
{
  const char *expected[] = {
    "0 · No pain", "1 · Mild", "2 · Mild", "3 · Mild", "4 · Moderate", "5 · Moderate",
    "6 · Moderate", "7 · Severe", "8 · Severe", "9 · Severe", "10 · Worst imaginable",
  };

  for (int pain = 0; pain <= 10; pain++)
    {
      g_autofree char *text = sw_journal_format_pain (pain);

      g_assert_cmpstr (text, ==, expected[pain]);
    }
}

static void
test_format_moment (void)
{
  g_autofree char *today_text = NULL;
  g_autofree char *earlier = NULL;
  g_autofree char *last_year = NULL;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 10, 3, 2026);

  today_text = sw_journal_format_moment (local_us (2026, 3, 10, 0, 0), &today);
  earlier = sw_journal_format_moment (local_us (2026, 3, 8, 23, 59), &today);
  last_year = sw_journal_format_moment (local_us (2025, 11, 23, 9, 7), &today);

  g_assert_cmpstr (today_text, ==, "Today, 00:00");
  g_assert_cmpstr (earlier, ==, "Sun 8 Mar, 23:59");
  g_assert_cmpstr (last_year, ==, "Sun 23 Nov 2025, 09:07");
}

static void
test_today_follows_clock (void)
{
  g_autoptr(SwFakeClock) clock = sw_fake_clock_new_local (2026, 3, 10, 23, 59);
  g_autoptr(SwJournal) journal = open_journal (clock);
  GDate today;

  sw_journal_get_today (journal, &today);
  g_assert_cmpint (g_date_get_day (&today), ==, 10);

  sw_fake_clock_jump_real (clock, 2 * G_TIME_SPAN_MINUTE);
  sw_journal_get_today (journal, &today);
  g_assert_cmpint (g_date_get_day (&today), ==, 11);
}

/* ------------------------------------------------------------------------ */
/* History                                                                  */

static void
test_history_groups_by_day (void)
{
  g_autoptr(SwFakeClock) clock = sw_fake_clock_new_local (2026, 3, 10, 12, 0);
  g_autoptr(SwJournal) journal = open_journal (clock);
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  SwJournalHistoryDay *d;
  SwJournalItem *item;
  gboolean has_older = TRUE;
  gint64 today_id;

  history = sw_journal_get_history (journal, 30, &has_older, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 0);
  g_assert_false (has_older);
  g_clear_pointer (&history, g_ptr_array_unref);

  today_id = add_entry_at (journal, local_us (2026, 3, 10, 9, 5), SW_BODY_AREA_CALF,
                           SW_SIDE_LEFT, 5, SW_SYMPTOM_KIND_ACHE, "After the long meeting");
  add_break_at (journal, local_us (2026, 3, 10, 11, 0), SW_JOURNAL_BREAK_COMPLETED, 300);
  add_break_at (journal, local_us (2026, 3, 10, 11, 30), SW_JOURNAL_BREAK_DUE, -1);
  add_entry_at (journal, local_us (2026, 3, 9, 23, 59), SW_BODY_AREA_THIGH, SW_SIDE_BOTH, 2, 0,
                "");
  add_entry_at (journal, local_us (2026, 3, 8, 0, 0), SW_BODY_AREA_FOOT, SW_SIDE_RIGHT, 0, 0,
                "");
  /* The first day of a 30-day history is 9 February; the 8th is older. */
  add_entry_at (journal, local_us (2026, 2, 9, 0, 0), SW_BODY_AREA_FOOT, SW_SIDE_RIGHT, 1, 0,
                "");

  history = sw_journal_get_history (journal, 30, &has_older, &error);
  g_assert_no_error (error);
  g_assert_false (has_older);
  g_assert_cmpuint (history->len, ==, 4);

  d = g_ptr_array_index (history, 0);
  g_assert_cmpstr (d->title, ==, "Today");
  g_assert_cmpint (g_date_get_day (&d->date), ==, 10);
  /* Newest first; the "due" event is not a record a person cares about. */
  g_assert_cmpuint (d->items->len, ==, 2);
  item = g_ptr_array_index (d->items, 0);
  g_assert_cmpint (item->type, ==, SW_JOURNAL_ITEM_BREAK);
  item = g_ptr_array_index (d->items, 1);
  g_assert_cmpint (item->type, ==, SW_JOURNAL_ITEM_SYMPTOM);
  g_assert_cmpint (item->id, ==, today_id);

  d = g_ptr_array_index (history, 1);
  g_assert_cmpstr (d->title, ==, "Yesterday");
  g_assert_cmpuint (d->items->len, ==, 1);

  d = g_ptr_array_index (history, 2);
  g_assert_cmpstr (d->title, ==, "Sun 8 Mar");

  d = g_ptr_array_index (history, 3);
  g_assert_cmpstr (d->title, ==, "Mon 9 Feb");
  g_clear_pointer (&history, g_ptr_array_unref);

  add_entry_at (journal, local_us (2026, 2, 8, 23, 59), SW_BODY_AREA_FOOT, SW_SIDE_RIGHT, 1, 0,
                "");
  history = sw_journal_get_history (journal, 30, &has_older, &error);
  g_assert_no_error (error);
  g_assert_true (has_older);
  g_assert_cmpuint (history->len, ==, 4);
  g_clear_pointer (&history, g_ptr_array_unref);

  history = sw_journal_get_history (journal, 31, &has_older, &error);
  g_assert_no_error (error);
  g_assert_false (has_older);
  g_assert_cmpuint (history->len, ==, 5);
  g_clear_pointer (&history, g_ptr_array_unref);

  /* has_older is optional. */
  history = sw_journal_get_history (journal, 1, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 1);
}

/* ------------------------------------------------------------------------ */
/* One line per record                                                      */

static void
assert_item (SwJournalItemType  type,
             const char        *key,
             const char        *sub_key,
             int                value,
             guint              flags,
             const char        *text,
             const char        *title,
             const char        *details)
{
  SwJournalItem item = {
    .type = type,
    .id = 1,
    .time_us = local_us (2026, 3, 10, 14, 5),
    .key = (char *) key,
    .sub_key = (char *) sub_key,
    .value = value,
    .flags = flags,
    .text = (char *) text,
  };
  g_autofree char *got_title = sw_journal_item_get_title (&item);
  g_autofree char *got_details = sw_journal_item_get_details (&item);
  g_autofree char *time = sw_journal_item_format_time (&item);

  g_assert_cmpstr (got_title, ==, title);
  g_assert_cmpstr (got_details, ==, details);
  g_assert_cmpstr (time, ==, "14:05");
}

static void
test_item_lines (void)
{
  g_autofree char *long_note = g_strnfill (200, 'x');
  g_autofree char *preview_start = g_strnfill (120, 'x');
  g_autofree char *long_preview = g_strconcat (preview_start, "…", NULL);

  assert_item (SW_JOURNAL_ITEM_SYMPTOM, "calf", "left", 5,
               SW_SYMPTOM_KIND_ACHE | SW_SYMPTOM_KIND_TINGLING, "Long meeting\nthen a walk",
               "Calf, Left · 5 · Moderate", "Ache, Tingling · Long meeting");
  assert_item (SW_JOURNAL_ITEM_SYMPTOM, "lower_back", "both", 0, 0, "",
               "Lower back, Both sides · 0 · No pain", NULL);
  assert_item (SW_JOURNAL_ITEM_SYMPTOM, "foot", "right", 10, 0, "  \n  second line",
               "Foot, Right · 10 · Worst imaginable", NULL);
  assert_item (SW_JOURNAL_ITEM_SYMPTOM, "thigh", "right", 3, 0, long_note,
               "Thigh, Right · 3 · Mild", long_preview);

  assert_item (SW_JOURNAL_ITEM_CHECK, "LIKELY_MUSCULAR", NULL, -1, 0, "",
               "Symptom check: Likely muscle soreness", NULL);
  assert_item (SW_JOURNAL_ITEM_CHECK, "SEE_DOCTOR_SOON", "today", -1, 0, "S1,unknown",
               "Symptom check: See a doctor today",
               sw_triage_rule_get_reason (sw_triage_lookup_rule ("S1")));
  assert_item (SW_JOURNAL_ITEM_CHECK, "SEE_DOCTOR_SOON", "soon", -1, 0, NULL,
               "Symptom check: See a doctor", NULL);
  assert_item (SW_JOURNAL_ITEM_CHECK, "bogus", NULL, -1, 0, NULL, "Symptom check", NULL);

  assert_item (SW_JOURNAL_ITEM_BREAK, "completed", NULL, 300, 0, NULL, "Break taken", "5 min");
  assert_item (SW_JOURNAL_ITEM_BREAK, "completed", NULL, -1, 0, NULL, "Break taken", NULL);
  assert_item (SW_JOURNAL_ITEM_BREAK, "natural", NULL, 3600, 0, NULL, "Away from the desk",
               "1 h");
  assert_item (SW_JOURNAL_ITEM_BREAK, "skipped", NULL, -1, 0, NULL, "Break skipped", NULL);

  assert_item (SW_JOURNAL_ITEM_EXERCISE, "office", NULL, 480, 1, "ankle_pumps,calf_raises",
               "Exercises: Office Worker plan", "8 min · 2 exercises");
  assert_item (SW_JOURNAL_ITEM_EXERCISE, "flare", NULL, 45, 0, "ankle_pumps",
               "Exercises: Flare-Up plan", "45 s · 1 exercise · stopped early");
  assert_item (SW_JOURNAL_ITEM_EXERCISE, "custom", NULL, 60, 1, "",
               "Exercises: custom plan", "1 min");

  assert_item (SW_JOURNAL_ITEM_COMPRESS, "cold", NULL, 900, 0, NULL, "Cold compress", "15 min");
  assert_item (SW_JOURNAL_ITEM_COMPRESS, "warm", NULL, 1200, 0, NULL, "Warm compress", "20 min");

  assert_item (SW_JOURNAL_ITEM_POSTURE, NULL, NULL, 72, 0, "screen_height",
               "Posture check: 72 out of 100", NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/sitwell/core/journal-summary/period-compute", test_period_compute);
  g_test_add_func ("/sitwell/core/journal-summary/describe-comparisons", test_describe_comparisons);
  g_test_add_func ("/sitwell/core/journal-summary/describe-rounds-as-shown",
                   test_describe_rounds_as_shown);
  g_test_add_func ("/sitwell/core/journal-summary/describe-breaks", test_describe_breaks);
  g_test_add_func ("/sitwell/core/journal-summary/trend-from-journal", test_trend_from_journal);
  g_test_add_func ("/sitwell/core/journal-summary/format-day", test_format_day);
  g_test_add_func ("/sitwell/core/journal-summary/format-duration", test_format_duration);
  g_test_add_func ("/sitwell/core/journal-summary/format-pain", test_format_pain);
  g_test_add_func ("/sitwell/core/journal-summary/format-moment", test_format_moment);
  g_test_add_func ("/sitwell/core/journal-summary/today-follows-clock", test_today_follows_clock);
  g_test_add_func ("/sitwell/core/journal-summary/history-groups-by-day",
                   test_history_groups_by_day);
  g_test_add_func ("/sitwell/core/journal-summary/item-lines", test_item_lines);

  return g_test_run ();
}

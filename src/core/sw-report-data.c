/* sw-report-data.c: what a doctor's report says, worked out from the journal
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-report-data.h"

#include <glib/gi18n-lib.h>

struct _SwReportData
{
  gatomicrefcount  ref_count;

  guint            n_days;
  GDate            first_day;
  GDate            last_day;
  GDateTime       *made;
  SwReportOptions  options;
  char            *kind_of_day;  /* owns options.kind_of_day */

  GArray          *days;         /* SwJournalDay */
  guint            n_entries;
  guint            n_days_logged;
  int              worst_pain;
  double           median_pain;
  GArray          *areas;        /* SwReportArea */
  GArray          *kinds;        /* SwReportCount */
  GArray          *triggers;     /* SwReportCount */
  GDateTime       *onset;

  GArray          *checks;       /* SwReportCheck */

  GArray          *weeks;        /* SwReportWeek */
  guint            breaks_taken;
  guint            breaks_skipped;
  guint            n_exercise_sessions;
  guint            n_exercise_completed;
  guint            exercise_seconds;
  guint            n_compress[SW_JOURNAL_COMPRESS_WARM + 1];
  guint            compress_seconds;

  GArray          *notes;        /* SwReportNote */
};

G_DEFINE_BOXED_TYPE (SwReportData, sw_report_data, sw_report_data_ref, sw_report_data_unref)

static const SwSymptomKind all_kinds[] = {
  SW_SYMPTOM_KIND_ACHE, SW_SYMPTOM_KIND_STABBING, SW_SYMPTOM_KIND_RADIATING,
  SW_SYMPTOM_KIND_NUMBNESS, SW_SYMPTOM_KIND_TINGLING, SW_SYMPTOM_KIND_WEAKNESS,
};

static const SwTrigger all_triggers[] = {
  SW_TRIGGER_MASSAGE, SW_TRIGGER_SITTING, SW_TRIGGER_STANDING,
  SW_TRIGGER_WALKING, SW_TRIGGER_LIFTING, SW_TRIGGER_EXERCISE,
};

static void
clear_check (gpointer data)
{
  SwReportCheck *check = data;

  g_free (check->deciding);
  g_free (check->red_flags);
}

static void
clear_note (gpointer data)
{
  SwReportNote *note = data;

  g_free (note->text);
}

static SwReportData *
report_new (GDateTime             *now,
            guint                  n_days,
            const SwReportOptions *options)
{
  SwReportData *self = g_new0 (SwReportData, 1);

  g_atomic_ref_count_init (&self->ref_count);

  self->n_days = n_days;
  self->made = g_date_time_ref (now);
  g_date_clear (&self->last_day, 1);
  g_date_set_dmy (&self->last_day,
                  (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now),
                  (GDateYear) g_date_time_get_year (now));
  self->first_day = self->last_day;
  g_date_subtract_days (&self->first_day, n_days - 1);

  if (options != NULL)
    {
      self->options = *options;
      self->kind_of_day = g_strdup (options->kind_of_day);
      self->options.kind_of_day = self->kind_of_day;
    }

  self->days = g_array_new (FALSE, TRUE, sizeof (SwJournalDay));
  self->worst_pain = -1;
  self->median_pain = -1;
  self->areas = g_array_new (FALSE, TRUE, sizeof (SwReportArea));
  self->kinds = g_array_new (FALSE, TRUE, sizeof (SwReportCount));
  self->triggers = g_array_new (FALSE, TRUE, sizeof (SwReportCount));
  self->checks = g_array_new (FALSE, TRUE, sizeof (SwReportCheck));
  g_array_set_clear_func (self->checks, clear_check);
  self->weeks = g_array_new (FALSE, TRUE, sizeof (SwReportWeek));
  self->notes = g_array_new (FALSE, TRUE, sizeof (SwReportNote));
  g_array_set_clear_func (self->notes, clear_note);

  return self;
}

/* Days without their figures, so an empty report still draws its axis. */
static void
fill_blank_days (SwReportData *self)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  GDate day = self->first_day;

  for (guint i = 0; i < self->n_days; i++, g_date_add_days (&day, 1))
    {
      g_autoptr(GDateTime) start = g_date_time_new (tz, g_date_get_year (&day),
                                                    g_date_get_month (&day),
                                                    g_date_get_day (&day), 0, 0, 0);
      SwJournalDay blank = { 0 };

      blank.date = day;
      blank.start_us = g_date_time_to_unix (start) * G_USEC_PER_SEC;
      blank.max_pain = -1;
      blank.longest_sitting_min = -1;
      g_array_append_val (self->days, blank);
    }
}

static int
compare_ints (gconstpointer a,
              gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

/* Pain, days logged and breaks, from the daily summary. */
static void
sum_days (SwReportData *self)
{
  g_autoptr(GArray) worst = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint i = 0; i < self->days->len; i++)
    {
      const SwJournalDay *day = &g_array_index (self->days, SwJournalDay, i);

      self->breaks_taken += day->breaks_taken;
      self->breaks_skipped += day->breaks_skipped;

      if (day->n_entries == 0 || day->max_pain < 0)
        continue;

      self->n_days_logged++;
      self->worst_pain = MAX (self->worst_pain, day->max_pain);
      g_array_append_val (worst, day->max_pain);
    }

  if (worst->len > 0)
    {
      guint middle = worst->len / 2;

      g_array_sort (worst, compare_ints);
      if (worst->len % 2 == 1)
        self->median_pain = g_array_index (worst, int, middle);
      else
        self->median_pain = (g_array_index (worst, int, middle - 1) +
                             g_array_index (worst, int, middle)) / 2.0;
    }
}

/* Seven-day blocks that end on the last day; the oldest takes what is left. */
static void
sum_weeks (SwReportData *self)
{
  guint n = self->days->len;
  guint n_weeks = (n + 6) / 7;

  for (guint w = 0; w < n_weeks; w++)
    {
      /* Block w counts back from the end: its last index is n-1-7*(n_weeks-1-w). */
      int last = (int) n - 1 - 7 * (int) (n_weeks - 1 - w);
      int first = MAX (last - 6, 0);
      SwReportWeek week = { 0 };

      week.first_day = g_array_index (self->days, SwJournalDay, first).date;
      week.last_day = g_array_index (self->days, SwJournalDay, last).date;
      for (int i = first; i <= last; i++)
        {
          const SwJournalDay *day = &g_array_index (self->days, SwJournalDay, i);

          week.breaks_taken += day->breaks_taken;
          week.breaks_skipped += day->breaks_skipped;
        }
      g_array_append_val (self->weeks, week);
    }
}

static int
compare_areas (gconstpointer a,
               gconstpointer b)
{
  const SwReportArea *x = a, *y = b;

  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  return (int) x->area - (int) y->area;
}

static int
compare_counts (gconstpointer a,
                gconstpointer b)
{
  const SwReportCount *x = a, *y = b;

  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  return x->flag < y->flag ? -1 : x->flag > y->flag;
}

static void
add_counts (GArray       *out,
            const guint  *flags,
            const guint  *counts,
            guint         n,
            guint         nerve_signs)
{
  for (guint i = 0; i < n; i++)
    {
      SwReportCount count = { flags[i], counts[i], (flags[i] & nerve_signs) != 0 };

      if (counts[i] > 0)
        g_array_append_val (out, count);
    }
  g_array_sort (out, compare_counts);
}

/* Areas, sides, kinds, triggers and the last notes, from the entries
 * (newest first). */
static void
sum_entries (SwReportData *self,
             GPtrArray    *entries)
{
  SwReportArea areas[SW_N_BODY_AREAS] = { 0 };
  guint kind_flags[G_N_ELEMENTS (all_kinds)], kind_counts[G_N_ELEMENTS (all_kinds)] = { 0 };
  guint trigger_flags[G_N_ELEMENTS (all_triggers)];
  guint trigger_counts[G_N_ELEMENTS (all_triggers)] = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (all_kinds); i++)
    kind_flags[i] = all_kinds[i];
  for (guint i = 0; i < G_N_ELEMENTS (all_triggers); i++)
    trigger_flags[i] = all_triggers[i];

  self->n_entries = entries->len;

  for (guint i = 0; i < entries->len; i++)
    {
      SwSymptomEntry *entry = g_ptr_array_index (entries, i);
      SwBodyArea area = sw_symptom_entry_get_body_area (entry);
      SwSymptomKind kinds = sw_symptom_entry_get_kinds (entry);
      SwTrigger triggers = sw_symptom_entry_get_triggers (entry);
      const char *note = sw_symptom_entry_get_note (entry);

      areas[area].area = area;
      areas[area].count++;
      areas[area].sides[sw_symptom_entry_get_side (entry)]++;

      for (guint k = 0; k < G_N_ELEMENTS (all_kinds); k++)
        if (kinds & all_kinds[k])
          kind_counts[k]++;
      for (guint t = 0; t < G_N_ELEMENTS (all_triggers); t++)
        if (triggers & all_triggers[t])
          trigger_counts[t]++;

      if (!self->options.leave_out_notes && note != NULL &&
          self->notes->len < SW_REPORT_MAX_NOTES)
        {
          g_autofree char *text = g_strstrip (g_strdup (note));

          if (*text != '\0')
            {
              SwReportNote report_note = { sw_symptom_entry_get_created (entry),
                                           g_steal_pointer (&text) };

              g_array_append_val (self->notes, report_note);
            }
        }
    }

  for (guint a = 0; a < SW_N_BODY_AREAS; a++)
    if (areas[a].count > 0)
      g_array_append_val (self->areas, areas[a]);
  g_array_sort (self->areas, compare_areas);

  add_counts (self->kinds, kind_flags, kind_counts, G_N_ELEMENTS (all_kinds),
              SW_SYMPTOM_KIND_NERVE_SIGNS);
  add_counts (self->triggers, trigger_flags, trigger_counts, G_N_ELEMENTS (all_triggers), 0);
}

/* The red-flag questions (Q1–Q6) answered "yes" or "not sure" in a saved
 * answer string: all of them, as the person answered them, so evaluated as
 * given rather than through the flow's skips. */
static void
find_red_flags (SwReportCheck *check,
                const char    *answers_text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SwTriageAnswers) answers = sw_triage_answers_parse (answers_text, &error);
  g_autoptr(SwTriageResult) result = NULL;
  const SwTriageQuestion *const *questions;
  guint n;

  if (answers == NULL)
    {
      g_debug ("A saved check has answers this version cannot read (%s)", error->message);
      return;
    }

  result = sw_triage_evaluate (answers);
  questions = sw_triage_result_get_red_flags (result, &n);
  check->red_flags = g_new0 (SwReportRedFlag, n + 1);
  for (guint i = 0; i < n; i++)
    {
      /* The table's own key string outlives the answers. */
      const char *value = sw_triage_answers_get (answers, questions[i]->key);
      int option = sw_triage_question_find_option (questions[i], value);

      g_assert (option >= 0);
      check->red_flags[check->n_red_flags].question = questions[i];
      check->red_flags[check->n_red_flags].value = questions[i]->options[option].key;
      check->n_red_flags++;
    }
}

static void
add_check (SwReportData         *self,
           const SwJournalCheck *saved)
{
  g_auto(GStrv) ids = g_strsplit (saved->deciding_rules != NULL ? saved->deciding_rules : "",
                                  ",", -1);
  SwReportCheck check = { 0 };
  SwOutcome outcome;

  if (!sw_outcome_from_string (saved->outcome, &outcome))
    {
      g_debug ("A saved check has an unknown outcome “%s”", saved->outcome);
      return;
    }

  check.time_us = saved->time_us;
  check.outcome = outcome;
  if (g_strcmp0 (saved->urgency, "today") == 0)
    check.urgency = SW_URGENCY_TODAY;
  else if (g_strcmp0 (saved->urgency, "soon") == 0)
    check.urgency = SW_URGENCY_SOON;

  check.deciding = g_new0 (const SwTriageRule *, g_strv_length (ids) + 1);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      const SwTriageRule *rule = sw_triage_lookup_rule (g_strstrip (ids[i]));

      if (rule != NULL)
        check.deciding[check.n_deciding++] = rule;
      else if (*ids[i] != '\0')
        g_debug ("A saved check names an unknown rule “%s”", ids[i]);
    }

  find_red_flags (&check, saved->answers != NULL ? saved->answers : "");
  g_array_append_val (self->checks, check);
}

/* Exercise and compress sessions, from the timeline. */
static void
sum_sessions (SwReportData *self,
              GPtrArray    *items)
{
  for (guint i = 0; i < items->len; i++)
    {
      const SwJournalItem *item = g_ptr_array_index (items, i);
      guint seconds = (guint) MAX (item->value, 0);

      if (item->type == SW_JOURNAL_ITEM_EXERCISE)
        {
          self->n_exercise_sessions++;
          if (item->flags != 0)
            self->n_exercise_completed++;
          self->exercise_seconds += seconds;
        }
      else if (item->type == SW_JOURNAL_ITEM_COMPRESS)
        {
          SwJournalCompressKind kind = g_strcmp0 (item->key, "warm") == 0
                                       ? SW_JOURNAL_COMPRESS_WARM
                                       : SW_JOURNAL_COMPRESS_COLD;

          self->n_compress[kind]++;
          self->compress_seconds += seconds;
        }
    }
}

/**
 * sw_report_data_new:
 * @journal: the journal to read (it may be read-only)
 * @n_days: how many local days, 1 to %SW_REPORT_MAX_DAYS, ending today
 * @options: (nullable): what the person chose to include
 *
 * Returns: (transfer full): the report's figures, or %NULL with @error set
 *   when the journal cannot be read
 */
SwReportData *
sw_report_data_new (SwJournal             *journal,
                    guint                  n_days,
                    const SwReportOptions *options,
                    GError               **error)
{
  g_autoptr(SwReportData) self = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GArray) days = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GPtrArray) items = NULL;

  g_return_val_if_fail (SW_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (n_days >= 1 && n_days <= SW_REPORT_MAX_DAYS, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  now = g_date_time_new_from_unix_local (sw_clock_get_real_us (sw_journal_get_clock (journal)) /
                                         G_USEC_PER_SEC);
  self = report_new (now, n_days, options);

  days = sw_journal_get_daily_summary (journal, &self->first_day, &self->last_day, error);
  if (days == NULL)
    return NULL;
  g_array_append_vals (self->days, days->data, days->len);

  entries = sw_journal_list_entries (journal, &self->first_day, &self->last_day, error);
  if (entries == NULL)
    return NULL;

  checks = sw_journal_list_checks (journal, &self->first_day, &self->last_day, error);
  if (checks == NULL)
    return NULL;

  items = sw_journal_list_timeline (journal, &self->first_day, &self->last_day, error);
  if (items == NULL)
    return NULL;

  if (!sw_journal_get_episode_onset (journal, &self->onset, error))
    return NULL;

  sum_days (self);
  sum_weeks (self);
  sum_entries (self, entries);
  for (guint i = 0; i < checks->len; i++)
    add_check (self, g_ptr_array_index (checks, i));
  sum_sessions (self, items);

  return g_steal_pointer (&self);
}

/**
 * sw_report_data_new_empty:
 * @now: when the report is made; its local date is the period's last day
 * @n_days: how many local days, 1 to %SW_REPORT_MAX_DAYS
 * @options: (nullable): what the person chose to include
 *
 * Returns: (transfer full): a report with nothing in its period
 */
SwReportData *
sw_report_data_new_empty (GDateTime             *now,
                          guint                  n_days,
                          const SwReportOptions *options)
{
  SwReportData *self;

  g_return_val_if_fail (now != NULL, NULL);
  g_return_val_if_fail (n_days >= 1 && n_days <= SW_REPORT_MAX_DAYS, NULL);

  self = report_new (now, n_days, options);
  fill_blank_days (self);
  sum_weeks (self);

  return self;
}

SwReportData *
sw_report_data_ref (SwReportData *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
sw_report_data_unref (SwReportData *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_date_time_unref (self->made);
  g_free (self->kind_of_day);
  g_array_unref (self->days);
  g_array_unref (self->areas);
  g_array_unref (self->kinds);
  g_array_unref (self->triggers);
  g_clear_pointer (&self->onset, g_date_time_unref);
  g_array_unref (self->checks);
  g_array_unref (self->weeks);
  g_array_unref (self->notes);
  g_free (self);
}

guint
sw_report_data_get_n_days (const SwReportData *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_days;
}

const GDate *
sw_report_data_get_first_day (const SwReportData *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->first_day;
}

const GDate *
sw_report_data_get_last_day (const SwReportData *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->last_day;
}

/* Returns: (transfer none): when the report was made, local time */
GDateTime *
sw_report_data_get_made (const SwReportData *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->made;
}

const SwReportOptions *
sw_report_data_get_options (const SwReportData *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->options;
}

gboolean
sw_report_data_is_empty (const SwReportData *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  return self->n_entries == 0 && self->checks->len == 0 &&
         self->breaks_taken == 0 && self->breaks_skipped == 0 &&
         self->n_exercise_sessions == 0 &&
         self->n_compress[SW_JOURNAL_COMPRESS_COLD] == 0 &&
         self->n_compress[SW_JOURNAL_COMPRESS_WARM] == 0;
}

const SwJournalDay *
sw_report_data_get_days (const SwReportData *self,
                         guint              *n_days)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (n_days != NULL)
    *n_days = self->days->len;
  return (const SwJournalDay *) (gpointer) self->days->data;
}

guint
sw_report_data_get_n_entries (const SwReportData *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_entries;
}

guint
sw_report_data_get_n_days_logged (const SwReportData *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_days_logged;
}

int
sw_report_data_get_worst_pain (const SwReportData *self)
{
  g_return_val_if_fail (self != NULL, -1);

  return self->worst_pain;
}

double
sw_report_data_get_median_pain (const SwReportData *self)
{
  g_return_val_if_fail (self != NULL, -1);

  return self->median_pain;
}

const SwReportArea *
sw_report_data_get_areas (const SwReportData *self,
                          guint              *n_areas)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (n_areas != NULL)
    *n_areas = self->areas->len;
  return (const SwReportArea *) (gpointer) self->areas->data;
}

const SwReportCount *
sw_report_data_get_kinds (const SwReportData *self,
                          guint              *n_kinds)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (n_kinds != NULL)
    *n_kinds = self->kinds->len;
  return (const SwReportCount *) (gpointer) self->kinds->data;
}

const SwReportCount *
sw_report_data_get_triggers (const SwReportData *self,
                             guint              *n_triggers)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (n_triggers != NULL)
    *n_triggers = self->triggers->len;
  return (const SwReportCount *) (gpointer) self->triggers->data;
}

/* Returns: (transfer none) (nullable): the onset of the current episode */
GDateTime *
sw_report_data_get_onset (const SwReportData *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->onset;
}

const SwReportCheck *
sw_report_data_get_checks (const SwReportData *self,
                           guint              *n_checks)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (n_checks != NULL)
    *n_checks = self->checks->len;
  return (const SwReportCheck *) (gpointer) self->checks->data;
}

const SwReportWeek *
sw_report_data_get_weeks (const SwReportData *self,
                          guint              *n_weeks)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (n_weeks != NULL)
    *n_weeks = self->weeks->len;
  return (const SwReportWeek *) (gpointer) self->weeks->data;
}

guint
sw_report_data_get_breaks_taken (const SwReportData *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->breaks_taken;
}

guint
sw_report_data_get_breaks_skipped (const SwReportData *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->breaks_skipped;
}

guint
sw_report_data_get_n_exercise_sessions (const SwReportData *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_exercise_sessions;
}

guint
sw_report_data_get_n_exercise_completed (const SwReportData *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_exercise_completed;
}

guint
sw_report_data_get_exercise_seconds (const SwReportData *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->exercise_seconds;
}

guint
sw_report_data_get_n_compress_sessions (const SwReportData    *self,
                                        SwJournalCompressKind  kind)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (kind <= SW_JOURNAL_COMPRESS_WARM, 0);

  return self->n_compress[kind];
}

guint
sw_report_data_get_compress_seconds (const SwReportData *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->compress_seconds;
}

const SwReportNote *
sw_report_data_get_notes (const SwReportData *self,
                          guint              *n_notes)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (n_notes != NULL)
    *n_notes = self->notes->len;
  return (const SwReportNote *) (gpointer) self->notes->data;
}

const char *
sw_report_kind_of_day_get_label (const char *kind_of_day)
{
  if (g_strcmp0 (kind_of_day, "office") == 0)
    return _("Office worker");
  if (g_strcmp0 (kind_of_day, "active") == 0)
    return _("Active");
  if (g_strcmp0 (kind_of_day, "older") == 0)
    return _("Older adult");

  return NULL;
}

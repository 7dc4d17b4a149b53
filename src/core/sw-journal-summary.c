/* sw-journal-summary.c: what the journal's records and figures say, in words
 *
 * The Journal tab and, later, a report for a doctor show the same figures
 * and sentences; they are worked out here, away from any widget, so they
 * can be tested and so the tab does no arithmetic of its own.
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-journal-summary.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sw-triage.h"

/* A note in a history row is cut here; the row ellipsizes it further. */
#define NOTE_PREVIEW_CHARS 120

G_DEFINE_BOXED_TYPE (SwJournalTrend, sw_journal_trend, sw_journal_trend_copy,
                     sw_journal_trend_free)

struct _SwJournalTrend
{
  GArray          *days;      /* (element-type SwJournalDay) current period, oldest first */
  SwJournalPeriod  current;
  SwJournalPeriod  previous;
  char            *summary;
};

/* ------------------------------------------------------------------------ */
/* Periods                                                                  */

/**
 * sw_journal_period_compute:
 * @days: (array length=n_days): days from sw_journal_get_daily_summary ()
 *
 * Adds up @days. The pain average is the mean of each day's worst pain over
 * the days that have an entry: a day with no entry is unknown, not painless.
 */
void
sw_journal_period_compute (SwJournalPeriod    *period,
                           const SwJournalDay *days,
                           guint               n_days)
{
  guint pain_sum = 0;

  g_return_if_fail (period != NULL);
  g_return_if_fail (days != NULL || n_days == 0);

  memset (period, 0, sizeof *period);
  period->n_days = n_days;

  for (guint i = 0; i < n_days; i++)
    {
      if (days[i].max_pain >= 0)
        {
          period->n_days_logged++;
          pain_sum += (guint) days[i].max_pain;
        }
      period->breaks_taken += days[i].breaks_taken;
      period->breaks_skipped += days[i].breaks_skipped;
    }

  period->pain_average = period->n_days_logged > 0
                         ? (double) pain_sum / period->n_days_logged
                         : -1.0;
}

/* The average as it is shown, in tenths, so "3.2" and "3.2" compare equal
 * even when the unrounded means differ a little. */
static int
tenths (double value)
{
  return (int) floor (value * 10.0 + 0.5);
}

static char *
format_average (double value)
{
  /* printf follows the locale's decimal mark. */
  return g_strdup_printf ("%.1f", tenths (value) / 10.0);
}

static char *
describe_pain (const SwJournalPeriod *current,
               const SwJournalPeriod *previous)
{
  g_autofree char *now = NULL;
  g_autofree char *before = NULL;
  guint n = current->n_days;
  int diff;

  if (current->n_days_logged == 0)
    /* Translators: the start of the trend summary when nothing was logged. */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "No entries in the last %u day",
                                         "No entries in the last %u days", n), n);

  now = format_average (current->pain_average);

  if (previous == NULL || previous->n_days_logged == 0)
    /* Translators: the start of the trend summary; %s is an average such as "3.2". */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Pain averaged %s over the last %u day",
                                         "Pain averaged %s over the last %u days", n), now, n);

  before = format_average (previous->pain_average);
  diff = tenths (current->pain_average) - tenths (previous->pain_average);

  if (diff < 0)
    /* Translators: the start of the trend summary, e.g. "Pain averaged 3.2 over
     * the last 7 days, down from 4.5"; the second average is for the days before. */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Pain averaged %s over the last %u day, down from %s",
                                         "Pain averaged %s over the last %u days, down from %s",
                                         n), now, n, before);
  if (diff > 0)
    /* Translators: as above, when pain went up. */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Pain averaged %s over the last %u day, up from %s",
                                         "Pain averaged %s over the last %u days, up from %s",
                                         n), now, n, before);

  /* Translators: as above, when pain stayed the same. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Pain averaged %s over the last %u day, the same as before",
                                       "Pain averaged %s over the last %u days, the same as before",
                                       n), now, n);
}

static char *
describe_breaks (const SwJournalPeriod *current)
{
  if (current->breaks_taken > 0)
    /* Translators: the end of the trend summary, after a semicolon. */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "you took %u break",
                                         "you took %u breaks", current->breaks_taken),
                            current->breaks_taken);

  if (current->breaks_skipped > 0)
    /* Translators: the end of the trend summary, after a semicolon. */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "you took no breaks and skipped %u",
                                         "you took no breaks and skipped %u",
                                         current->breaks_skipped),
                            current->breaks_skipped);

  return NULL;
}

/**
 * sw_journal_period_describe:
 * @previous: (nullable): the period of the same length just before
 *
 * One sentence for the trend chart and for screen readers: "Pain averaged
 * 3.2 over the last 7 days, down from 4.5; you took 23 breaks." Averages
 * are compared as they are shown, to one decimal.
 *
 * Returns: (transfer full): the sentence
 */
char *
sw_journal_period_describe (const SwJournalPeriod *current,
                            const SwJournalPeriod *previous)
{
  g_autofree char *pain = NULL;
  g_autofree char *breaks = NULL;

  g_return_val_if_fail (current != NULL, NULL);

  pain = describe_pain (current, previous);
  breaks = describe_breaks (current);

  if (breaks != NULL)
    /* Translators: joins the two halves of the trend summary into one sentence. */
    return g_strdup_printf (C_("trend summary", "%s; %s."), pain, breaks);

  /* Translators: ends the trend summary when there are no breaks to mention. */
  return g_strdup_printf (C_("trend summary", "%s."), pain);
}

/* ------------------------------------------------------------------------ */
/* Trend                                                                    */

/**
 * sw_journal_trend_new:
 * @previous: (array length=n_previous) (nullable): the days before, oldest first
 * @current: (array length=n_current): the days shown, oldest first
 */
SwJournalTrend *
sw_journal_trend_new (const SwJournalDay *previous,
                      guint               n_previous,
                      const SwJournalDay *current,
                      guint               n_current)
{
  SwJournalTrend *trend;

  g_return_val_if_fail (previous != NULL || n_previous == 0, NULL);
  g_return_val_if_fail (current != NULL || n_current == 0, NULL);

  trend = g_new0 (SwJournalTrend, 1);
  trend->days = g_array_sized_new (FALSE, TRUE, sizeof (SwJournalDay), n_current);
  g_array_append_vals (trend->days, current, n_current);

  sw_journal_period_compute (&trend->current, current, n_current);
  sw_journal_period_compute (&trend->previous, previous, n_previous);
  trend->summary = sw_journal_period_describe (&trend->current,
                                               n_previous > 0 ? &trend->previous : NULL);

  return trend;
}

/**
 * sw_journal_get_trend:
 * @n_days: how many days to show, ending today by the journal's clock
 *
 * Reads the @n_days that end today and the @n_days before them (to say
 * whether pain went up or down).
 *
 * Returns: (transfer full): the trend, or %NULL with @error set
 */
SwJournalTrend *
sw_journal_get_trend (SwJournal  *journal,
                      guint       n_days,
                      GError    **error)
{
  g_autoptr(GArray) days = NULL;
  GDate today, first;

  g_return_val_if_fail (SW_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (n_days > 0 && n_days <= SW_JOURNAL_MAX_RANGE_DAYS, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  sw_journal_get_today (journal, &today);
  first = today;
  g_date_subtract_days (&first, 2 * n_days - 1);

  days = sw_journal_get_daily_summary (journal, &first, &today, error);
  if (days == NULL)
    return NULL;

  g_assert (days->len == 2 * n_days);

  return sw_journal_trend_new (&g_array_index (days, SwJournalDay, 0), n_days,
                               &g_array_index (days, SwJournalDay, n_days), n_days);
}

SwJournalTrend *
sw_journal_trend_copy (const SwJournalTrend *trend)
{
  SwJournalTrend *copy;

  g_return_val_if_fail (trend != NULL, NULL);

  copy = g_new0 (SwJournalTrend, 1);
  copy->days = g_array_copy (trend->days);
  copy->current = trend->current;
  copy->previous = trend->previous;
  copy->summary = g_strdup (trend->summary);

  return copy;
}

void
sw_journal_trend_free (SwJournalTrend *trend)
{
  if (trend == NULL)
    return;

  g_array_unref (trend->days);
  g_free (trend->summary);
  g_free (trend);
}

/**
 * sw_journal_trend_get_days:
 * @n_days: (out): how many
 *
 * Returns: (array length=n_days) (transfer none): the days shown, oldest first
 */
const SwJournalDay *
sw_journal_trend_get_days (const SwJournalTrend *trend,
                           guint                *n_days)
{
  g_return_val_if_fail (trend != NULL, NULL);
  g_return_val_if_fail (n_days != NULL, NULL);

  *n_days = trend->days->len;

  return (const SwJournalDay *) (gpointer) trend->days->data;
}

const SwJournalPeriod *
sw_journal_trend_get_current (const SwJournalTrend *trend)
{
  g_return_val_if_fail (trend != NULL, NULL);

  return &trend->current;
}

const SwJournalPeriod *
sw_journal_trend_get_previous (const SwJournalTrend *trend)
{
  g_return_val_if_fail (trend != NULL, NULL);

  return &trend->previous;
}

/* The sentence under the chart, also its accessible description. */
const char *
sw_journal_trend_get_summary (const SwJournalTrend *trend)
{
  g_return_val_if_fail (trend != NULL, NULL);

  return trend->summary;
}

/* ------------------------------------------------------------------------ */
/* Days and times                                                           */

/**
 * sw_journal_get_today:
 * @today: (out caller-allocates): the local day it is by the journal's clock
 */
void
sw_journal_get_today (SwJournal *journal,
                      GDate     *today)
{
  g_autoptr(GDateTime) now = NULL;

  g_return_if_fail (SW_IS_JOURNAL (journal));
  g_return_if_fail (today != NULL);

  now = sw_clock_get_now_local (sw_journal_get_clock (journal));
  g_date_clear (today, 1);
  g_date_set_dmy (today, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now),
                  (GDateYear) g_date_time_get_year (now));
}

static void
date_from_us (gint64  time_us,
              GDate  *date)
{
  g_autoptr(GDateTime) local = g_date_time_new_from_unix_local (time_us / G_USEC_PER_SEC);

  g_date_clear (date, 1);
  if (local != NULL)
    g_date_set_dmy (date, (GDateDay) g_date_time_get_day_of_month (local),
                    (GDateMonth) g_date_time_get_month (local),
                    (GDateYear) g_date_time_get_year (local));
}

/**
 * sw_journal_format_day:
 * @day: the day to name
 * @today: the day it is
 *
 * Returns: (transfer full): "Today", "Yesterday", "Mon 23 Nov", or with the
 *   year for a day in another year ("Sun 23 Nov 2025")
 */
char *
sw_journal_format_day (const GDate *day,
                       const GDate *today)
{
  g_autoptr(GDateTime) noon = NULL;
  int diff;

  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  diff = g_date_days_between (day, today);
  if (diff == 0)
    return g_strdup (_("Today"));
  if (diff == 1)
    return g_strdup (_("Yesterday"));

  noon = g_date_time_new_utc (g_date_get_year (day), g_date_get_month (day),
                              g_date_get_day (day), 12, 0, 0);

  if (g_date_get_year (day) == g_date_get_year (today))
    /* Translators: a day heading in the journal history, as for
     * g_date_time_format (), e.g. "Mon 23 Nov". */
    return g_date_time_format (noon, C_("day heading", "%a %-d %b"));

  /* Translators: a day heading for a day in another year, e.g. "Sun 23 Nov 2025". */
  return g_date_time_format (noon, C_("day heading", "%a %-d %b %Y"));
}

/**
 * sw_journal_format_duration:
 * @seconds: a length of time, or -1 for none
 *
 * Returns: (transfer full) (nullable): "45 s", "5 min", "1 h 20 min", or
 *   %NULL for a negative length
 */
char *
sw_journal_format_duration (int seconds)
{
  int minutes;

  if (seconds < 0)
    return NULL;

  if (seconds < 60)
    /* Translators: a short length of time in seconds. */
    return g_strdup_printf (C_("duration", "%d s"), seconds);

  minutes = (seconds + 30) / 60;
  if (minutes < 60)
    /* Translators: a length of time in minutes. */
    return g_strdup_printf (C_("duration", "%d min"), minutes);

  if (minutes % 60 == 0)
    /* Translators: a length of time in whole hours. */
    return g_strdup_printf (C_("duration", "%d h"), minutes / 60);

  /* Translators: a length of time in hours and minutes. */
  return g_strdup_printf (C_("duration", "%d h %d min"), minutes / 60, minutes % 60);
}

/**
 * sw_journal_format_pain:
 * @pain: 0 to 10
 *
 * Returns: (transfer full): the score with its word, "3 · Mild"
 */
char *
sw_journal_format_pain (int pain)
{
  g_return_val_if_fail (pain >= 0 && pain <= 10, NULL);

  /* Translators: a pain score and its word, e.g. "3 · Mild". */
  return g_strdup_printf (C_("pain score", "%d · %s"), pain, sw_pain_get_label (pain));
}

static char *
format_time_of_day (gint64 time_us)
{
  g_autoptr(GDateTime) local = g_date_time_new_from_unix_local (time_us / G_USEC_PER_SEC);

  if (local == NULL)
    return g_strdup ("");

  /* Translators: the time of a record in the journal, as for
   * g_date_time_format (); "%H:%M" is 14:05, "%l:%M %p" is 2:05 PM. */
  return g_date_time_format (local, C_("time of a record", "%H:%M"));
}

/**
 * sw_journal_item_format_time:
 *
 * Returns: (transfer full): the local time of day of @item, "14:05"
 */
char *
sw_journal_item_format_time (const SwJournalItem *item)
{
  g_return_val_if_fail (item != NULL, NULL);

  return format_time_of_day (item->time_us);
}

/**
 * sw_journal_format_moment:
 * @time_us: a time in the journal
 * @today: the day it is
 *
 * Returns: (transfer full): the day and time, "Today, 14:05" or
 *   "Mon 23 Nov, 14:05"
 */
char *
sw_journal_format_moment (gint64       time_us,
                          const GDate *today)
{
  g_autofree char *day = NULL;
  g_autofree char *time = NULL;
  GDate date;

  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  date_from_us (time_us, &date);
  if (!g_date_valid (&date))
    return g_strdup ("");

  day = sw_journal_format_day (&date, today);
  time = format_time_of_day (time_us);

  /* Translators: a day heading and a time, e.g. "Today, 14:05". */
  return g_strdup_printf (C_("day and time", "%s, %s"), day, time);
}

/* ------------------------------------------------------------------------ */
/* History                                                                  */

void
sw_journal_history_day_free (SwJournalHistoryDay *day)
{
  if (day == NULL)
    return;

  g_free (day->title);
  g_clear_pointer (&day->items, g_ptr_array_unref);
  g_free (day);
}

/**
 * sw_journal_get_history:
 * @n_days: how many days to list, ending today by the journal's clock
 * @has_older: (out) (optional): whether the journal holds older records
 *
 * The timeline grouped by local day, with a heading for each day. Days
 * without records are left out.
 *
 * Returns: (transfer container) (element-type SwJournalHistoryDay): newest
 *   day first, or %NULL with @error set
 */
GPtrArray *
sw_journal_get_history (SwJournal  *journal,
                        guint       n_days,
                        gboolean   *has_older,
                        GError    **error)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) days = NULL;
  SwJournalHistoryDay *day = NULL;
  GDate today, first, oldest;

  g_return_val_if_fail (SW_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (n_days > 0 && n_days <= SW_JOURNAL_MAX_RANGE_DAYS, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  sw_journal_get_today (journal, &today);
  first = today;
  g_date_subtract_days (&first, n_days - 1);

  items = sw_journal_list_timeline (journal, &first, &today, error);
  if (items == NULL)
    return NULL;

  if (has_older != NULL)
    {
      if (!sw_journal_get_first_day (journal, &oldest, error))
        return NULL;
      *has_older = g_date_valid (&oldest) && g_date_compare (&oldest, &first) < 0;
    }

  days = g_ptr_array_new_with_free_func ((GDestroyNotify) sw_journal_history_day_free);

  /* The groups take the items over. */
  g_ptr_array_set_free_func (items, NULL);
  for (guint i = 0; i < items->len; i++)
    {
      SwJournalItem *item = g_ptr_array_index (items, i);
      GDate date;

      date_from_us (item->time_us, &date);
      if (day == NULL || !g_date_valid (&date) || g_date_compare (&date, &day->date) != 0)
        {
          day = g_new0 (SwJournalHistoryDay, 1);
          day->date = date;
          day->title = g_date_valid (&date) ? sw_journal_format_day (&date, &today) : g_strdup ("");
          day->items = g_ptr_array_new_with_free_func ((GDestroyNotify) sw_journal_item_free);
          g_ptr_array_add (days, day);
        }

      g_ptr_array_add (day->items, item);
    }

  return g_steal_pointer (&days);
}

/* ------------------------------------------------------------------------ */
/* One line per record                                                      */

typedef struct
{
  const char *key;
  const char *label;
} KeyLabel;

/* The exercise plans, CONTENT-SPEC 3.3. */
static const KeyLabel plans[] = {
  { "office", NC_("exercise plan", "Office Worker") },
  { "active", NC_("exercise plan", "Active") },
  { "older", NC_("exercise plan", "Older Adult") },
  { "flare", NC_("exercise plan", "Flare-Up") },
};

static const char *
plan_get_label (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (plans); i++)
    if (g_strcmp0 (plans[i].key, key) == 0)
      return g_dpgettext2 (GETTEXT_PACKAGE, "exercise plan", plans[i].label);

  return key != NULL ? key : "";
}

static char *
describe_kinds (guint kinds)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint bit = 0; bit < 6; bit++)
    {
      SwSymptomKind kind = (SwSymptomKind) (1u << bit);

      if ((kinds & kind) == 0)
        continue;
      if (text->len > 0)
        /* Translators: separates the kinds of pain in a list, "Ache, Tingling". */
        g_string_append (text, C_("list separator", ", "));
      g_string_append (text, sw_symptom_kind_get_label (kind));
    }

  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

/* The note's first line, cut short. */
static char *
note_preview (const char *note)
{
  g_autofree char *first_line = NULL;
  const char *end;

  if (note == NULL)
    return NULL;

  end = strchr (note, '\n');
  first_line = g_strstrip (end != NULL ? g_strndup (note, (gsize) (end - note)) : g_strdup (note));
  if (*first_line == '\0')
    return NULL;

  if (g_utf8_strlen (first_line, -1) > NOTE_PREVIEW_CHARS)
    {
      g_autofree char *cut = g_utf8_substring (first_line, 0, NOTE_PREVIEW_CHARS);
      return g_strconcat (cut, "…", NULL);
    }

  return g_steal_pointer (&first_line);
}

static char *
describe_reasons (const char *rule_ids)
{
  g_auto(GStrv) ids = NULL;
  g_autoptr(GString) text = NULL;

  if (rule_ids == NULL || *rule_ids == '\0')
    return NULL;

  ids = g_strsplit (rule_ids, ",", -1);
  text = g_string_new (NULL);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      const SwTriageRule *rule = sw_triage_lookup_rule (g_strstrip (ids[i]));

      if (rule == NULL)
        continue;
      if (text->len > 0)
        /* Translators: separates the reasons behind a check result. */
        g_string_append (text, C_("list separator", "; "));
      g_string_append (text, sw_triage_rule_get_reason (rule));
    }

  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

static guint
count_keys (const char *keys)
{
  guint n = 0;

  if (keys == NULL || *keys == '\0')
    return 0;

  for (const char *p = keys; *p != '\0'; p++)
    if (*p == ',')
      n++;

  return n + 1;
}

/* Joins the non-NULL parts with " · ", or NULL if there are none. */
static char *
join_parts (char **parts,
            guint  n_parts)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < n_parts; i++)
    {
      if (parts[i] == NULL)
        continue;
      if (text->len > 0)
        /* Translators: separates the parts of a line in the journal history. */
        g_string_append (text, C_("list separator", " · "));
      g_string_append (text, parts[i]);
    }

  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

/**
 * sw_journal_item_get_title:
 *
 * Returns: (transfer full): a one-line summary of @item for the history,
 *   e.g. "Calf, Left · 5 · Moderate" or "Break taken"
 */
char *
sw_journal_item_get_title (const SwJournalItem *item)
{
  g_return_val_if_fail (item != NULL, NULL);

  switch (item->type)
    {
    case SW_JOURNAL_ITEM_SYMPTOM:
      {
        SwBodyArea area = SW_BODY_AREA_OTHER;
        SwSide side = SW_SIDE_BOTH;
        g_autofree char *pain = sw_journal_format_pain (CLAMP (item->value, 0, 10));

        sw_body_area_from_key (item->key, &area);
        sw_side_from_key (item->sub_key, &side);
        /* Translators: a symptom entry in the history: body area, side, then
         * the pain score and its word, e.g. "Calf, Left · 5 · Moderate". */
        return g_strdup_printf (C_("history row", "%s, %s · %s"), sw_body_area_get_label (area),
                                sw_side_get_label (side), pain);
      }

    case SW_JOURNAL_ITEM_CHECK:
      {
        SwOutcome outcome;
        const char *label;

        if (!sw_outcome_from_string (item->key, &outcome))
          return g_strdup (_("Symptom check"));

        label = sw_outcome_get_label (outcome);
        if (outcome == SW_OUTCOME_SEE_DOCTOR_SOON && g_strcmp0 (item->sub_key, "today") == 0)
          /* Translators: a check result in the history whose advice is urgent. */
          return g_strdup_printf (C_("history row", "Symptom check: %s today"), label);

        /* Translators: a check result in the history, e.g. "Symptom check: See a doctor". */
        return g_strdup_printf (C_("history row", "Symptom check: %s"), label);
      }

    case SW_JOURNAL_ITEM_BREAK:
      if (g_strcmp0 (item->key, "skipped") == 0)
        return g_strdup (C_("history row", "Break skipped"));
      if (g_strcmp0 (item->key, "natural") == 0)
        /* Translators: the screen was locked or idle long enough to count as a break. */
        return g_strdup (C_("history row", "Away from the desk"));
      return g_strdup (C_("history row", "Break taken"));

    case SW_JOURNAL_ITEM_EXERCISE:
      /* Translators: an exercise session in the history; %s is the plan. */
      return g_strdup_printf (C_("history row", "Exercises: %s plan"), plan_get_label (item->key));

    case SW_JOURNAL_ITEM_COMPRESS:
      if (g_strcmp0 (item->key, "warm") == 0)
        return g_strdup (C_("history row", "Warm compress"));
      return g_strdup (C_("history row", "Cold compress"));

    case SW_JOURNAL_ITEM_POSTURE:
      /* Translators: a posture check in the history, e.g. "Posture check: 72 out of 100". */
      return g_strdup_printf (C_("history row", "Posture check: %d out of 100"), item->value);

    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * sw_journal_item_get_details:
 *
 * Returns: (transfer full) (nullable): the second line of a history row:
 *   the kinds of pain and the note, the reasons for a check result, a
 *   length of time; %NULL when there is nothing more to say
 */
char *
sw_journal_item_get_details (const SwJournalItem *item)
{
  g_return_val_if_fail (item != NULL, NULL);

  switch (item->type)
    {
    case SW_JOURNAL_ITEM_SYMPTOM:
      {
        g_autofree char *kinds = describe_kinds (item->flags);
        g_autofree char *note = note_preview (item->text);
        char *parts[] = { kinds, note };

        return join_parts (parts, G_N_ELEMENTS (parts));
      }

    case SW_JOURNAL_ITEM_CHECK:
      return describe_reasons (item->text);

    case SW_JOURNAL_ITEM_BREAK:
      if (g_strcmp0 (item->key, "skipped") == 0)
        return NULL;
      return sw_journal_format_duration (item->value);

    case SW_JOURNAL_ITEM_EXERCISE:
      {
        g_autofree char *duration = sw_journal_format_duration (item->value);
        g_autofree char *count = NULL;
        guint n = count_keys (item->text);
        char *parts[3] = { duration, NULL, NULL };

        if (n > 0)
          count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u exercise", "%u exercises", n),
                                   n);
        parts[1] = count;
        if (item->flags == 0)
          parts[2] = (char *) C_("exercise session", "stopped early");

        return join_parts (parts, G_N_ELEMENTS (parts));
      }

    case SW_JOURNAL_ITEM_COMPRESS:
      return sw_journal_format_duration (item->value);

    case SW_JOURNAL_ITEM_POSTURE:
      return NULL;

    default:
      g_return_val_if_reached (NULL);
    }
}

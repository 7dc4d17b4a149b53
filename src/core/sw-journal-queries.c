/* sw-journal-queries.c: reading the journal by day: the history, the trend, flares and episodes
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-journal-private.h"

#define FLARE_WINDOW_US  (72 * G_TIME_SPAN_HOUR)
#define EPISODE_GAP_US   (7 * G_TIME_SPAN_DAY)
#define SETTING_ONSET    "episode-onset"

/* ------------------------------------------------------------------------ */
/* Timeline items                                                           */

G_DEFINE_BOXED_TYPE (SwJournalItem, sw_journal_item, sw_journal_item_copy, sw_journal_item_free)

SwJournalItem *
sw_journal_item_copy (const SwJournalItem *item)
{
  SwJournalItem *copy;

  g_return_val_if_fail (item != NULL, NULL);

  copy = g_memdup2 (item, sizeof *item);
  copy->key = g_strdup (item->key);
  copy->sub_key = g_strdup (item->sub_key);
  copy->text = g_strdup (item->text);

  return copy;
}

void
sw_journal_item_free (SwJournalItem *item)
{
  if (item == NULL)
    return;

  g_free (item->key);
  g_free (item->sub_key);
  g_free (item->text);
  g_free (item);
}

/* ------------------------------------------------------------------------ */
/* Local days                                                               */

/* Local midnight at the start of @date, in microseconds. A midnight that a
 * daylight-saving jump skips becomes the first moment of the day. */
static gint64
day_start_us (GTimeZone   *tz,
              const GDate *date)
{
  g_autoptr(GDateTime) start = g_date_time_new (tz,
                                                g_date_get_year (date),
                                                g_date_get_month (date),
                                                g_date_get_day (date),
                                                0, 0, 0);

  return g_date_time_to_unix (start) * G_USEC_PER_SEC;
}

/* [start, end) of the local days first_day … last_day. */
static void
day_range_us (const GDate *first_day,
              const GDate *last_day,
              gint64      *start_us,
              gint64      *end_us)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  GDate after = *last_day;

  g_date_add_days (&after, 1);
  *start_us = day_start_us (tz, first_day);
  *end_us = day_start_us (tz, &after);
}

gboolean
_sw_journal_valid_day_range (const GDate *first_day,
                             const GDate *last_day)
{
  return first_day != NULL && last_day != NULL &&
         g_date_valid (first_day) && g_date_valid (last_day) &&
         g_date_compare (first_day, last_day) <= 0;
}

/* Lists what @id, a query over [?1, ?2), finds on the local days
 * @first_day … @last_day, a record of each row made by @row_func. */
GPtrArray *
_sw_journal_list_days (SwJournal         *self,
                       StmtId             id,
                       const GDate       *first_day,
                       const GDate       *last_day,
                       SwJournalRowFunc   row_func,
                       GDestroyNotify     free_func,
                       GError           **error)
{
  g_autoptr(StmtLease) stmt = NULL;
  gint64 start_us, end_us;

  _sw_journal_prepare_read (self);

  stmt = _sw_journal_lease_stmt (self, id, error);
  if (stmt == NULL)
    return NULL;

  day_range_us (first_day, last_day, &start_us, &end_us);
  sqlite3_bind_int64 (stmt, 1, start_us);
  sqlite3_bind_int64 (stmt, 2, end_us);

  return _sw_journal_collect_rows (self, stmt, row_func, free_func, error);
}

/* ------------------------------------------------------------------------ */
/* The history                                                              */

/* A row of STMT_TIMELINE. */
static SwJournalItem *
item_from_row (sqlite3_stmt *stmt)
{
  SwJournalItem *item = g_new0 (SwJournalItem, 1);

  item->type = (SwJournalItemType) sqlite3_column_int (stmt, 0);
  item->id = sqlite3_column_int64 (stmt, 1);
  item->time_us = sqlite3_column_int64 (stmt, 2);
  item->key = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
  item->sub_key = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
  item->value = sqlite3_column_int (stmt, 5);
  item->flags = (guint) sqlite3_column_int (stmt, 6);
  item->text = g_strdup ((const char *) sqlite3_column_text (stmt, 7));

  return item;
}

/**
 * sw_journal_list_timeline:
 * @first_day: the first local day, inclusive
 * @last_day: the last local day, inclusive
 *
 * Every kind of record on those days, for the history view.
 *
 * Returns: (transfer container) (element-type SwJournalItem): newest first
 */
GPtrArray *
sw_journal_list_timeline (SwJournal    *self,
                          const GDate  *first_day,
                          const GDate  *last_day,
                          GError      **error)
{
  g_return_val_if_fail (SW_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (_sw_journal_valid_day_range (first_day, last_day), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _sw_journal_list_days (self, STMT_TIMELINE, first_day, last_day,
                                (SwJournalRowFunc) item_from_row,
                                (GDestroyNotify) sw_journal_item_free, error);
}

/**
 * sw_journal_get_first_day:
 * @day_out: (out caller-allocates): the local day of the oldest record the
 *   timeline lists; cleared (not valid) when there is none
 *
 * Lets the history know whether there is anything older than what it shows.
 */
gboolean
sw_journal_get_first_day (SwJournal  *self,
                          GDate      *day_out,
                          GError    **error)
{
  g_autoptr(StmtLease) stmt = NULL;
  gboolean has_row;

  g_return_val_if_fail (SW_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (day_out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  _sw_journal_prepare_read (self);

  g_date_clear (day_out, 1);

  stmt = _sw_journal_lease_stmt (self, STMT_FIRST_TIME, error);
  if (stmt == NULL || !_sw_journal_step_row (self, stmt, &has_row, error))
    return FALSE;

  /* min () has a row, NULL when every table is empty. */
  if (has_row && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    {
      g_autoptr(GDateTime) first = NULL;

      first = g_date_time_new_from_unix_local (sqlite3_column_int64 (stmt, 0) / G_USEC_PER_SEC);
      if (first != NULL)
        g_date_set_dmy (day_out, (GDateDay) g_date_time_get_day_of_month (first),
                        (GDateMonth) g_date_time_get_month (first),
                        (GDateYear) g_date_time_get_year (first));
    }

  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* The trend                                                                */

/* Longest sitting streak, in words: the reminder daemon logs break events;
 * a break taken (completed or natural, logged when it ends with its length)
 * ends a streak when it began (time - length) and starts the next when it
 * ends. Any other event (due, shown, started, snoozed, skipped) shows the
 * person was still at the desk and extends the current streak to its time;
 * the first event of a day starts that day's first streak. So the figure is
 * a lower bound: sitting before the day's first event, or after its last,
 * is not seen, and a streak never crosses midnight. */
typedef struct
{
  gint64 streak_start;
  gint64 longest;
} StreakState;

static void
streak_add_event (StreakState        *state,
                  gint64              time_us,
                  gint64              day_start,
                  SwJournalBreakKind  kind,
                  gint64              length_s)
{
  if (kind == SW_JOURNAL_BREAK_COMPLETED || kind == SW_JOURNAL_BREAK_NATURAL)
    {
      gint64 move_start = MAX (time_us - MAX (length_s, 0) * G_USEC_PER_SEC, day_start);

      if (state->streak_start >= 0)
        state->longest = MAX (state->longest, move_start - state->streak_start);
      state->longest = MAX (state->longest, 0);
      state->streak_start = time_us;
    }
  else
    {
      if (state->streak_start < 0)
        state->streak_start = time_us;
      state->longest = MAX (state->longest, time_us - state->streak_start);
    }
}

/* The days a summary covers, while the rows are counted in. */
typedef struct
{
  GArray      *days;      /* SwJournalDay, one a day */
  gint64      *bounds;    /* the local midnight that begins each day, and the one after */
  StreakState *streaks;   /* one a day */
  guint        n_days;
} Summary;

typedef void (*SummaryAddFunc) (Summary      *summary,
                                guint         day,
                                sqlite3_stmt *stmt);

/* Runs @id, a query over [?1, ?2) whose rows come in time order with their
 * time first, and hands each row to @add with the day it falls on. */
static gboolean
summarise_rows (SwJournal       *self,
                StmtId           id,
                Summary         *summary,
                SummaryAddFunc   add,
                GError         **error)
{
  g_autoptr(StmtLease) stmt = _sw_journal_lease_stmt (self, id, error);
  guint day = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, summary->bounds[0]);
  sqlite3_bind_int64 (stmt, 2, summary->bounds[summary->n_days]);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 time_us = sqlite3_column_int64 (stmt, 0);

      while (day + 1 < summary->n_days && time_us >= summary->bounds[day + 1])
        day++;

      add (summary, day, stmt);
    }

  if (rc != SQLITE_DONE)
    {
      _sw_journal_set_db_error (self, NULL, rc, error);
      return FALSE;
    }

  return TRUE;
}

/* A row of STMT_SUMMARY_ENTRIES: created, pain. */
static void
add_entry_row (Summary      *summary,
               guint         day,
               sqlite3_stmt *stmt)
{
  SwJournalDay *d = &g_array_index (summary->days, SwJournalDay, day);

  d->n_entries++;
  d->max_pain = MAX (d->max_pain, sqlite3_column_int (stmt, 1));
}

/* A row of STMT_SUMMARY_BREAKS: time, kind, length_s. */
static void
add_break_row (Summary      *summary,
               guint         day,
               sqlite3_stmt *stmt)
{
  int kind = _sw_journal_break_kind_from_key ((const char *) sqlite3_column_text (stmt, 1));
  SwJournalDay *d = &g_array_index (summary->days, SwJournalDay, day);

  if (kind < 0)
    return;

  if (kind == SW_JOURNAL_BREAK_COMPLETED || kind == SW_JOURNAL_BREAK_NATURAL)
    d->breaks_taken++;
  else if (kind == SW_JOURNAL_BREAK_SKIPPED)
    d->breaks_skipped++;

  streak_add_event (&summary->streaks[day], sqlite3_column_int64 (stmt, 0),
                    summary->bounds[day], (SwJournalBreakKind) kind,
                    sqlite3_column_int64 (stmt, 2));
}

/**
 * sw_journal_get_daily_summary:
 * @first_day: the first local day, inclusive
 * @last_day: the last local day, inclusive
 *
 * One #SwJournalDay per local day for the trend chart: the worst pain, the
 * number of entries, breaks taken and skipped, and the longest sitting
 * streak the break events show (a lower bound, see above; -1 on a day with
 * no break events).
 *
 * Returns: (transfer full) (element-type SwJournalDay): oldest day first
 */
GArray *
sw_journal_get_daily_summary (SwJournal    *self,
                              const GDate  *first_day,
                              const GDate  *last_day,
                              GError      **error)
{
  g_autoptr(GTimeZone) tz = NULL;
  g_autoptr(GArray) days = NULL;
  g_autofree StreakState *streaks = NULL;
  g_autofree gint64 *bounds = NULL;
  Summary summary;
  guint n_days;

  g_return_val_if_fail (SW_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (_sw_journal_valid_day_range (first_day, last_day), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _sw_journal_prepare_read (self);

  tz = g_time_zone_new_local ();
  n_days = (guint) g_date_days_between (first_day, last_day) + 1;
  days = g_array_sized_new (FALSE, TRUE, sizeof (SwJournalDay), n_days);
  g_array_set_size (days, n_days);
  bounds = g_new (gint64, n_days + 1);
  streaks = g_new (StreakState, n_days);

  for (guint i = 0; i <= n_days; i++)
    {
      GDate date = *first_day;

      g_date_add_days (&date, i);
      bounds[i] = day_start_us (tz, &date);

      if (i < n_days)
        {
          SwJournalDay *d = &g_array_index (days, SwJournalDay, i);

          d->date = date;
          d->start_us = bounds[i];
          d->max_pain = -1;
          d->longest_sitting_min = -1;
          streaks[i].streak_start = -1;
          streaks[i].longest = -1;
        }
    }

  summary = (Summary) { days, bounds, streaks, n_days };
  if (!summarise_rows (self, STMT_SUMMARY_ENTRIES, &summary, add_entry_row, error) ||
      !summarise_rows (self, STMT_SUMMARY_BREAKS, &summary, add_break_row, error))
    return NULL;

  for (guint i = 0; i < n_days; i++)
    if (streaks[i].longest >= 0)
      g_array_index (days, SwJournalDay, i).longest_sitting_min =
        (int) (streaks[i].longest / (60 * G_USEC_PER_SEC));

  return g_steal_pointer (&days);
}

/* ------------------------------------------------------------------------ */
/* Flares and episodes                                                      */

/**
 * sw_journal_is_flare_active:
 * @user_switch_on: whether the "I'm having a flare-up" switch is on (its
 *   14-day limit is the caller's business)
 *
 * CONTENT-SPEC 2.3: a flare is active when the switch is on, or a check
 * result less than 72 h old was WATCH_AND_SELF_CARE or SEE_DOCTOR_SOON, or
 * a symptom entry less than 72 h old has pain ≥ 4 or is radiating, numb,
 * tingling or weak. "Less than 72 h old": time > now − 72 h, so a record
 * exactly 72 h old no longer counts, matching the compress rule's 72 h.
 * Records dated in the future (a clock set back) count.
 *
 * Returns: whether a flare is active; %FALSE with @error set on failure
 */
gboolean
sw_journal_is_flare_active (SwJournal  *self,
                            gboolean    user_switch_on,
                            GError    **error)
{
  g_autoptr(StmtLease) stmt = NULL;
  gboolean has_row;

  g_return_val_if_fail (SW_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (user_switch_on)
    return TRUE;

  _sw_journal_prepare_read (self);

  stmt = _sw_journal_lease_stmt (self, STMT_FLARE, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, sw_clock_get_real_us (self->clock) - FLARE_WINDOW_US);
  sqlite3_bind_int (stmt, 2, SW_SYMPTOM_KIND_NERVE_SIGNS);

  if (!_sw_journal_step_row (self, stmt, &has_row, error))
    return FALSE;

  return has_row && sqlite3_column_int (stmt, 0) != 0;
}

static gboolean
get_setting (SwJournal  *self,
             const char *key,
             char      **value_out,
             GError    **error)
{
  g_autoptr(StmtLease) stmt = NULL;
  gboolean has_row;

  *value_out = NULL;

  stmt = _sw_journal_lease_stmt (self, STMT_GET_SETTING, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  if (!_sw_journal_step_row (self, stmt, &has_row, error))
    return FALSE;

  if (has_row)
    *value_out = g_strdup ((const char *) sqlite3_column_text (stmt, 0));

  return TRUE;
}

/* @data: the onset as text, or NULL to forget it */
static gboolean
write_onset (SwJournal  *self,
             gpointer    data,
             GError    **error)
{
  const char *value = data;
  g_autoptr(StmtLease) stmt = NULL;

  stmt = _sw_journal_lease_stmt (self, value != NULL ? STMT_SET_SETTING : STMT_DELETE_SETTING,
                                 error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, SETTING_ONSET, -1, SQLITE_STATIC);
  if (value != NULL)
    sqlite3_bind_text (stmt, 2, value, -1, SQLITE_TRANSIENT);

  return _sw_journal_step_done (self, stmt, error);
}

/**
 * sw_journal_set_onset:
 * @onset: (nullable): when the person says this episode began, or %NULL to
 *   forget it and go back to the date the entries show
 */
gboolean
sw_journal_set_onset (SwJournal  *self,
                      GDateTime  *onset,
                      GError    **error)
{
  g_autofree char *value = NULL;

  g_return_val_if_fail (SW_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (onset != NULL)
    value = g_strdup_printf ("%" G_GINT64_FORMAT, g_date_time_to_unix (onset) * G_USEC_PER_SEC +
                                                  g_date_time_get_microsecond (onset));

  return _sw_journal_run_write (self, write_onset, value, error);
}

static GDateTime *
date_time_from_us (gint64 us)
{
  g_autoptr(GDateTime) seconds = g_date_time_new_from_unix_local (us / G_USEC_PER_SEC);

  return g_date_time_add (seconds, us % G_USEC_PER_SEC);
}

/**
 * sw_journal_get_onset:
 * @onset_out: (out) (transfer full) (nullable): the onset the person set,
 *   or %NULL
 */
gboolean
sw_journal_get_onset (SwJournal   *self,
                      GDateTime  **onset_out,
                      GError     **error)
{
  g_autofree char *value = NULL;
  gint64 us;

  g_return_val_if_fail (SW_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (onset_out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  _sw_journal_prepare_read (self);

  *onset_out = NULL;

  if (!get_setting (self, SETTING_ONSET, &value, error))
    return FALSE;

  if (value != NULL && g_ascii_string_to_signed (value, 10, G_MININT64, G_MAXINT64, &us, NULL))
    *onset_out = date_time_from_us (us);

  return TRUE;
}

/**
 * sw_journal_get_episode_onset:
 * @onset_out: (out) (transfer full) (nullable): when the current episode
 *   began, or %NULL if there is no current episode
 *
 * CONTENT-SPEC 2.3: the onset the person set if any; else the earliest
 * entry with pain ≥ 1 in the latest run of such entries in which no two
 * neighbours are more than 7 days apart, provided the run's last entry is
 * at most 7 days old. Entries with pain 0 neither extend nor break a run.
 */
gboolean
sw_journal_get_episode_onset (SwJournal   *self,
                              GDateTime  **onset_out,
                              GError     **error)
{
  g_autoptr(StmtLease) stmt = NULL;
  gint64 earliest = -1;
  int rc;

  g_return_val_if_fail (SW_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (onset_out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!sw_journal_get_onset (self, onset_out, error))
    return FALSE;
  if (*onset_out != NULL)
    return TRUE;

  stmt = _sw_journal_lease_stmt (self, STMT_PAINFUL_ENTRIES, error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 created = sqlite3_column_int64 (stmt, 0);

      if (earliest < 0)
        {
          if (sw_clock_get_real_us (self->clock) - created > EPISODE_GAP_US)
            break;
        }
      else if (earliest - created > EPISODE_GAP_US)
        break;

      earliest = created;
    }

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _sw_journal_set_db_error (self, NULL, rc, error);
      return FALSE;
    }

  if (earliest >= 0)
    *onset_out = date_time_from_us (earliest);

  return TRUE;
}

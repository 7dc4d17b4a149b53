/* sw-journal-summary.h: what the journal's records and figures say, in words
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "sw-journal.h"

G_BEGIN_DECLS

/* The longest range the trend and the history show at once, in days. */
#define SW_JOURNAL_MAX_RANGE_DAYS 3660

/* What a run of days adds up to. */
typedef struct
{
  guint  n_days;          /* days in the period */
  guint  n_days_logged;   /* days with at least one symptom entry */
  double pain_average;    /* mean of each logged day's worst pain; -1 if none */
  guint  breaks_taken;    /* completed and natural */
  guint  breaks_skipped;
} SwJournalPeriod;

void                   sw_journal_period_compute      (SwJournalPeriod       *period,
                                                       const SwJournalDay    *days,
                                                       guint                  n_days);
char                  *sw_journal_period_describe     (const SwJournalPeriod *current,
                                                       const SwJournalPeriod *previous);

/* The trend chart's data: the days that end today, the same number of days
 * before them, and the sentence that says what they show. */
typedef struct _SwJournalTrend SwJournalTrend;

#define SW_TYPE_JOURNAL_TREND (sw_journal_trend_get_type ())
GType                  sw_journal_trend_get_type      (void) G_GNUC_CONST;
SwJournalTrend        *sw_journal_trend_new           (const SwJournalDay    *previous,
                                                       guint                  n_previous,
                                                       const SwJournalDay    *current,
                                                       guint                  n_current);
SwJournalTrend        *sw_journal_get_trend           (SwJournal             *journal,
                                                       guint                  n_days,
                                                       GError               **error);
SwJournalTrend        *sw_journal_trend_copy          (const SwJournalTrend  *trend);
void                   sw_journal_trend_free          (SwJournalTrend        *trend);
const SwJournalDay    *sw_journal_trend_get_days      (const SwJournalTrend  *trend,
                                                       guint                 *n_days);
const SwJournalPeriod *sw_journal_trend_get_current   (const SwJournalTrend  *trend);
const SwJournalPeriod *sw_journal_trend_get_previous  (const SwJournalTrend  *trend);
const char            *sw_journal_trend_get_summary   (const SwJournalTrend  *trend);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SwJournalTrend, sw_journal_trend_free)

/* One day of the history: its heading and its records, newest first. */
typedef struct
{
  GDate      date;
  char      *title;  /* "Today", "Yesterday", "Mon 23 Nov" */
  GPtrArray *items;  /* (element-type SwJournalItem) */
} SwJournalHistoryDay;

void                   sw_journal_history_day_free    (SwJournalHistoryDay   *day);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SwJournalHistoryDay, sw_journal_history_day_free)

GPtrArray             *sw_journal_get_history         (SwJournal             *journal,
                                                       guint                  n_days,
                                                       gboolean              *has_older,
                                                       GError               **error);

char                  *sw_journal_format_day          (const GDate           *day,
                                                       const GDate           *today);
char                  *sw_journal_format_duration     (int                    seconds);
char                  *sw_journal_format_pain         (int                    pain);
char                  *sw_journal_format_moment       (gint64                 time_us,
                                                       const GDate           *today);
void                   sw_journal_get_today           (SwJournal             *journal,
                                                       GDate                 *today);

char                  *sw_journal_item_format_time    (const SwJournalItem   *item);
char                  *sw_journal_item_get_title      (const SwJournalItem   *item);
char                  *sw_journal_item_get_details    (const SwJournalItem   *item);

G_END_DECLS

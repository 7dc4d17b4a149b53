/* sw-report-data.h: what a doctor's report says, worked out from the journal
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "sw-journal.h"
#include "sw-triage.h"

G_BEGIN_DECLS

/*
 * SwReportData gathers everything the one-page doctor report shows for the
 * last n days (today included): the daily figures for the chart, the key
 * facts, the check results with their reasons and red-flag answers, the
 * self-care done and the last notes. All figures are worked out here so the
 * renderer only lays them out; every text it returns is translated.
 */

/* The periods the dialog offers; the command line takes any of 1..MAX. */
#define SW_REPORT_DEFAULT_DAYS 30
#define SW_REPORT_MAX_DAYS     365
/* The most notes a report shows, newest first. */
#define SW_REPORT_MAX_NOTES    10

/* What the person chose to show about themselves. Every field is optional:
 * NULL / FALSE leaves it out. */
typedef struct
{
  const char *kind_of_day;      /* "office", "active" or "older" */
  gboolean    pregnant;
  gboolean    spine_surgery;
  gboolean    spinal_stenosis;
  gboolean    leave_out_notes;  /* the notes section is not shown at all */
} SwReportOptions;

/* One body area, by how many entries named it. */
typedef struct
{
  SwBodyArea area;
  guint      count;
  guint      sides[SW_N_SIDES];  /* indexed by SwSide */
} SwReportArea;

/* One symptom kind (a single SwSymptomKind bit) or one trigger (a single
 * SwTrigger bit), by how many entries named it. */
typedef struct
{
  guint    flag;
  guint    count;
  gboolean nerve_sign;  /* kinds only: radiating, numbness, tingling, weakness */
} SwReportCount;

/* A red-flag question (Q1–Q6) answered "yes" or "not sure". */
typedef struct
{
  const SwTriageQuestion *question;
  const char             *value;  /* "yes" or "unsure" */
} SwReportRedFlag;

typedef struct
{
  gint64                  time_us;
  SwOutcome               outcome;
  SwUrgency               urgency;
  /* The deciding rules, in the order they were saved (NULL-terminated). */
  const SwTriageRule    **deciding;
  guint                   n_deciding;
  SwReportRedFlag        *red_flags;
  guint                   n_red_flags;
} SwReportCheck;

/* Seven days (the oldest may be shorter), oldest first. */
typedef struct
{
  GDate first_day;
  GDate last_day;
  guint breaks_taken;    /* completed and natural */
  guint breaks_skipped;
} SwReportWeek;

typedef struct
{
  gint64  time_us;
  char   *text;
} SwReportNote;

typedef struct _SwReportData SwReportData;

#define SW_TYPE_REPORT_DATA (sw_report_data_get_type ())
GType                sw_report_data_get_type           (void) G_GNUC_CONST;

/* Reads the journal: the @n_days local days that end today by its clock. */
SwReportData        *sw_report_data_new                (SwJournal             *journal,
                                                        guint                  n_days,
                                                        const SwReportOptions *options,
                                                        GError               **error);
/* A report of a period with nothing in it, for when there is no journal. */
SwReportData        *sw_report_data_new_empty          (GDateTime             *now,
                                                        guint                  n_days,
                                                        const SwReportOptions *options);
SwReportData        *sw_report_data_ref                (SwReportData          *self);
void                 sw_report_data_unref              (SwReportData          *self);

/* The period and when the report was made. */
guint                sw_report_data_get_n_days         (const SwReportData    *self);
const GDate         *sw_report_data_get_first_day      (const SwReportData    *self);
const GDate         *sw_report_data_get_last_day       (const SwReportData    *self);
GDateTime           *sw_report_data_get_made           (const SwReportData    *self);
const SwReportOptions *sw_report_data_get_options      (const SwReportData    *self);
/* TRUE when the period holds no record of any kind. */
gboolean             sw_report_data_is_empty           (const SwReportData    *self);

/* One per day of the period, oldest first: the chart's data. */
const SwJournalDay  *sw_report_data_get_days           (const SwReportData    *self,
                                                        guint                 *n_days);

/* Key facts. */
guint                sw_report_data_get_n_entries      (const SwReportData    *self);
guint                sw_report_data_get_n_days_logged  (const SwReportData    *self);
/* -1 without entries. The median is of each logged day's worst pain. */
int                  sw_report_data_get_worst_pain     (const SwReportData    *self);
double               sw_report_data_get_median_pain    (const SwReportData    *self);
/* Most named first; ties in the order of the enum. */
const SwReportArea  *sw_report_data_get_areas          (const SwReportData    *self,
                                                        guint                 *n_areas);
const SwReportCount *sw_report_data_get_kinds          (const SwReportData    *self,
                                                        guint                 *n_kinds);
const SwReportCount *sw_report_data_get_triggers       (const SwReportData    *self,
                                                        guint                 *n_triggers);
/* When the current episode began (CONTENT-SPEC 2.3), or NULL. */
GDateTime           *sw_report_data_get_onset          (const SwReportData    *self);

/* Check results in the period, newest first. */
const SwReportCheck *sw_report_data_get_checks         (const SwReportData    *self,
                                                        guint                 *n_checks);

/* Self-care. */
const SwReportWeek  *sw_report_data_get_weeks          (const SwReportData    *self,
                                                        guint                 *n_weeks);
guint                sw_report_data_get_breaks_taken   (const SwReportData    *self);
guint                sw_report_data_get_breaks_skipped (const SwReportData    *self);
guint                sw_report_data_get_n_exercise_sessions  (const SwReportData *self);
guint                sw_report_data_get_n_exercise_completed (const SwReportData *self);
guint                sw_report_data_get_exercise_seconds     (const SwReportData *self);
guint                sw_report_data_get_n_compress_sessions  (const SwReportData *self,
                                                              SwJournalCompressKind kind);
guint                sw_report_data_get_compress_seconds     (const SwReportData *self);

/* The last notes, newest first (at most SW_REPORT_MAX_NOTES; none when the
 * options leave notes out). */
const SwReportNote  *sw_report_data_get_notes          (const SwReportData    *self,
                                                        guint                 *n_notes);

/* "Office worker", "Active", "Older adult" (translated), or NULL. */
const char          *sw_report_kind_of_day_get_label   (const char            *kind_of_day);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SwReportData, sw_report_data_unref)

G_END_DECLS

/* sw-journal.h: the symptom journal, stored in SQLite
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sw-clock.h"
#include "sw-symptom-entry.h"

G_BEGIN_DECLS

#define SW_JOURNAL_ERROR (sw_journal_error_quark ())

typedef enum
{
  SW_JOURNAL_ERROR_CORRUPT,    /* the file is damaged or not a database */
  SW_JOURNAL_ERROR_TOO_NEW,    /* written by a newer Sitwell; left untouched */
  SW_JOURNAL_ERROR_READ_ONLY,  /* the folder, the file or the journal is read-only */
  SW_JOURNAL_ERROR_FULL,       /* the disk (or a quota or file-size limit) is full */
  SW_JOURNAL_ERROR_BUSY,       /* another program held the journal for too long */
  SW_JOURNAL_ERROR_INVALID,    /* the data cannot be stored as given */
  SW_JOURNAL_ERROR_NOT_FOUND,  /* no such record */
  SW_JOURNAL_ERROR_IO,         /* any other failure to read or write */
} SwJournalError;

GQuark sw_journal_error_quark (void);

/* The schema version this build writes, kept in PRAGMA user_version. */
#define SW_JOURNAL_SCHEMA_VERSION 2

/* Pass as a time to mean "now, by the journal's clock". */
#define SW_JOURNAL_TIME_NOW ((gint64) 0)

typedef enum /*< flags >*/
{
  SW_JOURNAL_OPEN_NONE      = 0,
  SW_JOURNAL_OPEN_READ_ONLY = 1 << 0,
  /* When no file can be made or opened for a reason that can pass (a
   * read-only folder, a full disk), open an empty read-only journal in
   * memory instead of failing; the first write that can makes the file. */
  SW_JOURNAL_OPEN_IN_MEMORY_FALLBACK = 1 << 1,
} SwJournalOpenFlags;

/* Stored by key (sw_journal_break_kind_to_key ()). Time conventions:
 * DUE, SHOWN, STARTED, SNOOZED, SKIPPED happen at their time; COMPLETED and
 * NATURAL are recorded when the break ends, with its length. */
typedef enum
{
  SW_JOURNAL_BREAK_DUE,
  SW_JOURNAL_BREAK_SHOWN,
  SW_JOURNAL_BREAK_STARTED,
  SW_JOURNAL_BREAK_COMPLETED,
  SW_JOURNAL_BREAK_SNOOZED,
  SW_JOURNAL_BREAK_SKIPPED,
  SW_JOURNAL_BREAK_NATURAL,
} SwJournalBreakKind;

typedef enum
{
  SW_JOURNAL_COMPRESS_COLD,
  SW_JOURNAL_COMPRESS_WARM,
} SwJournalCompressKind;

typedef enum
{
  SW_JOURNAL_ITEM_SYMPTOM,
  SW_JOURNAL_ITEM_CHECK,
  SW_JOURNAL_ITEM_BREAK,
  SW_JOURNAL_ITEM_EXERCISE,
  SW_JOURNAL_ITEM_COMPRESS,
  SW_JOURNAL_ITEM_POSTURE,
} SwJournalItemType;

#define SW_TYPE_JOURNAL_OPEN_FLAGS (sw_journal_open_flags_get_type ())
#define SW_TYPE_JOURNAL_ITEM_TYPE  (sw_journal_item_type_get_type ())
GType       sw_journal_open_flags_get_type  (void) G_GNUC_CONST;
GType       sw_journal_item_type_get_type   (void) G_GNUC_CONST;

const char *sw_journal_break_kind_to_key    (SwJournalBreakKind    kind);
const char *sw_journal_compress_kind_to_key (SwJournalCompressKind kind);

/* A saved checker result. Outcome keys: "EMERGENCY", "SEE_DOCTOR_SOON",
 * "WATCH_AND_SELF_CARE", "LIKELY_MUSCULAR"; urgency "today", "soon" or NULL;
 * answers "key=value,key=value"; rule ids "S6,S10". */
typedef struct
{
  gint64  id;
  gint64  time_us;
  char   *outcome;
  char   *urgency;
  char   *answers;
  char   *deciding_rules;
  char   *also_noted;
} SwJournalCheck;

#define SW_TYPE_JOURNAL_CHECK (sw_journal_check_get_type ())
GType           sw_journal_check_get_type (void) G_GNUC_CONST;
SwJournalCheck *sw_journal_check_new      (const char           *outcome);
SwJournalCheck *sw_journal_check_copy     (const SwJournalCheck *check);
void            sw_journal_check_free     (SwJournalCheck       *check);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SwJournalCheck, sw_journal_check_free)

/* One line of the history timeline. What the fields hold depends on @type:
 *   type      key         sub_key  value          flags      text
 *   SYMPTOM   body area   side     pain           kinds      note
 *   CHECK     outcome     urgency  -1             0          deciding rules
 *   BREAK     break kind  NULL     length s / -1  0          NULL
 *   EXERCISE  plan        NULL     duration s     completed  exercises
 *   COMPRESS  cold/warm   NULL     duration s     0          NULL
 *   POSTURE   NULL        NULL     score          0          ticked items
 * Only the break events a person cares about are listed: completed,
 * natural and skipped. */
typedef struct
{
  SwJournalItemType  type;
  gint64             id;
  gint64             time_us;
  char              *key;
  char              *sub_key;
  int                value;
  guint              flags;
  char              *text;
} SwJournalItem;

#define SW_TYPE_JOURNAL_ITEM (sw_journal_item_get_type ())
GType          sw_journal_item_get_type (void) G_GNUC_CONST;
SwJournalItem *sw_journal_item_copy     (const SwJournalItem *item);
void           sw_journal_item_free     (SwJournalItem       *item);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SwJournalItem, sw_journal_item_free)

/* One local day for the trend chart. */
typedef struct
{
  GDate  date;
  gint64 start_us;            /* local midnight that begins the day */
  int    max_pain;            /* -1 if no entry that day */
  guint  n_entries;
  guint  breaks_taken;        /* completed + natural */
  guint  breaks_skipped;
  int    longest_sitting_min; /* -1 if the day has no break events; see the .c */
} SwJournalDay;

#define SW_TYPE_JOURNAL (sw_journal_get_type ())
G_DECLARE_FINAL_TYPE (SwJournal, sw_journal, SW, JOURNAL, GObject)

GFile          *sw_journal_get_default_file     (void);
SwJournal      *sw_journal_open                 (GFile              *file,
                                                 SwClock            *clock,
                                                 GError            **error);
SwJournal      *sw_journal_open_full            (GFile              *file,
                                                 SwClock            *clock,
                                                 SwJournalOpenFlags  flags,
                                                 GError            **error);
GFile          *sw_journal_get_file             (SwJournal          *self);
SwClock        *sw_journal_get_clock            (SwJournal          *self);
gboolean        sw_journal_is_read_only         (SwJournal          *self);
const char     *sw_journal_get_read_only_reason (SwJournal          *self);
GFile          *sw_journal_get_moved_aside_file (SwJournal          *self);

gboolean        sw_journal_add_entry            (SwJournal          *self,
                                                 SwSymptomEntry     *entry,
                                                 GError            **error);
gboolean        sw_journal_update_entry         (SwJournal          *self,
                                                 SwSymptomEntry     *entry,
                                                 GError            **error);
SwSymptomEntry *sw_journal_delete_entry         (SwJournal          *self,
                                                 gint64              id,
                                                 GError            **error);
gboolean        sw_journal_restore_entry        (SwJournal          *self,
                                                 SwSymptomEntry     *entry,
                                                 GError            **error);
SwSymptomEntry *sw_journal_get_entry            (SwJournal          *self,
                                                 gint64              id,
                                                 GError            **error);
GPtrArray      *sw_journal_list_entries         (SwJournal          *self,
                                                 const GDate        *first_day,
                                                 const GDate        *last_day,
                                                 GError            **error);
GPtrArray      *sw_journal_list_all_entries     (SwJournal          *self,
                                                 GError            **error);
gboolean        sw_journal_import_entries       (SwJournal          *self,
                                                 GPtrArray          *entries,
                                                 guint              *n_imported,
                                                 guint              *n_skipped,
                                                 GError            **error);

gboolean        sw_journal_add_check            (SwJournal          *self,
                                                 SwJournalCheck     *check,
                                                 GError            **error);
gboolean        sw_journal_get_last_check       (SwJournal          *self,
                                                 SwJournalCheck    **check_out,
                                                 GError            **error);
GPtrArray      *sw_journal_list_checks          (SwJournal          *self,
                                                 const GDate        *first_day,
                                                 const GDate        *last_day,
                                                 GError            **error);
gboolean        sw_journal_add_break_event      (SwJournal          *self,
                                                 gint64              time_us,
                                                 SwJournalBreakKind  kind,
                                                 int                 length_s,
                                                 gint64             *id_out,
                                                 GError            **error);
gboolean        sw_journal_add_exercise_session (SwJournal          *self,
                                                 gint64              time_us,
                                                 const char         *plan,
                                                 const char * const *exercises,
                                                 guint               duration_s,
                                                 gboolean            completed,
                                                 gint64             *id_out,
                                                 GError            **error);
gboolean        sw_journal_add_compress_session (SwJournal             *self,
                                                 gint64                 time_us,
                                                 SwJournalCompressKind  kind,
                                                 guint                  duration_s,
                                                 gint64                *id_out,
                                                 GError               **error);
gboolean        sw_journal_add_posture_check    (SwJournal          *self,
                                                 gint64              time_us,
                                                 guint               score,
                                                 const char * const *ticked,
                                                 gint64             *id_out,
                                                 GError            **error);
gboolean        sw_journal_get_last_posture_check (SwJournal       *self,
                                                   SwJournalItem  **item_out,
                                                   GError         **error);

GPtrArray      *sw_journal_list_timeline        (SwJournal          *self,
                                                 const GDate        *first_day,
                                                 const GDate        *last_day,
                                                 GError            **error);
gboolean        sw_journal_get_first_day        (SwJournal          *self,
                                                 GDate              *day_out,
                                                 GError            **error);
GArray         *sw_journal_get_daily_summary    (SwJournal          *self,
                                                 const GDate        *first_day,
                                                 const GDate        *last_day,
                                                 GError            **error);

gboolean        sw_journal_is_flare_active      (SwJournal          *self,
                                                 gboolean            user_switch_on,
                                                 GError            **error);
gboolean        sw_journal_set_onset            (SwJournal          *self,
                                                 GDateTime          *onset,
                                                 GError            **error);
gboolean        sw_journal_get_onset            (SwJournal          *self,
                                                 GDateTime         **onset_out,
                                                 GError            **error);
gboolean        sw_journal_get_episode_onset    (SwJournal          *self,
                                                 GDateTime         **onset_out,
                                                 GError            **error);

G_END_DECLS

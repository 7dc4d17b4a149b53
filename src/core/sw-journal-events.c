/* sw-journal-events.c: what the other tabs and the reminder daemon record in the journal
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-journal-private.h"

#include <string.h>

#include <glib/gi18n-lib.h>

/* Check results, break events, exercise and compress sessions, posture
 * checks: each is one row written by add_record (), and read back by the
 * timeline (sw-journal-queries.c) and the getters here. */

G_DEFINE_BOXED_TYPE (SwJournalCheck, sw_journal_check, sw_journal_check_copy, sw_journal_check_free)

/* Indexed by SwJournalBreakKind; the CHECK in the schema lists the same. */
static const char * const break_kinds[] = {
  "due", "shown", "started", "completed", "snoozed", "skipped", "natural",
};

static const char * const compress_kinds[] = { "cold", "warm" };

static const char * const outcomes[] = {
  "EMERGENCY", "SEE_DOCTOR_SOON", "WATCH_AND_SELF_CARE", "LIKELY_MUSCULAR",
};

/* ------------------------------------------------------------------------ */
/* The records and their keys                                               */

/**
 * sw_journal_check_new:
 * @outcome: an outcome key, e.g. "SEE_DOCTOR_SOON"
 *
 * Returns: (transfer full): a check result with empty answers and rules
 */
SwJournalCheck *
sw_journal_check_new (const char *outcome)
{
  SwJournalCheck *check = g_new0 (SwJournalCheck, 1);

  check->outcome = g_strdup (outcome);
  check->answers = g_strdup ("");
  check->deciding_rules = g_strdup ("");
  check->also_noted = g_strdup ("");

  return check;
}

SwJournalCheck *
sw_journal_check_copy (const SwJournalCheck *check)
{
  SwJournalCheck *copy;

  g_return_val_if_fail (check != NULL, NULL);

  copy = g_new0 (SwJournalCheck, 1);
  copy->id = check->id;
  copy->time_us = check->time_us;
  copy->outcome = g_strdup (check->outcome);
  copy->urgency = g_strdup (check->urgency);
  copy->answers = g_strdup (check->answers);
  copy->deciding_rules = g_strdup (check->deciding_rules);
  copy->also_noted = g_strdup (check->also_noted);

  return copy;
}

void
sw_journal_check_free (SwJournalCheck *check)
{
  if (check == NULL)
    return;

  g_free (check->outcome);
  g_free (check->urgency);
  g_free (check->answers);
  g_free (check->deciding_rules);
  g_free (check->also_noted);
  g_free (check);
}

const char *
sw_journal_break_kind_to_key (SwJournalBreakKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (break_kinds), NULL);

  return break_kinds[kind];
}

const char *
sw_journal_compress_kind_to_key (SwJournalCompressKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (compress_kinds), NULL);

  return compress_kinds[kind];
}

/* Returns: the SwJournalBreakKind stored as @key, or -1 */
int
_sw_journal_break_kind_from_key (const char *key)
{
  if (key == NULL)
    return -1;

  for (guint i = 0; i < G_N_ELEMENTS (break_kinds); i++)
    if (strcmp (break_kinds[i], key) == 0)
      return (int) i;

  return -1;
}

/* ------------------------------------------------------------------------ */
/* Checking what comes in                                                   */

static gboolean
resolve_time (SwJournal  *self,
              gint64      time_us,
              gint64     *resolved,
              GError    **error)
{
  if (time_us == SW_JOURNAL_TIME_NOW)
    time_us = sw_clock_get_real_us (self->clock);

  if (time_us < 0)
    {
      g_set_error_literal (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_INVALID,
                           _("The record’s date is not valid."));
      return FALSE;
    }

  *resolved = time_us;
  return TRUE;
}

static gboolean
is_outcome_key (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (outcomes); i++)
    if (g_strcmp0 (outcomes[i], key) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
check_text (const char  *text,
            GError     **error)
{
  if (text == NULL || g_utf8_validate (text, -1, NULL))
    return TRUE;

  g_set_error_literal (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_INVALID,
                       _("The record contains characters that are not valid text."));
  return FALSE;
}

/* Joins keys with commas; a key may not be empty or hold a comma. */
static char *
join_keys (const char * const  *keys,
           GError             **error)
{
  g_autoptr(GString) joined = g_string_new (NULL);

  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    {
      if (*keys[i] == '\0' || strchr (keys[i], ',') != NULL || !check_text (keys[i], error))
        {
          if (error != NULL && *error == NULL)
            g_set_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_INVALID,
                         _("“%s” is not a valid key."), keys[i]);
          return NULL;
        }
      if (i > 0)
        g_string_append_c (joined, ',');
      g_string_append (joined, keys[i]);
    }

  return g_string_free (g_steal_pointer (&joined), FALSE);
}

/* ------------------------------------------------------------------------ */
/* Saving                                                                   */

/* A value for one parameter of an INSERT: a number, a text, or SQL NULL. */
typedef struct
{
  gboolean    is_text;
  gint64      number;
  const char *text;   /* NULL with is_text: SQL NULL */
} Value;

#define VALUE_INT(n)  ((Value) { FALSE, (n), NULL })
#define VALUE_TEXT(t) ((Value) { TRUE, 0, (t) })
#define VALUE_NULL    ((Value) { TRUE, 0, NULL })

/* One new row: the statement, its parameters in order, and the new id. */
typedef struct
{
  StmtId  stmt;
  Value   values[6];
  gint64  id;
} Record;

static gboolean
insert_record (SwJournal  *self,
               gpointer    data,
               GError    **error)
{
  Record *record = data;
  g_autoptr(StmtLease) stmt = _sw_journal_lease_stmt (self, record->stmt, error);
  int n_params;

  if (stmt == NULL)
    return FALSE;

  n_params = sqlite3_bind_parameter_count (stmt);
  g_assert (n_params <= (int) G_N_ELEMENTS (record->values));

  for (int i = 0; i < n_params; i++)
    {
      const Value *value = &record->values[i];

      if (!value->is_text)
        sqlite3_bind_int64 (stmt, i + 1, value->number);
      else if (value->text != NULL)
        sqlite3_bind_text (stmt, i + 1, value->text, -1, SQLITE_TRANSIENT);
      else
        sqlite3_bind_null (stmt, i + 1);
    }

  if (!_sw_journal_step_done (self, stmt, error))
    return FALSE;

  record->id = sqlite3_last_insert_rowid (self->db);
  return TRUE;
}

/* Saves @record and tells the journal's users a record of @type came. */
static gboolean
add_record (SwJournal          *self,
            Record             *record,
            SwJournalItemType   type,
            gint64             *id_out,
            GError            **error)
{
  if (!_sw_journal_run_write (self, insert_record, record, error))
    return FALSE;

  if (id_out != NULL)
    *id_out = record->id;

  _sw_journal_emit_changed (self, type);
  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Check results                                                            */

/**
 * sw_journal_add_check:
 * @check: a checker result; time_us 0 means now
 *
 * Saves @check and sets its id and time.
 */
gboolean
sw_journal_add_check (SwJournal       *self,
                      SwJournalCheck  *check,
                      GError         **error)
{
  gint64 time_us;
  gint64 id;

  g_return_val_if_fail (SW_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (check != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!resolve_time (self, check->time_us, &time_us, error))
    return FALSE;

  if (!is_outcome_key (check->outcome) ||
      (check->urgency != NULL && g_strcmp0 (check->urgency, "today") != 0 &&
       g_strcmp0 (check->urgency, "soon") != 0))
    {
      g_set_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_INVALID,
                   _("“%s” is not a result the symptom checker gives."),
                   check->outcome != NULL ? check->outcome : "");
      return FALSE;
    }

  if (!check_text (check->answers, error) || !check_text (check->deciding_rules, error) ||
      !check_text (check->also_noted, error))
    return FALSE;

  if (!add_record (self, &(Record) {
                     STMT_INSERT_CHECK,
                     { VALUE_INT (time_us), VALUE_TEXT (check->outcome),
                       VALUE_TEXT (check->urgency),
                       VALUE_TEXT (check->answers ? check->answers : ""),
                       VALUE_TEXT (check->deciding_rules ? check->deciding_rules : ""),
                       VALUE_TEXT (check->also_noted ? check->also_noted : "") },
                     0 },
                   SW_JOURNAL_ITEM_CHECK, &id, error))
    return FALSE;

  check->id = id;
  check->time_us = time_us;
  return TRUE;
}

/* A row of STMT_LAST_CHECK or STMT_LIST_CHECKS. */
static SwJournalCheck *
check_from_row (sqlite3_stmt *stmt)
{
  SwJournalCheck *check = sw_journal_check_new ((const char *) sqlite3_column_text (stmt, 2));

  check->id = sqlite3_column_int64 (stmt, 0);
  check->time_us = sqlite3_column_int64 (stmt, 1);
  check->urgency = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
  g_free (check->answers);
  check->answers = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
  g_free (check->deciding_rules);
  check->deciding_rules = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
  g_free (check->also_noted);
  check->also_noted = g_strdup ((const char *) sqlite3_column_text (stmt, 6));

  return check;
}

/**
 * sw_journal_get_last_check:
 * @check_out: (out) (transfer full) (nullable): the newest check result, or
 *   %NULL if there is none
 */
gboolean
sw_journal_get_last_check (SwJournal       *self,
                           SwJournalCheck **check_out,
                           GError         **error)
{
  g_return_val_if_fail (SW_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (check_out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _sw_journal_read_first_row (self, STMT_LAST_CHECK, (SwJournalRowFunc) check_from_row,
                                     (gpointer *) check_out, error);
}

/**
 * sw_journal_list_checks:
 * @first_day: the first local day, inclusive
 * @last_day: the last local day, inclusive
 *
 * The check results saved on those days, with their answers, for a report.
 *
 * Returns: (transfer container) (element-type SwJournalCheck): newest first
 */
GPtrArray *
sw_journal_list_checks (SwJournal    *self,
                        const GDate  *first_day,
                        const GDate  *last_day,
                        GError      **error)
{
  g_return_val_if_fail (SW_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (_sw_journal_valid_day_range (first_day, last_day), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _sw_journal_list_days (self, STMT_LIST_CHECKS, first_day, last_day,
                                (SwJournalRowFunc) check_from_row,
                                (GDestroyNotify) sw_journal_check_free, error);
}

/* ------------------------------------------------------------------------ */
/* Break events and sessions                                                */

/**
 * sw_journal_add_break_event:
 * @time_us: when it happened (see #SwJournalBreakKind), or %SW_JOURNAL_TIME_NOW
 * @length_s: the break's length in seconds, or -1 if it has none
 * @id_out: (out) (optional): the new record's id
 */
gboolean
sw_journal_add_break_event (SwJournal           *self,
                            gint64               time_us,
                            SwJournalBreakKind   kind,
                            int                  length_s,
                            gint64              *id_out,
                            GError             **error)
{
  g_return_val_if_fail (SW_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (kind < G_N_ELEMENTS (break_kinds), FALSE);
  g_return_val_if_fail (length_s >= -1, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!resolve_time (self, time_us, &time_us, error))
    return FALSE;

  return add_record (self, &(Record) {
                       STMT_INSERT_BREAK,
                       { VALUE_INT (time_us), VALUE_TEXT (break_kinds[kind]),
                         length_s >= 0 ? VALUE_INT (length_s) : VALUE_NULL },
                       0 },
                     SW_JOURNAL_ITEM_BREAK, id_out, error);
}

/**
 * sw_journal_add_exercise_session:
 * @plan: the plan key, e.g. "office"
 * @exercises: (array zero-terminated=1) (nullable): keys of the exercises done
 * @id_out: (out) (optional): the new record's id
 */
gboolean
sw_journal_add_exercise_session (SwJournal           *self,
                                 gint64               time_us,
                                 const char          *plan,
                                 const char * const  *exercises,
                                 guint                duration_s,
                                 gboolean             completed,
                                 gint64              *id_out,
                                 GError             **error)
{
  g_autofree char *joined = NULL;

  g_return_val_if_fail (SW_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (plan != NULL, FALSE);
  g_return_val_if_fail (duration_s <= G_MAXINT, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!resolve_time (self, time_us, &time_us, error))
    return FALSE;

  if (*plan == '\0' || !check_text (plan, error))
    {
      if (error != NULL && *error == NULL)
        g_set_error_literal (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_INVALID,
                             _("The exercise session has no plan."));
      return FALSE;
    }

  joined = join_keys (exercises, error);
  if (joined == NULL)
    return FALSE;

  return add_record (self, &(Record) {
                       STMT_INSERT_EXERCISE,
                       { VALUE_INT (time_us), VALUE_TEXT (plan), VALUE_TEXT (joined),
                         VALUE_INT (duration_s), VALUE_INT (completed ? 1 : 0) },
                       0 },
                     SW_JOURNAL_ITEM_EXERCISE, id_out, error);
}

/**
 * sw_journal_add_compress_session:
 * @time_us: when the session started
 * @id_out: (out) (optional): the new record's id
 */
gboolean
sw_journal_add_compress_session (SwJournal              *self,
                                 gint64                  time_us,
                                 SwJournalCompressKind   kind,
                                 guint                   duration_s,
                                 gint64                 *id_out,
                                 GError                **error)
{
  g_return_val_if_fail (SW_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (kind < G_N_ELEMENTS (compress_kinds), FALSE);
  g_return_val_if_fail (duration_s <= G_MAXINT, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!resolve_time (self, time_us, &time_us, error))
    return FALSE;

  return add_record (self, &(Record) {
                       STMT_INSERT_COMPRESS,
                       { VALUE_INT (time_us), VALUE_TEXT (compress_kinds[kind]),
                         VALUE_INT (duration_s) },
                       0 },
                     SW_JOURNAL_ITEM_COMPRESS, id_out, error);
}

/* ------------------------------------------------------------------------ */
/* Posture checks                                                           */

/**
 * sw_journal_add_posture_check:
 * @score: 0 to 100
 * @ticked: (array zero-terminated=1) (nullable): keys of the ticked items
 * @id_out: (out) (optional): the new record's id
 */
gboolean
sw_journal_add_posture_check (SwJournal           *self,
                              gint64               time_us,
                              guint                score,
                              const char * const  *ticked,
                              gint64              *id_out,
                              GError             **error)
{
  g_autofree char *joined = NULL;

  g_return_val_if_fail (SW_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!resolve_time (self, time_us, &time_us, error))
    return FALSE;

  if (score > 100)
    {
      g_set_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_INVALID,
                   _("A posture score must be between 0 and 100, not %u."), score);
      return FALSE;
    }

  joined = join_keys (ticked, error);
  if (joined == NULL)
    return FALSE;

  return add_record (self, &(Record) {
                       STMT_INSERT_POSTURE,
                       { VALUE_INT (time_us), VALUE_INT (score), VALUE_TEXT (joined) },
                       0 },
                     SW_JOURNAL_ITEM_POSTURE, id_out, error);
}

/* A row of STMT_LAST_POSTURE, as a timeline item. */
static SwJournalItem *
posture_item_from_row (sqlite3_stmt *stmt)
{
  SwJournalItem *item = g_new0 (SwJournalItem, 1);

  item->type = SW_JOURNAL_ITEM_POSTURE;
  item->id = sqlite3_column_int64 (stmt, 0);
  item->time_us = sqlite3_column_int64 (stmt, 1);
  item->value = sqlite3_column_int (stmt, 2);
  item->text = g_strdup ((const char *) sqlite3_column_text (stmt, 3));

  return item;
}

/**
 * sw_journal_get_last_posture_check:
 * @item_out: (out) (transfer full) (nullable): the latest posture check, as a
 *   timeline item (value: the score, text: the ticked keys), or %NULL when
 *   none was ever saved
 *
 * Latest means the latest time; of two at the same time, the last saved.
 */
gboolean
sw_journal_get_last_posture_check (SwJournal      *self,
                                   SwJournalItem **item_out,
                                   GError        **error)
{
  g_return_val_if_fail (SW_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (item_out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _sw_journal_read_first_row (self, STMT_LAST_POSTURE,
                                     (SwJournalRowFunc) posture_item_from_row,
                                     (gpointer *) item_out, error);
}


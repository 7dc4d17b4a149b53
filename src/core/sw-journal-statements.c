/* sw-journal-statements.c: the journal's SQL, and how its reads and writes run
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-journal-private.h"

/* Each statement is prepared on first use and kept in self->stmts until
 * its connection closes (sw-journal-file.c); a use leases it, and the lease
 * resets it. Every value goes through sqlite3_bind_*. The tables are in
 * the migrations in sw-journal-file.c. */

/* The columns entry_from_row () reads, and the values bind_entry () binds
 * (sw-journal-entries.c). */
#define ENTRY_COLUMNS "id, uuid, created, modified, body_area, side, pain, kinds, triggers, note"
#define ENTRY_VALUES  "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9"
#define ENTRY_INSERT  "INSERT INTO symptom_entries " \
                      "(uuid, created, modified, body_area, side, pain, kinds, triggers, note) "

static const char * const stmt_sql[N_STMTS] = {
  [STMT_BEGIN] = "BEGIN IMMEDIATE",
  [STMT_COMMIT] = "COMMIT",
  [STMT_ROLLBACK] = "ROLLBACK",
  [STMT_INSERT_ENTRY] = ENTRY_INSERT "VALUES (" ENTRY_VALUES ")",
  [STMT_IMPORT_ENTRY] = ENTRY_INSERT "VALUES (" ENTRY_VALUES ") ON CONFLICT (uuid) DO NOTHING",
  [STMT_RESTORE_ENTRY] =
    "INSERT INTO symptom_entries (" ENTRY_COLUMNS ") VALUES (?10, " ENTRY_VALUES ")",
  [STMT_UPDATE_ENTRY] =
    "UPDATE symptom_entries SET created = ?2, modified = ?3, body_area = ?4, side = ?5,"
    " pain = ?6, kinds = ?7, triggers = ?8, note = ?9 WHERE id = ?10",
  [STMT_DELETE_ENTRY] = "DELETE FROM symptom_entries WHERE id = ?1 RETURNING " ENTRY_COLUMNS,
  [STMT_GET_ENTRY] = "SELECT " ENTRY_COLUMNS " FROM symptom_entries WHERE id = ?1",
  [STMT_LIST_ENTRIES] =
    "SELECT " ENTRY_COLUMNS " FROM symptom_entries WHERE created >= ?1 AND created < ?2"
    " ORDER BY created DESC, id DESC",
  [STMT_LIST_ALL_ENTRIES] =
    "SELECT " ENTRY_COLUMNS " FROM symptom_entries ORDER BY created, id",
  [STMT_INSERT_CHECK] =
    "INSERT INTO check_results (time, outcome, urgency, answers, deciding_rules, also_noted)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
  [STMT_LAST_CHECK] =
    "SELECT id, time, outcome, urgency, answers, deciding_rules, also_noted"
    " FROM check_results ORDER BY time DESC, id DESC LIMIT 1",
  [STMT_LIST_CHECKS] =
    "SELECT id, time, outcome, urgency, answers, deciding_rules, also_noted"
    " FROM check_results WHERE time >= ?1 AND time < ?2 ORDER BY time DESC, id DESC",
  [STMT_INSERT_BREAK] = "INSERT INTO break_events (time, kind, length_s) VALUES (?1, ?2, ?3)",
  [STMT_INSERT_EXERCISE] =
    "INSERT INTO exercise_sessions (time, plan, exercises, duration_s, completed)"
    " VALUES (?1, ?2, ?3, ?4, ?5)",
  [STMT_INSERT_COMPRESS] =
    "INSERT INTO compress_sessions (time, kind, duration_s) VALUES (?1, ?2, ?3)",
  [STMT_INSERT_POSTURE] =
    "INSERT INTO posture_checks (time, score, ticked) VALUES (?1, ?2, ?3)",
  [STMT_LAST_POSTURE] =
    "SELECT id, time, score, ticked FROM posture_checks ORDER BY time DESC, id DESC LIMIT 1",
  [STMT_TIMELINE] =
    "SELECT 0, id, created, body_area, side, pain, kinds, note FROM symptom_entries"
    "  WHERE created >= ?1 AND created < ?2"
    " UNION ALL SELECT 1, id, time, outcome, urgency, -1, 0, deciding_rules FROM check_results"
    "  WHERE time >= ?1 AND time < ?2"
    " UNION ALL SELECT 2, id, time, kind, NULL, coalesce (length_s, -1), 0, NULL FROM break_events"
    "  WHERE time >= ?1 AND time < ?2 AND kind IN ('completed', 'natural', 'skipped')"
    " UNION ALL SELECT 3, id, time, plan, NULL, duration_s, completed, exercises"
    "  FROM exercise_sessions WHERE time >= ?1 AND time < ?2"
    " UNION ALL SELECT 4, id, time, kind, NULL, duration_s, 0, NULL FROM compress_sessions"
    "  WHERE time >= ?1 AND time < ?2"
    " UNION ALL SELECT 5, id, time, NULL, NULL, score, 0, ticked FROM posture_checks"
    "  WHERE time >= ?1 AND time < ?2"
    " ORDER BY 3 DESC, 1, 2 DESC",
  [STMT_FIRST_TIME] =
    "SELECT min (t) FROM ("
    " SELECT min (created) AS t FROM symptom_entries"
    " UNION ALL SELECT min (time) FROM check_results"
    " UNION ALL SELECT min (time) FROM break_events"
    "  WHERE kind IN ('completed', 'natural', 'skipped')"
    " UNION ALL SELECT min (time) FROM exercise_sessions"
    " UNION ALL SELECT min (time) FROM compress_sessions"
    " UNION ALL SELECT min (time) FROM posture_checks)",
  [STMT_SUMMARY_ENTRIES] =
    "SELECT created, pain FROM symptom_entries WHERE created >= ?1 AND created < ?2"
    " ORDER BY created",
  [STMT_SUMMARY_BREAKS] =
    "SELECT time, kind, length_s FROM break_events WHERE time >= ?1 AND time < ?2"
    " ORDER BY time, id",
  [STMT_FLARE] =
    "SELECT EXISTS (SELECT 1 FROM check_results WHERE time > ?1"
    "               AND outcome IN ('WATCH_AND_SELF_CARE', 'SEE_DOCTOR_SOON'))"
    "    OR EXISTS (SELECT 1 FROM symptom_entries WHERE created > ?1"
    "               AND (pain >= 4 OR (kinds & ?2) != 0))",
  [STMT_PAINFUL_ENTRIES] =
    "SELECT created FROM symptom_entries WHERE pain >= 1 ORDER BY created DESC",
  [STMT_GET_SETTING] = "SELECT value FROM settings WHERE key = ?1",
  [STMT_SET_SETTING] =
    "INSERT INTO settings (key, value) VALUES (?1, ?2)"
    " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
  [STMT_DELETE_SETTING] = "DELETE FROM settings WHERE key = ?1",
};

void
_sw_journal_release_stmt (StmtLease *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

StmtLease *
_sw_journal_lease_stmt (SwJournal  *self,
                        StmtId      id,
                        GError    **error)
{
  g_assert (id < N_STMTS);
  g_assert (self->db != NULL);

  if (self->stmts[id] == NULL)
    {
      int rc = sqlite3_prepare_v3 (self->db, stmt_sql[id], -1, SQLITE_PREPARE_PERSISTENT,
                                   &self->stmts[id], NULL);
      if (rc != SQLITE_OK)
        {
          _sw_journal_set_db_error (self, NULL, rc, error);
          return NULL;
        }
    }

  return self->stmts[id];
}

/* Runs @stmt, which returns no rows, to its end. */
gboolean
_sw_journal_step_done (SwJournal     *self,
                       sqlite3_stmt  *stmt,
                       GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE)
    {
      _sw_journal_set_db_error (self, NULL, rc, error);
      return FALSE;
    }

  return TRUE;
}

/* Steps @stmt to its next row: TRUE with *@has_row saying whether there is
 * one, or FALSE with @error set. */
gboolean
_sw_journal_step_row (SwJournal     *self,
                      sqlite3_stmt  *stmt,
                      gboolean      *has_row,
                      GError       **error)
{
  int rc = sqlite3_step (stmt);

  *has_row = rc == SQLITE_ROW;
  if (rc == SQLITE_ROW || rc == SQLITE_DONE)
    return TRUE;

  _sw_journal_set_db_error (self, NULL, rc, error);
  return FALSE;
}

/* Runs @id, a query without parameters, and makes a record of its first
 * row with @row_func into *@row_out: NULL when there is no row. */
gboolean
_sw_journal_read_first_row (SwJournal         *self,
                            StmtId             id,
                            SwJournalRowFunc   row_func,
                            gpointer          *row_out,
                            GError           **error)
{
  g_autoptr(StmtLease) stmt = NULL;
  gboolean has_row;

  _sw_journal_prepare_read (self);

  *row_out = NULL;

  stmt = _sw_journal_lease_stmt (self, id, error);
  if (stmt == NULL || !_sw_journal_step_row (self, stmt, &has_row, error))
    return FALSE;

  if (has_row)
    *row_out = row_func (stmt);

  return TRUE;
}

/* Makes a record of every row @stmt returns, with @row_func.
 *
 * Returns: (transfer container): the records, freed with @free_func; NULL
 *   with @error set on failure */
GPtrArray *
_sw_journal_collect_rows (SwJournal         *self,
                          sqlite3_stmt      *stmt,
                          SwJournalRowFunc   row_func,
                          GDestroyNotify     free_func,
                          GError           **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (free_func);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, row_func (stmt));

  if (rc != SQLITE_DONE)
    {
      _sw_journal_set_db_error (self, NULL, rc, error);
      return NULL;
    }

  return g_steal_pointer (&rows);
}

static gboolean
run_stmt (SwJournal  *self,
          StmtId      id,
          GError    **error)
{
  g_autoptr(StmtLease) stmt = _sw_journal_lease_stmt (self, id, error);

  return stmt != NULL && _sw_journal_step_done (self, stmt, error);
}

gboolean
_sw_journal_begin_transaction (SwJournal  *self,
                               GError    **error)
{
  return run_stmt (self, STMT_BEGIN, error);
}

gboolean
_sw_journal_commit_transaction (SwJournal  *self,
                                GError    **error)
{
  if (run_stmt (self, STMT_COMMIT, error))
    return TRUE;

  /* A failed COMMIT may leave the transaction open. */
  _sw_journal_rollback_transaction (self);
  return FALSE;
}

void
_sw_journal_rollback_transaction (SwJournal *self)
{
  if (!sqlite3_get_autocommit (self->db))
    run_stmt (self, STMT_ROLLBACK, NULL);
}

/* Runs one write. The file is looked at first (sw-journal-recovery.c); a
 * write that meets a damaged file runs once more in the recovered journal. */
gboolean
_sw_journal_run_write (SwJournal           *self,
                       SwJournalWriteFunc   write,
                       gpointer             data,
                       GError             **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!_sw_journal_prepare_write (self, error))
    return FALSE;

  if (write (self, data, &local_error))
    return TRUE;

  if (!g_error_matches (local_error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_CORRUPT) ||
      !_sw_journal_recover_damaged (self))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  g_debug ("Writing again to the recovered journal %s", self->path);
  return _sw_journal_prepare_write (self, error) && write (self, data, error);
}

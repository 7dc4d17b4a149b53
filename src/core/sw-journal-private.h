/* sw-journal-private.h: the journal's struct and internals, shared by its files
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <fcntl.h>
#include <sys/types.h>

#include <sqlite3.h>

#include "sw-journal.h"

/* -std=c11 hides O_CLOEXEC; the descriptors the journal opens live for a
 * few lines. */
#ifndef O_CLOEXEC
#define O_CLOEXEC 0
#endif

G_BEGIN_DECLS

/*
 * SwJournal is split the Text Editor way (STYLE.md "Files"):
 *   sw-journal.c             the type, its properties and signals, opening
 *                            and the getters; how the journal keeps data
 *   sw-journal-statements.c  the SQL, prepared once and leased per use, and
 *                            how reads and writes run
 *   sw-journal-entries.c     symptom entries: add, edit, delete and undo,
 *                            read, list and import
 *   sw-journal-events.c      what the other tabs and the reminder daemon
 *                            record: check results, break events, exercise
 *                            and compress sessions, posture checks
 *   sw-journal-queries.c     reading by day: the history timeline, the daily
 *                            summary, flare and episode onset
 *   sw-journal-file.c        the file: its folder, format and schema, opening
 *                            and closing it
 *   sw-journal-recovery.c    keeping the file usable while the journal is
 *                            open: replaced, removed, damaged or read-only
 *   sw-journal-errors.c      SQLite and system errors in words a person can
 *                            act on
 */

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3, sqlite3_close_v2)

typedef enum
{
  STMT_BEGIN,
  STMT_COMMIT,
  STMT_ROLLBACK,
  STMT_INSERT_ENTRY,
  STMT_IMPORT_ENTRY,
  STMT_RESTORE_ENTRY,
  STMT_UPDATE_ENTRY,
  STMT_DELETE_ENTRY,
  STMT_GET_ENTRY,
  STMT_LIST_ENTRIES,
  STMT_LIST_ALL_ENTRIES,
  STMT_INSERT_CHECK,
  STMT_LAST_CHECK,
  STMT_LIST_CHECKS,
  STMT_INSERT_BREAK,
  STMT_INSERT_EXERCISE,
  STMT_INSERT_COMPRESS,
  STMT_INSERT_POSTURE,
  STMT_LAST_POSTURE,
  STMT_TIMELINE,
  STMT_FIRST_TIME,
  STMT_SUMMARY_ENTRIES,
  STMT_SUMMARY_BREAKS,
  STMT_FLARE,
  STMT_PAINFUL_ENTRIES,
  STMT_GET_SETTING,
  STMT_SET_SETTING,
  STMT_DELETE_SETTING,
  N_STMTS
} StmtId;

/* Which file a name pointed to: to notice another one taking its place. */
typedef struct
{
  dev_t dev;
  ino_t ino;
} SwFileId;

/* What is at the journal's path, compared with what self->db has open. */
typedef enum
{
  FILE_OURS,          /* the file self->db has open, still a database */
  FILE_UNKNOWN,       /* cannot be looked at (permissions): left alone */
  FILE_MISSING,       /* nothing at the path any more */
  FILE_OTHER_JOURNAL, /* another journal took its place */
  FILE_TOO_NEW,       /* a journal from a newer Sitwell took its place */
  FILE_DAMAGED,       /* not a database any more, or something else took its place */
} SwFileState;

struct _SwJournal
{
  GObject             parent_instance;

  GFile              *file;
  SwClock            *clock;
  GFile              *moved_aside;

  char               *path;
  char               *dir;
  char               *read_only_reason;
  sqlite3            *db;
  sqlite3_stmt       *stmts[N_STMTS];

  /* The files self->db has open, to notice another one taking the place
   * of the journal, and to tell its -wal and -shm from the newcomer's. */
  SwFileId            file_id;
  SwFileId            wal_id;
  SwFileId            shm_id;

  SwJournalOpenFlags  flags;
  guint               read_only : 1;
  /* No file yet: its folder could not be written. An empty journal in
   * memory stands in, read-only, until a write finds the folder writable. */
  guint               in_memory : 1;
  /* A query met a damaged file: look at the file before the next one. */
  guint               suspect : 1;
  /* Inside recovery, or telling others about it: no second one. */
  guint               recovering : 1;
};

/* A cached statement lent out for one use: reset, not finalized, on release. */
typedef sqlite3_stmt StmtLease;

void _sw_journal_release_stmt (StmtLease *stmt);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StmtLease, _sw_journal_release_stmt)

/* Makes a record of the current row of a query. */
typedef gpointer (*SwJournalRowFunc)   (sqlite3_stmt  *stmt);

/* One write, run by _sw_journal_run_write (); leaves no transaction open
 * when it fails. */
typedef gboolean (*SwJournalWriteFunc) (SwJournal     *self,
                                        gpointer       data,
                                        GError       **error);

/* sw-journal.c: telling the journal's users */
void        _sw_journal_emit_changed           (SwJournal          *self,
                                                SwJournalItemType   type);
void        _sw_journal_emit_recovered         (SwJournal          *self,
                                                GFile              *kept,
                                                gboolean            entries_kept);
void        _sw_journal_notify_read_only       (SwJournal          *self);

/* sw-journal-statements.c: running the SQL */
StmtLease  *_sw_journal_lease_stmt             (SwJournal          *self,
                                                StmtId              id,
                                                GError            **error);
gboolean    _sw_journal_step_done              (SwJournal          *self,
                                                sqlite3_stmt       *stmt,
                                                GError            **error);
gboolean    _sw_journal_step_row               (SwJournal          *self,
                                                sqlite3_stmt       *stmt,
                                                gboolean           *has_row,
                                                GError            **error);
gboolean    _sw_journal_read_first_row         (SwJournal          *self,
                                                StmtId              id,
                                                SwJournalRowFunc    row_func,
                                                gpointer           *row_out,
                                                GError            **error);
GPtrArray  *_sw_journal_collect_rows           (SwJournal          *self,
                                                sqlite3_stmt       *stmt,
                                                SwJournalRowFunc    row_func,
                                                GDestroyNotify      free_func,
                                                GError            **error);
gboolean    _sw_journal_begin_transaction      (SwJournal          *self,
                                                GError            **error);
gboolean    _sw_journal_commit_transaction     (SwJournal          *self,
                                                GError            **error);
void        _sw_journal_rollback_transaction   (SwJournal          *self);
gboolean    _sw_journal_run_write              (SwJournal          *self,
                                                SwJournalWriteFunc  write,
                                                gpointer            data,
                                                GError            **error);

/* sw-journal-events.c */
int         _sw_journal_break_kind_from_key    (const char         *key);

/* sw-journal-queries.c: local days */
gboolean    _sw_journal_valid_day_range        (const GDate        *first_day,
                                                const GDate        *last_day);
GPtrArray  *_sw_journal_list_days              (SwJournal          *self,
                                                StmtId              id,
                                                const GDate        *first_day,
                                                const GDate        *last_day,
                                                SwJournalRowFunc    row_func,
                                                GDestroyNotify      free_func,
                                                GError            **error);

/* sw-journal-file.c: the file, its format, opening and closing it */
gboolean    _sw_journal_open_file              (SwJournal          *self,
                                                GError            **error);
void        _sw_journal_close_file             (SwJournal          *self);
gboolean    _sw_journal_ensure_folder          (SwJournal          *self,
                                                GError            **error);
gboolean    _sw_journal_ensure_file            (SwJournal          *self,
                                                GError            **error);
gboolean    _sw_journal_check_header           (SwJournal          *self,
                                                GError            **error);
gboolean    _sw_journal_open_connection        (SwJournal          *self,
                                                gboolean            writable,
                                                gboolean            immutable,
                                                int                *failed_rc,
                                                sqlite3           **db_out,
                                                GError            **error);
gboolean    _sw_journal_try_open               (SwJournal          *self,
                                                GError            **error);
void        _sw_journal_open_in_memory         (SwJournal          *self,
                                                const char         *reason);
void        _sw_journal_set_read_only          (SwJournal          *self,
                                                gboolean            read_only,
                                                const char         *reason);
void        _sw_journal_remember_file          (SwJournal          *self);
SwFileState _sw_journal_inspect_file           (SwJournal          *self);
void        _sw_journal_remove_own_side_files  (SwJournal          *self);
void        _sw_journal_finalize_stmts         (SwJournal          *self);
void        _sw_journal_close_db               (SwJournal          *self,
                                                gboolean            leave_side_files);
int         _sw_journal_lock_folder            (SwJournal          *self);
void        _sw_journal_unlock_folder          (int                 fd);
void        _sw_journal_sync_path              (const char         *path);

/* sw-journal-recovery.c: keeping the file usable while the journal is open */
gboolean    _sw_journal_prepare_write          (SwJournal          *self,
                                                GError            **error);
void        _sw_journal_prepare_read           (SwJournal          *self);
gboolean    _sw_journal_recover_damaged        (SwJournal          *self);
gboolean    _sw_journal_replace_damaged_file   (SwJournal          *self,
                                                const char         *rescued,
                                                gboolean           *rescue_used,
                                                GError            **error);

/* sw-journal-errors.c: what went wrong, in words */
gboolean    _sw_journal_errno_means_read_only  (int                 saved_errno);
gboolean    _sw_journal_rc_means_read_only     (int                 rc);
char       *_sw_journal_describe_read_only     (SwJournal          *self);
void        _sw_journal_set_errno_error        (SwJournal          *self,
                                                int                 saved_errno,
                                                const char         *path,
                                                GError            **error);
void        _sw_journal_set_db_error           (SwJournal          *self,
                                                sqlite3            *db,
                                                int                 rc,
                                                GError            **error);

G_END_DECLS

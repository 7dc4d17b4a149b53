/* sw-journal-private.h: what sw-journal.c and sw-journal-file.c share
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sys/types.h>

#include <sqlite3.h>

#include "sw-journal.h"

G_BEGIN_DECLS

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

/* sw-journal-file.c: the file, its format, and keeping it usable */
gboolean _sw_journal_open_file        (SwJournal  *self,
                                       GError    **error);
void     _sw_journal_close_file       (SwJournal  *self);
gboolean _sw_journal_prepare_write    (SwJournal  *self,
                                       GError    **error);
void     _sw_journal_prepare_read     (SwJournal  *self);
gboolean _sw_journal_recover_damaged  (SwJournal  *self);
void     _sw_journal_set_db_error     (SwJournal  *self,
                                       sqlite3    *db,
                                       int         rc,
                                       GError    **error);

/* sw-journal.c: telling the journal's users */
void     _sw_journal_emit_changed     (SwJournal         *self,
                                       SwJournalItemType  type);
void     _sw_journal_emit_recovered   (SwJournal         *self,
                                       GFile             *kept,
                                       gboolean           entries_kept);
void     _sw_journal_notify_read_only (SwJournal         *self);

G_END_DECLS

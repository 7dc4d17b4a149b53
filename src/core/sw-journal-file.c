/* sw-journal-file.c: the journal's file: its folder, format and schema, opening and closing it
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-journal-private.h"

#include <errno.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#define BUSY_TIMEOUT_MS  5000
#define SQLITE_MAGIC     "SQLite format 3"

/* ------------------------------------------------------------------------ */
/* The schema                                                               */

/* migrations[n] takes the schema from version n to n + 1. Never edit one
 * that has shipped; add a new one and raise SW_JOURNAL_SCHEMA_VERSION. */
static const char * const migrations[] = {
  /* 0 → 1: symptom entries */
  "CREATE TABLE symptom_entries ("
  "  id        INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  uuid      TEXT NOT NULL UNIQUE,"
  "  created   INTEGER NOT NULL,"
  "  modified  INTEGER,"
  "  body_area TEXT NOT NULL,"
  "  side      TEXT NOT NULL CHECK (side IN ('left', 'right', 'both')),"
  "  pain      INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),"
  "  kinds     INTEGER NOT NULL DEFAULT 0 CHECK (kinds >= 0),"
  "  triggers  INTEGER NOT NULL DEFAULT 0 CHECK (triggers >= 0),"
  "  note      TEXT NOT NULL DEFAULT '' CHECK (length (note) <= 2000)"
  ");"
  "CREATE INDEX symptom_entries_by_created ON symptom_entries (created, pain, kinds);",

  /* 1 → 2: everything the other tabs and the reminder daemon record */
  "CREATE TABLE check_results ("
  "  id             INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  time           INTEGER NOT NULL,"
  "  outcome        TEXT NOT NULL CHECK (outcome IN ('EMERGENCY', 'SEE_DOCTOR_SOON',"
  "                                                  'WATCH_AND_SELF_CARE', 'LIKELY_MUSCULAR')),"
  "  urgency        TEXT CHECK (urgency IS NULL OR urgency IN ('today', 'soon')),"
  "  answers        TEXT NOT NULL DEFAULT '',"
  "  deciding_rules TEXT NOT NULL DEFAULT '',"
  "  also_noted     TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE INDEX check_results_by_time ON check_results (time, outcome);"
  "CREATE TABLE break_events ("
  "  id       INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  time     INTEGER NOT NULL,"
  "  kind     TEXT NOT NULL CHECK (kind IN ('due', 'shown', 'started', 'completed',"
  "                                         'snoozed', 'skipped', 'natural')),"
  "  length_s INTEGER CHECK (length_s IS NULL OR length_s >= 0)"
  ");"
  "CREATE INDEX break_events_by_time ON break_events (time, kind, length_s);"
  "CREATE TABLE exercise_sessions ("
  "  id         INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  time       INTEGER NOT NULL,"
  "  plan       TEXT NOT NULL,"
  "  exercises  TEXT NOT NULL DEFAULT '',"
  "  duration_s INTEGER NOT NULL CHECK (duration_s >= 0),"
  "  completed  INTEGER NOT NULL CHECK (completed IN (0, 1))"
  ");"
  "CREATE INDEX exercise_sessions_by_time ON exercise_sessions (time);"
  "CREATE TABLE compress_sessions ("
  "  id         INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  time       INTEGER NOT NULL,"
  "  kind       TEXT NOT NULL CHECK (kind IN ('cold', 'warm')),"
  "  duration_s INTEGER NOT NULL CHECK (duration_s >= 0)"
  ");"
  "CREATE INDEX compress_sessions_by_time ON compress_sessions (time);"
  "CREATE TABLE posture_checks ("
  "  id     INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  time   INTEGER NOT NULL,"
  "  score  INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),"
  "  ticked TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE INDEX posture_checks_by_time ON posture_checks (time);"
  "CREATE TABLE settings ("
  "  key   TEXT PRIMARY KEY NOT NULL,"
  "  value TEXT NOT NULL"
  ") WITHOUT ROWID;",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == SW_JOURNAL_SCHEMA_VERSION);

/* ------------------------------------------------------------------------ */
/* The folder and the file                                                  */

static void
tighten_mode (const char *path)
{
  struct stat st;

  if (g_stat (path, &st) != 0)
    return;

  if ((st.st_mode & 077) != 0 && g_chmod (path, st.st_mode & 0700) != 0)
    g_debug ("Could not make %s private: %s", path, g_strerror (errno));
}

gboolean
_sw_journal_ensure_folder (SwJournal  *self,
                           GError    **error)
{
  /* A folder made by an older version or by hand is made private too. */
  if (g_file_test (self->dir, G_FILE_TEST_IS_DIR))
    {
      tighten_mode (self->dir);
      return TRUE;
    }

  if (g_mkdir_with_parents (self->dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *dir_name = g_filename_display_name (self->dir);

      if (_sw_journal_errno_means_read_only (saved_errno))
        g_set_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_READ_ONLY,
                     _("Sitwell cannot create the folder “%s” for its journal because its parent "
                       "folder is read-only."), dir_name);
      else
        _sw_journal_set_errno_error (self, saved_errno, self->dir, error);
      return FALSE;
    }

  /* Exactly 0700 whatever the umask. */
  if (g_chmod (self->dir, 0700) != 0)
    g_debug ("Could not set the mode of %s: %s", self->dir, g_strerror (errno));

  return TRUE;
}

/* Creates the file as 0600 before SQLite sees it, so it is never briefly
 * readable by others; tightens an existing one. */
gboolean
_sw_journal_ensure_file (SwJournal  *self,
                         GError    **error)
{
  static const char * const suffixes[] = { "-wal", "-shm", "-journal" };
  int fd;

  fd = g_open (self->path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd >= 0)
    {
      if (fchmod (fd, 0600) != 0)
        g_debug ("Could not set the mode of %s: %s", self->path, g_strerror (errno));
      g_close (fd, NULL);
      return TRUE;
    }

  if (errno != EEXIST)
    {
      _sw_journal_set_errno_error (self, errno, self->path, error);
      return FALSE;
    }

  tighten_mode (self->path);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *side_file = g_strconcat (self->path, suffixes[i], NULL);
      tighten_mode (side_file);
    }

  return TRUE;
}

/* The folder lock: held while files in the journal's folder are created,
 * moved or replaced, so the app and the reminder daemon, starting or
 * recovering together, never move each other's fresh journal aside. A
 * folder that cannot be locked (gone, or a file system without flock)
 * goes unlocked. Returns the descriptor to hand to
 * _sw_journal_unlock_folder (). */
int
_sw_journal_lock_folder (SwJournal *self)
{
  int fd = g_open (self->dir, O_RDONLY | O_CLOEXEC, 0);

  if (fd < 0)
    return -1;

  while (flock (fd, LOCK_EX) != 0)
    {
      if (errno != EINTR)
        {
          g_debug ("Could not lock %s: %s", self->dir, g_strerror (errno));
          break;
        }
    }

  return fd;
}

void
_sw_journal_unlock_folder (int fd)
{
  /* Closing the descriptor lets go of the lock. */
  if (fd >= 0)
    g_close (fd, NULL);
}

/* Flushes @path (a file or a folder) to the disk. */
void
_sw_journal_sync_path (const char *path)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);

  if (fd < 0)
    return;

  if (fsync (fd) != 0)
    g_debug ("Could not flush %s: %s", path, g_strerror (errno));
  g_close (fd, NULL);
}

/* ------------------------------------------------------------------------ */
/* The header                                                               */

static void
set_too_new_error (SwJournal  *self,
                   int         version,
                   GError    **error)
{
  g_autofree char *file_name = g_filename_display_name (self->path);

  g_set_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_TOO_NEW,
               _("The journal “%s” was written by a newer version of Sitwell (format %d; "
                 "this version understands up to %d). Update Sitwell to use it; the file "
                 "has not been changed."),
               file_name, version, SW_JOURNAL_SCHEMA_VERSION);
}

/* Reads up to the 100 bytes of an SQLite header from @fd; -1 with errno
 * set on failure. */
static gssize
read_header (int     fd,
             guint8  header[100])
{
  gsize n_read = 0;

  while (n_read < 100)
    {
      gssize n = read (fd, header + n_read, 100 - n_read);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return -1;
      if (n == 0)
        break;
      n_read += (gsize) n;
    }

  return (gssize) n_read;
}

/* Reads up to the 100 bytes of the SQLite header of the file at @path,
 * and which file that is into @st; -1 with errno set on failure. */
static gssize
read_header_at (const char  *path,
                guint8       header[100],
                struct stat *st)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  gssize n_read;
  int saved_errno;

  if (fd < 0)
    return -1;

  n_read = fstat (fd, st) == 0 ? read_header (fd, header) : -1;
  saved_errno = errno;
  g_close (fd, NULL);
  errno = saved_errno;

  return n_read;
}

static gboolean
header_is_database (const guint8 *header,
                    gssize        n_read)
{
  return n_read == 100 && memcmp (header, SQLITE_MAGIC, sizeof SQLITE_MAGIC) == 0;
}

/* user_version: a big-endian 32-bit signed integer at offset 60. */
static gint32
header_version (const guint8 *header)
{
  return (gint32) ((guint32) header[60] << 24 | (guint32) header[61] << 16 |
                   (guint32) header[62] << 8 | (guint32) header[63]);
}

/* Whether a schema version is one this build does not know: written by a
 * newer Sitwell (a negative one cannot be ours either). */
static gboolean
version_is_too_new (gint32 version)
{
  return version > SW_JOURNAL_SCHEMA_VERSION || version < 0;
}

/* Reads the 100-byte SQLite header by hand, so a file from a newer Sitwell
 * is refused before SQLite could change a byte of it. */
gboolean
_sw_journal_check_header (SwJournal  *self,
                          GError    **error)
{
  g_autofree char *file_name = g_filename_display_name (self->path);
  guint8 header[100];
  struct stat st;
  gssize n_read;
  gint32 version;

  n_read = read_header_at (self->path, header, &st);
  if (n_read < 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT)
        g_set_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_NOT_FOUND,
                     _("There is no journal at “%s”."), file_name);
      else
        g_set_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_IO,
                     _("Sitwell cannot read its journal “%s”: %s."), file_name,
                     g_strerror (saved_errno));
      return FALSE;
    }

  /* An empty file is a new database to SQLite. */
  if (n_read == 0)
    return TRUE;

  if (!header_is_database (header, n_read))
    {
      g_set_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_CORRUPT,
                   _("The journal file “%s” is not a database."), file_name);
      return FALSE;
    }

  version = header_version (header);
  if (version_is_too_new (version))
    {
      set_too_new_error (self, version, error);
      return FALSE;
    }

  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Connections                                                              */

static gboolean
query_int (SwJournal   *self,
           sqlite3     *db,
           const char  *sql,
           int         *value,
           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);

  if (rc != SQLITE_ROW)
    {
      _sw_journal_set_db_error (self, db, rc, error);
      return FALSE;
    }

  *value = sqlite3_column_int (stmt, 0);
  return TRUE;
}

static gboolean
exec_sql (SwJournal   *self,
          sqlite3     *db,
          const char  *sql,
          GError     **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      _sw_journal_set_db_error (self, db, rc, error);
      return FALSE;
    }

  return TRUE;
}

/* Runs each missing migration in its own transaction. */
static gboolean
migrate (SwJournal  *self,
         sqlite3    *db,
         GError    **error)
{
  int current;

  /* The usual case: nothing to do, and no write lock taken. */
  if (!query_int (self, db, "PRAGMA user_version", &current, error))
    return FALSE;
  if (current == SW_JOURNAL_SCHEMA_VERSION)
    return TRUE;

  for (;;)
    {
      g_autofree char *set_version = NULL;
      int version;

      if (!exec_sql (self, db, "BEGIN IMMEDIATE", error))
        return FALSE;

      /* Read inside the transaction: another process may have just migrated. */
      if (!query_int (self, db, "PRAGMA user_version", &version, error))
        goto fail;

      if (version == SW_JOURNAL_SCHEMA_VERSION)
        return exec_sql (self, db, "COMMIT", error);

      if (version_is_too_new (version))
        {
          set_too_new_error (self, version, error);
          goto fail;
        }

      g_debug ("Migrating journal %s from version %d to %d", self->path, version, version + 1);

      set_version = g_strdup_printf ("PRAGMA user_version = %d", version + 1);
      if (!exec_sql (self, db, migrations[version], error) ||
          !exec_sql (self, db, set_version, error) ||
          !exec_sql (self, db, "COMMIT", error))
        goto fail;

      continue;

    fail:
      if (!sqlite3_get_autocommit (db))
        sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
}

/* A connection to write with: WAL, each commit on disk when it returns,
 * and the schema up to date. */
static gboolean
set_up_writable (SwJournal  *self,
                 sqlite3    *db,
                 int        *failed_rc,
                 GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "PRAGMA journal_mode = WAL", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW ||
      g_ascii_strcasecmp ((const char *) sqlite3_column_text (stmt, 0), "wal") != 0)
    {
      *failed_rc = rc == SQLITE_ROW ? SQLITE_READONLY : rc;
      _sw_journal_set_db_error (self, db, *failed_rc, error);
      return FALSE;
    }
  g_clear_pointer (&stmt, sqlite3_finalize);

  if (!exec_sql (self, db, "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON", error) ||
      !migrate (self, db, error))
    {
      *failed_rc = sqlite3_extended_errcode (db);
      return FALSE;
    }

  return TRUE;
}

/* A connection to read with: a schema older than this build's cannot be
 * read until the journal can be written to update it. */
static gboolean
set_up_read_only (SwJournal  *self,
                  sqlite3    *db,
                  int         version,
                  int        *failed_rc,
                  GError    **error)
{
  if (!exec_sql (self, db, "PRAGMA foreign_keys = ON", error))
    {
      *failed_rc = sqlite3_extended_errcode (db);
      return FALSE;
    }

  if (version < SW_JOURNAL_SCHEMA_VERSION)
    {
      g_autofree char *reason = _sw_journal_describe_read_only (self);

      g_set_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_READ_ONLY,
                   "%s %s", reason,
                   _("Sitwell needs to update the journal before it can show it."));
      return FALSE;
    }

  return TRUE;
}

/* Opens and prepares a connection to the file, into *@db_out. */
gboolean
_sw_journal_open_connection (SwJournal  *self,
                             gboolean    writable,
                             gboolean    immutable,
                             int        *failed_rc,
                             sqlite3   **db_out,
                             GError    **error)
{
  g_autoptr(sqlite3) db = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *escaped = NULL;
  int version;
  int n_tables;
  int rc;

  *failed_rc = SQLITE_OK;

  escaped = g_uri_escape_string (self->path, G_URI_RESERVED_CHARS_ALLOWED_IN_PATH, FALSE);
  uri = g_strdup_printf ("file:%s%s", escaped,
                         !writable ? (immutable ? "?immutable=1" : "?mode=ro") : "");

  rc = sqlite3_open_v2 (uri, &db,
                        (writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY) |
                        SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE, NULL);
  if (rc != SQLITE_OK)
    {
      *failed_rc = rc;
      _sw_journal_set_db_error (self, db, rc, error);
      return FALSE;
    }

  sqlite3_extended_result_codes (db, 1);
  sqlite3_busy_timeout (db, BUSY_TIMEOUT_MS);
  sqlite3_db_config (db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);

  /* SQLite quietly opens an unwritable file read-only. */
  if (writable && sqlite3_db_readonly (db, "main") == 1)
    {
      *failed_rc = SQLITE_READONLY;
      _sw_journal_set_db_error (self, db, SQLITE_READONLY, error);
      return FALSE;
    }

  /* Reading the schema finds a file that is not a database. */
  if (!query_int (self, db, "SELECT count(*) FROM sqlite_master", &n_tables, error) ||
      !query_int (self, db, "PRAGMA user_version", &version, error))
    {
      *failed_rc = sqlite3_extended_errcode (db);
      return FALSE;
    }

  if (version_is_too_new (version))
    {
      /* Leave the file as it is: no checkpoint into it on close. */
      sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
      set_too_new_error (self, version, error);
      return FALSE;
    }

  if (writable && !set_up_writable (self, db, failed_rc, error))
    return FALSE;
  if (!writable && !set_up_read_only (self, db, version, failed_rc, error))
    return FALSE;

  *db_out = g_steal_pointer (&db);
  return TRUE;
}

static gboolean
open_read_only (SwJournal  *self,
                sqlite3   **db_out,
                GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  int failed_rc;

  if (_sw_journal_open_connection (self, FALSE, FALSE, &failed_rc, db_out, &local_error))
    return TRUE;

  /* A WAL journal in a read-only folder may lack the -shm it needs;
   * immutable mode reads the main file alone. */
  if (failed_rc == SQLITE_OK || !_sw_journal_rc_means_read_only (failed_rc))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  g_debug ("Opening %s read-only failed (%s), trying immutable", self->path, local_error->message);
  return _sw_journal_open_connection (self, FALSE, TRUE, &failed_rc, db_out, error);
}

/* ------------------------------------------------------------------------ */
/* Which files the journal has open                                         */

/* Which file is at @path now; zeros if none. */
static SwFileId
file_id_of (const char *path)
{
  struct stat st;

  if (g_stat (path, &st) != 0)
    return (SwFileId) { 0, 0 };

  return (SwFileId) { st.st_dev, st.st_ino };
}

static gboolean
file_id_equal (SwFileId a,
               SwFileId b)
{
  return a.dev == b.dev && a.ino == b.ino && a.ino != 0;
}

/* Notes which files self->db has open: SQLite opened the -wal and -shm of
 * a WAL journal when it read the schema. */
void
_sw_journal_remember_file (SwJournal *self)
{
  g_autofree char *wal = g_strconcat (self->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (self->path, "-shm", NULL);

  self->file_id = file_id_of (self->path);
  self->wal_id = file_id_of (wal);
  self->shm_id = file_id_of (shm);
}

/* What is at the journal's path now: a stat and a 100-byte read, cheap
 * enough for every write. */
SwFileState
_sw_journal_inspect_file (SwJournal *self)
{
  guint8 header[100];
  struct stat st;
  gssize n_read;

  n_read = read_header_at (self->path, header, &st);
  if (n_read < 0)
    return errno == ENOENT ? FILE_MISSING : FILE_UNKNOWN;

  /* SQLite writes the header when it makes the file, before the journal
   * is open: an empty file here is not a new journal but a damaged one. */
  if (!header_is_database (header, n_read))
    return FILE_DAMAGED;

  if (version_is_too_new (header_version (header)))
    return FILE_TOO_NEW;

  if (!file_id_equal ((SwFileId) { st.st_dev, st.st_ino }, self->file_id))
    return FILE_OTHER_JOURNAL;

  return FILE_OURS;
}

/* The -wal and -shm at the journal's path that belong to the file self->db
 * had open, not to the one there now: SQLite would read them into it. What
 * they hold is in that file, or in the copy kept of it. */
void
_sw_journal_remove_own_side_files (SwJournal *self)
{
  const struct { const char *suffix; SwFileId id; } side_files[] = {
    { "-wal", self->wal_id },
    { "-shm", self->shm_id },
  };

  for (guint i = 0; i < G_N_ELEMENTS (side_files); i++)
    {
      g_autofree char *path = g_strconcat (self->path, side_files[i].suffix, NULL);

      if (file_id_equal (file_id_of (path), side_files[i].id) && g_unlink (path) != 0)
        g_debug ("Could not remove %s: %s", path, g_strerror (errno));
    }
}

/* ------------------------------------------------------------------------ */
/* Opening and closing                                                      */

void
_sw_journal_set_read_only (SwJournal  *self,
                           gboolean    read_only,
                           const char *reason)
{
  gboolean changed = self->read_only != read_only;

  self->read_only = read_only;
  g_free (self->read_only_reason);
  self->read_only_reason = g_strdup (reason);

  if (changed)
    _sw_journal_notify_read_only (self);
}

/* Opens the file at the journal's path as self->db, which must be closed:
 * for writing, or for reading with the reason when it cannot be written. */
gboolean
_sw_journal_try_open (SwJournal  *self,
                      GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *reason = NULL;
  int failed_rc;

  g_assert (self->db == NULL);

  if (!_sw_journal_check_header (self, error))
    return FALSE;

  if (self->flags & SW_JOURNAL_OPEN_READ_ONLY)
    reason = _sw_journal_describe_read_only (self);
  else if (!_sw_journal_open_connection (self, TRUE, FALSE, &failed_rc, &self->db, &local_error))
    {
      if (failed_rc == SQLITE_OK || !_sw_journal_rc_means_read_only (failed_rc))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      g_debug ("Journal %s cannot be written (%s); opening it read-only",
               self->path, local_error->message);
      reason = g_strdup (local_error->message);
    }

  if (self->db == NULL && !open_read_only (self, &self->db, error))
    return FALSE;

  self->in_memory = FALSE;
  self->suspect = FALSE;
  _sw_journal_remember_file (self);
  _sw_journal_set_read_only (self, reason != NULL, reason);
  return TRUE;
}

/* The statements are prepared again, on the next connection, when used. */
void
_sw_journal_finalize_stmts (SwJournal *self)
{
  for (guint i = 0; i < N_STMTS; i++)
    g_clear_pointer (&self->stmts[i], sqlite3_finalize);
}

/* Finalizes the statements and closes self->db. @leave_side_files: do not
 * checkpoint or delete the -wal and -shm at the journal's path, which
 * belong to another file when this one was replaced, and are evidence when
 * it was damaged. */
void
_sw_journal_close_db (SwJournal *self,
                      gboolean   leave_side_files)
{
  _sw_journal_finalize_stmts (self);

  if (self->db != NULL && leave_side_files)
    sqlite3_db_config (self->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  g_clear_pointer (&self->db, sqlite3_close_v2);
}

/* An empty journal in memory, read-only with @reason, stands in for a file
 * that cannot be made or opened, so the app can show its pages and keep
 * what the person types. Each write tries the file again
 * (sw-journal-recovery.c). */
void
_sw_journal_open_in_memory (SwJournal  *self,
                            const char *reason)
{
  g_autoptr(sqlite3) db = NULL;
  g_autoptr(GError) error = NULL;
  int rc;

  g_debug ("Journal %s: %s; an empty journal in memory stands in", self->path, reason);

  rc = sqlite3_open_v2 (":memory:", &db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX |
                        SQLITE_OPEN_EXRESCODE, NULL);
  /* Only a lack of memory stops this. */
  if (rc != SQLITE_OK || !migrate (self, db, &error))
    g_error ("Cannot make a journal in memory: %s",
             error != NULL ? error->message : sqlite3_errstr (rc));

  _sw_journal_close_db (self, TRUE);
  self->db = g_steal_pointer (&db);
  self->in_memory = TRUE;
  self->suspect = FALSE;
  _sw_journal_set_read_only (self, TRUE, reason);
}

/* Whether the person can make @error go away (make the folder writable,
 * free space), so a journal that may stand in memory should until then. */
static gboolean
can_wait_in_memory (SwJournal    *self,
                    const GError *error)
{
  return (self->flags & SW_JOURNAL_OPEN_IN_MEMORY_FALLBACK) != 0 &&
         (g_error_matches (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_READ_ONLY) ||
          g_error_matches (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_FULL));
}

/**
 * _sw_journal_open_file:
 *
 * Opens the journal when it is made (GInitable): creates the folder and
 * the file, moves a damaged file aside, falls back to reading only, or,
 * with %SW_JOURNAL_OPEN_IN_MEMORY_FALLBACK, to an empty journal in memory
 * when no file can be made.
 */
gboolean
_sw_journal_open_file (SwJournal  *self,
                       GError    **error)
{
  gboolean writable = (self->flags & SW_JOURNAL_OPEN_READ_ONLY) == 0;
  g_autoptr(GError) local_error = NULL;
  gboolean rescue_used;
  gboolean ok;
  int lock;

  if (!writable)
    return _sw_journal_try_open (self, error);

  if (!_sw_journal_ensure_folder (self, &local_error))
    {
      if (!can_wait_in_memory (self, local_error))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      _sw_journal_open_in_memory (self, local_error->message);
      return TRUE;
    }

  lock = _sw_journal_lock_folder (self);

  if (!_sw_journal_ensure_file (self, &local_error))
    {
      ok = can_wait_in_memory (self, local_error);
      if (ok)
        _sw_journal_open_in_memory (self, local_error->message);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
    }
  else if (_sw_journal_try_open (self, &local_error))
    ok = TRUE;
  else if (g_error_matches (local_error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_CORRUPT))
    {
      g_debug ("%s", local_error->message);
      ok = _sw_journal_replace_damaged_file (self, NULL, &rescue_used, error);
    }
  else if (can_wait_in_memory (self, local_error))
    {
      /* E.g. a full disk while SQLite writes the first page. */
      _sw_journal_open_in_memory (self, local_error->message);
      ok = TRUE;
    }
  else
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      ok = FALSE;
    }

  _sw_journal_unlock_folder (lock);
  return ok;
}

/**
 * _sw_journal_close_file:
 *
 * Closes the journal for good. A file that is no longer the journal's, or
 * no longer a database, gets no checkpoint: nothing is written into it and
 * the -wal and -shm at the path stay for whoever needs them.
 */
void
_sw_journal_close_file (SwJournal *self)
{
  gboolean ours = TRUE;

  if (self->db != NULL && !self->in_memory && !self->read_only)
    {
      SwFileState state = _sw_journal_inspect_file (self);

      ours = state == FILE_OURS || state == FILE_UNKNOWN;
    }

  _sw_journal_close_db (self, !ours);
}

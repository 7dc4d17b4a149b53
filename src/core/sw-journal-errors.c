/* sw-journal-errors.c: what went wrong with the journal, in words a person can act on
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-journal-private.h"

#include <errno.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

/* A failure the person can do something about (a read-only folder, a full
 * disk) says so and names the folder or file; anything else names the
 * journal and gives SQLite's or the system's own words. */

gboolean
_sw_journal_errno_means_read_only (int saved_errno)
{
  return saved_errno == EACCES || saved_errno == EPERM || saved_errno == EROFS;
}

static gboolean
errno_means_full (int saved_errno)
{
  return saved_errno == ENOSPC || saved_errno == EDQUOT || saved_errno == EFBIG;
}

/* Why this journal cannot be written, as a sentence. */
char *
_sw_journal_describe_read_only (SwJournal *self)
{
  g_autofree char *dir_name = g_filename_display_name (self->dir);
  g_autofree char *file_name = g_filename_display_name (self->path);

  if (self->flags & SW_JOURNAL_OPEN_READ_ONLY)
    return g_strdup (_("The journal was opened for reading only."));

  if (g_access (self->dir, W_OK) != 0)
    {
      if (errno == EROFS)
        return g_strdup_printf (_("Sitwell cannot save to its journal because the disk that holds "
                                  "the folder “%s” is read-only."), dir_name);
      return g_strdup_printf (_("Sitwell cannot save to its journal because the folder “%s” "
                                "is read-only."), dir_name);
    }

  if (g_access (self->path, W_OK) != 0)
    return g_strdup_printf (_("Sitwell cannot save to its journal because the file “%s” "
                              "is read-only."), file_name);

  return g_strdup_printf (_("Sitwell cannot save to its journal “%s” because it is read-only."),
                          file_name);
}

static void
set_read_only_error (SwJournal  *self,
                     GError    **error)
{
  g_autofree char *reason = _sw_journal_describe_read_only (self);

  g_set_error_literal (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_READ_ONLY, reason);
}

static void
set_full_error (SwJournal  *self,
                GError    **error)
{
  g_autofree char *dir_name = g_filename_display_name (self->dir);

  g_set_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_FULL,
               _("Sitwell cannot save to its journal because the disk that holds the folder "
                 "“%s” is full. Free some space and try again."), dir_name);
}

void
_sw_journal_set_errno_error (SwJournal   *self,
                             int          saved_errno,
                             const char  *path,
                             GError     **error)
{
  g_autofree char *name = g_filename_display_name (path);

  if (_sw_journal_errno_means_read_only (saved_errno))
    {
      g_autofree char *dir_name = g_filename_display_name (self->dir);

      g_set_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_READ_ONLY,
                   _("Sitwell cannot save to its journal because the folder “%s” is read-only."),
                   dir_name);
    }
  else if (errno_means_full (saved_errno))
    set_full_error (self, error);
  else
    g_set_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_IO,
                 _("Sitwell could not use its journal “%s”: %s."), name, g_strerror (saved_errno));
}

/* SQLite reports most write failures as SQLITE_FULL, but some (a quota, a
 * file-size limit) only as an I/O error whose errno is lost by then: look
 * at the free space. */
static gboolean
disk_is_full (SwJournal *self)
{
  g_autoptr(GFile) dir = g_file_new_for_path (self->dir);
  g_autoptr(GFileInfo) info = NULL;

  info = g_file_query_filesystem_info (dir, G_FILE_ATTRIBUTE_FILESYSTEM_FREE, NULL, NULL);

  return info != NULL &&
         g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_FILESYSTEM_FREE) &&
         g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_FILESYSTEM_FREE) < 1024 * 1024;
}

/* The errno of the last failed system call on the -wal (or rollback
 * journal) of @db, or on the database file: sqlite3_system_errno () has
 * often lost it by the time a failed commit returns. */
static int
last_file_errno (sqlite3 *db)
{
  sqlite3_file *file = NULL;
  int saved_errno = 0;

  if (sqlite3_file_control (db, "main", SQLITE_FCNTL_JOURNAL_POINTER, &file) == SQLITE_OK &&
      file != NULL && file->pMethods != NULL)
    file->pMethods->xFileControl (file, SQLITE_FCNTL_LAST_ERRNO, &saved_errno);

  if (saved_errno == 0)
    sqlite3_file_control (db, "main", SQLITE_FCNTL_LAST_ERRNO, &saved_errno);

  return saved_errno;
}

/* Turns an SQLite failure on @db (self->db if NULL) into a GError. */
void
_sw_journal_set_db_error (SwJournal  *self,
                          sqlite3    *db,
                          int         rc,
                          GError    **error)
{
  g_autofree char *file_name = g_filename_display_name (self->path);
  const char *detail;
  int saved_errno;

  if (db == NULL)
    db = self->db;

  detail = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);
  saved_errno = db != NULL ? sqlite3_system_errno (db) : 0;
  if (saved_errno == 0 && db != NULL && (rc & 0xff) == SQLITE_IOERR)
    saved_errno = last_file_errno (db);

  g_debug ("journal %s: SQLite error %d (%s), errno %d", self->path, rc, detail, saved_errno);

  switch (rc & 0xff)
    {
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      set_read_only_error (self, error);
      return;

    case SQLITE_FULL:
      set_full_error (self, error);
      return;

    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error_literal (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_BUSY,
                           _("Another program is using the journal and did not let go in time. "
                             "Try again in a moment."));
      return;

    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      /* The file may have been overwritten: look at it before the next use. */
      if (db == self->db)
        self->suspect = TRUE;
      g_set_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_CORRUPT,
                   _("The journal file “%s” is damaged."), file_name);
      return;

    case SQLITE_CONSTRAINT:
      if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY)
        g_set_error_literal (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_INVALID,
                             _("This record is already in the journal."));
      else
        g_set_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_INVALID,
                     _("The journal cannot store this record (%s)."), detail);
      return;

    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
      if (errno_means_full (saved_errno) || ((rc & 0xff) == SQLITE_IOERR && disk_is_full (self)))
        {
          set_full_error (self, error);
          return;
        }
      if (_sw_journal_errno_means_read_only (saved_errno))
        {
          set_read_only_error (self, error);
          return;
        }
      G_GNUC_FALLTHROUGH;

    default:
      g_set_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_IO,
                   _("Sitwell could not read or write its journal “%s” (%s)."), file_name, detail);
      return;
    }
}

/* Whether a failure while opening for writing means "try read-only": the
 * file, its folder or the disk refused a write, or a -wal or -shm could
 * not be created next to it. */
gboolean
_sw_journal_rc_means_read_only (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
    case SQLITE_CANTOPEN:
      return TRUE;
    default:
      return FALSE;
    }
}


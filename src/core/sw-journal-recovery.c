/* sw-journal-recovery.c: keeping the journal's file usable while the journal is open
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-journal-private.h"

#include <errno.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

/* ------------------------------------------------------------------------ */
/* Moving a damaged file aside                                              */

/* journal.db.<what>-<YYYYmmdd-HHMMSS>, numbered if that is taken. */
static char *
name_aside (SwJournal  *self,
            const char *what)
{
  g_autoptr(GDateTime) now = sw_clock_get_now_local (self->clock);
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");

  for (guint n = 1; ; n++)
    {
      g_autofree char *candidate = NULL;

      if (n == 1)
        candidate = g_strdup_printf ("%s.%s-%s", self->path, what, stamp);
      else
        candidate = g_strdup_printf ("%s.%s-%s-%u", self->path, what, stamp, n);

      if (!g_file_test (candidate, G_FILE_TEST_EXISTS))
        return g_steal_pointer (&candidate);
    }
}

/* Renames a damaged journal (and its -wal and -shm, which belong to it) to
 * journal.db.corrupt-<YYYYmmdd-HHMMSS>, never overwriting anything. */
static gboolean
move_aside (SwJournal  *self,
            GError    **error)
{
  static const char * const suffixes[] = { "-wal", "-shm", "-journal" };
  g_autofree char *aside = name_aside (self, "corrupt");

  if (g_rename (self->path, aside) != 0)
    {
      int saved_errno = errno;
      g_autofree char *file_name = g_filename_display_name (self->path);

      g_set_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_CORRUPT,
                   _("The journal file “%s” is damaged, and Sitwell could not move it aside to "
                     "start a new one: %s."), file_name, g_strerror (saved_errno));
      return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *from = g_strconcat (self->path, suffixes[i], NULL);
      g_autofree char *to = g_strconcat (aside, suffixes[i], NULL);

      if (g_file_test (from, G_FILE_TEST_EXISTS) && g_rename (from, to) != 0)
        g_debug ("Could not move %s aside: %s", from, g_strerror (errno));
    }

  g_debug ("Moved the damaged journal %s to %s", self->path, aside);
  g_set_object (&self->moved_aside, NULL);
  self->moved_aside = g_file_new_for_path (aside);

  return TRUE;
}

/* Whether the SQLite database at @path reads back whole. */
static gboolean
database_is_sound (const char *path)
{
  g_autoptr(sqlite3) db = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  return sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL) ==
           SQLITE_OK &&
         sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL) == SQLITE_OK &&
         sqlite3_step (stmt) == SQLITE_ROW &&
         g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
}

/* Copies what self->db holds into a new file next to the journal (0600,
 * checked, flushed), for the fresh journal to start from. Returns its
 * path, or NULL when what the journal has open cannot be read whole. */
static char *
rescue (SwJournal *self)
{
  g_autofree char *copy = g_strconcat (self->path, ".rescue-XXXXXX", NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int fd;
  int rc;

  if (self->in_memory)
    return NULL;

  fd = g_mkstemp_full (copy, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      g_debug ("Could not make a file to rescue the journal into: %s", g_strerror (errno));
      return NULL;
    }
  g_close (fd, NULL);

  /* VACUUM INTO writes into an empty file. */
  rc = sqlite3_prepare_v2 (self->db, "VACUUM INTO ?1", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_bind_text (stmt, 1, copy, -1, SQLITE_STATIC);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE || !database_is_sound (copy))
    {
      g_debug ("What the journal %s held cannot be read whole (%s)", self->path,
               rc != SQLITE_DONE ? sqlite3_errmsg (self->db) : "the copy is damaged");
      g_unlink (copy);
      return NULL;
    }

  _sw_journal_sync_path (copy);
  return g_steal_pointer (&copy);
}

/* Moves the damaged file at the journal's path aside, closes self->db and
 * opens a fresh file there, made from @rescued (a copy of what the journal
 * held, see rescue ()) when there is one. Call with the folder locked.
 * When the file cannot be moved, self->db is left open. */
gboolean
_sw_journal_replace_damaged_file (SwJournal   *self,
                                  const char  *rescued,
                                  gboolean    *rescue_used,
                                  GError     **error)
{
  *rescue_used = FALSE;

  if (!move_aside (self, error))
    {
      if (rescued != NULL)
        g_unlink (rescued);
      return FALSE;
    }

  _sw_journal_close_db (self, TRUE);

  if (rescued != NULL)
    {
      if (g_rename (rescued, self->path) == 0)
        {
          *rescue_used = TRUE;
          _sw_journal_sync_path (self->dir);
        }
      else
        {
          g_debug ("Could not put the rescued journal in place: %s", g_strerror (errno));
          g_unlink (rescued);
        }
    }

  return (*rescue_used || _sw_journal_ensure_file (self, error)) &&
         _sw_journal_try_open (self, error);
}

/* ------------------------------------------------------------------------ */
/* Going over to another file                                               */

static void
emit_changed_all (SwJournal *self)
{
  for (SwJournalItemType type = SW_JOURNAL_ITEM_SYMPTOM; type <= SW_JOURNAL_ITEM_POSTURE; type++)
    _sw_journal_emit_changed (self, type);
}

/* Another journal was put in this one's place (a backup restored, a sync):
 * the journal goes over to it. What it had is kept next to it, as
 * journal.db.replaced-<local time>, in case it held newer records. */
static gboolean
adopt_other_journal (SwJournal  *self,
                     GError    **error)
{
  g_autofree char *copy = rescue (self);

  if (copy != NULL)
    {
      g_autofree char *kept = name_aside (self, "replaced");

      if (g_rename (copy, kept) == 0)
        g_debug ("Kept what the journal had as %s", kept);
      else
        g_unlink (copy);
    }

  _sw_journal_close_db (self, TRUE);
  _sw_journal_remove_own_side_files (self);
  return _sw_journal_try_open (self, error);
}

/* Nothing at the path any more: someone removed the journal, so the next
 * one starts empty, without what the removed one's -wal held. */
static gboolean
start_again (SwJournal  *self,
             GError    **error)
{
  _sw_journal_close_db (self, TRUE);
  _sw_journal_remove_own_side_files (self);

  return _sw_journal_ensure_folder (self, error) && _sw_journal_ensure_file (self, error) &&
         _sw_journal_try_open (self, error);
}

/* Looks at the file again, under the folder lock, and makes the journal
 * usable. @damaged: a write met damage in the file self->db has open.
 * Returns whether the journal went over to another file, so a write that
 * failed is worth running again. */
static gboolean
recover (SwJournal *self,
         gboolean   damaged)
{
  g_autoptr(GError) error = NULL;
  gboolean rescue_used = FALSE;
  gboolean replaced = FALSE;
  gboolean switched = FALSE;
  SwFileState state;
  int lock;

  self->recovering = TRUE;
  lock = _sw_journal_lock_folder (self);
  state = _sw_journal_inspect_file (self);
  self->suspect = FALSE;

  if (state == FILE_OURS && damaged)
    state = FILE_DAMAGED;

  switch (state)
    {
    case FILE_OURS:
    case FILE_UNKNOWN:
      break;

    case FILE_TOO_NEW:
      /* Left as it is: writes are refused, reads show what the journal had. */
      if (!_sw_journal_check_header (self, &error))
        _sw_journal_set_read_only (self, TRUE, error->message);
      break;

    case FILE_OTHER_JOURNAL:
      g_debug ("Another journal took the place of %s: going over to it", self->path);
      switched = TRUE;
      if (!adopt_other_journal (self, &error))
        _sw_journal_open_in_memory (self, error->message);
      break;

    case FILE_MISSING:
      g_debug ("The journal %s was removed: starting a new one", self->path);
      switched = TRUE;
      if (!start_again (self, &error))
        _sw_journal_open_in_memory (self, error->message);
      break;

    case FILE_DAMAGED:
      g_debug ("The journal %s is damaged, or something else took its place", self->path);
      {
        g_autofree char *rescued = rescue (self);

        replaced = _sw_journal_replace_damaged_file (self, rescued, &rescue_used, &error) ||
                   self->db == NULL;
      }
      if (replaced)
        {
          switched = TRUE;
          if (self->db == NULL)
            _sw_journal_open_in_memory (self, error->message);
        }
      else
        {
          /* Nowhere to start again: writes are refused rather than lost
           * in a file that is no longer the one at the journal's path. */
          _sw_journal_set_read_only (self, TRUE, error->message);
        }
      break;

    default:
      g_assert_not_reached ();
    }

  _sw_journal_unlock_folder (lock);

  if (replaced)
    _sw_journal_emit_recovered (self, self->moved_aside, rescue_used);
  if (switched)
    emit_changed_all (self);

  self->recovering = FALSE;
  return switched;
}

/* ------------------------------------------------------------------------ */
/* Trying the file again                                                    */

/* An empty journal in memory stands in: tries to make or open the file. */
static void
retry_file (SwJournal *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3) memory = NULL;
  GFile *moved_before = self->moved_aside;
  gboolean rescue_used;
  gboolean ok;
  int lock;

  if (!_sw_journal_ensure_folder (self, &error))
    {
      g_debug ("The journal still cannot be made: %s", error->message);
      return;
    }

  /* Kept until the file opens, to go back to if it does not. */
  _sw_journal_finalize_stmts (self);
  memory = g_steal_pointer (&self->db);

  lock = _sw_journal_lock_folder (self);
  ok = _sw_journal_ensure_file (self, &error) && _sw_journal_try_open (self, &error);
  if (!ok && g_error_matches (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_CORRUPT))
    {
      g_clear_error (&error);
      ok = _sw_journal_replace_damaged_file (self, NULL, &rescue_used, &error);
    }
  _sw_journal_unlock_folder (lock);

  if (!ok)
    {
      g_debug ("The journal still cannot be opened: %s", error->message);
      _sw_journal_close_db (self, TRUE);
      self->db = g_steal_pointer (&memory);
      return;
    }

  g_debug ("The journal %s has its file now", self->path);
  if (self->moved_aside != moved_before)
    _sw_journal_emit_recovered (self, self->moved_aside, FALSE);
  emit_changed_all (self);
}

/* A journal opened read-only because its file could not be written tries
 * to open it for writing: the folder may have become writable. */
static void
retry_writable (SwJournal *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3) db = NULL;
  int failed_rc;
  int lock;

  lock = _sw_journal_lock_folder (self);
  if (!_sw_journal_check_header (self, &error) ||
      !_sw_journal_open_connection (self, TRUE, FALSE, &failed_rc, &db, &error))
    {
      _sw_journal_unlock_folder (lock);
      g_debug ("The journal still cannot be written: %s", error->message);
      /* Writable now, but damaged: moved aside like any other. */
      if (g_error_matches (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_CORRUPT))
        recover (self, TRUE);
      return;
    }

  _sw_journal_close_db (self, TRUE);
  self->db = g_steal_pointer (&db);
  self->suspect = FALSE;
  _sw_journal_remember_file (self);
  _sw_journal_unlock_folder (lock);

  g_debug ("The journal %s can be written again", self->path);
  _sw_journal_set_read_only (self, FALSE, NULL);
}

/* ------------------------------------------------------------------------ */
/* Before each read and write                                               */

/**
 * _sw_journal_prepare_write:
 *
 * Before every write: a read-only journal tries its file again; a journal
 * whose file was replaced, removed or damaged since it was opened moves on
 * to a working one (recover ()), so a write never goes to a file that is
 * no longer at the journal's path.
 *
 * Returns: whether the journal can be written, with @error set if not
 */
gboolean
_sw_journal_prepare_write (SwJournal  *self,
                           GError    **error)
{
  if (!self->recovering && (self->flags & SW_JOURNAL_OPEN_READ_ONLY) == 0)
    {
      if (self->in_memory)
        retry_file (self);
      else if (self->read_only)
        retry_writable (self);
      else
        {
          SwFileState state = _sw_journal_inspect_file (self);

          if (state != FILE_OURS && state != FILE_UNKNOWN)
            recover (self, FALSE);
        }
    }

  if (!self->read_only)
    return TRUE;

  g_set_error_literal (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_READ_ONLY,
                       self->read_only_reason);
  return FALSE;
}

/**
 * _sw_journal_prepare_read:
 *
 * Before every read: after a query met damage, the file is looked at, and
 * recovered from when it is not a database any more or was replaced. Damage
 * in a data page alone is left for the queries that meet it to report.
 */
void
_sw_journal_prepare_read (SwJournal *self)
{
  SwFileState state;

  if (!self->suspect || self->recovering || self->read_only)
    return;

  state = _sw_journal_inspect_file (self);
  self->suspect = FALSE;
  if (state != FILE_OURS && state != FILE_UNKNOWN)
    recover (self, FALSE);
}

/**
 * _sw_journal_recover_damaged:
 *
 * A write met a damaged file: moves it aside and starts a fresh journal,
 * from what can still be read.
 *
 * Returns: whether the journal went over to another file, where the write
 *   can run again
 */
gboolean
_sw_journal_recover_damaged (SwJournal *self)
{
  if (self->recovering || self->read_only)
    return FALSE;

  return recover (self, TRUE);
}

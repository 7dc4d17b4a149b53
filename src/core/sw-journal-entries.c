/* sw-journal-entries.c: symptom entries: add, edit, delete and undo, read, list, import
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-journal-private.h"

#include <glib/gi18n-lib.h>

/* Binds @entry's values to ?1 … ?9 of a statement that writes it. */
static void
bind_entry (sqlite3_stmt   *stmt,
            SwSymptomEntry *entry)
{
  gint64 modified = sw_symptom_entry_get_modified (entry);

  sqlite3_bind_text (stmt, 1, sw_symptom_entry_get_uuid (entry), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, sw_symptom_entry_get_created (entry));
  if (modified > 0)
    sqlite3_bind_int64 (stmt, 3, modified);
  else
    sqlite3_bind_null (stmt, 3);
  sqlite3_bind_text (stmt, 4, sw_body_area_to_key (sw_symptom_entry_get_body_area (entry)), -1,
                     SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, sw_side_to_key (sw_symptom_entry_get_side (entry)), -1,
                     SQLITE_STATIC);
  sqlite3_bind_int (stmt, 6, sw_symptom_entry_get_pain (entry));
  sqlite3_bind_int (stmt, 7, (int) sw_symptom_entry_get_kinds (entry));
  sqlite3_bind_int (stmt, 8, (int) sw_symptom_entry_get_triggers (entry));
  sqlite3_bind_text (stmt, 9, sw_symptom_entry_get_note (entry), -1, SQLITE_TRANSIENT);
}

/* Runs @id, a statement that writes one entry: its values are ?1 … ?9 and,
 * in a statement that names the row (update, restore), its id is ?10. */
static gboolean
write_entry (SwJournal       *self,
             StmtId           id,
             SwSymptomEntry  *entry,
             GError         **error)
{
  g_autoptr(StmtLease) stmt = _sw_journal_lease_stmt (self, id, error);

  if (stmt == NULL)
    return FALSE;

  bind_entry (stmt, entry);
  if (sqlite3_bind_parameter_count (stmt) == 10)
    sqlite3_bind_int64 (stmt, 10, sw_symptom_entry_get_id (entry));

  return _sw_journal_step_done (self, stmt, error);
}

/* Reads the ENTRY_COLUMNS of the current row. */
static SwSymptomEntry *
entry_from_row (sqlite3_stmt *stmt)
{
  SwSymptomEntry *entry = sw_symptom_entry_new ();
  SwBodyArea area = SW_BODY_AREA_OTHER;
  SwSide side = SW_SIDE_BOTH;
  int pain = sqlite3_column_int (stmt, 6);

  sw_body_area_from_key ((const char *) sqlite3_column_text (stmt, 4), &area);
  sw_side_from_key ((const char *) sqlite3_column_text (stmt, 5), &side);

  sw_symptom_entry_set_id (entry, sqlite3_column_int64 (stmt, 0));
  sw_symptom_entry_set_uuid (entry, (const char *) sqlite3_column_text (stmt, 1));
  sw_symptom_entry_set_created (entry, sqlite3_column_int64 (stmt, 2));
  sw_symptom_entry_set_modified (entry, sqlite3_column_int64 (stmt, 3));
  sw_symptom_entry_set_body_area (entry, area);
  sw_symptom_entry_set_side (entry, side);
  sw_symptom_entry_set_pain (entry, CLAMP (pain, 0, 10));
  sw_symptom_entry_set_kinds (entry, sqlite3_column_int (stmt, 7) & SW_SYMPTOM_KIND_ALL);
  sw_symptom_entry_set_triggers (entry, sqlite3_column_int (stmt, 8) & SW_TRIGGER_ALL);
  sw_symptom_entry_set_note (entry, (const char *) sqlite3_column_text (stmt, 9));

  return entry;
}

static void
set_entry_gone_error (GError **error)
{
  g_set_error_literal (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_NOT_FOUND,
                       _("This entry is no longer in the journal."));
}

/* Gives a new entry its uuid and time, once: a retry after a failed save
 * keeps both. */
static void
stamp_new_entry (SwJournal      *self,
                 SwSymptomEntry *entry)
{
  if (sw_symptom_entry_get_uuid (entry) == NULL)
    {
      g_autofree char *uuid = g_uuid_string_random ();
      sw_symptom_entry_set_uuid (entry, uuid);
    }

  if (sw_symptom_entry_get_created (entry) == 0)
    sw_symptom_entry_set_created (entry, sw_clock_get_real_us (self->clock));
}

/* ------------------------------------------------------------------------ */
/* Writing                                                                  */

static gboolean
insert_entry (SwJournal  *self,
              gpointer    data,
              GError    **error)
{
  SwSymptomEntry *entry = data;

  if (!write_entry (self, STMT_INSERT_ENTRY, entry, error))
    return FALSE;

  sw_symptom_entry_set_id (entry, sqlite3_last_insert_rowid (self->db));
  return TRUE;
}

/**
 * sw_journal_add_entry:
 * @entry: a new entry (id 0); its uuid and created time are filled in if
 *   unset
 *
 * Saves @entry and sets its id. On failure nothing is saved and @entry keeps
 * what the person typed, so the form can offer to try again.
 */
gboolean
sw_journal_add_entry (SwJournal       *self,
                      SwSymptomEntry  *entry,
                      GError         **error)
{
  g_return_val_if_fail (SW_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (SW_IS_SYMPTOM_ENTRY (entry), FALSE);
  g_return_val_if_fail (sw_symptom_entry_get_id (entry) == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!sw_symptom_entry_validate (entry, error))
    return FALSE;

  stamp_new_entry (self, entry);
  if (!_sw_journal_run_write (self, insert_entry, entry, error))
    return FALSE;

  _sw_journal_emit_changed (self, SW_JOURNAL_ITEM_SYMPTOM);
  return TRUE;
}

/* @data: a copy of the entry, with its new modified time */
static gboolean
update_row (SwJournal  *self,
            gpointer    data,
            GError    **error)
{
  if (!write_entry (self, STMT_UPDATE_ENTRY, data, error))
    return FALSE;

  if (sqlite3_changes (self->db) == 0)
    {
      set_entry_gone_error (error);
      return FALSE;
    }

  return TRUE;
}

/**
 * sw_journal_update_entry:
 * @entry: a saved entry (id set), with its new content
 *
 * Saves the changes and sets the entry's modified time to now. Its uuid
 * cannot change.
 */
gboolean
sw_journal_update_entry (SwJournal       *self,
                         SwSymptomEntry  *entry,
                         GError         **error)
{
  g_autoptr(SwSymptomEntry) saved = NULL;

  g_return_val_if_fail (SW_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (SW_IS_SYMPTOM_ENTRY (entry), FALSE);
  g_return_val_if_fail (sw_symptom_entry_get_id (entry) > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!sw_symptom_entry_validate (entry, error))
    return FALSE;

  /* The modified time is set on a copy until the row is written. */
  saved = sw_symptom_entry_copy (entry);
  sw_symptom_entry_set_modified (saved, MAX (sw_clock_get_real_us (self->clock), 1));
  if (!_sw_journal_run_write (self, update_row, saved, error))
    return FALSE;

  sw_symptom_entry_set_modified (entry, sw_symptom_entry_get_modified (saved));
  _sw_journal_emit_changed (self, SW_JOURNAL_ITEM_SYMPTOM);
  return TRUE;
}

typedef struct
{
  gint64          id;
  SwSymptomEntry *deleted;
} Deletion;

static gboolean
delete_row (SwJournal  *self,
            gpointer    data,
            GError    **error)
{
  Deletion *deletion = data;
  g_autoptr(StmtLease) stmt = _sw_journal_lease_stmt (self, STMT_DELETE_ENTRY, error);
  g_autoptr(SwSymptomEntry) entry = NULL;
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, deletion->id);
  if (!_sw_journal_step_row (self, stmt, &has_row, error))
    return FALSE;

  if (!has_row)
    {
      set_entry_gone_error (error);
      return FALSE;
    }

  /* The delete commits when the statement finishes. */
  entry = entry_from_row (stmt);
  if (!_sw_journal_step_done (self, stmt, error))
    return FALSE;

  deletion->deleted = g_steal_pointer (&entry);
  return TRUE;
}

/**
 * sw_journal_delete_entry:
 *
 * Removes an entry.
 *
 * Returns: (transfer full): the entry as it was, to hand to
 *   sw_journal_restore_entry () for Undo; %NULL with @error set on failure
 *   (%SW_JOURNAL_ERROR_NOT_FOUND if there is no such entry)
 */
SwSymptomEntry *
sw_journal_delete_entry (SwJournal  *self,
                         gint64      id,
                         GError    **error)
{
  Deletion deletion = { id, NULL };

  g_return_val_if_fail (SW_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_sw_journal_run_write (self, delete_row, &deletion, error))
    return NULL;

  _sw_journal_emit_changed (self, SW_JOURNAL_ITEM_SYMPTOM);
  return deletion.deleted;
}

static gboolean
insert_restored (SwJournal  *self,
                 gpointer    data,
                 GError    **error)
{
  return write_entry (self, STMT_RESTORE_ENTRY, data, error);
}

/**
 * sw_journal_restore_entry:
 * @entry: an entry returned by sw_journal_delete_entry ()
 *
 * Puts a deleted entry back with its id, uuid and times.
 */
gboolean
sw_journal_restore_entry (SwJournal       *self,
                          SwSymptomEntry  *entry,
                          GError         **error)
{
  g_return_val_if_fail (SW_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (SW_IS_SYMPTOM_ENTRY (entry), FALSE);
  g_return_val_if_fail (sw_symptom_entry_get_id (entry) > 0, FALSE);
  g_return_val_if_fail (sw_symptom_entry_get_uuid (entry) != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!sw_symptom_entry_validate (entry, error) ||
      !_sw_journal_run_write (self, insert_restored, entry, error))
    return FALSE;

  _sw_journal_emit_changed (self, SW_JOURNAL_ITEM_SYMPTOM);
  return TRUE;
}

typedef struct
{
  GPtrArray *entries;
  GArray    *new_ids;     /* gint64 per entry, 0 if it was already there */
  guint      n_imported;
} Import;

static gboolean
insert_imported (SwJournal  *self,
                 gpointer    data,
                 GError    **error)
{
  Import *import = data;

  import->n_imported = 0;
  if (!_sw_journal_begin_transaction (self, error))
    return FALSE;

  for (guint i = 0; i < import->entries->len; i++)
    {
      g_array_index (import->new_ids, gint64, i) = 0;
      if (!write_entry (self, STMT_IMPORT_ENTRY, g_ptr_array_index (import->entries, i), error))
        {
          _sw_journal_rollback_transaction (self);
          return FALSE;
        }

      if (sqlite3_changes (self->db) > 0)
        {
          g_array_index (import->new_ids, gint64, i) = sqlite3_last_insert_rowid (self->db);
          import->n_imported++;
        }
    }

  return _sw_journal_commit_transaction (self, error);
}

/**
 * sw_journal_import_entries:
 * @entries: (element-type SwSymptomEntry): entries from another journal,
 *   with their uuids
 * @n_imported: (out) (optional): how many were added
 * @n_skipped: (out) (optional): how many were already here (same uuid)
 *
 * Adds all the entries in one transaction, keeping their uuids and times:
 * either every new one is saved or none is. Imported entries get their new
 * ids; skipped ones keep id 0.
 */
gboolean
sw_journal_import_entries (SwJournal  *self,
                           GPtrArray  *entries,
                           guint      *n_imported,
                           guint      *n_skipped,
                           GError    **error)
{
  g_autoptr(GArray) new_ids = NULL;
  Import import;

  g_return_val_if_fail (SW_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (entries != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint i = 0; i < entries->len; i++)
    if (!sw_symptom_entry_validate (g_ptr_array_index (entries, i), error))
      return FALSE;

  for (guint i = 0; i < entries->len; i++)
    stamp_new_entry (self, g_ptr_array_index (entries, i));

  new_ids = g_array_sized_new (FALSE, TRUE, sizeof (gint64), entries->len);
  g_array_set_size (new_ids, entries->len);
  import = (Import) { entries, new_ids, 0 };

  if (!_sw_journal_run_write (self, insert_imported, &import, error))
    return FALSE;

  for (guint i = 0; i < entries->len; i++)
    if (g_array_index (new_ids, gint64, i) > 0)
      sw_symptom_entry_set_id (g_ptr_array_index (entries, i), g_array_index (new_ids, gint64, i));

  if (n_imported != NULL)
    *n_imported = import.n_imported;
  if (n_skipped != NULL)
    *n_skipped = entries->len - import.n_imported;

  if (import.n_imported > 0)
    _sw_journal_emit_changed (self, SW_JOURNAL_ITEM_SYMPTOM);
  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Reading                                                                  */

/**
 * sw_journal_get_entry:
 *
 * Returns: (transfer full): the entry with this id, or %NULL with
 *   %SW_JOURNAL_ERROR_NOT_FOUND
 */
SwSymptomEntry *
sw_journal_get_entry (SwJournal  *self,
                      gint64      id,
                      GError    **error)
{
  g_autoptr(StmtLease) stmt = NULL;
  gboolean has_row;

  g_return_val_if_fail (SW_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _sw_journal_prepare_read (self);

  stmt = _sw_journal_lease_stmt (self, STMT_GET_ENTRY, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!_sw_journal_step_row (self, stmt, &has_row, error))
    return NULL;

  if (!has_row)
    {
      set_entry_gone_error (error);
      return NULL;
    }

  return entry_from_row (stmt);
}

/**
 * sw_journal_list_entries:
 * @first_day: the first local day, inclusive
 * @last_day: the last local day, inclusive
 *
 * Returns: (transfer container) (element-type SwSymptomEntry): the entries
 *   made on those days, newest first
 */
GPtrArray *
sw_journal_list_entries (SwJournal    *self,
                         const GDate  *first_day,
                         const GDate  *last_day,
                         GError      **error)
{
  g_return_val_if_fail (SW_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (_sw_journal_valid_day_range (first_day, last_day), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _sw_journal_list_days (self, STMT_LIST_ENTRIES, first_day, last_day,
                                (SwJournalRowFunc) entry_from_row, g_object_unref, error);
}

/**
 * sw_journal_list_all_entries:
 *
 * Returns: (transfer container) (element-type SwSymptomEntry): every entry,
 *   oldest first (the order of an export)
 */
GPtrArray *
sw_journal_list_all_entries (SwJournal  *self,
                             GError    **error)
{
  g_autoptr(StmtLease) stmt = NULL;

  g_return_val_if_fail (SW_IS_JOURNAL (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _sw_journal_prepare_read (self);

  stmt = _sw_journal_lease_stmt (self, STMT_LIST_ALL_ENTRIES, error);
  if (stmt == NULL)
    return NULL;

  return _sw_journal_collect_rows (self, stmt, (SwJournalRowFunc) entry_from_row,
                                   g_object_unref, error);
}

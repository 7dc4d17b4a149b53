/* test-journal-faults.c: the journal survives what happens to its file
 *
 * Each test does to a real journal in a temporary folder what a desktop
 * may do while the app has it open (issue #9): the file overwritten with
 * garbage in place or replaced by rename, removed, damaged in a data page,
 * the folder read-only at start or made read-only while open, the disk
 * full. Each checks that no write is lost silently: a save either lands in
 * the file at the journal's path or fails with a reason and leaves the
 * entry as it was, and what was saved before is kept.
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "sw-fake-clock.h"
#include "sw-fault-inject.h"
#include "sw-journal.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3, sqlite3_close_v2)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */

typedef struct
{
  SwFakeClock *clock;
  char        *path;
  char        *dir;
  GFile       *file;

  /* What the journal said. */
  guint        n_recovered;
  GFile       *kept;
  gboolean     entries_kept;
  guint        n_changed;
  guint        n_read_only_changes;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->clock = sw_fake_clock_new_local (2026, 3, 10, 12, 0);
  fixture->path = g_build_filename (g_get_user_data_dir (), "sitwell", "journal.db", NULL);
  fixture->dir = g_path_get_dirname (fixture->path);
  fixture->file = g_file_new_for_path (fixture->path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->kept);
  g_clear_object (&fixture->file);
  g_clear_object (&fixture->clock);
  g_clear_pointer (&fixture->dir, g_free);
  g_clear_pointer (&fixture->path, g_free);
}

static void
recovered_cb (SwJournal *journal,
              GFile     *kept,
              gboolean   entries_kept,
              Fixture   *fixture)
{
  fixture->n_recovered++;
  g_set_object (&fixture->kept, kept);
  fixture->entries_kept = entries_kept;
}

static void
changed_cb (SwJournal         *journal,
            SwJournalItemType  type,
            Fixture           *fixture)
{
  fixture->n_changed++;
}

static void
read_only_changed_cb (SwJournal  *journal,
                      GParamSpec *pspec,
                      Fixture    *fixture)
{
  fixture->n_read_only_changes++;
}

/* The journal as the app opens it, with what it says recorded. */
static SwJournal *
open_journal (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  SwJournal *journal;

  journal = sw_journal_open_full (fixture->file, SW_CLOCK (fixture->clock),
                                  SW_JOURNAL_OPEN_IN_MEMORY_FALLBACK, &error);
  g_assert_no_error (error);
  g_assert_nonnull (journal);

  g_signal_connect (journal, "recovered", G_CALLBACK (recovered_cb), fixture);
  g_signal_connect (journal, "changed", G_CALLBACK (changed_cb), fixture);
  g_signal_connect (journal, "notify::read-only", G_CALLBACK (read_only_changed_cb), fixture);

  return journal;
}

static SwSymptomEntry *
make_entry (const char *note)
{
  SwSymptomEntry *entry = sw_symptom_entry_new ();

  sw_symptom_entry_set_body_area (entry, SW_BODY_AREA_CALF);
  sw_symptom_entry_set_side (entry, SW_SIDE_LEFT);
  sw_symptom_entry_set_pain (entry, 5);
  sw_symptom_entry_set_kinds (entry, SW_SYMPTOM_KIND_NUMBNESS);
  sw_symptom_entry_set_note (entry, note);

  return entry;
}

/* Saves @entry, which must work. */
static void
assert_saved (SwJournal      *journal,
              SwSymptomEntry *entry)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sw_journal_add_entry (journal, entry, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sw_symptom_entry_get_id (entry), >, 0);
}

static void
add_note (SwJournal  *journal,
          const char *note)
{
  g_autoptr(SwSymptomEntry) entry = make_entry (note);

  assert_saved (journal, entry);
}

static void
assert_notes (SwJournal  *journal,
              const char *expected)
{
  g_autofree char *notes = sw_fault_journal_notes (journal);

  g_assert_cmpstr (notes, ==, expected);
}

/* What is in the file at the journal's path, read by another journal
 * object, as the reminder daemon or the next start of the app would. */
static char *
notes_on_disk (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SwJournal) journal = NULL;

  journal = sw_journal_open_full (fixture->file, SW_CLOCK (fixture->clock),
                                  SW_JOURNAL_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);

  return sw_fault_journal_notes (journal);
}

static void
assert_database_sound (const char *path)
{
  g_autoptr(sqlite3) db = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
}

/* The file at the journal's path holds exactly these notes, and reads back
 * whole. */
static void
assert_on_disk (Fixture    *fixture,
                const char *expected)
{
  g_autofree char *notes = notes_on_disk (fixture);

  g_assert_cmpstr (notes, ==, expected);
  assert_database_sound (fixture->path);
}

/* A journal with @note saved and checkpointed into the file by an earlier
 * run, opened again: nothing of it is in a -wal or in memory. */
static SwJournal *
open_saved_journal (Fixture    *fixture,
                    const char *note)
{
  g_autoptr(SwJournal) earlier = open_journal (fixture);

  add_note (earlier, note);
  g_assert_finalize_object (g_steal_pointer (&earlier));

  return open_journal (fixture);
}

/* The journal's file as it is, with everything after the first page (the
 * header and the schema) replaced by garbage. */
static GBytes *
damage_data_pages (Fixture *fixture)
{
  g_autoptr(GBytes) good = sw_fault_read_file (fixture->path);
  g_autoptr(GBytes) garbage = NULL;
  gsize length = g_bytes_get_size (good);
  guint8 *data;

  g_assert_cmpuint (length, >, 4096);
  garbage = sw_fault_garbage (length - 4096);
  data = g_bytes_unref_to_data (g_steal_pointer (&good), &length);
  memcpy (data + 4096, g_bytes_get_data (garbage, NULL), length - 4096);

  return g_bytes_new_take (data, length);
}

/* The file kept aside holds exactly what took the journal's place. */
static void
assert_kept_aside (Fixture *fixture,
                   GBytes  *garbage)
{
  g_autofree char *kept_path = NULL;
  g_autofree char *kept_name = NULL;
  g_autoptr(GBytes) kept_bytes = NULL;
  struct stat st;

  g_assert_cmpuint (fixture->n_recovered, ==, 1);
  g_assert_nonnull (fixture->kept);
  kept_path = g_file_get_path (fixture->kept);
  kept_name = g_file_get_basename (fixture->kept);
  g_assert_true (g_str_has_prefix (kept_name, "journal.db.corrupt-20260310-12"));

  kept_bytes = sw_fault_read_file (kept_path);
  g_assert_true (g_bytes_equal (kept_bytes, garbage));

  /* The fresh journal is private like the first. */
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0777, ==, 0600);
  assert_database_sound (fixture->path);
}

/* No copy made for a rescue is left behind. */
static void
assert_no_rescue_left (Fixture *fixture)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_null (strstr (name, "rescue"));
}

/* ------------------------------------------------------------------------ */
/* The file replaced or damaged while the journal is open                   */

/* Garbage written over the file itself. What the journal wrote since it
 * opened is still in its -wal, so nothing is lost: it is carried over to a
 * fresh file, the garbage kept aside, and the entry being saved lands. */
static void
test_overwritten_in_place_keeps_entries (Fixture       *fixture,
                                         gconstpointer  data)
{
  g_autoptr(SwJournal) journal = open_journal (fixture);
  g_autoptr(GBytes) garbage = sw_fault_garbage (20000);
  g_autoptr(SwSymptomEntry) entry = make_entry ("typed after the damage");

  add_note (journal, "one");
  add_note (journal, "two");
  sw_fault_overwrite_in_place (fixture->path, garbage);

  fixture->n_changed = 0;
  assert_saved (journal, entry);
  g_assert_cmpint (sw_symptom_entry_get_id (entry), ==, 3);

  assert_kept_aside (fixture, garbage);
  g_assert_true (fixture->entries_kept);
  /* Every page of the journal's tabs hears about the new file. */
  g_assert_cmpuint (fixture->n_changed, >=, 6);
  g_assert_true (g_file_equal (fixture->kept, sw_journal_get_moved_aside_file (journal)));

  assert_notes (journal, "one|two|typed after the damage");
  assert_on_disk (fixture, "one|two|typed after the damage");
  assert_no_rescue_left (fixture);
  g_assert_false (sw_journal_is_read_only (journal));
}

/* Garbage over a journal whose every page is on disk: nothing can be read
 * back, so the fresh journal starts empty, and says so; the save lands. */
static void
test_overwritten_in_place_starts_afresh (Fixture       *fixture,
                                         gconstpointer  data)
{
  g_autoptr(SwJournal) journal = NULL;
  g_autoptr(GBytes) garbage = sw_fault_garbage (20000);
  g_autoptr(SwSymptomEntry) entry = make_entry ("typed after the damage");

  journal = open_saved_journal (fixture, "one");
  sw_fault_overwrite_in_place (fixture->path, garbage);

  assert_saved (journal, entry);

  assert_kept_aside (fixture, garbage);
  g_assert_false (fixture->entries_kept);
  assert_notes (journal, "typed after the damage");
  assert_on_disk (fixture, "typed after the damage");
  assert_no_rescue_left (fixture);
}

/* Another file renamed over the journal: the journal would go on writing
 * to the old file, which no longer has a name, and lose it all when it
 * closes. It notices, keeps the newcomer aside and carries on with
 * everything it had. */
static void
test_replaced_by_rename_keeps_entries (Fixture       *fixture,
                                       gconstpointer  data)
{
  g_autoptr(SwJournal) journal = NULL;
  g_autoptr(GBytes) garbage = sw_fault_garbage (8192);
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  /* Some of it checkpointed into the file, some only in the -wal. */
  journal = open_saved_journal (fixture, "one");
  add_note (journal, "two");

  sw_fault_replace_by_rename (fixture->path, garbage);

  /* Any kind of record: the daemon's break events go the same way. */
  g_assert_true (sw_journal_add_break_event (journal, SW_JOURNAL_TIME_NOW,
                                             SW_JOURNAL_BREAK_COMPLETED, 120, &id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  add_note (journal, "three");

  assert_kept_aside (fixture, garbage);
  g_assert_true (fixture->entries_kept);
  assert_notes (journal, "one|two|three");
  assert_on_disk (fixture, "one|two|three");

  /* And it all survives the journal closing and opening again. */
  g_assert_finalize_object (g_steal_pointer (&journal));
  journal = open_journal (fixture);
  assert_notes (journal, "one|two|three");
  {
    g_autoptr(GDate) today = g_date_new_dmy (10, G_DATE_MARCH, 2026);
    g_autoptr(GArray) days = sw_journal_get_daily_summary (journal, today, today, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_array_index (days, SwJournalDay, 0).breaks_taken, ==, 1);
  }
  assert_no_rescue_left (fixture);
}

static guint
count_files_named (const char *dir,
                   const char *part)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (listing)) != NULL)
    if (strstr (name, part) != NULL && !g_str_has_suffix (name, "-wal") &&
        !g_str_has_suffix (name, "-shm"))
      n++;

  return n;
}

/* The app and the reminder daemon both have the journal open when garbage
 * is renamed over it: the first to write recovers, the other goes over to
 * the recovered journal rather than moving it aside in turn, and nothing
 * either of them saved is lost. */
static void
test_two_journals_recover_once (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(SwJournal) app = open_journal (fixture);
  g_autoptr(SwJournal) daemon = open_journal (fixture);
  g_autoptr(GBytes) garbage = sw_fault_garbage (8192);
  g_autoptr(GDate) today = g_date_new_dmy (10, G_DATE_MARCH, 2026);
  g_autoptr(GArray) days = NULL;
  g_autoptr(GError) error = NULL;

  add_note (app, "one");
  g_assert_true (sw_journal_add_break_event (daemon, SW_JOURNAL_TIME_NOW,
                                             SW_JOURNAL_BREAK_COMPLETED, 60, NULL, &error));
  sw_fault_replace_by_rename (fixture->path, garbage);

  add_note (app, "two");
  g_assert_cmpuint (fixture->n_recovered, ==, 1);
  g_assert_true (fixture->entries_kept);

  g_assert_true (sw_journal_add_break_event (daemon, SW_JOURNAL_TIME_NOW,
                                             SW_JOURNAL_BREAK_NATURAL, 300, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->n_recovered, ==, 1);
  add_note (app, "three");

  g_assert_cmpuint (count_files_named (fixture->dir, ".corrupt-"), ==, 1);
  assert_on_disk (fixture, "one|two|three");
  days = sw_journal_get_daily_summary (app, today, today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_array_index (days, SwJournalDay, 0).breaks_taken, ==, 2);

  g_assert_finalize_object (g_steal_pointer (&daemon));
  g_assert_finalize_object (g_steal_pointer (&app));
  assert_database_sound (fixture->path);
  assert_no_rescue_left (fixture);
}

/* A journal put in its place on purpose (a backup restored, a sync): the
 * journal goes over to it, nothing is called damaged, and what it had is
 * kept beside it in case it was newer. */
static void
test_replaced_by_another_journal (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(SwJournal) journal = open_journal (fixture);
  g_autoptr(GError) error = NULL;
  g_autofree char *backup_path = g_build_filename (g_get_user_data_dir (), "backup.db", NULL);
  g_autoptr(GFile) backup_file = g_file_new_for_path (backup_path);

  add_note (journal, "before the restore");
  {
    g_autoptr(SwJournal) backup = sw_journal_open (backup_file, SW_CLOCK (fixture->clock),
                                                   &error);

    g_assert_no_error (error);
    add_note (backup, "from the backup");
  }
  g_assert_cmpint (g_rename (backup_path, fixture->path), ==, 0);

  fixture->n_changed = 0;
  add_note (journal, "after the restore");

  g_assert_cmpuint (fixture->n_recovered, ==, 0);
  g_assert_cmpuint (fixture->n_changed, >=, 6);
  assert_notes (journal, "from the backup|after the restore");
  assert_on_disk (fixture, "from the backup|after the restore");

  /* What the journal had before is kept next to it, whole. */
  g_assert_cmpuint (count_files_named (fixture->dir, ".replaced-"), ==, 1);
  {
    g_autofree char *kept_path = g_strconcat (fixture->path, ".replaced-20260310-120000", NULL);
    g_autoptr(GFile) kept_file = g_file_new_for_path (kept_path);
    g_autoptr(SwJournal) kept = sw_journal_open_full (kept_file, SW_CLOCK (fixture->clock),
                                                      SW_JOURNAL_OPEN_READ_ONLY, &error);

    g_assert_no_error (error);
    assert_notes (kept, "before the restore");
  }
  assert_no_rescue_left (fixture);
}

/* The file removed (a person clearing their data): the next entry starts a
 * new journal, and the old -wal is not read into it. */
static void
test_removed_starts_a_new_journal (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(SwJournal) journal = open_journal (fixture);

  add_note (journal, "removed with the file");
  g_assert_cmpint (g_unlink (fixture->path), ==, 0);

  add_note (journal, "first of the new journal");

  g_assert_cmpuint (fixture->n_recovered, ==, 0);
  assert_on_disk (fixture, "first of the new journal");
}

/* Damage in a data page that a write needs: the write fails, the file is
 * moved aside (nothing in it can be read whole), and the write runs again
 * in a fresh journal, with the same uuid and time. */
static void
test_damaged_page_write_runs_again (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(SwJournal) journal = NULL;
  g_autoptr(SwSymptomEntry) entry = make_entry ("saved despite the damage");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) damaged = NULL;

  /* The header and the schema stay; every table's pages become garbage. */
  journal = open_saved_journal (fixture, "one");
  damaged = damage_data_pages (fixture);
  sw_fault_overwrite_in_place (fixture->path, damaged);

  sw_fake_clock_advance (fixture->clock, G_TIME_SPAN_MINUTE);
  assert_saved (journal, entry);

  assert_kept_aside (fixture, damaged);
  g_assert_false (fixture->entries_kept);
  assert_on_disk (fixture, "saved despite the damage");
  {
    g_autoptr(GPtrArray) all = sw_journal_list_all_entries (journal, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (all->len, ==, 1);
    g_assert_true (sw_symptom_entry_equal (all->pdata[0], entry));
  }
}

/* A read meets the garbage first: it reports the damage; the next use
 * looks at the file, moves it aside and reads the fresh journal. */
static void
test_read_meets_garbage (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(SwJournal) journal = NULL;
  g_autoptr(GBytes) garbage = sw_fault_garbage (8192);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;

  journal = open_saved_journal (fixture, "one");
  sw_fault_overwrite_in_place (fixture->path, garbage);

  entries = sw_journal_list_all_entries (journal, &error);
  g_assert_null (entries);
  g_assert_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "is damaged"));
  g_clear_error (&error);
  g_assert_cmpuint (fixture->n_recovered, ==, 0);

  entries = sw_journal_list_all_entries (journal, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 0);
  assert_kept_aside (fixture, garbage);
  g_assert_false (fixture->entries_kept);
}

/* Reading a journal whose data pages are damaged reports it, and leaves
 * the file where it is: what can still be read stays readable. */
static void
test_damaged_page_read_leaves_file (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(SwJournal) journal = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) damaged = NULL;
  g_autoptr(GPtrArray) entries = NULL;

  journal = open_saved_journal (fixture, "one");
  damaged = damage_data_pages (fixture);
  sw_fault_overwrite_in_place (fixture->path, damaged);

  for (guint i = 0; i < 2; i++)
    {
      entries = sw_journal_list_all_entries (journal, &error);
      g_assert_null (entries);
      g_assert_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_CORRUPT);
      g_clear_error (&error);
    }

  g_assert_cmpuint (fixture->n_recovered, ==, 0);
  g_assert_null (sw_journal_get_moved_aside_file (journal));
  {
    g_autoptr(GBytes) still = sw_fault_read_file (fixture->path);

    g_assert_true (g_bytes_equal (still, damaged));
  }
}

/* ------------------------------------------------------------------------ */
/* A read-only folder                                                       */

static gboolean
skip_without_read_only (void)
{
  const char *why_not = NULL;

  if (sw_fault_read_only_supported (&why_not))
    return FALSE;

  g_test_skip (why_not);
  return TRUE;
}

static void
assert_save_refused (SwJournal      *journal,
                     SwSymptomEntry *entry,
                     const char     *reason_part)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *note = g_strdup (sw_symptom_entry_get_note (entry));

  g_assert_false (sw_journal_add_entry (journal, entry, &error));
  g_assert_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, reason_part));
  g_assert_cmpstr (error->message, ==, sw_journal_get_read_only_reason (journal));
  /* The entry is as the person typed it, ready to be saved again. */
  g_assert_cmpint (sw_symptom_entry_get_id (entry), ==, 0);
  g_assert_cmpstr (sw_symptom_entry_get_note (entry), ==, note);
}

/* No journal yet and a data folder that cannot be written: the journal
 * opens empty and says why it cannot save; once the folder can be written
 * to, the same entry saves, with no restart. */
static void
test_read_only_data_folder_at_start (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_autoptr(SwJournal) journal = NULL;
  g_autoptr(SwSymptomEntry) entry = make_entry ("typed while read-only");
  g_autoptr(GError) error = NULL;
  const char *data_home = g_get_user_data_dir ();
  struct stat st;

  if (skip_without_read_only ())
    return;

  g_assert_cmpint (g_mkdir_with_parents (data_home, 0700), ==, 0);
  sw_fault_make_read_only (data_home);

  /* The reminder daemon's way: no journal, and it tries again later. */
  g_assert_null (sw_journal_open (fixture->file, SW_CLOCK (fixture->clock), &error));
  g_assert_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_READ_ONLY);
  g_clear_error (&error);

  journal = open_journal (fixture);
  g_assert_true (sw_journal_is_read_only (journal));
  g_assert_nonnull (strstr (sw_journal_get_read_only_reason (journal), "cannot create the folder"));
  g_assert_false (g_file_test (fixture->dir, G_FILE_TEST_EXISTS));

  /* Reading works, and finds nothing. */
  assert_notes (journal, "");
  g_assert_false (sw_journal_is_flare_active (journal, FALSE, &error));
  g_assert_no_error (error);

  /* Saving says why, every time, and touches nothing. */
  assert_save_refused (journal, entry, "read-only");
  assert_save_refused (journal, entry, "read-only");
  g_assert_false (g_file_test (fixture->dir, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (fixture->n_read_only_changes, ==, 0);

  sw_fault_make_writable (data_home);
  fixture->n_changed = 0;
  assert_saved (journal, entry);

  g_assert_false (sw_journal_is_read_only (journal));
  g_assert_null (sw_journal_get_read_only_reason (journal));
  g_assert_cmpuint (fixture->n_read_only_changes, ==, 1);
  g_assert_cmpuint (fixture->n_changed, >=, 1);
  g_assert_cmpuint (fixture->n_recovered, ==, 0);
  assert_on_disk (fixture, "typed while read-only");
  g_assert_cmpint (g_stat (fixture->dir, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0777, ==, 0600);
}

/* A journal in a folder that became read-only before the app started: it
 * reads, refuses to save with the reason, and saves once it can. */
static void
test_read_only_journal_folder_at_start (Fixture       *fixture,
                                        gconstpointer  data)
{
  g_autoptr(SwJournal) journal = NULL;
  g_autoptr(SwSymptomEntry) entry = make_entry ("typed while read-only");

  if (skip_without_read_only ())
    return;

  journal = open_saved_journal (fixture, "saved before");
  g_assert_finalize_object (g_steal_pointer (&journal));
  sw_fault_make_read_only (fixture->dir);
  journal = open_journal (fixture);
  g_assert_true (sw_journal_is_read_only (journal));
  assert_notes (journal, "saved before");
  assert_save_refused (journal, entry, "is read-only");

  sw_fault_make_writable (fixture->dir);
  assert_saved (journal, entry);
  g_assert_false (sw_journal_is_read_only (journal));
  g_assert_cmpuint (fixture->n_read_only_changes, ==, 1);

  assert_on_disk (fixture, "saved before|typed while read-only");
}

/* The folder made read-only while the journal is open: the file is open
 * already and stays writable, so saving goes on, and nothing is lost when
 * the journal closes. A second journal opened now (the reminder daemon
 * starting) reads it and refuses to write. */
static void
test_folder_made_read_only_while_open (Fixture       *fixture,
                                       gconstpointer  data)
{
  g_autoptr(SwJournal) journal = NULL;
  g_autoptr(SwJournal) second = NULL;
  g_autoptr(GError) error = NULL;

  if (skip_without_read_only ())
    return;

  journal = open_journal (fixture);
  add_note (journal, "before");
  sw_fault_make_read_only (fixture->dir);

  add_note (journal, "while read-only");
  g_assert_false (sw_journal_is_read_only (journal));
  g_assert_cmpuint (fixture->n_recovered, ==, 0);

  second = sw_journal_open (fixture->file, SW_CLOCK (fixture->clock), &error);
  g_assert_no_error (error);
  g_assert_true (sw_journal_is_read_only (second));
  assert_notes (second, "before|while read-only");
  g_assert_false (sw_journal_add_break_event (second, SW_JOURNAL_TIME_NOW,
                                              SW_JOURNAL_BREAK_SKIPPED, -1, NULL, &error));
  g_assert_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_READ_ONLY);
  g_clear_object (&second);

  g_assert_finalize_object (g_steal_pointer (&journal));
  sw_fault_make_writable (fixture->dir);

  assert_on_disk (fixture, "before|while read-only");
}

/* ------------------------------------------------------------------------ */
/* A full disk                                                              */

/* Writes fail with EFBIG past the file-size limit, as on a full disk: the
 * save says the disk is full, the entry is kept, what was saved stays, and
 * the same entry saves once there is room. */
static void
test_full_disk (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(SwJournal) journal = open_journal (fixture);
  g_autoptr(SwSymptomEntry) entry = make_entry ("typed on a full disk");
  g_autoptr(GError) error = NULL;
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  gint64 created;

  add_note (journal, "one");
  add_note (journal, "two");

  /* The -wal cannot grow: every commit appends to it. */
  sw_fault_limit_file_size (sw_fault_file_size (wal));

  for (guint i = 0; i < 2; i++)
    {
      g_assert_false (sw_journal_add_entry (journal, entry, &error));
      g_assert_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_FULL);
      g_assert_nonnull (strstr (error->message, "is full. Free some space"));
      g_clear_error (&error);
      g_assert_cmpint (sw_symptom_entry_get_id (entry), ==, 0);
      g_assert_cmpstr (sw_symptom_entry_get_note (entry), ==, "typed on a full disk");
    }
  created = sw_symptom_entry_get_created (entry);

  g_assert_false (sw_journal_add_break_event (journal, SW_JOURNAL_TIME_NOW,
                                              SW_JOURNAL_BREAK_COMPLETED, 60, NULL, &error));
  g_assert_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_FULL);
  g_clear_error (&error);

  /* A full disk is nothing like damage: nothing is moved, nothing lost. */
  g_assert_cmpuint (fixture->n_recovered, ==, 0);
  g_assert_false (sw_journal_is_read_only (journal));
  assert_notes (journal, "one|two");

  sw_fault_unlimit_file_size ();
  sw_fake_clock_advance (fixture->clock, G_TIME_SPAN_MINUTE);
  assert_saved (journal, entry);
  g_assert_cmpint (sw_symptom_entry_get_created (entry), ==, created);

  g_assert_finalize_object (g_steal_pointer (&journal));
  assert_on_disk (fixture, "one|two|typed on a full disk");
}

/* Full before the first journal could be made: it opens empty, read-only
 * with the reason, and makes its file once there is room. */
static void
test_full_disk_at_start (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(SwJournal) journal = NULL;
  g_autoptr(SwSymptomEntry) entry = make_entry ("typed on a full disk");

  /* Too small for SQLite's first page. */
  sw_fault_limit_file_size (512);
  journal = open_journal (fixture);
  g_assert_true (sw_journal_is_read_only (journal));
  g_assert_nonnull (strstr (sw_journal_get_read_only_reason (journal), "is full"));

  assert_save_refused (journal, entry, "is full");

  sw_fault_unlimit_file_size ();
  assert_saved (journal, entry);
  g_assert_false (sw_journal_is_read_only (journal));

  assert_on_disk (fixture, "typed on a full disk");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/sitwell/core/journal-faults/" path, Fixture, NULL, fixture_set_up, func, \
              fixture_tear_down)

  ADD ("overwritten-in-place-keeps-entries", test_overwritten_in_place_keeps_entries);
  ADD ("overwritten-in-place-starts-afresh", test_overwritten_in_place_starts_afresh);
  ADD ("replaced-by-rename-keeps-entries", test_replaced_by_rename_keeps_entries);
  ADD ("two-journals-recover-once", test_two_journals_recover_once);
  ADD ("replaced-by-another-journal", test_replaced_by_another_journal);
  ADD ("removed-starts-a-new-journal", test_removed_starts_a_new_journal);
  ADD ("damaged-page-write-runs-again", test_damaged_page_write_runs_again);
  ADD ("read-meets-garbage", test_read_meets_garbage);
  ADD ("damaged-page-read-leaves-file", test_damaged_page_read_leaves_file);
  ADD ("read-only-data-folder-at-start", test_read_only_data_folder_at_start);
  ADD ("read-only-journal-folder-at-start", test_read_only_journal_folder_at_start);
  ADD ("folder-made-read-only-while-open", test_folder_made_read_only_while_open);
  ADD ("full-disk", test_full_disk);
  ADD ("full-disk-at-start", test_full_disk_at_start);

#undef ADD

  return g_test_run ();
}

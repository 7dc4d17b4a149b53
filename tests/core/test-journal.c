/* test-journal.c: the journal keeps every entry, refuses what it cannot keep
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
#include "sw-journal.h"

#define HOUR G_TIME_SPAN_HOUR
#define DAY  G_TIME_SPAN_DAY

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3, sqlite3_close_v2)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */

/* The isolated data folder of this test (G_TEST_OPTION_ISOLATE_DIRS). */
static char *
journal_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "sitwell", "journal.db", NULL);
}

static SwJournal *
open_journal (SwFakeClock *clock)
{
  g_autoptr(GFile) file = sw_journal_get_default_file ();
  g_autoptr(GError) error = NULL;
  SwJournal *journal;

  journal = sw_journal_open (file, SW_CLOCK (clock), &error);
  g_assert_no_error (error);
  g_assert_nonnull (journal);
  g_assert_false (sw_journal_is_read_only (journal));
  g_assert_null (sw_journal_get_moved_aside_file (journal));

  return journal;
}

static SwFakeClock *
new_clock (void)
{
  return sw_fake_clock_new_local (2026, 3, 10, 12, 0);
}

static gint64
clock_now (SwFakeClock *clock)
{
  return sw_clock_get_real_us (SW_CLOCK (clock));
}

static SwSymptomEntry *
make_entry (SwBodyArea     area,
            SwSide         side,
            int            pain,
            SwSymptomKind  kinds,
            const char    *note)
{
  SwSymptomEntry *entry = sw_symptom_entry_new ();

  sw_symptom_entry_set_body_area (entry, area);
  sw_symptom_entry_set_side (entry, side);
  sw_symptom_entry_set_pain (entry, pain);
  sw_symptom_entry_set_kinds (entry, kinds);
  sw_symptom_entry_set_note (entry, note);

  return entry;
}

static gint64
add_entry_at (SwJournal     *journal,
              gint64         created_us,
              int            pain,
              SwSymptomKind  kinds)
{
  g_autoptr(SwSymptomEntry) entry = make_entry (SW_BODY_AREA_CALF, SW_SIDE_LEFT, pain, kinds, "");
  g_autoptr(GError) error = NULL;

  sw_symptom_entry_set_created (entry, created_us);
  sw_journal_add_entry (journal, entry, &error);
  g_assert_no_error (error);

  return sw_symptom_entry_get_id (entry);
}

static void
add_check_at (SwJournal  *journal,
              gint64      time_us,
              const char *outcome)
{
  g_autoptr(SwJournalCheck) check = sw_journal_check_new (outcome);
  g_autoptr(GError) error = NULL;

  check->time_us = time_us;
  sw_journal_add_check (journal, check, &error);
  g_assert_no_error (error);
}

static void
add_break_at (SwJournal          *journal,
              gint64              time_us,
              SwJournalBreakKind  kind,
              int                 length_s)
{
  g_autoptr(GError) error = NULL;

  sw_journal_add_break_event (journal, time_us, kind, length_s, NULL, &error);
  g_assert_no_error (error);
}

static gint64
local_us (int year,
          int month,
          int day,
          int hour,
          int minute)
{
  g_autoptr(GDateTime) dt = g_date_time_new_local (year, month, day, hour, minute, 0);

  return g_date_time_to_unix (dt) * G_USEC_PER_SEC;
}

static GBytes *
read_bytes (const char *path)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (g_steal_pointer (&data), length);
}

static void
write_bytes (const char *path,
             const void *data,
             gsize       length)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (path, data, (gssize) length, &error);
  g_assert_no_error (error);
}

static sqlite3 *
open_raw (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL),
                   ==, SQLITE_OK);
  return db;
}

static void
exec_raw (sqlite3    *db,
          const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("SQL failed: %s: %s", sql, message);
}

static gint64
query_raw_int (sqlite3    *db,
               const char *sql)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);

  return sqlite3_column_int64 (stmt, 0);
}

static guint
file_mode (const char *path)
{
  struct stat st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

static void
count_changed_cb (SwJournal         *journal,
                  SwJournalItemType  type,
                  guint             *count)
{
  (*count)++;
}

static GDate *
date_new (int year,
          int month,
          int day)
{
  return g_date_new_dmy (day, month, year);
}

/* ------------------------------------------------------------------------ */
/* Symptom entries                                                          */

static void
test_entry_keys_and_labels (void)
{
  SwSymptomKind kinds = 0;
  SwTrigger triggers = 0;
  g_autofree char *kind_keys = NULL;
  g_autofree char *trigger_keys = NULL;

  for (SwBodyArea a = SW_BODY_AREA_CALF; a < SW_N_BODY_AREAS; a++)
    {
      SwBodyArea back;

      g_assert_true (sw_body_area_from_key (sw_body_area_to_key (a), &back));
      g_assert_cmpint (back, ==, a);
      g_assert_nonnull (sw_body_area_get_label (a));
    }
  g_assert_cmpstr (sw_body_area_to_key (SW_BODY_AREA_LOWER_BACK), ==, "lower_back");
  g_assert_false (sw_body_area_from_key ("knee", NULL));
  g_assert_false (sw_body_area_from_key (NULL, NULL));

  for (SwSide s = SW_SIDE_LEFT; s < SW_N_SIDES; s++)
    {
      SwSide back;

      g_assert_true (sw_side_from_key (sw_side_to_key (s), &back));
      g_assert_cmpint (back, ==, s);
      g_assert_nonnull (sw_side_get_label (s));
    }

  kind_keys = sw_symptom_kinds_to_keys (SW_SYMPTOM_KIND_TINGLING | SW_SYMPTOM_KIND_ACHE, ';');
  g_assert_cmpstr (kind_keys, ==, "ache;tingling");
  g_assert_true (sw_symptom_kinds_from_keys (" tingling ;ache", ';', &kinds));
  g_assert_cmpuint (kinds, ==, SW_SYMPTOM_KIND_TINGLING | SW_SYMPTOM_KIND_ACHE);
  g_assert_false (sw_symptom_kinds_from_keys ("ache;burning", ';', &kinds));
  g_assert_true (sw_symptom_kinds_from_keys ("", ';', &kinds));
  g_assert_cmpuint (kinds, ==, 0);

  trigger_keys = sw_triggers_to_keys (SW_TRIGGER_ALL, ';');
  g_assert_cmpstr (trigger_keys, ==, "massage;sitting;standing;walking;lifting;exercise");
  g_assert_true (sw_triggers_from_keys (trigger_keys, ';', &triggers));
  g_assert_cmpuint (triggers, ==, SW_TRIGGER_ALL);

  g_assert_cmpstr (sw_symptom_kind_to_key (SW_SYMPTOM_KIND_WEAKNESS), ==, "weakness");
  g_assert_cmpstr (sw_trigger_to_key (SW_TRIGGER_LIFTING), ==, "lifting");
  g_assert_cmpstr (sw_pain_get_label (0), ==, "No pain");
  g_assert_cmpstr (sw_pain_get_label (10), ==, "Worst imaginable");
}

static void
test_open_tightens_an_open_folder (void)
{
  g_autoptr(SwFakeClock) clock = new_clock ();
  g_autofree char *path = journal_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(SwJournal) journal = NULL;

  /* A folder someone left readable by others is made private. */
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  journal = open_journal (clock);
  g_assert_cmpuint (file_mode (dir), ==, 0700);
}

static void
test_open_creates_private_files (void)
{
  g_autoptr(SwFakeClock) clock = new_clock ();
  g_autoptr(SwJournal) journal = open_journal (clock);
  g_autofree char *path = journal_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autoptr(GFile) expected = g_file_new_for_path (path);
  g_autoptr(sqlite3) db = NULL;

  g_assert_true (g_file_equal (sw_journal_get_file (journal), expected));
  g_assert_true (sw_journal_get_clock (journal) == SW_CLOCK (clock));
  g_assert_null (sw_journal_get_read_only_reason (journal));

  add_entry_at (journal, clock_now (clock), 3, 0);

  g_assert_cmpuint (file_mode (dir), ==, 0700);
  g_assert_cmpuint (file_mode (path), ==, 0600);
  g_assert_cmpuint (file_mode (wal), ==, 0600);
  g_assert_cmpuint (file_mode (shm), ==, 0600);

  db = open_raw (path);
  g_assert_cmpint (query_raw_int (db, "PRAGMA user_version"), ==, SW_JOURNAL_SCHEMA_VERSION);
  g_assert_cmpint (query_raw_int (db, "SELECT count(*) FROM symptom_entries"), ==, 1);
  {
    g_autoptr(sqlite3_stmt) stmt = NULL;

    g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA journal_mode", -1, &stmt, NULL), ==, 0);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "wal");
  }

  g_clear_pointer (&db, sqlite3_close_v2);
  g_assert_finalize_object (g_steal_pointer (&journal));
}

static void
test_open_tightens_existing_file (void)
{
  g_autoptr(SwFakeClock) clock = new_clock ();
  g_autofree char *path = journal_path ();
  g_autoptr(SwJournal) journal = NULL;

  /* An empty file someone made with the usual umask. */
  write_bytes (path, "", 0);
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);

  journal = open_journal (clock);
  g_assert_cmpuint (file_mode (path), ==, 0600);
}

static void
test_entry_crud (void)
{
  g_autoptr(SwFakeClock) clock = new_clock ();
  g_autoptr(SwJournal) journal = open_journal (clock);
  g_autoptr(SwSymptomEntry) entry = NULL;
  g_autoptr(SwSymptomEntry) loaded = NULL;
  g_autoptr(SwSymptomEntry) deleted = NULL;
  g_autoptr(SwSymptomEntry) twin = NULL;
  g_autoptr(GError) error = NULL;
  guint changes = 0;
  gint64 id;
  gint64 created;

  g_signal_connect (journal, "changed", G_CALLBACK (count_changed_cb), &changes);

  entry = make_entry (SW_BODY_AREA_CALF, SW_SIDE_LEFT, 5,
                      SW_SYMPTOM_KIND_ACHE | SW_SYMPTOM_KIND_RADIATING, "after a long meeting");
  sw_symptom_entry_set_triggers (entry, SW_TRIGGER_SITTING | SW_TRIGGER_MASSAGE);

  g_assert_true (sw_journal_add_entry (journal, entry, &error));
  g_assert_no_error (error);
  id = sw_symptom_entry_get_id (entry);
  created = sw_symptom_entry_get_created (entry);
  g_assert_cmpint (id, >, 0);
  g_assert_true (g_uuid_string_is_valid (sw_symptom_entry_get_uuid (entry)));
  g_assert_cmpint (created, ==, clock_now (clock));
  g_assert_cmpint (sw_symptom_entry_get_modified (entry), ==, 0);
  g_assert_cmpuint (changes, ==, 1);

  loaded = sw_journal_get_entry (journal, id, &error);
  g_assert_no_error (error);
  g_assert_true (sw_symptom_entry_equal (entry, loaded));
  g_assert_cmpint (sw_symptom_entry_get_id (loaded), ==, id);
  g_clear_object (&loaded);

  /* Edit: content changes, the modified time is set, id and uuid stay. */
  sw_fake_clock_advance (clock, 90 * G_USEC_PER_SEC);
  sw_symptom_entry_set_pain (entry, 7);
  sw_symptom_entry_set_side (entry, SW_SIDE_BOTH);
  sw_symptom_entry_set_note (entry, "worse after lunch");
  g_assert_true (sw_journal_update_entry (journal, entry, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sw_symptom_entry_get_modified (entry), ==, clock_now (clock));
  g_assert_cmpint (sw_symptom_entry_get_created (entry), ==, created);

  loaded = sw_journal_get_entry (journal, id, &error);
  g_assert_no_error (error);
  g_assert_true (sw_symptom_entry_equal (entry, loaded));
  g_assert_cmpint (sw_symptom_entry_get_pain (loaded), ==, 7);
  g_clear_object (&loaded);

  /* Delete, then Undo. */
  deleted = sw_journal_delete_entry (journal, id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (deleted);
  g_assert_true (sw_symptom_entry_equal (entry, deleted));
  g_assert_cmpint (sw_symptom_entry_get_id (deleted), ==, id);

  loaded = sw_journal_get_entry (journal, id, &error);
  g_assert_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_NOT_FOUND);
  g_assert_null (loaded);
  g_clear_error (&error);

  g_assert_null (sw_journal_delete_entry (journal, id, &error));
  g_assert_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (sw_journal_update_entry (journal, entry, &error));
  g_assert_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (sw_journal_restore_entry (journal, deleted, &error));
  g_assert_no_error (error);
  loaded = sw_journal_get_entry (journal, id, &error);
  g_assert_no_error (error);
  g_assert_true (sw_symptom_entry_equal (deleted, loaded));
  g_clear_object (&loaded);

  /* Restoring twice would duplicate it. */
  g_assert_false (sw_journal_restore_entry (journal, deleted, &error));
  g_assert_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_INVALID);
  g_clear_error (&error);

  /* The same uuid cannot be added twice. */
  twin = make_entry (SW_BODY_AREA_FOOT, SW_SIDE_RIGHT, 1, 0, "");
  sw_symptom_entry_set_uuid (twin, sw_symptom_entry_get_uuid (entry));
  g_assert_false (sw_journal_add_entry (journal, twin, &error));
  g_assert_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_INVALID);
  g_assert_cmpint (sw_symptom_entry_get_id (twin), ==, 0);
  g_clear_error (&error);

  /* Ids are never reused, so an Undo never collides with a newer entry. */
  g_clear_object (&deleted);
  deleted = sw_journal_delete_entry (journal, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (add_entry_at (journal, clock_now (clock), 2, 0), >, id);
  g_assert_true (sw_journal_restore_entry (journal, deleted, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (changes, ==, 7);
  g_assert_finalize_object (g_steal_pointer (&journal));
}

static void
test_list_entries_by_local_day (void)
{
  g_autoptr(SwFakeClock) clock = new_clock ();
  g_autoptr(SwJournal) journal = open_journal (clock);
  g_autoptr(GDate) first = date_new (2026, 3, 9);
  g_autoptr(GDate) last = date_new (2026, 3, 10);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  gint64 before, first_in, late, second_in, after;

  before = add_entry_at (journal, local_us (2026, 3, 9, 0, 0) - 1, 1, 0);
  first_in = add_entry_at (journal, local_us (2026, 3, 9, 0, 0), 2, 0);
  late = add_entry_at (journal, local_us (2026, 3, 10, 23, 59), 3, 0);
  second_in = add_entry_at (journal, local_us (2026, 3, 10, 8, 0), 4, 0);
  after = add_entry_at (journal, local_us (2026, 3, 11, 0, 0), 5, 0);
  g_assert_cmpint (before, >, 0);
  g_assert_cmpint (after, >, 0);

  entries = sw_journal_list_entries (journal, first, last, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 3);
  g_assert_cmpint (sw_symptom_entry_get_id (entries->pdata[0]), ==, late);
  g_assert_cmpint (sw_symptom_entry_get_id (entries->pdata[1]), ==, second_in);
  g_assert_cmpint (sw_symptom_entry_get_id (entries->pdata[2]), ==, first_in);
  g_clear_pointer (&entries, g_ptr_array_unref);

  entries = sw_journal_list_all_entries (journal, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 5);
  g_assert_cmpint (sw_symptom_entry_get_id (entries->pdata[0]), ==, before);
}

/* Local days follow TZ, including a 23-hour day. */
static void
test_days_follow_time_zone (void)
{
  g_autoptr(SwFakeClock) clock = NULL;
  g_autoptr(SwJournal) journal = NULL;
  g_autoptr(GDate) dst_day = date_new (2026, 3, 8);
  g_autoptr(GArray) days = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  SwJournalDay *d;

  g_setenv ("TZ", "America/New_York", TRUE);

  clock = sw_fake_clock_new_local (2026, 3, 9, 12, 0);
  journal = open_journal (clock);

  /* 2026-03-08 is the day New York moves to summer time: 23 hours long. */
  add_entry_at (journal, local_us (2026, 3, 7, 23, 30), 2, 0);
  add_entry_at (journal, local_us (2026, 3, 8, 0, 30), 4, 0);
  add_entry_at (journal, local_us (2026, 3, 8, 23, 30), 6, 0);
  add_entry_at (journal, local_us (2026, 3, 9, 0, 10), 8, 0);

  entries = sw_journal_list_entries (journal, dst_day, dst_day, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 2);

  {
    g_autoptr(GDate) first = date_new (2026, 3, 7);
    g_autoptr(GDate) last = date_new (2026, 3, 9);

    days = sw_journal_get_daily_summary (journal, first, last, &error);
    g_assert_no_error (error);
  }
  g_assert_cmpuint (days->len, ==, 3);
  d = &g_array_index (days, SwJournalDay, 1);
  g_assert_cmpint (g_date_get_day (&d->date), ==, 8);
  g_assert_cmpint (d->n_entries, ==, 2);
  g_assert_cmpint (d->max_pain, ==, 6);
  g_assert_cmpint (g_array_index (days, SwJournalDay, 2).start_us - d->start_us, ==, 23 * HOUR);
  g_assert_cmpint (g_array_index (days, SwJournalDay, 2).max_pain, ==, 8);

  g_setenv ("TZ", "UTC", TRUE);
}

static char *
random_text (GRand *rand,
             guint  n_chars)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n_chars; i++)
    {
      gunichar c;

      /* Any code point but NUL and the surrogates: control characters,
       * non-characters, combining marks, astral planes. */
      do
        c = (gunichar) g_rand_int_range (rand, 1, 0x110000);
      while (c >= 0xd800 && c <= 0xdfff);
      g_string_append_unichar (text, c);
    }

  return g_string_free (text, FALSE);
}

static void
test_notes_survive_anything (void)
{
  g_autoptr(SwFakeClock) clock = new_clock ();
  g_autoptr(SwJournal) journal = open_journal (clock);
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) longest = g_string_new (NULL);
  g_autoptr(GString) too_long = NULL;
  g_autoptr(SwSymptomEntry) rejected = NULL;
  g_autoptr(GError) error = NULL;
  char noise[512];

  g_ptr_array_add (notes, g_strdup ("Calf 🦵 hurts 😣 — family 👩‍👩‍👧‍👦, flag 🇨🇳, skin 👍🏽"));
  g_ptr_array_add (notes, g_strdup ("ألم في ربلة الساق اليسرى بعد التدليك"));
  g_ptr_array_add (notes, g_strdup ("כאב ‏בשוק‏ abc \u202Eevil\u202C mixed"));
  g_ptr_array_add (notes, g_strdup ("\"quoted\" 'single' `back` «guillemets» „low“"));
  g_ptr_array_add (notes, g_strdup ("'); DROP TABLE symptom_entries;--"));
  g_ptr_array_add (notes, g_strdup ("\"; DELETE FROM symptom_entries WHERE 1=1; --"));
  g_ptr_array_add (notes, g_strdup ("%s %n %x %%d {0} ${HOME} $(reboot)"));
  g_ptr_array_add (notes, g_strdup ("line one\r\nline two\nline three\rend\t\x01\x1f\x7f"));
  g_ptr_array_add (notes, g_strdup ("按摩小腿肚疼?可能是腰椎间盘突出在预警"));
  g_ptr_array_add (notes, random_text (rand, 300));

  /* Exactly 2000 characters, 4 bytes each: the limit counts characters. */
  for (guint i = 0; i < SW_SYMPTOM_ENTRY_NOTE_MAX_CHARS; i++)
    g_string_append (longest, "🦵");
  g_assert_cmpuint (longest->len, ==, 8000);
  g_ptr_array_add (notes, g_strdup (longest->str));

  for (guint i = 0; i < notes->len; i++)
    {
      g_autoptr(SwSymptomEntry) entry = make_entry (SW_BODY_AREA_OTHER, SW_SIDE_BOTH, 3, 0,
                                                    notes->pdata[i]);
      g_autoptr(SwSymptomEntry) loaded = NULL;

      g_assert_true (sw_journal_add_entry (journal, entry, &error));
      g_assert_no_error (error);

      loaded = sw_journal_get_entry (journal, sw_symptom_entry_get_id (entry), &error);
      g_assert_no_error (error);
      g_assert_cmpstr (sw_symptom_entry_get_note (loaded), ==, notes->pdata[i]);
      g_assert_true (sw_symptom_entry_equal (entry, loaded));
    }

  /* 2001 characters: refused with a clear message, the form keeps it all. */
  too_long = g_string_new (longest->str);
  g_string_append (too_long, "!");
  rejected = make_entry (SW_BODY_AREA_CALF, SW_SIDE_LEFT, 2, 0, too_long->str);
  g_assert_false (sw_journal_add_entry (journal, rejected, &error));
  g_assert_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2001"));
  g_assert_nonnull (strstr (error->message, "2000"));
  g_assert_cmpint (sw_symptom_entry_get_id (rejected), ==, 0);
  g_assert_cmpstr (sw_symptom_entry_get_note (rejected), ==, too_long->str);
  g_clear_error (&error);

  /* Bytes that are not UTF-8 (no NUL): refused, nothing stored. */
  for (guint i = 0; i < sizeof noise - 1; i++)
    noise[i] = (char) g_rand_int_range (rand, 1, 256);
  noise[sizeof noise - 1] = '\0';
  noise[0] = (char) 0xff;
  sw_symptom_entry_set_note (rejected, noise);
  g_assert_false (sw_journal_add_entry (journal, rejected, &error));
  g_assert_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_INVALID);
  g_clear_error (&error);

  {
    g_autoptr(GPtrArray) all = sw_journal_list_all_entries (journal, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (all->len, ==, notes->len);
  }
}

/* ------------------------------------------------------------------------ */
/* Other records, timeline, summary                                         */

static SwJournalCheck *
save_check_at (SwJournal  *journal,
               gint64      time_us,
               const char *outcome,
               const char *answers,
               const char *deciding)
{
  g_autoptr(GError) error = NULL;
  SwJournalCheck *check = sw_journal_check_new (outcome);

  check->time_us = time_us;
  g_free (check->answers);
  check->answers = g_strdup (answers);
  g_free (check->deciding_rules);
  check->deciding_rules = g_strdup (deciding);
  g_assert_true (sw_journal_add_check (journal, check, &error));
  g_assert_no_error (error);

  return check;
}

/* A report needs every check of a period with its answers. */
static void
test_list_checks_by_local_day (void)
{
  g_autoptr(SwFakeClock) clock = new_clock ();
  g_autoptr(SwJournal) journal = open_journal (clock);
  g_autoptr(GDate) first = date_new (2026, 3, 9);
  g_autoptr(GDate) last = date_new (2026, 3, 10);
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GError) error = NULL;
  SwJournalCheck *listed;

  listed = save_check_at (journal, local_us (2026, 3, 8, 23, 59), "LIKELY_MUSCULAR", "", "M1");
  sw_journal_check_free (listed);
  listed = save_check_at (journal, local_us (2026, 3, 9, 0, 0), "EMERGENCY", "rf_chest=yes",
                          "E6");
  sw_journal_check_free (listed);
  listed = save_check_at (journal, local_us (2026, 3, 10, 23, 0), "WATCH_AND_SELF_CARE",
                          "trend=same", "W3");
  sw_journal_check_free (listed);
  listed = save_check_at (journal, local_us (2026, 3, 11, 0, 0), "LIKELY_MUSCULAR", "", "M1");
  sw_journal_check_free (listed);

  checks = sw_journal_list_checks (journal, first, last, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (checks->len, ==, 2);

  /* Newest first, every field read back. */
  listed = g_ptr_array_index (checks, 0);
  g_assert_cmpstr (listed->outcome, ==, "WATCH_AND_SELF_CARE");
  g_assert_cmpint (listed->time_us, ==, local_us (2026, 3, 10, 23, 0));
  g_assert_cmpstr (listed->answers, ==, "trend=same");
  g_assert_cmpstr (listed->deciding_rules, ==, "W3");
  g_assert_null (listed->urgency);
  listed = g_ptr_array_index (checks, 1);
  g_assert_cmpstr (listed->outcome, ==, "EMERGENCY");
  g_assert_cmpstr (listed->answers, ==, "rf_chest=yes");
  g_assert_cmpint (listed->id, >, 0);
  g_clear_pointer (&checks, g_ptr_array_unref);

  checks = sw_journal_list_checks (journal, last, last, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (checks->len, ==, 1);
}


static void
test_timeline_lists_every_record (void)
{
  g_autoptr(SwFakeClock) clock = new_clock ();
  g_autoptr(SwJournal) journal = open_journal (clock);
  g_autoptr(SwJournalCheck) check = NULL;
  g_autoptr(SwJournalCheck) last = NULL;
  g_autoptr(GDate) today = date_new (2026, 3, 10);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  const char * const exercises[] = { "ankle_pumps", "calf_raises", NULL };
  const char * const ticked[] = { "screen_height", "lumbar_support", NULL };
  const char * const bad_keys[] = { "a,b", NULL };
  gint64 id;
  SwJournalItem *item;

  g_assert_true (sw_journal_get_last_check (journal, &last, &error));
  g_assert_no_error (error);
  g_assert_null (last);

  add_entry_at (journal, local_us (2026, 3, 10, 8, 0), 4, SW_SYMPTOM_KIND_TINGLING);

  check = sw_journal_check_new ("SEE_DOCTOR_SOON");
  check->time_us = local_us (2026, 3, 10, 9, 0);
  check->urgency = g_strdup ("soon");
  g_free (check->answers);
  check->answers = g_strdup ("duration=gt_3d,rest_relief=no");
  g_free (check->deciding_rules);
  check->deciding_rules = g_strdup ("S6");
  g_free (check->also_noted);
  check->also_noted = g_strdup ("W3");
  g_assert_true (sw_journal_add_check (journal, check, &error));
  g_assert_no_error (error);
  g_assert_cmpint (check->id, >, 0);

  add_break_at (journal, local_us (2026, 3, 10, 9, 45), SW_JOURNAL_BREAK_DUE, -1);
  add_break_at (journal, local_us (2026, 3, 10, 9, 45), SW_JOURNAL_BREAK_SHOWN, -1);
  add_break_at (journal, local_us (2026, 3, 10, 9, 50), SW_JOURNAL_BREAK_COMPLETED, 300);
  add_break_at (journal, local_us (2026, 3, 10, 10, 40), SW_JOURNAL_BREAK_SKIPPED, -1);

  g_assert_true (sw_journal_add_exercise_session (journal, local_us (2026, 3, 10, 11, 0), "flare",
                                                  exercises, 240, TRUE, &id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_true (sw_journal_add_compress_session (journal, local_us (2026, 3, 10, 11, 30),
                                                  SW_JOURNAL_COMPRESS_COLD, 900, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (sw_journal_add_posture_check (journal, SW_JOURNAL_TIME_NOW, 72, ticked, NULL,
                                               &error));
  g_assert_no_error (error);

  /* Bad data is refused with INVALID. */
  g_assert_false (sw_journal_add_posture_check (journal, SW_JOURNAL_TIME_NOW, 101, NULL, NULL,
                                                &error));
  g_assert_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (sw_journal_add_exercise_session (journal, SW_JOURNAL_TIME_NOW, "office",
                                                   bad_keys, 10, FALSE, NULL, &error));
  g_assert_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_INVALID);
  g_clear_error (&error);
  {
    g_autoptr(SwJournalCheck) bogus = sw_journal_check_new ("PROBABLY_FINE");

    g_assert_false (sw_journal_add_check (journal, bogus, &error));
    g_assert_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_INVALID);
    g_clear_error (&error);
  }

  items = sw_journal_list_timeline (journal, today, today, &error);
  g_assert_no_error (error);
  /* due and shown are not listed */
  g_assert_cmpuint (items->len, ==, 7);

  item = items->pdata[0];
  g_assert_cmpint (item->type, ==, SW_JOURNAL_ITEM_POSTURE);
  g_assert_cmpint (item->time_us, ==, clock_now (clock));
  g_assert_cmpint (item->value, ==, 72);
  g_assert_cmpstr (item->text, ==, "screen_height,lumbar_support");

  item = items->pdata[1];
  g_assert_cmpint (item->type, ==, SW_JOURNAL_ITEM_COMPRESS);
  g_assert_cmpstr (item->key, ==, "cold");
  g_assert_cmpint (item->value, ==, 900);

  item = items->pdata[2];
  g_assert_cmpint (item->type, ==, SW_JOURNAL_ITEM_EXERCISE);
  g_assert_cmpstr (item->key, ==, "flare");
  g_assert_cmpstr (item->text, ==, "ankle_pumps,calf_raises");
  g_assert_cmpint (item->value, ==, 240);
  g_assert_cmpuint (item->flags, ==, 1);

  item = items->pdata[3];
  g_assert_cmpint (item->type, ==, SW_JOURNAL_ITEM_BREAK);
  g_assert_cmpstr (item->key, ==, "skipped");
  g_assert_cmpint (item->value, ==, -1);

  item = items->pdata[4];
  g_assert_cmpint (item->type, ==, SW_JOURNAL_ITEM_BREAK);
  g_assert_cmpstr (item->key, ==, "completed");
  g_assert_cmpint (item->value, ==, 300);

  item = items->pdata[5];
  g_assert_cmpint (item->type, ==, SW_JOURNAL_ITEM_CHECK);
  g_assert_cmpstr (item->key, ==, "SEE_DOCTOR_SOON");
  g_assert_cmpstr (item->sub_key, ==, "soon");
  g_assert_cmpstr (item->text, ==, "S6");

  item = items->pdata[6];
  g_assert_cmpint (item->type, ==, SW_JOURNAL_ITEM_SYMPTOM);
  g_assert_cmpstr (item->key, ==, "calf");
  g_assert_cmpstr (item->sub_key, ==, "left");
  g_assert_cmpint (item->value, ==, 4);
  g_assert_cmpuint (item->flags, ==, SW_SYMPTOM_KIND_TINGLING);

  {
    g_autoptr(SwJournalItem) copy = sw_journal_item_copy (item);
    g_assert_cmpstr (copy->key, ==, "calf");
  }

  g_assert_true (sw_journal_get_last_check (journal, &last, &error));
  g_assert_no_error (error);
  g_assert_nonnull (last);
  g_assert_cmpint (last->id, ==, check->id);
  g_assert_cmpstr (last->outcome, ==, "SEE_DOCTOR_SOON");
  g_assert_cmpstr (last->urgency, ==, "soon");
  g_assert_cmpstr (last->answers, ==, "duration=gt_3d,rest_relief=no");
  g_assert_cmpstr (last->deciding_rules, ==, "S6");
  g_assert_cmpstr (last->also_noted, ==, "W3");
}

static void
test_daily_summary (void)
{
  g_autoptr(SwFakeClock) clock = new_clock ();
  g_autoptr(SwJournal) journal = open_journal (clock);
  g_autoptr(GDate) first = date_new (2026, 3, 8);
  g_autoptr(GDate) last = date_new (2026, 3, 10);
  g_autoptr(GArray) days = NULL;
  g_autoptr(GError) error = NULL;
  SwJournalDay *d;

  /* 8 March: nothing at all. 9 March: a working day. 10 March: one entry. */
  add_entry_at (journal, local_us (2026, 3, 9, 9, 0), 2, 0);
  add_entry_at (journal, local_us (2026, 3, 9, 13, 0), 6, 0);
  add_entry_at (journal, local_us (2026, 3, 9, 17, 0), 0, 0);
  add_entry_at (journal, local_us (2026, 3, 10, 7, 0), 0, 0);

  /* 9:00 back at the desk (natural break ends), due 9:45, snoozed 9:50,
   * break 10:00–10:05, skipped 11:30, lunch away 12:00–13:00 (natural),
   * due 13:45, last event 15:40 skipped. Streaks: 9:00–10:00 = 60 min,
   * 10:05–12:00 = 115 min, 13:00–15:40 = 160 min. */
  add_break_at (journal, local_us (2026, 3, 9, 9, 0), SW_JOURNAL_BREAK_NATURAL, 8 * 3600);
  add_break_at (journal, local_us (2026, 3, 9, 9, 45), SW_JOURNAL_BREAK_DUE, -1);
  add_break_at (journal, local_us (2026, 3, 9, 9, 50), SW_JOURNAL_BREAK_SNOOZED, -1);
  add_break_at (journal, local_us (2026, 3, 9, 10, 0), SW_JOURNAL_BREAK_STARTED, -1);
  add_break_at (journal, local_us (2026, 3, 9, 10, 5), SW_JOURNAL_BREAK_COMPLETED, 300);
  add_break_at (journal, local_us (2026, 3, 9, 11, 30), SW_JOURNAL_BREAK_SKIPPED, -1);
  add_break_at (journal, local_us (2026, 3, 9, 13, 0), SW_JOURNAL_BREAK_NATURAL, 3600);
  add_break_at (journal, local_us (2026, 3, 9, 13, 45), SW_JOURNAL_BREAK_DUE, -1);
  add_break_at (journal, local_us (2026, 3, 9, 15, 40), SW_JOURNAL_BREAK_SKIPPED, -1);
  /* 10 March: one due event only: a streak of 0 minutes is still known. */
  add_break_at (journal, local_us (2026, 3, 10, 9, 0), SW_JOURNAL_BREAK_DUE, -1);

  days = sw_journal_get_daily_summary (journal, first, last, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (days->len, ==, 3);

  d = &g_array_index (days, SwJournalDay, 0);
  g_assert_cmpint (g_date_get_day (&d->date), ==, 8);
  g_assert_cmpint (d->start_us, ==, local_us (2026, 3, 8, 0, 0));
  g_assert_cmpint (d->max_pain, ==, -1);
  g_assert_cmpuint (d->n_entries, ==, 0);
  g_assert_cmpuint (d->breaks_taken, ==, 0);
  g_assert_cmpuint (d->breaks_skipped, ==, 0);
  g_assert_cmpint (d->longest_sitting_min, ==, -1);

  d = &g_array_index (days, SwJournalDay, 1);
  g_assert_cmpint (d->max_pain, ==, 6);
  g_assert_cmpuint (d->n_entries, ==, 3);
  g_assert_cmpuint (d->breaks_taken, ==, 3);
  g_assert_cmpuint (d->breaks_skipped, ==, 2);
  g_assert_cmpint (d->longest_sitting_min, ==, 160);

  d = &g_array_index (days, SwJournalDay, 2);
  g_assert_cmpint (d->max_pain, ==, 0);
  g_assert_cmpuint (d->n_entries, ==, 1);
  g_assert_cmpint (d->longest_sitting_min, ==, 0);
}

/* The oldest record the timeline lists, of any kind, by local day. */
static void
test_first_day (void)
{
  g_autoptr(SwFakeClock) clock = new_clock ();
  g_autoptr(SwJournal) journal = open_journal (clock);
  g_autoptr(GError) error = NULL;
  GDate day;

  g_assert_true (sw_journal_get_first_day (journal, &day, &error));
  g_assert_no_error (error);
  g_assert_false (g_date_valid (&day));

  add_entry_at (journal, local_us (2026, 3, 9, 8, 0), 3, 0);
  g_assert_true (sw_journal_get_first_day (journal, &day, &error));
  g_assert_true (g_date_valid (&day));
  g_assert_cmpint (g_date_get_day (&day), ==, 9);

  /* A "due" event is not in the timeline, so it does not count. */
  add_break_at (journal, local_us (2026, 2, 1, 9, 0), SW_JOURNAL_BREAK_DUE, -1);
  g_assert_true (sw_journal_get_first_day (journal, &day, &error));
  g_assert_cmpint (g_date_get_day (&day), ==, 9);
  g_assert_cmpint (g_date_get_month (&day), ==, 3);

  /* Any other kind of record does, late in the evening still on its day. */
  add_break_at (journal, local_us (2026, 2, 20, 23, 59), SW_JOURNAL_BREAK_SKIPPED, -1);
  g_assert_true (sw_journal_get_first_day (journal, &day, &error));
  g_assert_cmpint (g_date_get_day (&day), ==, 20);
  g_assert_cmpint (g_date_get_month (&day), ==, 2);

  add_check_at (journal, local_us (2026, 2, 10, 0, 0), "LIKELY_MUSCULAR");
  g_assert_true (sw_journal_get_first_day (journal, &day, &error));
  g_assert_cmpint (g_date_get_day (&day), ==, 10);

  sw_journal_add_exercise_session (journal, local_us (2026, 1, 5, 9, 0), "office", NULL, 60,
                                   TRUE, NULL, &error);
  g_assert_no_error (error);
  sw_journal_add_compress_session (journal, local_us (2026, 1, 4, 9, 0), SW_JOURNAL_COMPRESS_COLD,
                                   600, NULL, &error);
  g_assert_no_error (error);
  sw_journal_add_posture_check (journal, local_us (2026, 1, 3, 9, 0), 50, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (sw_journal_get_first_day (journal, &day, &error));
  g_assert_cmpint (g_date_get_day (&day), ==, 3);
  g_assert_cmpint (g_date_get_month (&day), ==, 1);
}

/* ------------------------------------------------------------------------ */
/* CONTENT-SPEC 2.3 at its boundaries                                       */

static gboolean
flare (SwJournal *journal)
{
  g_autoptr(GError) error = NULL;
  gboolean active = sw_journal_is_flare_active (journal, FALSE, &error);

  g_assert_no_error (error);
  return active;
}

static void
test_flare_boundaries (void)
{
  g_autoptr(SwFakeClock) clock = new_clock ();
  g_autoptr(SwJournal) journal = open_journal (clock);
  gint64 t0 = clock_now (clock);

  g_assert_false (flare (journal));
  g_assert_true (sw_journal_is_flare_active (journal, TRUE, NULL));

  /* Mild pain without nerve signs never makes a flare. */
  add_entry_at (journal, t0, 3, SW_SYMPTOM_KIND_ACHE | SW_SYMPTOM_KIND_STABBING);
  g_assert_false (flare (journal));

  /* Pain 4: a flare for less than 72 hours. */
  add_entry_at (journal, t0, 4, 0);
  g_assert_true (flare (journal));
  sw_fake_clock_advance (clock, 72 * HOUR - 1);
  g_assert_true (flare (journal));
  sw_fake_clock_advance (clock, 1);
  g_assert_false (flare (journal));

  /* Each nerve sign alone, even with pain 1. */
  {
    const SwSymptomKind signs[] = {
      SW_SYMPTOM_KIND_RADIATING, SW_SYMPTOM_KIND_NUMBNESS,
      SW_SYMPTOM_KIND_TINGLING, SW_SYMPTOM_KIND_WEAKNESS,
    };

    for (guint i = 0; i < G_N_ELEMENTS (signs); i++)
      {
        add_entry_at (journal, clock_now (clock), 1, signs[i]);
        g_assert_true (flare (journal));
        sw_fake_clock_advance (clock, 72 * HOUR);
        g_assert_false (flare (journal));
      }
  }

  /* Check results: WATCH and SEE_DOCTOR_SOON count, the others do not. */
  add_check_at (journal, clock_now (clock), "LIKELY_MUSCULAR");
  g_assert_false (flare (journal));
  add_check_at (journal, clock_now (clock), "EMERGENCY");
  g_assert_false (flare (journal));

  add_check_at (journal, clock_now (clock), "WATCH_AND_SELF_CARE");
  g_assert_true (flare (journal));
  sw_fake_clock_advance (clock, 72 * HOUR - 1);
  g_assert_true (flare (journal));
  sw_fake_clock_advance (clock, 1);
  g_assert_false (flare (journal));

  add_check_at (journal, clock_now (clock) - 71 * HOUR, "SEE_DOCTOR_SOON");
  g_assert_true (flare (journal));
  sw_fake_clock_advance (clock, HOUR);
  g_assert_false (flare (journal));

  /* A record from the future (the clock was set back) still counts. */
  add_entry_at (journal, clock_now (clock) + HOUR, 8, 0);
  g_assert_true (flare (journal));
}

static gint64
episode_onset (SwJournal *journal)
{
  g_autoptr(GDateTime) onset = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (sw_journal_get_episode_onset (journal, &onset, &error));
  g_assert_no_error (error);
  if (onset == NULL)
    return -1;

  return g_date_time_to_unix (onset) * G_USEC_PER_SEC + g_date_time_get_microsecond (onset);
}

static void
test_onset_boundaries (void)
{
  g_autoptr(SwFakeClock) clock = new_clock ();
  g_autoptr(SwJournal) journal = open_journal (clock);
  g_autoptr(GError) error = NULL;
  gint64 t0 = clock_now (clock);

  g_assert_cmpint (episode_onset (journal), ==, -1);

  /* Pain 0 entries are not an episode. */
  add_entry_at (journal, t0 - DAY, 0, 0);
  g_assert_cmpint (episode_onset (journal), ==, -1);

  /* A run: t0, t0 + 7 days exactly (still one run), t0 + 9 days. */
  add_entry_at (journal, t0, 2, 0);
  add_entry_at (journal, t0 + 7 * DAY, 5, 0);
  add_entry_at (journal, t0 + 9 * DAY, 3, 0);

  sw_fake_clock_advance (clock, 9 * DAY);
  g_assert_cmpint (episode_onset (journal), ==, t0);

  /* The last painful entry exactly 7 days old still holds the episode… */
  sw_fake_clock_advance (clock, 7 * DAY);
  g_assert_cmpint (episode_onset (journal), ==, t0);
  /* …one microsecond later it is over. */
  sw_fake_clock_advance (clock, 1);
  g_assert_cmpint (episode_onset (journal), ==, -1);

  /* A new entry after a gap of more than 7 days starts a new episode;
   * a pain-0 entry in the gap changes nothing. */
  add_entry_at (journal, t0 + 12 * DAY, 0, 0);
  add_entry_at (journal, t0 + 16 * DAY + 1, 4, 0);
  g_assert_cmpint (episode_onset (journal), ==, t0 + 16 * DAY + 1);

  /* A gap of 7 days and 1 µs splits; exactly 7 days joins. */
  add_entry_at (journal, t0 + 9 * DAY + 1, 1, 0);
  g_assert_cmpint (episode_onset (journal), ==, t0);

  /* The date the person enters wins, and can be cleared again. */
  {
    g_autoptr(GDateTime) set = g_date_time_new_local (2026, 2, 1, 8, 30, 15.25);
    g_autoptr(GDateTime) got = NULL;

    g_assert_true (sw_journal_set_onset (journal, set, &error));
    g_assert_no_error (error);
    g_assert_true (sw_journal_get_onset (journal, &got, &error));
    g_assert_no_error (error);
    g_assert_true (g_date_time_equal (set, got));
    g_assert_cmpint (episode_onset (journal), ==, local_us (2026, 2, 1, 8, 30) + 15250000);

    g_assert_true (sw_journal_set_onset (journal, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpint (episode_onset (journal), ==, t0);
  }
}

/* ------------------------------------------------------------------------ */
/* Schema versions                                                          */

/* The version 1 schema as it shipped; a fixture, so never "fix" it. */
static const char v1_fixture[] =
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
  "CREATE INDEX symptom_entries_by_created ON symptom_entries (created, pain, kinds);"
  "INSERT INTO symptom_entries"
  "  (uuid, created, modified, body_area, side, pain, kinds, triggers, note)"
  " VALUES ('0b6f7c52-6a4e-4f5e-9a8e-1f2b3c4d5e6f', 1772870400000000, NULL, 'calf', 'left',"
  "         6, 4, 2, 'first entry'),"
  "        ('7d0e2a4c-3b1f-4c8d-a2e6-9f8e7d6c5b4a', 1772956800000000, 1772960400000000,"
  "         'lower_back', 'both', 3, 1, 0, 'second, edited');"
  "DELETE FROM symptom_entries WHERE id = 2;"
  "INSERT INTO symptom_entries (uuid, created, body_area, side, pain)"
  " VALUES ('7d0e2a4c-3b1f-4c8d-a2e6-9f8e7d6c5b4b', 1772956800000000, 'foot', 'right', 1);"
  "PRAGMA user_version = 1;";

static void
test_migrates_v1 (void)
{
  g_autoptr(SwFakeClock) clock = new_clock ();
  g_autofree char *path = journal_path ();
  g_autoptr(SwJournal) journal = NULL;
  g_autoptr(SwSymptomEntry) first = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3) db = NULL;

  {
    g_autofree char *dir = g_path_get_dirname (path);

    g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
    db = open_raw (path);
    exec_raw (db, v1_fixture);
    g_clear_pointer (&db, sqlite3_close_v2);
  }

  journal = open_journal (clock);

  first = sw_journal_get_entry (journal, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sw_symptom_entry_get_uuid (first), ==, "0b6f7c52-6a4e-4f5e-9a8e-1f2b3c4d5e6f");
  g_assert_cmpint (sw_symptom_entry_get_pain (first), ==, 6);
  g_assert_cmpuint (sw_symptom_entry_get_kinds (first), ==, SW_SYMPTOM_KIND_RADIATING);
  g_assert_cmpuint (sw_symptom_entry_get_triggers (first), ==, SW_TRIGGER_SITTING);
  g_assert_cmpstr (sw_symptom_entry_get_note (first), ==, "first entry");

  all = sw_journal_list_all_entries (journal, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 2);
  g_assert_cmpint (sw_symptom_entry_get_id (all->pdata[1]), ==, 3);

  /* The new tables work, and ids continue after the old ones. */
  add_check_at (journal, clock_now (clock), "WATCH_AND_SELF_CARE");
  g_assert_true (flare (journal));
  g_assert_cmpint (add_entry_at (journal, clock_now (clock), 1, 0), ==, 4);
  g_clear_object (&journal);

  db = open_raw (path);
  g_assert_cmpint (query_raw_int (db, "PRAGMA user_version"), ==, 2);
  g_assert_cmpint (query_raw_int (db, "SELECT count(*) FROM sqlite_master WHERE name IN "
                                      "('check_results', 'break_events', 'exercise_sessions', "
                                      "'compress_sessions', 'posture_checks', 'settings')"), ==, 6);
  g_assert_cmpint (query_raw_int (db, "SELECT count(*) FROM symptom_entries"), ==, 3);
}

/* A migration that fails leaves the journal at its old version, untouched. */
static void
test_failed_migration_rolls_back (void)
{
  g_autoptr(SwFakeClock) clock = new_clock ();
  g_autofree char *path = journal_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SwJournal) journal = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3) db = NULL;
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  db = open_raw (path);
  exec_raw (db, v1_fixture);
  /* Someone made a table with a name version 2 needs. */
  exec_raw (db, "CREATE TABLE posture_checks (x)");
  g_clear_pointer (&db, sqlite3_close_v2);

  journal = sw_journal_open (file, SW_CLOCK (clock), &error);
  g_assert_null (journal);
  g_assert_nonnull (error);
  g_clear_error (&error);

  db = open_raw (path);
  g_assert_cmpint (query_raw_int (db, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (query_raw_int (db, "SELECT count(*) FROM sqlite_master WHERE name = "
                                      "'check_results'"), ==, 0);
  g_assert_cmpint (query_raw_int (db, "SELECT count(*) FROM symptom_entries"), ==, 2);
}

static void
assert_refused_untouched (SwFakeClock *clock,
                          const char  *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) before = read_bytes (path);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SwJournal) journal = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GDir) listing = NULL;
  const char *name;

  journal = sw_journal_open (file, SW_CLOCK (clock), &error);
  g_assert_null (journal);
  g_assert_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "newer version of Sitwell"));
  g_assert_nonnull (strstr (error->message, "99"));

  after = read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));

  /* Nothing was moved aside either. */
  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    g_assert_null (strstr (name, "corrupt"));
}

static void
test_refuses_newer_version (void)
{
  g_autoptr(SwFakeClock) clock = new_clock ();
  g_autofree char *path = journal_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(sqlite3) db = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  db = open_raw (path);
  exec_raw (db, "CREATE TABLE future (x); INSERT INTO future VALUES ('from 2031');"
                "PRAGMA user_version = 99;");
  g_clear_pointer (&db, sqlite3_close_v2);
  assert_refused_untouched (clock, path);

  /* The same for a WAL journal, as a newer Sitwell would leave it. */
  g_assert_cmpint (g_unlink (path), ==, 0);
  db = open_raw (path);
  exec_raw (db, "PRAGMA journal_mode = WAL; CREATE TABLE future (x);"
                "INSERT INTO future VALUES ('from 2031'); PRAGMA user_version = 99;");
  g_clear_pointer (&db, sqlite3_close_v2);
  assert_refused_untouched (clock, path);
}

/* ------------------------------------------------------------------------ */
/* Damaged files                                                            */

static void
assert_moved_aside (SwFakeClock *clock,
                    const char  *path,
                    const char  *expected_name)
{
  g_autoptr(GBytes) damaged = read_bytes (path);
  g_autoptr(GBytes) kept = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(SwJournal) journal = NULL;
  g_autofree char *aside_path = NULL;
  g_autofree char *aside_name = NULL;
  GFile *aside;

  journal = sw_journal_open (file, SW_CLOCK (clock), &error);
  g_assert_no_error (error);
  g_assert_nonnull (journal);

  aside = sw_journal_get_moved_aside_file (journal);
  g_assert_nonnull (aside);
  aside_path = g_file_get_path (aside);
  aside_name = g_file_get_basename (aside);
  g_assert_cmpstr (aside_name, ==, expected_name);

  kept = read_bytes (aside_path);
  g_assert_true (g_bytes_equal (damaged, kept));
  g_assert_cmpuint (file_mode (path), ==, 0600);

  /* The fresh journal works. */
  add_entry_at (journal, clock_now (clock), 2, 0);
  {
    g_autoptr(GPtrArray) all = sw_journal_list_all_entries (journal, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (all->len, ==, 1);
  }
}

static void
test_moves_corrupt_file_aside (void)
{
  g_autoptr(SwFakeClock) clock = new_clock ();
  g_autofree char *path = journal_path ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *aside_wal = NULL;
  guint8 garbage[10000];

  for (guint i = 0; i < sizeof garbage; i++)
    garbage[i] = (guint8) g_rand_int_range (rand, 0, 256);

  /* Garbage, with a -wal that belongs to it and must go with it. */
  write_bytes (path, garbage, sizeof garbage);
  write_bytes (wal, "stale wal", 9);
  assert_moved_aside (clock, path, "journal.db.corrupt-20260310-120000");
  aside_wal = g_build_filename (dir, "journal.db.corrupt-20260310-120000-wal", NULL);
  g_assert_true (g_file_test (aside_wal, G_FILE_TEST_EXISTS));

  /* A real database whose first page (the schema) is overwritten; in the
   * same second, so the name gets a number rather than replacing the first. */
  {
    g_autoptr(GBytes) good = NULL;
    guint8 *data;
    gsize length;

    good = read_bytes (path);
    data = g_bytes_unref_to_data (g_steal_pointer (&good), &length);
    g_assert_cmpuint (length, >=, 4096);
    memset (data + 100, 0xa5, 3996);
    g_unlink (wal);
    write_bytes (path, data, length);
    g_free (data);
  }
  {
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);
    g_unlink (shm);
  }
  assert_moved_aside (clock, path, "journal.db.corrupt-20260310-120000-2");

  /* A file too short to hold a header. */
  write_bytes (path, "SQLite", 6);
  assert_moved_aside (clock, path, "journal.db.corrupt-20260310-120000-3");
}

/* ------------------------------------------------------------------------ */
/* Read-only, full                                                          */

static void
assert_read_only_journal (SwJournal  *journal,
                          guint       n_entries,
                          const char *reason_part)
{
  g_autoptr(SwSymptomEntry) entry = make_entry (SW_BODY_AREA_CALF, SW_SIDE_LEFT, 4, 0,
                                                "written while read-only");
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (sw_journal_is_read_only (journal));
  g_assert_nonnull (strstr (sw_journal_get_read_only_reason (journal), reason_part));

  /* Reading works. */
  all = sw_journal_list_all_entries (journal, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, n_entries);
  g_assert_false (flare (journal));

  /* Writing says why, and the form keeps the entry. */
  g_assert_false (sw_journal_add_entry (journal, entry, &error));
  g_assert_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, reason_part));
  g_assert_cmpint (sw_symptom_entry_get_id (entry), ==, 0);
  g_assert_cmpstr (sw_symptom_entry_get_note (entry), ==, "written while read-only");
  g_clear_error (&error);

  g_assert_false (sw_journal_add_break_event (journal, SW_JOURNAL_TIME_NOW,
                                              SW_JOURNAL_BREAK_DUE, -1, NULL, &error));
  g_assert_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_READ_ONLY);
  g_clear_error (&error);

  g_assert_null (sw_journal_delete_entry (journal, 1, &error));
  g_assert_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_READ_ONLY);
}

static void
fill_two_entries (SwFakeClock *clock)
{
  g_autoptr(SwJournal) journal = open_journal (clock);

  add_entry_at (journal, clock_now (clock), 2, 0);
  add_entry_at (journal, clock_now (clock), 3, 0);
}

/* Works as root too: the read-only flag is the same code path a read-only
 * folder falls back to. */
static void
test_open_read_only_flag (void)
{
  g_autoptr(SwFakeClock) clock = new_clock ();
  g_autoptr(GFile) file = sw_journal_get_default_file ();
  g_autoptr(SwJournal) journal = NULL;
  g_autoptr(GFile) missing = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *missing_path = NULL;

  fill_two_entries (clock);

  journal = sw_journal_open_full (file, SW_CLOCK (clock), SW_JOURNAL_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  assert_read_only_journal (journal, 2, "reading only");

  /* Read-only never creates anything. */
  missing_path = g_build_filename (g_get_user_data_dir (), "elsewhere", "journal.db", NULL);
  missing = g_file_new_for_path (missing_path);
  g_assert_null (sw_journal_open_full (missing, SW_CLOCK (clock), SW_JOURNAL_OPEN_READ_ONLY,
                                       &error));
  g_assert_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (missing_path, G_FILE_TEST_EXISTS));
}

static void
test_read_only_folder (void)
{
  g_autoptr(SwFakeClock) clock = new_clock ();
  g_autoptr(GFile) file = sw_journal_get_default_file ();
  g_autoptr(SwJournal) journal = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = journal_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *inner = NULL;
  g_autoptr(GFile) inner_file = NULL;

  if (geteuid () == 0)
    {
      /* chmod does not stop root; test_open_read_only_flag covers the
       * read-only path. Run this test as a normal user to see it. */
      g_test_skip ("Permissions do not apply to root");
      return;
    }

  fill_two_entries (clock);

  /* A read-only folder: reading works, writing explains. */
  g_assert_cmpint (g_chmod (dir, 0500), ==, 0);
  journal = sw_journal_open (file, SW_CLOCK (clock), &error);
  g_assert_no_error (error);
  assert_read_only_journal (journal, 2, "is read-only");
  g_assert_nonnull (strstr (sw_journal_get_read_only_reason (journal), "folder"));
  g_clear_object (&journal);

  /* A journal that does not exist yet cannot be made there... */
  inner = g_build_filename (dir, "new", "journal.db", NULL);
  inner_file = g_file_new_for_path (inner);
  g_assert_null (sw_journal_open (inner_file, SW_CLOCK (clock), &error));
  g_assert_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_READ_ONLY);
  g_clear_error (&error);

  /* ...unless it may stand empty in memory, saying why it cannot save. */
  journal = sw_journal_open_full (inner_file, SW_CLOCK (clock),
                                  SW_JOURNAL_OPEN_IN_MEMORY_FALLBACK, &error);
  g_assert_no_error (error);
  assert_read_only_journal (journal, 0, "cannot create the folder");
  g_assert_false (g_file_test (inner, G_FILE_TEST_EXISTS));
  g_clear_object (&journal);
  g_assert_cmpint (g_chmod (dir, 0700), ==, 0);

  /* A read-only file in a writable folder. */
  g_assert_cmpint (g_chmod (path, 0400), ==, 0);
  journal = sw_journal_open (file, SW_CLOCK (clock), &error);
  g_assert_no_error (error);
  assert_read_only_journal (journal, 2, "file");
  g_clear_object (&journal);
  g_assert_cmpint (g_chmod (path, 0600), ==, 0);
}

/* A VFS like the real one, except that writes can be made to fail as a
 * full disk makes them fail (SQLITE_FULL is what SQLite's unix VFS returns
 * on ENOSPC or a short write). Its files are the real VFS's, with a copy
 * of their methods in which only xWrite differs. */
static sqlite3_vfs *real_vfs;
static int shim_write_error;

/* The unix VFS gives a database one table of methods and its -wal or
 * rollback journal another: a copy of each. */
typedef struct
{
  sqlite3_io_methods        methods;  /* first: a shim file's pMethods */
  const sqlite3_io_methods *real;
} ShimMethods;

static ShimMethods shims[4];

static int
shim_write (sqlite3_file  *f,
            const void    *buffer,
            int            amount,
            sqlite3_int64  offset)
{
  const ShimMethods *shim = (const ShimMethods *) f->pMethods;

  if (shim_write_error != SQLITE_OK)
    return shim_write_error;

  return shim->real->xWrite (f, buffer, amount, offset);
}

static const sqlite3_io_methods *
shim_methods_for (const sqlite3_io_methods *real)
{
  guint i;

  for (i = 0; i < G_N_ELEMENTS (shims) && shims[i].real != NULL; i++)
    if (shims[i].real == real)
      return &shims[i].methods;

  g_assert_cmpuint (i, <, G_N_ELEMENTS (shims));
  shims[i].methods = *real;
  shims[i].methods.xWrite = shim_write;
  shims[i].real = real;

  return &shims[i].methods;
}

static int
shim_open (sqlite3_vfs  *vfs,
           const char   *name,
           sqlite3_file *file,
           int           flags,
           int          *out_flags)
{
  int rc = real_vfs->xOpen (real_vfs, name, file, flags, out_flags);

  if (file->pMethods != NULL)
    file->pMethods = shim_methods_for (file->pMethods);

  return rc;
}

static void
test_full_disk_keeps_entry (void)
{
  static sqlite3_vfs shim_vfs;
  g_autoptr(SwFakeClock) clock = new_clock ();
  g_autoptr(SwJournal) journal = NULL;
  g_autoptr(SwSymptomEntry) entry = NULL;
  g_autoptr(GError) error = NULL;

  real_vfs = sqlite3_vfs_find (NULL);
  shim_vfs = *real_vfs;
  shim_vfs.zName = "sitwell-test-full";
  shim_vfs.xOpen = shim_open;
  g_assert_cmpint (sqlite3_vfs_register (&shim_vfs, 1), ==, SQLITE_OK);

  journal = open_journal (clock);
  add_entry_at (journal, clock_now (clock), 2, 0);

  shim_write_error = SQLITE_FULL;
  entry = make_entry (SW_BODY_AREA_CALF, SW_SIDE_RIGHT, 6, SW_SYMPTOM_KIND_NUMBNESS,
                      "typed while the disk was full");
  g_assert_false (sw_journal_add_entry (journal, entry, &error));
  g_assert_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_FULL);
  g_assert_nonnull (strstr (error->message, "is full. Free some space"));
  g_assert_cmpint (sw_symptom_entry_get_id (entry), ==, 0);
  g_assert_cmpstr (sw_symptom_entry_get_note (entry), ==, "typed while the disk was full");
  g_clear_error (&error);

  /* Any other write failure says so too; nothing is claimed saved. */
  shim_write_error = SQLITE_IOERR_WRITE;
  g_assert_false (sw_journal_add_break_event (journal, SW_JOURNAL_TIME_NOW,
                                              SW_JOURNAL_BREAK_COMPLETED, 60, NULL, &error));
  g_assert_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_IO);
  g_clear_error (&error);

  /* Space is back: the same entry saves, with the time it was written. */
  shim_write_error = SQLITE_OK;
  sw_fake_clock_advance (clock, 5 * G_TIME_SPAN_MINUTE);
  g_assert_true (sw_journal_add_entry (journal, entry, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) all = sw_journal_list_all_entries (journal, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (all->len, ==, 2);
    g_assert_true (sw_symptom_entry_equal (all->pdata[1], entry));
    g_assert_cmpint (sw_symptom_entry_get_created (all->pdata[1]), ==,
                     clock_now (clock) - 5 * G_TIME_SPAN_MINUTE);
  }

  g_assert_finalize_object (g_steal_pointer (&journal));
  g_assert_cmpint (sqlite3_vfs_unregister (&shim_vfs), ==, SQLITE_OK);
}

/* The app and the reminder daemon have the journal open together. */
static void
test_two_processes_share (void)
{
  g_autoptr(SwFakeClock) clock = new_clock ();
  g_autoptr(SwJournal) app = open_journal (clock);
  g_autoptr(SwJournal) daemon = open_journal (clock);
  g_autoptr(GDate) today = date_new (2026, 3, 10);
  g_autoptr(GArray) days = NULL;
  g_autoptr(GError) error = NULL;

  add_break_at (daemon, clock_now (clock), SW_JOURNAL_BREAK_COMPLETED, 120);
  add_entry_at (app, clock_now (clock), 5, 0);

  days = sw_journal_get_daily_summary (app, today, today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_array_index (days, SwJournalDay, 0).breaks_taken, ==, 1);
  g_assert_true (flare (daemon));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/sitwell/core/symptom-entry/keys-and-labels", test_entry_keys_and_labels);
  g_test_add_func ("/sitwell/core/journal/open-creates-private-files",
                   test_open_creates_private_files);
  g_test_add_func ("/sitwell/core/journal/open-tightens-an-open-folder",
                   test_open_tightens_an_open_folder);
  g_test_add_func ("/sitwell/core/journal/open-tightens-existing-file",
                   test_open_tightens_existing_file);
  g_test_add_func ("/sitwell/core/journal/entry-crud-with-undo", test_entry_crud);
  g_test_add_func ("/sitwell/core/journal/list-entries-by-local-day",
                   test_list_entries_by_local_day);
  g_test_add_func ("/sitwell/core/journal/days-follow-time-zone", test_days_follow_time_zone);
  g_test_add_func ("/sitwell/core/journal/notes-survive-anything", test_notes_survive_anything);
  g_test_add_func ("/sitwell/core/journal/list-checks-by-local-day",
                   test_list_checks_by_local_day);
  g_test_add_func ("/sitwell/core/journal/timeline-lists-every-record",
                   test_timeline_lists_every_record);
  g_test_add_func ("/sitwell/core/journal/daily-summary", test_daily_summary);
  g_test_add_func ("/sitwell/core/journal/first-day", test_first_day);
  g_test_add_func ("/sitwell/core/journal/flare-boundaries", test_flare_boundaries);
  g_test_add_func ("/sitwell/core/journal/onset-boundaries", test_onset_boundaries);
  g_test_add_func ("/sitwell/core/journal/migrates-v1", test_migrates_v1);
  g_test_add_func ("/sitwell/core/journal/failed-migration-rolls-back",
                   test_failed_migration_rolls_back);
  g_test_add_func ("/sitwell/core/journal/refuses-newer-version", test_refuses_newer_version);
  g_test_add_func ("/sitwell/core/journal/moves-corrupt-file-aside",
                   test_moves_corrupt_file_aside);
  g_test_add_func ("/sitwell/core/journal/open-read-only-flag", test_open_read_only_flag);
  g_test_add_func ("/sitwell/core/journal/read-only-folder-and-file", test_read_only_folder);
  g_test_add_func ("/sitwell/core/journal/full-disk-keeps-entry", test_full_disk_keeps_entry);
  g_test_add_func ("/sitwell/core/journal/two-processes-share", test_two_processes_share);

  return g_test_run ();
}

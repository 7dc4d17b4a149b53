/* test-journal-crash.c: SIGKILL at any moment loses no promised entry
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs journal-crash-writer (found next to this test, or through
 * $SW_JOURNAL_CRASH_WRITER) against one journal, kills it with SIGKILL at a
 * random moment, and after every round checks that PRAGMA integrity_check
 * says "ok", that every id the writer printed is there with its uuid, and
 * that the journal opens normally. Half the rounds kill within the first
 * 25 ms, while the writer is still opening or migrating the journal.
 * The seed is the GTest seed: rerun a failure with --seed.
 */

#include "config.h"

#include <signal.h>
#include <string.h>

#include <sqlite3.h>

#include "sw-fake-clock.h"
#include "sw-journal.h"

#define N_ROUNDS 60

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3, sqlite3_close_v2)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

static char *
find_writer (void)
{
  const char *env = g_getenv ("SW_JOURNAL_CRASH_WRITER");

  if (env != NULL && *env != '\0')
    return g_strdup (env);

  return g_test_build_filename (G_TEST_BUILT, "journal-crash-writer", NULL);
}

static void
read_promises (GInputStream *stdout_pipe,
               GHashTable   *promised,
               guint        *n_lines)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  guint8 buffer[8192];
  gssize n;

  while ((n = g_input_stream_read (stdout_pipe, buffer, sizeof buffer, NULL, &error)) > 0)
    g_byte_array_append (bytes, buffer, (guint) n);
  g_assert_no_error (error);
  g_byte_array_append (bytes, (const guint8 *) "", 1);

  lines = g_strsplit ((const char *) bytes->data, "\n", -1);
  /* The last piece is empty or a line cut by the kill: not a promise. */
  for (guint i = 0; lines[i] != NULL && lines[i + 1] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (lines[i], " ", 2);
      guint64 id;

      g_assert_cmpuint (g_strv_length (parts), ==, 2);
      g_assert_true (g_ascii_string_to_unsigned (parts[0], 10, 1, G_MAXINT64, &id, NULL));
      g_assert_true (g_uuid_string_is_valid (parts[1]));
      g_hash_table_insert (promised, GSIZE_TO_POINTER ((gsize) id), g_strdup (parts[1]));
      (*n_lines)++;
    }
}

static void
check_journal (const char *path,
               GHashTable *promised)
{
  g_autoptr(sqlite3) db = NULL;
  g_autoptr(sqlite3_stmt) check = NULL;
  g_autoptr(sqlite3_stmt) lookup = NULL;
  GHashTableIter iter;
  gpointer key, value;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_assert_cmpuint (g_hash_table_size (promised), ==, 0);
      return;
    }

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);

  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &check, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (check), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (check, 0), ==, "ok");

  if (g_hash_table_size (promised) == 0)
    return;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT uuid FROM symptom_entries WHERE id = ?1", -1,
                                       &lookup, NULL), ==, SQLITE_OK);
  g_hash_table_iter_init (&iter, promised);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      sqlite3_bind_int64 (lookup, 1, (sqlite3_int64) GPOINTER_TO_SIZE (key));
      if (sqlite3_step (lookup) != SQLITE_ROW)
        g_error ("promised entry %" G_GSIZE_FORMAT " is missing", GPOINTER_TO_SIZE (key));
      g_assert_cmpstr ((const char *) sqlite3_column_text (lookup, 0), ==, value);
      sqlite3_reset (lookup);
    }
}

static void
test_sigkill_loses_nothing (void)
{
  g_autofree char *writer = find_writer ();
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "crash", NULL);
  g_autofree char *path = g_build_filename (dir, "journal.db", NULL);
  g_autoptr(GHashTable) promised = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());
  g_autoptr(SwFakeClock) clock = sw_fake_clock_new_local (2026, 3, 10, 12, 0);
  guint n_lines = 0;
  guint n_killed = 0;

  if (!g_file_test (writer, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_autofree char *message = g_strdup_printf ("%s is not built", writer);

      g_test_skip (message);
      return;
    }

  for (guint round = 0; round < N_ROUNDS; round++)
    {
      g_autoptr(GSubprocess) process = NULL;
      g_autoptr(GError) error = NULL;
      gulong delay_us;

      process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, writer, path, NULL);
      g_assert_no_error (error);

      /* Odd rounds die while opening; even rounds in the write loop. */
      if (round % 2 == 1)
        delay_us = (gulong) g_rand_int_range (rand, 0, 25000);
      else
        delay_us = (gulong) g_rand_int_range (rand, 25000, 150000);
      g_usleep (delay_us);

      g_subprocess_send_signal (process, SIGKILL);
      g_subprocess_wait (process, NULL, &error);
      g_assert_no_error (error);

      if (g_subprocess_get_if_exited (process))
        g_error ("the writer stopped by itself with status %d (see its message above)",
                 g_subprocess_get_exit_status (process));
      g_assert_true (g_subprocess_get_if_signaled (process));
      g_assert_cmpint (g_subprocess_get_term_sig (process), ==, SIGKILL);
      n_killed++;

      read_promises (g_subprocess_get_stdout_pipe (process), promised, &n_lines);
      check_journal (path, promised);

      /* And the app opens it as it is: nothing moved aside. */
      {
        g_autoptr(GFile) file = g_file_new_for_path (path);
        g_autoptr(SwJournal) journal = NULL;

        if (g_file_test (path, G_FILE_TEST_EXISTS))
          {
            journal = sw_journal_open (file, SW_CLOCK (clock), &error);
            g_assert_no_error (error);
            g_assert_null (sw_journal_get_moved_aside_file (journal));
            g_assert_false (sw_journal_is_read_only (journal));
          }
      }
    }

  g_test_message ("%u rounds, %u promised entries, %u distinct ids", n_killed, n_lines,
                  g_hash_table_size (promised));
  g_assert_cmpuint (n_killed, ==, N_ROUNDS);
  /* The test only means something if the writer got going. */
  g_assert_cmpuint (g_hash_table_size (promised), >=, N_ROUNDS);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/sitwell/core/journal/sigkill-loses-nothing", test_sigkill_loses_nothing);

  return g_test_run ();
}

/* test-break-log.c: break events wait in memory while the journal cannot
 * take them
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "service-fixture.h"
#include "sw-break-log.h"

#define MINUTE_US ((gint64) 60 * G_USEC_PER_SEC)

typedef struct
{
  SwFakeClock *clock;
  char        *dir;
  GFile       *file;
} LogFixture;

static void
log_setup (LogFixture    *fixture,
           gconstpointer  data)
{
  fixture->clock = sw_fake_clock_new_local (2026, 3, 2, 10, 0);
  fixture->dir = g_build_filename (g_get_user_data_dir (), "sitwell", NULL);
  fixture->file = sw_journal_get_default_file ();
  g_assert_cmpint (g_mkdir_with_parents (fixture->dir, 0700), ==, 0);
}

static void
log_teardown (LogFixture    *fixture,
              gconstpointer  data)
{
  fixture_obey_permissions (FALSE);
  g_chmod (fixture->dir, 0700);

  g_clear_object (&fixture->file);
  g_clear_pointer (&fixture->dir, g_free);
  g_assert_finalize_object (fixture->clock);
}

/* A folder that refuses writes, even to root. */
static void
make_folder_read_only (LogFixture *fixture,
                       gboolean    read_only)
{
  g_assert_cmpint (g_chmod (fixture->dir, read_only ? 0500 : 0700), ==, 0);
  fixture_obey_permissions (read_only);
}

/* Minute @i after 10:00, the time the test gives its @i-th event. */
static gint64
minute (LogFixture *fixture,
        guint       i)
{
  return sw_clock_get_real_us (SW_CLOCK (fixture->clock)) + i * MINUTE_US;
}

/* The skipped breaks the journal lists for the day, as minutes after 10:00. */
static GArray *
list_skipped_minutes (LogFixture *fixture)
{
  g_autoptr(SwJournal) journal = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  GDate day;
  GArray *minutes = g_array_new (FALSE, FALSE, sizeof (int));

  journal = sw_journal_open (fixture->file, SW_CLOCK (fixture->clock), &error);
  g_assert_no_error (error);
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 2, G_DATE_MARCH, 2026);
  items = sw_journal_list_timeline (journal, &day, &day, &error);
  g_assert_no_error (error);

  /* The timeline is newest first. */
  for (guint i = items->len; i > 0; i--)
    {
      SwJournalItem *item = g_ptr_array_index (items, i - 1);
      int m = (int) ((item->time_us - minute (fixture, 0)) / MINUTE_US);

      g_assert_cmpstr (item->key, ==, "skipped");
      g_array_append_val (minutes, m);
    }

  return minutes;
}

static void
assert_skipped_minutes (LogFixture *fixture,
                        guint       first,
                        guint       n)
{
  g_autoptr(GArray) minutes = list_skipped_minutes (fixture);

  g_assert_cmpuint (minutes->len, ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (g_array_index (minutes, int, i), ==, (int) (first + i));
}

static void
add_skipped (SwBreakLog *log,
             LogFixture *fixture,
             guint       i)
{
  sw_break_log_add (log, minute (fixture, i), SW_JOURNAL_BREAK_SKIPPED, 0);
}

/* Tests */

static void
test_writes_in_order (LogFixture    *fixture,
                      gconstpointer  data)
{
  g_autoptr(SwBreakLog) log = sw_break_log_new (fixture->file, SW_CLOCK (fixture->clock));

  g_assert_nonnull (sw_break_log_get_journal (log));
  for (guint i = 0; i < 3; i++)
    add_skipped (log, fixture, i);

  g_assert_cmpuint (sw_break_log_get_n_pending (log), ==, 0);
  g_assert_true (sw_break_log_flush (log));
  assert_skipped_minutes (fixture, 0, 3);
}

static void
test_waits_for_a_folder_it_cannot_write (LogFixture    *fixture,
                                         gconstpointer  data)
{
  g_autoptr(SwBreakLog) log = NULL;

  /* No journal yet, and none can be made. */
  make_folder_read_only (fixture, TRUE);
  log = sw_break_log_new (fixture->file, SW_CLOCK (fixture->clock));
  g_assert_null (sw_break_log_get_journal (log));

  for (guint i = 0; i < 3; i++)
    add_skipped (log, fixture, i);
  g_assert_cmpuint (sw_break_log_get_n_pending (log), ==, 3);
  g_assert_false (sw_break_log_flush (log));
  g_assert_cmpuint (sw_break_log_get_n_pending (log), ==, 3);

  /* Writable: the next flush makes the journal and writes them, as they were. */
  make_folder_read_only (fixture, FALSE);
  g_assert_true (sw_break_log_flush (log));
  g_assert_cmpuint (sw_break_log_get_n_pending (log), ==, 0);
  g_assert_cmpuint (sw_break_log_get_n_dropped (log), ==, 0);
  g_assert_nonnull (sw_break_log_get_journal (log));
  assert_skipped_minutes (fixture, 0, 3);
}

static void
test_read_only_journal_still_reads (LogFixture    *fixture,
                                    gconstpointer  data)
{
  g_autoptr(SwBreakLog) log = sw_break_log_new (fixture->file, SW_CLOCK (fixture->clock));
  SwJournal *journal;

  add_skipped (log, fixture, 0);
  g_clear_object (&log);

  make_folder_read_only (fixture, TRUE);
  log = sw_break_log_new (fixture->file, SW_CLOCK (fixture->clock));
  journal = sw_break_log_get_journal (log);
  g_assert_nonnull (journal);
  g_assert_true (sw_journal_is_read_only (journal));

  /* The flare-up and desk re-check queries still get answers. */
  add_skipped (log, fixture, 1);
  g_assert_cmpuint (sw_break_log_get_n_pending (log), ==, 1);
  journal = sw_break_log_get_journal (log);
  g_assert_nonnull (journal);
  g_assert_false (sw_journal_is_flare_active (journal, FALSE, NULL));

  make_folder_read_only (fixture, FALSE);
  g_assert_true (sw_break_log_flush (log));
  g_assert_false (sw_journal_is_read_only (sw_break_log_get_journal (log)));
  assert_skipped_minutes (fixture, 0, 2);
}

static void
test_keeps_at_most_the_newest (LogFixture    *fixture,
                               gconstpointer  data)
{
  g_autoptr(SwBreakLog) log = NULL;

  make_folder_read_only (fixture, TRUE);
  log = sw_break_log_new (fixture->file, SW_CLOCK (fixture->clock));

  for (guint i = 0; i < SW_BREAK_LOG_MAX_PENDING + 3; i++)
    add_skipped (log, fixture, i);
  g_assert_cmpuint (sw_break_log_get_n_pending (log), ==, SW_BREAK_LOG_MAX_PENDING);
  g_assert_cmpuint (sw_break_log_get_n_dropped (log), ==, 3);

  /* The three oldest went; the rest arrive in order. */
  make_folder_read_only (fixture, FALSE);
  g_assert_true (sw_break_log_flush (log));
  assert_skipped_minutes (fixture, 3, SW_BREAK_LOG_MAX_PENDING);
}

static void
test_deleted_journal_is_made_again (LogFixture    *fixture,
                                    gconstpointer  data)
{
  g_autoptr(SwBreakLog) log = sw_break_log_new (fixture->file, SW_CLOCK (fixture->clock));
  g_autofree char *path = g_file_get_path (fixture->file);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  add_skipped (log, fixture, 0);

  /* Deleted while open: writes would go to a file that no longer has a name. */
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_unlink (wal);
  g_unlink (shm);
  add_skipped (log, fixture, 1);
  g_assert_cmpuint (sw_break_log_get_n_pending (log), ==, 0);
  assert_skipped_minutes (fixture, 1, 1);
}

static void
add_test (const char *name,
          void      (*test) (LogFixture *, gconstpointer))
{
  g_autofree char *path = g_strconcat ("/sitwell/service/break-log/", name, NULL);

  g_test_add (path, LogFixture, NULL, log_setup, test, log_teardown);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  add_test ("writes-in-order", test_writes_in_order);
  add_test ("waits-for-a-folder-it-cannot-write", test_waits_for_a_folder_it_cannot_write);
  add_test ("read-only-journal-still-reads", test_read_only_journal_still_reads);
  add_test ("keeps-at-most-the-newest", test_keeps_at_most_the_newest);
  add_test ("deleted-journal-is-made-again", test_deleted_journal_is_made_again);

  return g_test_run ();
}

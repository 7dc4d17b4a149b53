/* report-fixture-writer.c: fills $XDG_DATA_HOME/sitwell/journal.db for the CLI tests
 *
 * Usage: report-fixture-writer DAYS
 * Writes DAYS of plausible use ending yesterday (sw-report-fixture.c), by the
 * system clock, so that `sitwell --report` run just after reports on it.
 * DAYS 0 makes a journal with nothing in it.
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "sw-journal.h"
#include "sw-report-fixture.h"
#include "sw-system-clock.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = sw_journal_get_default_file ();
  g_autoptr(SwClock) clock = NULL;
  g_autoptr(SwJournal) journal = NULL;
  guint64 days;

  if (argc != 2 || !g_ascii_string_to_unsigned (argv[1], 10, 0, 365, &days, NULL) ||
      days == 1 || days == 2)
    {
      g_printerr ("Usage: %s DAYS (0, or 3 to 365)\n", argv[0]);
      return 2;
    }

  clock = sw_system_clock_new (1.0);
  journal = sw_journal_open (file, clock, &error);
  if (journal == NULL || (days > 0 && !sw_report_fixture_fill (journal, (guint) days, &error)))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  return EXIT_SUCCESS;
}

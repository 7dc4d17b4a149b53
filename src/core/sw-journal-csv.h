/* sw-journal-csv.h: symptom entries to and from CSV, for a doctor or a new machine
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sw-journal.h"

G_BEGIN_DECLS

#define SW_JOURNAL_CSV_ERROR (sw_journal_csv_error_quark ())

typedef enum
{
  SW_JOURNAL_CSV_ERROR_NOT_JOURNAL,  /* the first line is not our header */
  SW_JOURNAL_CSV_ERROR_MALFORMED,    /* a line cannot be read; the message names it */
  SW_JOURNAL_CSV_ERROR_TOO_LARGE,    /* the file is far larger than any journal */
} SwJournalCsvError;

GQuark    sw_journal_csv_error_quark (void);

/* The header line, without its CRLF. */
#define SW_JOURNAL_CSV_HEADER "uuid,created,modified,body_area,side,pain,kinds,triggers,note"

char     *sw_journal_csv_format      (GPtrArray     *entries,
                                      gsize         *length);
gboolean  sw_journal_csv_parse       (const char    *data,
                                      gsize          length,
                                      GPtrArray    **entries_out,
                                      GError       **error);
gboolean  sw_journal_csv_export      (SwJournal     *journal,
                                      GFile         *file,
                                      GCancellable  *cancellable,
                                      GError       **error);
gboolean  sw_journal_csv_export_full (SwJournal     *journal,
                                      GFile         *file,
                                      guint         *n_exported,
                                      GCancellable  *cancellable,
                                      GError       **error);
gboolean  sw_journal_csv_import_data (SwJournal     *journal,
                                      const char    *data,
                                      gsize          length,
                                      guint         *n_imported,
                                      guint         *n_skipped,
                                      GError       **error);
gboolean  sw_journal_csv_import      (SwJournal     *journal,
                                      GFile         *file,
                                      guint         *n_imported,
                                      guint         *n_skipped,
                                      GCancellable  *cancellable,
                                      GError       **error);

G_END_DECLS

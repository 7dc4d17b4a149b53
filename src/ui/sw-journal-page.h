/* sw-journal-page.h: the Journal tab
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sw-journal.h"

G_BEGIN_DECLS

#define SW_TYPE_JOURNAL_PAGE (sw_journal_page_get_type ())
G_DECLARE_FINAL_TYPE (SwJournalPage, sw_journal_page, SW, JOURNAL_PAGE, AdwBin)

void        sw_journal_page_set_journal      (SwJournalPage *self,
                                              SwJournal     *journal,
                                              const GError  *error);
SwJournal  *sw_journal_page_get_journal      (SwJournalPage *self);
/* What the Export and Import menu items do once a file is chosen. */
gboolean    sw_journal_page_export_to_file   (SwJournalPage *self,
                                              GFile         *file);
gboolean    sw_journal_page_import_from_file (SwJournalPage *self,
                                              GFile         *file);
/* The last toast the page showed, while it is shown. */
AdwToast   *sw_journal_page_get_last_toast   (SwJournalPage *self);
/* The id of the entry the form is changing, or 0 for a new entry. */
gint64      sw_journal_page_get_editing_id   (SwJournalPage *self);

G_END_DECLS

/* sw-journal-page.h: the Journal tab
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SW_TYPE_JOURNAL_PAGE (sw_journal_page_get_type ())
G_DECLARE_FINAL_TYPE (SwJournalPage, sw_journal_page, SW, JOURNAL_PAGE, AdwBin)

G_END_DECLS

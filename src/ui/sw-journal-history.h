/* sw-journal-history.h: the journal's records, grouped by day
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SW_TYPE_JOURNAL_HISTORY (sw_journal_history_get_type ())
G_DECLARE_FINAL_TYPE (SwJournalHistory, sw_journal_history, SW, JOURNAL_HISTORY,
                      AdwPreferencesGroup)

void sw_journal_history_show       (SwJournalHistory *self,
                                    GPtrArray        *days,
                                    gboolean          has_older,
                                    guint             n_days);
void sw_journal_history_show_error (SwJournalHistory *self,
                                    const char       *message);

G_END_DECLS

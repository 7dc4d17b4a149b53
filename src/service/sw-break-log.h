/* sw-break-log.h: the daemon's break events on their way to the journal
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sw-clock.h"
#include "sw-journal.h"

G_BEGIN_DECLS

/* Events kept in memory while the journal cannot take them: weeks of
 * reminders, a few kilobytes. Past this the oldest go first. */
#define SW_BREAK_LOG_MAX_PENDING 512

#define SW_TYPE_BREAK_LOG (sw_break_log_get_type ())
G_DECLARE_FINAL_TYPE (SwBreakLog, sw_break_log, SW, BREAK_LOG, GObject)

SwBreakLog *sw_break_log_new           (GFile              *file,
                                        SwClock            *clock);

SwJournal  *sw_break_log_get_journal   (SwBreakLog         *self);
guint       sw_break_log_get_n_pending (SwBreakLog         *self);
guint       sw_break_log_get_n_dropped (SwBreakLog         *self);

void        sw_break_log_add           (SwBreakLog         *self,
                                        gint64              time_us,
                                        SwJournalBreakKind  kind,
                                        int                 length_s);
gboolean    sw_break_log_flush         (SwBreakLog         *self);

G_END_DECLS

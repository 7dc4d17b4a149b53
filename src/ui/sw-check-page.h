/* sw-check-page.h: the Check tab, one question per page, then the result
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sw-journal.h"
#include "sw-triage.h"

G_BEGIN_DECLS

#define SW_TYPE_CHECK_PAGE (sw_check_page_get_type ())
G_DECLARE_FINAL_TYPE (SwCheckPage, sw_check_page, SW, CHECK_PAGE, AdwBin)

void                   sw_check_page_set_settings         (SwCheckPage *self,
                                                           GSettings   *settings);
void                   sw_check_page_set_journal          (SwCheckPage *self,
                                                           SwJournal   *journal);
/* "start", "question" or "result". */
const char            *sw_check_page_get_stage            (SwCheckPage *self);
/* The question on screen (index in the triage table), or -1. */
int                    sw_check_page_get_question         (SwCheckPage *self);
const SwTriageResult  *sw_check_page_get_result           (SwCheckPage *self);

G_END_DECLS

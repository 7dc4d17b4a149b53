/* sw-posture-page.h: the Posture tab
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sw-journal.h"
#include "sw-posture.h"

G_BEGIN_DECLS

#define SW_TYPE_POSTURE_PAGE (sw_posture_page_get_type ())
G_DECLARE_FINAL_TYPE (SwPosturePage, sw_posture_page, SW, POSTURE_PAGE, AdwBin)

/* The kind of day and the profile choose the tips shown first. */
void            sw_posture_page_set_settings (SwPosturePage *self,
                                              GSettings     *settings);
/* Where today's check is saved; %NULL (or a read-only journal) leaves
 * saving off, with the reason on the page. */
void            sw_posture_page_set_journal  (SwPosturePage *self,
                                              SwJournal     *journal);
/* The items ticked on the page now, and their score. */
SwPostureTicks  sw_posture_page_get_ticks    (SwPosturePage *self);
guint           sw_posture_page_get_score    (SwPosturePage *self);

G_END_DECLS

/* sw-compress-card.h: the cold or warm compress timer on the Exercises tab
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sw-clock.h"
#include "sw-compress.h"
#include "sw-journal.h"

G_BEGIN_DECLS

#define SW_TYPE_COMPRESS_CARD (sw_compress_card_get_type ())
G_DECLARE_FINAL_TYPE (SwCompressCard, sw_compress_card, SW, COMPRESS_CARD, AdwBin)

void        sw_compress_card_set_journal  (SwCompressCard *self,
                                           SwJournal      *journal);
void        sw_compress_card_set_settings (SwCompressCard *self,
                                           GSettings      *settings);
void        sw_compress_card_set_clock    (SwCompressCard *self,
                                           SwClock        *clock);
/* Reads the onset, today's sessions and the last check again. */
void        sw_compress_card_reload       (SwCompressCard *self);
/* What the card's one timeout does when it fires. */
void        sw_compress_card_tick         (SwCompressCard *self);
SwCompress *sw_compress_card_get_compress (SwCompressCard *self);

G_END_DECLS

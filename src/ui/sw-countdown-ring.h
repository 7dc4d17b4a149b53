/* sw-countdown-ring.h: a large ring that empties as time runs out
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SW_TYPE_COUNTDOWN_RING (sw_countdown_ring_get_type ())
G_DECLARE_FINAL_TYPE (SwCountdownRing, sw_countdown_ring, SW, COUNTDOWN_RING, GtkWidget)

GtkWidget  *sw_countdown_ring_new          (void);
void        sw_countdown_ring_set_fraction (SwCountdownRing *self,
                                            double           fraction);
double      sw_countdown_ring_get_fraction (SwCountdownRing *self);
void        sw_countdown_ring_set_text     (SwCountdownRing *self,
                                            const char      *text);
const char *sw_countdown_ring_get_text     (SwCountdownRing *self);
void        sw_countdown_ring_set_caption  (SwCountdownRing *self,
                                            const char      *caption);
const char *sw_countdown_ring_get_caption  (SwCountdownRing *self);

G_END_DECLS

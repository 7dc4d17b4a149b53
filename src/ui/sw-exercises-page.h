/* sw-exercises-page.h: the Exercises tab: plans, guided sessions, the compress timer
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sw-catalog.h"
#include "sw-clock.h"
#include "sw-compress.h"
#include "sw-journal.h"
#include "sw-workout.h"

G_BEGIN_DECLS

#define SW_TYPE_EXERCISES_PAGE (sw_exercises_page_get_type ())
G_DECLARE_FINAL_TYPE (SwExercisesPage, sw_exercises_page, SW, EXERCISES_PAGE, AdwBin)

void          sw_exercises_page_set_journal  (SwExercisesPage *self,
                                              SwJournal       *journal);
void          sw_exercises_page_set_settings (SwExercisesPage *self,
                                              GSettings       *settings);
/* The clock sessions run on; by default the system clock, sped up by
 * SITWELL_TIME_SCALE. Tests pass a fake one and call _tick() themselves. */
void          sw_exercises_page_set_clock    (SwExercisesPage *self,
                                              SwClock         *clock);
/* What the page's timeouts do when they fire (the compress card's too). */
void          sw_exercises_page_tick         (SwExercisesPage *self);

/* "plan", "session" or "summary". */
const char   *sw_exercises_page_get_stage    (SwExercisesPage *self);
const SwPlan *sw_exercises_page_get_plan     (SwExercisesPage *self);
/* The session on screen or just finished, or NULL. */
SwWorkout    *sw_exercises_page_get_workout  (SwExercisesPage *self);
/* The compress card's. */
SwCompress   *sw_exercises_page_get_compress (SwExercisesPage *self);

G_END_DECLS

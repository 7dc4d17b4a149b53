/* sw-care-state.h: what decides, today, which plan and exercises Sitwell offers
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sw-catalog.h"
#include "sw-clock.h"
#include "sw-journal.h"

G_BEGIN_DECLS

/* Everything that decides what Sitwell offers today, read in one go. */
typedef struct
{
  SwProfile     profile;
  const SwPlan *persona_plan;    /* from the kind of day, `office` by default */
  gboolean      flare_active;
  gboolean      flare_switch_on;
  gint64        flare_logged_us; /* newest entry that makes the flare, or 0 */
  SwLastCheck   last_check;
  guint         breaks_today;    /* completed and natural breaks */
  gint64        now_us;          /* wall clock when it was read */
} SwCareState;

/* Fills @state from the profile and flare switch in @settings (nullable) and
 * the journal (nullable). On a journal error @state keeps what could be read
 * and FALSE is returned. */
gboolean          sw_care_state_load                 (SwCareState       *state,
                                                      SwJournal         *journal,
                                                      GSettings         *settings,
                                                      SwClock           *clock,
                                                      GError           **error);
SwGateVerdict     sw_care_state_check_exercise       (const SwCareState *state,
                                                      const SwExercise  *exercise,
                                                      const char       **reason_out);
/* The plan for now, or NULL when no exercise may be done; @reason_out
 * (optional) says why, e.g. "You logged a flare-up yesterday." */
const SwPlan     *sw_care_state_recommend_plan       (const SwCareState *state,
                                                      char             **reason_out);
/* Why @plan suits the person now: the recommendation's reason when it is
 * the recommended plan, else the plan's description. */
char             *sw_care_state_describe_plan        (const SwCareState *state,
                                                      const SwPlan      *plan);
/* The exercises of @plan that are not ruled out, in plan order. */
GPtrArray        *sw_care_state_list_session         (const SwCareState *state,
                                                      const SwPlan      *plan);
/* One exercise to do at the desk during a break, or NULL when none is
 * allowed. From the recommended plan, never the walk itself: a standing
 * one; during a flare (or a gentle-only check) the flare-up plan's desk
 * exercises, which are seated. Rotates with the day's breaks. */
const SwExercise *sw_care_state_pick_break_exercise  (const SwCareState *state);

G_END_DECLS

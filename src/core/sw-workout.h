/* sw-workout.h: a guided exercise session, timed step by step
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "sw-catalog.h"
#include "sw-clock.h"

G_BEGIN_DECLS

/*
 * SwWorkout turns a list of exercises into steps and walks through them on
 * an SwClock:
 *
 *   PREPARE        before the first exercise
 *   HOLD           the work: one hold (HOLD exercises), one set done at the
 *                  exercise's pace (REPS), or the whole walk (TIMED)
 *   REST_REP       between the holds of a set
 *   REST_SET       between sets
 *   NEXT_EXERCISE  getting into position for the next exercise
 *   DONE
 *
 * During a rest, the set, rep and side are those of the step that follows.
 *
 * It never ticks by itself. The owner arms one timeout for
 * sw_workout_get_next_wakeup_us() (the next moment anything shown changes:
 * the next whole second of the countdown, or the end of the step; never
 * while paused), re-armed on notify::next-wakeup-us, and calls
 * sw_workout_update() when it fires. Steps that ended while nobody looked
 * are passed through, each starting where the one before ended.
 *
 * skip    in PREPARE or NEXT_EXERCISE: start the exercise now; otherwise go
 *         on to the next exercise (or DONE after the last);
 * back    to the start of the current exercise; from its lead-in, to the
 *         start of the one before.
 */

#define SW_WORKOUT_NEVER                 G_MAXINT64
#define SW_WORKOUT_PREPARE_SECONDS       10
#define SW_WORKOUT_NEXT_EXERCISE_SECONDS 15

typedef enum
{
  SW_WORKOUT_PHASE_IDLE,
  SW_WORKOUT_PHASE_PREPARE,
  SW_WORKOUT_PHASE_HOLD,
  SW_WORKOUT_PHASE_REST_REP,
  SW_WORKOUT_PHASE_REST_SET,
  SW_WORKOUT_PHASE_NEXT_EXERCISE,
  SW_WORKOUT_PHASE_DONE,
} SwWorkoutPhase;

#define SW_TYPE_WORKOUT_PHASE (sw_workout_phase_get_type ())
GType       sw_workout_phase_get_type (void) G_GNUC_CONST;

#define SW_TYPE_WORKOUT (sw_workout_get_type ())
G_DECLARE_FINAL_TYPE (SwWorkout, sw_workout, SW, WORKOUT, GObject)

SwWorkout        *sw_workout_new                (SwClock                  *clock,
                                                 const SwPlan             *plan,
                                                 const SwExercise * const *exercises,
                                                 guint                     n_exercises);
SwClock          *sw_workout_get_clock          (SwWorkout                *self);
const SwPlan     *sw_workout_get_plan           (SwWorkout                *self);
guint             sw_workout_get_n_exercises    (SwWorkout                *self);
const SwExercise *sw_workout_get_exercise       (SwWorkout                *self,
                                                 guint                     index);
/* Seconds from start to DONE without pauses or skips, lead-ins included. */
guint             sw_workout_get_total_s        (SwWorkout                *self);

void              sw_workout_start              (SwWorkout                *self);
void              sw_workout_pause              (SwWorkout                *self);
void              sw_workout_resume             (SwWorkout                *self);
void              sw_workout_skip               (SwWorkout                *self);
void              sw_workout_back               (SwWorkout                *self);
/* Ends the session early: DONE, not completed. */
void              sw_workout_stop               (SwWorkout                *self);
void              sw_workout_update             (SwWorkout                *self);
gint64            sw_workout_get_next_wakeup_us (SwWorkout                *self);

SwWorkoutPhase    sw_workout_get_phase          (SwWorkout                *self);
gboolean          sw_workout_get_paused         (SwWorkout                *self);
gint64            sw_workout_get_time_left_us   (SwWorkout                *self);
double            sw_workout_get_fraction_left  (SwWorkout                *self);
/* The exercise being done or got ready for; -1 before the start. */
int               sw_workout_get_exercise_index (SwWorkout                *self);
const SwExercise *sw_workout_get_current        (SwWorkout                *self);
/* The one after the current, or NULL. */
const SwExercise *sw_workout_get_next           (SwWorkout                *self);
/* 1-based; 0 when the step has none (lead-ins, TIMED). */
guint             sw_workout_get_set            (SwWorkout                *self);
guint             sw_workout_get_n_sets         (SwWorkout                *self);
guint             sw_workout_get_rep            (SwWorkout                *self);
guint             sw_workout_get_n_reps         (SwWorkout                *self);
SwExerciseSide    sw_workout_get_side           (SwWorkout                *self);

/* After DONE: whether it ran to the end, when it began (wall clock), how
 * long it ran (paused time left out), and the keys of the exercises that
 * were at least begun, NULL-terminated. */
gboolean          sw_workout_get_completed      (SwWorkout                *self);
gint64            sw_workout_get_start_real_us  (SwWorkout                *self);
guint             sw_workout_get_active_s       (SwWorkout                *self);
char            **sw_workout_dup_done_keys      (SwWorkout                *self);

G_END_DECLS

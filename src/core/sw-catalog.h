/* sw-catalog.h: the exercises, the plans, and who must not do what
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sw-clock.h"
#include "sw-journal.h"
#include "sw-triage.h"

G_BEGIN_DECLS

/*
 * SwCatalog holds every exercise and plan of CONTENT-SPEC section 3 in two
 * static tables in sw-catalog.c, and decides which exercise a person may do
 * now (3.1, 3.2 and the exercise column of 1.4).
 *
 * Strings
 *   Every function that returns user-visible text returns it translated;
 *   keys and sources are never translated.
 *
 * Timings
 *   An exercise runs in one of three ways (SwExerciseMode):
 *     TIMED  one stretch of work_s seconds (stand up and walk);
 *     REPS   each set is one stretch of reps × work_s seconds, done at that
 *            pace; sets are parted by rest_set_s;
 *     HOLD   each rep is a hold of work_s seconds, reps are parted by
 *            rest_rep_s and sets by rest_set_s.
 *   With `alternate`, sides take turns rep by rep (left first) and `reps`
 *   counts both sides together. A plan may change an exercise's dose (the
 *   flare-up walk is shorter, the active warm-up walk longer).
 *
 * Gating (sw_catalog_check_exercise(), first match wins)
 *   1. The last check (within 7 days) was EMERGENCY or SEE_DOCTOR_SOON/today
 *      and no clinician has seen the person since: everything is ruled out,
 *      "wait until you have been seen".
 *   2. A profile gate of the exercise: pregnant, after spine surgery, spinal
 *      stenosis (in that order).
 *   3. The exercise's flare gate while a flare is active.
 *   4. The last check was SEE_DOCTOR_SOON/soon or WATCH_AND_SELF_CARE, or a
 *      clinician has cleared a same-day lock (the check still stands, so
 *      start gently): exercises outside the flare-up plan are ruled out, the
 *      ones in it are GENTLE_ONLY.
 *   5. Otherwise allowed. LIKELY_MUSCULAR and no check change nothing.
 */

/* CONTENT-SPEC 3.1, 2.1: a check older than this no longer gates anything. */
#define SW_CATALOG_CHECK_VALID_DAYS 7

typedef enum
{
  SW_EXERCISE_MODE_TIMED,
  SW_EXERCISE_MODE_REPS,
  SW_EXERCISE_MODE_HOLD,
} SwExerciseMode;

typedef enum
{
  SW_EXERCISE_POSITION_STANDING,
  SW_EXERCISE_POSITION_SEATED,
  SW_EXERCISE_POSITION_FLOOR,
} SwExercisePosition;

/* The hard gates of CONTENT-SPEC 3.2. */
typedef enum /*< flags >*/
{
  SW_EXERCISE_GATE_NONE               = 0,
  SW_EXERCISE_GATE_FLARE              = 1 << 0,
  SW_EXERCISE_GATE_STENOSIS           = 1 << 1,
  SW_EXERCISE_GATE_PREGNANT           = 1 << 2,
  SW_EXERCISE_GATE_POST_SPINE_SURGERY = 1 << 3,
} SwExerciseGate;

/* What Preferences says about the person. */
typedef enum /*< flags >*/
{
  SW_PROFILE_NONE               = 0,
  SW_PROFILE_PREGNANT           = 1 << 0,
  SW_PROFILE_POST_SPINE_SURGERY = 1 << 1,
  SW_PROFILE_STENOSIS           = 1 << 2,
} SwProfile;

#define SW_PROFILE_ALL ((SwProfile) 0x7)

typedef enum
{
  SW_GATE_ALLOWED,
  SW_GATE_GENTLE_ONLY,
  SW_GATE_RULED_OUT,
} SwGateVerdict;

typedef enum
{
  SW_EXERCISE_SIDE_NONE,
  SW_EXERCISE_SIDE_LEFT,
  SW_EXERCISE_SIDE_RIGHT,
} SwExerciseSide;

#define SW_TYPE_EXERCISE_MODE     (sw_exercise_mode_get_type ())
#define SW_TYPE_EXERCISE_POSITION (sw_exercise_position_get_type ())
#define SW_TYPE_EXERCISE_GATE     (sw_exercise_gate_get_type ())
#define SW_TYPE_PROFILE           (sw_profile_get_type ())
#define SW_TYPE_GATE_VERDICT      (sw_gate_verdict_get_type ())
#define SW_TYPE_EXERCISE_SIDE     (sw_exercise_side_get_type ())

GType sw_exercise_mode_get_type     (void) G_GNUC_CONST;
GType sw_exercise_position_get_type (void) G_GNUC_CONST;
GType sw_exercise_gate_get_type     (void) G_GNUC_CONST;
GType sw_profile_get_type           (void) G_GNUC_CONST;
GType sw_gate_verdict_get_type      (void) G_GNUC_CONST;
GType sw_exercise_side_get_type     (void) G_GNUC_CONST;

/* ---------------------------------------------------------------- exercises */

typedef struct
{
  SwExerciseMode mode;
  guint          reps;       /* per set; both sides together when alternating */
  guint          sets;
  guint          work_s;     /* TIMED: all of it; REPS: one rep; HOLD: one hold */
  guint          rest_rep_s; /* HOLD: between reps */
  guint          rest_set_s; /* between sets */
  gboolean       alternate;  /* sides take turns, left first */
} SwDose;

typedef struct _SwExercise SwExercise;
typedef struct _SwPlan     SwPlan;

guint               sw_catalog_get_n_exercises     (void);
const SwExercise   *sw_catalog_get_exercise        (guint             index);
const SwExercise   *sw_catalog_lookup_exercise     (const char       *key);

const char         *sw_exercise_get_key            (const SwExercise *exercise);
/* e.g. "sw-exercise-calf-raises-symbolic", a resource icon of the app. */
const char         *sw_exercise_get_icon_name      (const SwExercise *exercise);
const char         *sw_exercise_get_name           (const SwExercise *exercise);
guint               sw_exercise_get_n_steps        (const SwExercise *exercise);
const char         *sw_exercise_get_step           (const SwExercise *exercise,
                                                    guint             index);
/* "Hold for 3 seconds."; NULL when there is nothing to hold. */
const char         *sw_exercise_get_hold           (const SwExercise *exercise);
/* CONTENT-SPEC's caution text, or NULL. */
const char         *sw_exercise_get_caution        (const SwExercise *exercise);
/* Where it comes from (untranslated citation). */
const char         *sw_exercise_get_source         (const SwExercise *exercise);
SwExerciseGate      sw_exercise_get_gates          (const SwExercise *exercise);
SwExercisePosition  sw_exercise_get_position       (const SwExercise *exercise);
/* TRUE for the exercises of the flare-up plan. */
gboolean            sw_exercise_is_gentle          (const SwExercise *exercise);
/* @plan (nullable): the plan it is done in, which may change the dose. */
const SwDose       *sw_exercise_get_dose           (const SwExercise *exercise,
                                                    const SwPlan     *plan);
/* How long the exercise takes with its rests, without getting ready. */
guint               sw_exercise_get_duration_s     (const SwExercise *exercise,
                                                    const SwPlan     *plan);
/* "20 reps × 2 · about 2 min", "3 min · easy pace". */
char               *sw_exercise_format_dose        (const SwExercise *exercise,
                                                    const SwPlan     *plan);

/* -------------------------------------------------------------------- plans */

guint               sw_catalog_get_n_plans         (void);
const SwPlan       *sw_catalog_get_plan            (guint             index);
/* "office", "active", "older", "flare". */
const SwPlan       *sw_catalog_lookup_plan         (const char       *key);
const SwPlan       *sw_catalog_get_flare_plan      (void);

const char         *sw_plan_get_key                (const SwPlan     *plan);
/* "Office Worker". */
const char         *sw_plan_get_name               (const SwPlan     *plan);
/* Who it is for and how often, one sentence. */
const char         *sw_plan_get_description        (const SwPlan     *plan);
guint               sw_plan_get_n_exercises        (const SwPlan     *plan);
const SwExercise   *sw_plan_get_exercise           (const SwPlan     *plan,
                                                    guint             index);
gboolean            sw_plan_has_exercise           (const SwPlan     *plan,
                                                    const SwExercise *exercise);

/* "Move slowly, breathe normally…", shown with every exercise (3.1). */
const char         *sw_catalog_get_rules           (void);
/* Shown to pregnant users above the exercises (3.1). */
const char         *sw_catalog_get_pregnancy_note  (void);

/* ------------------------------------------------------------------- gating */

/* The newest check result, as far as gating is concerned. */
typedef struct
{
  gboolean  present;  /* a result less than 7 days old */
  SwOutcome outcome;
  SwUrgency urgency;
  gint64    time_us;  /* when it was saved, wall clock */
  gboolean  cleared;  /* "A clinician has checked me" since */
} SwLastCheck;

/* The newest check in @journal, if it is less than 7 days older than
 * @now_us; @cleared_check_us is the time of the check a clinician has since
 * seen (the clinician-cleared-check setting), or 0. */
gboolean      sw_last_check_load         (SwLastCheck       *check,
                                          SwJournal         *journal,
                                          gint64             now_us,
                                          gint64             cleared_check_us,
                                          GError           **error);
/* TRUE when @check (nullable) forbids exercises and the compress: EMERGENCY
 * or SEE_DOCTOR_SOON/today, not cleared. */
gboolean      sw_last_check_locks        (const SwLastCheck *check);
/* TRUE when only the gentle exercises may be done: SEE_DOCTOR_SOON/soon,
 * WATCH_AND_SELF_CARE, or a cleared lock. */
gboolean      sw_last_check_gentle_only  (const SwLastCheck *check);

/* @check (nullable): none. @reason_out (optional): why, translated; NULL
 * when allowed. */
SwGateVerdict sw_catalog_check_exercise  (const SwExercise  *exercise,
                                          SwProfile          profile,
                                          gboolean           flare_active,
                                          const SwLastCheck *check,
                                          const char       **reason_out);

G_END_DECLS

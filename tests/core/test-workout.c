/* test-workout.c: guided sessions step by step under a fake clock
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-fake-clock.h"
#include "sw-workout.h"

#define SECOND G_USEC_PER_SEC

typedef struct
{
  SwFakeClock *clock;
  SwWorkout   *workout;
  guint        n_steps;
} Fixture;

static void
step_changed_cb (SwWorkout *workout,
                 Fixture   *fixture)
{
  fixture->n_steps++;
}

static void
make_workout (Fixture     *fixture,
              const char  *plan_key,
              const char **keys)
{
  g_autoptr(GPtrArray) exercises = g_ptr_array_new ();

  for (guint i = 0; keys[i] != NULL; i++)
    g_ptr_array_add (exercises, (gpointer) sw_catalog_lookup_exercise (keys[i]));

  fixture->clock = sw_fake_clock_new_local (2026, 3, 10, 9, 0);
  fixture->workout = sw_workout_new (SW_CLOCK (fixture->clock),
                                     plan_key != NULL ? sw_catalog_lookup_plan (plan_key) : NULL,
                                     (const SwExercise * const *) exercises->pdata,
                                     exercises->len);
  g_signal_connect (fixture->workout, "step-changed", G_CALLBACK (step_changed_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->workout);
  g_clear_object (&fixture->clock);
}

static gint64
now (Fixture *fixture)
{
  return sw_clock_get_monotonic_us (SW_CLOCK (fixture->clock));
}

static void
advance (Fixture *fixture,
         gint64   us)
{
  sw_fake_clock_advance (fixture->clock, us);
  sw_workout_update (fixture->workout);
}

static void
assert_step (Fixture        *fixture,
             SwWorkoutPhase  phase,
             const char     *exercise,
             guint           set,
             guint           rep,
             SwExerciseSide  side,
             gint64          left_us)
{
  SwWorkout *workout = fixture->workout;

  g_assert_cmpint (sw_workout_get_phase (workout), ==, phase);
  g_assert_cmpstr (sw_exercise_get_key (sw_workout_get_current (workout)), ==, exercise);
  g_assert_cmpuint (sw_workout_get_set (workout), ==, set);
  g_assert_cmpuint (sw_workout_get_rep (workout), ==, rep);
  g_assert_cmpint (sw_workout_get_side (workout), ==, side);
  g_assert_cmpint (sw_workout_get_time_left_us (workout), ==, left_us);
}

static void
test_hold_exercise_sequence (Fixture       *fixture,
                             gconstpointer  data)
{
  const char *keys[] = { "wall_calf_stretch", "calf_raises", NULL };
  SwWorkout *workout;

  make_workout (fixture, "office", keys);
  workout = fixture->workout;

  g_assert_cmpint (sw_workout_get_phase (workout), ==, SW_WORKOUT_PHASE_IDLE);
  g_assert_cmpint (sw_workout_get_exercise_index (workout), ==, -1);
  g_assert_cmpint (sw_workout_get_next_wakeup_us (workout), ==, SW_WORKOUT_NEVER);
  /* 10 + 230 + 15 + (12 × 4) × 2 + 30 */
  g_assert_cmpuint (sw_workout_get_total_s (workout), ==, 10 + 230 + 15 + 96 + 30);

  sw_workout_start (workout);
  g_assert_cmpuint (fixture->n_steps, ==, 1);
  assert_step (fixture, SW_WORKOUT_PHASE_PREPARE, "wall_calf_stretch", 0, 0,
               SW_EXERCISE_SIDE_NONE, 10 * SECOND);
  g_assert_cmpstr (sw_exercise_get_key (sw_workout_get_next (workout)), ==, "calf_raises");
  g_assert_cmpint (sw_workout_get_next_wakeup_us (workout), ==, now (fixture) + SECOND);

  advance (fixture, 10 * SECOND);
  assert_step (fixture, SW_WORKOUT_PHASE_HOLD, "wall_calf_stretch", 1, 1,
               SW_EXERCISE_SIDE_LEFT, 30 * SECOND);
  g_assert_cmpuint (sw_workout_get_n_reps (workout), ==, 6);
  g_assert_cmpuint (sw_workout_get_n_sets (workout), ==, 1);

  advance (fixture, 30 * SECOND);
  assert_step (fixture, SW_WORKOUT_PHASE_REST_REP, "wall_calf_stretch", 1, 2,
               SW_EXERCISE_SIDE_RIGHT, 10 * SECOND);
  advance (fixture, 10 * SECOND);
  assert_step (fixture, SW_WORKOUT_PHASE_HOLD, "wall_calf_stretch", 1, 2,
               SW_EXERCISE_SIDE_RIGHT, 30 * SECOND);
  g_assert_cmpuint (fixture->n_steps, ==, 4);

  /* Half a second in, the countdown changes at the next whole second. */
  advance (fixture, SECOND / 2);
  g_assert_cmpint (sw_workout_get_next_wakeup_us (workout), ==, now (fixture) + SECOND / 2);
  g_assert_cmpfloat_with_epsilon (sw_workout_get_fraction_left (workout), 59.0 / 60.0, 1e-9);

  /* Late by 25 s into the rest: the rest ends on time, not 25 s late. */
  advance (fixture, 29 * SECOND + SECOND / 2 + 25 * SECOND);
  assert_step (fixture, SW_WORKOUT_PHASE_HOLD, "wall_calf_stretch", 1, 3,
               SW_EXERCISE_SIDE_LEFT, 15 * SECOND);
  g_assert_cmpuint (fixture->n_steps, ==, 5);

  /* To the end of the stretch: 15 + 3 × (10 + 30). */
  advance (fixture, 15 * SECOND + 3 * 40 * SECOND);
  assert_step (fixture, SW_WORKOUT_PHASE_NEXT_EXERCISE, "calf_raises", 0, 0,
               SW_EXERCISE_SIDE_NONE, 15 * SECOND);
  g_assert_null (sw_workout_get_next (workout));

  /* A REPS set is one step; the rep follows the pace (4 s each). */
  advance (fixture, 15 * SECOND);
  assert_step (fixture, SW_WORKOUT_PHASE_HOLD, "calf_raises", 1, 1,
               SW_EXERCISE_SIDE_NONE, 48 * SECOND);
  advance (fixture, 9 * SECOND);
  g_assert_cmpuint (sw_workout_get_rep (workout), ==, 3);
  advance (fixture, 39 * SECOND);
  assert_step (fixture, SW_WORKOUT_PHASE_REST_SET, "calf_raises", 2, 0,
               SW_EXERCISE_SIDE_NONE, 30 * SECOND);
  advance (fixture, 30 * SECOND);
  assert_step (fixture, SW_WORKOUT_PHASE_HOLD, "calf_raises", 2, 1,
               SW_EXERCISE_SIDE_NONE, 48 * SECOND);
  advance (fixture, 47 * SECOND);
  g_assert_cmpuint (sw_workout_get_rep (workout), ==, 12);
  advance (fixture, SECOND);

  g_assert_cmpint (sw_workout_get_phase (workout), ==, SW_WORKOUT_PHASE_DONE);
  g_assert_true (sw_workout_get_completed (workout));
  g_assert_cmpint (sw_workout_get_next_wakeup_us (workout), ==, SW_WORKOUT_NEVER);
  g_assert_cmpuint (sw_workout_get_active_s (workout), ==, sw_workout_get_total_s (workout));

  {
    g_auto(GStrv) done = sw_workout_dup_done_keys (workout);

    g_assert_cmpstrv (done, ((const char *[]) { "wall_calf_stretch", "calf_raises", NULL }));
  }
}

static void
test_timed_walk_follows_the_plan (Fixture       *fixture,
                                  gconstpointer  data)
{
  const char *keys[] = { "stand_and_walk", NULL };

  make_workout (fixture, "flare", keys);
  sw_workout_start (fixture->workout);
  advance (fixture, 10 * SECOND);
  assert_step (fixture, SW_WORKOUT_PHASE_HOLD, "stand_and_walk", 0, 0,
               SW_EXERCISE_SIDE_NONE, 120 * SECOND);
  g_assert_cmpuint (sw_workout_get_n_reps (fixture->workout), ==, 0);
  advance (fixture, 120 * SECOND);
  g_assert_true (sw_workout_get_completed (fixture->workout));
  g_assert_cmpuint (sw_workout_get_active_s (fixture->workout), ==, 130);
}

static void
test_pause_and_resume (Fixture       *fixture,
                       gconstpointer  data)
{
  const char *keys[] = { "ankle_pumps", NULL };
  SwWorkout *workout;

  make_workout (fixture, NULL, keys);
  workout = fixture->workout;
  sw_workout_start (workout);
  advance (fixture, 10 * SECOND + 5 * SECOND);
  assert_step (fixture, SW_WORKOUT_PHASE_HOLD, "ankle_pumps", 1, 3,
               SW_EXERCISE_SIDE_NONE, 35 * SECOND);

  sw_workout_pause (workout);
  g_assert_true (sw_workout_get_paused (workout));
  g_assert_cmpint (sw_workout_get_next_wakeup_us (workout), ==, SW_WORKOUT_NEVER);

  /* Nothing moves while paused, however long. */
  advance (fixture, 10 * 60 * SECOND);
  assert_step (fixture, SW_WORKOUT_PHASE_HOLD, "ankle_pumps", 1, 3,
               SW_EXERCISE_SIDE_NONE, 35 * SECOND);
  sw_workout_pause (workout);
  g_assert_true (sw_workout_get_paused (workout));

  sw_workout_resume (workout);
  g_assert_false (sw_workout_get_paused (workout));
  g_assert_cmpint (sw_workout_get_next_wakeup_us (workout), ==, now (fixture) + SECOND);
  advance (fixture, 35 * SECOND);
  assert_step (fixture, SW_WORKOUT_PHASE_REST_SET, "ankle_pumps", 2, 0,
               SW_EXERCISE_SIDE_NONE, 15 * SECOND);

  advance (fixture, 15 * SECOND + 40 * SECOND);
  g_assert_true (sw_workout_get_completed (workout));
  /* The ten paused minutes are not session time. */
  g_assert_cmpuint (sw_workout_get_active_s (workout), ==, 10 + 40 + 15 + 40);
}

static void
test_skip_and_back (Fixture       *fixture,
                    gconstpointer  data)
{
  const char *keys[] = { "ankle_pumps", "knee_to_chest", "knee_rolls", NULL };
  SwWorkout *workout;

  make_workout (fixture, "flare", keys);
  workout = fixture->workout;
  sw_workout_start (workout);

  /* Skip in the lead-in starts the exercise now. */
  advance (fixture, 3 * SECOND);
  sw_workout_skip (workout);
  assert_step (fixture, SW_WORKOUT_PHASE_HOLD, "ankle_pumps", 1, 1,
               SW_EXERCISE_SIDE_NONE, 40 * SECOND);

  /* Skip during the exercise goes to the next one's lead-in. */
  advance (fixture, 12 * SECOND);
  sw_workout_skip (workout);
  assert_step (fixture, SW_WORKOUT_PHASE_NEXT_EXERCISE, "knee_to_chest", 0, 0,
               SW_EXERCISE_SIDE_NONE, 15 * SECOND);
  g_assert_cmpstr (sw_exercise_get_key (sw_workout_get_next (workout)), ==, "knee_rolls");

  /* Back from a lead-in: the exercise before, from its start. */
  sw_workout_back (workout);
  assert_step (fixture, SW_WORKOUT_PHASE_PREPARE, "ankle_pumps", 0, 0,
               SW_EXERCISE_SIDE_NONE, 10 * SECOND);
  sw_workout_back (workout);
  assert_step (fixture, SW_WORKOUT_PHASE_PREPARE, "ankle_pumps", 0, 0,
               SW_EXERCISE_SIDE_NONE, 10 * SECOND);

  sw_workout_skip (workout);
  sw_workout_skip (workout);
  sw_workout_skip (workout);
  assert_step (fixture, SW_WORKOUT_PHASE_HOLD, "knee_to_chest", 1, 1,
               SW_EXERCISE_SIDE_LEFT, 20 * SECOND);
  advance (fixture, 20 * SECOND + 10 * SECOND + 5 * SECOND);
  assert_step (fixture, SW_WORKOUT_PHASE_HOLD, "knee_to_chest", 1, 2,
               SW_EXERCISE_SIDE_RIGHT, 15 * SECOND);

  /* Back within an exercise: its start. */
  sw_workout_back (workout);
  assert_step (fixture, SW_WORKOUT_PHASE_NEXT_EXERCISE, "knee_to_chest", 0, 0,
               SW_EXERCISE_SIDE_NONE, 15 * SECOND);

  /* Skip while paused keeps it paused, with the new step's full time. */
  sw_workout_pause (workout);
  sw_workout_skip (workout);
  g_assert_true (sw_workout_get_paused (workout));
  advance (fixture, 60 * SECOND);
  assert_step (fixture, SW_WORKOUT_PHASE_HOLD, "knee_to_chest", 1, 1,
               SW_EXERCISE_SIDE_LEFT, 20 * SECOND);
  sw_workout_resume (workout);

  /* Knee rolls alternate within one REPS set of 8 s each. */
  sw_workout_skip (workout);
  sw_workout_skip (workout);
  advance (fixture, 8 * SECOND);
  assert_step (fixture, SW_WORKOUT_PHASE_HOLD, "knee_rolls", 1, 2,
               SW_EXERCISE_SIDE_RIGHT, 72 * SECOND);

  /* Skipping the last exercise ends the session, and it still counts as done. */
  sw_workout_skip (workout);
  g_assert_cmpint (sw_workout_get_phase (workout), ==, SW_WORKOUT_PHASE_DONE);
  g_assert_true (sw_workout_get_completed (workout));
  g_assert_null (sw_workout_get_next (workout));

  /* Nothing moves after the end. */
  sw_workout_skip (workout);
  sw_workout_back (workout);
  sw_workout_pause (workout);
  g_assert_false (sw_workout_get_paused (workout));
  g_assert_cmpint (sw_workout_get_phase (workout), ==, SW_WORKOUT_PHASE_DONE);

  {
    g_auto(GStrv) done = sw_workout_dup_done_keys (workout);

    g_assert_cmpstrv (done,
                      ((const char *[]) { "ankle_pumps", "knee_to_chest", "knee_rolls", NULL }));
  }
}

static void
test_stop_early (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *keys[] = { "bridge", "knee_rolls", NULL };
  SwWorkout *workout;
  guint steps_before;

  make_workout (fixture, "older", keys);
  workout = fixture->workout;

  /* Stopping before the start does nothing. */
  sw_workout_stop (workout);
  g_assert_cmpint (sw_workout_get_phase (workout), ==, SW_WORKOUT_PHASE_IDLE);

  sw_workout_start (workout);
  advance (fixture, 10 * SECOND + 20 * SECOND);
  sw_workout_pause (workout);
  advance (fixture, 30 * SECOND);
  steps_before = fixture->n_steps;
  sw_workout_stop (workout);
  g_assert_cmpuint (fixture->n_steps, ==, steps_before + 1);
  g_assert_cmpint (sw_workout_get_phase (workout), ==, SW_WORKOUT_PHASE_DONE);
  g_assert_false (sw_workout_get_completed (workout));
  g_assert_false (sw_workout_get_paused (workout));
  /* Thirty seconds ran; the pause before stopping does not count. */
  g_assert_cmpuint (sw_workout_get_active_s (workout), ==, 30);

  {
    g_auto(GStrv) done = sw_workout_dup_done_keys (workout);

    g_assert_cmpstrv (done, ((const char *[]) { "bridge", NULL }));
  }
}

static void
test_whole_plans_run_to_the_end (void)
{
  for (guint p = 0; p < sw_catalog_get_n_plans (); p++)
    {
      const SwPlan *plan = sw_catalog_get_plan (p);
      g_autoptr(GPtrArray) exercises = g_ptr_array_new ();
      g_autoptr(SwFakeClock) clock = sw_fake_clock_new (0);
      g_autoptr(SwWorkout) workout = NULL;
      g_auto(GStrv) done = NULL;
      guint wakeups = 0;

      for (guint i = 0; i < sw_plan_get_n_exercises (plan); i++)
        g_ptr_array_add (exercises, (gpointer) sw_plan_get_exercise (plan, i));
      workout = sw_workout_new (SW_CLOCK (clock), plan,
                                (const SwExercise * const *) exercises->pdata, exercises->len);

      /* Follow the wakeups the way the page does: once a second. */
      sw_workout_start (workout);
      while (sw_workout_get_phase (workout) != SW_WORKOUT_PHASE_DONE)
        {
          gint64 next = sw_workout_get_next_wakeup_us (workout);
          gint64 delay = next - sw_clock_get_monotonic_us (SW_CLOCK (clock));

          g_assert_cmpint (delay, >, 0);
          g_assert_cmpint (delay, <=, SECOND);
          sw_fake_clock_advance (clock, delay);
          sw_workout_update (workout);
          wakeups++;
        }

      g_assert_cmpuint (wakeups, ==, sw_workout_get_total_s (workout));
      g_assert_true (sw_workout_get_completed (workout));
      done = sw_workout_dup_done_keys (workout);
      g_assert_cmpuint (g_strv_length (done), ==, sw_plan_get_n_exercises (plan));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/sitwell/core/workout/" path, Fixture, NULL, NULL, func, fixture_tear_down)

  ADD ("hold-exercise-sequence", test_hold_exercise_sequence);
  ADD ("timed-walk-follows-the-plan", test_timed_walk_follows_the_plan);
  ADD ("pause-and-resume", test_pause_and_resume);
  ADD ("skip-and-back", test_skip_and_back);
  ADD ("stop-early", test_stop_early);

#undef ADD

  g_test_add_func ("/sitwell/core/workout/whole-plans-run-to-the-end",
                   test_whole_plans_run_to_the_end);

  return g_test_run ();
}

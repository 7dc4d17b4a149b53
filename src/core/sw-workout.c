/* sw-workout.c: a guided exercise session, timed step by step
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-workout.h"

typedef struct
{
  SwWorkoutPhase phase;
  guint          exercise;
  guint          set;        /* 1-based, 0 for lead-ins */
  guint          rep;        /* 1-based for holds, 0 otherwise */
  gint64         length_us;
} Step;

struct _SwWorkout
{
  GObject           parent_instance;

  SwClock          *clock;
  const SwPlan     *plan;
  GPtrArray        *exercises;     /* const SwExercise * */
  GArray           *steps;         /* Step */
  GArray           *first_steps;   /* guint: each exercise's lead-in */
  gboolean         *begun;         /* per exercise: a HOLD step was entered */

  int               step;          /* -1 before the start, steps->len when done */
  gint64            step_start_us; /* monotonic, moved on by pauses */
  gboolean          paused;
  gint64            paused_at_us;
  gboolean          completed;

  gint64            start_us;
  gint64            start_real_us;
  gint64            paused_total_us;
  gint64            end_us;

  gint64            next_wakeup_us; /* as last notified */
};

G_DEFINE_FINAL_TYPE (SwWorkout, sw_workout, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (SwWorkoutPhase, sw_workout_phase,
  G_DEFINE_ENUM_VALUE (SW_WORKOUT_PHASE_IDLE, "idle"),
  G_DEFINE_ENUM_VALUE (SW_WORKOUT_PHASE_PREPARE, "prepare"),
  G_DEFINE_ENUM_VALUE (SW_WORKOUT_PHASE_HOLD, "hold"),
  G_DEFINE_ENUM_VALUE (SW_WORKOUT_PHASE_REST_REP, "rest-rep"),
  G_DEFINE_ENUM_VALUE (SW_WORKOUT_PHASE_REST_SET, "rest-set"),
  G_DEFINE_ENUM_VALUE (SW_WORKOUT_PHASE_NEXT_EXERCISE, "next-exercise"),
  G_DEFINE_ENUM_VALUE (SW_WORKOUT_PHASE_DONE, "done"))

enum {
  PROP_0,
  PROP_PHASE,
  PROP_PAUSED,
  PROP_NEXT_WAKEUP_US,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  STEP_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
add_step (SwWorkout      *self,
          SwWorkoutPhase  phase,
          guint           exercise,
          guint           set,
          guint           rep,
          guint           seconds)
{
  Step step = { phase, exercise, set, rep, (gint64) seconds * G_USEC_PER_SEC };

  g_array_append_val (self->steps, step);
}

static void
build_steps (SwWorkout *self)
{
  for (guint e = 0; e < self->exercises->len; e++)
    {
      const SwDose *dose = sw_exercise_get_dose (g_ptr_array_index (self->exercises, e),
                                                 self->plan);
      guint first = self->steps->len;

      g_array_append_val (self->first_steps, first);
      if (e == 0)
        add_step (self, SW_WORKOUT_PHASE_PREPARE, e, 0, 0, SW_WORKOUT_PREPARE_SECONDS);
      else
        add_step (self, SW_WORKOUT_PHASE_NEXT_EXERCISE, e, 0, 0,
                  SW_WORKOUT_NEXT_EXERCISE_SECONDS);

      if (dose->mode == SW_EXERCISE_MODE_TIMED)
        {
          add_step (self, SW_WORKOUT_PHASE_HOLD, e, 0, 0, dose->work_s);
          continue;
        }

      for (guint set = 1; set <= dose->sets; set++)
        {
          if (set > 1)
            add_step (self, SW_WORKOUT_PHASE_REST_SET, e, set,
                      dose->mode == SW_EXERCISE_MODE_HOLD ? 1 : 0, dose->rest_set_s);

          if (dose->mode == SW_EXERCISE_MODE_REPS)
            {
              add_step (self, SW_WORKOUT_PHASE_HOLD, e, set, 0, dose->reps * dose->work_s);
              continue;
            }

          for (guint rep = 1; rep <= dose->reps; rep++)
            {
              if (rep > 1 && dose->rest_rep_s > 0)
                add_step (self, SW_WORKOUT_PHASE_REST_REP, e, set, rep, dose->rest_rep_s);
              add_step (self, SW_WORKOUT_PHASE_HOLD, e, set, rep, dose->work_s);
            }
        }
    }
}

static const Step *
current_step (SwWorkout *self)
{
  if (self->step < 0 || (guint) self->step >= self->steps->len)
    return NULL;

  return &g_array_index (self->steps, Step, self->step);
}

static gint64
now_us (SwWorkout *self)
{
  return sw_clock_get_monotonic_us (self->clock);
}

/* The clock as the step sees it: stopped while paused. */
static gint64
step_now (SwWorkout *self)
{
  return self->paused ? self->paused_at_us : now_us (self);
}

static gint64
compute_next_wakeup (SwWorkout *self)
{
  const Step *step = current_step (self);
  gint64 now, left, part;

  if (step == NULL || self->paused)
    return SW_WORKOUT_NEVER;

  now = now_us (self);
  left = self->step_start_us + step->length_us - now;
  if (left <= 0)
    return now;

  part = left % G_USEC_PER_SEC;
  return now + (part > 0 ? part : G_USEC_PER_SEC);
}

static void
notify_wakeup (SwWorkout *self)
{
  gint64 next = compute_next_wakeup (self);

  if (next != self->next_wakeup_us)
    {
      self->next_wakeup_us = next;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEXT_WAKEUP_US]);
    }
}

/* Moves to step @index (steps->len: done) beginning at @start_us. */
static void
enter_step (SwWorkout *self,
            guint      index,
            gint64     start_us)
{
  SwWorkoutPhase old_phase = sw_workout_get_phase (self);

  self->step = (int) index;
  self->step_start_us = start_us;
  if (self->paused)
    self->paused_at_us = start_us;

  if (index >= self->steps->len)
    {
      /* Ended while paused: the pause after the end is no session time. */
      self->end_us = start_us;
      if (self->paused)
        {
          self->paused = FALSE;
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAUSED]);
        }
    }
  else
    {
      const Step *step = current_step (self);

      if (step->phase == SW_WORKOUT_PHASE_HOLD)
        self->begun[step->exercise] = TRUE;
    }

  if (old_phase != sw_workout_get_phase (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHASE]);
}

static void
step_changed (SwWorkout *self)
{
  g_signal_emit (self, signals[STEP_CHANGED], 0);
  notify_wakeup (self);
}

static void
sw_workout_dispose (GObject *object)
{
  SwWorkout *self = SW_WORKOUT (object);

  g_clear_object (&self->clock);

  G_OBJECT_CLASS (sw_workout_parent_class)->dispose (object);
}

static void
sw_workout_finalize (GObject *object)
{
  SwWorkout *self = SW_WORKOUT (object);

  g_clear_pointer (&self->exercises, g_ptr_array_unref);
  g_clear_pointer (&self->steps, g_array_unref);
  g_clear_pointer (&self->first_steps, g_array_unref);
  g_clear_pointer (&self->begun, g_free);

  G_OBJECT_CLASS (sw_workout_parent_class)->finalize (object);
}

static void
sw_workout_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SwWorkout *self = SW_WORKOUT (object);

  switch (prop_id)
    {
    case PROP_PHASE:
      g_value_set_enum (value, sw_workout_get_phase (self));
      break;

    case PROP_PAUSED:
      g_value_set_boolean (value, self->paused);
      break;

    case PROP_NEXT_WAKEUP_US:
      g_value_set_int64 (value, compute_next_wakeup (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_workout_class_init (SwWorkoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sw_workout_dispose;
  object_class->finalize = sw_workout_finalize;
  object_class->get_property = sw_workout_get_property;

  properties[PROP_PHASE] =
    g_param_spec_enum ("phase", NULL, NULL, SW_TYPE_WORKOUT_PHASE, SW_WORKOUT_PHASE_IDLE,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAUSED] =
    g_param_spec_boolean ("paused", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NEXT_WAKEUP_US] =
    g_param_spec_int64 ("next-wakeup-us", NULL, NULL, 0, G_MAXINT64, SW_WORKOUT_NEVER,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SwWorkout::step-changed:
   *
   * A new step began: a hold, a rest, the next set or exercise, or the end.
   * Emitted once per call even when several steps were passed through.
   */
  signals[STEP_CHANGED] =
    g_signal_new ("step-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
sw_workout_init (SwWorkout *self)
{
  self->exercises = g_ptr_array_new ();
  self->steps = g_array_new (FALSE, FALSE, sizeof (Step));
  self->first_steps = g_array_new (FALSE, FALSE, sizeof (guint));
  self->step = -1;
  self->next_wakeup_us = SW_WORKOUT_NEVER;
}

/**
 * sw_workout_new:
 * @plan: (nullable): the plan the exercises come from (it may change doses)
 * @exercises: (array length=n_exercises): at least one
 */
SwWorkout *
sw_workout_new (SwClock                  *clock,
                const SwPlan             *plan,
                const SwExercise * const *exercises,
                guint                     n_exercises)
{
  SwWorkout *self;

  g_return_val_if_fail (SW_IS_CLOCK (clock), NULL);
  g_return_val_if_fail (exercises != NULL, NULL);
  g_return_val_if_fail (n_exercises > 0, NULL);

  self = g_object_new (SW_TYPE_WORKOUT, NULL);
  self->clock = g_object_ref (clock);
  self->plan = plan;
  for (guint i = 0; i < n_exercises; i++)
    g_ptr_array_add (self->exercises, (gpointer) exercises[i]);
  self->begun = g_new0 (gboolean, n_exercises);
  build_steps (self);

  return self;
}

SwClock *
sw_workout_get_clock (SwWorkout *self)
{
  g_return_val_if_fail (SW_IS_WORKOUT (self), NULL);

  return self->clock;
}

const SwPlan *
sw_workout_get_plan (SwWorkout *self)
{
  g_return_val_if_fail (SW_IS_WORKOUT (self), NULL);

  return self->plan;
}

guint
sw_workout_get_n_exercises (SwWorkout *self)
{
  g_return_val_if_fail (SW_IS_WORKOUT (self), 0);

  return self->exercises->len;
}

const SwExercise *
sw_workout_get_exercise (SwWorkout *self,
                         guint      index)
{
  g_return_val_if_fail (SW_IS_WORKOUT (self), NULL);
  g_return_val_if_fail (index < self->exercises->len, NULL);

  return g_ptr_array_index (self->exercises, index);
}

guint
sw_workout_get_total_s (SwWorkout *self)
{
  gint64 total = 0;

  g_return_val_if_fail (SW_IS_WORKOUT (self), 0);

  for (guint i = 0; i < self->steps->len; i++)
    total += g_array_index (self->steps, Step, i).length_us;

  return (guint) (total / G_USEC_PER_SEC);
}

void
sw_workout_start (SwWorkout *self)
{
  g_return_if_fail (SW_IS_WORKOUT (self));

  if (self->step >= 0)
    return;

  self->start_us = now_us (self);
  self->start_real_us = sw_clock_get_real_us (self->clock);
  enter_step (self, 0, self->start_us);
  step_changed (self);
}

void
sw_workout_pause (SwWorkout *self)
{
  g_return_if_fail (SW_IS_WORKOUT (self));

  if (current_step (self) == NULL || self->paused)
    return;

  /* Anything that ended before the pause ends first. */
  sw_workout_update (self);
  if (current_step (self) == NULL)
    return;

  self->paused = TRUE;
  self->paused_at_us = now_us (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAUSED]);
  notify_wakeup (self);
}

void
sw_workout_resume (SwWorkout *self)
{
  gint64 paused_for;

  g_return_if_fail (SW_IS_WORKOUT (self));

  if (!self->paused)
    return;

  paused_for = now_us (self) - self->paused_at_us;
  self->step_start_us += paused_for;
  self->paused_total_us += paused_for;
  self->paused = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAUSED]);
  notify_wakeup (self);
}

void
sw_workout_skip (SwWorkout *self)
{
  const Step *step;
  guint next;

  g_return_if_fail (SW_IS_WORKOUT (self));

  sw_workout_update (self);
  step = current_step (self);
  if (step == NULL)
    return;

  if (step->phase == SW_WORKOUT_PHASE_PREPARE || step->phase == SW_WORKOUT_PHASE_NEXT_EXERCISE)
    next = (guint) self->step + 1;
  else if (step->exercise + 1 < self->exercises->len)
    next = g_array_index (self->first_steps, guint, step->exercise + 1);
  else
    next = self->steps->len;

  if (next >= self->steps->len)
    self->completed = TRUE;
  enter_step (self, next, step_now (self));
  step_changed (self);
}

void
sw_workout_back (SwWorkout *self)
{
  const Step *step;
  guint first;

  g_return_if_fail (SW_IS_WORKOUT (self));

  sw_workout_update (self);
  step = current_step (self);
  if (step == NULL)
    return;

  first = g_array_index (self->first_steps, guint, step->exercise);
  if ((guint) self->step == first && step->exercise > 0)
    first = g_array_index (self->first_steps, guint, step->exercise - 1);

  enter_step (self, first, step_now (self));
  step_changed (self);
}

void
sw_workout_stop (SwWorkout *self)
{
  g_return_if_fail (SW_IS_WORKOUT (self));

  if (current_step (self) == NULL)
    return;

  self->completed = FALSE;
  enter_step (self, self->steps->len, step_now (self));
  step_changed (self);
}

void
sw_workout_update (SwWorkout *self)
{
  const Step *step;
  gboolean moved = FALSE;
  gint64 now;

  g_return_if_fail (SW_IS_WORKOUT (self));

  now = now_us (self);
  while ((step = current_step (self)) != NULL && !self->paused &&
         self->step_start_us + step->length_us <= now)
    {
      gint64 end = self->step_start_us + step->length_us;

      if ((guint) self->step + 1 >= self->steps->len)
        self->completed = TRUE;
      enter_step (self, (guint) self->step + 1, end);
      moved = TRUE;
    }

  if (moved)
    step_changed (self);
  else
    notify_wakeup (self);
}

/* Monotonic µs at which sw_workout_update() must run, or SW_WORKOUT_NEVER. */
gint64
sw_workout_get_next_wakeup_us (SwWorkout *self)
{
  g_return_val_if_fail (SW_IS_WORKOUT (self), SW_WORKOUT_NEVER);

  return compute_next_wakeup (self);
}

SwWorkoutPhase
sw_workout_get_phase (SwWorkout *self)
{
  const Step *step;

  g_return_val_if_fail (SW_IS_WORKOUT (self), SW_WORKOUT_PHASE_IDLE);

  if (self->step < 0)
    return SW_WORKOUT_PHASE_IDLE;

  step = current_step (self);
  return step != NULL ? step->phase : SW_WORKOUT_PHASE_DONE;
}

gboolean
sw_workout_get_paused (SwWorkout *self)
{
  g_return_val_if_fail (SW_IS_WORKOUT (self), FALSE);

  return self->paused;
}

gint64
sw_workout_get_time_left_us (SwWorkout *self)
{
  const Step *step;

  g_return_val_if_fail (SW_IS_WORKOUT (self), 0);

  step = current_step (self);
  if (step == NULL)
    return 0;

  return CLAMP (self->step_start_us + step->length_us - step_now (self), 0, step->length_us);
}

double
sw_workout_get_fraction_left (SwWorkout *self)
{
  const Step *step;

  g_return_val_if_fail (SW_IS_WORKOUT (self), 0.0);

  step = current_step (self);
  if (step == NULL || step->length_us <= 0)
    return 0.0;

  return (double) sw_workout_get_time_left_us (self) / (double) step->length_us;
}

int
sw_workout_get_exercise_index (SwWorkout *self)
{
  const Step *step;

  g_return_val_if_fail (SW_IS_WORKOUT (self), -1);

  if (self->step < 0)
    return -1;

  step = current_step (self);
  return step != NULL ? (int) step->exercise : (int) self->exercises->len - 1;
}

/* Returns: (nullable): the exercise being done or got ready for */
const SwExercise *
sw_workout_get_current (SwWorkout *self)
{
  int index;

  g_return_val_if_fail (SW_IS_WORKOUT (self), NULL);

  index = sw_workout_get_exercise_index (self);
  return index >= 0 ? g_ptr_array_index (self->exercises, index) : NULL;
}

const SwExercise *
sw_workout_get_next (SwWorkout *self)
{
  const Step *step;
  guint next;

  g_return_val_if_fail (SW_IS_WORKOUT (self), NULL);

  if (self->step < 0)
    return g_ptr_array_index (self->exercises, 0);

  step = current_step (self);
  if (step == NULL)
    return NULL;

  next = step->exercise + 1;
  return next < self->exercises->len ? g_ptr_array_index (self->exercises, next) : NULL;
}

static const SwDose *
current_dose (SwWorkout *self)
{
  const SwExercise *exercise = sw_workout_get_current (self);

  return exercise != NULL ? sw_exercise_get_dose (exercise, self->plan) : NULL;
}

guint
sw_workout_get_set (SwWorkout *self)
{
  const Step *step;

  g_return_val_if_fail (SW_IS_WORKOUT (self), 0);

  step = current_step (self);
  return step != NULL ? step->set : 0;
}

guint
sw_workout_get_n_sets (SwWorkout *self)
{
  const SwDose *dose;

  g_return_val_if_fail (SW_IS_WORKOUT (self), 0);

  dose = current_dose (self);
  return dose != NULL && dose->mode != SW_EXERCISE_MODE_TIMED ? dose->sets : 0;
}

/* In a REPS set, the rep its pace has reached. */
guint
sw_workout_get_rep (SwWorkout *self)
{
  const Step *step;
  const SwDose *dose;
  gint64 elapsed, rep_us;

  g_return_val_if_fail (SW_IS_WORKOUT (self), 0);

  step = current_step (self);
  if (step == NULL)
    return 0;
  if (step->rep > 0)
    return step->rep;

  dose = current_dose (self);
  if (step->phase != SW_WORKOUT_PHASE_HOLD || dose->mode != SW_EXERCISE_MODE_REPS)
    return 0;

  elapsed = step->length_us - sw_workout_get_time_left_us (self);
  rep_us = (gint64) dose->work_s * G_USEC_PER_SEC;
  return (guint) MIN ((gint64) dose->reps, elapsed / rep_us + 1);
}

guint
sw_workout_get_n_reps (SwWorkout *self)
{
  const SwDose *dose;

  g_return_val_if_fail (SW_IS_WORKOUT (self), 0);

  dose = current_dose (self);
  return dose != NULL && dose->mode != SW_EXERCISE_MODE_TIMED ? dose->reps : 0;
}

SwExerciseSide
sw_workout_get_side (SwWorkout *self)
{
  const SwDose *dose;
  guint rep;

  g_return_val_if_fail (SW_IS_WORKOUT (self), SW_EXERCISE_SIDE_NONE);

  dose = current_dose (self);
  rep = sw_workout_get_rep (self);
  if (current_step (self) == NULL || dose == NULL || !dose->alternate || rep == 0)
    return SW_EXERCISE_SIDE_NONE;

  return rep % 2 == 1 ? SW_EXERCISE_SIDE_LEFT : SW_EXERCISE_SIDE_RIGHT;
}

gboolean
sw_workout_get_completed (SwWorkout *self)
{
  g_return_val_if_fail (SW_IS_WORKOUT (self), FALSE);

  return sw_workout_get_phase (self) == SW_WORKOUT_PHASE_DONE && self->completed;
}

gint64
sw_workout_get_start_real_us (SwWorkout *self)
{
  g_return_val_if_fail (SW_IS_WORKOUT (self), 0);

  return self->start_real_us;
}

guint
sw_workout_get_active_s (SwWorkout *self)
{
  gint64 end;

  g_return_val_if_fail (SW_IS_WORKOUT (self), 0);

  if (self->step < 0)
    return 0;

  if (sw_workout_get_phase (self) == SW_WORKOUT_PHASE_DONE)
    end = self->end_us;
  else
    end = step_now (self);

  return (guint) (MAX (0, end - self->start_us - self->paused_total_us) / G_USEC_PER_SEC);
}

char **
sw_workout_dup_done_keys (SwWorkout *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (SW_IS_WORKOUT (self), NULL);

  for (guint i = 0; i < self->exercises->len; i++)
    if (self->begun[i])
      g_strv_builder_add (builder, sw_exercise_get_key (g_ptr_array_index (self->exercises, i)));

  return g_strv_builder_end (builder);
}

/* sw-catalog.c: the exercises, the plans, and who must not do what
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-catalog.h"

#include <string.h>

#include <glib/gi18n-lib.h>

/*
 * The two tables below are CONTENT-SPEC 3.2 and 3.3. Where the spec gives a
 * range, the timer runs one value inside it [app]: 10–15 reps → 12, 20–30 s
 * holds → 30 s standing and 20 s lying, 8–10 → 10, 5–10 → 8. A REPS rep
 * lasts long enough for the movement and its hold (bridge: lift, hold 5 s,
 * lower: 8 s).
 */

#define MAX_STEPS     5
#define MAX_PLAN_SIZE 8

G_DEFINE_ENUM_TYPE (SwExerciseMode, sw_exercise_mode,
  G_DEFINE_ENUM_VALUE (SW_EXERCISE_MODE_TIMED, "timed"),
  G_DEFINE_ENUM_VALUE (SW_EXERCISE_MODE_REPS, "reps"),
  G_DEFINE_ENUM_VALUE (SW_EXERCISE_MODE_HOLD, "hold"))

G_DEFINE_ENUM_TYPE (SwExercisePosition, sw_exercise_position,
  G_DEFINE_ENUM_VALUE (SW_EXERCISE_POSITION_STANDING, "standing"),
  G_DEFINE_ENUM_VALUE (SW_EXERCISE_POSITION_SEATED, "seated"),
  G_DEFINE_ENUM_VALUE (SW_EXERCISE_POSITION_FLOOR, "floor"))

G_DEFINE_FLAGS_TYPE (SwExerciseGate, sw_exercise_gate,
  G_DEFINE_ENUM_VALUE (SW_EXERCISE_GATE_NONE, "none"),
  G_DEFINE_ENUM_VALUE (SW_EXERCISE_GATE_FLARE, "flare"),
  G_DEFINE_ENUM_VALUE (SW_EXERCISE_GATE_STENOSIS, "stenosis"),
  G_DEFINE_ENUM_VALUE (SW_EXERCISE_GATE_PREGNANT, "pregnant"),
  G_DEFINE_ENUM_VALUE (SW_EXERCISE_GATE_POST_SPINE_SURGERY, "post-spine-surgery"))

G_DEFINE_FLAGS_TYPE (SwProfile, sw_profile,
  G_DEFINE_ENUM_VALUE (SW_PROFILE_NONE, "none"),
  G_DEFINE_ENUM_VALUE (SW_PROFILE_PREGNANT, "pregnant"),
  G_DEFINE_ENUM_VALUE (SW_PROFILE_POST_SPINE_SURGERY, "post-spine-surgery"),
  G_DEFINE_ENUM_VALUE (SW_PROFILE_STENOSIS, "stenosis"))

G_DEFINE_ENUM_TYPE (SwGateVerdict, sw_gate_verdict,
  G_DEFINE_ENUM_VALUE (SW_GATE_ALLOWED, "allowed"),
  G_DEFINE_ENUM_VALUE (SW_GATE_GENTLE_ONLY, "gentle-only"),
  G_DEFINE_ENUM_VALUE (SW_GATE_RULED_OUT, "ruled-out"))

G_DEFINE_ENUM_TYPE (SwExerciseSide, sw_exercise_side,
  G_DEFINE_ENUM_VALUE (SW_EXERCISE_SIDE_NONE, "none"),
  G_DEFINE_ENUM_VALUE (SW_EXERCISE_SIDE_LEFT, "left"),
  G_DEFINE_ENUM_VALUE (SW_EXERCISE_SIDE_RIGHT, "right"))

/* ---------------------------------------------------------------- exercises */

struct _SwExercise
{
  const char         *key;
  const char         *icon_name;
  const char         *name;               /* msgid */
  const char         *steps[MAX_STEPS];   /* msgids, NULL-terminated */
  const char         *hold;               /* msgid or NULL */
  const char         *caution;            /* msgid or NULL */
  const char         *source;
  SwExerciseGate      gates;
  SwExercisePosition  position;
  SwDose              dose;
};

#define TIMED(s)                { SW_EXERCISE_MODE_TIMED, 1, 1, s, 0, 0, FALSE }
#define REPS(r, n, s, set_rest) { SW_EXERCISE_MODE_REPS, r, n, s, 0, set_rest, FALSE }
#define REPS_ALT(r, s)          { SW_EXERCISE_MODE_REPS, r, 1, s, 0, 0, TRUE }
#define HOLD_ALT(r, s, rest)    { SW_EXERCISE_MODE_HOLD, r, 1, s, rest, 0, TRUE }

static const SwExercise exercises[] = {
  { "stand_and_walk", "sw-exercise-stand-and-walk-symbolic",
    N_("Stand Up and Walk"),
    { N_("Rise without twisting, pushing on the desk if you need to."),
      N_("Walk at an easy pace: fetch some water, take the stairs or walk down a corridor."),
      N_("Let your arms swing."), NULL },
    NULL,
    N_("Hold on to something if you feel unsteady."),
    "NICE NG59, NHS Sciatica (keep active)",
    SW_EXERCISE_GATE_NONE, SW_EXERCISE_POSITION_STANDING, TIMED (180) },
  { "ankle_pumps", "sw-exercise-ankle-pumps-symbolic",
    N_("Seated Ankle Pumps"),
    { N_("Sit tall with your feet flat on the floor."),
      N_("Lift your toes and the front of your feet, keeping your heels down."),
      N_("Press down onto your toes and lift your heels."),
      N_("Keep a steady rhythm."), NULL },
    N_("Pause for a second at each end."),
    NULL,
    "[app]; ADA lists leg movements for breaks",
    SW_EXERCISE_GATE_NONE, SW_EXERCISE_POSITION_SEATED, REPS (20, 2, 2, 15) },
  { "seated_pelvic_tilt", "sw-exercise-seated-pelvic-tilt-symbolic",
    N_("Seated Pelvic Rock"),
    { N_("Sit on the front half of your chair with your feet flat."),
      N_("Roll your pelvis back so your lower back rounds a little."),
      N_("Roll it forward so your lower back arches a little."),
      N_("Keep the movement small, slow and free of pain."), NULL },
    N_("Pause for 2 seconds at each end."),
    NULL,
    "NHS pelvic tilt, adapted to sitting",
    SW_EXERCISE_GATE_POST_SPINE_SURGERY, SW_EXERCISE_POSITION_SEATED, REPS (10, 2, 4, 15) },
  { "standing_back_bend", "sw-exercise-standing-back-bend-symbolic",
    N_("Standing Back Bend"),
    { N_("Stand with your feet hip-width apart and your hands on the back of your hips."),
      N_("Look ahead, ease your hips forward and lean back gently."),
      N_("Come back upright."), NULL },
    N_("Hold for 2 seconds."),
    N_("Stop if symptoms spread down your leg. Not if you have been told you have a "
       "slipped vertebra (spondylolisthesis)."),
    "NHS back extensions (standing form); MSD (extension narrows the canal in stenosis)",
    SW_EXERCISE_GATE_FLARE | SW_EXERCISE_GATE_STENOSIS | SW_EXERCISE_GATE_PREGNANT |
      SW_EXERCISE_GATE_POST_SPINE_SURGERY,
    SW_EXERCISE_POSITION_STANDING, REPS (8, 1, 5, 0) },
  { "standing_trunk_turns", "sw-exercise-standing-trunk-turns-symbolic",
    N_("Standing Trunk Turns"),
    { N_("Stand tall with your knees soft and your arms crossed on your chest."),
      N_("Slowly turn your shoulders to one side, keeping your hips facing forward."),
      N_("Come back to the centre."),
      N_("Turn to the other side."), NULL },
    N_("Hold each turn for 2 seconds."),
    N_("No fast or forced twisting."),
    "[seed] warm-up with waist turns",
    SW_EXERCISE_GATE_FLARE | SW_EXERCISE_GATE_POST_SPINE_SURGERY,
    SW_EXERCISE_POSITION_STANDING, REPS_ALT (20, 5) },
  { "wall_calf_stretch", "sw-exercise-wall-calf-stretch-symbolic",
    N_("Wall Calf Stretch"),
    { N_("Put your hands on a wall at shoulder height."),
      N_("Step one foot back, knee straight, heel down and toes pointing forward."),
      N_("Bend your front knee and bring your hips toward the wall until the back calf "
         "feels a gentle pull."),
      N_("Hold, then swap legs."), NULL },
    N_("Hold each stretch for 20 to 30 seconds."),
    N_("Not if your calf is swollen, warm or red, and not in the first 72 hours after a "
       "strain or bruise. Stop if it brings on tingling or shooting pain."),
    "NHS strength and flexibility calf stretch; NHS Fife",
    SW_EXERCISE_GATE_NONE, SW_EXERCISE_POSITION_STANDING, HOLD_ALT (6, 30, 10) },
  { "calf_raises", "sw-exercise-calf-raises-symbolic",
    N_("Heel Raises"),
    { N_("Face your desk or the back of a chair and hold on to it."),
      N_("Rise slowly onto the balls of both feet."),
      N_("Lower your heels slowly."), NULL },
    N_("Hold for 1 to 2 seconds at the top."),
    N_("Always hold on to support. Skip this in the first 72 hours after a calf strain."),
    "[app]; Homer 2021 used calf raises as sitting breaks",
    SW_EXERCISE_GATE_NONE, SW_EXERCISE_POSITION_STANDING, REPS (12, 2, 4, 30) },
  { "knee_to_chest", "sw-exercise-knee-to-chest-symbolic",
    N_("Knee to Chest"),
    { N_("Lie on your back on a mat with a small cushion under your head and your knees "
         "bent."),
      N_("Draw one knee toward your chest, hands just below the knee."),
      N_("Go only as far as is comfortable."),
      N_("Lower it and swap sides."), NULL },
    N_("Hold each for 20 to 30 seconds."),
    NULL,
    "BackCare/Healthily sciatica routine",
    SW_EXERCISE_GATE_PREGNANT | SW_EXERCISE_GATE_POST_SPINE_SURGERY,
    SW_EXERCISE_POSITION_FLOOR, HOLD_ALT (6, 20, 10) },
  { "knee_rolls", "sw-exercise-knee-rolls-symbolic",
    N_("Knee Rolls"),
    { N_("Lie on your back with your knees bent and together and your arms out to the "
         "sides."),
      N_("Let both knees sink slowly to one side, keeping your shoulders down."),
      N_("Come back to the centre."),
      N_("Let them sink to the other side."), NULL },
    N_("Take one slow breath at each side."),
    N_("Put a cushion between your knees if that is more comfortable."),
    "NHS lower back pain exercises",
    SW_EXERCISE_GATE_PREGNANT | SW_EXERCISE_GATE_POST_SPINE_SURGERY,
    SW_EXERCISE_POSITION_FLOOR, REPS_ALT (10, 8) },
  { "bottom_to_heels", "sw-exercise-bottom-to-heels-symbolic",
    N_("Bottom-to-Heels Stretch"),
    { N_("Kneel on your hands and knees, knees under your hips and hands under your "
         "shoulders."),
      N_("Ease your hips back toward your heels, keeping your back long."),
      N_("Come back to the start."), NULL },
    N_("Take one slow breath at the furthest point."),
    N_("With knee problems, stop short of your heels. In pregnancy, keep your knees wider "
       "apart."),
    "NHS lower back pain exercises",
    SW_EXERCISE_GATE_POST_SPINE_SURGERY, SW_EXERCISE_POSITION_FLOOR, REPS (10, 1, 8, 0) },
  { "bridge", "sw-exercise-bridge-symbolic",
    N_("Bridge"),
    { N_("Lie on your back with your knees bent and your feet hip-width apart."),
      N_("Tighten your tummy and buttock muscles."),
      N_("Lift your hips until your shoulders, hips and knees are in a line."),
      N_("Lower slowly."), NULL },
    N_("Hold for 3 to 5 seconds at the top."),
    N_("Do not arch your lower back."),
    "[app]; NICE NG59 (strengthening within exercise programmes)",
    SW_EXERCISE_GATE_PREGNANT | SW_EXERCISE_GATE_POST_SPINE_SURGERY,
    SW_EXERCISE_POSITION_FLOOR, REPS (10, 2, 8, 30) },
  { "prone_back_extension", "sw-exercise-prone-back-extension-symbolic",
    N_("“Little Swallow” Back Raise"),
    { N_("Lie face down on a firm bed or mat, arms by your sides and forehead down."),
      N_("Squeeze your buttocks."),
      N_("Slowly lift your head and chest a few centimetres, eyes to the floor and neck "
         "long."),
      N_("Lower slowly."), NULL },
    N_("Hold for 3 seconds."),
    N_("Stop if pain spreads into your leg. Ask a doctor first if you have a slipped "
       "vertebra (spondylolisthesis)."),
    "[seed]; NHS back extensions; MSD (stenosis)",
    SW_EXERCISE_GATE_FLARE | SW_EXERCISE_GATE_STENOSIS | SW_EXERCISE_GATE_PREGNANT |
      SW_EXERCISE_GATE_POST_SPINE_SURGERY,
    SW_EXERCISE_POSITION_FLOOR, REPS (12, 2, 6, 30) },
};

/* -------------------------------------------------------------------- plans */

typedef struct
{
  const char *exercise;
  guint       work_s;  /* a TIMED exercise's length in this plan, or 0 */
  const char *pace;    /* msgid or NULL, e.g. "brisk" */
} PlanItem;

struct _SwPlan
{
  const char *key;
  const char *name;         /* msgid */
  const char *description;  /* msgid */
  PlanItem    items[MAX_PLAN_SIZE + 1];
};

static const SwPlan plans[] = {
  { "office", N_("Office Worker"),
    N_("For a day at a desk: one or two of these at every break, about five minutes each "
       "hour."),
    { { "stand_and_walk", 180, N_("easy pace") },
      { "ankle_pumps" }, { "seated_pelvic_tilt" }, { "standing_back_bend" },
      { "wall_calf_stretch" }, { "calf_raises" }, { NULL } } },
  { "active", N_("Active"),
    N_("For sport: warm up for 10 to 15 minutes before you start; strength work two or "
       "three days a week."),
    { { "stand_and_walk", 300, N_("brisk") },
      { "standing_trunk_turns" }, { "wall_calf_stretch" }, { "calf_raises" },
      { "bridge" }, { "bottom_to_heels" }, { "standing_back_bend" },
      { "prone_back_extension" }, { NULL } } },
  { "older", N_("Older Adult"),
    N_("Every day, gently; hold on to support for the standing exercises."),
    { { "stand_and_walk", 180, N_("easy pace") },
      { "ankle_pumps" }, { "seated_pelvic_tilt" }, { "calf_raises" }, { "knee_to_chest" },
      { "knee_rolls" }, { "bridge" }, { "prone_back_extension" }, { NULL } } },
  { "flare", N_("Flare-Up"),
    N_("During a flare-up: one gentle exercise at each 30-minute break, the floor ones "
       "once or twice a day."),
    { { "stand_and_walk", 120, N_("gentle") },
      { "ankle_pumps" }, { "seated_pelvic_tilt" }, { "knee_to_chest" }, { "knee_rolls" },
      { "bottom_to_heels" }, { NULL } } },
};

#define FLARE_PLAN (&plans[G_N_ELEMENTS (plans) - 1])

/* Doses a plan changes, one per exercise and plan, filled on first use. */
typedef struct
{
  SwDose dose;
  const char *pace;
} PlanDose;

static PlanDose plan_doses[G_N_ELEMENTS (plans)][G_N_ELEMENTS (exercises)];

static const char *rules =
  N_("Move slowly, breathe normally and stay in a comfortable range. Mild stretching "
     "discomfort that fades is fine. Stop, and run the check again, if an exercise sends "
     "pain, tingling or numbness further down your leg or causes sharp pain.");

static const char *pregnancy_note =
  N_("You are pregnant: ask your midwife or doctor before starting new exercises. The ones "
     "done lying on your back or front are left out.");

static guint
exercise_index (const SwExercise *exercise)
{
  g_assert (exercise >= exercises && exercise < exercises + G_N_ELEMENTS (exercises));

  return (guint) (exercise - exercises);
}

static guint
plan_index (const SwPlan *plan)
{
  g_assert (plan >= plans && plan < plans + G_N_ELEMENTS (plans));

  return (guint) (plan - plans);
}

static const PlanItem *
find_item (const SwPlan     *plan,
           const SwExercise *exercise)
{
  for (const PlanItem *item = plan->items; item->exercise != NULL; item++)
    if (strcmp (item->exercise, exercise->key) == 0)
      return item;

  return NULL;
}

static void
compile_plan_doses (void)
{
  static gsize compiled = 0;

  if (!g_once_init_enter (&compiled))
    return;

  for (guint p = 0; p < G_N_ELEMENTS (plans); p++)
    for (guint e = 0; e < G_N_ELEMENTS (exercises); e++)
      {
        const PlanItem *item = find_item (&plans[p], &exercises[e]);
        PlanDose *plan_dose = &plan_doses[p][e];

        plan_dose->dose = exercises[e].dose;
        if (item != NULL)
          {
            if (item->work_s > 0)
              plan_dose->dose.work_s = item->work_s;
            plan_dose->pace = item->pace;
          }
      }

  g_once_init_leave (&compiled, 1);
}

guint
sw_catalog_get_n_exercises (void)
{
  return G_N_ELEMENTS (exercises);
}

const SwExercise *
sw_catalog_get_exercise (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (exercises), NULL);

  return &exercises[index];
}

const SwExercise *
sw_catalog_lookup_exercise (const char *key)
{
  g_return_val_if_fail (key != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (exercises); i++)
    if (strcmp (exercises[i].key, key) == 0)
      return &exercises[i];

  return NULL;
}

const char *
sw_exercise_get_key (const SwExercise *exercise)
{
  g_return_val_if_fail (exercise != NULL, NULL);

  return exercise->key;
}

const char *
sw_exercise_get_icon_name (const SwExercise *exercise)
{
  g_return_val_if_fail (exercise != NULL, NULL);

  return exercise->icon_name;
}

const char *
sw_exercise_get_name (const SwExercise *exercise)
{
  g_return_val_if_fail (exercise != NULL, NULL);

  return _(exercise->name);
}

guint
sw_exercise_get_n_steps (const SwExercise *exercise)
{
  guint n = 0;

  g_return_val_if_fail (exercise != NULL, 0);

  while (n < MAX_STEPS && exercise->steps[n] != NULL)
    n++;

  return n;
}

const char *
sw_exercise_get_step (const SwExercise *exercise,
                      guint             index)
{
  g_return_val_if_fail (exercise != NULL, NULL);
  g_return_val_if_fail (index < sw_exercise_get_n_steps (exercise), NULL);

  return _(exercise->steps[index]);
}

const char *
sw_exercise_get_hold (const SwExercise *exercise)
{
  g_return_val_if_fail (exercise != NULL, NULL);

  return exercise->hold != NULL ? _(exercise->hold) : NULL;
}

const char *
sw_exercise_get_caution (const SwExercise *exercise)
{
  g_return_val_if_fail (exercise != NULL, NULL);

  return exercise->caution != NULL ? _(exercise->caution) : NULL;
}

const char *
sw_exercise_get_source (const SwExercise *exercise)
{
  g_return_val_if_fail (exercise != NULL, NULL);

  return exercise->source;
}

SwExerciseGate
sw_exercise_get_gates (const SwExercise *exercise)
{
  g_return_val_if_fail (exercise != NULL, SW_EXERCISE_GATE_NONE);

  return exercise->gates;
}

SwExercisePosition
sw_exercise_get_position (const SwExercise *exercise)
{
  g_return_val_if_fail (exercise != NULL, SW_EXERCISE_POSITION_STANDING);

  return exercise->position;
}

gboolean
sw_exercise_is_gentle (const SwExercise *exercise)
{
  g_return_val_if_fail (exercise != NULL, FALSE);

  return find_item (FLARE_PLAN, exercise) != NULL;
}

const SwDose *
sw_exercise_get_dose (const SwExercise *exercise,
                      const SwPlan     *plan)
{
  g_return_val_if_fail (exercise != NULL, NULL);

  if (plan == NULL)
    return &exercise->dose;

  compile_plan_doses ();
  return &plan_doses[plan_index (plan)][exercise_index (exercise)].dose;
}

guint
sw_exercise_get_duration_s (const SwExercise *exercise,
                            const SwPlan     *plan)
{
  const SwDose *dose;
  guint per_set;

  g_return_val_if_fail (exercise != NULL, 0);

  dose = sw_exercise_get_dose (exercise, plan);
  switch (dose->mode)
    {
    case SW_EXERCISE_MODE_TIMED:
      return dose->work_s;

    case SW_EXERCISE_MODE_REPS:
      per_set = dose->reps * dose->work_s;
      break;

    case SW_EXERCISE_MODE_HOLD:
      per_set = dose->reps * dose->work_s + (dose->reps - 1) * dose->rest_rep_s;
      break;

    default:
      g_assert_not_reached ();
    }

  return dose->sets * per_set + (dose->sets - 1) * dose->rest_set_s;
}

static char *
format_amount (const SwDose *dose)
{
  g_autofree char *per_set = NULL;

  if (dose->mode == SW_EXERCISE_MODE_TIMED)
    /* Translators: how long to walk, e.g. "3 min". */
    return g_strdup_printf (_("%u min"), dose->work_s / 60);

  if (dose->alternate && dose->mode == SW_EXERCISE_MODE_HOLD)
    /* Translators: holds on each side and how long each lasts, e.g. "3 each side, 30 s". */
    per_set = g_strdup_printf (_("%u each side, %u s"), dose->reps / 2, dose->work_s);
  else if (dose->alternate)
    per_set = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u each side", "%u each side",
                                            dose->reps / 2),
                               dose->reps / 2);
  else if (dose->mode == SW_EXERCISE_MODE_HOLD)
    /* Translators: holds and how long each lasts, e.g. "3 holds of 30 s". */
    per_set = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u hold of %u s", "%u holds of %u s",
                                            dose->reps),
                               dose->reps, dose->work_s);
  else
    per_set = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u rep", "%u reps", dose->reps),
                               dose->reps);

  if (dose->sets == 1)
    return g_steal_pointer (&per_set);

  /* Translators: the repetitions of one set and how many sets, e.g. "10 reps × 2". */
  return g_strdup_printf (_("%s × %u"), per_set, dose->sets);
}

char *
sw_exercise_format_dose (const SwExercise *exercise,
                         const SwPlan     *plan)
{
  const SwDose *dose;
  const char *pace = NULL;
  g_autofree char *amount = NULL;
  guint minutes;

  g_return_val_if_fail (exercise != NULL, NULL);

  dose = sw_exercise_get_dose (exercise, plan);
  amount = format_amount (dose);

  if (plan != NULL)
    pace = plan_doses[plan_index (plan)][exercise_index (exercise)].pace;

  if (dose->mode == SW_EXERCISE_MODE_TIMED)
    return pace != NULL ? g_strdup_printf ("%s · %s", amount, _(pace)) : g_steal_pointer (&amount);

  minutes = MAX (1, (sw_exercise_get_duration_s (exercise, plan) + 30) / 60);
  /* Translators: the dose, then roughly how long it takes, e.g. "10 reps × 2 · about 3 min". */
  return g_strdup_printf (_("%s · about %u min"), amount, minutes);
}

/* -------------------------------------------------------------------- plans */

guint
sw_catalog_get_n_plans (void)
{
  return G_N_ELEMENTS (plans);
}

const SwPlan *
sw_catalog_get_plan (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (plans), NULL);

  return &plans[index];
}

const SwPlan *
sw_catalog_lookup_plan (const char *key)
{
  g_return_val_if_fail (key != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (plans); i++)
    if (strcmp (plans[i].key, key) == 0)
      return &plans[i];

  return NULL;
}

const SwPlan *
sw_catalog_get_flare_plan (void)
{
  return FLARE_PLAN;
}

const char *
sw_plan_get_key (const SwPlan *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);

  return plan->key;
}

const char *
sw_plan_get_name (const SwPlan *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);

  return _(plan->name);
}

const char *
sw_plan_get_description (const SwPlan *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);

  return _(plan->description);
}

guint
sw_plan_get_n_exercises (const SwPlan *plan)
{
  guint n = 0;

  g_return_val_if_fail (plan != NULL, 0);

  while (plan->items[n].exercise != NULL)
    n++;

  return n;
}

const SwExercise *
sw_plan_get_exercise (const SwPlan *plan,
                      guint         index)
{
  g_return_val_if_fail (plan != NULL, NULL);
  g_return_val_if_fail (index < sw_plan_get_n_exercises (plan), NULL);

  return sw_catalog_lookup_exercise (plan->items[index].exercise);
}

gboolean
sw_plan_has_exercise (const SwPlan     *plan,
                      const SwExercise *exercise)
{
  g_return_val_if_fail (plan != NULL, FALSE);
  g_return_val_if_fail (exercise != NULL, FALSE);

  return find_item (plan, exercise) != NULL;
}

const char *
sw_catalog_get_rules (void)
{
  return _(rules);
}

const char *
sw_catalog_get_pregnancy_note (void)
{
  return _(pregnancy_note);
}

/* ------------------------------------------------------------------- gating */

gboolean
sw_last_check_locks (const SwLastCheck *check)
{
  if (check == NULL || !check->present || check->cleared)
    return FALSE;

  return check->outcome == SW_OUTCOME_EMERGENCY ||
         (check->outcome == SW_OUTCOME_SEE_DOCTOR_SOON && check->urgency == SW_URGENCY_TODAY);
}

gboolean
sw_last_check_gentle_only (const SwLastCheck *check)
{
  if (check == NULL || !check->present)
    return FALSE;

  switch (check->outcome)
    {
    case SW_OUTCOME_EMERGENCY:
      return check->cleared;

    case SW_OUTCOME_SEE_DOCTOR_SOON:
      return check->urgency != SW_URGENCY_TODAY || check->cleared;

    case SW_OUTCOME_WATCH_AND_SELF_CARE:
      return TRUE;

    case SW_OUTCOME_LIKELY_MUSCULAR:
    default:
      return FALSE;
    }
}

/**
 * sw_last_check_load:
 * @journal: where the check results are kept
 */
gboolean
sw_last_check_load (SwLastCheck  *check,
                    SwJournal    *journal,
                    gint64        now_us,
                    gint64        cleared_check_us,
                    GError      **error)
{
  g_autoptr(SwJournalCheck) last = NULL;
  SwOutcome outcome;

  g_return_val_if_fail (check != NULL, FALSE);
  g_return_val_if_fail (SW_IS_JOURNAL (journal), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  memset (check, 0, sizeof *check);

  if (!sw_journal_get_last_check (journal, &last, error))
    return FALSE;

  if (last == NULL ||
      !sw_outcome_from_string (last->outcome, &outcome) ||
      last->time_us <= now_us - SW_CATALOG_CHECK_VALID_DAYS * G_TIME_SPAN_DAY)
    return TRUE;

  check->present = TRUE;
  check->outcome = outcome;
  check->time_us = last->time_us;
  check->urgency = SW_URGENCY_NONE;
  /* A SEE_DOCTOR_SOON result without a known urgency is taken as the
   * stricter one. */
  if (outcome == SW_OUTCOME_SEE_DOCTOR_SOON)
    check->urgency = g_strcmp0 (last->urgency, "soon") == 0 ? SW_URGENCY_SOON : SW_URGENCY_TODAY;
  check->cleared = cleared_check_us != 0 && cleared_check_us == last->time_us;

  return TRUE;
}

static SwGateVerdict
verdict (SwGateVerdict  result,
         const char    *reason,
         const char   **reason_out)
{
  if (reason_out != NULL)
    *reason_out = reason != NULL ? _(reason) : NULL;

  return result;
}

SwGateVerdict
sw_catalog_check_exercise (const SwExercise  *exercise,
                           SwProfile          profile,
                           gboolean           flare_active,
                           const SwLastCheck *check,
                           const char       **reason_out)
{
  static const struct
  {
    SwProfile       profile;
    SwExerciseGate  gate;
    const char     *reason;
  } profile_gates[] = {
    { SW_PROFILE_PREGNANT, SW_EXERCISE_GATE_PREGNANT,
      N_("Not advised in pregnancy. Ask your midwife or doctor.") },
    { SW_PROFILE_POST_SPINE_SURGERY, SW_EXERCISE_GATE_POST_SPINE_SURGERY,
      N_("Not advised after spine surgery. Ask your surgical team.") },
    { SW_PROFILE_STENOSIS, SW_EXERCISE_GATE_STENOSIS,
      N_("Not with spinal stenosis: bending backwards narrows the spinal canal.") },
  };

  g_return_val_if_fail (exercise != NULL, SW_GATE_RULED_OUT);

  if (sw_last_check_locks (check))
    return verdict (SW_GATE_RULED_OUT,
                    check->outcome == SW_OUTCOME_EMERGENCY
                    ? N_("Wait until you have been seen: your last check advised emergency care.")
                    : N_("Wait until you have been seen: your last check advised getting "
                         "checked in person today."),
                    reason_out);

  for (guint i = 0; i < G_N_ELEMENTS (profile_gates); i++)
    if ((profile & profile_gates[i].profile) != 0 && (exercise->gates & profile_gates[i].gate) != 0)
      return verdict (SW_GATE_RULED_OUT, profile_gates[i].reason, reason_out);

  if (flare_active && (exercise->gates & SW_EXERCISE_GATE_FLARE) != 0)
    return verdict (SW_GATE_RULED_OUT,
                    N_("Not during a flare-up. Wait until it has settled."), reason_out);

  if (sw_last_check_gentle_only (check))
    {
      if (!sw_exercise_is_gentle (exercise))
        return verdict (SW_GATE_RULED_OUT,
                        check->cleared
                        ? N_("Only gentle exercises for now, until your pain has settled.")
                        : N_("Only gentle exercises for now, as your last check advised."),
                        reason_out);

      return verdict (SW_GATE_GENTLE_ONLY,
                      check->cleared
                      ? N_("Start gently now that a clinician has seen you.")
                      : N_("Go gently, as your last check advised."),
                      reason_out);
    }

  return verdict (SW_GATE_ALLOWED, NULL, reason_out);
}

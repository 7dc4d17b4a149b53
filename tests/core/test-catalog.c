/* test-catalog.c: the exercises, the plans, and every gating combination
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sw-care-state.h"
#include "sw-catalog.h"
#include "sw-fake-clock.h"
#include "sw-settings.h"

/* CONTENT-SPEC 3.2, typed again here so the table in sw-catalog.c is checked
 * against the spec rather than against itself. */
typedef struct
{
  const char         *key;
  SwExerciseGate      gates;
  SwExercisePosition  position;
} SpecExercise;

#define F  SW_EXERCISE_GATE_FLARE
#define ST SW_EXERCISE_GATE_STENOSIS
#define P  SW_EXERCISE_GATE_PREGNANT
#define S  SW_EXERCISE_GATE_POST_SPINE_SURGERY

static const SpecExercise spec_exercises[] = {
  { "stand_and_walk", 0, SW_EXERCISE_POSITION_STANDING },
  { "ankle_pumps", 0, SW_EXERCISE_POSITION_SEATED },
  { "seated_pelvic_tilt", S, SW_EXERCISE_POSITION_SEATED },
  { "standing_back_bend", F | ST | P | S, SW_EXERCISE_POSITION_STANDING },
  { "standing_trunk_turns", F | S, SW_EXERCISE_POSITION_STANDING },
  { "wall_calf_stretch", 0, SW_EXERCISE_POSITION_STANDING },
  { "calf_raises", 0, SW_EXERCISE_POSITION_STANDING },
  { "knee_to_chest", P | S, SW_EXERCISE_POSITION_FLOOR },
  { "knee_rolls", P | S, SW_EXERCISE_POSITION_FLOOR },
  { "bottom_to_heels", S, SW_EXERCISE_POSITION_FLOOR },
  { "bridge", P | S, SW_EXERCISE_POSITION_FLOOR },
  { "prone_back_extension", F | ST | P | S, SW_EXERCISE_POSITION_FLOOR },
};

#undef F
#undef ST
#undef P
#undef S

/* CONTENT-SPEC 3.3. */
static const struct
{
  const char *key;
  const char *exercises[9];
} spec_plans[] = {
  { "office", { "stand_and_walk", "ankle_pumps", "seated_pelvic_tilt", "standing_back_bend",
                "wall_calf_stretch", "calf_raises", NULL } },
  { "active", { "stand_and_walk", "standing_trunk_turns", "wall_calf_stretch", "calf_raises",
                "bridge", "bottom_to_heels", "standing_back_bend", "prone_back_extension",
                NULL } },
  { "older", { "stand_and_walk", "ankle_pumps", "seated_pelvic_tilt", "calf_raises",
               "knee_to_chest", "knee_rolls", "bridge", "prone_back_extension", NULL } },
  { "flare", { "stand_and_walk", "ankle_pumps", "seated_pelvic_tilt", "knee_to_chest",
               "knee_rolls", "bottom_to_heels", NULL } },
};

static gboolean
in_spec_plan (const char *plan,
              const char *exercise)
{
  for (guint p = 0; p < G_N_ELEMENTS (spec_plans); p++)
    if (strcmp (spec_plans[p].key, plan) == 0)
      for (guint i = 0; spec_plans[p].exercises[i] != NULL; i++)
        if (strcmp (spec_plans[p].exercises[i], exercise) == 0)
          return TRUE;

  return FALSE;
}

static void
test_exercises_match_the_spec (void)
{
  g_assert_cmpuint (sw_catalog_get_n_exercises (), ==, G_N_ELEMENTS (spec_exercises));

  for (guint i = 0; i < G_N_ELEMENTS (spec_exercises); i++)
    {
      const SwExercise *exercise = sw_catalog_lookup_exercise (spec_exercises[i].key);

      g_test_message ("%s", spec_exercises[i].key);
      g_assert_nonnull (exercise);
      g_assert_true (exercise == sw_catalog_get_exercise (i));
      g_assert_cmpint (sw_exercise_get_gates (exercise), ==, spec_exercises[i].gates);
      g_assert_cmpint (sw_exercise_get_position (exercise), ==, spec_exercises[i].position);
      g_assert_cmpint (sw_exercise_is_gentle (exercise), ==,
                       in_spec_plan ("flare", spec_exercises[i].key));
    }

  g_assert_null (sw_catalog_lookup_exercise ("sit_ups"));
}

static void
test_every_exercise_is_complete (void)
{
  for (guint i = 0; i < sw_catalog_get_n_exercises (); i++)
    {
      const SwExercise *exercise = sw_catalog_get_exercise (i);
      const char *key = sw_exercise_get_key (exercise);
      g_autofree char *dashed = g_strdelimit (g_strdup (key), "_", '-');
      g_autofree char *icon = g_strdup_printf ("sw-exercise-%s-symbolic", dashed);
      const SwDose *dose = sw_exercise_get_dose (exercise, NULL);
      g_autofree char *dose_text = sw_exercise_format_dose (exercise, NULL);

      g_test_message ("%s", key);
      g_assert_cmpstr (sw_exercise_get_icon_name (exercise), ==, icon);
      g_assert_cmpstr (sw_exercise_get_name (exercise), !=, "");
      g_assert_cmpuint (sw_exercise_get_n_steps (exercise), >=, 3);
      for (guint s = 0; s < sw_exercise_get_n_steps (exercise); s++)
        g_assert_cmpuint (strlen (sw_exercise_get_step (exercise, s)), >, 10);
      g_assert_cmpstr (sw_exercise_get_source (exercise), !=, "");

      /* Timings that a timer can run. */
      g_assert_cmpuint (dose->reps, >=, 1);
      g_assert_cmpuint (dose->sets, >=, 1);
      g_assert_cmpuint (dose->work_s, >=, 1);
      if (dose->sets > 1)
        g_assert_cmpuint (dose->rest_set_s, >, 0);
      if (dose->mode == SW_EXERCISE_MODE_HOLD)
        {
          g_assert_cmpuint (dose->work_s, >=, 10);
          g_assert_cmpuint (dose->rest_rep_s, >, 0);
        }
      else
        g_assert_cmpuint (dose->rest_rep_s, ==, 0);
      if (dose->alternate)
        g_assert_cmpuint (dose->reps % 2, ==, 0);
      if (dose->mode == SW_EXERCISE_MODE_TIMED)
        g_assert_null (sw_exercise_get_hold (exercise));
      else
        g_assert_nonnull (sw_exercise_get_hold (exercise));
      g_assert_cmpuint (sw_exercise_get_duration_s (exercise, NULL), >=, 30);
      g_assert_cmpuint (sw_exercise_get_duration_s (exercise, NULL), <=, 5 * 60);
      g_assert_cmpstr (dose_text, !=, "");
    }
}

static void
test_plans_match_the_spec (void)
{
  g_assert_cmpuint (sw_catalog_get_n_plans (), ==, G_N_ELEMENTS (spec_plans));
  g_assert_true (sw_catalog_get_flare_plan () == sw_catalog_lookup_plan ("flare"));
  g_assert_null (sw_catalog_lookup_plan ("pregnant"));

  for (guint p = 0; p < G_N_ELEMENTS (spec_plans); p++)
    {
      const SwPlan *plan = sw_catalog_lookup_plan (spec_plans[p].key);
      guint n = 0;

      g_assert_true (plan == sw_catalog_get_plan (p));
      g_assert_cmpstr (sw_plan_get_name (plan), !=, "");
      g_assert_cmpstr (sw_plan_get_description (plan), !=, "");
      while (spec_plans[p].exercises[n] != NULL)
        n++;
      g_assert_cmpuint (sw_plan_get_n_exercises (plan), ==, n);
      for (guint i = 0; i < n; i++)
        {
          const SwExercise *exercise = sw_plan_get_exercise (plan, i);

          g_assert_cmpstr (sw_exercise_get_key (exercise), ==, spec_plans[p].exercises[i]);
          g_assert_true (sw_plan_has_exercise (plan, exercise));
        }
    }
}

static void
test_doses_read_well (void)
{
  const SwExercise *walk = sw_catalog_lookup_exercise ("stand_and_walk");
  const SwExercise *pumps = sw_catalog_lookup_exercise ("ankle_pumps");
  const SwExercise *stretch = sw_catalog_lookup_exercise ("wall_calf_stretch");
  const SwExercise *turns = sw_catalog_lookup_exercise ("standing_trunk_turns");
  const SwExercise *bend = sw_catalog_lookup_exercise ("standing_back_bend");
  char *text;

  /* The walk is 2–5 min, 1–3 in a flare, 5 brisk as a warm-up. */
  g_assert_cmpuint (sw_exercise_get_dose (walk, sw_catalog_lookup_plan ("office"))->work_s,
                    ==, 180);
  g_assert_cmpuint (sw_exercise_get_dose (walk, sw_catalog_get_flare_plan ())->work_s, ==, 120);
  g_assert_cmpuint (sw_exercise_get_dose (walk, sw_catalog_lookup_plan ("active"))->work_s,
                    ==, 300);
  text = sw_exercise_format_dose (walk, sw_catalog_lookup_plan ("active"));
  g_assert_cmpstr (text, ==, "5 min · brisk");
  g_free (text);
  text = sw_exercise_format_dose (walk, sw_catalog_get_flare_plan ());
  g_assert_cmpstr (text, ==, "2 min · gentle");
  g_free (text);

  /* 20 reps × 2 of 2 s with 15 s between sets: 95 s. */
  g_assert_cmpuint (sw_exercise_get_duration_s (pumps, NULL), ==, 95);
  text = sw_exercise_format_dose (pumps, sw_catalog_lookup_plan ("office"));
  g_assert_cmpstr (text, ==, "20 reps × 2 · about 2 min");
  g_free (text);

  /* Six 30 s holds parted by five 10 s rests: 230 s. */
  g_assert_cmpuint (sw_exercise_get_duration_s (stretch, NULL), ==, 230);
  text = sw_exercise_format_dose (stretch, NULL);
  g_assert_cmpstr (text, ==, "3 each side, 30 s · about 4 min");
  g_free (text);

  text = sw_exercise_format_dose (turns, NULL);
  g_assert_cmpstr (text, ==, "10 each side · about 2 min");
  g_free (text);

  text = sw_exercise_format_dose (bend, NULL);
  g_assert_cmpstr (text, ==, "8 reps · about 1 min");
  g_free (text);
}

/* ------------------------------------------------------------------ gating */

typedef struct
{
  const char *name;
  gboolean    present;
  SwOutcome   outcome;
  SwUrgency   urgency;
} CheckCase;

static const CheckCase check_cases[] = {
  { "none", FALSE, SW_OUTCOME_LIKELY_MUSCULAR, SW_URGENCY_NONE },
  { "emergency", TRUE, SW_OUTCOME_EMERGENCY, SW_URGENCY_NONE },
  { "see-today", TRUE, SW_OUTCOME_SEE_DOCTOR_SOON, SW_URGENCY_TODAY },
  { "see-soon", TRUE, SW_OUTCOME_SEE_DOCTOR_SOON, SW_URGENCY_SOON },
  { "watch", TRUE, SW_OUTCOME_WATCH_AND_SELF_CARE, SW_URGENCY_NONE },
  { "muscular", TRUE, SW_OUTCOME_LIKELY_MUSCULAR, SW_URGENCY_NONE },
};

/* The rule written out independently of sw-catalog.c: 1.4 and 3.1–3.2. */
static SwGateVerdict
expected_verdict (const SpecExercise *spec,
                  SwProfile           profile,
                  gboolean            flare,
                  const CheckCase    *check,
                  gboolean            cleared)
{
  gboolean same_day = check->present &&
                      (check->outcome == SW_OUTCOME_EMERGENCY ||
                       (check->outcome == SW_OUTCOME_SEE_DOCTOR_SOON &&
                        check->urgency == SW_URGENCY_TODAY));
  gboolean gentle = check->present &&
                    ((same_day && cleared) ||
                     (check->outcome == SW_OUTCOME_SEE_DOCTOR_SOON &&
                      check->urgency == SW_URGENCY_SOON) ||
                     check->outcome == SW_OUTCOME_WATCH_AND_SELF_CARE);

  if (same_day && !cleared)
    return SW_GATE_RULED_OUT;
  if ((profile & SW_PROFILE_PREGNANT) && (spec->gates & SW_EXERCISE_GATE_PREGNANT))
    return SW_GATE_RULED_OUT;
  if ((profile & SW_PROFILE_POST_SPINE_SURGERY) &&
      (spec->gates & SW_EXERCISE_GATE_POST_SPINE_SURGERY))
    return SW_GATE_RULED_OUT;
  if ((profile & SW_PROFILE_STENOSIS) && (spec->gates & SW_EXERCISE_GATE_STENOSIS))
    return SW_GATE_RULED_OUT;
  if (flare && (spec->gates & SW_EXERCISE_GATE_FLARE))
    return SW_GATE_RULED_OUT;
  if (gentle)
    return in_spec_plan ("flare", spec->key) ? SW_GATE_GENTLE_ONLY : SW_GATE_RULED_OUT;

  return SW_GATE_ALLOWED;
}

static void
test_gating_table (void)
{
  guint n_cases = 0, n_ruled_out = 0, n_gentle = 0;

  for (guint e = 0; e < G_N_ELEMENTS (spec_exercises); e++)
    for (guint profile = 0; profile <= SW_PROFILE_ALL; profile++)
      for (guint flare = 0; flare <= 1; flare++)
        for (guint c = 0; c < G_N_ELEMENTS (check_cases); c++)
          for (guint cleared = 0; cleared <= 1; cleared++)
            {
              const SpecExercise *spec = &spec_exercises[e];
              const SwExercise *exercise = sw_catalog_lookup_exercise (spec->key);
              SwLastCheck check = { check_cases[c].present, check_cases[c].outcome,
                                    check_cases[c].urgency, 1, cleared };
              SwGateVerdict expected = expected_verdict (spec, profile, flare, &check_cases[c],
                                                         cleared);
              const char *reason = (const char *) 0x1;
              SwGateVerdict got;

              got = sw_catalog_check_exercise (exercise, profile, flare, &check, &reason);
              if (got != expected)
                g_error ("%s, profile %u, flare %u, check %s, cleared %u: got %d, expected %d",
                         spec->key, profile, flare, check_cases[c].name, cleared, got, expected);

              /* A reason exactly when it is not simply allowed. */
              if (got == SW_GATE_ALLOWED)
                g_assert_null (reason);
              else
                g_assert_true (reason != NULL && strlen (reason) > 10);

              /* No check and a NULL check are the same. */
              if (!check.present)
                g_assert_cmpint (sw_catalog_check_exercise (exercise, profile, flare, NULL, NULL),
                                 ==, got);

              n_cases++;
              n_ruled_out += got == SW_GATE_RULED_OUT;
              n_gentle += got == SW_GATE_GENTLE_ONLY;
            }

  g_assert_cmpuint (n_cases, ==, 12 * 8 * 2 * 6 * 2);
  g_assert_cmpuint (n_ruled_out, >, 0);
  g_assert_cmpuint (n_gentle, >, 0);
}

static void
test_little_swallow_never_in_flare_or_stenosis (void)
{
  const SwExercise *swallow = sw_catalog_lookup_exercise ("prone_back_extension");

  for (guint profile = 0; profile <= SW_PROFILE_ALL; profile++)
    for (guint c = 0; c < G_N_ELEMENTS (check_cases); c++)
      for (guint cleared = 0; cleared <= 1; cleared++)
        {
          SwLastCheck check = { check_cases[c].present, check_cases[c].outcome,
                                check_cases[c].urgency, 1, cleared };

          g_assert_cmpint (sw_catalog_check_exercise (swallow, profile, TRUE, &check, NULL),
                           ==, SW_GATE_RULED_OUT);
          g_assert_cmpint (sw_catalog_check_exercise (swallow, profile | SW_PROFILE_STENOSIS,
                                                      FALSE, &check, NULL),
                           ==, SW_GATE_RULED_OUT);
        }
}

static void
test_gating_reasons (void)
{
  const SwExercise *bridge = sw_catalog_lookup_exercise ("bridge");
  const SwExercise *swallow = sw_catalog_lookup_exercise ("prone_back_extension");
  const SwExercise *pumps = sw_catalog_lookup_exercise ("ankle_pumps");
  SwLastCheck today = { TRUE, SW_OUTCOME_SEE_DOCTOR_SOON, SW_URGENCY_TODAY, 1, FALSE };
  SwLastCheck emergency = { TRUE, SW_OUTCOME_EMERGENCY, SW_URGENCY_NONE, 1, FALSE };
  SwLastCheck watch = { TRUE, SW_OUTCOME_WATCH_AND_SELF_CARE, SW_URGENCY_NONE, 1, FALSE };
  const char *reason;

  sw_catalog_check_exercise (bridge, SW_PROFILE_NONE, FALSE, &today, &reason);
  g_assert_true (g_str_has_prefix (reason, "Wait until you have been seen"));
  g_assert_nonnull (strstr (reason, "today"));
  sw_catalog_check_exercise (pumps, SW_PROFILE_NONE, FALSE, &emergency, &reason);
  g_assert_nonnull (strstr (reason, "emergency"));

  /* Profile reasons come before the flare, in the spec's order. */
  sw_catalog_check_exercise (swallow, SW_PROFILE_STENOSIS | SW_PROFILE_PREGNANT, TRUE, NULL,
                             &reason);
  g_assert_nonnull (strstr (reason, "pregnancy"));
  sw_catalog_check_exercise (swallow, SW_PROFILE_STENOSIS, TRUE, NULL, &reason);
  g_assert_nonnull (strstr (reason, "stenosis"));
  sw_catalog_check_exercise (swallow, SW_PROFILE_NONE, TRUE, NULL, &reason);
  g_assert_nonnull (strstr (reason, "flare-up"));
  sw_catalog_check_exercise (bridge, SW_PROFILE_POST_SPINE_SURGERY, FALSE, NULL, &reason);
  g_assert_nonnull (strstr (reason, "spine surgery"));

  g_assert_cmpint (sw_catalog_check_exercise (bridge, SW_PROFILE_NONE, FALSE, &watch, &reason),
                   ==, SW_GATE_RULED_OUT);
  g_assert_nonnull (strstr (reason, "gentle"));
  g_assert_cmpint (sw_catalog_check_exercise (pumps, SW_PROFILE_NONE, FALSE, &watch, &reason),
                   ==, SW_GATE_GENTLE_ONLY);
  g_assert_nonnull (strstr (reason, "gently"));

  today.cleared = TRUE;
  g_assert_cmpint (sw_catalog_check_exercise (pumps, SW_PROFILE_NONE, FALSE, &today, &reason),
                   ==, SW_GATE_GENTLE_ONLY);
  g_assert_nonnull (strstr (reason, "clinician"));
}

/* -------------------------------------------------------------- care state */

typedef struct
{
  SwFakeClock *clock;
  SwJournal   *journal;
  GSettings   *settings;
} Care;

static void
care_set_up (Care          *care,
             gconstpointer  data)
{
  g_autoptr(GFile) file = sw_journal_get_default_file ();
  g_autoptr(GError) error = NULL;

  care->clock = sw_fake_clock_new_local (2026, 3, 10, 12, 0);
  care->journal = sw_journal_open (file, SW_CLOCK (care->clock), &error);
  g_assert_no_error (error);
  care->settings = g_settings_new (APP_ID);
}

static void
care_tear_down (Care          *care,
                gconstpointer  data)
{
  const char *keys[] = {
    SW_SETTINGS_KEY_PREGNANT, SW_SETTINGS_KEY_SPINE_SURGERY, SW_SETTINGS_KEY_SPINAL_STENOSIS,
    SW_SETTINGS_KEY_KIND_OF_DAY, SW_SETTINGS_KEY_FLARE_SWITCH_UNTIL,
    SW_SETTINGS_KEY_CLINICIAN_CLEARED_CHECK,
  };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_settings_reset (care->settings, keys[i]);
  g_clear_object (&care->settings);
  g_assert_finalize_object (care->journal);
  g_clear_object (&care->clock);
}

static gint64
care_now (Care *care)
{
  return sw_clock_get_real_us (SW_CLOCK (care->clock));
}

static void
load (Care        *care,
      SwCareState *state)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sw_care_state_load (state, care->journal, care->settings,
                                     SW_CLOCK (care->clock), &error));
  g_assert_no_error (error);
}

static void
add_check (Care       *care,
           gint64      time_us,
           const char *outcome,
           const char *urgency)
{
  g_autoptr(SwJournalCheck) check = sw_journal_check_new (outcome);
  g_autoptr(GError) error = NULL;

  check->time_us = time_us;
  check->urgency = g_strdup (urgency);
  sw_journal_add_check (care->journal, check, &error);
  g_assert_no_error (error);
}

static void
add_entry (Care          *care,
           gint64         time_us,
           int            pain,
           SwSymptomKind  kinds)
{
  g_autoptr(SwSymptomEntry) entry = sw_symptom_entry_new ();
  g_autoptr(GError) error = NULL;

  sw_symptom_entry_set_pain (entry, pain);
  sw_symptom_entry_set_kinds (entry, kinds);
  sw_symptom_entry_set_created (entry, time_us);
  sw_journal_add_entry (care->journal, entry, &error);
  g_assert_no_error (error);
}

static void
assert_recommends (const SwCareState *state,
                   const char        *plan_key,
                   const char        *reason_part)
{
  g_autofree char *reason = NULL;
  const SwPlan *plan = sw_care_state_recommend_plan (state, &reason);

  if (plan_key == NULL)
    g_assert_null (plan);
  else
    g_assert_cmpstr (sw_plan_get_key (plan), ==, plan_key);
  g_assert_nonnull (reason);
  if (strstr (reason, reason_part) == NULL)
    g_error ("“%s” does not say “%s”", reason, reason_part);
}

static void
test_care_defaults (Care          *care,
                    gconstpointer  data)
{
  SwCareState state;
  g_autoptr(GPtrArray) session = NULL;
  g_autofree char *description = NULL;

  load (care, &state);
  g_assert_cmpint (state.profile, ==, SW_PROFILE_NONE);
  g_assert_false (state.flare_active);
  g_assert_false (state.last_check.present);
  g_assert_cmpstr (sw_plan_get_key (state.persona_plan), ==, "office");
  assert_recommends (&state, "office", "desk");

  session = sw_care_state_list_session (&state, state.persona_plan);
  g_assert_cmpuint (session->len, ==, 6);

  /* Another plan describes itself. */
  description = sw_care_state_describe_plan (&state, sw_catalog_lookup_plan ("active"));
  g_assert_cmpstr (description, ==, sw_plan_get_description (sw_catalog_lookup_plan ("active")));

  /* Without journal or settings, defaults. */
  g_assert_true (sw_care_state_load (&state, NULL, NULL, SW_CLOCK (care->clock), NULL));
  g_assert_cmpstr (sw_plan_get_key (state.persona_plan), ==, "office");
}

static void
test_care_profile_and_persona (Care          *care,
                               gconstpointer  data)
{
  SwCareState state;
  g_autoptr(GPtrArray) session = NULL;

  g_settings_set_boolean (care->settings, SW_SETTINGS_KEY_PREGNANT, TRUE);
  g_settings_set_boolean (care->settings, SW_SETTINGS_KEY_SPINAL_STENOSIS, TRUE);
  g_settings_set_string (care->settings, SW_SETTINGS_KEY_KIND_OF_DAY, "older");
  load (care, &state);

  g_assert_cmpint (state.profile, ==, SW_PROFILE_PREGNANT | SW_PROFILE_STENOSIS);
  assert_recommends (&state, "older", "gently");

  /* Older plan without the lying-down and back-bending ones. */
  session = sw_care_state_list_session (&state, state.persona_plan);
  g_assert_cmpuint (session->len, ==, 4);
  g_assert_cmpstr (sw_exercise_get_key (g_ptr_array_index (session, 3)), ==, "calf_raises");
}

static void
test_care_checks (Care          *care,
                  gconstpointer  data)
{
  SwCareState state;
  g_autoptr(GPtrArray) session = NULL;
  gint64 now = care_now (care);

  /* A same-day result six days ago still locks everything. */
  add_check (care, now - 6 * G_TIME_SPAN_DAY, "SEE_DOCTOR_SOON", "today");
  load (care, &state);
  g_assert_true (state.last_check.present);
  g_assert_cmpint (state.last_check.urgency, ==, SW_URGENCY_TODAY);
  assert_recommends (&state, NULL, "Exercises wait until you have been seen");
  session = sw_care_state_list_session (&state, sw_catalog_get_flare_plan ());
  g_assert_cmpuint (session->len, ==, 0);
  g_assert_null (sw_care_state_pick_break_exercise (&state));

  /* "A clinician has checked me" lifts the lock, gently. */
  g_settings_set_int64 (care->settings, SW_SETTINGS_KEY_CLINICIAN_CLEARED_CHECK,
                        state.last_check.time_us);
  load (care, &state);
  g_assert_true (state.last_check.cleared);
  assert_recommends (&state, "flare", "clinician");

  /* Seven days on it no longer counts. */
  sw_fake_clock_advance (care->clock, G_TIME_SPAN_DAY);
  g_settings_reset (care->settings, SW_SETTINGS_KEY_CLINICIAN_CLEARED_CHECK);
  load (care, &state);
  g_assert_false (state.last_check.present);
  assert_recommends (&state, "office", "desk");

  /* A newer result replaces it; the old clearance does not carry over. */
  add_check (care, SW_JOURNAL_TIME_NOW, "EMERGENCY", NULL);
  g_settings_set_int64 (care->settings, SW_SETTINGS_KEY_CLINICIAN_CLEARED_CHECK,
                        now - 6 * G_TIME_SPAN_DAY);
  load (care, &state);
  g_assert_false (state.last_check.cleared);
  assert_recommends (&state, NULL, "emergency care");

  add_check (care, SW_JOURNAL_TIME_NOW, "WATCH_AND_SELF_CARE", NULL);
  load (care, &state);
  assert_recommends (&state, "flare", "gentle exercises");

  add_check (care, SW_JOURNAL_TIME_NOW, "LIKELY_MUSCULAR", NULL);
  sw_fake_clock_advance (care->clock, 73 * G_TIME_SPAN_HOUR);
  load (care, &state);
  assert_recommends (&state, "office", "desk");
}

static void
test_care_flare_reasons (Care          *care,
                         gconstpointer  data)
{
  SwCareState state;
  gint64 now = care_now (care);

  /* Pain 3 without nerve signs is no flare. */
  add_entry (care, now - G_TIME_SPAN_HOUR, 3, SW_SYMPTOM_KIND_ACHE);
  load (care, &state);
  g_assert_false (state.flare_active);

  add_entry (care, now - 26 * G_TIME_SPAN_HOUR, 2, SW_SYMPTOM_KIND_TINGLING);
  load (care, &state);
  g_assert_true (state.flare_active);
  g_assert_cmpint (state.flare_logged_us, ==, now - 26 * G_TIME_SPAN_HOUR);
  assert_recommends (&state, "flare", "You logged a flare-up yesterday.");

  sw_fake_clock_advance (care->clock, G_TIME_SPAN_DAY);
  load (care, &state);
  assert_recommends (&state, "flare", "You logged a flare-up 2 days ago.");

  add_entry (care, care_now (care) - G_TIME_SPAN_MINUTE, 6, 0);
  load (care, &state);
  assert_recommends (&state, "flare", "You logged a flare-up today.");

  /* The switch counts until its time runs out. */
  sw_fake_clock_advance (care->clock, 80 * G_TIME_SPAN_HOUR);
  load (care, &state);
  g_assert_false (state.flare_active);
  g_settings_set_int64 (care->settings, SW_SETTINGS_KEY_FLARE_SWITCH_UNTIL,
                        care_now (care) + G_TIME_SPAN_HOUR);
  load (care, &state);
  g_assert_true (state.flare_switch_on);
  assert_recommends (&state, "flare", "You said you are having a flare-up.");
  sw_fake_clock_advance (care->clock, G_TIME_SPAN_HOUR);
  load (care, &state);
  g_assert_false (state.flare_active);
}

static void
test_break_exercise_rotates (Care          *care,
                             gconstpointer  data)
{
  SwCareState state;
  const char *office[] = { "standing_back_bend", "wall_calf_stretch", "calf_raises" };
  const char *flare[] = { "ankle_pumps", "seated_pelvic_tilt" };
  g_autoptr(GError) error = NULL;

  /* Office: the standing ones in turn, by the day's breaks. */
  for (guint i = 0; i < 6; i++)
    {
      const SwExercise *pick;

      load (care, &state);
      g_assert_cmpuint (state.breaks_today, ==, i);
      pick = sw_care_state_pick_break_exercise (&state);
      g_assert_cmpstr (sw_exercise_get_key (pick), ==, office[i % G_N_ELEMENTS (office)]);
      g_assert_cmpint (sw_exercise_get_position (pick), ==, SW_EXERCISE_POSITION_STANDING);
      sw_journal_add_break_event (care->journal, SW_JOURNAL_TIME_NOW, SW_JOURNAL_BREAK_COMPLETED,
                                  300, NULL, &error);
      g_assert_no_error (error);
      sw_fake_clock_advance (care->clock, 10 * G_TIME_SPAN_MINUTE);
    }

  /* Stenosis rules out the back bend. */
  g_settings_set_boolean (care->settings, SW_SETTINGS_KEY_SPINAL_STENOSIS, TRUE);
  load (care, &state);
  state.breaks_today = 0;
  g_assert_cmpstr (sw_exercise_get_key (sw_care_state_pick_break_exercise (&state)), ==,
                   "wall_calf_stretch");

  /* In a flare, the flare-up plan's desk exercises. */
  g_settings_set_int64 (care->settings, SW_SETTINGS_KEY_FLARE_SWITCH_UNTIL,
                        care_now (care) + G_TIME_SPAN_DAY);
  load (care, &state);
  for (guint i = 0; i < 4; i++)
    {
      state.breaks_today = i;
      g_assert_cmpstr (sw_exercise_get_key (sw_care_state_pick_break_exercise (&state)), ==,
                       flare[i % G_N_ELEMENTS (flare)]);
    }

  /* After spine surgery only the ankle pumps are left. */
  g_settings_set_boolean (care->settings, SW_SETTINGS_KEY_SPINE_SURGERY, TRUE);
  load (care, &state);
  state.breaks_today = 1;
  g_assert_cmpstr (sw_exercise_get_key (sw_care_state_pick_break_exercise (&state)), ==,
                   "ankle_pumps");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/sitwell/core/catalog/exercises-match-the-spec",
                   test_exercises_match_the_spec);
  g_test_add_func ("/sitwell/core/catalog/every-exercise-is-complete",
                   test_every_exercise_is_complete);
  g_test_add_func ("/sitwell/core/catalog/plans-match-the-spec", test_plans_match_the_spec);
  g_test_add_func ("/sitwell/core/catalog/doses-read-well", test_doses_read_well);
  g_test_add_func ("/sitwell/core/catalog/gating-table", test_gating_table);
  g_test_add_func ("/sitwell/core/catalog/little-swallow-never-in-flare-or-stenosis",
                   test_little_swallow_never_in_flare_or_stenosis);
  g_test_add_func ("/sitwell/core/catalog/gating-reasons", test_gating_reasons);

#define ADD(path, func) \
  g_test_add ("/sitwell/core/care-state/" path, Care, NULL, care_set_up, func, care_tear_down)

  ADD ("defaults", test_care_defaults);
  ADD ("profile-and-persona", test_care_profile_and_persona);
  ADD ("checks", test_care_checks);
  ADD ("flare-reasons", test_care_flare_reasons);
  ADD ("break-exercise-rotates", test_break_exercise_rotates);

#undef ADD

  return g_test_run ();
}

/* sw-care-state.c: what decides, today, which plan and exercises Sitwell offers
 *
 * The one place that reads the profile, the flare-up switch, the last check
 * and the day's breaks for the Exercises tab and the break window, and turns
 * them into a recommended plan with its reason and the break's exercise.
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-care-state.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sw-settings.h"

#define FLARE_PLAN   (sw_catalog_get_flare_plan ())
#define DEFAULT_PLAN (sw_catalog_lookup_plan ("office"))

#define FLARE_WINDOW_US (72 * G_TIME_SPAN_HOUR)

static GDate *
local_date (gint64 real_us)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (real_us / G_USEC_PER_SEC);
  int year, month, day;

  g_date_time_get_ymd (time, &year, &month, &day);

  return g_date_new_dmy (day, month, year);
}

static void
read_settings (SwCareState *state,
               GSettings   *settings,
               gint64      *cleared_check_us)
{
  g_autofree char *kind_of_day = NULL;
  const SwPlan *persona;

  if (g_settings_get_boolean (settings, SW_SETTINGS_KEY_PREGNANT))
    state->profile |= SW_PROFILE_PREGNANT;
  if (g_settings_get_boolean (settings, SW_SETTINGS_KEY_SPINE_SURGERY))
    state->profile |= SW_PROFILE_POST_SPINE_SURGERY;
  if (g_settings_get_boolean (settings, SW_SETTINGS_KEY_SPINAL_STENOSIS))
    state->profile |= SW_PROFILE_STENOSIS;

  kind_of_day = g_settings_get_string (settings, SW_SETTINGS_KEY_KIND_OF_DAY);
  persona = sw_catalog_lookup_plan (kind_of_day);
  if (persona != NULL && persona != FLARE_PLAN)
    state->persona_plan = persona;

  state->flare_switch_on =
    g_settings_get_int64 (settings, SW_SETTINGS_KEY_FLARE_SWITCH_UNTIL) > state->now_us;
  *cleared_check_us = g_settings_get_int64 (settings, SW_SETTINGS_KEY_CLINICIAN_CLEARED_CHECK);
}

/* The newest symptom entry of the last 72 h that makes a flare (2.3). */
static gboolean
read_flare_entry (SwCareState  *state,
                  SwJournal    *journal,
                  GError      **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GDate) last = local_date (state->now_us);
  g_autoptr(GDate) first = local_date (state->now_us - FLARE_WINDOW_US);

  entries = sw_journal_list_entries (journal, first, last, error);
  if (entries == NULL)
    return FALSE;

  for (guint i = 0; i < entries->len; i++)
    {
      SwSymptomEntry *entry = g_ptr_array_index (entries, i);
      gint64 created = sw_symptom_entry_get_created (entry);

      if (created > state->now_us - FLARE_WINDOW_US &&
          (sw_symptom_entry_get_pain (entry) >= 4 ||
           (sw_symptom_entry_get_kinds (entry) & SW_SYMPTOM_KIND_NERVE_SIGNS) != 0))
        state->flare_logged_us = MAX (state->flare_logged_us, created);
    }

  return TRUE;
}

static gboolean
read_breaks_today (SwCareState  *state,
                   SwJournal    *journal,
                   GError      **error)
{
  g_autoptr(GDate) today = local_date (state->now_us);
  g_autoptr(GArray) days = sw_journal_get_daily_summary (journal, today, today, error);

  if (days == NULL)
    return FALSE;

  if (days->len > 0)
    state->breaks_today = g_array_index (days, SwJournalDay, 0).breaks_taken;

  return TRUE;
}

/**
 * sw_care_state_load:
 * @journal: (nullable): where checks, symptoms and breaks are kept
 * @settings: (nullable): the app's settings (profile, kind of day, flare
 *   switch, a clinician's clearance)
 * @clock: what "now" is
 */
gboolean
sw_care_state_load (SwCareState  *state,
                    SwJournal    *journal,
                    GSettings    *settings,
                    SwClock      *clock,
                    GError      **error)
{
  gint64 cleared_check_us = 0;

  g_return_val_if_fail (state != NULL, FALSE);
  g_return_val_if_fail (journal == NULL || SW_IS_JOURNAL (journal), FALSE);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), FALSE);
  g_return_val_if_fail (SW_IS_CLOCK (clock), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  memset (state, 0, sizeof *state);
  state->persona_plan = DEFAULT_PLAN;
  state->now_us = sw_clock_get_real_us (clock);

  if (settings != NULL)
    read_settings (state, settings, &cleared_check_us);

  state->flare_active = state->flare_switch_on;
  if (journal == NULL)
    return TRUE;

  if (!sw_last_check_load (&state->last_check, journal, state->now_us, cleared_check_us, error))
    return FALSE;

  if (!state->flare_switch_on)
    {
      g_autoptr(GError) local_error = NULL;

      state->flare_active = sw_journal_is_flare_active (journal, FALSE, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      if (state->flare_active && !read_flare_entry (state, journal, error))
        return FALSE;
    }

  return read_breaks_today (state, journal, error);
}

SwGateVerdict
sw_care_state_check_exercise (const SwCareState  *state,
                              const SwExercise   *exercise,
                              const char        **reason_out)
{
  g_return_val_if_fail (state != NULL, SW_GATE_RULED_OUT);

  return sw_catalog_check_exercise (exercise, state->profile, state->flare_active,
                                    &state->last_check, reason_out);
}

/* Whole local days between the day of @then_us and the day of @now_us. */
static int
days_ago (gint64 then_us,
          gint64 now_us)
{
  g_autoptr(GDate) then = local_date (then_us);
  g_autoptr(GDate) now = local_date (now_us);

  return MAX (0, g_date_days_between (then, now));
}

static char *
describe_flare (const SwCareState *state)
{
  int days;

  if (state->flare_switch_on)
    return g_strdup (_("You said you are having a flare-up."));

  if (state->flare_logged_us == 0)
    return g_strdup (_("Your recent check results show a flare-up."));

  days = days_ago (state->flare_logged_us, state->now_us);
  if (days == 0)
    return g_strdup (_("You logged a flare-up today."));
  if (days == 1)
    return g_strdup (_("You logged a flare-up yesterday."));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "You logged a flare-up %d day ago.",
                                       "You logged a flare-up %d days ago.",
                                       days),
                          days);
}

const SwPlan *
sw_care_state_recommend_plan (const SwCareState  *state,
                              char              **reason_out)
{
  const SwLastCheck *check;
  const SwPlan *plan;
  g_autofree char *reason = NULL;

  g_return_val_if_fail (state != NULL, NULL);

  check = &state->last_check;
  if (sw_last_check_locks (check))
    {
      plan = NULL;
      reason = g_strdup (check->outcome == SW_OUTCOME_EMERGENCY
                         ? _("Your last check advised emergency care. Exercises wait until "
                             "you have been seen.")
                         : _("Your last check advised getting checked in person today. "
                             "Exercises wait until you have been seen."));
    }
  else if (sw_last_check_gentle_only (check))
    {
      plan = FLARE_PLAN;
      reason = g_strdup (check->cleared
                         ? _("A clinician has seen you since your last check: start with "
                             "the gentle exercises.")
                         : _("Your last check advised gentle exercises for now."));
    }
  else if (state->flare_active)
    {
      plan = FLARE_PLAN;
      reason = describe_flare (state);
    }
  else
    {
      plan = state->persona_plan != NULL ? state->persona_plan : DEFAULT_PLAN;
      reason = g_strdup (sw_plan_get_description (plan));
    }

  if (reason_out != NULL)
    *reason_out = g_steal_pointer (&reason);

  return plan;
}

char *
sw_care_state_describe_plan (const SwCareState *state,
                             const SwPlan      *plan)
{
  g_autofree char *reason = NULL;

  g_return_val_if_fail (state != NULL, NULL);
  g_return_val_if_fail (plan != NULL, NULL);

  if (sw_care_state_recommend_plan (state, &reason) == plan)
    return g_steal_pointer (&reason);

  return g_strdup (sw_plan_get_description (plan));
}

GPtrArray *
sw_care_state_list_session (const SwCareState *state,
                            const SwPlan      *plan)
{
  GPtrArray *list;
  guint n;

  g_return_val_if_fail (state != NULL, NULL);
  g_return_val_if_fail (plan != NULL, NULL);

  n = sw_plan_get_n_exercises (plan);
  list = g_ptr_array_sized_new (n);
  for (guint i = 0; i < n; i++)
    {
      const SwExercise *exercise = sw_plan_get_exercise (plan, i);

      if (sw_care_state_check_exercise (state, exercise, NULL) != SW_GATE_RULED_OUT)
        g_ptr_array_add (list, (gpointer) exercise);
    }

  return list;
}

const SwExercise *
sw_care_state_pick_break_exercise (const SwCareState *state)
{
  g_autoptr(GPtrArray) candidates = g_ptr_array_new ();
  const SwPlan *plan;
  SwExercisePosition wanted;
  guint n;

  g_return_val_if_fail (state != NULL, NULL);

  plan = sw_care_state_recommend_plan (state, NULL);
  if (plan == NULL)
    return NULL;

  /* The flare-up plan has no standing exercise besides the walk; its desk
   * exercises are done seated. */
  wanted = plan == FLARE_PLAN ? SW_EXERCISE_POSITION_SEATED : SW_EXERCISE_POSITION_STANDING;

  n = sw_plan_get_n_exercises (plan);
  for (guint i = 0; i < n; i++)
    {
      const SwExercise *exercise = sw_plan_get_exercise (plan, i);

      if (strcmp (sw_exercise_get_key (exercise), "stand_and_walk") != 0 &&
          sw_exercise_get_position (exercise) == wanted &&
          sw_care_state_check_exercise (state, exercise, NULL) != SW_GATE_RULED_OUT)
        g_ptr_array_add (candidates, (gpointer) exercise);
    }

  if (candidates->len == 0)
    return NULL;

  return g_ptr_array_index (candidates, state->breaks_today % candidates->len);
}

/* sw-triage-result.c: what an evaluation found, and the advice for each outcome
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-triage.h"
#include "sw-triage-private.h"

#include <glib/gi18n-lib.h>

G_DEFINE_BOXED_TYPE (SwTriageResult, sw_triage_result,
                     sw_triage_result_copy, sw_triage_result_free)

/* ------------------------------------------------------------------- result */

SwTriageResult *
sw_triage_result_copy (const SwTriageResult *result)
{
  g_return_val_if_fail (result != NULL, NULL);

  return g_memdup2 (result, sizeof *result);
}

void
sw_triage_result_free (SwTriageResult *result)
{
  g_free (result);
}

SwOutcome
sw_triage_result_get_outcome (const SwTriageResult *result)
{
  g_return_val_if_fail (result != NULL, SW_OUTCOME_WATCH_AND_SELF_CARE);

  return result->outcome;
}

SwUrgency
sw_triage_result_get_urgency (const SwTriageResult *result)
{
  g_return_val_if_fail (result != NULL, SW_URGENCY_NONE);

  return result->urgency;
}

const SwTriageRule *const *
sw_triage_result_get_deciding (const SwTriageResult *result,
                               guint                *n_rules)
{
  g_return_val_if_fail (result != NULL, NULL);

  if (n_rules != NULL)
    *n_rules = result->n_deciding;

  return result->deciding;
}

const SwTriageRule *const *
sw_triage_result_get_also_noted (const SwTriageResult *result,
                                 guint                *n_rules)
{
  g_return_val_if_fail (result != NULL, NULL);

  if (n_rules != NULL)
    *n_rules = result->n_also;

  return result->also;
}

gboolean
sw_triage_result_rule_fired (const SwTriageResult *result,
                             const SwTriageRule   *rule)
{
  g_return_val_if_fail (result != NULL, FALSE);
  g_return_val_if_fail (rule >= _sw_triage_rules && rule < _sw_triage_rules + N_RULES, FALSE);

  return (result->fired >> (rule - _sw_triage_rules)) & 1;
}

SwOffer
sw_triage_result_get_exercises (const SwTriageResult *result)
{
  g_return_val_if_fail (result != NULL, SW_OFFER_NONE);

  return result->advice->exercises;
}

SwOffer
sw_triage_result_get_massage (const SwTriageResult *result)
{
  g_return_val_if_fail (result != NULL, SW_OFFER_NONE);

  return result->advice->massage;
}

gboolean
sw_triage_result_get_compress (const SwTriageResult *result)
{
  g_return_val_if_fail (result != NULL, FALSE);

  return result->advice->compress;
}

const char *
sw_triage_result_get_plan (const SwTriageResult *result)
{
  g_return_val_if_fail (result != NULL, NULL);

  return result->advice->plan;
}

const SwTriageQuestion *const *
sw_triage_result_get_red_flags (const SwTriageResult *result,
                                guint                *n_questions)
{
  g_return_val_if_fail (result != NULL, NULL);

  if (n_questions != NULL)
    *n_questions = result->n_red_flags;

  return result->red_flags;
}

const SwTriageAnswers *
sw_triage_result_get_answers (const SwTriageResult *result)
{
  g_return_val_if_fail (result != NULL, NULL);

  return &result->answers;
}

gboolean
sw_triage_result_is_skipped (const SwTriageResult *result,
                             guint                 index)
{
  g_return_val_if_fail (result != NULL, FALSE);
  g_return_val_if_fail (index < N_QUESTIONS, FALSE);

  return (result->skipped >> index) & 1;
}

/* ------------------------------------------------------------------- advice */

const SwTriageAdvice *
sw_triage_get_advice (SwOutcome outcome,
                      SwUrgency urgency)
{
  g_return_val_if_fail (outcome <= SW_OUTCOME_EMERGENCY, NULL);
  g_return_val_if_fail (outcome != SW_OUTCOME_SEE_DOCTOR_SOON || urgency != SW_URGENCY_NONE,
                        NULL);

  if (outcome != SW_OUTCOME_SEE_DOCTOR_SOON)
    urgency = SW_URGENCY_NONE;

  for (guint i = 0; i < _sw_triage_n_advice; i++)
    if (_sw_triage_advice[i].outcome == outcome && _sw_triage_advice[i].urgency == urgency)
      return &_sw_triage_advice[i];

  g_return_val_if_reached (NULL);
}

const SwTriageAdvice *
sw_triage_result_get_advice (const SwTriageResult *result)
{
  g_return_val_if_fail (result != NULL, NULL);

  return result->advice;
}

const char *
sw_triage_advice_get_headline (const SwTriageAdvice *advice)
{
  g_return_val_if_fail (advice != NULL, NULL);

  return _(advice->headline);
}

const char *
sw_triage_advice_get_summary (const SwTriageAdvice *advice)
{
  g_return_val_if_fail (advice != NULL, NULL);

  return _(advice->summary);
}

static guint
count_strings (const char *const *list)
{
  guint n = 0;

  while (list[n] != NULL)
    n++;

  return n;
}

guint
sw_triage_advice_get_n_steps (const SwTriageAdvice *advice)
{
  g_return_val_if_fail (advice != NULL, 0);

  return count_strings (advice->steps);
}

const char *
sw_triage_advice_get_step (const SwTriageAdvice *advice,
                           guint                 index)
{
  g_return_val_if_fail (advice != NULL, NULL);
  g_return_val_if_fail (index < count_strings (advice->steps), NULL);

  return _(advice->steps[index]);
}

guint
sw_triage_advice_get_n_seek_care (const SwTriageAdvice *advice)
{
  g_return_val_if_fail (advice != NULL, 0);

  return count_strings (advice->seek_care);
}

const char *
sw_triage_advice_get_seek_care (const SwTriageAdvice *advice,
                                guint                 index)
{
  g_return_val_if_fail (advice != NULL, NULL);
  g_return_val_if_fail (index < count_strings (advice->seek_care), NULL);

  return _(advice->seek_care[index]);
}

guint
sw_triage_get_n_emergency_signs (void)
{
  return _sw_triage_n_emergency_signs;
}

const char *
sw_triage_get_emergency_sign (guint index)
{
  g_return_val_if_fail (index < _sw_triage_n_emergency_signs, NULL);

  return _(_sw_triage_emergency_signs[index]);
}

const char *
sw_triage_get_disclaimer (void)
{
  return _(_sw_triage_disclaimer);
}

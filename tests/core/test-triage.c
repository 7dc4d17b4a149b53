/* test-triage.c: the symptom checker against CONTENT-SPEC section 1
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sw-triage.h"

/*
 * The spec is restated here on purpose, independently of the tables in
 * sw-triage-tables.c: the question and option order (checked first), each rule as a
 * plain chain of ifs (the oracle), the skip logic and the "worse" orders of
 * section 1.3 step 6. The library must agree with this restatement on every
 * worked case, on every combination the properties enumerate and on a million
 * random answer sets.
 */

enum
{
  Q_RF_SADDLE, Q_RF_BLADDER_BOWEL, Q_RF_WEAKNESS_RAPID, Q_RF_BOTH_LEGS, Q_RF_LIMB,
  Q_RF_CHEST, Q_SUDDEN_SEVERE, Q_CLOT_SIGNS, Q_SYS_SIGNS, Q_GROUP, Q_RADIATION,
  Q_QUALITY, Q_NUMBNESS, Q_WEAKNESS, Q_BACK_PAIN, Q_WORSE_WITH, Q_TREND, Q_DURATION,
  Q_REST_RELIEF,
  N_Q
};

/* Option indices, in the order section 1.1 lists them. */
enum { YES = 0, NO = 1, UNSURE = 2 };                 /* Q1–Q9, Q19 */
enum { G_NONE, G_PREGNANT, G_POST_SPINE };
enum { R_SPOT, R_CALF_TO_FOOT, R_FROM_BACK, R_UNSURE };
enum { QU_DULL, QU_SHOOTING, QU_UNSURE };
enum { NU_NONE, NU_MILD, NU_WORSENING, NU_UNSURE };
enum { WK_NO, WK_YES, WK_UNSURE };
enum { BP_NO, BP_YES };
enum { WW_NOTHING, WW_WALKING, WW_COUGH, WW_BOTH };
enum { TR_BETTER, TR_SAME, TR_WORSE };
enum { DU_LT_1D, DU_1_3, DU_GT_3D };

enum
{
  R_E1, R_E2, R_E3, R_E4, R_E5, R_E6,
  R_S1, R_S2, R_S3, R_S4, R_S5, R_S6, R_S7, R_S8, R_S9, R_S10, R_S11,
  R_W1, R_W2, R_W3, R_W4, R_M1,
  N_R
};

#define BIT(q)     (1u << (q))
#define ALL_Q      ((1u << N_Q) - 1)
#define Q11_TO_Q18 (ALL_Q & ~(BIT (Q_RADIATION) - 1) & ~BIT (Q_REST_RELIEF))
#define NERVE_READS (BIT (Q_RADIATION) | BIT (Q_QUALITY) | BIT (Q_NUMBNESS) | BIT (Q_WORSE_WITH))

static const struct
{
  const char *key;
  const char *options[5];
  const char *if_unanswered;
} spec_questions[N_Q] = {
  { "rf_saddle", { "yes", "no", "unsure" }, "no" },
  { "rf_bladder_bowel", { "yes", "no", "unsure" }, "no" },
  { "rf_weakness_rapid", { "yes", "no", "unsure" }, "no" },
  { "rf_both_legs", { "yes", "no", "unsure" }, "no" },
  { "rf_limb", { "yes", "no", "unsure" }, "no" },
  { "rf_chest", { "yes", "no", "unsure" }, "no" },
  { "sudden_severe", { "yes", "no" }, "no" },
  { "clot_signs", { "yes", "no", "unsure" }, "no" },
  { "sys_signs", { "yes", "no" }, "no" },
  { "group", { "none", "pregnant", "post_spine_surgery" }, "none" },
  { "radiation", { "spot", "calf_to_foot", "from_back", "unsure" }, "unsure" },
  { "quality", { "dull_ache", "shooting", "unsure" }, "unsure" },
  { "numbness", { "none", "mild_steady", "worsening", "unsure" }, "unsure" },
  { "weakness", { "no", "yes", "unsure" }, "unsure" },
  { "back_pain", { "no", "yes" }, "no" },
  { "worse_with", { "nothing", "walking", "cough_sneeze", "both" }, "nothing" },
  { "trend", { "better", "same", "worse" }, "same" },
  { "duration", { "lt_1d", "d1_3", "gt_3d" }, "lt_1d" },
  { "rest_relief", { "yes", "no" }, "no" },
};

static guint n_options[N_Q];

static const struct
{
  const char *id;
  SwOutcome   outcome;
  SwUrgency   urgency;
  guint32     reads;
} spec_rules[N_R] = {
  { "E1", SW_OUTCOME_EMERGENCY, SW_URGENCY_NONE, BIT (Q_RF_SADDLE) },
  { "E2", SW_OUTCOME_EMERGENCY, SW_URGENCY_NONE, BIT (Q_RF_BLADDER_BOWEL) },
  { "E3", SW_OUTCOME_EMERGENCY, SW_URGENCY_NONE, BIT (Q_RF_WEAKNESS_RAPID) },
  { "E4", SW_OUTCOME_EMERGENCY, SW_URGENCY_NONE, BIT (Q_RF_BOTH_LEGS) },
  { "E5", SW_OUTCOME_EMERGENCY, SW_URGENCY_NONE, BIT (Q_RF_LIMB) },
  { "E6", SW_OUTCOME_EMERGENCY, SW_URGENCY_NONE, BIT (Q_RF_CHEST) },
  { "S1", SW_OUTCOME_SEE_DOCTOR_SOON, SW_URGENCY_TODAY, BIT (Q_SUDDEN_SEVERE) },
  { "S2", SW_OUTCOME_SEE_DOCTOR_SOON, SW_URGENCY_TODAY, BIT (Q_CLOT_SIGNS) },
  { "S3", SW_OUTCOME_SEE_DOCTOR_SOON, SW_URGENCY_TODAY, BIT (Q_SYS_SIGNS) },
  { "S4", SW_OUTCOME_SEE_DOCTOR_SOON, SW_URGENCY_TODAY, BIT (Q_GROUP) },
  { "S5", SW_OUTCOME_SEE_DOCTOR_SOON, SW_URGENCY_TODAY,
    (BIT (Q_RF_CHEST + 1) - 1) | BIT (Q_CLOT_SIGNS) },
  { "S6", SW_OUTCOME_SEE_DOCTOR_SOON, SW_URGENCY_SOON, BIT (Q_DURATION) | BIT (Q_REST_RELIEF) },
  { "S7", SW_OUTCOME_SEE_DOCTOR_SOON, SW_URGENCY_SOON,
    BIT (Q_WORSE_WITH) | BIT (Q_BACK_PAIN) | BIT (Q_NUMBNESS) | BIT (Q_WEAKNESS) },
  { "S8", SW_OUTCOME_SEE_DOCTOR_SOON, SW_URGENCY_SOON, BIT (Q_WEAKNESS) },
  { "S9", SW_OUTCOME_SEE_DOCTOR_SOON, SW_URGENCY_SOON, BIT (Q_NUMBNESS) },
  { "S10", SW_OUTCOME_SEE_DOCTOR_SOON, SW_URGENCY_SOON, NERVE_READS | BIT (Q_TREND) },
  { "S11", SW_OUTCOME_SEE_DOCTOR_SOON, SW_URGENCY_SOON, BIT (Q_TREND) },
  { "W1", SW_OUTCOME_WATCH_AND_SELF_CARE, SW_URGENCY_NONE, NERVE_READS | BIT (Q_TREND) },
  { "W2", SW_OUTCOME_WATCH_AND_SELF_CARE, SW_URGENCY_NONE, BIT (Q_BACK_PAIN) },
  { "W3", SW_OUTCOME_WATCH_AND_SELF_CARE, SW_URGENCY_NONE, BIT (Q_TREND) },
  { "W4", SW_OUTCOME_WATCH_AND_SELF_CARE, SW_URGENCY_NONE,
    BIT (Q_RADIATION) | BIT (Q_QUALITY) | BIT (Q_NUMBNESS) },
  { "M1", SW_OUTCOME_LIKELY_MUSCULAR, SW_URGENCY_NONE, Q11_TO_Q18 },
};

/* Section 1.3 step 6: a higher rank is worse; equal ranks are not compared. */
static const gint8 worse_rank[N_Q][4] = {
  [Q_RF_SADDLE] = { 1, 0, 1 },
  [Q_RF_BLADDER_BOWEL] = { 1, 0, 1 },
  [Q_RF_WEAKNESS_RAPID] = { 1, 0, 1 },
  [Q_RF_BOTH_LEGS] = { 1, 0, 1 },
  [Q_RF_LIMB] = { 1, 0, 1 },
  [Q_RF_CHEST] = { 1, 0, 1 },
  [Q_SUDDEN_SEVERE] = { 1, 0 },
  [Q_CLOT_SIGNS] = { 1, 0, 1 },
  [Q_SYS_SIGNS] = { 1, 0 },
  [Q_GROUP] = { 0, 1, 1 },
  [Q_RADIATION] = { 0, 2, 3, 1 },
  [Q_QUALITY] = { 0, 2, 1 },
  [Q_NUMBNESS] = { 0, 1, 2, 1 },
  [Q_WEAKNESS] = { 0, 1, 1 },
  [Q_BACK_PAIN] = { 0, 1 },
  [Q_WORSE_WITH] = { 0, 1, 1, 2 },
  [Q_TREND] = { 0, 1, 2 },
  [Q_DURATION] = { 0, 1, 2 },
  [Q_REST_RELIEF] = { 0, 1 },
};

static const char *baseline_text =
  "rf_saddle=no,rf_bladder_bowel=no,rf_weakness_rapid=no,rf_both_legs=no,rf_limb=no,"
  "rf_chest=no,sudden_severe=no,clot_signs=no,sys_signs=no,group=none,radiation=spot,"
  "quality=dull_ache,numbness=none,weakness=no,back_pain=no,worse_with=nothing,"
  "trend=better,duration=lt_1d";

static const gint8 baseline[N_Q] = {
  NO, NO, NO, NO, NO, NO, NO, NO, NO, G_NONE, R_SPOT, QU_DULL, NU_NONE, WK_NO, BP_NO,
  WW_NOTHING, TR_BETTER, DU_LT_1D, -1,
};

/* ------------------------------------------------------------------ oracle */

typedef struct
{
  guint32   fired;
  guint32   deciding;
  SwOutcome outcome;
  SwUrgency urgency;
} Oracle;

static const gint8 spec_default[N_Q] = {
  NO, NO, NO, NO, NO, NO, NO, NO, NO, G_NONE, R_UNSURE, QU_UNSURE, NU_UNSURE, WK_UNSURE,
  BP_NO, WW_NOTHING, TR_SAME, DU_LT_1D, NO,
};

/* Skips of the questionnaire flow (section 1.3 step 5), by hand. */
static guint32
oracle_flow_skips (const gint8 *given)
{
  gint8 v[N_Q];
  gboolean unsure_flag = FALSE;

  for (int q = 0; q < N_Q; q++)
    v[q] = given[q] >= 0 ? given[q] : spec_default[q];

  for (int q = Q_RF_SADDLE; q <= Q_RF_CHEST; q++)
    {
      if (v[q] == YES)
        return ALL_Q & ~(BIT (q + 1) - 1);
      unsure_flag |= v[q] == UNSURE;
    }

  if (unsure_flag || v[Q_CLOT_SIGNS] != NO || v[Q_SUDDEN_SEVERE] == YES ||
      v[Q_SYS_SIGNS] == YES || v[Q_GROUP] != G_NONE)
    return ALL_Q & ~(BIT (Q_RADIATION) - 1);

  return v[Q_DURATION] == DU_GT_3D ? 0 : BIT (Q_REST_RELIEF);
}

/* @given: option indices, -1 unanswered; @skipped: questions with no value. */
static Oracle
oracle (const gint8 *given,
        guint32      skipped)
{
  Oracle o = { 0, 0, SW_OUTCOME_WATCH_AND_SELF_CARE, SW_URGENCY_NONE };
  guint32 answered = 0;
  gboolean nerve;
  gint8 v[N_Q];

  for (int q = 0; q < N_Q; q++)
    {
      v[q] = given[q] >= 0 ? given[q] : spec_default[q];
      if (given[q] >= 0)
        answered |= BIT (q);
    }
  if (v[Q_DURATION] != DU_GT_3D)
    skipped |= BIT (Q_REST_RELIEF);
  answered &= ~skipped;

#define FIRE(r, condition) \
  if ((spec_rules[r].reads & skipped) == 0 && (condition)) \
    o.fired |= BIT (r)

  nerve = v[Q_RADIATION] == R_CALF_TO_FOOT || v[Q_RADIATION] == R_FROM_BACK ||
          v[Q_QUALITY] == QU_SHOOTING ||
          v[Q_NUMBNESS] == NU_MILD || v[Q_NUMBNESS] == NU_UNSURE ||
          v[Q_WORSE_WITH] == WW_COUGH || v[Q_WORSE_WITH] == WW_BOTH;

  FIRE (R_E1, v[Q_RF_SADDLE] == YES);
  FIRE (R_E2, v[Q_RF_BLADDER_BOWEL] == YES);
  FIRE (R_E3, v[Q_RF_WEAKNESS_RAPID] == YES);
  FIRE (R_E4, v[Q_RF_BOTH_LEGS] == YES);
  FIRE (R_E5, v[Q_RF_LIMB] == YES);
  FIRE (R_E6, v[Q_RF_CHEST] == YES);
  FIRE (R_S1, v[Q_SUDDEN_SEVERE] == YES);
  FIRE (R_S2, v[Q_CLOT_SIGNS] == YES);
  FIRE (R_S3, v[Q_SYS_SIGNS] == YES);
  FIRE (R_S4, v[Q_GROUP] == G_PREGNANT || v[Q_GROUP] == G_POST_SPINE);
  FIRE (R_S5, v[Q_RF_SADDLE] == UNSURE || v[Q_RF_BLADDER_BOWEL] == UNSURE ||
              v[Q_RF_WEAKNESS_RAPID] == UNSURE || v[Q_RF_BOTH_LEGS] == UNSURE ||
              v[Q_RF_LIMB] == UNSURE || v[Q_RF_CHEST] == UNSURE ||
              v[Q_CLOT_SIGNS] == UNSURE);
  FIRE (R_S6, v[Q_DURATION] == DU_GT_3D && v[Q_REST_RELIEF] == NO);
  FIRE (R_S7, (v[Q_WORSE_WITH] == WW_WALKING || v[Q_WORSE_WITH] == WW_BOTH) &&
              (v[Q_BACK_PAIN] == BP_YES || v[Q_NUMBNESS] != NU_NONE ||
               v[Q_WEAKNESS] != WK_NO));
  FIRE (R_S8, v[Q_WEAKNESS] == WK_YES || v[Q_WEAKNESS] == WK_UNSURE);
  FIRE (R_S9, v[Q_NUMBNESS] == NU_WORSENING);
  FIRE (R_S10, nerve && (v[Q_TREND] == TR_SAME || v[Q_TREND] == TR_WORSE));
  FIRE (R_S11, v[Q_TREND] == TR_WORSE);
  FIRE (R_W1, nerve && v[Q_TREND] == TR_BETTER);
  FIRE (R_W2, v[Q_BACK_PAIN] == BP_YES);
  FIRE (R_W3, v[Q_TREND] == TR_SAME);
  FIRE (R_W4, v[Q_RADIATION] == R_UNSURE || v[Q_QUALITY] == QU_UNSURE ||
              v[Q_NUMBNESS] == NU_UNSURE);
  FIRE (R_M1, (answered & Q11_TO_Q18) == Q11_TO_Q18 &&
              v[Q_TREND] == TR_BETTER && v[Q_RADIATION] == R_SPOT &&
              v[Q_QUALITY] == QU_DULL && v[Q_NUMBNESS] == NU_NONE &&
              v[Q_WEAKNESS] == WK_NO && v[Q_BACK_PAIN] == BP_NO &&
              (v[Q_WORSE_WITH] == WW_NOTHING || v[Q_WORSE_WITH] == WW_WALKING));
#undef FIRE

  if (o.fired == 0)
    {
      o.deciding = BIT (R_W4);
      return o;
    }

  for (int level = SW_OUTCOME_EMERGENCY; level >= SW_OUTCOME_LIKELY_MUSCULAR; level--)
    {
      for (int r = 0; r < N_R; r++)
        if ((o.fired & BIT (r)) && spec_rules[r].outcome == (SwOutcome) level)
          o.deciding |= BIT (r);

      if (o.deciding != 0)
        {
          o.outcome = level;
          break;
        }
    }

  if (o.outcome == SW_OUTCOME_SEE_DOCTOR_SOON)
    o.urgency = (o.deciding & (BIT (R_S6) - BIT (R_S1))) ? SW_URGENCY_TODAY : SW_URGENCY_SOON;

  return o;
}

static guint32
rule_mask (const SwTriageRule *const *list)
{
  guint32 mask = 0;

  for (guint i = 0; list[i] != NULL; i++)
    mask |= BIT (sw_triage_rule_get_index (list[i]));

  return mask;
}

static void
assert_agrees_with_oracle (const SwTriageResult *result,
                           const gint8          *given,
                           guint32               skipped)
{
  Oracle expected = oracle (given, skipped);
  guint32 deciding = rule_mask (sw_triage_result_get_deciding (result, NULL));
  guint32 also = rule_mask (sw_triage_result_get_also_noted (result, NULL));

  g_assert_cmpint (sw_triage_result_get_outcome (result), ==, expected.outcome);
  g_assert_cmpint (sw_triage_result_get_urgency (result), ==, expected.urgency);
  g_assert_cmphex (deciding, ==, expected.deciding);
  g_assert_cmphex (also, ==, expected.fired & ~expected.deciding);
}

/* MUSCULAR 0, WATCH 2, SEE soon 4, SEE today 5, EMERGENCY 6. */
static int
severity (const SwTriageResult *result)
{
  return 2 * (int) sw_triage_result_get_outcome (result) +
         (sw_triage_result_get_urgency (result) == SW_URGENCY_TODAY);
}

static SwTriageAnswers *
answers_from (const gint8 *given)
{
  SwTriageAnswers *answers = sw_triage_answers_new ();

  for (guint q = 0; q < N_Q; q++)
    sw_triage_answers_set_option (answers, q, given[q]);

  return answers;
}

/* The properties of section 1.3 step 6 on one answer set (complete mode). */
static void
check_properties (SwTriageAnswers *answers,
                  gint8           *given)
{
  g_autoptr(SwTriageResult) result = sw_triage_evaluate (answers);
  SwOutcome outcome = sw_triage_result_get_outcome (result);
  gboolean red_flag_yes = FALSE;
  int base = severity (result);

  assert_agrees_with_oracle (result, given, 0);

  for (int q = Q_RF_SADDLE; q <= Q_RF_CHEST; q++)
    red_flag_yes |= given[q] == YES;

  if (red_flag_yes)
    {
      g_assert_cmpint (outcome, ==, SW_OUTCOME_EMERGENCY);
      g_assert_cmpint (sw_triage_result_get_exercises (result), ==, SW_OFFER_NONE);
      g_assert_cmpint (sw_triage_result_get_massage (result), ==, SW_OFFER_NONE);
      g_assert_false (sw_triage_result_get_compress (result));
      g_assert_null (sw_triage_result_get_plan (result));
    }

  if (outcome == SW_OUTCOME_LIKELY_MUSCULAR)
    g_assert_true (oracle (given, 0).fired & BIT (R_M1));

  /* Monotone: one answer moved to a worse option never lowers the result. */
  for (guint q = 0; q < N_Q; q++)
    {
      gint8 current = given[q];

      if (current < 0)
        continue;

      for (guint o = 0; o < n_options[q]; o++)
        {
          g_autoptr(SwTriageResult) worse = NULL;

          if (worse_rank[q][o] <= worse_rank[q][current])
            continue;

          sw_triage_answers_set_option (answers, q, o);
          worse = sw_triage_evaluate (answers);
          if (severity (worse) < base)
            {
              g_autofree char *text = sw_triage_answers_to_string (answers);

              g_error ("not monotone: %s gives %s, lower than before moving %s",
                       text, sw_outcome_to_string (sw_triage_result_get_outcome (worse)),
                       spec_questions[q].key);
            }
        }

      sw_triage_answers_set_option (answers, q, current);
    }
}

/* ----------------------------------------------------------------- tables */

static void
test_tables_match_spec (void)
{
  g_assert_cmpuint (sw_triage_get_n_questions (), ==, N_Q);
  g_assert_cmpuint (sw_triage_get_n_rules (), ==, N_R);

  for (guint q = 0; q < N_Q; q++)
    {
      const SwTriageQuestion *question = sw_triage_get_question (q);

      g_assert_cmpstr (question->key, ==, spec_questions[q].key);
      g_assert_cmpuint (question->number, ==, q + 1);
      g_assert_cmpuint (question->n_options, ==, n_options[q]);
      g_assert_cmpstr (question->if_unanswered, ==, spec_questions[q].if_unanswered);
      g_assert_true (sw_triage_lookup_question (question->key) == question);
      g_assert_cmpuint (sw_triage_question_get_index (question), ==, q);

      for (guint o = 0; o < n_options[q]; o++)
        {
          g_assert_cmpstr (question->options[o].key, ==, spec_questions[q].options[o]);
          g_assert_cmpint (sw_triage_question_find_option (question,
                                                           spec_questions[q].options[o]),
                           ==, o);
        }

      if (q == Q_REST_RELIEF)
        {
          g_assert_cmpstr (question->only_if_question, ==, "duration");
          g_assert_cmpstr (question->only_if_value, ==, "gt_3d");
        }
      else
        g_assert_null (question->only_if_question);
    }

  for (guint r = 0; r < N_R; r++)
    {
      const SwTriageRule *rule = sw_triage_get_rule (r);

      g_assert_cmpstr (sw_triage_rule_get_id (rule), ==, spec_rules[r].id);
      g_assert_cmpint (sw_triage_rule_get_outcome (rule), ==, spec_rules[r].outcome);
      g_assert_cmpint (sw_triage_rule_get_urgency (rule), ==, spec_rules[r].urgency);
      g_assert_true (sw_triage_lookup_rule (spec_rules[r].id) == rule);
      g_assert_cmpuint (sw_triage_rule_get_index (rule), ==, r);

      for (guint q = 0; q < N_Q; q++)
        g_assert_cmpint (sw_triage_rule_reads_question (rule, q), ==,
                         (spec_rules[r].reads & BIT (q)) != 0);
    }

  g_assert_null (sw_triage_lookup_question ("rf_sadle"));
  g_assert_null (sw_triage_lookup_rule ("S12"));
}

/* The flow's early stops are only safe because of how the rules are laid
 * out: EMERGENCY rules read only Q1–Q6, same-day rules only Q1–Q10. */
static void
test_tables_early_stops_are_safe (void)
{
  for (guint r = 0; r < N_R; r++)
    {
      const SwTriageRule *rule = sw_triage_get_rule (r);

      for (guint q = 0; q < N_Q; q++)
        {
          if (!sw_triage_rule_reads_question (rule, q))
            continue;
          if (sw_triage_rule_get_outcome (rule) == SW_OUTCOME_EMERGENCY)
            g_assert_cmpuint (q, <=, Q_RF_CHEST);
          if (sw_triage_rule_get_urgency (rule) == SW_URGENCY_TODAY)
            g_assert_cmpuint (q, <=, Q_GROUP);
        }
    }
}

static void
assert_text (const char *text)
{
  g_assert_nonnull (text);
  g_assert_cmpuint (strlen (text), >, 1);
  g_assert_true (g_utf8_validate (text, -1, NULL));
}

static void
test_tables_have_texts (void)
{
  static const struct
  {
    SwOutcome outcome;
    SwUrgency urgency;
  } levels[] = {
    { SW_OUTCOME_EMERGENCY, SW_URGENCY_NONE },
    { SW_OUTCOME_SEE_DOCTOR_SOON, SW_URGENCY_TODAY },
    { SW_OUTCOME_SEE_DOCTOR_SOON, SW_URGENCY_SOON },
    { SW_OUTCOME_WATCH_AND_SELF_CARE, SW_URGENCY_NONE },
    { SW_OUTCOME_LIKELY_MUSCULAR, SW_URGENCY_NONE },
  };

  for (guint q = 0; q < N_Q; q++)
    {
      const SwTriageQuestion *question = sw_triage_get_question (q);

      assert_text (question->text);
      assert_text (sw_triage_question_get_text (question));
      g_assert_true (g_str_has_suffix (question->text, "?"));
      if (question->help != NULL)
        assert_text (sw_triage_question_get_help (question));
      else
        g_assert_null (sw_triage_question_get_help (question));

      for (guint o = 0; o < question->n_options; o++)
        {
          assert_text (sw_triage_option_get_label (&question->options[o]));
          if (question->options[o].subtitle != NULL)
            assert_text (sw_triage_option_get_subtitle (&question->options[o]));
        }
    }

  for (guint r = 0; r < N_R; r++)
    {
      const SwTriageRule *rule = sw_triage_get_rule (r);
      g_autofree char *condition = sw_triage_rule_get_condition (rule);

      assert_text (sw_triage_rule_get_reason (rule));
      assert_text (sw_triage_rule_get_source (rule));
      assert_text (condition);
    }

  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    {
      const SwTriageAdvice *advice = sw_triage_get_advice (levels[i].outcome, levels[i].urgency);

      g_assert_nonnull (advice);
      assert_text (sw_triage_advice_get_headline (advice));
      assert_text (sw_triage_advice_get_summary (advice));
      g_assert_cmpuint (sw_triage_advice_get_n_steps (advice), >=, 3);
      for (guint s = 0; s < sw_triage_advice_get_n_steps (advice); s++)
        assert_text (sw_triage_advice_get_step (advice, s));
      if (levels[i].outcome != SW_OUTCOME_EMERGENCY)
        g_assert_cmpuint (sw_triage_advice_get_n_seek_care (advice), >=, 1);
      for (guint s = 0; s < sw_triage_advice_get_n_seek_care (advice); s++)
        assert_text (sw_triage_advice_get_seek_care (advice, s));
      assert_text (sw_outcome_get_label (levels[i].outcome));
    }

  g_assert_cmpstr (sw_triage_advice_get_headline (sw_triage_get_advice (SW_OUTCOME_EMERGENCY,
                                                                        SW_URGENCY_NONE)),
                   ==, "Get emergency help now.");
  g_assert_true (sw_triage_get_advice (SW_OUTCOME_WATCH_AND_SELF_CARE, SW_URGENCY_TODAY) ==
                 sw_triage_get_advice (SW_OUTCOME_WATCH_AND_SELF_CARE, SW_URGENCY_NONE));

  g_assert_cmpuint (sw_triage_get_n_emergency_signs (), ==, 6);
  for (guint i = 0; i < sw_triage_get_n_emergency_signs (); i++)
    assert_text (sw_triage_get_emergency_sign (i));

  assert_text (sw_triage_get_disclaimer ());
  g_assert_nonnull (strstr (sw_triage_get_disclaimer (), "not a diagnosis"));
}

static void
test_enums_and_names (void)
{
  GEnumClass *klass = g_type_class_ref (SW_TYPE_OUTCOME);
  SwOutcome parsed;

  g_assert_cmpstr (g_enum_get_value (klass, SW_OUTCOME_SEE_DOCTOR_SOON)->value_nick,
                   ==, "see-doctor-soon");
  g_type_class_unref (klass);
  g_assert_true (G_TYPE_IS_ENUM (SW_TYPE_URGENCY));
  g_assert_true (G_TYPE_IS_ENUM (SW_TYPE_OFFER));
  g_assert_true (G_TYPE_IS_BOXED (SW_TYPE_TRIAGE_ANSWERS));
  g_assert_true (G_TYPE_IS_BOXED (SW_TYPE_TRIAGE_RESULT));

  g_assert_cmpint (SW_OUTCOME_LIKELY_MUSCULAR, <, SW_OUTCOME_WATCH_AND_SELF_CARE);
  g_assert_cmpint (SW_OUTCOME_WATCH_AND_SELF_CARE, <, SW_OUTCOME_SEE_DOCTOR_SOON);
  g_assert_cmpint (SW_OUTCOME_SEE_DOCTOR_SOON, <, SW_OUTCOME_EMERGENCY);

  for (int o = SW_OUTCOME_LIKELY_MUSCULAR; o <= SW_OUTCOME_EMERGENCY; o++)
    {
      g_assert_true (sw_outcome_from_string (sw_outcome_to_string (o), &parsed));
      g_assert_cmpint (parsed, ==, o);
    }
  g_assert_false (sw_outcome_from_string ("URGENT", &parsed));
  g_assert_false (sw_outcome_from_string (NULL, &parsed));

  g_assert_null (sw_urgency_to_string (SW_URGENCY_NONE));
  g_assert_cmpstr (sw_urgency_to_string (SW_URGENCY_TODAY), ==, "today");
  g_assert_cmpstr (sw_offer_to_string (SW_OFFER_GENTLE), ==, "gentle");
}

/* ----------------------------------------------------------- worked cases */

typedef struct
{
  const char *id;
  const char *changes;        /* changes from the baseline */
  gboolean    from_baseline;  /* FALSE: @changes are the whole answer set */
  SwOutcome   outcome;
  SwUrgency   urgency;
  const char *deciding;
} WorkedCase;

#define MUSCULAR SW_OUTCOME_LIKELY_MUSCULAR
#define WATCH    SW_OUTCOME_WATCH_AND_SELF_CARE
#define SEE      SW_OUTCOME_SEE_DOCTOR_SOON
#define EMERG    SW_OUTCOME_EMERGENCY
#define NONE     SW_URGENCY_NONE
#define SOON     SW_URGENCY_SOON
#define TODAY    SW_URGENCY_TODAY

static const WorkedCase worked_cases[] = {
  { "T01", "", TRUE, MUSCULAR, NONE, "M1" },
  { "T02", "worse_with=walking", TRUE, MUSCULAR, NONE, "M1" },
  { "T03", "duration=gt_3d, rest_relief=yes", TRUE, MUSCULAR, NONE, "M1" },
  { "T04", "rf_saddle=yes", TRUE, EMERG, NONE, "E1" },
  { "T05", "rf_bladder_bowel=yes", TRUE, EMERG, NONE, "E2" },
  { "T06", "rf_weakness_rapid=yes", TRUE, EMERG, NONE, "E3" },
  { "T07", "rf_both_legs=yes", TRUE, EMERG, NONE, "E4" },
  { "T08", "rf_limb=yes", TRUE, EMERG, NONE, "E5" },
  { "T09", "rf_chest=yes, clot_signs=yes", TRUE, EMERG, NONE, "E6" },
  { "T10", "rf_saddle=yes, group=pregnant", TRUE, EMERG, NONE, "E1" },
  { "T11", "rf_weakness_rapid=yes, sudden_severe=yes", TRUE, EMERG, NONE, "E3" },
  { "T12", "sudden_severe=yes", TRUE, SEE, TODAY, "S1" },
  { "T13", "clot_signs=yes", TRUE, SEE, TODAY, "S2" },
  { "T14", "sys_signs=yes", TRUE, SEE, TODAY, "S3" },
  { "T15", "group=pregnant", TRUE, SEE, TODAY, "S4" },
  { "T16", "group=post_spine_surgery", TRUE, SEE, TODAY, "S4" },
  { "T17", "rf_saddle=unsure", TRUE, SEE, TODAY, "S5" },
  { "T18", "clot_signs=unsure", TRUE, SEE, TODAY, "S5" },
  { "T19", "rf_both_legs=unsure, rf_bladder_bowel=yes", TRUE, EMERG, NONE, "E2" },
  { "T20", "duration=gt_3d, rest_relief=no", TRUE, SEE, SOON, "S6" },
  { "T21", "back_pain=yes, worse_with=walking", TRUE, SEE, SOON, "S7" },
  { "T22", "numbness=mild_steady, worse_with=both", TRUE, SEE, SOON, "S7" },
  { "T23", "weakness=yes", TRUE, SEE, SOON, "S8" },
  { "T24", "weakness=unsure", TRUE, SEE, SOON, "S8" },
  { "T25", "numbness=worsening", TRUE, SEE, SOON, "S9" },
  { "T26", "radiation=from_back, trend=same", TRUE, SEE, SOON, "S10" },
  { "T27", "radiation=calf_to_foot, quality=shooting", TRUE, WATCH, NONE, "W1" },
  { "T28", "quality=shooting, trend=same", TRUE, SEE, SOON, "S10" },
  { "T29", "trend=worse", TRUE, SEE, SOON, "S11" },
  { "T30", "trend=same", TRUE, WATCH, NONE, "W3" },
  { "T31", "back_pain=yes", TRUE, WATCH, NONE, "W2" },
  { "T32", "radiation=unsure", TRUE, WATCH, NONE, "W4" },
  { "T33", "numbness=mild_steady", TRUE, WATCH, NONE, "W1" },
  { "T34", "worse_with=cough_sneeze", TRUE, WATCH, NONE, "W1" },
  { "T35", "numbness=unsure, trend=same", TRUE, SEE, SOON, "S10" },
  { "T36", "sudden_severe=yes, duration=gt_3d, rest_relief=no", TRUE, SEE, TODAY, "S1,S6" },
  { "T37", "group=pregnant, radiation=from_back, trend=same", TRUE, SEE, TODAY, "S4,S10" },
  { "T38", "radiation=from_back, quality=shooting, numbness=mild_steady, back_pain=yes, "
           "duration=d1_3", TRUE, WATCH, NONE, "W1,W2" },
  { "T39", "radiation=from_back, duration=gt_3d, rest_relief=no", TRUE, SEE, SOON, "S6" },
  { "T40", "rf_saddle=no, rf_bladder_bowel=no, rf_weakness_rapid=no, rf_both_legs=no, "
           "rf_limb=no, rf_chest=no", FALSE, SEE, SOON, "S8,S10" },
};

static SwTriageAnswers *
worked_case_answers (const WorkedCase *wc)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SwTriageAnswers) changes = sw_triage_answers_parse (wc->changes, &error);
  SwTriageAnswers *answers;

  g_assert_no_error (error);
  if (!wc->from_baseline)
    return g_steal_pointer (&changes);

  answers = sw_triage_answers_parse (baseline_text, &error);
  g_assert_no_error (error);
  for (guint q = 0; q < N_Q; q++)
    if (sw_triage_answers_get_option (changes, q) >= 0)
      sw_triage_answers_set_option (answers, q, sw_triage_answers_get_option (changes, q));

  return answers;
}

static char *
join_rule_ids (const SwTriageRule *const *list)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; list[i] != NULL; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? "," : "", sw_triage_rule_get_id (list[i]));

  return g_string_free (out, FALSE);
}

static const WorkedCase *
find_case (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (worked_cases); i++)
    if (g_str_equal (worked_cases[i].id, id))
      return &worked_cases[i];

  g_assert_not_reached ();
}

static void
test_worked_case (gconstpointer data)
{
  const WorkedCase *wc = data;
  g_autoptr(SwTriageAnswers) answers = worked_case_answers (wc);
  g_autoptr(SwTriageResult) result = sw_triage_evaluate (answers);
  g_autofree char *deciding = join_rule_ids (sw_triage_result_get_deciding (result, NULL));
  gint8 given[N_Q];

  g_assert_cmpstr (sw_outcome_to_string (sw_triage_result_get_outcome (result)), ==,
                   sw_outcome_to_string (wc->outcome));
  g_assert_cmpint (sw_triage_result_get_urgency (result), ==, wc->urgency);
  g_assert_cmpstr (deciding, ==, wc->deciding);

  for (guint q = 0; q < N_Q; q++)
    given[q] = sw_triage_answers_get_option (answers, q);
  assert_agrees_with_oracle (result, given, 0);
}

/* ------------------------------------------------------------- properties */

/* Under the sanitizers every allocation is traced and costs ~40 times
 * more; `SITWELL_TEST_SANITIZER` makes the property tests sample instead
 * of walking every set (the plain build still walks them all). */
static guint
property_stride (void)
{
  return g_getenv ("SITWELL_TEST_SANITIZER") != NULL ? 47 : 1;
}

static void
test_property_exhaustive_q7_to_q19 (void)
{
  guint stride = property_stride ();
  g_autoptr(SwTriageAnswers) answers = sw_triage_answers_new ();
  gint8 given[N_Q];
  guint count = 0;

  for (guint q = 0; q < N_Q; q++)
    given[q] = q <= Q_RF_CHEST ? NO : 0;

  for (;;)
    {
      guint q;

      if (count % stride == 0)
        {
          for (q = 0; q < N_Q; q++)
            sw_triage_answers_set_option (answers, q, given[q]);
          check_properties (answers, given);
        }
      count++;

      /* Next combination of Q7–Q19, as a mixed-radix counter. */
      for (q = Q_SUDDEN_SEVERE; q < N_Q; q++)
        {
          if (++given[q] < (gint8) n_options[q])
            break;
          given[q] = 0;
        }
      if (q == N_Q)
        break;
    }

  g_assert_cmpuint (count, ==, 746496);
}

static void
test_property_exhaustive_q1_to_q6 (void)
{
  g_autoptr(SwTriageAnswers) answers = sw_triage_answers_new ();
  gint8 given[N_Q];
  guint count = 0;

  memcpy (given, baseline, sizeof given);
  for (guint combo = 0; combo < 729; combo++)
    {
      guint rest = combo;

      for (guint q = Q_RF_SADDLE; q <= Q_RF_CHEST; q++)
        {
          given[q] = rest % 3;
          rest /= 3;
        }
      for (guint q = 0; q < N_Q; q++)
        sw_triage_answers_set_option (answers, q, given[q]);

      check_properties (answers, given);
      count++;
    }

  g_assert_cmpuint (count, ==, 729);
}

static void
test_property_random_full_sets (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260601);
  g_autoptr(SwTriageAnswers) answers = sw_triage_answers_new ();
  gint8 given[N_Q];

  for (guint i = 0; i < 1000000 / property_stride (); i++)
    {
      for (guint q = 0; q < N_Q; q++)
        {
          given[q] = g_rand_int_range (rand, 0, n_options[q]);
          sw_triage_answers_set_option (answers, q, given[q]);
        }

      check_properties (answers, given);
    }
}

/* Unanswered questions and the flow's skips, on random partial sets. */
static void
test_property_random_partial_sets (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (4711);
  gint8 given[N_Q];

  for (guint i = 0; i < 100000 / property_stride (); i++)
    {
      g_autoptr(SwTriageAnswers) answers = NULL;
      g_autoptr(SwTriageResult) complete = NULL;
      g_autoptr(SwTriageResult) flow = NULL;
      guint32 skips;

      for (guint q = 0; q < N_Q; q++)
        {
          /* Red flags answered `yes` rarely, so the later questions matter. */
          int n = q <= Q_RF_CHEST ? 12 : (int) n_options[q] + 1;
          int pick = g_rand_int_range (rand, 0, n);

          if (q <= Q_RF_CHEST)
            given[q] = pick == 0 ? YES : pick == 1 ? UNSURE : pick == 2 ? -1 : NO;
          else
            given[q] = pick == (int) n_options[q] ? -1 : pick;
        }

      answers = answers_from (given);
      complete = sw_triage_evaluate (answers);
      flow = sw_triage_evaluate_flow (answers);
      skips = oracle_flow_skips (given);

      assert_agrees_with_oracle (complete, given, 0);
      assert_agrees_with_oracle (flow, given, skips);

      if (sw_triage_result_get_outcome (complete) == SW_OUTCOME_LIKELY_MUSCULAR ||
          sw_triage_result_get_outcome (flow) == SW_OUTCOME_LIKELY_MUSCULAR)
        for (guint q = Q_RADIATION; q <= Q_DURATION; q++)
          g_assert_cmpint (given[q], >=, 0);

      /* The flow never reports a lower outcome than what it has seen says. */
      g_assert_cmpint (sw_triage_result_get_outcome (flow), >=,
                       given[0] == YES ? SW_OUTCOME_EMERGENCY : SW_OUTCOME_LIKELY_MUSCULAR);

      if (i % 16 == 0)
        for (guint q = 0; q < N_Q; q++)
          {
            g_assert_cmpint (sw_triage_answers_is_skipped (answers, q), ==,
                             (skips & BIT (q)) != 0);
            g_assert_cmpint (sw_triage_result_is_skipped (flow, q), ==,
                             (skips & BIT (q)) != 0);
          }
    }
}

/* -------------------------------------------------------------------- flow */

static SwTriageAnswers *
answers_parse (const char *text)
{
  g_autoptr(GError) error = NULL;
  SwTriageAnswers *answers = sw_triage_answers_parse (text, &error);

  g_assert_no_error (error);

  return answers;
}

/* Walks the flow, answering from @script where it has an answer. */
static char *
walk_flow (const SwTriageAnswers *script,
           SwTriageAnswers      **answers_out)
{
  g_autoptr(SwTriageAnswers) answers = sw_triage_answers_new ();
  GString *path = g_string_new (NULL);
  int q = sw_triage_next_question (answers, -1);

  while (q >= 0)
    {
      g_string_append_printf (path, "%sQ%d", path->len > 0 ? " " : "", q + 1);
      sw_triage_answers_set_option (answers, q, sw_triage_answers_get_option (script, q));
      q = sw_triage_next_question (answers, q);
    }

  if (answers_out != NULL)
    *answers_out = g_steal_pointer (&answers);

  return g_string_free (path, FALSE);
}

static void
test_flow_muscular_path_asks_q1_to_q18 (void)
{
  g_autoptr(SwTriageAnswers) script = answers_parse (baseline_text);
  g_autoptr(SwTriageAnswers) answers = NULL;
  g_autofree char *path = walk_flow (script, &answers);
  g_autoptr(SwTriageResult) result = sw_triage_evaluate_flow (answers);
  g_autofree char *deciding = join_rule_ids (sw_triage_result_get_deciding (result, NULL));

  g_assert_cmpint (sw_triage_next_question (answers, -1), ==, 0);
  g_assert_cmpstr (path, ==, "Q1 Q2 Q3 Q4 Q5 Q6 Q7 Q8 Q9 Q10 Q11 Q12 Q13 Q14 Q15 Q16 Q17 Q18");
  g_assert_cmpint (sw_triage_result_get_outcome (result), ==, SW_OUTCOME_LIKELY_MUSCULAR);
  g_assert_cmpstr (deciding, ==, "M1");
  g_assert_true (sw_triage_answers_is_skipped (answers, Q_REST_RELIEF));
  g_assert_false (sw_triage_answers_is_skipped (answers, Q_DURATION));
}

static void
test_flow_red_flag_yes_ends_at_once (void)
{
  for (guint flag = Q_RF_SADDLE; flag <= Q_RF_CHEST; flag++)
    {
      g_autoptr(SwTriageAnswers) answers = answers_parse (baseline_text);
      g_autoptr(SwTriageResult) result = NULL;
      g_autofree char *deciding = NULL;
      guint n_also;

      g_assert_cmpint (sw_triage_next_question (answers, flag), ==, flag + 1);

      sw_triage_answers_set_option (answers, flag, YES);
      g_assert_cmpint (sw_triage_next_question (answers, flag), ==, -1);
      for (guint q = 0; q < N_Q; q++)
        g_assert_cmpint (sw_triage_answers_is_skipped (answers, q), ==, q > flag);

      result = sw_triage_evaluate_flow (answers);
      deciding = join_rule_ids (sw_triage_result_get_deciding (result, NULL));
      sw_triage_result_get_also_noted (result, &n_also);
      g_assert_cmpint (sw_triage_result_get_outcome (result), ==, SW_OUTCOME_EMERGENCY);
      g_assert_cmpstr (deciding, ==, spec_rules[R_E1 + flag].id);
      g_assert_cmpuint (n_also, ==, 0);
      g_assert_cmpint (sw_triage_previous_question (answers, -1), ==, flag);
    }
}

static void
test_flow_sudden_severe_ends_after_q10 (void)
{
  g_autoptr(SwTriageAnswers) script = answers_parse (baseline_text);
  g_autoptr(SwTriageAnswers) answers = NULL;
  g_autoptr(SwTriageResult) result = NULL;
  g_autoptr(SwTriageResult) complete = NULL;
  g_autofree char *path = NULL;
  g_autofree char *deciding = NULL;
  g_autofree char *complete_deciding = NULL;
  guint n_also;

  sw_triage_answers_set_option (script, Q_SUDDEN_SEVERE, YES);
  path = walk_flow (script, &answers);
  g_assert_cmpstr (path, ==, "Q1 Q2 Q3 Q4 Q5 Q6 Q7 Q8 Q9 Q10");

  result = sw_triage_evaluate_flow (answers);
  deciding = join_rule_ids (sw_triage_result_get_deciding (result, NULL));
  sw_triage_result_get_also_noted (result, &n_also);
  g_assert_cmpint (sw_triage_result_get_outcome (result), ==, SW_OUTCOME_SEE_DOCTOR_SOON);
  g_assert_cmpint (sw_triage_result_get_urgency (result), ==, SW_URGENCY_TODAY);
  g_assert_cmpstr (deciding, ==, "S1");
  g_assert_cmpuint (n_also, ==, 0);
  g_assert_false (sw_triage_result_rule_fired (result, sw_triage_lookup_rule ("S8")));
  g_assert_false (sw_triage_result_rule_fired (result, sw_triage_lookup_rule ("S10")));
  for (guint q = Q_RADIATION; q < N_Q; q++)
    g_assert_true (sw_triage_result_is_skipped (result, q));

  /* The same answers as a complete set: Q11–Q19 unanswered, not skipped. */
  complete = sw_triage_evaluate (answers);
  complete_deciding = join_rule_ids (sw_triage_result_get_deciding (complete, NULL));
  g_assert_cmpstr (complete_deciding, ==, "S1,S8,S10");
}

static void
test_flow_unsure_red_flag_continues_to_q10 (void)
{
  g_autoptr(SwTriageAnswers) script = answers_parse (baseline_text);
  g_autoptr(SwTriageAnswers) answers = NULL;
  g_autoptr(SwTriageResult) result = NULL;
  g_autofree char *path = NULL;
  g_autofree char *deciding = NULL;

  sw_triage_answers_set_option (script, Q_RF_LIMB, UNSURE);
  path = walk_flow (script, &answers);
  g_assert_cmpstr (path, ==, "Q1 Q2 Q3 Q4 Q5 Q6 Q7 Q8 Q9 Q10");

  result = sw_triage_evaluate_flow (answers);
  deciding = join_rule_ids (sw_triage_result_get_deciding (result, NULL));
  g_assert_cmpstr (deciding, ==, "S5");
  g_assert_cmpint (sw_triage_result_get_urgency (result), ==, SW_URGENCY_TODAY);
}

static void
test_flow_rest_relief_only_after_three_days (void)
{
  static const struct
  {
    const char *duration;
    int         after_q18;
  } cases[] = {
    { "lt_1d", -1 },
    { "d1_3", -1 },
    { "gt_3d", Q_REST_RELIEF },
    { NULL, -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(SwTriageAnswers) answers = answers_parse (baseline_text);

      if (cases[i].duration != NULL)
        g_assert_true (sw_triage_answers_set (answers, "duration", cases[i].duration, NULL));
      else
        sw_triage_answers_unset (answers, "duration");

      g_assert_cmpint (sw_triage_next_question (answers, Q_DURATION), ==, cases[i].after_q18);
      g_assert_cmpint (sw_triage_answers_is_skipped (answers, Q_REST_RELIEF), ==,
                       cases[i].after_q18 < 0);
    }
}

static void
test_flow_rest_relief_left_blank_takes_default (void)
{
  g_autoptr(SwTriageAnswers) answers = answers_parse (baseline_text);
  g_autoptr(SwTriageResult) result = NULL;
  g_autofree char *deciding = NULL;

  g_assert_true (sw_triage_answers_set (answers, "duration", "gt_3d", NULL));
  g_assert_cmpint (sw_triage_next_question (answers, Q_REST_RELIEF), ==, -1);

  result = sw_triage_evaluate_flow (answers);
  deciding = join_rule_ids (sw_triage_result_get_deciding (result, NULL));
  g_assert_cmpstr (deciding, ==, "S6");
}

static void
test_flow_blank_answers_never_say_muscular (void)
{
  g_autoptr(SwTriageAnswers) empty = sw_triage_answers_new ();
  g_autoptr(SwTriageAnswers) answers = NULL;
  g_autofree char *path = walk_flow (empty, &answers);
  g_autoptr(SwTriageResult) result = sw_triage_evaluate_flow (answers);
  g_autofree char *deciding = join_rule_ids (sw_triage_result_get_deciding (result, NULL));

  g_assert_cmpstr (path, ==, "Q1 Q2 Q3 Q4 Q5 Q6 Q7 Q8 Q9 Q10 Q11 Q12 Q13 Q14 Q15 Q16 Q17 Q18");
  g_assert_cmpstr (deciding, ==, "S8,S10");
}

static void
test_flow_stale_answers_are_ignored (void)
{
  g_autoptr(SwTriageAnswers) answers = answers_parse ("rf_saddle=no, rf_bladder_bowel=yes, "
                                                      "clot_signs=yes, weakness=yes, "
                                                      "trend=worse");
  g_autoptr(SwTriageResult) flow = sw_triage_evaluate_flow (answers);
  g_autoptr(SwTriageResult) complete = sw_triage_evaluate (answers);
  g_autofree char *flow_deciding = join_rule_ids (sw_triage_result_get_deciding (flow, NULL));
  g_autofree char *flow_also = join_rule_ids (sw_triage_result_get_also_noted (flow, NULL));
  g_autofree char *complete_also =
    join_rule_ids (sw_triage_result_get_also_noted (complete, NULL));

  g_assert_cmpstr (flow_deciding, ==, "E2");
  g_assert_cmpstr (flow_also, ==, "");
  g_assert_cmpstr (complete_also, ==, "S2,S8,S10,S11,W4");
  /* The result still records everything that was entered. */
  g_assert_cmpstr (sw_triage_answers_get (sw_triage_result_get_answers (flow), "weakness"),
                   ==, "yes");
}

/* A Q1 `unsure` answer still counts when a later question is `yes`. */
static void
test_flow_unsure_then_yes (void)
{
  g_autoptr(SwTriageAnswers) answers = answers_parse ("rf_saddle=unsure, rf_bladder_bowel=no, "
                                                      "rf_weakness_rapid=yes");
  g_autoptr(SwTriageResult) result = sw_triage_evaluate_flow (answers);
  guint n_flags;
  const SwTriageQuestion *const *flags = sw_triage_result_get_red_flags (result, &n_flags);

  g_assert_cmpint (sw_triage_next_question (answers, Q_RF_SADDLE), ==, Q_RF_BLADDER_BOWEL);
  g_assert_cmpint (sw_triage_next_question (answers, Q_RF_WEAKNESS_RAPID), ==, -1);
  g_assert_cmpint (sw_triage_result_get_outcome (result), ==, SW_OUTCOME_EMERGENCY);
  g_assert_cmpuint (n_flags, ==, 2);
  g_assert_cmpstr (flags[0]->key, ==, "rf_saddle");
  g_assert_cmpstr (flags[1]->key, ==, "rf_weakness_rapid");
  g_assert_null (flags[2]);
}

static void
test_flow_previous_question (void)
{
  g_autoptr(SwTriageAnswers) answers = answers_parse (baseline_text);

  g_assert_true (sw_triage_answers_set (answers, "duration", "gt_3d", NULL));
  g_assert_cmpint (sw_triage_previous_question (answers, -1), ==, Q_REST_RELIEF);
  g_assert_cmpint (sw_triage_previous_question (answers, Q_REST_RELIEF), ==, Q_DURATION);
  g_assert_cmpint (sw_triage_previous_question (answers, Q_RF_BLADDER_BOWEL), ==, Q_RF_SADDLE);
  g_assert_cmpint (sw_triage_previous_question (answers, Q_RF_SADDLE), ==, -1);

  g_assert_true (sw_triage_answers_set (answers, "group", "pregnant", NULL));
  g_assert_cmpint (sw_triage_previous_question (answers, -1), ==, Q_GROUP);
}

/* ----------------------------------------------------------------- answers */

static void
test_answers_set_get_unset (void)
{
  g_autoptr(SwTriageAnswers) answers = sw_triage_answers_new ();
  g_autoptr(SwTriageAnswers) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  SwTriageAnswers *boxed;

  g_assert_null (sw_triage_answers_get (answers, "trend"));
  g_assert_true (sw_triage_answers_set (answers, "trend", "worse", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sw_triage_answers_get (answers, "trend"), ==, "worse");
  g_assert_cmpint (sw_triage_answers_get_option (answers, Q_TREND), ==, TR_WORSE);

  g_assert_false (sw_triage_answers_set (answers, "mood", "good", &error));
  g_assert_error (error, SW_TRIAGE_ERROR, SW_TRIAGE_ERROR_UNKNOWN_QUESTION);
  g_assert_nonnull (strstr (error->message, "“mood”"));
  g_assert_nonnull (strstr (error->message, "rf_saddle, rf_bladder_bowel"));
  g_assert_nonnull (strstr (error->message, "rest_relief"));
  g_clear_error (&error);

  g_assert_false (sw_triage_answers_set (answers, "trend", "fine", &error));
  g_assert_error (error, SW_TRIAGE_ERROR, SW_TRIAGE_ERROR_UNKNOWN_VALUE);
  g_assert_nonnull (strstr (error->message, "“fine”"));
  g_assert_nonnull (strstr (error->message, "trend"));
  g_assert_nonnull (strstr (error->message, "better, same, worse"));
  g_clear_error (&error);
  g_assert_cmpstr (sw_triage_answers_get (answers, "trend"), ==, "worse");

  copy = sw_triage_answers_copy (answers);
  sw_triage_answers_unset (answers, "trend");
  g_assert_null (sw_triage_answers_get (answers, "trend"));
  g_assert_cmpstr (sw_triage_answers_get (copy, "trend"), ==, "worse");

  boxed = g_boxed_copy (SW_TYPE_TRIAGE_ANSWERS, copy);
  text = sw_triage_answers_to_string (boxed);
  g_assert_cmpstr (text, ==, "trend=worse");
  g_boxed_free (SW_TYPE_TRIAGE_ANSWERS, boxed);
}

static void
test_parse_good (void)
{
  g_autoptr(SwTriageAnswers) answers = answers_parse ("  rf_saddle = no ,\tgroup=pregnant,"
                                                      "trend =worse\n");
  g_autoptr(SwTriageAnswers) empty = answers_parse ("");
  g_autoptr(SwTriageAnswers) blank = answers_parse (" \t ");
  g_autoptr(SwTriageAnswers) full = answers_parse (baseline_text);
  g_autofree char *text = sw_triage_answers_to_string (answers);
  g_autofree char *empty_text = sw_triage_answers_to_string (empty);
  g_autofree char *blank_text = sw_triage_answers_to_string (blank);
  g_autofree char *full_text = sw_triage_answers_to_string (full);

  g_assert_cmpstr (sw_triage_answers_get (answers, "rf_saddle"), ==, "no");
  g_assert_cmpstr (sw_triage_answers_get (answers, "group"), ==, "pregnant");
  g_assert_cmpstr (sw_triage_answers_get (answers, "trend"), ==, "worse");
  g_assert_null (sw_triage_answers_get (answers, "rf_chest"));
  g_assert_cmpstr (text, ==, "rf_saddle=no,group=pregnant,trend=worse");
  g_assert_cmpstr (empty_text, ==, "");
  g_assert_cmpstr (blank_text, ==, "");
  g_assert_cmpstr (full_text, ==, baseline_text);
}

static void
test_parse_errors (void)
{
  static const struct
  {
    const char *text;
    int         code;
    const char *message_has[3];
  } cases[] = {
    { "rf_sadle=yes", SW_TRIAGE_ERROR_UNKNOWN_QUESTION,
      { "“rf_sadle”", "rf_saddle", "trend" } },
    { "rf_saddle=maybe", SW_TRIAGE_ERROR_UNKNOWN_VALUE,
      { "“maybe”", "rf_saddle", "yes, no, unsure" } },
    { "group=Pregnant", SW_TRIAGE_ERROR_UNKNOWN_VALUE,
      { "“Pregnant”", "none, pregnant, post_spine_surgery" } },
    { "trend=better, trend=worse", SW_TRIAGE_ERROR_DUPLICATE, { "“trend”" } },
    { "trend=better,trend = better", SW_TRIAGE_ERROR_DUPLICATE, { "“trend”" } },
    { "rf_saddle", SW_TRIAGE_ERROR_MALFORMED, { "“rf_saddle”", "key=value" } },
    { "rf_saddle=yes, trend", SW_TRIAGE_ERROR_MALFORMED, { "“trend”" } },
    { "rf_saddle=", SW_TRIAGE_ERROR_MALFORMED, { "“rf_saddle=”" } },
    { "=yes", SW_TRIAGE_ERROR_MALFORMED, { "“=yes”" } },
    { "trend=same=worse", SW_TRIAGE_ERROR_MALFORMED, { "“trend=same=worse”" } },
    { "rf_saddle=yes,,trend=same", SW_TRIAGE_ERROR_MALFORMED, { "Answer 2 is empty" } },
    { "rf_saddle=yes,", SW_TRIAGE_ERROR_MALFORMED, { "Answer 2 is empty" } },
    { "rf_saddle=yes; trend=same", SW_TRIAGE_ERROR_MALFORMED, { "key=value" } },
    /* Bytes that are not UTF-8 come back as U+FFFD, never raw. */
    { "rf_sad\xff" "dle=yes", SW_TRIAGE_ERROR_UNKNOWN_QUESTION, { "“rf_sad\xef\xbf\xbd" "dle”" } },
    { "trend=wor\xc3", SW_TRIAGE_ERROR_UNKNOWN_VALUE, { "“wor\xef\xbf\xbd”" } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SwTriageAnswers) answers = sw_triage_answers_parse (cases[i].text, &error);

      g_test_message ("parsing “%s”", cases[i].text);
      g_assert_null (answers);
      g_assert_error (error, SW_TRIAGE_ERROR, cases[i].code);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      for (guint m = 0; m < G_N_ELEMENTS (cases[i].message_has); m++)
        if (cases[i].message_has[m] != NULL)
          g_assert_nonnull (strstr (error->message, cases[i].message_has[m]));
    }
}

/* ----------------------------------------------------------------- results */

static SwTriageResult *
evaluate_case (const char *id)
{
  g_autoptr(SwTriageAnswers) answers = worked_case_answers (find_case (id));

  return sw_triage_evaluate (answers);
}

static void
test_result_offers (void)
{
  static const struct
  {
    const char *id;
    SwOffer     exercises;
    SwOffer     massage;
    gboolean    compress;
    const char *plan;
    const char *headline;
  } cases[] = {
    { "T04", SW_OFFER_NONE, SW_OFFER_NONE, FALSE, NULL, "Get emergency help now." },
    { "T12", SW_OFFER_NONE, SW_OFFER_NONE, FALSE, NULL, "Get checked in person today." },
    { "T20", SW_OFFER_GENTLE, SW_OFFER_NONE, TRUE, "flare",
      "Book a doctor’s appointment in the next few days." },
    { "T30", SW_OFFER_GENTLE, SW_OFFER_NONE, TRUE, "flare",
      "Look after it at home and watch it." },
    { "T01", SW_OFFER_FULL, SW_OFFER_GENTLE, TRUE, "persona",
      "This looks like ordinary muscle soreness." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(SwTriageResult) result = evaluate_case (cases[i].id);
      g_autoptr(SwTriageResult) copy = sw_triage_result_copy (result);
      const SwTriageAdvice *advice = sw_triage_result_get_advice (copy);

      g_assert_cmpint (sw_triage_result_get_exercises (copy), ==, cases[i].exercises);
      g_assert_cmpint (sw_triage_result_get_massage (copy), ==, cases[i].massage);
      g_assert_cmpint (sw_triage_result_get_compress (copy), ==, cases[i].compress);
      g_assert_cmpstr (sw_triage_result_get_plan (copy), ==, cases[i].plan);
      g_assert_cmpstr (sw_triage_advice_get_headline (advice), ==, cases[i].headline);
    }
}

static void
test_result_red_flags (void)
{
  g_autoptr(SwTriageAnswers) answers = answers_parse ("rf_saddle=unsure, rf_chest=yes, "
                                                      "rf_limb=no, clot_signs=unsure");
  g_autoptr(SwTriageResult) result = sw_triage_evaluate (answers);
  g_autoptr(SwTriageResult) none = evaluate_case ("T12");
  guint n;
  const SwTriageQuestion *const *flags = sw_triage_result_get_red_flags (result, &n);

  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (flags[0]->key, ==, "rf_saddle");
  g_assert_cmpstr (flags[1]->key, ==, "rf_chest");
  sw_triage_result_get_red_flags (none, &n);
  g_assert_cmpuint (n, ==, 0);
}

static void
test_result_fallback_is_w4 (void)
{
  /* Q11–Q14 and Q17 muscular, Q15, Q16, Q18 blank: no rule fires. */
  g_autoptr(SwTriageAnswers) answers = answers_parse ("radiation=spot, quality=dull_ache, "
                                                      "numbness=none, weakness=no, "
                                                      "trend=better");
  g_autoptr(SwTriageResult) result = sw_triage_evaluate (answers);
  g_autofree char *deciding = join_rule_ids (sw_triage_result_get_deciding (result, NULL));

  g_assert_cmpint (sw_triage_result_get_outcome (result), ==, SW_OUTCOME_WATCH_AND_SELF_CARE);
  g_assert_cmpstr (deciding, ==, "W4");
  for (guint r = 0; r < N_R; r++)
    g_assert_false (sw_triage_result_rule_fired (result, sw_triage_get_rule (r)));
}

static void
test_result_json (void)
{
  static const struct
  {
    const char *id;
    const char *json;
  } cases[] = {
    { "T39", "{\"outcome\": \"SEE_DOCTOR_SOON\", \"urgency\": \"soon\", \"deciding\": [\"S6\"], "
             "\"also\": [\"W1\"], \"offers\": {\"exercises\": \"gentle\", \"massage\": \"none\", "
             "\"compress\": true, \"plan\": \"flare\"}}" },
    { "T04", "{\"outcome\": \"EMERGENCY\", \"urgency\": null, \"deciding\": [\"E1\"], "
             "\"also\": [\"M1\"], \"offers\": {\"exercises\": \"none\", \"massage\": \"none\", "
             "\"compress\": false, \"plan\": null}}" },
    { "T36", "{\"outcome\": \"SEE_DOCTOR_SOON\", \"urgency\": \"today\", "
             "\"deciding\": [\"S1\", \"S6\"], \"also\": [\"M1\"], "
             "\"offers\": {\"exercises\": \"none\", \"massage\": \"none\", "
             "\"compress\": false, \"plan\": null}}" },
    { "T01", "{\"outcome\": \"LIKELY_MUSCULAR\", \"urgency\": null, \"deciding\": [\"M1\"], "
             "\"also\": [], \"offers\": {\"exercises\": \"full\", \"massage\": \"gentle\", "
             "\"compress\": true, \"plan\": \"persona\"}}" },
    { "T38", "{\"outcome\": \"WATCH_AND_SELF_CARE\", \"urgency\": null, "
             "\"deciding\": [\"W1\", \"W2\"], \"also\": [], "
             "\"offers\": {\"exercises\": \"gentle\", \"massage\": \"none\", "
             "\"compress\": true, \"plan\": \"flare\"}}" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(SwTriageResult) result = evaluate_case (cases[i].id);
      g_autofree char *json = sw_triage_result_to_json (result);

      g_assert_cmpstr (json, ==, cases[i].json);
    }
}

static void
test_markdown_lists_everything (void)
{
  g_autofree char *markdown = sw_triage_rules_to_markdown ();
  g_autofree char *s7 = sw_triage_rule_get_condition (sw_triage_lookup_rule ("S7"));
  g_autofree char *m1 = sw_triage_rule_get_condition (sw_triage_lookup_rule ("M1"));
  g_autofree char *s10 = sw_triage_rule_get_condition (sw_triage_lookup_rule ("S10"));
  g_autofree char *s4 = sw_triage_rule_get_condition (sw_triage_lookup_rule ("S4"));

  g_assert_true (g_utf8_validate (markdown, -1, NULL));

  for (guint q = 0; q < N_Q; q++)
    {
      g_autofree char *key = g_strdup_printf ("| `%s` |", spec_questions[q].key);

      g_assert_nonnull (strstr (markdown, key));
      for (guint o = 0; o < n_options[q]; o++)
        {
          g_autofree char *option = g_strdup_printf ("`%s`", spec_questions[q].options[o]);

          g_assert_nonnull (strstr (markdown, option));
        }
    }

  for (guint r = 0; r < N_R; r++)
    {
      g_autofree char *row = g_strdup_printf ("\n| %s | %s |", spec_rules[r].id,
                                              sw_outcome_to_string (spec_rules[r].outcome));
      g_autofree char *condition = sw_triage_rule_get_condition (sw_triage_get_rule (r));

      g_assert_nonnull (strstr (markdown, row));
      g_assert_nonnull (strstr (markdown, condition));
    }

  g_assert_nonnull (strstr (markdown, "- **nerve_type** := `radiation ∈ {calf_to_foot, "
                                      "from_back}` OR `quality = shooting` OR `numbness ∈ "
                                      "{mild_steady, unsure}` OR `worse_with ∈ {cough_sneeze, "
                                      "both}`\n"));
  g_assert_nonnull (strstr (markdown, "only if `duration = gt_3d`"));
  g_assert_nonnull (strstr (markdown, "(Q1–Q6) ends the check at once; after Q10,"));
  g_assert_cmpstr (s7, ==, "`worse_with ∈ {walking, both}` AND (`back_pain = yes` OR "
                           "`numbness ≠ none` OR `weakness ≠ no`)");
  g_assert_cmpstr (s10, ==, "**nerve_type** AND `trend ∈ {same, worse}`");
  g_assert_cmpstr (s4, ==, "`group ∈ {pregnant, post_spine_surgery}`");
  g_assert_true (g_str_has_prefix (m1, "Q11–Q18 (`radiation` … `duration`) all really "
                                       "answered AND `trend = better` AND"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint q = 0; q < N_Q; q++)
    while (n_options[q] < 4 && spec_questions[q].options[n_options[q]] != NULL)
      n_options[q]++;

  g_test_add_func ("/sitwell/core/triage/tables/match-the-spec", test_tables_match_spec);
  g_test_add_func ("/sitwell/core/triage/tables/early-stops-are-safe",
                   test_tables_early_stops_are_safe);
  g_test_add_func ("/sitwell/core/triage/tables/every-text-is-there", test_tables_have_texts);
  g_test_add_func ("/sitwell/core/triage/tables/enums-and-names", test_enums_and_names);

  for (guint i = 0; i < G_N_ELEMENTS (worked_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/sitwell/core/triage/worked-case/%s",
                                               worked_cases[i].id);

      g_test_add_data_func (path, &worked_cases[i], test_worked_case);
    }

  g_test_add_func ("/sitwell/core/triage/property/all-q7-to-q19-combinations",
                   test_property_exhaustive_q7_to_q19);
  g_test_add_func ("/sitwell/core/triage/property/all-q1-to-q6-combinations",
                   test_property_exhaustive_q1_to_q6);
  g_test_add_func ("/sitwell/core/triage/property/million-random-full-sets",
                   test_property_random_full_sets);
  g_test_add_func ("/sitwell/core/triage/property/random-partial-sets-and-flow-skips",
                   test_property_random_partial_sets);

  g_test_add_func ("/sitwell/core/triage/flow/muscular-path-asks-q1-to-q18",
                   test_flow_muscular_path_asks_q1_to_q18);
  g_test_add_func ("/sitwell/core/triage/flow/red-flag-yes-ends-at-once",
                   test_flow_red_flag_yes_ends_at_once);
  g_test_add_func ("/sitwell/core/triage/flow/sudden-severe-ends-after-q10-with-only-s1",
                   test_flow_sudden_severe_ends_after_q10);
  g_test_add_func ("/sitwell/core/triage/flow/unsure-red-flag-continues-to-q10",
                   test_flow_unsure_red_flag_continues_to_q10);
  g_test_add_func ("/sitwell/core/triage/flow/rest-relief-only-after-three-days",
                   test_flow_rest_relief_only_after_three_days);
  g_test_add_func ("/sitwell/core/triage/flow/rest-relief-left-blank-takes-default",
                   test_flow_rest_relief_left_blank_takes_default);
  g_test_add_func ("/sitwell/core/triage/flow/blank-answers-never-say-muscular",
                   test_flow_blank_answers_never_say_muscular);
  g_test_add_func ("/sitwell/core/triage/flow/stale-answers-are-ignored",
                   test_flow_stale_answers_are_ignored);
  g_test_add_func ("/sitwell/core/triage/flow/unsure-then-yes", test_flow_unsure_then_yes);
  g_test_add_func ("/sitwell/core/triage/flow/previous-question", test_flow_previous_question);

  g_test_add_func ("/sitwell/core/triage/answers/set-get-unset", test_answers_set_get_unset);
  g_test_add_func ("/sitwell/core/triage/parse/good-and-whitespace", test_parse_good);
  g_test_add_func ("/sitwell/core/triage/parse/errors-name-the-problem", test_parse_errors);

  g_test_add_func ("/sitwell/core/triage/result/offers-follow-the-outcome", test_result_offers);
  g_test_add_func ("/sitwell/core/triage/result/red-flags", test_result_red_flags);
  g_test_add_func ("/sitwell/core/triage/result/no-rule-fired-gives-w4",
                   test_result_fallback_is_w4);
  g_test_add_func ("/sitwell/core/triage/result/json", test_result_json);
  g_test_add_func ("/sitwell/core/triage/markdown/lists-every-question-and-rule",
                   test_markdown_lists_everything);

  return g_test_run ();
}

/* sw-triage.c: the symptom checker — compiled tables, evaluation, flow, accessors
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-triage.h"
#include "sw-triage-private.h"

#include <string.h>

#include <glib/gi18n-lib.h>

/* Every term of every rule gets one bit of a guint64; questions and rules
 * get one bit of a guint32 each. */
#define MAX_ALL_TERMS 64

G_STATIC_ASSERT (N_QUESTIONS <= 32);
G_STATIC_ASSERT (N_RULES <= 32);

G_DEFINE_QUARK (sw-triage-error-quark, sw_triage_error)

G_DEFINE_ENUM_TYPE (SwOutcome, sw_outcome,
  G_DEFINE_ENUM_VALUE (SW_OUTCOME_LIKELY_MUSCULAR, "likely-muscular"),
  G_DEFINE_ENUM_VALUE (SW_OUTCOME_WATCH_AND_SELF_CARE, "watch-and-self-care"),
  G_DEFINE_ENUM_VALUE (SW_OUTCOME_SEE_DOCTOR_SOON, "see-doctor-soon"),
  G_DEFINE_ENUM_VALUE (SW_OUTCOME_EMERGENCY, "emergency"))

G_DEFINE_ENUM_TYPE (SwUrgency, sw_urgency,
  G_DEFINE_ENUM_VALUE (SW_URGENCY_NONE, "none"),
  G_DEFINE_ENUM_VALUE (SW_URGENCY_SOON, "soon"),
  G_DEFINE_ENUM_VALUE (SW_URGENCY_TODAY, "today"))

G_DEFINE_ENUM_TYPE (SwOffer, sw_offer,
  G_DEFINE_ENUM_VALUE (SW_OFFER_NONE, "none"),
  G_DEFINE_ENUM_VALUE (SW_OFFER_GENTLE, "gentle"),
  G_DEFINE_ENUM_VALUE (SW_OFFER_FULL, "full"))


/* ----------------------------------------------------------- compiled tables */

int
_sw_triage_find_question (const char *key)
{
  for (guint i = 0; i < N_QUESTIONS; i++)
    if (g_strcmp0 (_sw_triage_questions[i].key, key) == 0)
      return (int) i;

  return -1;
}

int
_sw_triage_find_option (const SwTriageQuestion *question,
                        const char             *value)
{
  for (guint i = 0; i < question->n_options; i++)
    if (g_strcmp0 (question->options[i].key, value) == 0)
      return (int) i;

  return -1;
}

static const DerivedDef *
find_derived (const char *name)
{
  for (guint i = 0; i < _sw_triage_n_derived_terms; i++)
    if (g_str_equal (_sw_triage_derived_terms[i].name, name))
      return &_sw_triage_derived_terms[i];

  return NULL;
}

static int
resolve_question (const char *rule_id,
                  const char *key)
{
  int q = _sw_triage_find_question (key);

  if (q < 0)
    g_error ("triage rule %s names unknown question “%s”", rule_id, key);

  return q;
}

/* Adds one term, the OR of @defs, as the next term bit. */
static void
compile_term (Compiled      *c,
              const char    *rule_id,
              const AtomDef *defs,
              CompiledRule  *cr)
{
  guint64 bit;

  if (c->n_terms == MAX_ALL_TERMS)
    g_error ("triage rules have more than %d terms", MAX_ALL_TERMS);
  bit = G_GUINT64_CONSTANT (1) << c->n_terms++;
  cr->terms |= bit;

  for (const AtomDef *def = defs; def->question != NULL; def++)
    {
      int q = resolve_question (rule_id, def->question);
      const SwTriageQuestion *question = &_sw_triage_questions[q];
      guint8 mask = 0;

      for (guint v = 0; def->values[v] != NULL; v++)
        {
          int o = _sw_triage_find_option (question, def->values[v]);

          if (o < 0)
            g_error ("triage rule %s: “%s” is not an option of “%s”",
                     rule_id, def->values[v], def->question);
          mask |= 1u << o;
        }

      if (def->negate)
        mask = ~mask & ((1u << question->n_options) - 1);

      for (guint o = 0; o < question->n_options; o++)
        if (mask & (1u << o))
          c->term_holds[q][o] |= bit;

      cr->reads |= 1u << q;
    }
}

static void
compile_tables (Compiled *c)
{
  int last_today = -1;

  memset (c, 0, sizeof *c);
  c->fallback_rule = G_MAXUINT;

  for (guint q = 0; q < N_QUESTIONS; q++)
    {
      const SwTriageQuestion *question = &_sw_triage_questions[q];

      g_assert (question->number == q + 1);
      g_assert (question->n_options <= MAX_OPTIONS);
      if (_sw_triage_find_question (question->key) != (int) q)
        g_error ("triage question key “%s” is used twice", question->key);

      c->default_option[q] = _sw_triage_find_option (question, question->if_unanswered);
      if (c->default_option[q] < 0)
        g_error ("triage question %s: bad if-unanswered value", question->key);

      c->gate_question[q] = -1;
      if (question->only_if_question != NULL)
        {
          int gate = _sw_triage_find_question (question->only_if_question);
          int o = gate >= 0 ? _sw_triage_find_option (&_sw_triage_questions[gate], question->only_if_value)
                            : -1;

          if (gate < 0 || gate >= (int) q || o < 0)
            g_error ("triage question %s: bad only-if condition", question->key);
          c->gate_question[q] = gate;
          c->gate_mask[q] = 1u << o;
        }
    }

  for (guint r = 0; r < N_RULES; r++)
    {
      const SwTriageRule *rule = &_sw_triage_rules[r];
      CompiledRule *cr = &c->rules[r];

      for (guint t = 0; t < MAX_TERMS; t++)
        {
          const TermDef *def = &rule->all_of[t];

          if (def->derived == NULL && def->any_of == NULL)
            break;

          if (def->derived != NULL)
            {
              const DerivedDef *derived = find_derived (def->derived);

              if (derived == NULL)
                g_error ("triage rule %s names unknown term “%s”", rule->id, def->derived);
              compile_term (c, rule->id, derived->any_of, cr);
            }
          else
            compile_term (c, rule->id, def->any_of, cr);
        }

      if (rule->answered_first != NULL)
        {
          int first = resolve_question (rule->id, rule->answered_first);
          int last = resolve_question (rule->id, rule->answered_last);

          for (int q = first; q <= last; q++)
            cr->must_answer |= 1u << q;
          cr->reads |= cr->must_answer;
        }

      g_assert (cr->terms != 0);
      c->level_rules[rule->outcome] |= 1u << r;

      if (rule->urgency == SW_URGENCY_TODAY)
        {
          c->today_rules |= 1u << r;
          last_today = MAX (last_today, (int) g_bit_nth_msf (cr->reads, -1));
        }

      if (rule->outcome == SW_OUTCOME_EMERGENCY)
        c->red_flag_questions |= cr->reads;

      if (g_str_equal (rule->id, FALLBACK_RULE))
        c->fallback_rule = r;

      for (guint other = 0; other < r; other++)
        if (g_str_equal (_sw_triage_rules[other].id, rule->id))
          g_error ("triage rule id %s is used twice", rule->id);
    }

  g_assert (c->fallback_rule < N_RULES);
  c->today_known_after = last_today;

  for (guint q = 0; q < N_QUESTIONS; q++)
    if (c->red_flag_questions & (1u << q))
      {
        int yes = _sw_triage_find_option (&_sw_triage_questions[q], "yes");
        int unsure = _sw_triage_find_option (&_sw_triage_questions[q], "unsure");

        if (yes >= 0)
          c->red_flag_mask[q] |= 1u << yes;
        if (unsure >= 0)
          c->red_flag_mask[q] |= 1u << unsure;
      }
}

const Compiled *
_sw_triage_get_compiled (void)
{
  static Compiled compiled;
  static gsize ready = 0;

  if (g_once_init_enter (&ready))
    {
      compile_tables (&compiled);
      g_once_init_leave (&ready, 1);
    }

  return &compiled;
}

/* ---------------------------------------------------------------- evaluation */

#define ALL_QUESTIONS ((guint32) ((1u << N_QUESTIONS) - 1))

typedef struct
{
  gint8   value[N_QUESTIONS];  /* effective option, -1 when skipped */
  guint32 skipped;
  guint32 answered;            /* really answered and not skipped */
} Effective;

/* Section 1.3 step 1: skipped questions have no value, unanswered ones take
 * their default, and a gated question (Q19) is skipped when its gate fails. */
static void
resolve (const Compiled        *c,
         const SwTriageAnswers *answers,
         guint32                skipped,
         Effective             *eff)
{
  eff->answered = 0;

  for (guint q = 0; q < N_QUESTIONS; q++)
    {
      int gate = c->gate_question[q];

      if (gate >= 0 &&
          (eff->value[gate] < 0 || !(c->gate_mask[q] & (1u << eff->value[gate]))))
        skipped |= 1u << q;

      if (skipped & (1u << q))
        eff->value[q] = -1;
      else if (answers->option[q] >= 0)
        {
          eff->value[q] = answers->option[q];
          eff->answered |= 1u << q;
        }
      else
        eff->value[q] = c->default_option[q];
    }

  eff->skipped = skipped;
}

static guint32
fire_rules (const Compiled  *c,
            const Effective *eff)
{
  guint64 holds = 0;
  guint32 fired = 0;

  for (guint q = 0; q < N_QUESTIONS; q++)
    if (eff->value[q] >= 0)
      holds |= c->term_holds[q][eff->value[q]];

  for (guint r = 0; r < N_RULES; r++)
    {
      const CompiledRule *cr = &c->rules[r];

      if ((cr->terms & ~holds) == 0 &&
          (cr->reads & eff->skipped) == 0 &&
          (cr->must_answer & ~eff->answered) == 0)
        fired |= 1u << r;
    }

  return fired;
}

/* The winning level and the deciding rules (section 1.3 steps 2–4). */
static SwOutcome
decide (const Compiled *c,
        guint32         fired,
        guint32        *deciding)
{
  if (fired == 0)
    {
      *deciding = 1u << c->fallback_rule;
      return _sw_triage_rules[c->fallback_rule].outcome;
    }

  for (int level = SW_OUTCOME_EMERGENCY; level > SW_OUTCOME_LIKELY_MUSCULAR; level--)
    if (fired & c->level_rules[level])
      {
        *deciding = fired & c->level_rules[level];
        return level;
      }

  *deciding = fired & c->level_rules[SW_OUTCOME_LIKELY_MUSCULAR];
  return SW_OUTCOME_LIKELY_MUSCULAR;
}

static SwTriageResult *
evaluate_with_skips (const SwTriageAnswers *answers,
                     guint32                skipped)
{
  const Compiled *c = _sw_triage_get_compiled ();
  SwTriageResult *result;
  Effective eff;
  guint32 deciding;

  resolve (c, answers, skipped, &eff);

  result = g_new (SwTriageResult, 1);
  result->fired = fire_rules (c, &eff);
  result->skipped = eff.skipped;
  result->outcome = decide (c, result->fired, &deciding);
  result->answers = *answers;

  if (result->outcome != SW_OUTCOME_SEE_DOCTOR_SOON)
    result->urgency = SW_URGENCY_NONE;
  else if (deciding & c->today_rules)
    result->urgency = SW_URGENCY_TODAY;
  else
    result->urgency = SW_URGENCY_SOON;

  result->n_deciding = 0;
  result->n_also = 0;
  for (guint r = 0, rest = deciding | result->fired; rest != 0; r++, rest >>= 1)
    {
      if (deciding & (1u << r))
        result->deciding[result->n_deciding++] = &_sw_triage_rules[r];
      else if (result->fired & (1u << r))
        result->also[result->n_also++] = &_sw_triage_rules[r];
    }
  result->deciding[result->n_deciding] = NULL;
  result->also[result->n_also] = NULL;

  result->n_red_flags = 0;
  for (guint q = 0, rest = c->red_flag_questions; rest != 0; q++, rest >>= 1)
    if (eff.value[q] >= 0 && (c->red_flag_mask[q] >> eff.value[q]) & 1)
      result->red_flags[result->n_red_flags++] = &_sw_triage_questions[q];
  result->red_flags[result->n_red_flags] = NULL;

  result->advice = sw_triage_get_advice (result->outcome, result->urgency);

  return result;
}

/**
 * sw_triage_evaluate:
 * @answers: a complete or partial answer set
 *
 * Evaluates @answers as given: unanswered questions take their "if
 * unanswered" value, and Q19 counts only when `duration = gt_3d`. Nothing
 * else is skipped, so a complete answer set gives the worked cases of
 * CONTENT-SPEC 1.6 exactly. Use sw_triage_evaluate_flow() for what the
 * questionnaire shows.
 *
 * Returns: (transfer full): the result
 */
SwTriageResult *
sw_triage_evaluate (const SwTriageAnswers *answers)
{
  g_return_val_if_fail (answers != NULL, NULL);

  return evaluate_with_skips (answers, 0);
}

/* ---------------------------------------------------------------------- flow */

static gboolean
gate_open (const Compiled        *c,
           const SwTriageAnswers *answers,
           guint                  q)
{
  int gate = c->gate_question[q];
  int value;

  if (gate < 0)
    return TRUE;

  value = answers->option[gate] >= 0 ? answers->option[gate] : c->default_option[gate];

  return (c->gate_mask[q] >> value) & 1;
}

/* Section 1.3 step 5. With everything after @current skipped, the check is
 * over when an EMERGENCY rule fired, or when a same-day rule fired and every
 * question a same-day rule reads (Q1–Q10) has been asked. */
static gboolean
flow_ends_after (const Compiled        *c,
                 const SwTriageAnswers *answers,
                 int                    current)
{
  guint32 later = ALL_QUESTIONS & ~((2u << current) - 1);
  Effective eff;
  guint32 fired;

  resolve (c, answers, later, &eff);
  fired = fire_rules (c, &eff);

  if (fired & c->level_rules[SW_OUTCOME_EMERGENCY])
    return TRUE;

  return current >= c->today_known_after && (fired & c->today_rules) != 0;
}

/**
 * sw_triage_next_question:
 * @answers: the answers so far
 * @current_index: the question just answered (or left blank), or -1 at the
 *   start
 *
 * Returns: the index of the next question to ask, or -1 when the check is
 *   over and the result should be shown
 */
int
sw_triage_next_question (const SwTriageAnswers *answers,
                         int                    current_index)
{
  const Compiled *c = _sw_triage_get_compiled ();

  g_return_val_if_fail (answers != NULL, -1);
  g_return_val_if_fail (current_index >= -1 && current_index < N_QUESTIONS, -1);

  if (current_index >= 0 && flow_ends_after (c, answers, current_index))
    return -1;

  for (guint q = current_index + 1; q < N_QUESTIONS; q++)
    if (gate_open (c, answers, q))
      return q;

  return -1;
}

static guint32
flow_asked (const SwTriageAnswers *answers)
{
  guint32 asked = 0;

  for (int q = sw_triage_next_question (answers, -1);
       q >= 0;
       q = sw_triage_next_question (answers, q))
    asked |= 1u << q;

  return asked;
}

/**
 * sw_triage_previous_question:
 * @answers: the answers so far
 * @current_index: the question on screen, or -1 for the result page
 *
 * Returns: the question asked before @current_index on the flow's path (the
 *   last one asked when @current_index is -1), or -1 if there is none
 */
int
sw_triage_previous_question (const SwTriageAnswers *answers,
                             int                    current_index)
{
  guint32 asked;

  g_return_val_if_fail (answers != NULL, -1);
  g_return_val_if_fail (current_index >= -1 && current_index < N_QUESTIONS, -1);

  asked = flow_asked (answers);
  if (current_index >= 0)
    asked &= (1u << current_index) - 1;

  return asked == 0 ? -1 : g_bit_nth_msf (asked, -1);
}

/**
 * sw_triage_answers_is_skipped:
 * @answers: the answers so far
 * @index: a question index
 *
 * Returns: %TRUE when the questionnaire flow, given @answers, does not ask
 *   question @index (sw_triage_evaluate_flow() treats it as skipped)
 */
gboolean
sw_triage_answers_is_skipped (const SwTriageAnswers *answers,
                              guint                  index)
{
  g_return_val_if_fail (answers != NULL, FALSE);
  g_return_val_if_fail (index < N_QUESTIONS, FALSE);

  return (flow_asked (answers) & (1u << index)) == 0;
}

/**
 * sw_triage_evaluate_flow:
 * @answers: the answers given in the questionnaire
 *
 * Evaluates @answers as the questionnaire saw them: every question the flow
 * does not ask (see sw_triage_answers_is_skipped()) is skipped, so its rules
 * cannot fire and any stale answer to it is ignored. Questions the flow
 * reached but that were left blank take their "if unanswered" value.
 *
 * Returns: (transfer full): the result
 */
SwTriageResult *
sw_triage_evaluate_flow (const SwTriageAnswers *answers)
{
  g_return_val_if_fail (answers != NULL, NULL);

  return evaluate_with_skips (answers, ALL_QUESTIONS & ~flow_asked (answers));
}

/* ------------------------------------------------------------------ strings */

const char *
sw_outcome_to_string (SwOutcome outcome)
{
  switch (outcome)
    {
    case SW_OUTCOME_LIKELY_MUSCULAR:
      return "LIKELY_MUSCULAR";
    case SW_OUTCOME_WATCH_AND_SELF_CARE:
      return "WATCH_AND_SELF_CARE";
    case SW_OUTCOME_SEE_DOCTOR_SOON:
      return "SEE_DOCTOR_SOON";
    case SW_OUTCOME_EMERGENCY:
      return "EMERGENCY";
    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
sw_outcome_from_string (const char *text,
                        SwOutcome  *outcome)
{
  g_return_val_if_fail (outcome != NULL, FALSE);

  for (int o = SW_OUTCOME_LIKELY_MUSCULAR; o <= SW_OUTCOME_EMERGENCY; o++)
    if (g_strcmp0 (text, sw_outcome_to_string (o)) == 0)
      {
        *outcome = o;
        return TRUE;
      }

  return FALSE;
}

const char *
sw_outcome_get_label (SwOutcome outcome)
{
  switch (outcome)
    {
    case SW_OUTCOME_LIKELY_MUSCULAR:
      return _("Likely muscle soreness");
    case SW_OUTCOME_WATCH_AND_SELF_CARE:
      return _("Self-care and watch");
    case SW_OUTCOME_SEE_DOCTOR_SOON:
      return _("See a doctor");
    case SW_OUTCOME_EMERGENCY:
      return _("Emergency");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
sw_urgency_to_string (SwUrgency urgency)
{
  switch (urgency)
    {
    case SW_URGENCY_NONE:
      return NULL;
    case SW_URGENCY_SOON:
      return "soon";
    case SW_URGENCY_TODAY:
      return "today";
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
sw_offer_to_string (SwOffer offer)
{
  switch (offer)
    {
    case SW_OFFER_NONE:
      return "none";
    case SW_OFFER_GENTLE:
      return "gentle";
    case SW_OFFER_FULL:
      return "full";
    default:
      g_return_val_if_reached (NULL);
    }
}

static const char *
translate (const char *msgid)
{
  return msgid != NULL ? _(msgid) : NULL;
}

/* ---------------------------------------------------------------- questions */

guint
sw_triage_get_n_questions (void)
{
  return N_QUESTIONS;
}

const SwTriageQuestion *
sw_triage_get_question (guint index)
{
  g_return_val_if_fail (index < N_QUESTIONS, NULL);

  return &_sw_triage_questions[index];
}

const SwTriageQuestion *
sw_triage_lookup_question (const char *key)
{
  int q;

  g_return_val_if_fail (key != NULL, NULL);

  q = _sw_triage_find_question (key);

  return q >= 0 ? &_sw_triage_questions[q] : NULL;
}

guint
sw_triage_question_get_index (const SwTriageQuestion *question)
{
  g_return_val_if_fail (question >= _sw_triage_questions &&
                        question < _sw_triage_questions + N_QUESTIONS, 0);

  return question - _sw_triage_questions;
}

int
sw_triage_question_find_option (const SwTriageQuestion *question,
                                const char             *value)
{
  g_return_val_if_fail (question != NULL, -1);

  return _sw_triage_find_option (question, value);
}

const char *
sw_triage_question_get_text (const SwTriageQuestion *question)
{
  g_return_val_if_fail (question != NULL, NULL);

  return translate (question->text);
}

const char *
sw_triage_question_get_help (const SwTriageQuestion *question)
{
  g_return_val_if_fail (question != NULL, NULL);

  return translate (question->help);
}

const char *
sw_triage_option_get_label (const SwTriageOption *option)
{
  g_return_val_if_fail (option != NULL, NULL);

  return translate (option->label);
}

const char *
sw_triage_option_get_subtitle (const SwTriageOption *option)
{
  g_return_val_if_fail (option != NULL, NULL);

  return translate (option->subtitle);
}

/* -------------------------------------------------------------------- rules */

guint
sw_triage_get_n_rules (void)
{
  return N_RULES;
}

const SwTriageRule *
sw_triage_get_rule (guint index)
{
  g_return_val_if_fail (index < N_RULES, NULL);

  return &_sw_triage_rules[index];
}

const SwTriageRule *
sw_triage_lookup_rule (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  for (guint r = 0; r < N_RULES; r++)
    if (g_str_equal (_sw_triage_rules[r].id, id))
      return &_sw_triage_rules[r];

  return NULL;
}

guint
sw_triage_rule_get_index (const SwTriageRule *rule)
{
  g_return_val_if_fail (rule >= _sw_triage_rules && rule < _sw_triage_rules + N_RULES, 0);

  return rule - _sw_triage_rules;
}

const char *
sw_triage_rule_get_id (const SwTriageRule *rule)
{
  g_return_val_if_fail (rule != NULL, NULL);

  return rule->id;
}

SwOutcome
sw_triage_rule_get_outcome (const SwTriageRule *rule)
{
  g_return_val_if_fail (rule != NULL, SW_OUTCOME_WATCH_AND_SELF_CARE);

  return rule->outcome;
}

SwUrgency
sw_triage_rule_get_urgency (const SwTriageRule *rule)
{
  g_return_val_if_fail (rule != NULL, SW_URGENCY_NONE);

  return rule->urgency;
}

const char *
sw_triage_rule_get_reason (const SwTriageRule *rule)
{
  g_return_val_if_fail (rule != NULL, NULL);

  return _(rule->reason);
}

const char *
sw_triage_rule_get_source (const SwTriageRule *rule)
{
  g_return_val_if_fail (rule != NULL, NULL);

  return rule->source;
}

gboolean
sw_triage_rule_reads_question (const SwTriageRule *rule,
                               guint               index)
{
  g_return_val_if_fail (rule >= _sw_triage_rules && rule < _sw_triage_rules + N_RULES, FALSE);
  g_return_val_if_fail (index < N_QUESTIONS, FALSE);

  return (_sw_triage_get_compiled ()->rules[rule - _sw_triage_rules].reads >> index) & 1;
}

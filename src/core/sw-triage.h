/* sw-triage.h: the symptom checker — questions, rules, flow and advice as data
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * SwTriage sorts the answers to 19 questions into how urgently someone should
 * get help (CONTENT-SPEC section 1). It is not a diagnosis.
 *
 * Everything is driven by two static tables in sw-triage-tables.c: the questions
 * (stable keys, options, "if unanswered" values) and the rules (id, outcome,
 * urgency, reason, source, and a condition written as data). Evaluation, the
 * questionnaire flow, `sitwell --check`, `sitwell --check-rules` and the tests
 * all read those same tables.
 *
 * Strings
 *   Fields of SwTriageQuestion and SwTriageOption are untranslated msgids
 *   (marked N_() in the table). Use the sw_triage_question_get_*() and
 *   sw_triage_option_get_*() helpers, which translate, or pass them to _().
 *   Every other function returning user-visible text returns it translated.
 *   Keys and rule ids are never translated.
 *
 * States of a question (section 1.3 step 1)
 *   answered     the person chose an option;
 *   unanswered   not reached or left blank: takes the question's
 *                `if_unanswered` value, but does not count as "really
 *                answered" (M1 needs Q11–Q18 really answered);
 *   skipped      has no value at all; a rule that reads a skipped question
 *                does not fire.
 *
 * Two ways to evaluate
 *   sw_triage_evaluate()       a complete answer set as given (the CLI, the
 *                              worked cases). The only skip is Q19, which
 *                              counts only when `duration = gt_3d`.
 *   sw_triage_evaluate_flow()  what the questionnaire shows: every question
 *                              the flow would not ask, given these answers, is
 *                              skipped (sw_triage_answers_is_skipped()). A red
 *                              flag `yes` skips everything after it; a
 *                              same-day rule firing on Q1–Q10 skips Q11–Q19.
 *                              Answers left over for skipped questions (say
 *                              after going Back and changing Q7) are ignored.
 *
 * A questionnaire page walks the flow like this:
 *
 *   int i = sw_triage_next_question (answers, -1);      // 0
 *   … show question i, store the choice with sw_triage_answers_set() …
 *   i = sw_triage_next_question (answers, i);           // -1: show the result
 *   result = sw_triage_evaluate_flow (answers);
 */

/* Ordered by severity: a larger value is more urgent. */
typedef enum
{
  SW_OUTCOME_LIKELY_MUSCULAR,
  SW_OUTCOME_WATCH_AND_SELF_CARE,
  SW_OUTCOME_SEE_DOCTOR_SOON,
  SW_OUTCOME_EMERGENCY,
} SwOutcome;

/* Applies to SW_OUTCOME_SEE_DOCTOR_SOON only; NONE for every other outcome. */
typedef enum
{
  SW_URGENCY_NONE,
  SW_URGENCY_SOON,  /* book within a few days */
  SW_URGENCY_TODAY, /* in person the same day */
} SwUrgency;

/* What may be offered after a result (section 1.4). */
typedef enum
{
  SW_OFFER_NONE,
  SW_OFFER_GENTLE,
  SW_OFFER_FULL,
} SwOffer;

typedef enum
{
  SW_TRIAGE_ERROR_UNKNOWN_QUESTION,
  SW_TRIAGE_ERROR_UNKNOWN_VALUE,
  SW_TRIAGE_ERROR_DUPLICATE,
  SW_TRIAGE_ERROR_MALFORMED,
} SwTriageError;

#define SW_TRIAGE_ERROR (sw_triage_error_quark ())
GQuark sw_triage_error_quark (void);

#define SW_TYPE_OUTCOME        (sw_outcome_get_type ())
#define SW_TYPE_URGENCY        (sw_urgency_get_type ())
#define SW_TYPE_OFFER          (sw_offer_get_type ())
#define SW_TYPE_TRIAGE_ANSWERS (sw_triage_answers_get_type ())
#define SW_TYPE_TRIAGE_RESULT  (sw_triage_result_get_type ())

GType sw_outcome_get_type        (void) G_GNUC_CONST;
GType sw_urgency_get_type        (void) G_GNUC_CONST;
GType sw_offer_get_type          (void) G_GNUC_CONST;
GType sw_triage_answers_get_type (void) G_GNUC_CONST;
GType sw_triage_result_get_type  (void) G_GNUC_CONST;

/* "EMERGENCY", "SEE_DOCTOR_SOON", … (as in CONTENT-SPEC and the JSON). */
const char *sw_outcome_to_string   (SwOutcome  outcome);
gboolean    sw_outcome_from_string (const char *text,
                                    SwOutcome  *outcome);
/* A short translated name, e.g. "See a doctor" (journal timeline, lists). */
const char *sw_outcome_get_label   (SwOutcome  outcome);
/* "today", "soon", or NULL for SW_URGENCY_NONE. */
const char *sw_urgency_to_string   (SwUrgency  urgency);
/* "none", "gentle", "full". */
const char *sw_offer_to_string     (SwOffer    offer);

/* ---------------------------------------------------------------- questions */

typedef struct
{
  const char *key;      /* stable value key, e.g. "yes", "calf_to_foot" */
  const char *label;    /* msgid */
  const char *subtitle; /* msgid or NULL */
} SwTriageOption;

typedef struct
{
  const char           *key;              /* stable, e.g. "rf_saddle" */
  guint                 number;           /* 1..19, as CONTENT-SPEC numbers them */
  const char           *text;             /* msgid: the question */
  const char           *help;             /* msgid or NULL */
  const SwTriageOption *options;
  guint                 n_options;
  const char           *if_unanswered;    /* option key used when unanswered */
  const char           *only_if_question; /* asked only when this question… */
  const char           *only_if_value;    /* …has this value; NULL: always */
} SwTriageQuestion;

guint                   sw_triage_get_n_questions        (void);
const SwTriageQuestion *sw_triage_get_question           (guint                   index);
const SwTriageQuestion *sw_triage_lookup_question        (const char             *key);
/* Index of @question in the table (0..18). */
guint                   sw_triage_question_get_index     (const SwTriageQuestion *question);
/* Index of the option with key @value, or -1. */
int                     sw_triage_question_find_option   (const SwTriageQuestion *question,
                                                          const char             *value);
/* Translated texts; help and subtitle may be NULL. */
const char             *sw_triage_question_get_text      (const SwTriageQuestion *question);
const char             *sw_triage_question_get_help      (const SwTriageQuestion *question);
const char             *sw_triage_option_get_label       (const SwTriageOption   *option);
const char             *sw_triage_option_get_subtitle    (const SwTriageOption   *option);

/* -------------------------------------------------------------------- rules */

typedef struct _SwTriageRule SwTriageRule;

guint               sw_triage_get_n_rules         (void);
const SwTriageRule *sw_triage_get_rule            (guint               index);
const SwTriageRule *sw_triage_lookup_rule         (const char         *id);
guint               sw_triage_rule_get_index      (const SwTriageRule *rule);
const char         *sw_triage_rule_get_id         (const SwTriageRule *rule);
SwOutcome           sw_triage_rule_get_outcome    (const SwTriageRule *rule);
SwUrgency           sw_triage_rule_get_urgency    (const SwTriageRule *rule);
/* Translated "because you said" text, e.g. "You have new numbness…". */
const char         *sw_triage_rule_get_reason     (const SwTriageRule *rule);
/* Where the rule comes from (untranslated citation). */
const char         *sw_triage_rule_get_source     (const SwTriageRule *rule);
/* The condition rendered from the data, e.g. "`weakness ∈ {yes, unsure}`". */
char               *sw_triage_rule_get_condition  (const SwTriageRule *rule);
/* TRUE if the rule's condition reads question @index (M1's "answered" range
 * included). */
gboolean            sw_triage_rule_reads_question (const SwTriageRule *rule,
                                                   guint               index);

/* ------------------------------------------------------------------ answers */

typedef struct _SwTriageAnswers SwTriageAnswers;

SwTriageAnswers *sw_triage_answers_new        (void);
SwTriageAnswers *sw_triage_answers_copy       (const SwTriageAnswers *answers);
void             sw_triage_answers_free       (SwTriageAnswers       *answers);
/* Fails with UNKNOWN_QUESTION or UNKNOWN_VALUE; the message names the bad key
 * or value and lists the valid choices. */
gboolean         sw_triage_answers_set        (SwTriageAnswers       *answers,
                                               const char            *key,
                                               const char            *value,
                                               GError               **error);
void             sw_triage_answers_unset      (SwTriageAnswers       *answers,
                                               const char            *key);
/* The chosen option key, or NULL if unanswered. */
const char      *sw_triage_answers_get        (const SwTriageAnswers *answers,
                                               const char            *key);
/* By index, for pages and loops: @option is an option index or -1 to unset;
 * get returns -1 when unanswered. */
void             sw_triage_answers_set_option (SwTriageAnswers       *answers,
                                               guint                  question,
                                               int                    option);
int              sw_triage_answers_get_option (const SwTriageAnswers *answers,
                                               guint                  question);
/* TRUE when the flow, given these answers, does not ask question @index. */
gboolean         sw_triage_answers_is_skipped (const SwTriageAnswers *answers,
                                               guint                  index);
/* "key=value,key=value" (whitespace around keys, values and commas is
 * ignored; "" gives no answers). Errors: UNKNOWN_QUESTION, UNKNOWN_VALUE,
 * DUPLICATE (a key given twice), MALFORMED (a pair that is not key=value). */
SwTriageAnswers *sw_triage_answers_parse      (const char            *text,
                                               GError               **error);
/* The answered questions as "key=value,…" in question order (parse() reads
 * it back); "" when nothing is answered. */
char            *sw_triage_answers_to_string  (const SwTriageAnswers *answers);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SwTriageAnswers, sw_triage_answers_free)

/* --------------------------------------------------------------------- flow */

/* The index of the next question to ask after @current_index (-1 at the start
 * gives 0), or -1 when the check is over: after a `yes` on Q1–Q6; after Q10
 * when a same-day rule (S1–S5) fired; after Q18 unless `duration = gt_3d`. */
int sw_triage_next_question     (const SwTriageAnswers *answers,
                                 int                    current_index);
/* The question asked before @current_index on the flow's path, or, with
 * @current_index -1 (the result page), the last question asked. -1 before
 * the first question. */
int sw_triage_previous_question (const SwTriageAnswers *answers,
                                 int                    current_index);

/* ------------------------------------------------------------------- result */

typedef struct _SwTriageResult SwTriageResult;

/* Pure functions; see the overview above for the difference. */
SwTriageResult *sw_triage_evaluate      (const SwTriageAnswers *answers);
SwTriageResult *sw_triage_evaluate_flow (const SwTriageAnswers *answers);

SwTriageResult            *sw_triage_result_copy             (const SwTriageResult *result);
void                       sw_triage_result_free             (SwTriageResult       *result);
SwOutcome                  sw_triage_result_get_outcome      (const SwTriageResult *result);
SwUrgency                  sw_triage_result_get_urgency      (const SwTriageResult *result);
/* Fired rules at the winning level, in table order (NULL-terminated; @n_rules
 * may be NULL). When no rule fired this is W4 alone (section 1.3 step 3). */
const SwTriageRule *const *sw_triage_result_get_deciding     (const SwTriageResult *result,
                                                              guint                *n_rules);
/* Fired rules below the winning level ("Also noted"), in table order. */
const SwTriageRule *const *sw_triage_result_get_also_noted   (const SwTriageResult *result,
                                                              guint                *n_rules);
/* TRUE if @rule's condition held (W4 as a fallback does not count). */
gboolean                   sw_triage_result_rule_fired       (const SwTriageResult *result,
                                                              const SwTriageRule   *rule);
SwOffer                    sw_triage_result_get_exercises    (const SwTriageResult *result);
SwOffer                    sw_triage_result_get_massage      (const SwTriageResult *result);
gboolean                   sw_triage_result_get_compress     (const SwTriageResult *result);
/* NULL, "flare", or "persona" (the user's own plan, `office` by default). */
const char                *sw_triage_result_get_plan         (const SwTriageResult *result);
/* Red-flag questions (those the EMERGENCY rules read: Q1–Q6) whose value is
 * `yes` or `unsure`, in question order (NULL-terminated). */
const SwTriageQuestion *const *sw_triage_result_get_red_flags (const SwTriageResult *result,
                                                               guint                *n_questions);
/* The answers the result was computed from, and whether a question was
 * skipped (no value) in that evaluation. */
const SwTriageAnswers     *sw_triage_result_get_answers      (const SwTriageResult *result);
gboolean                   sw_triage_result_is_skipped       (const SwTriageResult *result,
                                                              guint                 index);
/* One JSON object: {"outcome": …, "urgency": …, "deciding": […], "also": […],
 * "offers": {"exercises": …, "massage": …, "compress": …, "plan": …}}. */
char                      *sw_triage_result_to_json          (const SwTriageResult *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SwTriageResult, sw_triage_result_free)

/* ------------------------------------------------------------------- advice */

typedef struct _SwTriageAdvice SwTriageAdvice;

/* @urgency matters for SW_OUTCOME_SEE_DOCTOR_SOON only. */
const SwTriageAdvice *sw_triage_get_advice              (SwOutcome             outcome,
                                                         SwUrgency             urgency);
const SwTriageAdvice *sw_triage_result_get_advice       (const SwTriageResult *result);
/* All translated: e.g. "Get emergency help now." */
const char           *sw_triage_advice_get_headline     (const SwTriageAdvice *advice);
const char           *sw_triage_advice_get_summary      (const SwTriageAdvice *advice);
/* "What to do now". */
guint                 sw_triage_advice_get_n_steps      (const SwTriageAdvice *advice);
const char           *sw_triage_advice_get_step         (const SwTriageAdvice *advice,
                                                         guint                 index);
/* "When to get help": full sentences; may be none (EMERGENCY). */
guint                 sw_triage_advice_get_n_seek_care  (const SwTriageAdvice *advice);
const char           *sw_triage_advice_get_seek_care    (const SwTriageAdvice *advice,
                                                         guint                 index);

/* The six emergency signs shown as a safety net on every result. */
guint                 sw_triage_get_n_emergency_signs   (void);
const char           *sw_triage_get_emergency_sign      (guint                 index);
/* "Not a diagnosis…", shown with every result. */
const char           *sw_triage_get_disclaimer          (void);

/* The question table, the derived terms, the rule table (conditions rendered
 * from the data) and what each outcome offers, as Markdown. */
char                 *sw_triage_rules_to_markdown       (void);

G_END_DECLS

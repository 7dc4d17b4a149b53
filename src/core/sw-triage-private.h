/* sw-triage-private.h: the checker's tables and compiled form, shared by its files
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sw-triage.h"

G_BEGIN_DECLS

/*
 * The tables in sw-triage-tables.c are the single source of the checker
 * (CONTENT-SPEC 1.1, 1.2, 1.4). They name questions and values by their
 * stable keys so that a reviewer can read them; compile_tables() in
 * sw-triage.c resolves every key to an index once, and evaluation then works
 * on small integers and bit masks only. sw-triage-format.c renders results
 * and the tables as JSON and Markdown.
 */

#define N_QUESTIONS 19
#define N_RULES     22
#define MAX_OPTIONS  4
#define MAX_TERMS    7

/* -------------------------------------------------------------------- rules */

/* One atom: `question ∈ values` (or `∉` when negate is set). */
typedef struct
{
  const char *question;
  const char *values[MAX_OPTIONS + 1];
  gboolean    negate;
} AtomDef;

/* One term: a derived term by name, or the OR of its atoms. */
typedef struct
{
  const char    *derived;
  const AtomDef *any_of;
} TermDef;

typedef struct
{
  const char    *name;
  const AtomDef *any_of;
} DerivedDef;

struct _SwTriageRule
{
  const char *id;
  SwOutcome   outcome;
  SwUrgency   urgency;
  const char *reason;
  const char *source;
  TermDef     all_of[MAX_TERMS];   /* AND; ends at the first empty term */
  const char *answered_first;      /* every question from answered_first */
  const char *answered_last;       /* to answered_last really answered */
};

/* Used when no rule fired (section 1.3 step 3). */
#define FALLBACK_RULE "W4"

/* ------------------------------------------------------------------- advice */

#define MAX_STEPS 7

struct _SwTriageAdvice
{
  SwOutcome   outcome;
  SwUrgency   urgency;
  const char *headline;
  const char *summary;
  const char *steps[MAX_STEPS + 1];      /* NULL-terminated */
  const char *seek_care[MAX_STEPS + 1];  /* NULL-terminated */
  SwOffer     exercises;
  SwOffer     massage;
  gboolean    compress;
  const char *plan;
};

/* ----------------------------------------------------------- compiled tables */

/* Every term of every rule gets one bit. term_holds[q][o] has the bits of the
 * terms that `question q = option o` satisfies, so the terms an answer set
 * satisfies are the OR of one table entry per question, and a rule fires when
 * all of its term bits are set. */
typedef struct
{
  guint64 terms;        /* the rule's term bits (AND) */
  guint32 reads;        /* questions the condition reads */
  guint32 must_answer;  /* questions that must be really answered */
} CompiledRule;

typedef struct
{
  guint64      term_holds[N_QUESTIONS][MAX_OPTIONS];
  guint        n_terms;
  gint8        default_option[N_QUESTIONS];
  gint8        gate_question[N_QUESTIONS];  /* -1: always asked */
  guint8       gate_mask[N_QUESTIONS];
  guint8       red_flag_mask[N_QUESTIONS];  /* yes/unsure options of red-flag questions */
  CompiledRule rules[N_RULES];
  guint32      level_rules[SW_OUTCOME_EMERGENCY + 1];
  guint32      today_rules;
  guint32      red_flag_questions;
  int          today_known_after;  /* last question any same-day rule reads */
  guint        fallback_rule;
} Compiled;

struct _SwTriageAnswers
{
  gint8 option[N_QUESTIONS];  /* -1: unanswered */
};

struct _SwTriageResult
{
  SwOutcome               outcome;
  SwUrgency               urgency;
  guint32                 fired;
  guint32                 skipped;
  guint                   n_deciding;
  guint                   n_also;
  guint                   n_red_flags;
  const SwTriageAdvice   *advice;
  const SwTriageRule     *deciding[N_RULES + 1];
  const SwTriageRule     *also[N_RULES + 1];
  const SwTriageQuestion *red_flags[N_QUESTIONS + 1];
  SwTriageAnswers         answers;
};

/* ------------------------------------------------------------------- tables */

/* In sw-triage-tables.c. Questions and rules are in CONTENT-SPEC order. */
extern const SwTriageQuestion _sw_triage_questions[N_QUESTIONS];
extern const SwTriageRule     _sw_triage_rules[N_RULES];
extern const DerivedDef       _sw_triage_derived_terms[];
extern const guint            _sw_triage_n_derived_terms;
extern const SwTriageAdvice   _sw_triage_advice[];
extern const guint            _sw_triage_n_advice;
extern const char *const      _sw_triage_emergency_signs[];
extern const guint            _sw_triage_n_emergency_signs;
extern const char *const      _sw_triage_disclaimer;

/* In sw-triage.c: the tables compiled on first use, and lookups by key
 * (-1 when there is no such question or option). */
const Compiled *_sw_triage_get_compiled  (void);
int             _sw_triage_find_question (const char             *key);
int             _sw_triage_find_option   (const SwTriageQuestion *question,
                                          const char             *value);

G_END_DECLS

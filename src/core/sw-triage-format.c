/* sw-triage-format.c: the symptom checker's results and rules as JSON and Markdown
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-triage-private.h"

#include <glib/gi18n-lib.h>

/* --------------------------------------------------------------- conditions */

static void
append_atoms (GString       *out,
              const AtomDef *atoms,
              gboolean       parenthesise)
{
  gboolean several = atoms[0].question != NULL && atoms[1].question != NULL;

  if (several && parenthesise)
    g_string_append_c (out, '(');

  for (const AtomDef *atom = atoms; atom->question != NULL; atom++)
    {
      if (atom != atoms)
        g_string_append (out, " OR ");

      g_string_append_printf (out, "`%s ", atom->question);
      if (atom->values[1] == NULL)
        g_string_append_printf (out, "%s %s`", atom->negate ? "≠" : "=", atom->values[0]);
      else
        {
          g_string_append (out, atom->negate ? "∉ {" : "∈ {");
          for (guint v = 0; atom->values[v] != NULL; v++)
            g_string_append_printf (out, "%s%s", v > 0 ? ", " : "", atom->values[v]);
          g_string_append (out, "}`");
        }
    }

  if (several && parenthesise)
    g_string_append_c (out, ')');
}

/**
 * sw_triage_rule_get_condition:
 * @rule: a rule
 *
 * Renders the rule's condition from the table, e.g.
 * "`worse_with ∈ {walking, both}` AND (`back_pain = yes` OR …)".
 *
 * Returns: (transfer full): the condition
 */
char *
sw_triage_rule_get_condition (const SwTriageRule *rule)
{
  GString *out = g_string_new (NULL);
  guint n_terms = 0;

  g_return_val_if_fail (rule != NULL, NULL);

  while (n_terms < MAX_TERMS &&
         (rule->all_of[n_terms].derived != NULL || rule->all_of[n_terms].any_of != NULL))
    n_terms++;

  if (rule->answered_first != NULL)
    g_string_append_printf (out, "Q%u–Q%u (`%s` … `%s`) all really answered AND ",
                            sw_triage_lookup_question (rule->answered_first)->number,
                            sw_triage_lookup_question (rule->answered_last)->number,
                            rule->answered_first, rule->answered_last);

  for (guint t = 0; t < n_terms; t++)
    {
      const TermDef *term = &rule->all_of[t];

      if (t > 0)
        g_string_append (out, " AND ");

      if (term->derived != NULL)
        g_string_append_printf (out, "**%s**", term->derived);
      else
        append_atoms (out, term->any_of, n_terms > 1 || rule->answered_first != NULL);
    }

  return g_string_free (out, FALSE);
}

/* --------------------------------------------------------------------- json */

static void
append_json_string (GString    *out,
                    const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          if ((guchar) *p < 0x20)
            g_string_append_printf (out, "\\u%04x", (guint) (guchar) *p);
          else
            g_string_append_c (out, *p);
        }
    }
  g_string_append_c (out, '"');
}

static void
append_json_string_or_null (GString    *out,
                            const char *text)
{
  if (text == NULL)
    g_string_append (out, "null");
  else
    append_json_string (out, text);
}

static void
append_json_rules (GString                   *out,
                   const SwTriageRule *const *list)
{
  g_string_append_c (out, '[');
  for (guint i = 0; list[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      append_json_string (out, list[i]->id);
    }
  g_string_append_c (out, ']');
}

/**
 * sw_triage_result_to_json:
 * @result: a result
 *
 * The one JSON object `sitwell --check` prints, without a trailing newline:
 * `{"outcome": "SEE_DOCTOR_SOON", "urgency": "soon", "deciding": ["S6"],
 * "also": ["W1"], "offers": {"exercises": "gentle", "massage": "none",
 * "compress": true, "plan": "flare"}}`. `urgency` is null outside
 * SEE_DOCTOR_SOON and `plan` null when no plan is offered.
 *
 * Returns: (transfer full): the JSON text
 */
char *
sw_triage_result_to_json (const SwTriageResult *result)
{
  GString *out;

  g_return_val_if_fail (result != NULL, NULL);

  out = g_string_new ("{\"outcome\": ");
  append_json_string (out, sw_outcome_to_string (result->outcome));
  g_string_append (out, ", \"urgency\": ");
  append_json_string_or_null (out, sw_urgency_to_string (result->urgency));
  g_string_append (out, ", \"deciding\": ");
  append_json_rules (out, result->deciding);
  g_string_append (out, ", \"also\": ");
  append_json_rules (out, result->also);
  g_string_append (out, ", \"offers\": {\"exercises\": ");
  append_json_string (out, sw_offer_to_string (result->advice->exercises));
  g_string_append (out, ", \"massage\": ");
  append_json_string (out, sw_offer_to_string (result->advice->massage));
  g_string_append_printf (out, ", \"compress\": %s, \"plan\": ",
                          result->advice->compress ? "true" : "false");
  append_json_string_or_null (out, result->advice->plan);
  g_string_append (out, "}}");

  return g_string_free (out, FALSE);
}

/* ----------------------------------------------------------------- markdown */

static void
append_cell (GString    *out,
             const char *text)
{
  g_string_append (out, " ");
  for (const char *p = text != NULL ? text : "—"; *p != '\0'; p++)
    {
      if (*p == '|')
        g_string_append (out, "\\|");
      else if (*p == '\n')
        g_string_append_c (out, ' ');
      else
        g_string_append_c (out, *p);
    }
  g_string_append (out, " |");
}

/**
 * sw_triage_rules_to_markdown:
 *
 * Everything the checker decides, rendered from the tables for review by a
 * clinician (`sitwell --check-rules`).
 *
 * Returns: (transfer full): Markdown text
 */
char *
sw_triage_rules_to_markdown (void)
{
  const Compiled *c = _sw_triage_get_compiled ();
  GString *out = g_string_new (NULL);

  g_string_append (out, "# Sitwell symptom checker: questions and rules\n\n");
  g_string_append_printf (out, "%s\n\n", sw_triage_get_disclaimer ());

  g_string_append (out, "## Questions\n\n"
                   "| # | key | question | options | if unanswered | asked |\n"
                   "|---|---|---|---|---|---|\n");
  for (guint q = 0; q < N_QUESTIONS; q++)
    {
      const SwTriageQuestion *question = &_sw_triage_questions[q];
      g_autoptr(GString) options = g_string_new (NULL);
      g_autofree char *key = g_strdup_printf ("`%s`", question->key);
      g_autofree char *fallback = g_strdup_printf ("`%s`", question->if_unanswered);
      g_autofree char *asked = NULL;
      g_autofree char *text = NULL;

      for (guint o = 0; o < question->n_options; o++)
        g_string_append_printf (options, "%s`%s` %s", o > 0 ? " · " : "",
                                question->options[o].key,
                                sw_triage_option_get_label (&question->options[o]));

      if (question->only_if_question != NULL)
        asked = g_strdup_printf ("only if `%s = %s`",
                                 question->only_if_question, question->only_if_value);
      else
        asked = g_strdup ("always");

      if (question->help != NULL)
        text = g_strdup_printf ("%s (%s)", sw_triage_question_get_text (question),
                                sw_triage_question_get_help (question));
      else
        text = g_strdup (sw_triage_question_get_text (question));

      g_string_append_printf (out, "| %u |", question->number);
      append_cell (out, key);
      append_cell (out, text);
      append_cell (out, options->str);
      append_cell (out, fallback);
      append_cell (out, asked);
      g_string_append_c (out, '\n');
    }

  g_string_append (out, "\n## Derived terms\n\n");
  for (guint i = 0; i < _sw_triage_n_derived_terms; i++)
    {
      g_string_append_printf (out, "- **%s** := ", _sw_triage_derived_terms[i].name);
      append_atoms (out, _sw_triage_derived_terms[i].any_of, FALSE);
      g_string_append_c (out, '\n');
    }

  g_string_append (out, "\n## Rules\n\n"
                   "| id | outcome | urgency | fires when | reason | source |\n"
                   "|---|---|---|---|---|---|\n");
  for (guint r = 0; r < N_RULES; r++)
    {
      const SwTriageRule *rule = &_sw_triage_rules[r];
      g_autofree char *condition = sw_triage_rule_get_condition (rule);

      g_string_append (out, "|");
      append_cell (out, rule->id);
      append_cell (out, sw_outcome_to_string (rule->outcome));
      append_cell (out, sw_urgency_to_string (rule->urgency));
      append_cell (out, condition);
      append_cell (out, sw_triage_rule_get_reason (rule));
      append_cell (out, rule->source);
      g_string_append_c (out, '\n');
    }

  g_string_append (out,
                   "\n## Precedence\n\n"
                   "1. A skipped question has no value and a rule that reads it does "
                   "not fire; an unanswered question takes its “if unanswered” value. "
                   "A question asked “only if” counts only when that condition holds.\n");
  g_string_append_printf (out,
                          "2. Every rule is evaluated on its own. The outcome is the highest "
                          "level that fired: EMERGENCY > SEE_DOCTOR_SOON > "
                          "WATCH_AND_SELF_CARE > LIKELY_MUSCULAR.\n"
                          "3. If no rule fired, the outcome is WATCH_AND_SELF_CARE with %s "
                          "deciding.\n"
                          "4. Deciding rules are the fired rules at the winning level; the "
                          "others are “also noted”. Urgency is `today` if any deciding rule "
                          "is `today`, else `soon` (SEE_DOCTOR_SOON only).\n"
                          "5. Flow: a `yes` to a question an EMERGENCY rule reads "
                          "(Q%u–Q%u) ends the check at once; after Q%u, the last question a "
                          "`today` rule reads, a fired `today` rule ends the check.\n",
                          FALLBACK_RULE,
                          g_bit_nth_lsf (c->red_flag_questions, -1) + 1,
                          g_bit_nth_msf (c->red_flag_questions, -1) + 1,
                          c->today_known_after + 1);

  g_string_append (out, "\n## What each outcome offers\n\n"
                   "| outcome | urgency | headline | exercises | massage "
                   "| compress timer | plan |\n"
                   "|---|---|---|---|---|---|---|\n");
  for (guint i = 0; i < _sw_triage_n_advice; i++)
    {
      const SwTriageAdvice *advice = &_sw_triage_advice[i];

      g_string_append (out, "|");
      append_cell (out, sw_outcome_to_string (advice->outcome));
      append_cell (out, sw_urgency_to_string (advice->urgency));
      append_cell (out, _(advice->headline));
      append_cell (out, sw_offer_to_string (advice->exercises));
      append_cell (out, sw_offer_to_string (advice->massage));
      append_cell (out, advice->compress ? "yes" : "no");
      append_cell (out, advice->plan);
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

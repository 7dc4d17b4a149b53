/* sw-triage-answers.c: a person's answers to the checker, set, read and parsed
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-triage.h"
#include "sw-triage-private.h"

#include <string.h>

#include <glib/gi18n-lib.h>

G_DEFINE_BOXED_TYPE (SwTriageAnswers, sw_triage_answers,
                     sw_triage_answers_copy, sw_triage_answers_free)

/* ------------------------------------------------------------------ answers */

SwTriageAnswers *
sw_triage_answers_new (void)
{
  SwTriageAnswers *answers = g_new (SwTriageAnswers, 1);

  memset (answers->option, -1, sizeof answers->option);

  return answers;
}

SwTriageAnswers *
sw_triage_answers_copy (const SwTriageAnswers *answers)
{
  g_return_val_if_fail (answers != NULL, NULL);

  return g_memdup2 (answers, sizeof *answers);
}

void
sw_triage_answers_free (SwTriageAnswers *answers)
{
  g_free (answers);
}

static char *
join_question_keys (void)
{
  GString *out = g_string_new (NULL);

  for (guint q = 0; q < N_QUESTIONS; q++)
    g_string_append_printf (out, "%s%s", q > 0 ? ", " : "", _sw_triage_questions[q].key);

  return g_string_free (out, FALSE);
}

static char *
join_option_keys (const SwTriageQuestion *question)
{
  GString *out = g_string_new (NULL);

  for (guint o = 0; o < question->n_options; o++)
    g_string_append_printf (out, "%s%s", o > 0 ? ", " : "", question->options[o].key);

  return g_string_free (out, FALSE);
}

static gboolean
lookup_answer (const char  *key,
               const char  *value,
               int         *question_out,
               int         *option_out,
               GError     **error)
{
  int q = _sw_triage_find_question (key);
  int o;

  if (q < 0)
    {
      g_autofree char *valid = join_question_keys ();

      g_set_error (error, SW_TRIAGE_ERROR, SW_TRIAGE_ERROR_UNKNOWN_QUESTION,
                   _("There is no question “%s”. Valid questions: %s."), key, valid);
      return FALSE;
    }

  o = _sw_triage_find_option (&_sw_triage_questions[q], value);
  if (o < 0)
    {
      g_autofree char *valid = join_option_keys (&_sw_triage_questions[q]);

      g_set_error (error, SW_TRIAGE_ERROR, SW_TRIAGE_ERROR_UNKNOWN_VALUE,
                   _("“%s” is not an answer to “%s”. Valid answers: %s."),
                   value, key, valid);
      return FALSE;
    }

  *question_out = q;
  *option_out = o;

  return TRUE;
}

/**
 * sw_triage_answers_set:
 * @answers: the answers
 * @key: a question key, e.g. "rf_saddle"
 * @value: one of its option keys, e.g. "no"
 * @error: return location for a #GError
 *
 * Returns: %TRUE if @key and @value are valid and the answer was stored
 */
gboolean
sw_triage_answers_set (SwTriageAnswers  *answers,
                       const char       *key,
                       const char       *value,
                       GError          **error)
{
  int q, o;

  g_return_val_if_fail (answers != NULL, FALSE);
  g_return_val_if_fail (key != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!lookup_answer (key, value, &q, &o, error))
    return FALSE;

  answers->option[q] = o;

  return TRUE;
}

void
sw_triage_answers_unset (SwTriageAnswers *answers,
                         const char      *key)
{
  int q;

  g_return_if_fail (answers != NULL);
  g_return_if_fail (key != NULL);

  q = _sw_triage_find_question (key);
  g_return_if_fail (q >= 0);

  answers->option[q] = -1;
}

const char *
sw_triage_answers_get (const SwTriageAnswers *answers,
                       const char            *key)
{
  int q;

  g_return_val_if_fail (answers != NULL, NULL);
  g_return_val_if_fail (key != NULL, NULL);

  q = _sw_triage_find_question (key);
  g_return_val_if_fail (q >= 0, NULL);

  return answers->option[q] >= 0 ? _sw_triage_questions[q].options[answers->option[q]].key : NULL;
}

void
sw_triage_answers_set_option (SwTriageAnswers *answers,
                              guint            question,
                              int              option)
{
  g_return_if_fail (answers != NULL);
  g_return_if_fail (question < N_QUESTIONS);
  g_return_if_fail (option >= -1 && option < (int) _sw_triage_questions[question].n_options);

  answers->option[question] = option;
}

int
sw_triage_answers_get_option (const SwTriageAnswers *answers,
                              guint                  question)
{
  g_return_val_if_fail (answers != NULL, -1);
  g_return_val_if_fail (question < N_QUESTIONS, -1);

  return answers->option[question];
}

/**
 * sw_triage_answers_parse:
 * @text: answers as "key=value,key=value"
 * @error: return location for a #GError
 *
 * Parses the answers `sitwell --check` takes. Whitespace around keys, values
 * and commas is ignored, and an empty (or blank) @text gives no answers.
 *
 * Returns: (transfer full): the answers, or %NULL with @error set
 */
SwTriageAnswers *
sw_triage_answers_parse (const char  *text,
                         GError     **error)
{
  g_autoptr(SwTriageAnswers) answers = NULL;
  g_auto(GStrv) pairs = NULL;
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  answers = sw_triage_answers_new ();
  /* Messages quote the input: they must stay UTF-8 whatever it was. */
  trimmed = g_strstrip (g_utf8_make_valid (text, -1));
  if (*trimmed == '\0')
    return g_steal_pointer (&answers);

  pairs = g_strsplit (trimmed, ",", -1);
  for (guint i = 0; pairs[i] != NULL; i++)
    {
      char *pair = g_strstrip (pairs[i]);
      char *equals = strchr (pair, '=');
      char *key, *value;
      int q, o;

      if (*pair == '\0')
        {
          g_set_error (error, SW_TRIAGE_ERROR, SW_TRIAGE_ERROR_MALFORMED,
                       _("Answer %u is empty; separate key=value pairs with single commas."),
                       i + 1);
          return NULL;
        }

      if (equals == NULL || strchr (equals + 1, '=') != NULL)
        {
          g_set_error (error, SW_TRIAGE_ERROR, SW_TRIAGE_ERROR_MALFORMED,
                       _("“%s” is not of the form key=value."), pair);
          return NULL;
        }

      *equals = '\0';
      key = g_strstrip (pair);
      value = g_strstrip (equals + 1);
      if (*key == '\0' || *value == '\0')
        {
          *equals = '=';
          g_set_error (error, SW_TRIAGE_ERROR, SW_TRIAGE_ERROR_MALFORMED,
                       _("“%s” is not of the form key=value."), pairs[i]);
          return NULL;
        }

      if (!lookup_answer (key, value, &q, &o, error))
        return NULL;

      if (answers->option[q] >= 0)
        {
          g_set_error (error, SW_TRIAGE_ERROR, SW_TRIAGE_ERROR_DUPLICATE,
                       _("“%s” is answered more than once."), key);
          return NULL;
        }

      answers->option[q] = o;
    }

  return g_steal_pointer (&answers);
}

char *
sw_triage_answers_to_string (const SwTriageAnswers *answers)
{
  GString *out;

  g_return_val_if_fail (answers != NULL, NULL);

  out = g_string_new (NULL);
  for (guint q = 0; q < N_QUESTIONS; q++)
    if (answers->option[q] >= 0)
      g_string_append_printf (out, "%s%s=%s", out->len > 0 ? "," : "",
                              _sw_triage_questions[q].key,
                              _sw_triage_questions[q].options[answers->option[q]].key);

  return g_string_free (out, FALSE);
}

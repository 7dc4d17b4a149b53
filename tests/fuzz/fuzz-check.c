/* fuzz-check.c: libFuzzer target for the `sitwell --check` answers
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any text goes through the CLI's path: sw_triage_answers_parse (), then
 * sw_triage_evaluate () and sw_triage_result_to_json (); the flow's
 * evaluation and the answers' own text form are exercised on the way. It
 * asserts what the CLI relies on: errors come in SW_TRIAGE_ERROR with a
 * UTF-8 message, answers read back from their text form are the same
 * answers, a result always has deciding rules and advice, and the JSON is
 * one line of UTF-8 that names the outcome.
 */

#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "sw-triage.h"

int LLVMFuzzerInitialize (int    *argc,
                          char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

static void
check_result (const SwTriageResult *result)
{
  g_autofree char *json = NULL;
  g_autofree char *expected_outcome = NULL;
  guint n_deciding = 0;

  g_assert_nonnull (sw_triage_result_get_deciding (result, &n_deciding));
  g_assert_cmpuint (n_deciding, >, 0);
  g_assert_nonnull (sw_triage_result_get_advice (result));
  g_assert_true ((sw_triage_result_get_urgency (result) != SW_URGENCY_NONE) ==
                 (sw_triage_result_get_outcome (result) == SW_OUTCOME_SEE_DOCTOR_SOON));

  json = sw_triage_result_to_json (result);
  g_assert_nonnull (json);
  g_assert_true (g_utf8_validate (json, -1, NULL));
  g_assert_null (strchr (json, '\n'));
  g_assert_true (json[0] == '{' && json[strlen (json) - 1] == '}');
  expected_outcome = g_strdup_printf ("\"%s\"",
                                      sw_outcome_to_string (sw_triage_result_get_outcome (result)));
  g_assert_nonnull (strstr (json, expected_outcome));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autoptr(SwTriageAnswers) answers = NULL;
  g_autoptr(SwTriageAnswers) reread = NULL;
  g_autoptr(SwTriageResult) result = NULL;
  g_autoptr(SwTriageResult) flow_result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *canonical = NULL;

  answers = sw_triage_answers_parse (text, &error);
  if (answers == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == SW_TRIAGE_ERROR);
      g_assert_true (g_utf8_validate (error->message, -1, NULL) ||
                     !g_utf8_validate (text, -1, NULL));
      return 0;
    }
  g_assert_no_error (error);

  canonical = sw_triage_answers_to_string (answers);
  reread = sw_triage_answers_parse (canonical, &error);
  g_assert_no_error (error);
  for (guint q = 0; q < sw_triage_get_n_questions (); q++)
    g_assert_cmpint (sw_triage_answers_get_option (answers, q), ==,
                     sw_triage_answers_get_option (reread, q));

  result = sw_triage_evaluate (answers);
  check_result (result);
  flow_result = sw_triage_evaluate_flow (answers);
  check_result (flow_result);

  return 0;
}

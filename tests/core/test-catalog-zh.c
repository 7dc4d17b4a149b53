/* test-catalog-zh.c: every text of the catalogue and the compress card has a translation
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "sw-care-state.h"
#include "sw-catalog.h"
#include "sw-compress.h"
#include "sw-fake-clock.h"

/* A translated text has at least one CJK ideograph. */
static void
assert_chinese (const char *text)
{
  g_assert_nonnull (text);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x4E00 && c <= 0x9FFF)
        return;
    }

  g_error ("Not translated: “%s”", text);
}

static void
assert_chinese_free (char *text)
{
  assert_chinese (text);
  g_free (text);
}

static void
test_exercises_and_plans (void)
{
  for (guint i = 0; i < sw_catalog_get_n_exercises (); i++)
    {
      const SwExercise *exercise = sw_catalog_get_exercise (i);

      assert_chinese (sw_exercise_get_name (exercise));
      for (guint s = 0; s < sw_exercise_get_n_steps (exercise); s++)
        assert_chinese (sw_exercise_get_step (exercise, s));
      if (sw_exercise_get_hold (exercise) != NULL)
        assert_chinese (sw_exercise_get_hold (exercise));
      if (sw_exercise_get_caution (exercise) != NULL)
        assert_chinese (sw_exercise_get_caution (exercise));
      assert_chinese_free (sw_exercise_format_dose (exercise, NULL));
      for (guint p = 0; p < sw_catalog_get_n_plans (); p++)
        assert_chinese_free (sw_exercise_format_dose (exercise, sw_catalog_get_plan (p)));
    }

  for (guint p = 0; p < sw_catalog_get_n_plans (); p++)
    {
      assert_chinese (sw_plan_get_name (sw_catalog_get_plan (p)));
      assert_chinese (sw_plan_get_description (sw_catalog_get_plan (p)));
    }

  assert_chinese (sw_catalog_get_rules ());
  assert_chinese (sw_catalog_get_pregnancy_note ());
}

static void
test_every_reason (void)
{
  static const SwLastCheck checks[] = {
    { FALSE, SW_OUTCOME_LIKELY_MUSCULAR, SW_URGENCY_NONE, 0, FALSE },
    { TRUE, SW_OUTCOME_EMERGENCY, SW_URGENCY_NONE, 1, FALSE },
    { TRUE, SW_OUTCOME_EMERGENCY, SW_URGENCY_NONE, 1, TRUE },
    { TRUE, SW_OUTCOME_SEE_DOCTOR_SOON, SW_URGENCY_TODAY, 1, FALSE },
    { TRUE, SW_OUTCOME_SEE_DOCTOR_SOON, SW_URGENCY_SOON, 1, FALSE },
    { TRUE, SW_OUTCOME_WATCH_AND_SELF_CARE, SW_URGENCY_NONE, 1, FALSE },
  };
  gint64 now = G_GINT64_CONSTANT (1773140400) * G_USEC_PER_SEC;
  guint n_reasons = 0;

  for (guint e = 0; e < sw_catalog_get_n_exercises (); e++)
    for (guint profile = 0; profile <= SW_PROFILE_ALL; profile++)
      for (guint flare = 0; flare <= 1; flare++)
        for (guint c = 0; c < G_N_ELEMENTS (checks); c++)
          {
            const char *reason = NULL;

            sw_catalog_check_exercise (sw_catalog_get_exercise (e), profile, flare, &checks[c],
                                       &reason);
            if (reason != NULL)
              {
                assert_chinese (reason);
                n_reasons++;
              }
          }
  g_assert_cmpuint (n_reasons, >, 0);

  /* Why a plan suits the person, in every case. */
  for (guint c = 0; c < G_N_ELEMENTS (checks); c++)
    for (guint flare = 0; flare < 5; flare++)
      {
        SwCareState state = { 0, };
        char *reason = NULL;

        state.persona_plan = sw_catalog_lookup_plan ("office");
        state.last_check = checks[c];
        state.now_us = now;
        state.flare_active = flare > 0;
        state.flare_switch_on = flare == 1;
        state.flare_logged_us = flare == 3 ? now : flare == 4 ? now - 50 * G_TIME_SPAN_HOUR : 0;
        sw_care_state_recommend_plan (&state, &reason);
        assert_chinese_free (reason);
      }
}

static void
test_compress_texts (void)
{
  g_autoptr(SwFakeClock) clock = sw_fake_clock_new_local (2026, 3, 10, 9, 0);
  g_autoptr(SwCompress) compress = sw_compress_new (SW_CLOCK (clock));
  gint64 now = sw_clock_get_real_us (SW_CLOCK (clock));
  g_autoptr(GDateTime) future = g_date_time_new_local (2026, 3, 12, 9, 0, 0);
  g_autoptr(GDateTime) recent = g_date_time_new_local (2026, 3, 9, 9, 0, 0);
  g_autoptr(GDateTime) old = g_date_time_new_local (2026, 3, 1, 9, 0, 0);
  SwLastCheck locked = { TRUE, SW_OUTCOME_EMERGENCY, SW_URGENCY_NONE, now, FALSE };

  assert_chinese_free (sw_compress_dup_summary (compress));
  assert_chinese_free (sw_compress_dup_status (compress));
  sw_compress_set_onset (compress, future);
  assert_chinese_free (sw_compress_dup_summary (compress));
  sw_compress_set_onset (compress, recent);
  assert_chinese_free (sw_compress_dup_summary (compress));
  assert_chinese_free (sw_compress_dup_status (compress));
  sw_compress_set_prefer_warmth (compress, TRUE);
  assert_chinese_free (sw_compress_dup_summary (compress));
  sw_compress_set_onset (compress, old);
  assert_chinese_free (sw_compress_dup_summary (compress));

  sw_compress_add_session (compress, now - G_TIME_SPAN_HOUR, 900);
  assert_chinese_free (sw_compress_dup_status (compress));
  for (guint i = 0; i < 3; i++)
    sw_compress_add_session (compress, now - (i + 2) * G_TIME_SPAN_HOUR, 900);
  assert_chinese_free (sw_compress_dup_status (compress));
  sw_compress_set_last_check (compress, &locked);
  assert_chinese_free (sw_compress_dup_status (compress));
  locked.outcome = SW_OUTCOME_SEE_DOCTOR_SOON;
  locked.urgency = SW_URGENCY_TODAY;
  sw_compress_set_last_check (compress, &locked);
  assert_chinese_free (sw_compress_dup_status (compress));
}

int
main (int   argc,
      char *argv[])
{
  /* gettext ignores LANGUAGE in the plain C locale. */
  if (setlocale (LC_ALL, "") == NULL || g_strcmp0 (setlocale (LC_MESSAGES, NULL), "C") == 0)
    setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  g_setenv ("TZ", "UTC", TRUE);
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SITWELL_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/sitwell/core/catalog-zh/exercises-and-plans", test_exercises_and_plans);
  g_test_add_func ("/sitwell/core/catalog-zh/every-reason", test_every_reason);
  g_test_add_func ("/sitwell/core/catalog-zh/compress-texts", test_compress_texts);

  return g_test_run ();
}

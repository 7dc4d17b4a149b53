/* test-clock.c: SwClock, the system clock's time scale and the fake clock
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-fake-clock.h"
#include "sw-system-clock.h"

static void
test_system_clock_follows_glib (void)
{
  g_autoptr(SwClock) clock = sw_system_clock_new (1.0);
  gint64 before = g_get_monotonic_time ();
  gint64 real_before = g_get_real_time ();
  gint64 monotonic = sw_clock_get_monotonic_us (clock);
  gint64 real = sw_clock_get_real_us (clock);

  g_assert_cmpint (monotonic, >=, before);
  g_assert_cmpint (monotonic, <=, g_get_monotonic_time ());
  g_assert_cmpint (real, >=, real_before);
  g_assert_cmpint (real, <=, g_get_real_time ());
  g_assert_cmpfloat (sw_clock_get_scale (clock), ==, 1.0);
}

static void
test_system_clock_scale_speeds_time (void)
{
  g_autoptr(SwClock) clock = sw_system_clock_new (600.0);
  gint64 start_mono = sw_clock_get_monotonic_us (clock);
  gint64 start_real = sw_clock_get_real_us (clock);
  gint64 waited_from = g_get_monotonic_time ();
  gint64 waited;
  gint64 elapsed;

  /* A busy wait of a few real milliseconds, no sleeping in tests. */
  while (g_get_monotonic_time () - waited_from < 5000)
    ;

  elapsed = sw_clock_get_monotonic_us (clock) - start_mono;
  waited = g_get_monotonic_time () - waited_from;

  g_assert_cmpint (elapsed, >=, 600 * 5000);
  g_assert_cmpint (elapsed, <=, 600 * (waited + 1000));
  g_assert_cmpint (sw_clock_get_real_us (clock) - start_real, >=, 600 * 5000);
  g_assert_cmpfloat (sw_clock_get_scale (clock), ==, 600.0);
}

static void
test_parse_scale (void)
{
  g_assert_cmpfloat (sw_system_clock_parse_scale (NULL), ==, 1.0);
  g_assert_cmpfloat (sw_system_clock_parse_scale (""), ==, 1.0);
  g_assert_cmpfloat (sw_system_clock_parse_scale ("60"), ==, 60.0);
  g_assert_cmpfloat (sw_system_clock_parse_scale ("0.5"), ==, 0.5);
  g_assert_cmpfloat (sw_system_clock_parse_scale ("0"), ==, 1.0);
  g_assert_cmpfloat (sw_system_clock_parse_scale ("-5"), ==, 1.0);
  g_assert_cmpfloat (sw_system_clock_parse_scale ("fast"), ==, 1.0);
  g_assert_cmpfloat (sw_system_clock_parse_scale ("60x"), ==, 1.0);
  g_assert_cmpfloat (sw_system_clock_parse_scale ("nan"), ==, 1.0);
  g_assert_cmpfloat (sw_system_clock_parse_scale ("1e9"), ==, 1.0);
}

static void
test_new_from_env (void)
{
  g_autoptr(SwClock) scaled = NULL;
  g_autoptr(SwClock) plain = NULL;

  g_setenv ("SITWELL_TIME_SCALE", "120", TRUE);
  scaled = sw_system_clock_new_from_env ();
  g_assert_cmpfloat (sw_clock_get_scale (scaled), ==, 120.0);

  g_unsetenv ("SITWELL_TIME_SCALE");
  plain = sw_system_clock_new_from_env ();
  g_assert_cmpfloat (sw_clock_get_scale (plain), ==, 1.0);
}

static void
test_real_delay_rounds_up_and_scales (void)
{
  g_autoptr(SwFakeClock) clock = sw_fake_clock_new (0);

  g_assert_cmpint (sw_clock_to_real_delay_ms (SW_CLOCK (clock), 0), ==, 0);
  g_assert_cmpint (sw_clock_to_real_delay_ms (SW_CLOCK (clock), -5), ==, 0);
  g_assert_cmpint (sw_clock_to_real_delay_ms (SW_CLOCK (clock), 1), ==, 1);
  g_assert_cmpint (sw_clock_to_real_delay_ms (SW_CLOCK (clock), 45 * G_TIME_SPAN_MINUTE),
                   ==, 45 * 60 * 1000);

  sw_fake_clock_set_scale (clock, 60.0);
  /* 45 clock minutes pass in 45 real seconds. */
  g_assert_cmpint (sw_clock_to_real_delay_ms (SW_CLOCK (clock), 45 * G_TIME_SPAN_MINUTE),
                   ==, 45 * 1000);
  g_assert_cmpint (sw_clock_to_real_delay_ms (SW_CLOCK (clock), 1), ==, 1);
}

static void
test_fake_clock_advance_and_jump (void)
{
  g_autoptr(SwFakeClock) clock = sw_fake_clock_new_local (2026, 11, 23, 9, 0);
  gint64 mono = sw_clock_get_monotonic_us (SW_CLOCK (clock));
  gint64 real = sw_clock_get_real_us (SW_CLOCK (clock));
  g_autoptr(GDateTime) now = NULL;

  sw_fake_clock_advance (clock, 90 * G_TIME_SPAN_SECOND);
  g_assert_cmpint (sw_clock_get_monotonic_us (SW_CLOCK (clock)), ==, mono + 90 * G_TIME_SPAN_SECOND);
  g_assert_cmpint (sw_clock_get_real_us (SW_CLOCK (clock)), ==, real + 90 * G_TIME_SPAN_SECOND);

  /* A wall-clock jump leaves the monotonic clock alone. */
  sw_fake_clock_jump_real (clock, -2 * G_TIME_SPAN_HOUR);
  g_assert_cmpint (sw_clock_get_monotonic_us (SW_CLOCK (clock)), ==, mono + 90 * G_TIME_SPAN_SECOND);
  g_assert_cmpint (sw_clock_get_real_us (SW_CLOCK (clock)),
                   ==, real + 90 * G_TIME_SPAN_SECOND - 2 * G_TIME_SPAN_HOUR);

  now = sw_clock_get_now_local (SW_CLOCK (clock));
  g_assert_cmpint (g_date_time_get_hour (now), ==, 7);
  g_assert_cmpint (g_date_time_get_minute (now), ==, 1);
  g_assert_cmpint (g_date_time_get_second (now), ==, 30);
}

static void
test_now_local_keeps_microseconds (void)
{
  g_autoptr(SwFakeClock) clock = sw_fake_clock_new (1764000000 * G_TIME_SPAN_SECOND + 250000);
  g_autoptr(GDateTime) now = sw_clock_get_now_local (SW_CLOCK (clock));

  g_assert_cmpint (g_date_time_to_unix (now), ==, 1764000000);
  g_assert_cmpint (g_date_time_get_microsecond (now), ==, 250000);
}

static void
test_clock_is_finalized (void)
{
  SwClock *clock = sw_system_clock_new (2.0);

  g_assert_finalize_object (clock);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/sitwell/core/clock/system-follows-glib", test_system_clock_follows_glib);
  g_test_add_func ("/sitwell/core/clock/scale-speeds-time", test_system_clock_scale_speeds_time);
  g_test_add_func ("/sitwell/core/clock/parse-scale-rejects-nonsense", test_parse_scale);
  g_test_add_func ("/sitwell/core/clock/scale-from-environment", test_new_from_env);
  g_test_add_func ("/sitwell/core/clock/real-delay-rounds-up-and-scales",
                   test_real_delay_rounds_up_and_scales);
  g_test_add_func ("/sitwell/core/clock/fake-advance-and-jump", test_fake_clock_advance_and_jump);
  g_test_add_func ("/sitwell/core/clock/now-local-keeps-microseconds",
                   test_now_local_keeps_microseconds);
  g_test_add_func ("/sitwell/core/clock/finalized", test_clock_is_finalized);

  return g_test_run ();
}

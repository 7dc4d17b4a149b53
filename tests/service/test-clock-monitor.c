/* test-clock-monitor.c: the wall-clock jump watch costs a descriptor and no wakeups
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-clock-monitor.h"

/* Setting the system clock needs privileges a test must not use, so what
 * a jump does is tested in test-daemon-faults through the signal. */

static guint
count_open_fds (void)
{
  g_autoptr(GDir) dir = g_dir_open ("/proc/self/fd", 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;

  return n;
}

static void
jumped_cb (SwClockMonitor *monitor,
           guint          *count)
{
  (*count)++;
}

static void
test_watches_quietly (void)
{
  SwClockMonitor *monitor;
  guint fds_before;
  guint n_jumps = 0;
  guint n_iterations = 0;

  /* The main context's own wakeup descriptor is not the monitor's. */
  g_main_context_default ();
  fds_before = count_open_fds ();
  monitor = sw_clock_monitor_new ();

  g_signal_connect (monitor, "jumped", G_CALLBACK (jumped_cb), &n_jumps);

  /* One timerfd, armed, and nothing to read while the clock is left alone. */
  g_assert_true (sw_clock_monitor_get_watching (monitor));
  g_assert_cmpuint (count_open_fds (), ==, fds_before + 1);
  while (g_main_context_iteration (NULL, FALSE))
    g_assert_cmpuint (++n_iterations, <, 10);
  g_assert_cmpuint (n_jumps, ==, 0);

  g_assert_finalize_object (monitor);
  g_assert_cmpuint (count_open_fds (), ==, fds_before);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#ifdef __linux__
  g_test_add_func ("/sitwell/service/clock-monitor/watches-quietly", test_watches_quietly);
#endif

  return g_test_run ();
}

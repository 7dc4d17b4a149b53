/* sw-clock-monitor.c: notices when the wall clock jumps
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-clock-monitor.h"

#include <errno.h>
#include <glib-unix.h>
#include <glib/gstdio.h>

#ifdef __linux__
#include <sys/timerfd.h>
#include <unistd.h>
#endif

/**
 * SwClockMonitor:
 *
 * Reports #SwClockMonitor::jumped when the wall clock moves against the
 * monotonic one: set by hand, stepped by NTP, or after a resume.
 *
 * GLib timeouts run on the monotonic clock, so a timeout armed for a
 * wall-clock moment (the end of "pause until tomorrow", the start of work
 * hours) would fire late after the clock was set forward, and the times the
 * daemon published would be off until its next wakeup. The reminder
 * service re-derives them from the new wall time when told.
 *
 * On Linux this is a `timerfd` on `CLOCK_REALTIME`, armed for the far
 * future with `TFD_TIMER_CANCEL_ON_SET`: it never expires, and the kernel
 * cancels it, waking us, only when the clock is set. Nothing is polled.
 * Elsewhere the monitor does not watch, and the service catches up at its
 * next wakeup.
 */

struct _SwClockMonitor
{
  GObject parent_instance;

  int     fd;
  guint   source_id;
};

G_DEFINE_FINAL_TYPE (SwClockMonitor, sw_clock_monitor, G_TYPE_OBJECT)

enum {
  JUMPED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#ifdef TFD_TIMER_CANCEL_ON_SET

/* The largest time_t, which the kernel caps at the year 2262: the timer is
 * only ever cancelled, never expires. */
#define FAR_FUTURE_S ((time_t) (((guint64) 1 << (sizeof (time_t) * 8 - 1)) - 1))

static gboolean
arm (SwClockMonitor *self)
{
  struct itimerspec far = { .it_value = { .tv_sec = FAR_FUTURE_S } };

  if (timerfd_settime (self->fd, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET, &far, NULL) != 0)
    {
      g_debug ("Cannot watch the wall clock for jumps: %s", g_strerror (errno));
      return FALSE;
    }

  return TRUE;
}

static void
stop_watching (SwClockMonitor *self)
{
  g_clear_handle_id (&self->source_id, g_source_remove);
  if (self->fd >= 0)
    g_close (self->fd, NULL);
  self->fd = -1;
}

static gboolean
timerfd_ready_cb (int           fd,
                  GIOCondition  condition,
                  gpointer      user_data)
{
  SwClockMonitor *self = SW_CLOCK_MONITOR (user_data);
  guint64 expirations;
  ssize_t n = read (fd, &expirations, sizeof expirations);
  int saved_errno = errno;

  if (n < 0 && (saved_errno == EAGAIN || saved_errno == EINTR))
    return G_SOURCE_CONTINUE;

  /* Cancelled means the clock was set, and the timer stays disarmed until
   * it is armed again; an expiry (in 2262) is only re-armed. */
  if (!arm (self))
    {
      self->source_id = 0;
      stop_watching (self);
      return G_SOURCE_REMOVE;
    }

  if (n < 0 && saved_errno == ECANCELED)
    g_signal_emit (self, signals[JUMPED], 0);

  return G_SOURCE_CONTINUE;
}

static void
start_watching (SwClockMonitor *self)
{
  self->fd = timerfd_create (CLOCK_REALTIME, TFD_NONBLOCK | TFD_CLOEXEC);
  if (self->fd < 0)
    {
      g_debug ("Cannot watch the wall clock for jumps: %s", g_strerror (errno));
      return;
    }

  if (!arm (self))
    {
      stop_watching (self);
      return;
    }

  self->source_id = g_unix_fd_add (self->fd, G_IO_IN, timerfd_ready_cb, self);
  g_source_set_name_by_id (self->source_id, "[sitwell-reminders] wall clock jumps");
}

#else

static void
start_watching (SwClockMonitor *self)
{
  g_debug ("Wall clock jumps are noticed at the next wakeup only on this system");
}

static void
stop_watching (SwClockMonitor *self)
{
}

#endif

static void
sw_clock_monitor_dispose (GObject *object)
{
  stop_watching (SW_CLOCK_MONITOR (object));

  G_OBJECT_CLASS (sw_clock_monitor_parent_class)->dispose (object);
}

static void
sw_clock_monitor_class_init (SwClockMonitorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sw_clock_monitor_dispose;

  /**
   * SwClockMonitor::jumped:
   * @self: the monitor
   *
   * The wall clock was set: wall-clock moments must be converted to the
   * monotonic clock again.
   */
  signals[JUMPED] =
    g_signal_new ("jumped",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
sw_clock_monitor_init (SwClockMonitor *self)
{
  self->fd = -1;
  start_watching (self);
}

/**
 * sw_clock_monitor_new:
 *
 * Returns: (transfer full): a monitor, watching from now on
 */
SwClockMonitor *
sw_clock_monitor_new (void)
{
  return g_object_new (SW_TYPE_CLOCK_MONITOR, NULL);
}

/**
 * sw_clock_monitor_get_watching:
 *
 * Returns: whether the system will tell us of a jump (Linux); otherwise
 *   jumps are noticed at the daemon's next wakeup only
 */
gboolean
sw_clock_monitor_get_watching (SwClockMonitor *self)
{
  g_return_val_if_fail (SW_IS_CLOCK_MONITOR (self), FALSE);

  return self->source_id != 0;
}

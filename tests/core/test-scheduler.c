/* test-scheduler.c: the break scheduler over a fake clock
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-fake-clock.h"
#include "sw-scheduler.h"

#define MIN_US  ((gint64) 60 * G_USEC_PER_SEC)
#define HOUR_US (60 * MIN_US)
#define DAY_US  (24 * HOUR_US)
/* Tuesday 14 November 2023, 22:13:20 UTC */
#define SOME_REAL_US (G_GINT64_CONSTANT (1700000000) * G_USEC_PER_SEC)

typedef struct _Model Model;

typedef struct
{
  SwFakeClock *clock;
  SwScheduler *scheduler;
  GTimeZone   *tz;
  GPtrArray   *log;        /* "Mon 09:45 due", one line per event */
  gint64       armed;      /* the service's one timeout, monotonic */
  guint        n_due;
  Model       *model;      /* only in the random test */
} Fixture;

/* Time */

static gint64
mono (Fixture *fx)
{
  return sw_clock_get_monotonic_us (SW_CLOCK (fx->clock));
}

static gint64
real (Fixture *fx)
{
  return sw_clock_get_real_us (SW_CLOCK (fx->clock));
}

static gint64
local_real_us (GTimeZone *tz,
               int        year,
               int        month,
               int        day,
               int        hour,
               int        minute)
{
  g_autoptr(GDateTime) dt = g_date_time_new (tz, year, month, day, hour, minute, 0);

  g_assert_nonnull (dt);

  return g_date_time_to_unix (dt) * G_USEC_PER_SEC;
}

static char *
format_real (Fixture *fx,
             gint64   real_us)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (real_us / G_USEC_PER_SEC);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, fx->tz);

  if (real_us % MIN_US != 0)
    return g_date_time_format (local, "%a %H:%M:%S");

  return g_date_time_format (local, "%a %H:%M");
}

/* The service: one timeout, armed from notify::next-wakeup-us */

static void
scheduler_notify_next_wakeup_cb (SwScheduler *scheduler,
                                 GParamSpec  *pspec,
                                 Fixture     *fx)
{
  fx->armed = sw_scheduler_get_next_wakeup_us (scheduler);
}

/* Lets time pass until @target (monotonic), firing the timeout on the way. */
static void
run_to (Fixture *fx,
        gint64   target)
{
  g_assert_cmpint (target, >=, mono (fx));

  while (fx->armed <= target)
    {
      gint64 fired = fx->armed;

      g_assert_cmpint (fired, >=, mono (fx));
      sw_fake_clock_advance (fx->clock, fired - mono (fx));
      sw_scheduler_update (fx->scheduler);

      /* After an update the next wakeup is in the future, and notified. */
      g_assert_cmpint (fx->armed, >, fired);
      g_assert_cmpint (fx->armed, ==, sw_scheduler_get_next_wakeup_us (fx->scheduler));
    }

  sw_fake_clock_advance (fx->clock, target - mono (fx));
}

static void
run_for (Fixture *fx,
         gint64   us)
{
  run_to (fx, mono (fx) + us);
}

/* Runs until the wall clock reads @hour:@minute on @day of the fixture's
 * month (in the fixture's zone), whatever wall-clock jumps happened. */
static void
run_until (Fixture *fx,
           int      day,
           int      hour,
           int      minute)
{
  g_autoptr(GDateTime) now_utc = g_date_time_new_from_unix_utc (real (fx) / G_USEC_PER_SEC);
  g_autoptr(GDateTime) now = g_date_time_to_timezone (now_utc, fx->tz);
  gint64 target = local_real_us (fx->tz, g_date_time_get_year (now),
                                 g_date_time_get_month (now), day, hour, minute);

  run_to (fx, mono (fx) + (target - real (fx)));
}

/* Event log */

static const char *
state_nick (Fixture *fx)
{
  return sw_scheduler_state_to_nick (sw_scheduler_get_state (fx->scheduler));
}

static void model_check_event (Fixture      *fx,
                               SwBreakEvent  event,
                               gint64        length_us);

static void
scheduler_event_cb (SwScheduler  *scheduler,
                    SwBreakEvent  event,
                    gint64        real_us,
                    gint64        length_us,
                    Fixture      *fx)
{
  g_autofree char *when = format_real (fx, real_us);
  g_autofree char *line = NULL;

  g_assert_true (scheduler == fx->scheduler);
  /* Now, except for a break that completed by itself: when it was up. */
  if (event == SW_BREAK_EVENT_COMPLETED)
    g_assert_cmpint (real_us, <=, real (fx));
  else
    g_assert_cmpint (real_us, ==, real (fx));

  if (length_us == 0)
    line = g_strdup_printf ("%s %s", when, sw_break_event_to_nick (event));
  else if (length_us % MIN_US == 0)
    line = g_strdup_printf ("%s %s %dm", when, sw_break_event_to_nick (event),
                            (int) (length_us / MIN_US));
  else
    line = g_strdup_printf ("%s %s %ds", when, sw_break_event_to_nick (event),
                            (int) (length_us / G_USEC_PER_SEC));

  if (event == SW_BREAK_EVENT_DUE)
    {
      fx->n_due++;
      g_assert_cmpint (sw_scheduler_get_state (scheduler), ==, SW_SCHEDULER_STATE_DUE);
    }

  if (fx->model != NULL)
    model_check_event (fx, event, length_us);
  else
    g_ptr_array_add (fx->log, g_steal_pointer (&line));
}

static void
assert_log (Fixture            *fx,
            const char * const *expected)
{
  guint n = g_strv_length ((char **) expected);

  for (guint i = 0; i < MAX (n, fx->log->len); i++)
    {
      const char *got = i < fx->log->len ? g_ptr_array_index (fx->log, i) : "(nothing)";
      const char *want = i < n ? expected[i] : "(nothing)";

      if (g_strcmp0 (got, want) != 0)
        {
          for (guint j = 0; j < fx->log->len; j++)
            g_test_message ("log[%u] %s", j, (char *) g_ptr_array_index (fx->log, j));
          g_error ("event %u: expected \"%s\", got \"%s\"", i, want, got);
        }
    }

  g_ptr_array_set_size (fx->log, 0);
}

static void
assert_no_events (Fixture *fx)
{
  const char *none[] = { NULL };

  assert_log (fx, none);
}

/* Fixture */

static Fixture *
fixture_new (const char *zone,
             int         year,
             int         month,
             int         day,
             int         hour,
             int         minute)
{
  Fixture *fx = g_new0 (Fixture, 1);

  fx->tz = g_time_zone_new_identifier (zone);
  g_assert_nonnull (fx->tz);
  fx->clock = sw_fake_clock_new (local_real_us (fx->tz, year, month, day, hour, minute));
  fx->scheduler = sw_scheduler_new (SW_CLOCK (fx->clock));
  fx->log = g_ptr_array_new_with_free_func (g_free);

  sw_scheduler_set_time_zone (fx->scheduler, fx->tz);

  g_signal_connect (fx->scheduler, "event", G_CALLBACK (scheduler_event_cb), fx);
  g_signal_connect (fx->scheduler, "notify::next-wakeup-us",
                    G_CALLBACK (scheduler_notify_next_wakeup_cb), fx);
  fx->armed = sw_scheduler_get_next_wakeup_us (fx->scheduler);

  return fx;
}

/* 2024-03-04 is a Monday. */
static Fixture *
fixture_new_monday (int hour,
                    int minute)
{
  return fixture_new ("UTC", 2024, 3, 4, hour, minute);
}

static void
fixture_free (Fixture *fx)
{
  g_assert_finalize_object (fx->scheduler);
  g_assert_finalize_object (fx->clock);
  g_ptr_array_unref (fx->log);
  g_time_zone_unref (fx->tz);
  g_free (fx);
}

static void
set_office_hours (Fixture *fx)
{
  sw_scheduler_set_work_hours (fx->scheduler, TRUE, SW_WEEKDAYS_MONDAY_TO_FRIDAY,
                               9 * 60, 17 * 60);
}

static void
assert_state (Fixture          *fx,
              SwSchedulerState  state)
{
  g_assert_cmpstr (state_nick (fx), ==, sw_scheduler_state_to_nick (state));
}

static void
assert_next_wakeup_in (Fixture *fx,
                       gint64   us)
{
  g_assert_cmpint (sw_scheduler_get_next_wakeup_us (fx->scheduler), ==, mono (fx) + us);
  g_assert_cmpint (fx->armed, ==, mono (fx) + us);
}

/* Tests */

static void
test_defaults (void)
{
  g_autoptr(SwFakeClock) clock = sw_fake_clock_new (SOME_REAL_US);
  g_autoptr(SwScheduler) scheduler = sw_scheduler_new (SW_CLOCK (clock));
  g_autoptr(GEnumClass) states = g_type_class_ref (SW_TYPE_SCHEDULER_STATE);
  g_autoptr(GEnumClass) events = g_type_class_ref (SW_TYPE_BREAK_EVENT);
  SwSchedulerState state;
  guint days, start, end;

  g_assert_true (sw_scheduler_get_clock (scheduler) == SW_CLOCK (clock));
  g_assert_true (sw_scheduler_get_enabled (scheduler));
  g_assert_cmpuint (sw_scheduler_get_interval_minutes (scheduler), ==, 45);
  g_assert_cmpuint (sw_scheduler_get_break_minutes (scheduler), ==, 5);
  g_assert_cmpuint (sw_scheduler_get_snooze_minutes (scheduler), ==, 10);
  g_assert_false (sw_scheduler_get_work_hours (scheduler, &days, &start, &end));
  g_assert_cmpuint (days, ==, SW_WEEKDAYS_MONDAY_TO_FRIDAY);
  g_assert_cmpuint (start, ==, 9 * 60);
  g_assert_cmpuint (end, ==, 17 * 60);
  g_assert_null (sw_scheduler_get_time_zone (scheduler));
  g_assert_false (sw_scheduler_get_flare_active (scheduler));
  g_assert_true (sw_scheduler_get_flare_shortens (scheduler));
  g_assert_false (sw_scheduler_get_flare_shortening (scheduler));
  g_assert_cmpint (sw_scheduler_get_effective_interval_us (scheduler), ==, 45 * MIN_US);
  g_assert_cmpint (sw_scheduler_get_break_length_us (scheduler), ==, 5 * MIN_US);

  g_assert_cmpint (sw_scheduler_get_state (scheduler), ==, SW_SCHEDULER_STATE_WORKING);
  g_assert_cmpint (sw_scheduler_get_next_wakeup_us (scheduler), ==,
                   sw_clock_get_monotonic_us (SW_CLOCK (clock)) + 45 * MIN_US);
  g_assert_cmpint (sw_scheduler_get_next_due_us (scheduler), ==,
                   sw_clock_get_monotonic_us (SW_CLOCK (clock)) + 45 * MIN_US);
  g_assert_cmpint (sw_scheduler_get_next_due_real_us (scheduler), ==,
                   sw_clock_get_real_us (SW_CLOCK (clock)) + 45 * MIN_US);
  g_assert_cmpuint (sw_scheduler_get_snoozes_in_row (scheduler), ==, 0);
  g_assert_false (sw_scheduler_can_snooze (scheduler));
  g_assert_cmpint (sw_scheduler_get_break_end_us (scheduler), ==, SW_SCHEDULER_NEVER);
  g_assert_cmpint (sw_scheduler_get_pause_end_us (scheduler), ==, SW_SCHEDULER_NEVER);

  /* The state is a GObject property with the D-Bus nicks. */
  g_object_get (scheduler, "state", &state, NULL);
  g_assert_cmpint (state, ==, SW_SCHEDULER_STATE_WORKING);
  g_assert_cmpstr (g_enum_get_value (states, SW_SCHEDULER_STATE_OUTSIDE_WORK_HOURS)->value_nick,
                   ==, "outside-work-hours");
  for (guint i = 0; i < states->n_values; i++)
    g_assert_cmpstr (sw_scheduler_state_to_nick (states->values[i].value), ==,
                     states->values[i].value_nick);
  g_assert_cmpuint (states->n_values, ==, 7);
  for (guint i = 0; i < events->n_values; i++)
    g_assert_cmpstr (sw_break_event_to_nick (events->values[i].value), ==,
                     events->values[i].value_nick);
  g_assert_cmpuint (events->n_values, ==, 7);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_settings_clamp (void)
{
  g_autoptr(SwFakeClock) clock = sw_fake_clock_new (SOME_REAL_US);
  g_autoptr(SwScheduler) scheduler = sw_scheduler_new (SW_CLOCK (clock));
  guint notified = 0;
  guint days, start, end;

  g_signal_connect (scheduler, "notify::interval-minutes", G_CALLBACK (count_notify_cb), &notified);

  sw_scheduler_set_interval_minutes (scheduler, 0);
  g_assert_cmpuint (sw_scheduler_get_interval_minutes (scheduler), ==, 30);
  sw_scheduler_set_interval_minutes (scheduler, 29);
  g_assert_cmpuint (sw_scheduler_get_interval_minutes (scheduler), ==, 30);
  sw_scheduler_set_interval_minutes (scheduler, 61);
  g_assert_cmpuint (sw_scheduler_get_interval_minutes (scheduler), ==, 60);
  sw_scheduler_set_interval_minutes (scheduler, G_MAXUINT);
  g_assert_cmpuint (sw_scheduler_get_interval_minutes (scheduler), ==, 60);
  sw_scheduler_set_interval_minutes (scheduler, 37);
  g_assert_cmpuint (sw_scheduler_get_interval_minutes (scheduler), ==, 37);
  g_assert_cmpint (sw_scheduler_get_effective_interval_us (scheduler), ==, 37 * MIN_US);
  /* 45 → 30 → (30) → 60 → (60) → 37: notified only on change */
  g_assert_cmpuint (notified, ==, 3);

  sw_scheduler_set_break_minutes (scheduler, 0);
  g_assert_cmpuint (sw_scheduler_get_break_minutes (scheduler), ==, 1);
  sw_scheduler_set_break_minutes (scheduler, 16);
  g_assert_cmpuint (sw_scheduler_get_break_minutes (scheduler), ==, 15);
  sw_scheduler_set_break_minutes (scheduler, 3);
  g_assert_cmpuint (sw_scheduler_get_break_minutes (scheduler), ==, 3);

  sw_scheduler_set_snooze_minutes (scheduler, 4);
  g_assert_cmpuint (sw_scheduler_get_snooze_minutes (scheduler), ==, 5);
  sw_scheduler_set_snooze_minutes (scheduler, 16);
  g_assert_cmpuint (sw_scheduler_get_snooze_minutes (scheduler), ==, 15);
  sw_scheduler_set_snooze_minutes (scheduler, 7);
  g_assert_cmpuint (sw_scheduler_get_snooze_minutes (scheduler), ==, 7);

  sw_scheduler_set_work_hours (scheduler, TRUE, 0xff, 5000, 9000);
  g_assert_true (sw_scheduler_get_work_hours (scheduler, &days, &start, &end));
  g_assert_cmpuint (days, ==, SW_WEEKDAYS_ALL);
  g_assert_cmpuint (start, ==, 1439);
  g_assert_cmpuint (end, ==, 1440);
  sw_scheduler_set_work_hours (scheduler, TRUE, SW_WEEKDAY_MONDAY, 0, 0);
  g_assert_true (sw_scheduler_get_work_hours (scheduler, &days, &start, &end));
  g_assert_cmpuint (days, ==, SW_WEEKDAY_MONDAY);
  g_assert_cmpuint (start, ==, 0);
  g_assert_cmpuint (end, ==, 1);

  /* Properties go through the same setters, so g_settings_bind() works. */
  g_object_set (scheduler,
                "interval-minutes", 50,
                "break-minutes", 2,
                "snooze-minutes", 15,
                "work-hours-enabled", FALSE,
                "work-days", SW_WEEKDAY_SATURDAY,
                "work-start-minute", 600,
                "work-end-minute", 700,
                "flare-shortens", FALSE,
                NULL);
  g_assert_cmpuint (sw_scheduler_get_interval_minutes (scheduler), ==, 50);
  g_assert_cmpuint (sw_scheduler_get_break_minutes (scheduler), ==, 2);
  g_assert_cmpuint (sw_scheduler_get_snooze_minutes (scheduler), ==, 15);
  g_assert_false (sw_scheduler_get_work_hours (scheduler, &days, &start, &end));
  g_assert_cmpuint (days, ==, SW_WEEKDAY_SATURDAY);
  g_assert_cmpuint (start, ==, 600);
  g_assert_cmpuint (end, ==, 700);
  g_assert_false (sw_scheduler_get_flare_shortens (scheduler));
}

static void
test_first_reminder (void)
{
  Fixture *fx = fixture_new_monday (10, 0);
  const char *expected[] = { "Mon 10:45 due", "Mon 10:45 shown", NULL };
  gint64 start = mono (fx);
  guint wakeup_notified = 0;

  assert_state (fx, SW_SCHEDULER_STATE_WORKING);
  assert_next_wakeup_in (fx, 45 * MIN_US);

  /* Every update tells the owner to re-arm, even when nothing changed;
   * other calls only when the wakeup moved. */
  g_signal_connect (fx->scheduler, "notify::next-wakeup-us", G_CALLBACK (count_notify_cb),
                    &wakeup_notified);
  sw_scheduler_update (fx->scheduler);
  sw_scheduler_update (fx->scheduler);
  g_assert_cmpuint (wakeup_notified, ==, 2);
  sw_scheduler_set_break_minutes (fx->scheduler, 5);
  g_assert_false (sw_scheduler_skip (fx->scheduler));
  g_assert_cmpuint (wakeup_notified, ==, 2);
  sw_scheduler_set_interval_minutes (fx->scheduler, 50);
  g_assert_cmpuint (wakeup_notified, ==, 3);
  sw_scheduler_set_interval_minutes (fx->scheduler, 45);
  g_assert_cmpuint (wakeup_notified, ==, 4);

  run_for (fx, 45 * MIN_US - 1);
  assert_state (fx, SW_SCHEDULER_STATE_WORKING);
  assert_no_events (fx);

  run_for (fx, 1);
  assert_state (fx, SW_SCHEDULER_STATE_DUE);
  g_assert_cmpint (sw_scheduler_get_next_due_us (fx->scheduler), ==, start + 45 * MIN_US);
  /* The reminder stays until answered: nothing to wake up for. */
  g_assert_cmpint (sw_scheduler_get_next_wakeup_us (fx->scheduler), ==, SW_SCHEDULER_NEVER);
  g_assert_true (sw_scheduler_can_snooze (fx->scheduler));

  g_assert_true (sw_scheduler_mark_shown (fx->scheduler));
  g_assert_false (sw_scheduler_mark_shown (fx->scheduler));
  assert_log (fx, expected);

  /* A day later it is still up, and nothing more happened. */
  run_for (fx, DAY_US);
  assert_state (fx, SW_SCHEDULER_STATE_DUE);
  assert_no_events (fx);

  fixture_free (fx);
}

static void
test_snooze_limit (void)
{
  Fixture *fx = fixture_new_monday (10, 0);
  const char *expected[] = {
    "Mon 10:45 due",
    "Mon 10:45 snoozed 10m",
    "Mon 10:55 due",
    "Mon 10:57 snoozed 10m",
    "Mon 11:07 due",
    "Mon 11:10 skipped",
    "Mon 11:55 due",
    "Mon 11:55 snoozed 10m",
    NULL
  };

  run_for (fx, 45 * MIN_US);
  g_assert_true (sw_scheduler_snooze (fx->scheduler));
  assert_state (fx, SW_SCHEDULER_STATE_SNOOZED);
  g_assert_cmpuint (sw_scheduler_get_snoozes_in_row (fx->scheduler), ==, 1);
  g_assert_false (sw_scheduler_snooze (fx->scheduler));
  assert_next_wakeup_in (fx, 10 * MIN_US);

  run_for (fx, 12 * MIN_US);
  g_assert_true (sw_scheduler_snooze (fx->scheduler));
  g_assert_cmpuint (sw_scheduler_get_snoozes_in_row (fx->scheduler), ==, 2);

  run_for (fx, 10 * MIN_US);
  assert_state (fx, SW_SCHEDULER_STATE_DUE);
  g_assert_false (sw_scheduler_can_snooze (fx->scheduler));
  g_assert_false (sw_scheduler_snooze (fx->scheduler));
  assert_state (fx, SW_SCHEDULER_STATE_DUE);

  run_for (fx, 3 * MIN_US);
  g_assert_true (sw_scheduler_skip (fx->scheduler));
  g_assert_cmpuint (sw_scheduler_get_snoozes_in_row (fx->scheduler), ==, 0);

  /* The next reminder may be snoozed again. */
  run_for (fx, 45 * MIN_US);
  g_assert_true (sw_scheduler_snooze (fx->scheduler));
  assert_log (fx, expected);

  /* A snooze can be skipped before it runs out. */
  run_for (fx, 5 * MIN_US);
  g_assert_true (sw_scheduler_skip (fx->scheduler));
  assert_state (fx, SW_SCHEDULER_STATE_WORKING);
  assert_next_wakeup_in (fx, 45 * MIN_US);

  fixture_free (fx);
}

static void
test_breaks (void)
{
  Fixture *fx = fixture_new_monday (10, 0);
  const char *expected[] = {
    "Mon 10:45 due",
    "Mon 10:46 started",
    "Mon 10:49 completed 3m",
    "Mon 11:34 due",
    "Mon 11:35 started",
    "Mon 11:40 completed 5m",
    "Mon 12:25 due",
    "Mon 12:25 snoozed 10m",
    "Mon 12:30 started",
    "Mon 12:31 skipped 1m",
    "Mon 12:40 started",
    "Mon 12:45 completed 5m",
    NULL
  };

  g_assert_false (sw_scheduler_start_break (fx->scheduler));
  g_assert_false (sw_scheduler_finish_break (fx->scheduler, TRUE));

  run_for (fx, 45 * MIN_US);
  run_for (fx, 1 * MIN_US);
  g_assert_true (sw_scheduler_start_break (fx->scheduler));
  assert_state (fx, SW_SCHEDULER_STATE_ON_BREAK);
  g_assert_cmpint (sw_scheduler_get_break_end_us (fx->scheduler), ==, mono (fx) + 5 * MIN_US);
  g_assert_cmpint (sw_scheduler_get_break_end_real_us (fx->scheduler), ==, real (fx) + 5 * MIN_US);
  g_assert_cmpint (sw_scheduler_get_next_due_us (fx->scheduler), ==, mono (fx) + 50 * MIN_US);
  assert_next_wakeup_in (fx, 7 * MIN_US);
  g_assert_false (sw_scheduler_take_break_now (fx->scheduler));
  g_assert_false (sw_scheduler_start_break (fx->scheduler));
  g_assert_false (sw_scheduler_skip (fx->scheduler));

  /* Done early: the sitting timer restarts at once. */
  run_for (fx, 3 * MIN_US);
  g_assert_true (sw_scheduler_finish_break (fx->scheduler, TRUE));
  assert_state (fx, SW_SCHEDULER_STATE_WORKING);
  assert_next_wakeup_in (fx, 45 * MIN_US);

  /* Nobody presses Done: completes 2 minutes after its length, counted
   * from the end of its length. */
  run_for (fx, 46 * MIN_US);
  g_assert_true (sw_scheduler_start_break (fx->scheduler));
  run_for (fx, 7 * MIN_US - 1);
  assert_state (fx, SW_SCHEDULER_STATE_ON_BREAK);
  run_for (fx, 1);
  assert_state (fx, SW_SCHEDULER_STATE_WORKING);
  assert_next_wakeup_in (fx, 43 * MIN_US);
  g_assert_false (sw_scheduler_finish_break (fx->scheduler, TRUE));

  /* From a snooze; "Skip this break" logs skipped with the time taken. */
  run_for (fx, 43 * MIN_US);
  g_assert_true (sw_scheduler_snooze (fx->scheduler));
  run_for (fx, 5 * MIN_US);
  g_assert_true (sw_scheduler_start_break (fx->scheduler));
  run_for (fx, 1 * MIN_US);
  g_assert_true (sw_scheduler_finish_break (fx->scheduler, FALSE));

  /* Taking a break when nothing is due */
  run_for (fx, 9 * MIN_US);
  g_assert_true (sw_scheduler_take_break_now (fx->scheduler));
  run_for (fx, 10 * MIN_US);
  assert_log (fx, expected);

  fixture_free (fx);
}

static void
record_shown_cb (SwScheduler  *scheduler,
                 SwBreakEvent  event,
                 gint64        real_us,
                 gint64        length_us,
                 Fixture      *fx)
{
  /* What the service does: show the notification, then say so. */
  if (event == SW_BREAK_EVENT_DUE)
    g_assert_true (sw_scheduler_mark_shown (scheduler));
}

static void
test_reentrant_handler (void)
{
  Fixture *fx = fixture_new_monday (10, 0);
  const char *expected[] = { "Mon 10:45 due", "Mon 10:45 shown", NULL };
  guint state_notified = 0;

  g_signal_connect (fx->scheduler, "event", G_CALLBACK (record_shown_cb), fx);
  g_signal_connect (fx->scheduler, "notify::state", G_CALLBACK (count_notify_cb),
                    &state_notified);

  run_for (fx, 45 * MIN_US);
  assert_log (fx, expected);
  g_assert_cmpuint (state_notified, ==, 1);
  g_assert_cmpint (fx->armed, ==, SW_SCHEDULER_NEVER);

  fixture_free (fx);
}

static void
test_flare (void)
{
  Fixture *fx = fixture_new_monday (10, 0);
  const char *expected[] = { "Mon 10:30 due", "Mon 10:30 skipped", "Mon 11:15 due", NULL };
  guint shortening_notified = 0;
  gboolean shortening;

  g_signal_connect (fx->scheduler, "notify::flare-shortening", G_CALLBACK (count_notify_cb),
                    &shortening_notified);

  sw_scheduler_set_flare_active (fx->scheduler, TRUE);
  g_assert_true (sw_scheduler_get_flare_shortening (fx->scheduler));
  g_object_get (fx->scheduler, "flare-shortening", &shortening, NULL);
  g_assert_true (shortening);
  g_assert_cmpuint (shortening_notified, ==, 1);
  g_assert_cmpint (sw_scheduler_get_effective_interval_us (fx->scheduler), ==, 30 * MIN_US);
  assert_next_wakeup_in (fx, 30 * MIN_US);
  g_assert_cmpint (sw_scheduler_get_next_due_real_us (fx->scheduler), ==, real (fx) + 30 * MIN_US);

  run_for (fx, 30 * MIN_US);
  g_assert_true (sw_scheduler_skip (fx->scheduler));

  /* The user turns the shortening off: back to their own 45 minutes. */
  sw_scheduler_set_flare_shortens (fx->scheduler, FALSE);
  g_assert_false (sw_scheduler_get_flare_shortening (fx->scheduler));
  g_assert_cmpuint (shortening_notified, ==, 2);
  g_assert_cmpint (sw_scheduler_get_effective_interval_us (fx->scheduler), ==, 45 * MIN_US);
  assert_next_wakeup_in (fx, 45 * MIN_US);
  run_for (fx, 45 * MIN_US);
  assert_log (fx, expected);

  /* At a 30-minute interval a flare shortens nothing, so the UI names no
   * flare as the reason. */
  sw_scheduler_set_flare_shortens (fx->scheduler, TRUE);
  sw_scheduler_set_interval_minutes (fx->scheduler, 30);
  g_assert_false (sw_scheduler_get_flare_shortening (fx->scheduler));
  sw_scheduler_set_interval_minutes (fx->scheduler, 60);
  g_assert_true (sw_scheduler_get_flare_shortening (fx->scheduler));
  g_assert_cmpint (sw_scheduler_get_effective_interval_us (fx->scheduler), ==, 30 * MIN_US);

  /* Turning the flare on 40 minutes into sitting makes the reminder due at once. */
  g_assert_true (sw_scheduler_skip (fx->scheduler));
  sw_scheduler_set_flare_active (fx->scheduler, FALSE);
  run_for (fx, 40 * MIN_US);
  {
    const char *skipped[] = { "Mon 11:15 skipped", NULL };
    assert_log (fx, skipped);
  }
  sw_scheduler_set_flare_active (fx->scheduler, TRUE);
  assert_state (fx, SW_SCHEDULER_STATE_DUE);
  g_assert_cmpuint (fx->n_due, ==, 3);

  fixture_free (fx);
}

static void
test_pause_duration (void)
{
  Fixture *fx = fixture_new_monday (10, 0);
  const char *expected[] = { "Mon 12:25 due", NULL };

  run_for (fx, 40 * MIN_US);
  g_assert_true (sw_scheduler_pause (fx->scheduler, HOUR_US));
  assert_state (fx, SW_SCHEDULER_STATE_PAUSED);
  assert_next_wakeup_in (fx, HOUR_US);
  g_assert_cmpint (sw_scheduler_get_pause_end_us (fx->scheduler), ==, mono (fx) + HOUR_US);
  g_assert_cmpint (sw_scheduler_get_pause_end_real_us (fx->scheduler), ==, real (fx) + HOUR_US);
  g_assert_cmpint (sw_scheduler_get_next_due_us (fx->scheduler), ==, mono (fx) + 105 * MIN_US);
  g_assert_true (sw_scheduler_resume (fx->scheduler));
  assert_state (fx, SW_SCHEDULER_STATE_WORKING);
  assert_next_wakeup_in (fx, 45 * MIN_US);

  /* Pause again, and let it run out. */
  g_assert_true (sw_scheduler_pause (fx->scheduler, HOUR_US));

  /* A wall-clock jump does not shorten a pause for a duration. */
  sw_fake_clock_jump_real (fx->clock, 3 * HOUR_US);
  run_for (fx, HOUR_US - 1);
  assert_state (fx, SW_SCHEDULER_STATE_PAUSED);
  sw_fake_clock_jump_real (fx->clock, -3 * HOUR_US);
  run_for (fx, 1);
  assert_state (fx, SW_SCHEDULER_STATE_WORKING);
  assert_next_wakeup_in (fx, 45 * MIN_US);
  run_for (fx, 45 * MIN_US);
  assert_log (fx, expected);

  /* Pausing withdraws a reminder that is up; a re-pause replaces the end. */
  g_assert_true (sw_scheduler_pause (fx->scheduler, 10 * MIN_US));
  g_assert_true (sw_scheduler_pause (fx->scheduler, 20 * MIN_US));
  assert_next_wakeup_in (fx, 20 * MIN_US);

  /* Time asleep counts towards a pause. */
  sw_fake_clock_jump_real (fx->clock, 30 * MIN_US);
  sw_scheduler_notify_resumed_from_sleep (fx->scheduler, 30 * MIN_US);
  assert_state (fx, SW_SCHEDULER_STATE_WORKING);
  assert_no_events (fx);

  fixture_free (fx);
}

static void
test_pause_until_resumed (void)
{
  Fixture *fx = fixture_new_monday (10, 0);
  const char *expected[] = {
    "Mon 10:05 started",
    "Mon 10:07 skipped 2m",
    "Wed 10:07 started",
    "Wed 10:12 completed 5m",
    NULL
  };

  g_assert_false (sw_scheduler_resume (fx->scheduler));

  /* Pausing in the middle of a break ends it. */
  run_for (fx, 5 * MIN_US);
  g_assert_true (sw_scheduler_take_break_now (fx->scheduler));
  run_for (fx, 2 * MIN_US);
  g_assert_true (sw_scheduler_pause (fx->scheduler, 0));
  assert_state (fx, SW_SCHEDULER_STATE_PAUSED);
  g_assert_cmpint (fx->armed, ==, SW_SCHEDULER_NEVER);
  g_assert_cmpint (sw_scheduler_get_pause_end_us (fx->scheduler), ==, SW_SCHEDULER_NEVER);
  g_assert_cmpint (sw_scheduler_get_next_due_us (fx->scheduler), ==, SW_SCHEDULER_NEVER);
  g_assert_cmpint (sw_scheduler_get_next_due_real_us (fx->scheduler), ==, SW_SCHEDULER_NEVER);

  run_for (fx, 2 * DAY_US);
  assert_state (fx, SW_SCHEDULER_STATE_PAUSED);
  g_assert_false (sw_scheduler_snooze (fx->scheduler));
  g_assert_false (sw_scheduler_skip (fx->scheduler));
  g_assert_false (sw_scheduler_start_break (fx->scheduler));
  g_assert_false (sw_scheduler_mark_shown (fx->scheduler));

  /* Taking a break ends the pause too; after it, reminders resume. */
  g_assert_true (sw_scheduler_take_break_now (fx->scheduler));
  run_for (fx, 5 * MIN_US);
  g_assert_true (sw_scheduler_finish_break (fx->scheduler, TRUE));
  assert_log (fx, expected);

  /* Absurdly long is until resumed too. */
  g_assert_true (sw_scheduler_pause (fx->scheduler, G_MAXINT64));
  g_assert_cmpint (fx->armed, ==, SW_SCHEDULER_NEVER);
  run_for (fx, 3 * HOUR_US);
  sw_fake_clock_jump_real (fx->clock, G_MAXINT32);
  sw_scheduler_notify_resumed_from_sleep (fx->scheduler, G_MAXINT64);
  assert_state (fx, SW_SCHEDULER_STATE_PAUSED);
  g_assert_true (sw_scheduler_resume (fx->scheduler));
  assert_state (fx, SW_SCHEDULER_STATE_WORKING);
  assert_next_wakeup_in (fx, 45 * MIN_US);
  assert_no_events (fx);

  fixture_free (fx);
}

static void
assert_pause_ends_at (Fixture *fx,
                      int      day,
                      int      hour,
                      int      minute)
{
  g_autoptr(GDateTime) now_utc = g_date_time_new_from_unix_utc (real (fx) / G_USEC_PER_SEC);
  g_autoptr(GDateTime) now = g_date_time_to_timezone (now_utc, fx->tz);
  gint64 end_real = local_real_us (fx->tz, g_date_time_get_year (now),
                                   g_date_time_get_month (now), day, hour, minute);

  g_assert_true (sw_scheduler_pause_until_tomorrow (fx->scheduler));
  assert_state (fx, SW_SCHEDULER_STATE_PAUSED);
  g_assert_cmpint (sw_scheduler_get_pause_end_real_us (fx->scheduler), ==, end_real);
  g_assert_cmpint (sw_scheduler_get_pause_end_us (fx->scheduler), ==,
                   mono (fx) + (end_real - real (fx)));
  g_assert_cmpint (fx->armed, ==, mono (fx) + (end_real - real (fx)));
}

static void
test_pause_until_tomorrow (void)
{
  Fixture *fx = fixture_new_monday (15, 0);
  const char *expected[] = {
    "Tue 08:45 due",
    "Thu 08:45 due",
    "Fri 16:00 skipped",
    "Fri 16:45 due",
    "Sat 09:45 due",
    NULL
  };

  /* No work hours: 08:00 the next day. */
  assert_pause_ends_at (fx, 5, 8, 0);
  run_until (fx, 5, 7, 59);
  assert_state (fx, SW_SCHEDULER_STATE_PAUSED);
  run_until (fx, 5, 8, 0);
  assert_state (fx, SW_SCHEDULER_STATE_WORKING);
  run_until (fx, 5, 9, 0);

  /* Just after midnight "tomorrow" is still this morning. */
  run_until (fx, 6, 0, 30);
  assert_pause_ends_at (fx, 6, 8, 0);
  run_until (fx, 6, 3, 59);
  assert_pause_ends_at (fx, 6, 8, 0);
  run_until (fx, 6, 4, 0);
  assert_pause_ends_at (fx, 7, 8, 0);

  /* The pause ended on Thursday at 08:00. */
  run_until (fx, 8, 16, 0);
  assert_state (fx, SW_SCHEDULER_STATE_DUE);
  g_assert_true (sw_scheduler_skip (fx->scheduler));

  /* With work hours: their start on the next work day, Friday → Monday. */
  set_office_hours (fx);
  assert_pause_ends_at (fx, 11, 9, 0);

  /* A wall-clock jump past the end ends the pause at the next update; one
   * back does not bring the pause back. */
  sw_fake_clock_jump_real (fx->clock, 3 * DAY_US);
  sw_scheduler_update (fx->scheduler);
  assert_state (fx, SW_SCHEDULER_STATE_WORKING);
  sw_fake_clock_jump_real (fx->clock, -3 * DAY_US);
  sw_scheduler_update (fx->scheduler);
  assert_state (fx, SW_SCHEDULER_STATE_WORKING);
  assert_next_wakeup_in (fx, 45 * MIN_US);

  /* Working on a Saturday */
  sw_scheduler_set_work_hours (fx->scheduler, TRUE, SW_WEEKDAYS_ALL, 9 * 60, 17 * 60);
  run_until (fx, 9, 9, 45);
  assert_log (fx, expected);

  fixture_free (fx);
}

static void
test_work_hours_days (void)
{
  /* Friday 8 March 2024, 16:00 */
  Fixture *fx = fixture_new ("UTC", 2024, 3, 8, 16, 0);
  const char *expected[] = {
    "Fri 16:45 due", "Mon 09:45 due", "Mon 09:45 skipped", "Mon 10:30 due", NULL
  };

  set_office_hours (fx);
  assert_state (fx, SW_SCHEDULER_STATE_WORKING);
  /* Wake up for the reminder at 16:45, and at 17:00 when work ends. */
  assert_next_wakeup_in (fx, 45 * MIN_US);
  run_until (fx, 8, 16, 45);
  assert_next_wakeup_in (fx, 15 * MIN_US);
  run_until (fx, 8, 17, 0);
  assert_state (fx, SW_SCHEDULER_STATE_OUTSIDE_WORK_HOURS);
  g_assert_cmpint (sw_scheduler_get_next_wakeup_us (fx->scheduler), ==,
                   mono (fx) + 2 * DAY_US + 16 * HOUR_US);
  g_assert_cmpint (sw_scheduler_get_next_due_us (fx->scheduler), ==,
                   mono (fx) + 2 * DAY_US + 16 * HOUR_US + 45 * MIN_US);

  /* Nothing at all over the weekend */
  run_until (fx, 11, 8, 59);
  assert_state (fx, SW_SCHEDULER_STATE_OUTSIDE_WORK_HOURS);
  g_assert_false (sw_scheduler_snooze (fx->scheduler));
  g_assert_false (sw_scheduler_skip (fx->scheduler));
  run_until (fx, 11, 9, 0);
  assert_state (fx, SW_SCHEDULER_STATE_WORKING);
  run_until (fx, 11, 9, 45);
  g_assert_true (sw_scheduler_skip (fx->scheduler));
  run_until (fx, 11, 10, 30);
  assert_log (fx, expected);

  /* A break taken just before the end finishes, then work hours are over. */
  g_assert_true (sw_scheduler_skip (fx->scheduler));
  run_until (fx, 11, 16, 57);
  g_assert_true (sw_scheduler_take_break_now (fx->scheduler));
  run_until (fx, 11, 17, 1);
  assert_state (fx, SW_SCHEDULER_STATE_ON_BREAK);
  run_until (fx, 11, 17, 4);
  assert_state (fx, SW_SCHEDULER_STATE_OUTSIDE_WORK_HOURS);
  g_ptr_array_set_size (fx->log, 0);

  /* Only Wednesdays, 10:00–12:00 */
  sw_scheduler_set_work_hours (fx->scheduler, TRUE, SW_WEEKDAY_WEDNESDAY, 10 * 60, 12 * 60);
  run_until (fx, 13, 9, 59);
  assert_no_events (fx);
  run_until (fx, 13, 10, 45);
  g_assert_true (sw_scheduler_skip (fx->scheduler));
  run_until (fx, 13, 11, 30);
  g_assert_true (sw_scheduler_skip (fx->scheduler));
  /* 12:15 would be after work: the next one is next Wednesday. */
  g_assert_cmpint (sw_scheduler_get_next_due_us (fx->scheduler), ==,
                   mono (fx) + 7 * DAY_US - 45 * MIN_US);
  run_until (fx, 20, 10, 0);
  {
    const char *wednesdays[] = {
      "Wed 10:45 due", "Wed 10:45 skipped", "Wed 11:30 due", "Wed 11:30 skipped", NULL
    };
    assert_log (fx, wednesdays);
  }

  /* Turning work hours off, or making them empty, lets reminders run. */
  run_until (fx, 20, 20, 0);
  assert_state (fx, SW_SCHEDULER_STATE_OUTSIDE_WORK_HOURS);
  sw_scheduler_set_work_hours (fx->scheduler, TRUE, 0, 10 * 60, 12 * 60);
  assert_state (fx, SW_SCHEDULER_STATE_WORKING);
  sw_scheduler_set_work_hours (fx->scheduler, TRUE, SW_WEEKDAYS_ALL, 12 * 60, 10 * 60);
  assert_state (fx, SW_SCHEDULER_STATE_WORKING);
  sw_scheduler_set_work_hours (fx->scheduler, TRUE, SW_WEEKDAYS_ALL, 0, 24 * 60);
  assert_state (fx, SW_SCHEDULER_STATE_WORKING);
  /* All-day windows meet at midnight: sitting carries on across it. */
  run_until (fx, 20, 23, 50);
  g_assert_true (sw_scheduler_skip (fx->scheduler));
  g_assert_cmpint (sw_scheduler_get_next_due_us (fx->scheduler), ==, mono (fx) + 45 * MIN_US);
  run_until (fx, 21, 0, 34);
  assert_state (fx, SW_SCHEDULER_STATE_WORKING);
  run_until (fx, 21, 0, 35);
  assert_state (fx, SW_SCHEDULER_STATE_DUE);

  fixture_free (fx);
}

static void
test_next_due_predictions (void)
{
  Fixture *fx = fixture_new_monday (16, 30);

  set_office_hours (fx);
  /* 17:15 is after work: Tuesday 09:45. */
  g_assert_cmpint (sw_scheduler_get_next_due_us (fx->scheduler), ==,
                   mono (fx) + 17 * HOUR_US + 15 * MIN_US);
  g_assert_cmpint (sw_scheduler_get_next_due_real_us (fx->scheduler), ==,
                   local_real_us (fx->tz, 2024, 3, 5, 9, 45));

  run_until (fx, 5, 10, 0);
  g_assert_true (sw_scheduler_take_break_now (fx->scheduler));
  g_assert_cmpint (sw_scheduler_get_next_due_real_us (fx->scheduler), ==,
                   local_real_us (fx->tz, 2024, 3, 5, 10, 50));
  g_assert_true (sw_scheduler_pause (fx->scheduler, HOUR_US));
  g_assert_cmpint (sw_scheduler_get_next_due_real_us (fx->scheduler), ==,
                   local_real_us (fx->tz, 2024, 3, 5, 11, 45));
  /* A pause ending after work: next morning's start. */
  g_assert_true (sw_scheduler_pause (fx->scheduler, 7 * HOUR_US));
  g_assert_cmpint (sw_scheduler_get_next_due_real_us (fx->scheduler), ==,
                   local_real_us (fx->tz, 2024, 3, 6, 9, 45));
  g_assert_true (sw_scheduler_resume (fx->scheduler));
  run_until (fx, 5, 10, 45);
  assert_state (fx, SW_SCHEDULER_STATE_DUE);
  g_assert_cmpint (sw_scheduler_get_next_due_us (fx->scheduler), ==, mono (fx));
  g_assert_true (sw_scheduler_snooze (fx->scheduler));
  g_assert_cmpint (sw_scheduler_get_next_due_real_us (fx->scheduler), ==,
                   local_real_us (fx->tz, 2024, 3, 5, 10, 55));

  /* Idle past the due time: due "now", it comes on return. */
  g_assert_true (sw_scheduler_skip (fx->scheduler));
  sw_scheduler_notify_idle (fx->scheduler, TRUE);
  g_assert_cmpint (fx->armed, ==, mono (fx) + (17 * 60 - (10 * 60 + 45)) * MIN_US);
  run_for (fx, 50 * MIN_US);
  g_assert_cmpint (sw_scheduler_get_next_due_us (fx->scheduler), ==, mono (fx) - 5 * MIN_US);

  sw_scheduler_set_enabled (fx->scheduler, FALSE);
  g_assert_cmpint (sw_scheduler_get_next_due_us (fx->scheduler), ==, SW_SCHEDULER_NEVER);

  fixture_free (fx);
}

static void
test_dst_london (void)
{
  /* Saturday 30 March 2024, 18:00 GMT; clocks go forward at 01:00 GMT. */
  Fixture *fx = fixture_new ("Europe/London", 2024, 3, 30, 18, 0);
  const char *spring[] = { "Sun 09:45 due", NULL };
  const char *autumn[] = { "Sun 09:45 due", NULL };

  sw_scheduler_set_work_hours (fx->scheduler, TRUE, SW_WEEKDAYS_ALL, 9 * 60, 17 * 60);
  assert_state (fx, SW_SCHEDULER_STATE_OUTSIDE_WORK_HOURS);
  /* 09:00 BST is 08:00 UTC: 14 hours away, not 15. */
  assert_next_wakeup_in (fx, 14 * HOUR_US);
  g_assert_cmpint (sw_scheduler_get_next_due_real_us (fx->scheduler), ==,
                   local_real_us (fx->tz, 2024, 3, 31, 9, 45));
  run_for (fx, 14 * HOUR_US);
  assert_state (fx, SW_SCHEDULER_STATE_WORKING);
  run_for (fx, 45 * MIN_US);
  assert_log (fx, spring);

  /* Until tomorrow, no work hours, from Saturday 20:00 GMT: 08:00 BST, 11 h. */
  g_assert_true (sw_scheduler_skip (fx->scheduler));
  sw_scheduler_set_work_hours (fx->scheduler, FALSE, SW_WEEKDAYS_ALL, 9 * 60, 17 * 60);
  sw_fake_clock_jump_real (fx->clock, local_real_us (fx->tz, 2024, 3, 30, 20, 0) - real (fx));
  g_assert_true (sw_scheduler_pause_until_tomorrow (fx->scheduler));
  assert_next_wakeup_in (fx, 11 * HOUR_US);

  /* A window inside the skipped hour (01:00–02:00 does not exist) neither
   * hangs nor fires twice. */
  g_assert_true (sw_scheduler_resume (fx->scheduler));
  sw_scheduler_set_work_hours (fx->scheduler, TRUE, SW_WEEKDAY_SUNDAY, 60, 120);
  g_assert_cmpint (sw_scheduler_get_next_wakeup_us (fx->scheduler), >, mono (fx));
  run_for (fx, 2 * DAY_US);
  {
    const char *skipped[] = { "Sun 09:45 skipped", NULL };
    assert_log (fx, skipped);
  }

  /* Saturday 26 October 2024, 18:00 BST; clocks go back at 01:00 GMT. */
  sw_fake_clock_jump_real (fx->clock, local_real_us (fx->tz, 2024, 10, 26, 18, 0) - real (fx));
  sw_scheduler_set_work_hours (fx->scheduler, TRUE, SW_WEEKDAYS_ALL, 9 * 60, 17 * 60);
  assert_state (fx, SW_SCHEDULER_STATE_OUTSIDE_WORK_HOURS);
  /* 09:00 GMT is 16 hours after 18:00 BST. */
  assert_next_wakeup_in (fx, 16 * HOUR_US);
  run_for (fx, 16 * HOUR_US + 45 * MIN_US);
  assert_log (fx, autumn);

  fixture_free (fx);
}

static void
test_natural_breaks (void)
{
  Fixture *fx = fixture_new_monday (10, 0);
  const char *expected[] = {
    "Mon 10:46 due",
    "Mon 10:57 natural 6m",
    "Mon 11:42 due",
    "Mon 11:42 snoozed 10m",
    "Mon 11:53 natural 11m",
    "Mon 12:48 natural 35m",
    "Mon 16:52 natural 240m",
    NULL
  };

  /* Idle for less than a break: no natural break, the timer runs on, and a
   * reminder that fell due meanwhile comes on return, not before. */
  run_for (fx, 42 * MIN_US);
  sw_scheduler_notify_idle (fx->scheduler, TRUE);
  g_assert_cmpint (fx->armed, ==, SW_SCHEDULER_NEVER);
  run_for (fx, 4 * MIN_US);
  assert_state (fx, SW_SCHEDULER_STATE_WORKING);
  assert_no_events (fx);
  sw_scheduler_notify_idle (fx->scheduler, FALSE);
  assert_state (fx, SW_SCHEDULER_STATE_DUE);

  /* Walking away from the reminder for a break's length answers it. */
  run_for (fx, 5 * MIN_US);
  sw_scheduler_notify_locked (fx->scheduler, TRUE);
  run_for (fx, 6 * MIN_US);
  sw_scheduler_notify_locked (fx->scheduler, FALSE);
  assert_state (fx, SW_SCHEDULER_STATE_WORKING);
  assert_next_wakeup_in (fx, 45 * MIN_US);

  /* Idle then locked, overlapping: one away period. */
  run_for (fx, 45 * MIN_US);
  g_assert_true (sw_scheduler_snooze (fx->scheduler));
  sw_scheduler_notify_idle (fx->scheduler, TRUE);
  run_for (fx, 4 * MIN_US);
  sw_scheduler_notify_locked (fx->scheduler, TRUE);
  run_for (fx, 3 * MIN_US);
  sw_scheduler_notify_idle (fx->scheduler, FALSE);
  run_for (fx, 4 * MIN_US);
  g_assert_cmpint (fx->n_due, ==, 2);
  sw_scheduler_notify_locked (fx->scheduler, FALSE);
  assert_state (fx, SW_SCHEDULER_STATE_WORKING);
  g_assert_cmpuint (sw_scheduler_get_snoozes_in_row (fx->scheduler), ==, 0);

  /* Locked, then the machine sleeps, then unlocked: one natural break
   * counting both (the monotonic clock stood still while asleep). */
  run_for (fx, 20 * MIN_US);
  sw_scheduler_notify_locked (fx->scheduler, TRUE);
  run_for (fx, 5 * MIN_US);
  sw_fake_clock_jump_real (fx->clock, 25 * MIN_US);
  sw_scheduler_notify_resumed_from_sleep (fx->scheduler, 25 * MIN_US);
  run_for (fx, 5 * MIN_US);
  sw_scheduler_notify_locked (fx->scheduler, FALSE);

  /* Asleep for 4 hours without a lock: natural at once. */
  run_for (fx, 4 * MIN_US);
  sw_fake_clock_jump_real (fx->clock, 4 * HOUR_US);
  sw_scheduler_notify_resumed_from_sleep (fx->scheduler, 4 * HOUR_US);
  assert_next_wakeup_in (fx, 45 * MIN_US);
  assert_log (fx, expected);

  /* A short sleep is no break, and does not count as sitting either; it
   * does count towards a snooze. */
  run_for (fx, 40 * MIN_US);
  sw_fake_clock_jump_real (fx->clock, 4 * MIN_US);
  sw_scheduler_notify_resumed_from_sleep (fx->scheduler, 4 * MIN_US);
  assert_next_wakeup_in (fx, 5 * MIN_US);
  run_for (fx, 5 * MIN_US);
  g_assert_true (sw_scheduler_snooze (fx->scheduler));
  sw_fake_clock_jump_real (fx->clock, 4 * MIN_US);
  sw_scheduler_notify_resumed_from_sleep (fx->scheduler, 4 * MIN_US);
  assert_next_wakeup_in (fx, 6 * MIN_US);
  {
    const char *more[] = { "Mon 17:41 due", "Mon 17:41 snoozed 10m", NULL };
    assert_log (fx, more);
  }

  /* Asleep during a break: it completes on waking if its length is up. */
  g_assert_true (sw_scheduler_start_break (fx->scheduler));
  run_for (fx, 1 * MIN_US);
  sw_fake_clock_jump_real (fx->clock, 2 * MIN_US);
  sw_scheduler_notify_resumed_from_sleep (fx->scheduler, 2 * MIN_US);
  g_assert_cmpint (sw_scheduler_get_break_end_us (fx->scheduler), ==, mono (fx) + 2 * MIN_US);
  sw_fake_clock_jump_real (fx->clock, 10 * MIN_US);
  sw_scheduler_notify_resumed_from_sleep (fx->scheduler, 10 * MIN_US);
  assert_state (fx, SW_SCHEDULER_STATE_WORKING);
  {
    const char *more[] = { "Mon 17:45 started", "Mon 17:58 completed 13m", NULL };
    assert_log (fx, more);
  }

  /* Away while a break runs: the sitting timer starts when they return. */
  g_assert_true (sw_scheduler_take_break_now (fx->scheduler));
  sw_scheduler_notify_locked (fx->scheduler, TRUE);
  run_for (fx, 20 * MIN_US);
  assert_state (fx, SW_SCHEDULER_STATE_WORKING);
  sw_scheduler_notify_locked (fx->scheduler, FALSE);
  assert_next_wakeup_in (fx, 45 * MIN_US);
  {
    const char *more[] = { "Mon 17:58 started", "Mon 18:03 completed 5m", NULL };
    assert_log (fx, more);
  }

  /* The idle monitor reports idle a minute after the last input: that
   * minute counts, but not from before the sitting timer started. */
  sw_scheduler_set_idle_delay_us (fx->scheduler, MIN_US);
  run_for (fx, 10 * MIN_US);
  sw_scheduler_notify_idle (fx->scheduler, TRUE);
  run_for (fx, 4 * MIN_US);
  sw_scheduler_notify_idle (fx->scheduler, FALSE);
  assert_next_wakeup_in (fx, 45 * MIN_US);
  g_assert_true (sw_scheduler_pause (fx->scheduler, 30 * G_USEC_PER_SEC));
  run_for (fx, 30 * G_USEC_PER_SEC);
  sw_scheduler_notify_idle (fx->scheduler, TRUE);
  run_for (fx, 4 * MIN_US);
  sw_scheduler_notify_idle (fx->scheduler, FALSE);
  assert_state (fx, SW_SCHEDULER_STATE_WORKING);
  {
    const char *more[] = { "Mon 18:32 natural 5m", NULL };
    assert_log (fx, more);
  }

  fixture_free (fx);
}

static void
test_wall_clock_jumps (void)
{
  Fixture *fx = fixture_new_monday (10, 0);
  const char *expected[] = { "Mon 15:45 due", "Mon 14:45 skipped", "Mon 15:30 due", NULL };
  gint64 due;

  /* Forward five hours: nothing fires, the reminder keeps its place on the
   * monotonic clock. */
  run_for (fx, 10 * MIN_US);
  due = sw_scheduler_get_next_due_us (fx->scheduler);
  sw_fake_clock_jump_real (fx->clock, 5 * HOUR_US);
  sw_scheduler_update (fx->scheduler);
  assert_state (fx, SW_SCHEDULER_STATE_WORKING);
  assert_no_events (fx);
  g_assert_cmpint (sw_scheduler_get_next_due_us (fx->scheduler), ==, due);
  g_assert_cmpint (sw_scheduler_get_next_due_real_us (fx->scheduler), ==, real (fx) + 35 * MIN_US);
  run_for (fx, 35 * MIN_US);

  /* Backward an hour while due: still one reminder, then the normal rhythm. */
  sw_fake_clock_jump_real (fx->clock, -HOUR_US);
  sw_scheduler_update (fx->scheduler);
  g_assert_true (sw_scheduler_skip (fx->scheduler));
  run_for (fx, 45 * MIN_US);
  assert_log (fx, expected);

  /* With work hours: a jump out of them withdraws the reminder, a jump back
   * restarts the sitting timer rather than firing at once. */
  set_office_hours (fx);
  sw_fake_clock_jump_real (fx->clock, 6 * HOUR_US);
  sw_scheduler_update (fx->scheduler);
  assert_state (fx, SW_SCHEDULER_STATE_OUTSIDE_WORK_HOURS);
  sw_fake_clock_jump_real (fx->clock, -6 * HOUR_US);
  sw_scheduler_update (fx->scheduler);
  assert_state (fx, SW_SCHEDULER_STATE_WORKING);
  assert_next_wakeup_in (fx, 45 * MIN_US);

  /* The service's timer, armed before a jump, fires early or late; the
   * update re-reads the wall clock. */
  run_until (fx, 4, 16, 30);
  g_assert_true (sw_scheduler_skip (fx->scheduler));
  sw_fake_clock_jump_real (fx->clock, -2 * HOUR_US);
  run_for (fx, 30 * MIN_US);
  assert_state (fx, SW_SCHEDULER_STATE_WORKING);
  /* 15:00 on the wall: work still has two hours to go. */
  g_assert_cmpint (fx->armed, ==, mono (fx) + 15 * MIN_US);
  run_for (fx, 15 * MIN_US);
  assert_state (fx, SW_SCHEDULER_STATE_DUE);
  g_assert_cmpuint (fx->n_due, ==, 4);

  fixture_free (fx);
}

static void
test_disable (void)
{
  Fixture *fx = fixture_new_monday (10, 0);
  const char *expected[] = { "Mon 14:15 due", NULL };

  run_for (fx, 30 * MIN_US);
  g_assert_true (sw_scheduler_pause (fx->scheduler, HOUR_US));
  sw_scheduler_set_enabled (fx->scheduler, FALSE);
  assert_state (fx, SW_SCHEDULER_STATE_DISABLED);
  g_assert_cmpint (fx->armed, ==, SW_SCHEDULER_NEVER);
  g_assert_false (sw_scheduler_take_break_now (fx->scheduler));
  g_assert_false (sw_scheduler_pause (fx->scheduler, HOUR_US));
  g_assert_false (sw_scheduler_pause_until_tomorrow (fx->scheduler));
  g_assert_false (sw_scheduler_resume (fx->scheduler));
  sw_scheduler_notify_idle (fx->scheduler, TRUE);
  sw_scheduler_notify_idle (fx->scheduler, FALSE);
  sw_fake_clock_jump_real (fx->clock, HOUR_US);
  sw_scheduler_notify_resumed_from_sleep (fx->scheduler, HOUR_US);
  run_for (fx, 2 * HOUR_US);
  assert_state (fx, SW_SCHEDULER_STATE_DISABLED);
  assert_no_events (fx);

  /* On again: a fresh sitting timer, no pause left over. */
  g_object_set (fx->scheduler, "enabled", TRUE, NULL);
  assert_state (fx, SW_SCHEDULER_STATE_WORKING);
  assert_next_wakeup_in (fx, 45 * MIN_US);
  run_for (fx, 45 * MIN_US);
  assert_log (fx, expected);

  fixture_free (fx);
}

/* A simulated 8-hour day: every event, at its exact time. Monday and
 * Tuesday 4–5 March 2024, office hours 09:00–17:00, defaults otherwise. */
static void
test_eight_hour_day (void)
{
  Fixture *fx = fixture_new_monday (8, 30);
  const char *expected[] = {
    "Mon 09:45 due",
    "Mon 09:45 shown",
    "Mon 09:46 snoozed 10m",
    "Mon 09:56 due",
    "Mon 09:56 shown",
    "Mon 09:56 snoozed 10m",
    "Mon 10:06 due",              /* snoozed twice: Snooze is refused */
    "Mon 10:07 started",
    "Mon 10:12 completed 5m",
    /* 10:30: NTP puts the wall clock 30 min forward; 10:57 becomes 11:27 */
    "Mon 11:27 due",
    "Mon 11:28 skipped",
    /* 11:50–11:53 idle: shorter than a break, nothing */
    "Mon 12:13 due",
    "Mon 12:15 started",
    "Mon 12:20 completed 5m",     /* nobody pressed Done: noticed at 12:22 */
    /* 12:30–13:15 lunch, idle: 13:05 does not fire */
    "Mon 13:15 natural 45m",
    "Mon 14:00 due",
    "Mon 14:01 started",
    "Mon 14:05 completed 4m",
    /* 14:20 suspend for 20 minutes */
    "Mon 14:40 natural 20m",
    "Mon 15:25 due",
    "Mon 15:26 skipped",
    /* 15:40 screen locked for 10 minutes */
    "Mon 15:50 natural 10m",
    /* 16:00 flare-up: every 30 min; 16:05 the wall clock goes back 1 h */
    "Mon 15:20 due",
    "Mon 15:20 skipped",
    "Mon 15:50 due",
    /* 15:52 the user turns the flare shortening off */
    "Mon 15:52 skipped",
    "Mon 16:37 due",
    "Mon 16:37 snoozed 10m",
    "Mon 16:47 due",
    "Mon 16:47 snoozed 10m",
    "Mon 16:57 due",              /* withdrawn at 17:00 */
    "Tue 09:45 due",
    NULL
  };

  set_office_hours (fx);
  assert_state (fx, SW_SCHEDULER_STATE_OUTSIDE_WORK_HOURS);
  assert_next_wakeup_in (fx, 30 * MIN_US);

  run_until (fx, 4, 9, 0);
  assert_state (fx, SW_SCHEDULER_STATE_WORKING);
  run_until (fx, 4, 9, 45);
  g_assert_true (sw_scheduler_mark_shown (fx->scheduler));
  run_until (fx, 4, 9, 46);
  g_assert_true (sw_scheduler_snooze (fx->scheduler));
  run_until (fx, 4, 9, 56);
  g_assert_true (sw_scheduler_mark_shown (fx->scheduler));
  g_assert_true (sw_scheduler_snooze (fx->scheduler));
  run_until (fx, 4, 10, 6);
  g_assert_false (sw_scheduler_can_snooze (fx->scheduler));
  g_assert_false (sw_scheduler_snooze (fx->scheduler));
  run_until (fx, 4, 10, 7);
  g_assert_true (sw_scheduler_start_break (fx->scheduler));
  run_until (fx, 4, 10, 12);
  g_assert_true (sw_scheduler_finish_break (fx->scheduler, TRUE));

  run_until (fx, 4, 10, 30);
  sw_fake_clock_jump_real (fx->clock, 30 * MIN_US);
  run_until (fx, 4, 11, 28);
  g_assert_true (sw_scheduler_skip (fx->scheduler));

  run_until (fx, 4, 11, 50);
  sw_scheduler_notify_idle (fx->scheduler, TRUE);
  run_until (fx, 4, 11, 53);
  sw_scheduler_notify_idle (fx->scheduler, FALSE);
  run_until (fx, 4, 12, 15);
  g_assert_true (sw_scheduler_start_break (fx->scheduler));

  run_until (fx, 4, 12, 30);
  sw_scheduler_notify_idle (fx->scheduler, TRUE);
  run_until (fx, 4, 13, 15);
  sw_scheduler_notify_idle (fx->scheduler, FALSE);

  run_until (fx, 4, 14, 1);
  g_assert_true (sw_scheduler_start_break (fx->scheduler));
  run_until (fx, 4, 14, 5);
  g_assert_true (sw_scheduler_finish_break (fx->scheduler, TRUE));

  run_until (fx, 4, 14, 20);
  sw_fake_clock_jump_real (fx->clock, 20 * MIN_US);
  sw_scheduler_notify_resumed_from_sleep (fx->scheduler, 20 * MIN_US);

  run_until (fx, 4, 15, 26);
  g_assert_true (sw_scheduler_skip (fx->scheduler));
  run_until (fx, 4, 15, 40);
  sw_scheduler_notify_locked (fx->scheduler, TRUE);
  run_until (fx, 4, 15, 50);
  sw_scheduler_notify_locked (fx->scheduler, FALSE);

  run_until (fx, 4, 16, 0);
  sw_scheduler_set_flare_active (fx->scheduler, TRUE);
  g_assert_true (sw_scheduler_get_flare_shortening (fx->scheduler));
  run_until (fx, 4, 16, 5);
  sw_fake_clock_jump_real (fx->clock, -HOUR_US);
  run_until (fx, 4, 15, 20);
  g_assert_true (sw_scheduler_skip (fx->scheduler));
  run_until (fx, 4, 15, 52);
  sw_scheduler_set_flare_shortens (fx->scheduler, FALSE);
  assert_state (fx, SW_SCHEDULER_STATE_DUE);
  g_assert_true (sw_scheduler_skip (fx->scheduler));

  run_until (fx, 4, 16, 37);
  g_assert_true (sw_scheduler_snooze (fx->scheduler));
  run_until (fx, 4, 16, 47);
  g_assert_true (sw_scheduler_snooze (fx->scheduler));
  run_until (fx, 4, 16, 59);
  assert_state (fx, SW_SCHEDULER_STATE_DUE);
  run_until (fx, 4, 17, 0);
  assert_state (fx, SW_SCHEDULER_STATE_OUTSIDE_WORK_HOURS);
  assert_next_wakeup_in (fx, 16 * HOUR_US);

  run_until (fx, 5, 10, 0);
  assert_log (fx, expected);
  g_assert_cmpuint (fx->n_due, ==, 13);

  fixture_free (fx);
}

/* Property tests over random event sequences. The model knows only what
 * the user and the session did, and checks the scheduler against it. */

struct _Model
{
  gboolean idle;
  gboolean locked;
  gboolean enabled;
  gboolean flare_active;
  gboolean flare_shortens;
  guint    interval;
  guint    snooze;
  gboolean wh_enabled;
  guint    wh_days;
  guint    wh_start;
  guint    wh_end;

  enum { NO_PAUSE, PAUSE_FOR, PAUSE_UNTIL, PAUSE_RESUME } pause;
  gint64   pause_until;       /* in elapsed time, or wall time */

  gint64   slept;             /* total time asleep */
  gboolean have_due;
  gint64   last_due_mono;
  gint64   snoozed_at;        /* elapsed */
  gint64   snooze_length;
  guint    chain;             /* snoozes in a row */

  guint    n_due;
  guint    n_due_from_snooze;
  guint    n_natural;
  guint    n_completed;
  guint    n_refused_snoozes;
  guint    n_outside;
  guint    n_paused;
};

/* Monotonic time plus time asleep: what a snooze or a pause counts. */
static gint64
model_elapsed (Fixture *fx)
{
  return mono (fx) + fx->model->slept;
}

static gboolean
model_work_hours_apply (Model *m)
{
  return m->wh_enabled && (m->wh_days & SW_WEEKDAYS_ALL) != 0 && m->wh_start < m->wh_end;
}

/* UTC only: day 0 (1 January 1970) was a Thursday. */
static guint
model_weekday_bit (gint64 day)
{
  return 1u << ((day + 3) % 7);
}

static gboolean
model_inside (Model  *m,
              gint64  real_us)
{
  gint64 day = real_us / DAY_US;
  gint64 minute_us = real_us - day * DAY_US;

  if (!model_work_hours_apply (m))
    return TRUE;

  if ((m->wh_days & model_weekday_bit (day)) == 0)
    return FALSE;

  return minute_us >= m->wh_start * MIN_US && minute_us < m->wh_end * MIN_US;
}

static gint64
model_tomorrow (Model  *m,
                gint64  real_us)
{
  gint64 today = (real_us - 4 * HOUR_US) / DAY_US;

  for (gint64 day = today + 1; day <= today + 15; day++)
    {
      gint64 t;

      if (model_work_hours_apply (m))
        {
          if ((m->wh_days & model_weekday_bit (day)) == 0)
            continue;
          t = day * DAY_US + m->wh_start * MIN_US;
        }
      else
        {
          t = day * DAY_US + 8 * HOUR_US;
        }

      if (t > real_us)
        return t;
    }

  g_assert_not_reached ();
}

static gboolean
model_paused (Fixture *fx)
{
  Model *m = fx->model;

  switch (m->pause)
    {
    case NO_PAUSE:
      return FALSE;
    case PAUSE_FOR:
      return model_elapsed (fx) < m->pause_until;
    case PAUSE_UNTIL:
      return real (fx) < m->pause_until;
    case PAUSE_RESUME:
    default:
      return TRUE;
    }
}

static gint64
model_interval (Model *m)
{
  if (m->flare_active && m->flare_shortens)
    return 30 * MIN_US;

  return m->interval * MIN_US;
}

static void
model_check_event (Fixture      *fx,
                   SwBreakEvent  event,
                   gint64        length_us)
{
  Model *m = fx->model;

  switch (event)
    {
    case SW_BREAK_EVENT_DUE:
      /* Never while away, paused, outside work hours or off */
      g_assert_false (m->idle);
      g_assert_false (m->locked);
      g_assert_true (m->enabled);
      g_assert_false (model_paused (fx));
      g_assert_true (model_inside (m, real (fx)));

      if (sw_scheduler_get_snoozes_in_row (fx->scheduler) > 0)
        {
          /* From a snooze: no sooner than the snooze length */
          g_assert_cmpint (m->chain, >, 0);
          g_assert_cmpint (model_elapsed (fx) - m->snoozed_at, >=, m->snooze_length);
          m->n_due_from_snooze++;
        }
      else
        {
          /* Otherwise never closer than the interval to the last one */
          if (m->have_due)
            g_assert_cmpint (mono (fx) - m->last_due_mono, >=, model_interval (m));
          m->chain = 0;
        }

      m->have_due = TRUE;
      m->last_due_mono = mono (fx);
      m->n_due++;
      break;

    case SW_BREAK_EVENT_SNOOZED:
      m->chain++;
      g_assert_cmpuint (m->chain, <=, SW_SCHEDULER_MAX_SNOOZES);
      g_assert_cmpint (length_us, ==, m->snooze * MIN_US);
      m->snoozed_at = model_elapsed (fx);
      m->snooze_length = length_us;
      break;

    case SW_BREAK_EVENT_NATURAL:
      g_assert_false (m->idle || m->locked);
      m->n_natural++;
      m->chain = 0;
      break;

    case SW_BREAK_EVENT_COMPLETED:
      m->n_completed++;
      G_GNUC_FALLTHROUGH;
    case SW_BREAK_EVENT_STARTED:
    case SW_BREAK_EVENT_SKIPPED:
      m->chain = 0;
      break;

    case SW_BREAK_EVENT_SHOWN:
    default:
      break;
    }
}

static void
model_state_changed_cb (SwScheduler *scheduler,
                        GParamSpec  *pspec,
                        Fixture     *fx)
{
  SwSchedulerState state = sw_scheduler_get_state (scheduler);

  if (state != SW_SCHEDULER_STATE_DUE && state != SW_SCHEDULER_STATE_SNOOZED)
    fx->model->chain = 0;
}

/* After every call into the scheduler: its state agrees with the model. */
static void
model_check_state (Fixture *fx)
{
  Model *m = fx->model;
  SwSchedulerState state = sw_scheduler_get_state (fx->scheduler);

  if (m->pause != NO_PAUSE && !model_paused (fx))
    m->pause = NO_PAUSE;

  g_assert_cmpint (state == SW_SCHEDULER_STATE_DISABLED, ==, !m->enabled);
  g_assert_cmpint (state == SW_SCHEDULER_STATE_PAUSED, ==, m->pause != NO_PAUSE);

  if (state != SW_SCHEDULER_STATE_DISABLED &&
      state != SW_SCHEDULER_STATE_PAUSED &&
      state != SW_SCHEDULER_STATE_ON_BREAK)
    g_assert_cmpint (state == SW_SCHEDULER_STATE_OUTSIDE_WORK_HOURS, ==,
                     !model_inside (m, real (fx)));

  g_assert_cmpuint (sw_scheduler_get_snoozes_in_row (fx->scheduler), <=,
                    SW_SCHEDULER_MAX_SNOOZES);
  g_assert_cmpuint (sw_scheduler_get_snoozes_in_row (fx->scheduler), ==, m->chain);
  g_assert_cmpint (sw_scheduler_can_snooze (fx->scheduler), ==,
                   state == SW_SCHEDULER_STATE_DUE && m->chain < SW_SCHEDULER_MAX_SNOOZES);
  g_assert_cmpint (sw_scheduler_get_effective_interval_us (fx->scheduler), ==,
                   model_interval (m));

  /* The service's timer is the scheduler's next wakeup, in the future. */
  g_assert_cmpint (fx->armed, ==, sw_scheduler_get_next_wakeup_us (fx->scheduler));
  g_assert_cmpint (fx->armed, >, mono (fx));

  /* ...and no later than the next thing that must happen. */
  if (state == SW_SCHEDULER_STATE_WORKING && !m->idle && !m->locked)
    g_assert_cmpint (fx->armed, <=, mono (fx) + model_interval (m));
  if (state == SW_SCHEDULER_STATE_SNOOZED && !m->idle && !m->locked)
    g_assert_cmpint (fx->armed, <=, mono (fx) + m->snooze_length);
  if (state == SW_SCHEDULER_STATE_ON_BREAK)
    g_assert_cmpint (fx->armed, <=, mono (fx) + (SW_SCHEDULER_BREAK_MAX +
                                                 SW_SCHEDULER_BREAK_GRACE_MINUTES) * MIN_US);
  if (state == SW_SCHEDULER_STATE_PAUSED && m->pause == PAUSE_FOR)
    g_assert_cmpint (fx->armed, ==, mono (fx) + (m->pause_until - model_elapsed (fx)));
  if (state == SW_SCHEDULER_STATE_PAUSED && m->pause == PAUSE_UNTIL)
    g_assert_cmpint (fx->armed, ==, mono (fx) + (m->pause_until - real (fx)));

  if (state == SW_SCHEDULER_STATE_OUTSIDE_WORK_HOURS)
    m->n_outside++;
  if (state == SW_SCHEDULER_STATE_PAUSED)
    m->n_paused++;
}

static gint64
random_duration (GRand *rand)
{
  switch (g_rand_int_range (rand, 0, 10))
    {
    case 0:
      return g_rand_int_range (rand, 1, 600) * G_USEC_PER_SEC;
    case 1:
      return g_rand_int_range (rand, 1, 24 * 60) * MIN_US;
    case 2:
      return g_rand_int_range (rand, 1, 3 * 24 * 60) * MIN_US;
    default:
      return g_rand_int_range (rand, 1, 30) * MIN_US;
    }
}

static void
random_step (Fixture *fx,
             GRand   *rand)
{
  SwScheduler *s = fx->scheduler;
  Model *m = fx->model;
  int action = g_rand_int_range (rand, 0, 100);

  if (action < 35)
    {
      run_for (fx, random_duration (rand));
      /* Extra updates are harmless, and let the model catch up with wall
       * clock changes the service's timer has not noticed yet. */
      sw_scheduler_update (s);
    }
  else if (action < 41)
    {
      guint chain = m->chain;
      gboolean due = sw_scheduler_get_state (s) == SW_SCHEDULER_STATE_DUE;
      gboolean ok = sw_scheduler_snooze (s);

      if (ok)
        g_assert_true (due && chain < SW_SCHEDULER_MAX_SNOOZES);
      else if (due && chain < SW_SCHEDULER_MAX_SNOOZES)
        /* Only if a wall-clock jump nobody noticed ended the reminder */
        g_assert_cmpint (sw_scheduler_get_state (s), !=, SW_SCHEDULER_STATE_DUE);
      else if (due)
        m->n_refused_snoozes++;
    }
  else if (action < 46)
    sw_scheduler_skip (s);
  else if (action < 51)
    sw_scheduler_start_break (s);
  else if (action < 54)
    {
      if (sw_scheduler_take_break_now (s))
        m->pause = NO_PAUSE;
    }
  else if (action < 59)
    sw_scheduler_finish_break (s, g_rand_boolean (rand));
  else if (action < 63)
    sw_scheduler_mark_shown (s);
  else if (action < 66)
    {
      gint64 duration = HOUR_US;

      if (g_rand_int_range (rand, 0, 4) == 0)
        duration = 0;
      else if (g_rand_int_range (rand, 0, 3) == 0)
        duration = random_duration (rand);
      if (sw_scheduler_pause (s, duration))
        {
          m->pause = duration == 0 ? PAUSE_RESUME : PAUSE_FOR;
          m->pause_until = model_elapsed (fx) + duration;
        }
    }
  else if (action < 67)
    {
      if (sw_scheduler_pause_until_tomorrow (s))
        {
          m->pause = PAUSE_UNTIL;
          m->pause_until = model_tomorrow (m, real (fx));
        }
    }
  else if (action < 71)
    {
      if (sw_scheduler_resume (s))
        m->pause = NO_PAUSE;
    }
  else if (action < 78)
    {
      /* Away now and then, mostly present */
      m->idle = g_rand_int_range (rand, 0, 3) == 0;
      sw_scheduler_notify_idle (s, m->idle);
    }
  else if (action < 84)
    {
      m->locked = g_rand_int_range (rand, 0, 3) == 0;
      sw_scheduler_notify_locked (s, m->locked);
    }
  else if (action < 88)
    {
      gint64 slept = random_duration (rand);

      m->slept += slept;
      sw_fake_clock_jump_real (fx->clock, slept);
      sw_scheduler_notify_resumed_from_sleep (s, slept);
    }
  else if (action < 90)
    {
      gint64 jump = random_duration (rand);

      sw_fake_clock_jump_real (fx->clock, g_rand_boolean (rand) ? jump : -jump);
      /* Sometimes nothing notices; the armed timer fires in its own time. */
      if (g_rand_boolean (rand))
        return;
      sw_scheduler_update (s);
    }
  else if (action < 92)
    {
      m->flare_active = !m->flare_active;
      sw_scheduler_set_flare_active (s, m->flare_active);
    }
  else if (action < 93)
    {
      m->flare_shortens = !m->flare_shortens;
      sw_scheduler_set_flare_shortens (s, m->flare_shortens);
    }
  else if (action < 95)
    {
      guint minutes = g_rand_int_range (rand, 0, 80);

      /* The model first: a reminder may fall due inside the call. */
      m->interval = CLAMP (minutes, 30, 60);
      sw_scheduler_set_interval_minutes (s, minutes);
    }
  else if (action < 96)
    {
      guint minutes = g_rand_int_range (rand, 0, 20);

      m->snooze = CLAMP (minutes, 5, 15);
      sw_scheduler_set_snooze_minutes (s, minutes);
      sw_scheduler_set_break_minutes (s, g_rand_int_range (rand, 0, 20));
    }
  else if (action < 98)
    {
      m->wh_enabled = g_rand_boolean (rand);
      m->wh_days = g_rand_int_range (rand, 0, 128);
      m->wh_start = g_rand_int_range (rand, 0, 1440);
      m->wh_end = g_rand_int_range (rand, 1, 1441);
      if (g_rand_int_range (rand, 0, 4) != 0)
        {
          m->wh_start = g_rand_int_range (rand, 6, 11) * 60;
          m->wh_end = g_rand_int_range (rand, 15, 20) * 60;
        }
      sw_scheduler_set_work_hours (s, m->wh_enabled, m->wh_days, m->wh_start, m->wh_end);
    }
  else
    {
      /* Mostly on: a scheduler that is off proves little. */
      m->enabled = !m->enabled || g_rand_int_range (rand, 0, 3) != 0;
      sw_scheduler_set_enabled (s, m->enabled);
      if (!m->enabled)
        m->pause = NO_PAUSE;
    }

  model_check_state (fx);
}

static void
test_random_sequences (void)
{
  const guint32 seeds[] = { 1, 4242, 20260101 };
  guint total_due = 0;

  for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
    {
      Fixture *fx = fixture_new_monday (8, 0);
      g_autoptr(GRand) rand = g_rand_new_with_seed (seeds[i]);
      Model model = {
        .enabled = TRUE,
        .flare_shortens = TRUE,
        .interval = 45,
        .snooze = 10,
        .wh_days = SW_WEEKDAYS_MONDAY_TO_FRIDAY,
        .wh_start = 9 * 60,
        .wh_end = 17 * 60,
      };

      fx->model = &model;
      g_signal_connect (fx->scheduler, "notify::state", G_CALLBACK (model_state_changed_cb), fx);

      for (guint step = 0; step < 50000; step++)
        random_step (fx, rand);

      g_test_message ("seed %u: %u reminders (%u after a snooze), %u natural breaks, "
                      "%u completed, %u snoozes refused; %u steps outside work hours, "
                      "%u paused",
                      seeds[i], model.n_due, model.n_due_from_snooze, model.n_natural,
                      model.n_completed, model.n_refused_snoozes, model.n_outside,
                      model.n_paused);

      /* The sequences really went through every kind of transition. */
      g_assert_cmpuint (model.n_due, >, 500);
      g_assert_cmpuint (model.n_due_from_snooze, >, 30);
      g_assert_cmpuint (model.n_natural, >, 100);
      g_assert_cmpuint (model.n_completed, >, 300);
      g_assert_cmpuint (model.n_refused_snoozes, >, 0);
      g_assert_cmpuint (model.n_outside, >, 1000);
      g_assert_cmpuint (model.n_paused, >, 1000);
      total_due += model.n_due;

      fx->model = NULL;
      fixture_free (fx);
    }

  g_assert_cmpuint (total_due, >, 1500);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/sitwell/core/scheduler/defaults", test_defaults);
  g_test_add_func ("/sitwell/core/scheduler/settings-are-clamped", test_settings_clamp);
  g_test_add_func ("/sitwell/core/scheduler/first-reminder-after-interval", test_first_reminder);
  g_test_add_func ("/sitwell/core/scheduler/at-most-two-snoozes-in-a-row", test_snooze_limit);
  g_test_add_func ("/sitwell/core/scheduler/breaks-finish-or-complete-themselves", test_breaks);
  g_test_add_func ("/sitwell/core/scheduler/handlers-may-call-back", test_reentrant_handler);
  g_test_add_func ("/sitwell/core/scheduler/flare-shortens-to-30-min", test_flare);
  g_test_add_func ("/sitwell/core/scheduler/pause-for-a-duration", test_pause_duration);
  g_test_add_func ("/sitwell/core/scheduler/pause-until-resumed", test_pause_until_resumed);
  g_test_add_func ("/sitwell/core/scheduler/pause-until-tomorrow", test_pause_until_tomorrow);
  g_test_add_func ("/sitwell/core/scheduler/work-hours-keep-to-days", test_work_hours_days);
  g_test_add_func ("/sitwell/core/scheduler/next-due-is-predicted", test_next_due_predictions);
  g_test_add_func ("/sitwell/core/scheduler/work-hours-across-dst", test_dst_london);
  g_test_add_func ("/sitwell/core/scheduler/natural-breaks", test_natural_breaks);
  g_test_add_func ("/sitwell/core/scheduler/wall-clock-jumps-cause-no-burst",
                   test_wall_clock_jumps);
  g_test_add_func ("/sitwell/core/scheduler/disabled-fires-nothing", test_disable);
  g_test_add_func ("/sitwell/core/scheduler/eight-hour-day", test_eight_hour_day);
  g_test_add_func ("/sitwell/core/scheduler/random-sequences-keep-invariants",
                   test_random_sequences);

  return g_test_run ();
}

/* sw-scheduler.c: the stand-up reminder state machine — type, properties, settings
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-scheduler.h"
#include "sw-scheduler-private.h"

/**
 * SwScheduler:
 *
 * Decides when a stand-up reminder is due, over an injected #SwClock.
 *
 * The scheduler never arms a timer. Its owner (the reminder service) keeps
 * one timeout for #SwScheduler:next-wakeup-us, converted with
 * sw_clock_to_real_delay_ms(), re-armed on every `notify::next-wakeup-us`
 * (none while it is %SW_SCHEDULER_NEVER), and calls sw_scheduler_update()
 * when it fires. The property is notified whenever it differs from the last
 * value notified, and after every sw_scheduler_update(), so re-arming from
 * the notification alone never loses the timer. Every other call
 * (settings, user actions, session changes) catches up on due transitions
 * first, so the owner need not call update before them. Calling update
 * more often is harmless, e.g. after an unlock or a resume, or when the
 * wall clock or time zone is known to have changed.
 *
 * States: working → due → (on break | snoozed | skipped) → working, plus
 * paused, outside work hours and disabled. Each transition the journal cares
 * about is reported by the #SwScheduler::event signal.
 *
 * Time rules:
 * - Intervals (sitting, snooze, break, a pause for a duration) are measured
 *   on the monotonic clock, so a wall-clock jump (NTP, time zone, DST) never
 *   brings reminders forward or bunches them.
 * - Work hours and "until tomorrow" are local times: they are computed with
 *   #GDateTime in the scheduler's time zone from the clock's wall time, and
 *   recomputed from the new wall time on every update.
 * - The monotonic clock stops during suspend; the owner reports the time
 *   slept with sw_scheduler_notify_resumed_from_sleep(). A sleep at least as
 *   long as a break is a natural break; a shorter one still counts towards a
 *   snooze, a pause for a duration and a running break, but not towards the
 *   sitting time.
 * - Idle or locked ("away") at least as long as a break is a natural break,
 *   reported when the user comes back. No reminder fires while away; one
 *   that fell due meanwhile fires on return.
 * - A break ends when the user finishes it, or completes by itself
 *   %SW_SCHEDULER_BREAK_GRACE_MINUTES after its length has passed (the user
 *   may have walked off without pressing Done). The sitting timer then
 *   restarts from the end of the break's length.
 *
 * An owner that may be restarted (a daemon that crashed) saves the state
 * on #SwScheduler::schedule-changed with sw_scheduler_save_state(), and
 * the next scheduler carries on from it with sw_scheduler_restore_state().
 */

G_DEFINE_FINAL_TYPE (SwScheduler, sw_scheduler, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (SwSchedulerState, sw_scheduler_state,
  G_DEFINE_ENUM_VALUE (SW_SCHEDULER_STATE_WORKING, "working"),
  G_DEFINE_ENUM_VALUE (SW_SCHEDULER_STATE_DUE, "due"),
  G_DEFINE_ENUM_VALUE (SW_SCHEDULER_STATE_ON_BREAK, "on-break"),
  G_DEFINE_ENUM_VALUE (SW_SCHEDULER_STATE_SNOOZED, "snoozed"),
  G_DEFINE_ENUM_VALUE (SW_SCHEDULER_STATE_PAUSED, "paused"),
  G_DEFINE_ENUM_VALUE (SW_SCHEDULER_STATE_OUTSIDE_WORK_HOURS, "outside-work-hours"),
  G_DEFINE_ENUM_VALUE (SW_SCHEDULER_STATE_DISABLED, "disabled"))

G_DEFINE_ENUM_TYPE (SwBreakEvent, sw_break_event,
  G_DEFINE_ENUM_VALUE (SW_BREAK_EVENT_DUE, "due"),
  G_DEFINE_ENUM_VALUE (SW_BREAK_EVENT_SHOWN, "shown"),
  G_DEFINE_ENUM_VALUE (SW_BREAK_EVENT_STARTED, "started"),
  G_DEFINE_ENUM_VALUE (SW_BREAK_EVENT_COMPLETED, "completed"),
  G_DEFINE_ENUM_VALUE (SW_BREAK_EVENT_SNOOZED, "snoozed"),
  G_DEFINE_ENUM_VALUE (SW_BREAK_EVENT_SKIPPED, "skipped"),
  G_DEFINE_ENUM_VALUE (SW_BREAK_EVENT_NATURAL, "natural"))

enum {
  PROP_0,
  PROP_CLOCK,
  PROP_ENABLED,
  PROP_INTERVAL_MINUTES,
  PROP_BREAK_MINUTES,
  PROP_SNOOZE_MINUTES,
  PROP_WORK_HOURS_ENABLED,
  PROP_WORK_DAYS,
  PROP_WORK_START_MINUTE,
  PROP_WORK_END_MINUTE,
  PROP_TIME_ZONE,
  PROP_FLARE_ACTIVE,
  PROP_FLARE_SHORTENS,
  PROP_FLARE_SHORTENING,
  PROP_STATE,
  PROP_SNOOZES_IN_ROW,
  PROP_NEXT_WAKEUP_US,
  PROP_NEXT_DUE_US,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  EVENT,
  SCHEDULE_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_QUARK (sw-scheduler-error-quark, sw_scheduler_error)

/* Enum nicks, for D-Bus and the journal */

const char *
sw_scheduler_state_to_nick (SwSchedulerState state)
{
  switch (state)
    {
    case SW_SCHEDULER_STATE_WORKING:            return "working";
    case SW_SCHEDULER_STATE_DUE:                return "due";
    case SW_SCHEDULER_STATE_ON_BREAK:           return "on-break";
    case SW_SCHEDULER_STATE_SNOOZED:            return "snoozed";
    case SW_SCHEDULER_STATE_PAUSED:             return "paused";
    case SW_SCHEDULER_STATE_OUTSIDE_WORK_HOURS: return "outside-work-hours";
    case SW_SCHEDULER_STATE_DISABLED:           return "disabled";
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
sw_break_event_to_nick (SwBreakEvent event)
{
  switch (event)
    {
    case SW_BREAK_EVENT_DUE:       return "due";
    case SW_BREAK_EVENT_SHOWN:     return "shown";
    case SW_BREAK_EVENT_STARTED:   return "started";
    case SW_BREAK_EVENT_COMPLETED: return "completed";
    case SW_BREAK_EVENT_SNOOZED:   return "snoozed";
    case SW_BREAK_EVENT_SKIPPED:   return "skipped";
    case SW_BREAK_EVENT_NATURAL:   return "natural";
    default:
      g_return_val_if_reached (NULL);
    }
}

static gboolean
compute_flare_shortening (SwScheduler *self)
{
  return self->flare_active &&
         self->flare_shortens &&
         self->interval_minutes > SW_SCHEDULER_FLARE_INTERVAL;
}

/* Change notification */

static void
take_snapshot (SwScheduler *self,
               Snapshot    *snapshot)
{
  snapshot->state = self->state;
  snapshot->next_wakeup_us = _sw_scheduler_compute_next_wakeup (self);
  snapshot->next_due_us = _sw_scheduler_compute_next_due (self);
  snapshot->snoozes_in_row = self->snoozes_in_row;
  snapshot->flare_shortening = compute_flare_shortening (self);
  _sw_scheduler_take_saved (self, &snapshot->saved);
}

/* Notifies each read-only property whose value differs from the last one
 * notified. Comparing with the last notification, not with the start of
 * the call, means a change the scheduler cannot see happen (the wall clock
 * jumping between calls) is still reported at the next call, and that the
 * owner's timeout firing always leads to a new next-wakeup-us. */
static void
notify_changes (SwScheduler *self)
{
  Snapshot before = self->last;
  Snapshot after;
  gboolean updated = self->updated;

  take_snapshot (self, &after);
  self->last = after;
  self->updated = FALSE;

  if (after.state != before.state)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
  if (after.snoozes_in_row != before.snoozes_in_row)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SNOOZES_IN_ROW]);
  if (after.flare_shortening != before.flare_shortening)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FLARE_SHORTENING]);
  if (after.next_due_us != before.next_due_us)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEXT_DUE_US]);
  if (after.next_wakeup_us != before.next_wakeup_us || updated)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEXT_WAKEUP_US]);
  if (!_sw_scheduler_saved_equal (&after.saved, &before.saved))
    g_signal_emit (self, signals[SCHEDULE_CHANGED], 0);
}

/* Every public call that may change something runs between begin and end;
 * handlers may call back in, and only the outermost call notifies. */
void
_sw_scheduler_begin (SwScheduler *self)
{
  if (self->depth++ == 0)
    g_object_ref (self);
}

void
_sw_scheduler_end (SwScheduler *self)
{
  g_assert (self->depth > 0);

  if (--self->depth == 0)
    {
      notify_changes (self);
      g_object_unref (self);
    }
}

void
_sw_scheduler_emit_event_at (SwScheduler  *self,
                             SwBreakEvent  event,
                             gint64        real_us,
                             gint64        length_us)
{
  g_signal_emit (self, signals[EVENT], 0, event, real_us, length_us);
}

void
_sw_scheduler_emit_event (SwScheduler  *self,
                          SwBreakEvent  event,
                          gint64        length_us)
{
  _sw_scheduler_emit_event_at (self, event, _sw_scheduler_now_real_us (self), length_us);
}

/* GObject */

static void
sw_scheduler_constructed (GObject *object)
{
  SwScheduler *self = SW_SCHEDULER (object);

  G_OBJECT_CLASS (sw_scheduler_parent_class)->constructed (object);

  g_assert (SW_IS_CLOCK (self->clock));

  self->state = self->enabled ? SW_SCHEDULER_STATE_WORKING : SW_SCHEDULER_STATE_DISABLED;
  self->sitting_since_us = _sw_scheduler_now_us (self);
  self->created_real_us = _sw_scheduler_now_real_us (self);
  _sw_scheduler_evaluate (self);
  take_snapshot (self, &self->last);
}

static void
sw_scheduler_dispose (GObject *object)
{
  SwScheduler *self = SW_SCHEDULER (object);

  g_clear_object (&self->clock);

  G_OBJECT_CLASS (sw_scheduler_parent_class)->dispose (object);
}

static void
sw_scheduler_finalize (GObject *object)
{
  SwScheduler *self = SW_SCHEDULER (object);

  g_clear_pointer (&self->time_zone, g_time_zone_unref);

  G_OBJECT_CLASS (sw_scheduler_parent_class)->finalize (object);
}

static void
sw_scheduler_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SwScheduler *self = SW_SCHEDULER (object);

  switch (prop_id)
    {
    case PROP_CLOCK:
      g_value_set_object (value, self->clock);
      break;
    case PROP_ENABLED:
      g_value_set_boolean (value, self->enabled);
      break;
    case PROP_INTERVAL_MINUTES:
      g_value_set_uint (value, self->interval_minutes);
      break;
    case PROP_BREAK_MINUTES:
      g_value_set_uint (value, self->break_minutes);
      break;
    case PROP_SNOOZE_MINUTES:
      g_value_set_uint (value, self->snooze_minutes);
      break;
    case PROP_WORK_HOURS_ENABLED:
      g_value_set_boolean (value, self->work_hours_enabled);
      break;
    case PROP_WORK_DAYS:
      g_value_set_uint (value, self->work_days);
      break;
    case PROP_WORK_START_MINUTE:
      g_value_set_uint (value, self->work_start_minute);
      break;
    case PROP_WORK_END_MINUTE:
      g_value_set_uint (value, self->work_end_minute);
      break;
    case PROP_TIME_ZONE:
      g_value_set_boxed (value, self->time_zone);
      break;
    case PROP_FLARE_ACTIVE:
      g_value_set_boolean (value, self->flare_active);
      break;
    case PROP_FLARE_SHORTENS:
      g_value_set_boolean (value, self->flare_shortens);
      break;
    case PROP_FLARE_SHORTENING:
      g_value_set_boolean (value, sw_scheduler_get_flare_shortening (self));
      break;
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case PROP_SNOOZES_IN_ROW:
      g_value_set_uint (value, self->snoozes_in_row);
      break;
    case PROP_NEXT_WAKEUP_US:
      g_value_set_int64 (value, _sw_scheduler_compute_next_wakeup (self));
      break;
    case PROP_NEXT_DUE_US:
      g_value_set_int64 (value, _sw_scheduler_compute_next_due (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_scheduler_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  SwScheduler *self = SW_SCHEDULER (object);

  switch (prop_id)
    {
    case PROP_CLOCK:
      self->clock = g_value_dup_object (value);
      break;
    case PROP_ENABLED:
      sw_scheduler_set_enabled (self, g_value_get_boolean (value));
      break;
    case PROP_INTERVAL_MINUTES:
      sw_scheduler_set_interval_minutes (self, g_value_get_uint (value));
      break;
    case PROP_BREAK_MINUTES:
      sw_scheduler_set_break_minutes (self, g_value_get_uint (value));
      break;
    case PROP_SNOOZE_MINUTES:
      sw_scheduler_set_snooze_minutes (self, g_value_get_uint (value));
      break;
    case PROP_WORK_HOURS_ENABLED:
      sw_scheduler_set_work_hours (self, g_value_get_boolean (value), self->work_days,
                                   self->work_start_minute, self->work_end_minute);
      break;
    case PROP_WORK_DAYS:
      sw_scheduler_set_work_hours (self, self->work_hours_enabled, g_value_get_uint (value),
                                   self->work_start_minute, self->work_end_minute);
      break;
    case PROP_WORK_START_MINUTE:
      sw_scheduler_set_work_hours (self, self->work_hours_enabled, self->work_days,
                                   g_value_get_uint (value), self->work_end_minute);
      break;
    case PROP_WORK_END_MINUTE:
      sw_scheduler_set_work_hours (self, self->work_hours_enabled, self->work_days,
                                   self->work_start_minute, g_value_get_uint (value));
      break;
    case PROP_TIME_ZONE:
      sw_scheduler_set_time_zone (self, g_value_get_boxed (value));
      break;
    case PROP_FLARE_ACTIVE:
      sw_scheduler_set_flare_active (self, g_value_get_boolean (value));
      break;
    case PROP_FLARE_SHORTENS:
      sw_scheduler_set_flare_shortens (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_scheduler_class_init (SwSchedulerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = sw_scheduler_constructed;
  object_class->dispose = sw_scheduler_dispose;
  object_class->finalize = sw_scheduler_finalize;
  object_class->get_property = sw_scheduler_get_property;
  object_class->set_property = sw_scheduler_set_property;

  properties[PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL,
                         SW_TYPE_CLOCK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ENABLED] =
    g_param_spec_boolean ("enabled", NULL, NULL, TRUE, rw);

  properties[PROP_INTERVAL_MINUTES] =
    g_param_spec_uint ("interval-minutes", NULL, NULL,
                       SW_SCHEDULER_INTERVAL_MIN, SW_SCHEDULER_INTERVAL_MAX,
                       SW_SCHEDULER_INTERVAL_DEFAULT, rw);

  properties[PROP_BREAK_MINUTES] =
    g_param_spec_uint ("break-minutes", NULL, NULL,
                       SW_SCHEDULER_BREAK_MIN, SW_SCHEDULER_BREAK_MAX,
                       SW_SCHEDULER_BREAK_DEFAULT, rw);

  properties[PROP_SNOOZE_MINUTES] =
    g_param_spec_uint ("snooze-minutes", NULL, NULL,
                       SW_SCHEDULER_SNOOZE_MIN, SW_SCHEDULER_SNOOZE_MAX,
                       SW_SCHEDULER_SNOOZE_DEFAULT, rw);

  properties[PROP_WORK_HOURS_ENABLED] =
    g_param_spec_boolean ("work-hours-enabled", NULL, NULL, FALSE, rw);

  /* SwWeekday bits, Monday = bit 0 */
  properties[PROP_WORK_DAYS] =
    g_param_spec_uint ("work-days", NULL, NULL,
                       0, SW_WEEKDAYS_ALL, SW_WEEKDAYS_MONDAY_TO_FRIDAY, rw);

  properties[PROP_WORK_START_MINUTE] =
    g_param_spec_uint ("work-start-minute", NULL, NULL,
                       0, SW_SCHEDULER_MINUTES_PER_DAY - 1,
                       SW_SCHEDULER_WORK_START_DEFAULT, rw);

  properties[PROP_WORK_END_MINUTE] =
    g_param_spec_uint ("work-end-minute", NULL, NULL,
                       1, SW_SCHEDULER_MINUTES_PER_DAY,
                       SW_SCHEDULER_WORK_END_DEFAULT, rw);

  properties[PROP_TIME_ZONE] =
    g_param_spec_boxed ("time-zone", NULL, NULL, G_TYPE_TIME_ZONE, rw);

  properties[PROP_FLARE_ACTIVE] =
    g_param_spec_boolean ("flare-active", NULL, NULL, FALSE, rw);

  properties[PROP_FLARE_SHORTENS] =
    g_param_spec_boolean ("flare-shortens", NULL, NULL, TRUE, rw);

  properties[PROP_FLARE_SHORTENING] =
    g_param_spec_boolean ("flare-shortening", NULL, NULL, FALSE, ro);

  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL,
                       SW_TYPE_SCHEDULER_STATE, SW_SCHEDULER_STATE_WORKING, ro);

  properties[PROP_SNOOZES_IN_ROW] =
    g_param_spec_uint ("snoozes-in-row", NULL, NULL,
                       0, SW_SCHEDULER_MAX_SNOOZES, 0, ro);

  properties[PROP_NEXT_WAKEUP_US] =
    g_param_spec_int64 ("next-wakeup-us", NULL, NULL,
                        G_MININT64, G_MAXINT64, SW_SCHEDULER_NEVER, ro);

  properties[PROP_NEXT_DUE_US] =
    g_param_spec_int64 ("next-due-us", NULL, NULL,
                        G_MININT64, G_MAXINT64, SW_SCHEDULER_NEVER, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SwScheduler::event:
   * @self: the scheduler
   * @event: what happened
   * @real_us: the wall-clock time it happened, µs since the epoch (for a
   *   break that completed by itself, when its length was up; otherwise now)
   * @length_us: for %SW_BREAK_EVENT_NATURAL the time away (or asleep); for
   *   %SW_BREAK_EVENT_COMPLETED and for %SW_BREAK_EVENT_SKIPPED after a
   *   started break, the time spent on the break; for
   *   %SW_BREAK_EVENT_SNOOZED the snooze length; otherwise 0
   *
   * Emitted after the transition, so the scheduler already shows the new
   * state. Handlers may call back into the scheduler.
   */
  signals[EVENT] =
    g_signal_new ("event",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3,
                  SW_TYPE_BREAK_EVENT, G_TYPE_INT64, G_TYPE_INT64);

  /**
   * SwScheduler::schedule-changed:
   * @self: the scheduler
   *
   * Emitted after a call that changed what sw_scheduler_save_state()
   * writes: a transition, a new pause, the sitting timer restarting, a
   * setting that moves the next reminder. Time passing alone never emits
   * it, so an owner that saves the state here writes only when something
   * happened.
   */
  signals[SCHEDULE_CHANGED] =
    g_signal_new ("schedule-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
sw_scheduler_init (SwScheduler *self)
{
  self->enabled = TRUE;
  self->interval_minutes = SW_SCHEDULER_INTERVAL_DEFAULT;
  self->break_minutes = SW_SCHEDULER_BREAK_DEFAULT;
  self->snooze_minutes = SW_SCHEDULER_SNOOZE_DEFAULT;
  self->work_days = SW_WEEKDAYS_MONDAY_TO_FRIDAY;
  self->work_start_minute = SW_SCHEDULER_WORK_START_DEFAULT;
  self->work_end_minute = SW_SCHEDULER_WORK_END_DEFAULT;
  self->flare_shortens = TRUE;
  self->state = SW_SCHEDULER_STATE_WORKING;
}

/**
 * sw_scheduler_new:
 * @clock: the clock to read time from
 *
 * Returns: (transfer full): a scheduler in the working state, its sitting
 *   timer starting now (or outside work hours, once they are set)
 */
SwScheduler *
sw_scheduler_new (SwClock *clock)
{
  g_return_val_if_fail (SW_IS_CLOCK (clock), NULL);

  return g_object_new (SW_TYPE_SCHEDULER, "clock", clock, NULL);
}

/**
 * sw_scheduler_get_clock:
 *
 * Returns: (transfer none): the scheduler's clock
 */
SwClock *
sw_scheduler_get_clock (SwScheduler *self)
{
  g_return_val_if_fail (SW_IS_SCHEDULER (self), NULL);

  return self->clock;
}

/* Settings */

void
sw_scheduler_set_enabled (SwScheduler *self,
                          gboolean     enabled)
{
  g_return_if_fail (SW_IS_SCHEDULER (self));

  enabled = !!enabled;

  _sw_scheduler_begin (self);
  _sw_scheduler_evaluate (self);

  if (self->enabled != enabled)
    {
      self->enabled = enabled;

      if (self->clock != NULL)
        {
          if (enabled)
            {
              _sw_scheduler_restart_sitting (self, _sw_scheduler_now_us (self));
            }
          else
            {
              self->state = SW_SCHEDULER_STATE_DISABLED;
              self->snoozes_in_row = 0;
              self->shown = FALSE;
              self->pause_kind = PAUSE_NONE;
            }
        }

      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENABLED]);
    }

  _sw_scheduler_evaluate (self);
  _sw_scheduler_end (self);
}

gboolean
sw_scheduler_get_enabled (SwScheduler *self)
{
  g_return_val_if_fail (SW_IS_SCHEDULER (self), FALSE);

  return self->enabled;
}

static void
set_minutes (SwScheduler *self,
             guint       *field,
             guint        minutes,
             guint        min,
             guint        max,
             guint        prop_id)
{
  minutes = CLAMP (minutes, min, max);

  _sw_scheduler_begin (self);
  _sw_scheduler_evaluate (self);

  if (*field != minutes)
    {
      *field = minutes;
      g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
    }

  _sw_scheduler_evaluate (self);
  _sw_scheduler_end (self);
}

/**
 * sw_scheduler_set_interval_minutes:
 * @minutes: sitting time between reminders; clamped to 30–60
 *
 * Takes effect at once: the next reminder moves to the sitting start plus
 * the new interval (at once, if that has passed).
 */
void
sw_scheduler_set_interval_minutes (SwScheduler *self,
                                   guint        minutes)
{
  g_return_if_fail (SW_IS_SCHEDULER (self));

  set_minutes (self, &self->interval_minutes, minutes,
               SW_SCHEDULER_INTERVAL_MIN, SW_SCHEDULER_INTERVAL_MAX,
               PROP_INTERVAL_MINUTES);
}

guint
sw_scheduler_get_interval_minutes (SwScheduler *self)
{
  g_return_val_if_fail (SW_IS_SCHEDULER (self), 0);

  return self->interval_minutes;
}

/**
 * sw_scheduler_set_break_minutes:
 * @minutes: the length of a break; clamped to 1–15
 */
void
sw_scheduler_set_break_minutes (SwScheduler *self,
                                guint        minutes)
{
  g_return_if_fail (SW_IS_SCHEDULER (self));

  set_minutes (self, &self->break_minutes, minutes,
               SW_SCHEDULER_BREAK_MIN, SW_SCHEDULER_BREAK_MAX,
               PROP_BREAK_MINUTES);
}

guint
sw_scheduler_get_break_minutes (SwScheduler *self)
{
  g_return_val_if_fail (SW_IS_SCHEDULER (self), 0);

  return self->break_minutes;
}

/**
 * sw_scheduler_set_snooze_minutes:
 * @minutes: how long a snooze postpones a reminder; clamped to 5–15.
 *   A snooze already running keeps its length.
 */
void
sw_scheduler_set_snooze_minutes (SwScheduler *self,
                                 guint        minutes)
{
  g_return_if_fail (SW_IS_SCHEDULER (self));

  set_minutes (self, &self->snooze_minutes, minutes,
               SW_SCHEDULER_SNOOZE_MIN, SW_SCHEDULER_SNOOZE_MAX,
               PROP_SNOOZE_MINUTES);
}

guint
sw_scheduler_get_snooze_minutes (SwScheduler *self)
{
  g_return_val_if_fail (SW_IS_SCHEDULER (self), 0);

  return self->snooze_minutes;
}

/**
 * sw_scheduler_set_work_hours:
 * @enabled: whether reminders keep to work hours
 * @days: #SwWeekday bits of the work days (others are ignored)
 * @start_minute: start of work, minutes after local midnight (at most 1439)
 * @end_minute: end of work, minutes after local midnight (1–1440)
 *
 * Outside work hours nothing fires. Work hours apply only while @enabled,
 * with at least one day and @start_minute before @end_minute; otherwise
 * reminders run at any hour. (A window across midnight is not supported:
 * use two days' windows that meet at 24:00.)
 */
void
sw_scheduler_set_work_hours (SwScheduler *self,
                             gboolean     enabled,
                             guint        days,
                             guint        start_minute,
                             guint        end_minute)
{
  g_return_if_fail (SW_IS_SCHEDULER (self));

  enabled = !!enabled;
  days &= SW_WEEKDAYS_ALL;
  start_minute = MIN (start_minute, SW_SCHEDULER_MINUTES_PER_DAY - 1);
  end_minute = CLAMP (end_minute, 1, SW_SCHEDULER_MINUTES_PER_DAY);

  _sw_scheduler_begin (self);
  _sw_scheduler_evaluate (self);

  g_object_freeze_notify (G_OBJECT (self));

  if (self->work_hours_enabled != enabled)
    {
      self->work_hours_enabled = enabled;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORK_HOURS_ENABLED]);
    }
  if (self->work_days != days)
    {
      self->work_days = days;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORK_DAYS]);
    }
  if (self->work_start_minute != start_minute)
    {
      self->work_start_minute = start_minute;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORK_START_MINUTE]);
    }
  if (self->work_end_minute != end_minute)
    {
      self->work_end_minute = end_minute;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORK_END_MINUTE]);
    }

  g_object_thaw_notify (G_OBJECT (self));

  _sw_scheduler_evaluate (self);
  _sw_scheduler_end (self);
}

/**
 * sw_scheduler_get_work_hours:
 * @days: (out) (optional): #SwWeekday bits
 * @start_minute: (out) (optional): start, minutes after local midnight
 * @end_minute: (out) (optional): end, minutes after local midnight
 *
 * Returns: whether work hours are switched on
 */
gboolean
sw_scheduler_get_work_hours (SwScheduler *self,
                             guint       *days,
                             guint       *start_minute,
                             guint       *end_minute)
{
  g_return_val_if_fail (SW_IS_SCHEDULER (self), FALSE);

  if (days != NULL)
    *days = self->work_days;
  if (start_minute != NULL)
    *start_minute = self->work_start_minute;
  if (end_minute != NULL)
    *end_minute = self->work_end_minute;

  return self->work_hours_enabled;
}

/**
 * sw_scheduler_set_time_zone:
 * @time_zone: (nullable): the zone work hours and "tomorrow" are read in,
 *   or %NULL for the local zone
 */
void
sw_scheduler_set_time_zone (SwScheduler *self,
                            GTimeZone   *time_zone)
{
  g_return_if_fail (SW_IS_SCHEDULER (self));

  _sw_scheduler_begin (self);
  _sw_scheduler_evaluate (self);

  if (self->time_zone != time_zone)
    {
      g_clear_pointer (&self->time_zone, g_time_zone_unref);
      if (time_zone != NULL)
        self->time_zone = g_time_zone_ref (time_zone);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME_ZONE]);
    }

  _sw_scheduler_evaluate (self);
  _sw_scheduler_end (self);
}

/**
 * sw_scheduler_get_time_zone:
 *
 * Returns: (transfer none) (nullable): the zone set, or %NULL for local
 */
GTimeZone *
sw_scheduler_get_time_zone (SwScheduler *self)
{
  g_return_val_if_fail (SW_IS_SCHEDULER (self), NULL);

  return self->time_zone;
}

static void
set_flag (SwScheduler *self,
          gboolean    *field,
          gboolean     value,
          guint        prop_id)
{
  value = !!value;

  _sw_scheduler_begin (self);
  _sw_scheduler_evaluate (self);

  if (*field != value)
    {
      *field = value;
      g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
    }

  _sw_scheduler_evaluate (self);
  _sw_scheduler_end (self);
}

/**
 * sw_scheduler_set_flare_active:
 * @active: whether a flare-up is active (CONTENT-SPEC 2.3)
 *
 * While a flare is active and sw_scheduler_set_flare_shortens() is on, the
 * interval is 30 minutes.
 */
void
sw_scheduler_set_flare_active (SwScheduler *self,
                               gboolean     active)
{
  g_return_if_fail (SW_IS_SCHEDULER (self));

  set_flag (self, &self->flare_active, active, PROP_FLARE_ACTIVE);
}

gboolean
sw_scheduler_get_flare_active (SwScheduler *self)
{
  g_return_val_if_fail (SW_IS_SCHEDULER (self), FALSE);

  return self->flare_active;
}

/**
 * sw_scheduler_set_flare_shortens:
 * @shortens: whether a flare-up shortens the interval to 30 minutes (the
 *   user can turn this off); on by default
 */
void
sw_scheduler_set_flare_shortens (SwScheduler *self,
                                 gboolean     shortens)
{
  g_return_if_fail (SW_IS_SCHEDULER (self));

  set_flag (self, &self->flare_shortens, shortens, PROP_FLARE_SHORTENS);
}

gboolean
sw_scheduler_get_flare_shortens (SwScheduler *self)
{
  g_return_val_if_fail (SW_IS_SCHEDULER (self), FALSE);

  return self->flare_shortens;
}

/**
 * sw_scheduler_get_flare_shortening:
 *
 * Returns: whether a flare-up makes the interval shorter than the user's
 *   own setting right now, so the UI can say why reminders come sooner
 */
gboolean
sw_scheduler_get_flare_shortening (SwScheduler *self)
{
  g_return_val_if_fail (SW_IS_SCHEDULER (self), FALSE);

  return compute_flare_shortening (self);
}

/**
 * sw_scheduler_get_effective_interval_us:
 *
 * Returns: the sitting time between reminders now, flare-up included
 */
gint64
sw_scheduler_get_effective_interval_us (SwScheduler *self)
{
  g_return_val_if_fail (SW_IS_SCHEDULER (self), 0);

  return _sw_scheduler_effective_interval_us (self);
}

gint64
sw_scheduler_get_break_length_us (SwScheduler *self)
{
  g_return_val_if_fail (SW_IS_SCHEDULER (self), 0);

  return _sw_scheduler_break_length_us (self);
}

/* sw-compress.c: the cold or warm compress and its 72-hour rule
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-compress.h"

#include <glib/gi18n-lib.h>

#define COLD_US (SW_COMPRESS_COLD_HOURS * G_TIME_SPAN_HOUR)
#define GAP_US  (SW_COMPRESS_GAP_HOURS * G_TIME_SPAN_HOUR)

typedef struct
{
  gint64 start_real_us;
  guint  duration_s;
} Session;

struct _SwCompress
{
  GObject         parent_instance;

  SwClock        *clock;
  GDateTime      *onset;
  gboolean        prefer_warmth;
  gboolean        swelling;
  SwLastCheck     last_check;
  GArray         *sessions;

  /* The running session */
  gboolean        running;
  SwCompressKind  running_kind;
  guint           running_minutes;
  gint64          start_us;       /* monotonic */
  gint64          start_real_us;
  gint64          end_us;         /* monotonic */

  gint64          next_wakeup_us; /* as last notified */
};

G_DEFINE_FINAL_TYPE (SwCompress, sw_compress, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (SwCompressKind, sw_compress_kind,
  G_DEFINE_ENUM_VALUE (SW_COMPRESS_KIND_NONE, "none"),
  G_DEFINE_ENUM_VALUE (SW_COMPRESS_KIND_COLD, "cold"),
  G_DEFINE_ENUM_VALUE (SW_COMPRESS_KIND_WARM, "warm"))

G_DEFINE_ENUM_TYPE (SwCompressState, sw_compress_state,
  G_DEFINE_ENUM_VALUE (SW_COMPRESS_STATE_RUNNING, "running"),
  G_DEFINE_ENUM_VALUE (SW_COMPRESS_STATE_LOCKED, "locked"),
  G_DEFINE_ENUM_VALUE (SW_COMPRESS_STATE_NO_ONSET, "no-onset"),
  G_DEFINE_ENUM_VALUE (SW_COMPRESS_STATE_FUTURE_ONSET, "future-onset"),
  G_DEFINE_ENUM_VALUE (SW_COMPRESS_STATE_ENOUGH_TODAY, "enough-today"),
  G_DEFINE_ENUM_VALUE (SW_COMPRESS_STATE_TOO_SOON, "too-soon"),
  G_DEFINE_ENUM_VALUE (SW_COMPRESS_STATE_READY, "ready"))

enum {
  PROP_0,
  PROP_RUNNING,
  PROP_NEXT_WAKEUP_US,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  SESSION_FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

SwJournalCompressKind
sw_compress_kind_to_journal (SwCompressKind kind)
{
  g_return_val_if_fail (kind != SW_COMPRESS_KIND_NONE, SW_JOURNAL_COMPRESS_COLD);

  return kind == SW_COMPRESS_KIND_WARM ? SW_JOURNAL_COMPRESS_WARM : SW_JOURNAL_COMPRESS_COLD;
}

static gint64
now_real (SwCompress *self)
{
  return sw_clock_get_real_us (self->clock);
}

static gint64
onset_real_us (SwCompress *self)
{
  return g_date_time_to_unix (self->onset) * G_USEC_PER_SEC +
         g_date_time_get_microsecond (self->onset);
}

/* Real time since the onset; negative when it is in the future. */
static gboolean
get_elapsed (SwCompress *self,
             gint64     *elapsed_us)
{
  if (self->onset == NULL)
    return FALSE;

  *elapsed_us = now_real (self) - onset_real_us (self);
  return TRUE;
}

static GDateTime *
local_time (gint64 real_us)
{
  g_autoptr(GDateTime) seconds = g_date_time_new_from_unix_local (real_us / G_USEC_PER_SEC);

  return g_date_time_add (seconds, real_us % G_USEC_PER_SEC);
}

static gboolean
same_local_day (gint64 a_us,
                gint64 b_us)
{
  g_autoptr(GDateTime) a = local_time (a_us);
  g_autoptr(GDateTime) b = local_time (b_us);

  return g_date_time_get_year (a) == g_date_time_get_year (b) &&
         g_date_time_get_day_of_year (a) == g_date_time_get_day_of_year (b);
}

/* Wall clock µs of the next local midnight after @real_us. */
static gint64
next_midnight (gint64 real_us)
{
  g_autoptr(GDateTime) now = local_time (real_us);
  g_autoptr(GDateTime) today = g_date_time_new_local (g_date_time_get_year (now),
                                                      g_date_time_get_month (now),
                                                      g_date_time_get_day_of_month (now),
                                                      0, 0, 0);
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (today, 1);

  return g_date_time_to_unix (tomorrow) * G_USEC_PER_SEC;
}

static gint64
compute_next_wakeup (SwCompress *self)
{
  gint64 now_mono = sw_clock_get_monotonic_us (self->clock);
  gint64 now = now_real (self);
  gint64 next_real = G_MAXINT64;
  gint64 elapsed, next_start;

  if (self->running)
    {
      gint64 left = self->end_us - now_mono;
      gint64 second = left % G_USEC_PER_SEC;

      /* The next whole second of the countdown, or the end. */
      return now_mono + (second > 0 ? second : MIN (left, G_USEC_PER_SEC));
    }

  /* Otherwise the next moment the card reads differently: the day number
   * or cold turning warm, the next session allowed, a new local day. */
  if (get_elapsed (self, &elapsed))
    {
      if (elapsed < 0)
        next_real = MIN (next_real, now - elapsed);
      else
        next_real = MIN (next_real, now + (G_TIME_SPAN_DAY - elapsed % G_TIME_SPAN_DAY));
    }

  next_start = sw_compress_get_next_start_real_us (self);
  if (next_start > now)
    next_real = MIN (next_real, next_start);

  if (self->sessions->len > 0)
    next_real = MIN (next_real, next_midnight (now));

  if (self->last_check.present && sw_last_check_locks (&self->last_check))
    next_real = MIN (next_real, self->last_check.time_us +
                                SW_CATALOG_CHECK_VALID_DAYS * G_TIME_SPAN_DAY);

  if (next_real == G_MAXINT64)
    return SW_COMPRESS_NEVER;

  return now_mono + MAX (next_real - now, 1);
}

static void
changed (SwCompress *self)
{
  gint64 next = compute_next_wakeup (self);

  g_signal_emit (self, signals[CHANGED], 0);

  if (next != self->next_wakeup_us)
    {
      self->next_wakeup_us = next;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEXT_WAKEUP_US]);
    }
}

static void
sw_compress_dispose (GObject *object)
{
  SwCompress *self = SW_COMPRESS (object);

  g_clear_object (&self->clock);

  G_OBJECT_CLASS (sw_compress_parent_class)->dispose (object);
}

static void
sw_compress_finalize (GObject *object)
{
  SwCompress *self = SW_COMPRESS (object);

  g_clear_pointer (&self->onset, g_date_time_unref);
  g_clear_pointer (&self->sessions, g_array_unref);

  G_OBJECT_CLASS (sw_compress_parent_class)->finalize (object);
}

static void
sw_compress_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SwCompress *self = SW_COMPRESS (object);

  switch (prop_id)
    {
    case PROP_RUNNING:
      g_value_set_boolean (value, self->running);
      break;

    case PROP_NEXT_WAKEUP_US:
      g_value_set_int64 (value, sw_compress_get_next_wakeup_us (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_compress_class_init (SwCompressClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sw_compress_dispose;
  object_class->finalize = sw_compress_finalize;
  object_class->get_property = sw_compress_get_property;

  properties[PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NEXT_WAKEUP_US] =
    g_param_spec_int64 ("next-wakeup-us", NULL, NULL, 0, G_MAXINT64, SW_COMPRESS_NEVER,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SwCompress::changed:
   *
   * Anything the card shows may read differently: an input, a session, the
   * timer, or time passing past one of its moments.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * SwCompress::session-finished:
   * @start_real_us: when it started, wall clock
   * @duration_s: how long it ran
   * @kind: cold or warm
   * @completed: %TRUE when it ran its full length, %FALSE when stopped
   *
   * A session that counts has ended; it is already in the day's count.
   */
  signals[SESSION_FINISHED] =
    g_signal_new ("session-finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 4,
                  G_TYPE_INT64, G_TYPE_UINT, SW_TYPE_COMPRESS_KIND, G_TYPE_BOOLEAN);
}

static void
sw_compress_init (SwCompress *self)
{
  self->sessions = g_array_new (FALSE, FALSE, sizeof (Session));
  self->next_wakeup_us = SW_COMPRESS_NEVER;
}

SwCompress *
sw_compress_new (SwClock *clock)
{
  SwCompress *self;

  g_return_val_if_fail (SW_IS_CLOCK (clock), NULL);

  self = g_object_new (SW_TYPE_COMPRESS, NULL);
  self->clock = g_object_ref (clock);
  self->next_wakeup_us = compute_next_wakeup (self);

  return self;
}

SwClock *
sw_compress_get_clock (SwCompress *self)
{
  g_return_val_if_fail (SW_IS_COMPRESS (self), NULL);

  return self->clock;
}

/**
 * sw_compress_load:
 * @cleared_check_us: the time of the check result a clinician has since
 *   seen, or 0
 *
 * Replaces the onset, the last check and the sessions with what @journal
 * holds. The preference and the swelling report are the caller's.
 */
gboolean
sw_compress_load (SwCompress  *self,
                  SwJournal   *journal,
                  gint64       cleared_check_us,
                  GError     **error)
{
  g_autoptr(GDateTime) onset = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) yesterday_time = NULL;
  g_autoptr(GPtrArray) items = NULL;
  SwLastCheck check;
  GDate today, yesterday;

  g_return_val_if_fail (SW_IS_COMPRESS (self), FALSE);
  g_return_val_if_fail (SW_IS_JOURNAL (journal), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!sw_journal_get_episode_onset (journal, &onset, error) ||
      !sw_last_check_load (&check, journal, now_real (self), cleared_check_us, error))
    return FALSE;

  now = sw_clock_get_now_local (self->clock);
  yesterday_time = g_date_time_add_days (now, -1);
  g_date_clear (&today, 1);
  g_date_clear (&yesterday, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  g_date_set_dmy (&yesterday, g_date_time_get_day_of_month (yesterday_time),
                  g_date_time_get_month (yesterday_time), g_date_time_get_year (yesterday_time));

  items = sw_journal_list_timeline (journal, &yesterday, &today, error);
  if (items == NULL)
    return FALSE;

  g_clear_pointer (&self->onset, g_date_time_unref);
  self->onset = g_steal_pointer (&onset);
  self->last_check = check;
  g_array_set_size (self->sessions, 0);
  for (guint i = 0; i < items->len; i++)
    {
      SwJournalItem *item = g_ptr_array_index (items, i);
      Session session = { item->time_us, (guint) MAX (item->value, 0) };

      if (item->type == SW_JOURNAL_ITEM_COMPRESS)
        g_array_append_val (self->sessions, session);
    }

  changed (self);
  return TRUE;
}

/* @onset: (nullable): when the episode began */
void
sw_compress_set_onset (SwCompress *self,
                       GDateTime  *onset)
{
  g_return_if_fail (SW_IS_COMPRESS (self));

  if (onset != NULL)
    g_date_time_ref (onset);
  g_clear_pointer (&self->onset, g_date_time_unref);
  self->onset = onset;

  changed (self);
}

/* Returns: (transfer none) (nullable): */
GDateTime *
sw_compress_get_onset (SwCompress *self)
{
  g_return_val_if_fail (SW_IS_COMPRESS (self), NULL);

  return self->onset;
}

void
sw_compress_set_prefer_warmth (SwCompress *self,
                               gboolean    prefer_warmth)
{
  g_return_if_fail (SW_IS_COMPRESS (self));

  prefer_warmth = !!prefer_warmth;
  if (self->prefer_warmth == prefer_warmth)
    return;

  self->prefer_warmth = prefer_warmth;
  changed (self);
}

gboolean
sw_compress_get_prefer_warmth (SwCompress *self)
{
  g_return_val_if_fail (SW_IS_COMPRESS (self), FALSE);

  return self->prefer_warmth;
}

/* Swelling or bruising: cold first, whatever the preference. */
void
sw_compress_set_swelling (SwCompress *self,
                          gboolean    swelling)
{
  g_return_if_fail (SW_IS_COMPRESS (self));

  swelling = !!swelling;
  if (self->swelling == swelling)
    return;

  self->swelling = swelling;
  changed (self);
}

gboolean
sw_compress_get_swelling (SwCompress *self)
{
  g_return_val_if_fail (SW_IS_COMPRESS (self), FALSE);

  return self->swelling;
}

/* @check: (nullable): none */
void
sw_compress_set_last_check (SwCompress        *self,
                            const SwLastCheck *check)
{
  static const SwLastCheck none = { FALSE, };

  g_return_if_fail (SW_IS_COMPRESS (self));

  self->last_check = check != NULL ? *check : none;
  changed (self);
}

void
sw_compress_clear_sessions (SwCompress *self)
{
  g_return_if_fail (SW_IS_COMPRESS (self));

  g_array_set_size (self->sessions, 0);
  changed (self);
}

void
sw_compress_add_session (SwCompress *self,
                         gint64      start_real_us,
                         guint       duration_s)
{
  Session session = { start_real_us, duration_s };

  g_return_if_fail (SW_IS_COMPRESS (self));

  g_array_append_val (self->sessions, session);
  changed (self);
}

/**
 * sw_compress_onset_for_day:
 * @month: 1 to 12
 *
 * Returns: (transfer full) (nullable): the local time, or %NULL for a day
 *   that does not exist
 */
GDateTime *
sw_compress_onset_for_day (SwClock *clock,
                           int      year,
                           int      month,
                           int      day)
{
  g_autoptr(GDateTime) now = NULL;

  g_return_val_if_fail (SW_IS_CLOCK (clock), NULL);

  if (!g_date_valid_dmy (day, month, year))
    return NULL;

  now = sw_clock_get_now_local (clock);
  return g_date_time_new_local (year, month, day,
                                g_date_time_get_hour (now),
                                g_date_time_get_minute (now),
                                g_date_time_get_seconds (now));
}

/* By the 72-hour rule alone: NONE without an onset or with one in the future. */
SwCompressKind
sw_compress_get_rule_kind (SwCompress *self)
{
  gint64 elapsed;

  g_return_val_if_fail (SW_IS_COMPRESS (self), SW_COMPRESS_KIND_NONE);

  if (!get_elapsed (self, &elapsed) || elapsed < 0)
    return SW_COMPRESS_KIND_NONE;

  return elapsed < COLD_US ? SW_COMPRESS_KIND_COLD : SW_COMPRESS_KIND_WARM;
}

gboolean
sw_compress_get_in_cold_window (SwCompress *self)
{
  g_return_val_if_fail (SW_IS_COMPRESS (self), FALSE);

  return sw_compress_get_rule_kind (self) == SW_COMPRESS_KIND_COLD;
}

/* "I prefer warmth" is offered in the first 72 h, unless swollen or bruised. */
gboolean
sw_compress_get_can_prefer_warmth (SwCompress *self)
{
  g_return_val_if_fail (SW_IS_COMPRESS (self), FALSE);

  return sw_compress_get_in_cold_window (self) && !self->swelling;
}

SwCompressKind
sw_compress_get_kind (SwCompress *self)
{
  SwCompressKind kind;

  g_return_val_if_fail (SW_IS_COMPRESS (self), SW_COMPRESS_KIND_NONE);

  kind = sw_compress_get_rule_kind (self);
  if (kind == SW_COMPRESS_KIND_COLD && self->prefer_warmth && !self->swelling)
    return SW_COMPRESS_KIND_WARM;

  return kind;
}

guint
sw_compress_get_day (SwCompress *self)
{
  gint64 elapsed;

  g_return_val_if_fail (SW_IS_COMPRESS (self), 0);

  if (!get_elapsed (self, &elapsed) || elapsed < 0)
    return 0;

  return (guint) (elapsed / G_TIME_SPAN_DAY) + 1;
}

char *
sw_compress_dup_summary (SwCompress *self)
{
  gint64 elapsed;
  guint day;

  g_return_val_if_fail (SW_IS_COMPRESS (self), NULL);

  if (!get_elapsed (self, &elapsed))
    return g_strdup (_("When did this pain start?"));
  if (elapsed < 0)
    return g_strdup (_("That date is in the future."));

  day = sw_compress_get_day (self);
  switch (sw_compress_get_kind (self))
    {
    case SW_COMPRESS_KIND_COLD:
      /* Translators: the compress to use and the day of the episode, e.g. "Cold · day 2 since
       * your pain started". */
      return g_strdup_printf (_("Cold · day %u since your pain started"), day);

    case SW_COMPRESS_KIND_WARM:
      if (sw_compress_get_rule_kind (self) == SW_COMPRESS_KIND_COLD)
        return g_strdup_printf (_("Warm, as you prefer · day %u since your pain started"), day);
      return g_strdup_printf (_("Warm · day %u since your pain started"), day);

    case SW_COMPRESS_KIND_NONE:
    default:
      g_assert_not_reached ();
    }
}

guint
sw_compress_get_sessions_today (SwCompress *self)
{
  gint64 now;
  guint count = 0;

  g_return_val_if_fail (SW_IS_COMPRESS (self), 0);

  now = now_real (self);
  for (guint i = 0; i < self->sessions->len; i++)
    if (same_local_day (g_array_index (self->sessions, Session, i).start_real_us, now))
      count++;

  return count;
}

gint64
sw_compress_get_next_start_real_us (SwCompress *self)
{
  gint64 last_end = G_MININT64;

  g_return_val_if_fail (SW_IS_COMPRESS (self), 0);

  for (guint i = 0; i < self->sessions->len; i++)
    {
      const Session *session = &g_array_index (self->sessions, Session, i);

      last_end = MAX (last_end, session->start_real_us +
                                (gint64) session->duration_s * G_USEC_PER_SEC);
    }

  if (last_end == G_MININT64 || last_end + GAP_US <= now_real (self))
    return 0;

  return last_end + GAP_US;
}

SwCompressState
sw_compress_get_state (SwCompress *self)
{
  gint64 elapsed;

  g_return_val_if_fail (SW_IS_COMPRESS (self), SW_COMPRESS_STATE_LOCKED);

  if (self->running)
    return SW_COMPRESS_STATE_RUNNING;
  if (sw_last_check_locks (&self->last_check) &&
      self->last_check.time_us > now_real (self) - SW_CATALOG_CHECK_VALID_DAYS * G_TIME_SPAN_DAY)
    return SW_COMPRESS_STATE_LOCKED;
  if (!get_elapsed (self, &elapsed))
    return SW_COMPRESS_STATE_NO_ONSET;
  if (elapsed < 0)
    return SW_COMPRESS_STATE_FUTURE_ONSET;
  if (sw_compress_get_sessions_today (self) >= SW_COMPRESS_MAX_PER_DAY)
    return SW_COMPRESS_STATE_ENOUGH_TODAY;
  if (sw_compress_get_next_start_real_us (self) != 0)
    return SW_COMPRESS_STATE_TOO_SOON;

  return SW_COMPRESS_STATE_READY;
}

char *
sw_compress_dup_status (SwCompress *self)
{
  g_autofree char *count = NULL;
  g_autoptr(GDateTime) next = NULL;
  g_autofree char *time = NULL;

  g_return_val_if_fail (SW_IS_COMPRESS (self), NULL);

  /* Translators: sessions done today out of the most allowed, e.g. "1 of 4 today". */
  count = g_strdup_printf (_("%u of %u today"), sw_compress_get_sessions_today (self),
                           SW_COMPRESS_MAX_PER_DAY);

  switch (sw_compress_get_state (self))
    {
    case SW_COMPRESS_STATE_LOCKED:
      return g_strdup (self->last_check.outcome == SW_OUTCOME_EMERGENCY
                       ? _("Not until you have been seen: your last check advised "
                           "emergency care.")
                       : _("Not until you have been seen: your last check advised getting "
                           "checked in person today."));

    case SW_COMPRESS_STATE_NO_ONSET:
    case SW_COMPRESS_STATE_FUTURE_ONSET:
      return g_strdup (_("Set the day your pain started to begin."));

    case SW_COMPRESS_STATE_ENOUGH_TODAY:
      return g_strdup (_("That’s enough for today."));

    case SW_COMPRESS_STATE_TOO_SOON:
      next = local_time (sw_compress_get_next_start_real_us (self));
      time = g_date_time_format (next, "%H:%M");
      /* Translators: "1 of 4 today · next from 15:40". */
      return g_strdup_printf (_("%s · next from %s"), count, time);

    case SW_COMPRESS_STATE_RUNNING:
    case SW_COMPRESS_STATE_READY:
    default:
      return g_steal_pointer (&count);
    }
}

/**
 * sw_compress_start:
 * @minutes: the length, kept within 15 to 20
 *
 * Returns: %TRUE if a session started (the state was READY)
 */
gboolean
sw_compress_start (SwCompress *self,
                   guint       minutes)
{
  g_return_val_if_fail (SW_IS_COMPRESS (self), FALSE);

  if (sw_compress_get_state (self) != SW_COMPRESS_STATE_READY)
    return FALSE;

  self->running = TRUE;
  self->running_kind = sw_compress_get_kind (self);
  self->running_minutes = CLAMP (minutes, SW_COMPRESS_MINUTES_MIN, SW_COMPRESS_MINUTES_MAX);
  self->start_us = sw_clock_get_monotonic_us (self->clock);
  self->start_real_us = now_real (self);
  self->end_us = self->start_us + (gint64) self->running_minutes * G_TIME_SPAN_MINUTE;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
  changed (self);
  return TRUE;
}

static void
finish (SwCompress *self,
        gint64      ran_us,
        gboolean    completed)
{
  guint duration_s = (guint) (ran_us / G_USEC_PER_SEC);
  gint64 start_real_us = self->start_real_us;
  SwCompressKind kind = self->running_kind;
  gboolean counts = duration_s >= SW_COMPRESS_MIN_COUNTED_SECONDS;

  self->running = FALSE;
  if (counts)
    {
      Session session = { start_real_us, duration_s };

      g_array_append_val (self->sessions, session);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
  changed (self);

  if (counts)
    g_signal_emit (self, signals[SESSION_FINISHED], 0, start_real_us, duration_s, kind, completed);
}

/* Ends the session early; it counts if it ran at least a minute. */
void
sw_compress_stop (SwCompress *self)
{
  g_return_if_fail (SW_IS_COMPRESS (self));

  if (!self->running)
    return;

  finish (self, MIN (sw_clock_get_monotonic_us (self->clock), self->end_us) - self->start_us,
          FALSE);
}

void
sw_compress_update (SwCompress *self)
{
  g_return_if_fail (SW_IS_COMPRESS (self));

  if (self->running && sw_clock_get_monotonic_us (self->clock) >= self->end_us)
    finish (self, self->end_us - self->start_us, TRUE);
  else
    changed (self);
}

/* Monotonic µs at which sw_compress_update() must run, or SW_COMPRESS_NEVER. */
gint64
sw_compress_get_next_wakeup_us (SwCompress *self)
{
  g_return_val_if_fail (SW_IS_COMPRESS (self), SW_COMPRESS_NEVER);

  return compute_next_wakeup (self);
}

gboolean
sw_compress_get_running (SwCompress *self)
{
  g_return_val_if_fail (SW_IS_COMPRESS (self), FALSE);

  return self->running;
}

SwCompressKind
sw_compress_get_running_kind (SwCompress *self)
{
  g_return_val_if_fail (SW_IS_COMPRESS (self), SW_COMPRESS_KIND_NONE);

  return self->running ? self->running_kind : SW_COMPRESS_KIND_NONE;
}

guint
sw_compress_get_running_minutes (SwCompress *self)
{
  g_return_val_if_fail (SW_IS_COMPRESS (self), 0);

  return self->running ? self->running_minutes : 0;
}

gint64
sw_compress_get_time_left_us (SwCompress *self)
{
  g_return_val_if_fail (SW_IS_COMPRESS (self), 0);

  if (!self->running)
    return 0;

  return MAX (0, self->end_us - sw_clock_get_monotonic_us (self->clock));
}

double
sw_compress_get_fraction_left (SwCompress *self)
{
  g_return_val_if_fail (SW_IS_COMPRESS (self), 0.0);

  if (!self->running)
    return 0.0;

  return (double) sw_compress_get_time_left_us (self) / (double) (self->end_us - self->start_us);
}

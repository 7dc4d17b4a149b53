/* sw-compress.h: the cold or warm compress and its 72-hour rule
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "sw-catalog.h"
#include "sw-clock.h"
#include "sw-journal.h"

G_BEGIN_DECLS

/*
 * CONTENT-SPEC 2.1: from the onset of the current episode (2.3), cold for
 * the first 72 hours of real elapsed time, warm (not hot) after. Sessions
 * last 15 to 20 minutes, at most 4 start on one local calendar day, and the
 * next starts no sooner than 2 hours after the last one ended. In the first
 * 72 hours the person may prefer warmth, unless they report swelling or
 * bruising. No compress while the last check (within 7 days) is EMERGENCY or
 * SEE_DOCTOR_SOON/today, until a clinician has seen them.
 *
 * SwCompress also runs the session timer. Like SwScheduler it never ticks by
 * itself: the owner arms one timeout for sw_compress_get_next_wakeup_us()
 * (re-armed on notify::next-wakeup-us) and calls sw_compress_update() when it
 * fires. A finished session is added to the day's count and reported with
 * ::session-finished, so the owner can keep it in the journal.
 */

#define SW_COMPRESS_NEVER               G_MAXINT64
#define SW_COMPRESS_COLD_HOURS          72
#define SW_COMPRESS_MINUTES_MIN         15
#define SW_COMPRESS_MINUTES_MAX         20
#define SW_COMPRESS_MINUTES_DEFAULT     15
#define SW_COMPRESS_MAX_PER_DAY         4
#define SW_COMPRESS_GAP_HOURS           2
/* A session stopped before this many seconds does not count. */
#define SW_COMPRESS_MIN_COUNTED_SECONDS 60

typedef enum
{
  SW_COMPRESS_KIND_NONE,
  SW_COMPRESS_KIND_COLD,
  SW_COMPRESS_KIND_WARM,
} SwCompressKind;

/* What the card can do now, most important first. */
typedef enum
{
  SW_COMPRESS_STATE_RUNNING,
  SW_COMPRESS_STATE_LOCKED,       /* a same-day check result stands */
  SW_COMPRESS_STATE_NO_ONSET,     /* "When did this pain start?" */
  SW_COMPRESS_STATE_FUTURE_ONSET, /* the onset is later than now */
  SW_COMPRESS_STATE_ENOUGH_TODAY, /* four sessions today */
  SW_COMPRESS_STATE_TOO_SOON,     /* less than 2 h since the last one ended */
  SW_COMPRESS_STATE_READY,
} SwCompressState;

#define SW_TYPE_COMPRESS_KIND  (sw_compress_kind_get_type ())
#define SW_TYPE_COMPRESS_STATE (sw_compress_state_get_type ())
GType           sw_compress_kind_get_type    (void) G_GNUC_CONST;
GType           sw_compress_state_get_type   (void) G_GNUC_CONST;

/* The journal's kind for a cold or warm session. */
SwJournalCompressKind sw_compress_kind_to_journal (SwCompressKind kind);

#define SW_TYPE_COMPRESS (sw_compress_get_type ())
G_DECLARE_FINAL_TYPE (SwCompress, sw_compress, SW, COMPRESS, GObject)

SwCompress      *sw_compress_new                   (SwClock            *clock);
SwClock         *sw_compress_get_clock             (SwCompress         *self);

/* Reads the episode's onset, the last check and today's sessions (and
 * yesterday's, for the 2-hour gap) from @journal. */
gboolean         sw_compress_load                  (SwCompress         *self,
                                                    SwJournal          *journal,
                                                    gint64              cleared_check_us,
                                                    GError            **error);

/* Inputs */
void             sw_compress_set_onset             (SwCompress         *self,
                                                    GDateTime          *onset);
GDateTime       *sw_compress_get_onset             (SwCompress         *self);
void             sw_compress_set_prefer_warmth     (SwCompress         *self,
                                                    gboolean            prefer_warmth);
gboolean         sw_compress_get_prefer_warmth     (SwCompress         *self);
void             sw_compress_set_swelling          (SwCompress         *self,
                                                    gboolean            swelling);
gboolean         sw_compress_get_swelling          (SwCompress         *self);
void             sw_compress_set_last_check        (SwCompress         *self,
                                                    const SwLastCheck  *check);
void             sw_compress_clear_sessions        (SwCompress         *self);
void             sw_compress_add_session           (SwCompress         *self,
                                                    gint64              start_real_us,
                                                    guint               duration_s);

/* The onset for a day picked on a calendar: that day at the current time
 * of day, so a day picked N days ago reads "day N + 1". */
GDateTime       *sw_compress_onset_for_day         (SwClock            *clock,
                                                    int                 year,
                                                    int                 month,
                                                    int                 day);

/* The rule */
SwCompressKind   sw_compress_get_rule_kind         (SwCompress         *self);
SwCompressKind   sw_compress_get_kind              (SwCompress         *self);
gboolean         sw_compress_get_can_prefer_warmth (SwCompress         *self);
gboolean         sw_compress_get_in_cold_window    (SwCompress         *self);
/* Day 1 is the first 24 hours; 0 without a (past) onset. */
guint            sw_compress_get_day               (SwCompress         *self);
/* "Cold · day 2 since your pain started", "When did this pain start?". */
char            *sw_compress_dup_summary           (SwCompress         *self);

/* The limits */
SwCompressState  sw_compress_get_state             (SwCompress         *self);
guint            sw_compress_get_sessions_today    (SwCompress         *self);
/* Wall clock µs from when the next session may start (0 if now). */
gint64           sw_compress_get_next_start_real_us (SwCompress        *self);
/* "1 of 4 today", "That's enough for today", "Next session from 15:40". */
char            *sw_compress_dup_status            (SwCompress         *self);

/* The timer */
gboolean         sw_compress_start                 (SwCompress         *self,
                                                    guint               minutes);
void             sw_compress_stop                  (SwCompress         *self);
void             sw_compress_update                (SwCompress         *self);
gint64           sw_compress_get_next_wakeup_us    (SwCompress         *self);
gboolean         sw_compress_get_running           (SwCompress         *self);
SwCompressKind   sw_compress_get_running_kind      (SwCompress         *self);
guint            sw_compress_get_running_minutes   (SwCompress         *self);
gint64           sw_compress_get_time_left_us      (SwCompress         *self);
double           sw_compress_get_fraction_left     (SwCompress         *self);

G_END_DECLS

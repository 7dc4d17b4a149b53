/* sw-posture.h: the desk-setup checklist, its score, myths and tips as data
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * SwPosture is the posture part of the catalogue (CONTENT-SPEC section 4):
 * the 19 checklist items in four groups, the five myths and their facts, and
 * the tips for each kind of day with their safety notes. Everything lives in
 * static tables in sw-posture.c; the Posture tab, the tests and the reminder
 * service read those same tables.
 *
 * Strings
 *   Fields of SwPostureItem and SwPostureMyth are untranslated msgids
 *   (marked N_() in the tables). Use the *_get_*() helpers, which translate.
 *   Every other function returning user-visible text returns it translated.
 *   Keys are never translated; they are what the journal stores.
 *
 * Ticks
 *   A set of ticked items is a bitmask, SwPostureTicks: bit i stands for
 *   item i in table order. sw_posture_ticks_from_keys() and
 *   sw_posture_ticks_to_keys() convert to and from the keys the journal keeps.
 *
 * Score (section 4.1)
 *   score = sum of the weights of the ticked items ÷ sum of all weights × 100,
 *   rounded to the nearest whole number, halves up. Nothing ticked is 0,
 *   everything ticked is 100.
 *
 * Top fixes (section 4.1)
 *   The unticked items, heaviest first; among equal weights, in list order.
 */

/* In the order the Posture tab shows them. */
typedef enum
{
  SW_POSTURE_GROUP_SCREEN,
  SW_POSTURE_GROUP_CHAIR,
  SW_POSTURE_GROUP_DESK,
  SW_POSTURE_GROUP_HABITS,
} SwPostureGroup;

#define SW_POSTURE_N_GROUPS 4

/* The kinds of day the tips are written for (section 4.2). The first three
 * share their keys with the kind-of-day setting. */
typedef enum
{
  SW_POSTURE_DAY_OFFICE,
  SW_POSTURE_DAY_ACTIVE,
  SW_POSTURE_DAY_OLDER,
  SW_POSTURE_DAY_PREGNANT_OR_SURGERY,
} SwPostureDay;

#define SW_POSTURE_N_DAYS 4

#define SW_TYPE_POSTURE_GROUP (sw_posture_group_get_type ())
#define SW_TYPE_POSTURE_DAY   (sw_posture_day_get_type ())

GType sw_posture_group_get_type (void) G_GNUC_CONST;
GType sw_posture_day_get_type   (void) G_GNUC_CONST;

/* Bit i: item i is ticked. */
typedef guint32 SwPostureTicks;

/* ---------------------------------------------------------------- checklist */

typedef struct
{
  const char     *key;     /* stable, e.g. "lumbar_support" */
  SwPostureGroup  group;
  guint           weight;  /* 1..3 */
  guint           callout; /* its number in the desk diagram; 0: not drawn */
  const char     *check;   /* msgid: what to check */
  const char     *why;     /* msgid: why it matters */
  const char     *fix;     /* msgid: how to fix it */
} SwPostureItem;

guint                sw_posture_get_n_items       (void);
const SwPostureItem *sw_posture_get_item          (guint                index);
/* NULL, or -1 for the index, when no item has @key. */
const SwPostureItem *sw_posture_lookup_item       (const char          *key);
int                  sw_posture_find_item         (const char          *key);
guint                sw_posture_item_get_index    (const SwPostureItem *item);
const char          *sw_posture_item_get_check    (const SwPostureItem *item);
const char          *sw_posture_item_get_why      (const SwPostureItem *item);
const char          *sw_posture_item_get_fix      (const SwPostureItem *item);

/* "screen", "chair", "desk", "habits". */
const char          *sw_posture_group_to_key      (SwPostureGroup       group);
/* Translated, e.g. "Screen". */
const char          *sw_posture_group_get_title   (SwPostureGroup       group);

/* The numbers in the desk diagram run 1..n without gaps; every number
 * belongs to at least one item. The label is a short translated caption,
 * e.g. "Lower back supported". */
guint                sw_posture_get_n_callouts    (void);
const char          *sw_posture_get_callout_label (guint                number);

/* ------------------------------------------------------------------- score */

/* Every item ticked. */
SwPostureTicks       sw_posture_ticks_all         (void);
/* Unknown keys are ignored (a journal from a newer Sitwell may name items
 * this one does not know); @keys may be NULL. */
SwPostureTicks       sw_posture_ticks_from_keys   (const char * const  *keys);
/* The keys of the ticked items in list order, NULL-terminated. */
char               **sw_posture_ticks_to_keys     (SwPostureTicks       ticks);

guint                sw_posture_get_total_weight  (void);
/* @part ÷ @whole × 100 rounded to the nearest whole number, halves up;
 * @whole must not be 0 and @part must not exceed it. */
guint                sw_posture_round_percent     (guint                part,
                                                   guint                whole);
/* 0..100; bits beyond the last item are ignored. */
guint                sw_posture_score             (SwPostureTicks       ticks);
guint                sw_posture_score_keys        (const char * const  *keys);
/* How many points the score would rise if item @index were ticked too
 * (0 if it already is). */
guint                sw_posture_score_gain        (SwPostureTicks       ticks,
                                                   guint                index);
/* Writes the indices of up to @max top fixes to @indices and returns how
 * many it wrote: fewer than @max only when fewer items are unticked. */
guint                sw_posture_get_top_fixes     (SwPostureTicks       ticks,
                                                   guint               *indices,
                                                   guint                max);

/* ------------------------------------------------------------------- myths */

typedef struct
{
  const char *key;  /* stable, e.g. "myth_hard_bed" */
  const char *myth; /* msgid */
  const char *fact; /* msgid */
} SwPostureMyth;

guint                sw_posture_get_n_myths       (void);
const SwPostureMyth *sw_posture_get_myth          (guint                index);
const char          *sw_posture_myth_get_myth     (const SwPostureMyth *myth);
const char          *sw_posture_myth_get_fact     (const SwPostureMyth *myth);

/* -------------------------------------------------------------------- tips */

/* "office", "active", "older", "pregnant_or_surgery". */
const char          *sw_posture_day_to_key        (SwPostureDay         day);
gboolean             sw_posture_day_from_key      (const char          *key,
                                                   SwPostureDay        *day);
/* The kind of day whose tips to show first: pregnant or after spine surgery
 * when either profile switch is on (their safety notes matter most), else
 * the kind-of-day setting ("office", "active", "older"; anything else is
 * office). */
SwPostureDay         sw_posture_day_for_profile   (const char          *kind_of_day,
                                                   gboolean             pregnant,
                                                   gboolean             spine_surgery);
/* Translated, e.g. "Office Worker". */
const char          *sw_posture_day_get_label     (SwPostureDay         day);
/* Every kind of day has at least one tip; safety notes may be none. All
 * translated. */
guint                sw_posture_day_get_n_tips    (SwPostureDay         day);
const char          *sw_posture_day_get_tip       (SwPostureDay         day,
                                                   guint                index);
guint                sw_posture_day_get_n_safety_notes (SwPostureDay    day);
const char          *sw_posture_day_get_safety_note    (SwPostureDay    day,
                                                        guint           index);

/* --------------------------------------------------------- the last check */

/* A day as the Posture tab names it, in @now's time zone: "today",
 * "yesterday", "3 Nov" in @now's year, "3 Nov 2024" otherwise. */
char                *sw_posture_format_day        (gint64               time_us,
                                                   GDateTime           *now);
/* The change from a saved score to the live one, e.g. "+12 since 3 Nov",
 * "−5 since today", "Unchanged since yesterday". */
char                *sw_posture_describe_change   (guint                score,
                                                   guint                saved_score,
                                                   gint64               saved_time_us,
                                                   GDateTime           *now);

/* ------------------------------------------------- the monthly re-check */

#define SW_POSTURE_RECHECK_DAYS       30
#define SW_POSTURE_FIRST_RECHECK_DAYS  7

/*
 * The monthly "re-check your desk" reminder (CONTENT-SPEC section 5), decided
 * here and sent by the reminder service while the desk-recheck-monthly
 * setting is on. The service keeps one time of its own, the "reminder mark":
 *
 *   - on its first run, when the mark is unset and no posture check was
 *     ever saved, it sets the mark to sw_posture_recheck_first_mark (now);
 *   - each time it sends the reminder, it sets the mark to that moment.
 *
 * sw_posture_recheck_due (last_check, mark, now) is TRUE when both the last
 * saved check (sw_journal_get_last_posture_check ()) and the mark are at
 * least SW_POSTURE_RECHECK_DAYS calendar days before @now; a NULL time does
 * not hold the reminder back, but with both NULL it is never due (the
 * first run sets the mark). So a desk that was never checked is reminded
 * SW_POSTURE_FIRST_RECHECK_DAYS days after the first run, and after that
 * every SW_POSTURE_RECHECK_DAYS days until a check is saved; a saved check
 * restarts the month. A time after @now (the clock was set back) holds the
 * reminder back until a month after that time.
 *
 * sw_posture_recheck_next_due () gives the moment it falls due (NULL with
 * both NULL), so the service can arm one timer for it instead of polling:
 * sw_posture_recheck_due () is exactly "@now is not before that moment".
 * Days are counted in the time zone of each given time.
 */
GDateTime           *sw_posture_recheck_first_mark (GDateTime          *first_run);
GDateTime           *sw_posture_recheck_next_due   (GDateTime          *last_check_or_null,
                                                    GDateTime          *last_reminded_or_null);
gboolean             sw_posture_recheck_due        (GDateTime          *last_check_or_null,
                                                    GDateTime          *last_reminded_or_null,
                                                    GDateTime          *now);

G_END_DECLS

/* test-posture.c: the desk checklist scores, ranks and reminds as the spec says
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "sw-fake-clock.h"
#include "sw-journal.h"
#include "sw-posture.h"

#define BIT(i) ((SwPostureTicks) 1 << (i))

/* CONTENT-SPEC 4.1, in its order: the contract the table must keep. */
static const struct
{
  const char     *key;
  SwPostureGroup  group;
  guint           weight;
} spec_items[] = {
  { "screen_height", SW_POSTURE_GROUP_SCREEN, 2 },
  { "screen_distance", SW_POSTURE_GROUP_SCREEN, 2 },
  { "screen_in_front", SW_POSTURE_GROUP_SCREEN, 1 },
  { "no_glare", SW_POSTURE_GROUP_SCREEN, 1 },
  { "documents_near", SW_POSTURE_GROUP_SCREEN, 1 },
  { "lumbar_support", SW_POSTURE_GROUP_CHAIR, 3 },
  { "sit_back", SW_POSTURE_GROUP_CHAIR, 2 },
  { "seat_height", SW_POSTURE_GROUP_CHAIR, 3 },
  { "feet_supported", SW_POSTURE_GROUP_CHAIR, 3 },
  { "seat_depth", SW_POSTURE_GROUP_CHAIR, 1 },
  { "armrests", SW_POSTURE_GROUP_CHAIR, 1 },
  { "elbows_keyboard", SW_POSTURE_GROUP_DESK, 2 },
  { "wrists_straight", SW_POSTURE_GROUP_DESK, 1 },
  { "mouse_close", SW_POSTURE_GROUP_DESK, 1 },
  { "leg_room", SW_POSTURE_GROUP_DESK, 1 },
  { "legs_uncrossed", SW_POSTURE_GROUP_HABITS, 2 },
  { "no_hunching", SW_POSTURE_GROUP_HABITS, 3 },
  { "phone_up", SW_POSTURE_GROUP_HABITS, 1 },
  { "move_often", SW_POSTURE_GROUP_HABITS, 3 },
};

static SwPostureTicks
ticks_of (const char *first_key,
          ...)
{
  SwPostureTicks ticks = 0;
  va_list args;

  va_start (args, first_key);
  for (const char *key = first_key; key != NULL; key = va_arg (args, const char *))
    {
      int index = sw_posture_find_item (key);

      g_assert_cmpint (index, >=, 0);
      ticks |= BIT (index);
    }
  va_end (args);

  return ticks;
}

static void
assert_text (const char *text)
{
  g_autofree char *stripped = NULL;

  g_assert_nonnull (text);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  stripped = g_strstrip (g_strdup (text));
  g_assert_cmpstr (stripped, !=, "");
}

/* ---------------------------------------------------------------- the table */

static void
test_items_match_the_spec (void)
{
  g_assert_cmpuint (sw_posture_get_n_items (), ==, G_N_ELEMENTS (spec_items));

  for (guint i = 0; i < G_N_ELEMENTS (spec_items); i++)
    {
      const SwPostureItem *item = sw_posture_get_item (i);

      g_assert_cmpstr (item->key, ==, spec_items[i].key);
      g_assert_cmpint (item->group, ==, spec_items[i].group);
      g_assert_cmpuint (item->weight, ==, spec_items[i].weight);
      g_assert_true (sw_posture_lookup_item (item->key) == item);
      g_assert_cmpint (sw_posture_find_item (item->key), ==, (int) i);
      g_assert_cmpuint (sw_posture_item_get_index (item), ==, i);
    }

  g_assert_cmpuint (sw_posture_get_total_weight (), ==, 34);
  g_assert_null (sw_posture_lookup_item ("standing_desk"));
  g_assert_cmpint (sw_posture_find_item (""), ==, -1);
}

static void
test_every_item_has_texts (void)
{
  for (guint i = 0; i < sw_posture_get_n_items (); i++)
    {
      const SwPostureItem *item = sw_posture_get_item (i);

      assert_text (item->check);
      assert_text (item->why);
      assert_text (item->fix);
      assert_text (sw_posture_item_get_check (item));
      assert_text (sw_posture_item_get_why (item));
      assert_text (sw_posture_item_get_fix (item));
      /* Three different things to say. */
      g_assert_cmpstr (item->check, !=, item->why);
      g_assert_cmpstr (item->why, !=, item->fix);
      g_assert_cmpstr (item->check, !=, item->fix);
      /* How to fix it is advice: a full sentence. */
      g_assert_true (g_str_has_suffix (item->fix, "."));
    }
}

static void
test_keys_are_unique (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < sw_posture_get_n_items (); i++)
    {
      const char *key = sw_posture_get_item (i)->key;

      /* What the journal stores: no commas, no spaces. */
      g_assert_null (strpbrk (key, ", "));
      g_assert_true (g_hash_table_add (seen, (gpointer) key));
    }
  for (guint i = 0; i < sw_posture_get_n_myths (); i++)
    {
      const char *key = sw_posture_get_myth (i)->key;

      g_assert_true (g_str_has_prefix (key, "myth_"));
      g_assert_true (g_hash_table_add (seen, (gpointer) key));
    }
}

static void
test_groups_in_tab_order (void)
{
  guint per_group[SW_POSTURE_N_GROUPS] = { 0 };
  SwPostureGroup last = SW_POSTURE_GROUP_SCREEN;
  static const char * const keys[] = { "screen", "chair", "desk", "habits" };

  /* The list runs group by group, so "list order" is the order on screen. */
  for (guint i = 0; i < sw_posture_get_n_items (); i++)
    {
      SwPostureGroup group = sw_posture_get_item (i)->group;

      g_assert_cmpint (group, >=, last);
      last = group;
      per_group[group]++;
    }

  for (guint g = 0; g < SW_POSTURE_N_GROUPS; g++)
    {
      g_assert_cmpuint (per_group[g], >, 0);
      g_assert_cmpstr (sw_posture_group_to_key (g), ==, keys[g]);
      assert_text (sw_posture_group_get_title (g));
    }
  g_assert_cmpstr (sw_posture_group_get_title (SW_POSTURE_GROUP_HABITS), ==, "Habits");
}

static void
test_callouts_number_the_diagram (void)
{
  guint n = sw_posture_get_n_callouts ();
  g_autofree gboolean *used = g_new0 (gboolean, n + 1);
  guint highest_so_far = 0;

  g_assert_cmpuint (n, ==, 10);

  for (guint i = 0; i < sw_posture_get_n_items (); i++)
    {
      guint callout = sw_posture_get_item (i)->callout;

      g_assert_cmpuint (callout, <=, n);
      if (callout == 0)
        continue;

      /* New numbers appear in list order: 1, 2, 3, … */
      if (!used[callout])
        {
          g_assert_cmpuint (callout, ==, highest_so_far + 1);
          highest_so_far = callout;
        }
      used[callout] = TRUE;
    }

  for (guint c = 1; c <= n; c++)
    {
      g_assert_true (used[c]);
      assert_text (sw_posture_get_callout_label (c));
    }

  /* The drawing shows what a side view can show. */
  g_assert_cmpuint (sw_posture_lookup_item ("screen_height")->callout, ==, 1);
  g_assert_cmpuint (sw_posture_lookup_item ("lumbar_support")->callout, ==, 3);
  g_assert_cmpuint (sw_posture_lookup_item ("feet_supported")->callout, ==, 6);
  g_assert_cmpuint (sw_posture_lookup_item ("elbows_keyboard")->callout, ==, 8);
  g_assert_cmpuint (sw_posture_lookup_item ("no_glare")->callout, ==, 0);
  g_assert_cmpuint (sw_posture_lookup_item ("move_often")->callout, ==, 0);
}

/* ------------------------------------------------------------------- ticks */

static void
test_ticks_round_trip_through_keys (void)
{
  static const char * const keys[] = {
    "move_often", "screen_height", "from_the_future", "screen_height", "lumbar_support", NULL,
  };
  SwPostureTicks ticks = sw_posture_ticks_from_keys (keys);
  g_auto(GStrv) back = sw_posture_ticks_to_keys (ticks);
  g_auto(GStrv) none = sw_posture_ticks_to_keys (0);
  g_auto(GStrv) all = sw_posture_ticks_to_keys (sw_posture_ticks_all ());

  /* Unknown keys are dropped, duplicates count once, order is list order. */
  g_assert_cmpuint (ticks, ==, ticks_of ("screen_height", "lumbar_support", "move_often", NULL));
  g_assert_cmpstrv (back, ((const char * const[]) {
    "screen_height", "lumbar_support", "move_often", NULL }));

  g_assert_cmpuint (sw_posture_ticks_from_keys (NULL), ==, 0);
  g_assert_cmpuint (sw_posture_ticks_from_keys ((const char * const[]) { NULL }), ==, 0);
  g_assert_nonnull (none);
  g_assert_null (none[0]);

  g_assert_cmpuint (g_strv_length (all), ==, sw_posture_get_n_items ());
  g_assert_cmpuint (sw_posture_ticks_from_keys ((const char * const *) all), ==,
                    sw_posture_ticks_all ());
  g_assert_cmpuint (sw_posture_ticks_all (), ==, BIT (sw_posture_get_n_items ()) - 1);
}

/* ------------------------------------------------------------------- score */

static void
test_round_percent_halves_up (void)
{
  static const guint cases[][3] = {
    /* part, whole, expected */
    { 0, 1, 0 }, { 1, 1, 100 }, { 1, 2, 50 }, { 1, 3, 33 }, { 2, 3, 67 },
    { 1, 8, 13 },   /* 12.5 */
    { 3, 8, 38 },   /* 37.5 */
    { 5, 8, 63 },   /* 62.5 */
    { 7, 8, 88 },   /* 87.5 */
    { 1, 200, 1 },  /* 0.5 */
    { 1, 201, 0 },  /* 0.4975… */
    { 199, 200, 100 }, /* 99.5 */
    { 399, 400, 100 }, /* 99.75 */
    { 1, 34, 3 }, { 17, 34, 50 }, { 33, 34, 97 }, { 34, 34, 100 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%u / %u", cases[i][0], cases[i][1]);
      g_assert_cmpuint (sw_posture_round_percent (cases[i][0], cases[i][1]), ==, cases[i][2]);
    }
}

static void
test_score_examples (void)
{
  g_assert_cmpuint (sw_posture_score (0), ==, 0);
  g_assert_cmpuint (sw_posture_score (sw_posture_ticks_all ()), ==, 100);

  /* 3 of 34 = 8.82 → 9; 1 of 34 = 2.94 → 3; 2 of 34 = 5.88 → 6. */
  g_assert_cmpuint (sw_posture_score (ticks_of ("lumbar_support", NULL)), ==, 9);
  g_assert_cmpuint (sw_posture_score (ticks_of ("no_glare", NULL)), ==, 3);
  g_assert_cmpuint (sw_posture_score (ticks_of ("screen_height", NULL)), ==, 6);
  /* The four 3-weight chair and habit items: 12 of 34 = 35.3 → 35. */
  g_assert_cmpuint (sw_posture_score (ticks_of ("lumbar_support", "seat_height",
                                                "feet_supported", "move_often", NULL)), ==, 35);
  /* All but the heaviest item: 31 of 34 = 91.2 → 91. */
  g_assert_cmpuint (sw_posture_score (sw_posture_ticks_all () &
                                      ~ticks_of ("move_often", NULL)), ==, 91);
  /* All but one light item: 33 of 34 = 97.06 → 97. */
  g_assert_cmpuint (sw_posture_score (sw_posture_ticks_all () &
                                      ~ticks_of ("phone_up", NULL)), ==, 97);

  /* Bits past the last item mean nothing. */
  g_assert_cmpuint (sw_posture_score (~sw_posture_ticks_all ()), ==, 0);
  g_assert_cmpuint (sw_posture_score (G_MAXUINT32), ==, 100);

  g_assert_cmpuint (sw_posture_score_keys ((const char * const[]) {
    "lumbar_support", "unknown", NULL }), ==, 9);
  g_assert_cmpuint (sw_posture_score_keys (NULL), ==, 0);
}

/* Every one of the 2^19 possible checklists against the formula in doubles. */
static void
test_score_every_combination (void)
{
  guint n = sw_posture_get_n_items ();
  guint total = sw_posture_get_total_weight ();
  guint previous_best = 0;

  for (SwPostureTicks ticks = 0; ticks <= sw_posture_ticks_all (); ticks++)
    {
      guint weight = 0;
      guint score = sw_posture_score (ticks);
      double exact;

      for (guint i = 0; i < n; i++)
        if (ticks & BIT (i))
          weight += sw_posture_get_item (i)->weight;

      exact = weight * 100.0 / total;
      /* With 34 as the whole, no score lands on a half. */
      g_assert_cmpfloat (fabs (exact - floor (exact) - 0.5), >, 1e-9);
      if (score != (guint) floor (exact + 0.5))
        g_error ("ticks %#x: score %u, expected %.3f", ticks, score, exact);

      /* Ticking one more item never lowers the score, and its gain is the
       * difference (on a spread-out sample, to keep the test quick). */
      for (guint i = 0; ticks % 61 == 0 && i < n; i++)
        {
          guint gain = sw_posture_score_gain (ticks, i);

          if (ticks & BIT (i))
            g_assert_cmpuint (gain, ==, 0);
          else
            g_assert_cmpuint (score + gain, ==, sw_posture_score (ticks | BIT (i)));
        }

      previous_best = MAX (previous_best, score);
    }

  g_assert_cmpuint (previous_best, ==, 100);
}

/* --------------------------------------------------------------- top fixes */

static void
assert_top_fixes (SwPostureTicks      ticks,
                  const char * const *expected)
{
  guint indices[3] = { G_MAXUINT, G_MAXUINT, G_MAXUINT };
  guint n = sw_posture_get_top_fixes (ticks, indices, 3);
  guint n_expected = g_strv_length ((char **) expected);

  g_assert_cmpuint (n, ==, n_expected);
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (sw_posture_get_item (indices[i])->key, ==, expected[i]);
  for (guint i = n; i < 3; i++)
    g_assert_cmpuint (indices[i], ==, G_MAXUINT);
}

static void
test_top_fixes_order_and_ties (void)
{
  /* Nothing ticked: the five 3-weight items tie; list order picks three. */
  assert_top_fixes (0, (const char * const[]) {
    "lumbar_support", "seat_height", "feet_supported", NULL });

  /* Those done: the other two heaviest, then the first 2-weight item. */
  assert_top_fixes (ticks_of ("lumbar_support", "seat_height", "feet_supported", NULL),
                    (const char * const[]) { "no_hunching", "move_often", "screen_height", NULL });

  /* Weight beats list order: a late heavy item before an early light one. */
  assert_top_fixes (sw_posture_ticks_all () &
                    ~ticks_of ("screen_in_front", "move_often", "documents_near", NULL),
                    (const char * const[]) { "move_often", "screen_in_front", "documents_near",
                                             NULL });

  /* Ties among the 2-weight items follow list order across groups. */
  assert_top_fixes (sw_posture_ticks_all () &
                    ~ticks_of ("legs_uncrossed", "elbows_keyboard", "sit_back",
                               "screen_distance", NULL),
                    (const char * const[]) { "screen_distance", "sit_back", "elbows_keyboard",
                                             NULL });

  /* Fewer than three left. */
  assert_top_fixes (sw_posture_ticks_all () & ~ticks_of ("phone_up", "leg_room", NULL),
                    (const char * const[]) { "leg_room", "phone_up", NULL });
  assert_top_fixes (sw_posture_ticks_all () & ~ticks_of ("wrists_straight", NULL),
                    (const char * const[]) { "wrists_straight", NULL });
  assert_top_fixes (sw_posture_ticks_all (), (const char * const[]) { NULL });
}

static void
test_top_fixes_max (void)
{
  guint all[32];
  guint n = sw_posture_get_top_fixes (0, all, G_N_ELEMENTS (all));

  /* Asking for more than there is gives every item, each once, ranked. */
  g_assert_cmpuint (n, ==, sw_posture_get_n_items ());
  for (guint i = 1; i < n; i++)
    {
      const SwPostureItem *a = sw_posture_get_item (all[i - 1]);
      const SwPostureItem *b = sw_posture_get_item (all[i]);

      g_assert_true (a->weight > b->weight || (a->weight == b->weight && all[i - 1] < all[i]));
    }

  g_assert_cmpuint (sw_posture_get_top_fixes (0, NULL, 0), ==, 0);
  g_assert_cmpuint (sw_posture_get_top_fixes (0, all, 1), ==, 1);
  g_assert_cmpstr (sw_posture_get_item (all[0])->key, ==, "lumbar_support");
}

/* The rule for every checklist: the first three of a stable sort. */
static int
compare_rank (gconstpointer a,
              gconstpointer b)
{
  guint ia = *(const guint *) a, ib = *(const guint *) b;
  guint wa = sw_posture_get_item (ia)->weight, wb = sw_posture_get_item (ib)->weight;

  if (wa != wb)
    return wa > wb ? -1 : 1;
  return ia < ib ? -1 : ia > ib;
}

static void
test_top_fixes_every_combination (void)
{
  guint n_items = sw_posture_get_n_items ();

  for (SwPostureTicks ticks = 0; ticks <= sw_posture_ticks_all (); ticks++)
    {
      guint unticked[32], n_unticked = 0;
      guint top[3];
      guint n;

      for (guint i = 0; i < n_items; i++)
        if (!(ticks & BIT (i)))
          unticked[n_unticked++] = i;
      qsort (unticked, n_unticked, sizeof (guint), compare_rank);

      n = sw_posture_get_top_fixes (ticks, top, 3);
      g_assert_cmpuint (n, ==, MIN (3, n_unticked));
      for (guint i = 0; i < n; i++)
        if (top[i] != unticked[i])
          g_error ("ticks %#x: fix %u is %u, expected %u", ticks, i, top[i], unticked[i]);
    }
}

/* ------------------------------------------------------------ myths, tips */

static void
test_myths (void)
{
  static const char * const keys[] = {
    "myth_leg_only", "myth_harder_massage", "myth_tough_it_out", "myth_only_older",
    "myth_hard_bed",
  };

  g_assert_cmpuint (sw_posture_get_n_myths (), ==, G_N_ELEMENTS (keys));
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      const SwPostureMyth *myth = sw_posture_get_myth (i);

      g_assert_cmpstr (myth->key, ==, keys[i]);
      assert_text (sw_posture_myth_get_myth (myth));
      assert_text (sw_posture_myth_get_fact (myth));
      g_assert_cmpstr (myth->myth, !=, myth->fact);
    }

  /* The corrections the spec insists on. */
  g_assert_nonnull (strstr (sw_posture_get_myth (1)->fact, "blood clot"));
  g_assert_nonnull (strstr (sw_posture_get_myth (2)->fact, "emergency"));
  g_assert_nonnull (strstr (sw_posture_get_myth (4)->fact, "medium-firm"));
}

static void
test_tips_per_day (void)
{
  static const char * const keys[] = { "office", "active", "older", "pregnant_or_surgery" };
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint d = 0; d < SW_POSTURE_N_DAYS; d++)
    {
      SwPostureDay day = SW_POSTURE_DAY_OFFICE;

      g_assert_cmpstr (sw_posture_day_to_key (d), ==, keys[d]);
      g_assert_true (sw_posture_day_from_key (keys[d], &day));
      g_assert_cmpint (day, ==, d);
      assert_text (sw_posture_day_get_label (d));
      g_assert_true (g_hash_table_add (seen, (gpointer) sw_posture_day_get_label (d)));

      g_assert_cmpuint (sw_posture_day_get_n_tips (d), >=, 1);
      for (guint i = 0; i < sw_posture_day_get_n_tips (d); i++)
        assert_text (sw_posture_day_get_tip (d, i));
      for (guint i = 0; i < sw_posture_day_get_n_safety_notes (d); i++)
        assert_text (sw_posture_day_get_safety_note (d, i));
    }

  g_assert_false (sw_posture_day_from_key ("flare", &(SwPostureDay) { 0 }));
  g_assert_false (sw_posture_day_from_key (NULL, &(SwPostureDay) { 0 }));

  /* The safety notes section 4.2 gives. */
  g_assert_cmpuint (sw_posture_day_get_n_safety_notes (SW_POSTURE_DAY_ACTIVE), ==, 2);
  g_assert_nonnull (strstr (sw_posture_day_get_safety_note (SW_POSTURE_DAY_ACTIVE, 0),
                            "bend your knees"));
  g_assert_cmpuint (sw_posture_day_get_n_safety_notes (SW_POSTURE_DAY_OLDER), ==, 2);
  g_assert_nonnull (strstr (sw_posture_day_get_safety_note (SW_POSTURE_DAY_OLDER, 0),
                            "stenosis"));
  g_assert_nonnull (strstr (sw_posture_day_get_safety_note (SW_POSTURE_DAY_OLDER, 1),
                            "Hold on"));
  g_assert_cmpuint (sw_posture_day_get_n_safety_notes (SW_POSTURE_DAY_PREGNANT_OR_SURGERY),
                    ==, 1);
  g_assert_nonnull (strstr (sw_posture_day_get_safety_note (SW_POSTURE_DAY_PREGNANT_OR_SURGERY,
                                                            0), "calf hurts after a massage"));
  g_assert_nonnull (strstr (sw_posture_day_get_tip (SW_POSTURE_DAY_PREGNANT_OR_SURGERY, 0),
                            "before you start"));
  g_assert_nonnull (strstr (sw_posture_day_get_safety_note (SW_POSTURE_DAY_OFFICE, 0),
                            "30 minutes"));
}

static void
test_day_for_profile (void)
{
  g_assert_cmpint (sw_posture_day_for_profile ("office", FALSE, FALSE), ==,
                   SW_POSTURE_DAY_OFFICE);
  g_assert_cmpint (sw_posture_day_for_profile ("active", FALSE, FALSE), ==,
                   SW_POSTURE_DAY_ACTIVE);
  g_assert_cmpint (sw_posture_day_for_profile ("older", FALSE, FALSE), ==,
                   SW_POSTURE_DAY_OLDER);
  /* The profile switches win over the kind of day. */
  g_assert_cmpint (sw_posture_day_for_profile ("active", TRUE, FALSE), ==,
                   SW_POSTURE_DAY_PREGNANT_OR_SURGERY);
  g_assert_cmpint (sw_posture_day_for_profile ("older", FALSE, TRUE), ==,
                   SW_POSTURE_DAY_PREGNANT_OR_SURGERY);
  g_assert_cmpint (sw_posture_day_for_profile ("office", TRUE, TRUE), ==,
                   SW_POSTURE_DAY_PREGNANT_OR_SURGERY);
  /* Not a kind of day the setting can hold. */
  g_assert_cmpint (sw_posture_day_for_profile ("pregnant_or_surgery", FALSE, FALSE), ==,
                   SW_POSTURE_DAY_OFFICE);
  g_assert_cmpint (sw_posture_day_for_profile ("flare", FALSE, FALSE), ==,
                   SW_POSTURE_DAY_OFFICE);
  g_assert_cmpint (sw_posture_day_for_profile (NULL, FALSE, FALSE), ==,
                   SW_POSTURE_DAY_OFFICE);
}

/* ---------------------------------------------------------- the last check */

static gint64
utc_us (int year,
        int month,
        int day,
        int hour,
        int minute)
{
  g_autoptr(GDateTime) time = g_date_time_new_utc (year, month, day, hour, minute, 0);

  return g_date_time_to_unix (time) * G_USEC_PER_SEC;
}

static void
test_format_day (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 25, 9, 30, 0);
  g_autoptr(GTimeZone) tokyo = g_time_zone_new_identifier ("+09:00");
  g_autoptr(GDateTime) now_tokyo = g_date_time_to_timezone (now, tokyo);
  struct { gint64 time_us; const char *expected; } cases[] = {
    { utc_us (2026, 11, 25, 0, 0), "today" },
    { utc_us (2026, 11, 25, 23, 59), "today" },
    { utc_us (2026, 11, 24, 23, 59), "yesterday" },
    { utc_us (2026, 11, 24, 0, 0), "yesterday" },
    { utc_us (2026, 11, 23, 23, 59), "23 Nov" },
    { utc_us (2026, 11, 3, 12, 0), "3 Nov" },
    { utc_us (2026, 1, 1, 0, 0), "1 Jan" },
    { utc_us (2025, 12, 31, 23, 0), "31 Dec 2025" },
    { utc_us (2024, 2, 29, 12, 0), "29 Feb 2024" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = sw_posture_format_day (cases[i].time_us, now);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }

  /* The day is the one in @now's time zone: 23:59 UTC on the 24th is
   * already the 25th in Tokyo. */
  {
    g_autofree char *today = sw_posture_format_day (utc_us (2026, 11, 24, 23, 59), now_tokyo);
    g_autofree char *yesterday = sw_posture_format_day (utc_us (2026, 11, 24, 14, 59),
                                                        now_tokyo);

    g_assert_cmpstr (today, ==, "today");
    g_assert_cmpstr (yesterday, ==, "yesterday");
  }
}

static void
test_describe_change (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 25, 9, 30, 0);
  g_autofree char *up = sw_posture_describe_change (76, 64, utc_us (2026, 11, 3, 8, 0), now);
  g_autofree char *down = sw_posture_describe_change (59, 64, utc_us (2026, 11, 25, 8, 0), now);
  g_autofree char *same = sw_posture_describe_change (64, 64, utc_us (2026, 11, 24, 8, 0), now);
  g_autofree char *from_zero = sw_posture_describe_change (100, 0, utc_us (2025, 6, 1, 8, 0),
                                                           now);

  g_assert_cmpstr (up, ==, "+12 since 3 Nov");
  g_assert_cmpstr (down, ==, "−5 since today");
  g_assert_cmpstr (same, ==, "Unchanged since yesterday");
  g_assert_cmpstr (from_zero, ==, "+100 since 1 Jun 2025");
}

/* ------------------------------------------------------- the re-check */

static GDateTime *
at (int day,
    int hour)
{
  /* Days from 1 Nov 2026, 09:00 UTC; may run into later months. */
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 11, 1, 9, 0, 0);
  g_autoptr(GDateTime) shifted = g_date_time_add_days (start, day);

  return g_date_time_add_hours (shifted, hour);
}

static void
test_recheck_due (void)
{
  g_autoptr(GDateTime) d0 = at (0, 0);
  g_autoptr(GDateTime) d10 = at (10, 0);
  g_autoptr(GDateTime) d29_23 = at (29, 23);
  g_autoptr(GDateTime) d30 = at (30, 0);
  g_autoptr(GDateTime) d39_23 = at (39, 23);
  g_autoptr(GDateTime) d40 = at (40, 0);
  g_autoptr(GDateTime) d400 = at (400, 0);
  g_autoptr(GDateTime) next = NULL;

  /* Nothing known: never due; the first run sets the mark. */
  g_assert_false (sw_posture_recheck_due (NULL, NULL, d0));
  g_assert_false (sw_posture_recheck_due (NULL, NULL, d400));
  g_assert_null (sw_posture_recheck_next_due (NULL, NULL));

  /* A saved check alone: due from 30 days after it, to the second. */
  g_assert_false (sw_posture_recheck_due (d0, NULL, d29_23));
  g_assert_true (sw_posture_recheck_due (d0, NULL, d30));
  g_assert_true (sw_posture_recheck_due (d0, NULL, d400));

  /* Reminded 10 days after the check: the reminder holds the next one back
   * a month, to day 40. */
  g_assert_false (sw_posture_recheck_due (d0, d10, d30));
  g_assert_false (sw_posture_recheck_due (d0, d10, d39_23));
  g_assert_true (sw_posture_recheck_due (d0, d10, d40));

  /* A check saved after the reminder restarts the month from the check. */
  g_assert_false (sw_posture_recheck_due (d10, d0, d30));
  g_assert_false (sw_posture_recheck_due (d10, d0, d39_23));
  g_assert_true (sw_posture_recheck_due (d10, d0, d40));

  /* Never checked, reminded on day 10: the next one a month later. */
  g_assert_false (sw_posture_recheck_due (NULL, d10, d39_23));
  g_assert_true (sw_posture_recheck_due (NULL, d10, d40));

  /* Times after now (the clock was set back) hold it back. */
  g_assert_false (sw_posture_recheck_due (d40, NULL, d30));
  g_assert_false (sw_posture_recheck_due (d0, d40, d40));

  /* next_due is the moment due turns TRUE. */
  next = sw_posture_recheck_next_due (d0, d10);
  g_assert_true (g_date_time_equal (next, d40));
  g_clear_pointer (&next, g_date_time_unref);
  next = sw_posture_recheck_next_due (d10, NULL);
  g_assert_true (g_date_time_equal (next, d40));
  g_clear_pointer (&next, g_date_time_unref);
  next = sw_posture_recheck_next_due (NULL, d0);
  g_assert_true (g_date_time_equal (next, d30));
}

static void
test_recheck_never_checked_desk (void)
{
  g_autoptr(GDateTime) first_run = at (0, 0);
  g_autoptr(GDateTime) mark = sw_posture_recheck_first_mark (first_run);
  g_autoptr(GDateTime) d6_23 = at (6, 23);
  g_autoptr(GDateTime) d7 = at (7, 0);
  g_autoptr(GDateTime) d36_23 = at (36, 23);
  g_autoptr(GDateTime) d37 = at (37, 0);
  g_autoptr(GDateTime) d20 = at (20, 0);
  g_autoptr(GDateTime) d49_23 = at (49, 23);
  g_autoptr(GDateTime) d50 = at (50, 0);

  /* The first reminder comes a week after the first run… */
  g_assert_true (g_date_time_compare (mark, first_run) < 0);
  g_assert_false (sw_posture_recheck_due (NULL, mark, first_run));
  g_assert_false (sw_posture_recheck_due (NULL, mark, d6_23));
  g_assert_true (sw_posture_recheck_due (NULL, mark, d7));

  /* …then, sent on day 7 and still no check, a month later. */
  g_assert_false (sw_posture_recheck_due (NULL, d7, d36_23));
  g_assert_true (sw_posture_recheck_due (NULL, d7, d37));

  /* A check saved before the first reminder takes over: a month after it. */
  g_assert_false (sw_posture_recheck_due (d20, mark, d7));
  g_assert_false (sw_posture_recheck_due (d20, mark, d49_23));
  g_assert_true (sw_posture_recheck_due (d20, mark, d50));
}

/* Calendar days in the given time zone: a month across a DST change is
 * still the same wall-clock time. */
static void
test_recheck_counts_calendar_days (void)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) check = NULL;
  g_autoptr(GDateTime) before = NULL;
  g_autoptr(GDateTime) due = NULL;

  if (berlin == NULL)
    {
      g_test_skip ("No Europe/Berlin time zone data");
      return;
    }

  check = g_date_time_new (berlin, 2026, 10, 10, 9, 0, 0);
  due = sw_posture_recheck_next_due (check, NULL);
  g_assert_cmpint (g_date_time_get_month (due), ==, 11);
  g_assert_cmpint (g_date_time_get_day_of_month (due), ==, 9);
  g_assert_cmpint (g_date_time_get_hour (due), ==, 9);

  before = g_date_time_add_seconds (due, -1);
  g_assert_false (sw_posture_recheck_due (check, NULL, before));
  g_assert_true (sw_posture_recheck_due (check, NULL, due));
}

/* ---------------------------------------------------------- the journal */

static void
test_journal_last_posture_check (void)
{
  g_autoptr(SwFakeClock) clock = sw_fake_clock_new_local (2026, 11, 3, 9, 0);
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "posture.db", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(SwJournal) journal = sw_journal_open (file, SW_CLOCK (clock), &error);
  g_autoptr(SwJournalItem) item = NULL;
  g_auto(GStrv) keys = sw_posture_ticks_to_keys (ticks_of ("screen_height", "move_often",
                                                           NULL));
  gint64 first_time = sw_clock_get_real_us (SW_CLOCK (clock));
  gint64 id = 0;

  g_assert_no_error (error);

  /* None yet. */
  g_assert_true (sw_journal_get_last_posture_check (journal, &item, &error));
  g_assert_no_error (error);
  g_assert_null (item);

  g_assert_true (sw_journal_add_posture_check (journal, SW_JOURNAL_TIME_NOW,
                                               sw_posture_score_keys ((const char * const *) keys),
                                               (const char * const *) keys, &id, &error));
  g_assert_no_error (error);

  g_assert_true (sw_journal_get_last_posture_check (journal, &item, &error));
  g_assert_no_error (error);
  g_assert_nonnull (item);
  g_assert_cmpint (item->type, ==, SW_JOURNAL_ITEM_POSTURE);
  g_assert_cmpint (item->id, ==, id);
  g_assert_cmpint (item->time_us, ==, first_time);
  g_assert_cmpint (item->value, ==, 15); /* 5 of 34 */
  g_assert_cmpstr (item->text, ==, "screen_height,move_often");
  g_clear_pointer (&item, sw_journal_item_free);

  /* A later check wins; an older one added afterwards does not. */
  sw_fake_clock_jump_real (clock, 22 * G_TIME_SPAN_DAY);
  g_assert_true (sw_journal_add_posture_check (journal, SW_JOURNAL_TIME_NOW, 100,
                                               NULL, &id, &error));
  g_assert_true (sw_journal_add_posture_check (journal, first_time - G_TIME_SPAN_DAY, 50,
                                               NULL, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (sw_journal_get_last_posture_check (journal, &item, &error));
  g_assert_cmpint (item->id, ==, id);
  g_assert_cmpint (item->value, ==, 100);
  g_assert_cmpstr (item->text, ==, "");
  g_assert_cmpint (item->time_us, ==, first_time + 22 * G_TIME_SPAN_DAY);
  g_clear_pointer (&item, sw_journal_item_free);

  /* Two at the same moment: the one saved last. */
  g_assert_true (sw_journal_add_posture_check (journal, SW_JOURNAL_TIME_NOW, 42,
                                               NULL, &id, &error));
  g_assert_true (sw_journal_get_last_posture_check (journal, &item, &error));
  g_assert_cmpint (item->id, ==, id);
  g_assert_cmpint (item->value, ==, 42);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add_func ("/sitwell/core/posture/" path, func)

  ADD ("items-match-the-spec", test_items_match_the_spec);
  ADD ("every-item-has-texts", test_every_item_has_texts);
  ADD ("keys-are-unique", test_keys_are_unique);
  ADD ("groups-in-tab-order", test_groups_in_tab_order);
  ADD ("callouts-number-the-diagram", test_callouts_number_the_diagram);
  ADD ("ticks-round-trip-through-keys", test_ticks_round_trip_through_keys);
  ADD ("round-percent-halves-up", test_round_percent_halves_up);
  ADD ("score-examples", test_score_examples);
  ADD ("score-every-combination", test_score_every_combination);
  ADD ("top-fixes-order-and-ties", test_top_fixes_order_and_ties);
  ADD ("top-fixes-max", test_top_fixes_max);
  ADD ("top-fixes-every-combination", test_top_fixes_every_combination);
  ADD ("myths", test_myths);
  ADD ("tips-per-day", test_tips_per_day);
  ADD ("day-for-profile", test_day_for_profile);
  ADD ("format-day", test_format_day);
  ADD ("describe-change", test_describe_change);
  ADD ("recheck-due", test_recheck_due);
  ADD ("recheck-never-checked-desk", test_recheck_never_checked_desk);
  ADD ("recheck-counts-calendar-days", test_recheck_counts_calendar_days);
  ADD ("journal-last-posture-check", test_journal_last_posture_check);

#undef ADD

  return g_test_run ();
}

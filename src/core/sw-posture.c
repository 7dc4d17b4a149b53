/* sw-posture.c: the desk-setup checklist, its score, myths and tips as data
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-posture.h"

#include <string.h>

#include <glib/gi18n-lib.h>

/*
 * The tables below are CONTENT-SPEC section 4 (checklist 4.1, tips 4.2,
 * myths 4.3) in the developers' own words for people: the spec's notes on
 * where a claim comes from stay in the spec. The checklist follows the OSHA
 * Computer Workstations eTool unless the spec tags an item [seed].
 */

#define N_ITEMS    19
#define N_CALLOUTS 10
#define MAX_TIPS    3
#define MAX_NOTES   2

G_STATIC_ASSERT (N_ITEMS <= 32);

G_DEFINE_ENUM_TYPE (SwPostureGroup, sw_posture_group,
  G_DEFINE_ENUM_VALUE (SW_POSTURE_GROUP_SCREEN, "screen"),
  G_DEFINE_ENUM_VALUE (SW_POSTURE_GROUP_CHAIR, "chair"),
  G_DEFINE_ENUM_VALUE (SW_POSTURE_GROUP_DESK, "desk"),
  G_DEFINE_ENUM_VALUE (SW_POSTURE_GROUP_HABITS, "habits"))

G_DEFINE_ENUM_TYPE (SwPostureDay, sw_posture_day,
  G_DEFINE_ENUM_VALUE (SW_POSTURE_DAY_OFFICE, "office"),
  G_DEFINE_ENUM_VALUE (SW_POSTURE_DAY_ACTIVE, "active"),
  G_DEFINE_ENUM_VALUE (SW_POSTURE_DAY_OLDER, "older"),
  G_DEFINE_ENUM_VALUE (SW_POSTURE_DAY_PREGNANT_OR_SURGERY, "pregnant_or_surgery"))

/* ---------------------------------------------------------------- checklist */

/* The callout numbers match the circles in
 * src/ui/icons/scalable/actions/sw-desk-diagram-symbolic.svg. Items a side
 * view cannot show (glare, papers, phone, breaks, a twisted trunk) have 0. */
static const SwPostureItem items[N_ITEMS] = {
  { "screen_height", SW_POSTURE_GROUP_SCREEN, 2, 1,
    N_("Top of the screen at or slightly below eye level"),
    N_("Keeps your head balanced over your shoulders, not tipped up or bent down"),
    N_("Raise the screen on a stand or a few books. Put a laptop on a stand and use a separate "
       "keyboard. If you wear varifocals, set the screen a little lower.") },
  { "screen_distance", SW_POSTURE_GROUP_SCREEN, 2, 2,
    N_("Screen about an arm’s length away, at least 50 cm"),
    N_("Too close strains your eyes; too far makes you lean forward"),
    N_("Push the screen back or pull it in. Make the text larger instead of leaning in.") },
  { "screen_in_front", SW_POSTURE_GROUP_SCREEN, 1, 0,
    N_("Screen and keyboard straight in front of you"),
    N_("Saves you from working with your neck and trunk twisted"),
    N_("Centre the screen and the keyboard on your body.") },
  { "no_glare", SW_POSTURE_GROUP_SCREEN, 1, 0,
    N_("No glare or reflections on the screen"),
    N_("Glare makes you crane forward and squint"),
    N_("Turn the screen side-on to windows, lower the blinds, tilt the screen, and light your "
       "desk with a lamp.") },
  { "documents_near", SW_POSTURE_GROUP_SCREEN, 1, 0,
    N_("Papers you read sit beside the screen, at about the same height"),
    N_("Saves you from looking down and turning again and again"),
    N_("Use a document holder.") },
  { "lumbar_support", SW_POSTURE_GROUP_CHAIR, 3, 3,
    N_("Lower back fully supported by the backrest’s lumbar support"),
    N_("Supports the natural inward curve of your lower back while you sit"),
    N_("Set the backrest so that its curve fits the small of your back, or add a small cushion "
       "or a rolled towel.") },
  { "sit_back", SW_POSTURE_GROUP_CHAIR, 2, 4,
    N_("Upright or slightly leaning back, with your back against the backrest"),
    N_("Leaning forward without support loads your lower back"),
    N_("Sit all the way back in the chair and bring your work closer.") },
  { "seat_height", SW_POSTURE_GROUP_CHAIR, 3, 5,
    N_("Thighs roughly level, knees at about hip height"),
    N_("Your hips and thighs are supported evenly"),
    N_("Adjust the seat height.") },
  { "feet_supported", SW_POSTURE_GROUP_CHAIR, 3, 6,
    N_("Feet flat on the floor or on a footrest"),
    N_("Gives you a stable base, with no dangling legs pressing on the backs of your thighs"),
    N_("Use a footrest, or a firm box, if the chair is raised to suit the desk.") },
  { "seat_depth", SW_POSTURE_GROUP_CHAIR, 1, 7,
    N_("A gap of a few fingers between the seat edge and the backs of your knees"),
    N_("A seat that is too deep presses behind your knees and keeps you off the backrest"),
    N_("Adjust the seat depth, or add a cushion behind your back.") },
  { "armrests", SW_POSTURE_GROUP_CHAIR, 1, 8,
    N_("Armrests, if there are any, support your forearms without lifting your shoulders or "
       "keeping you from the desk"),
    N_("Raised shoulders and reaching strain your neck and arms"),
    N_("Lower the armrests or take them off.") },
  { "elbows_keyboard", SW_POSTURE_GROUP_DESK, 2, 8,
    N_("Keyboard at about elbow height, elbows close to your body, forearms roughly level"),
    N_("Your shoulders stay relaxed and you do not have to reach"),
    N_("Lower the keyboard tray, or raise the chair and add a footrest.") },
  { "wrists_straight", SW_POSTURE_GROUP_DESK, 1, 9,
    N_("Wrists straight, not bent up, down or to the side"),
    N_("Bent wrists strain the tendons"),
    N_("Fold in the keyboard’s feet. Rest your palms only when you pause typing.") },
  { "mouse_close", SW_POSTURE_GROUP_DESK, 1, 9,
    N_("Mouse right next to the keyboard, at the same height"),
    N_("Saves you from working with your arm stretched out and raised"),
    N_("Move the mouse in, or use a compact keyboard.") },
  { "leg_room", SW_POSTURE_GROUP_DESK, 1, 10,
    N_("Free space under the desk for your thighs, knees and feet"),
    N_("Lets you sit close to the desk with your back straight"),
    N_("Clear boxes and bins from under the desk.") },
  { "legs_uncrossed", SW_POSTURE_GROUP_HABITS, 2, 6,
    N_("Both feet down, legs not crossed for long stretches"),
    N_("Keeps your pelvis level. It is common advice, though there is little direct evidence "
       "for it."),
    N_("Uncross your legs when a reminder comes, and use a footrest.") },
  { "no_hunching", SW_POSTURE_GROUP_HABITS, 3, 4,
    N_("Not slumping or hunching toward the screen"),
    N_("Slumped sitting rounds your lower back and loads it"),
    N_("Sit back, bring the screen closer and make the text larger.") },
  { "phone_up", SW_POSTURE_GROUP_HABITS, 1, 0,
    N_("Phone held up near eye level, not looked down at for long spells, and never wedged "
       "between ear and shoulder"),
    N_("Looking down at a phone for long spells is named as a cause of back trouble in young "
       "people"),
    N_("Hold the phone up, and use a headset for calls.") },
  { "move_often", SW_POSTURE_GROUP_HABITS, 3, 0,
    N_("You stand up and move at least every 30 to 60 minutes"),
    N_("Breaking up your sitting is the most important habit on this list"),
    N_("Turn on Sitwell’s stand-up reminders in Preferences.") },
};

static const char * const group_keys[SW_POSTURE_N_GROUPS] = {
  "screen", "chair", "desk", "habits",
};

static const char * const group_titles[SW_POSTURE_N_GROUPS] = {
  N_("Screen"), N_("Chair"), N_("Desk"), N_("Habits"),
};

static const char * const callout_labels[N_CALLOUTS] = {
  N_("Top of the screen at eye level"),
  N_("Screen an arm’s length away"),
  N_("Lower back supported"),
  N_("Back against the backrest"),
  N_("Thighs level, knees at hip height"),
  N_("Feet flat on the floor"),
  N_("A gap behind the knees"),
  N_("Elbows at keyboard height"),
  N_("Wrists straight, mouse close"),
  N_("Room for your legs"),
};

/* ------------------------------------------------------------------- myths */

static const SwPostureMyth myths[] = {
  { "myth_leg_only",
    N_("Calf pain is a leg problem; the back has nothing to do with it."),
    N_("Pain, tingling or numbness in the calf can come from a nerve root in the lower back, "
       "and with sciatica the leg often hurts more than the back. If the pain shoots, tingles "
       "or goes numb, think of your back.") },
  { "myth_harder_massage",
    N_("The harder the massage and the more it hurts, the better it works."),
    N_("Pain during a massage is not a sign that it is working: sharp, shooting or spreading "
       "pain means stop. Guidelines use massage only alongside exercise, never on its own. "
       "Leave a strain unmassaged for the first few days, and never massage a calf that may "
       "hold a blood clot.") },
  { "myth_tough_it_out",
    N_("Just put up with it; there is no need to see a doctor."),
    N_("Most sciatica settles with self-care within 4 to 6 weeks, so there is no need to "
       "panic. But the emergency signs need emergency care at once, and pain that lasts, "
       "spreads or brings weakness needs a doctor.") },
  { "myth_only_older",
    N_("Only middle-aged and older people get a slipped disc."),
    N_("Working-age adults get it too. Sciatica is most common between about 30 and 50, and "
       "sitting or driving for more than 2 hours a day raises the risk.") },
  { "myth_hard_bed",
    N_("Sleeping on a hard board cures a slipped disc."),
    N_("No mattress cures a disc problem. In a trial with people who had long-lasting low "
       "back pain, a medium-firm mattress did better than a firm one. Choose a medium-firm "
       "mattress that keeps your spine’s natural curve and feels comfortable.") },
};

/* -------------------------------------------------------------------- tips */

typedef struct
{
  const char *key;
  const char *label;
  const char *tips[MAX_TIPS + 1];
  const char *safety_notes[MAX_NOTES + 1];
} DayTips;

static const DayTips days[SW_POSTURE_N_DAYS] = {
  [SW_POSTURE_DAY_OFFICE] = {
    "office", N_("Office Worker"),
    { N_("Keep the top of your screen at or slightly below eye level, and sit back so the "
         "lumbar support holds your lower back."),
      N_("Get up about every hour for around five minutes of back and calf movement."),
      N_("Do not sit cross-legged or hunched over the screen."),
      NULL },
    { N_("During a flare-up, get up every 30 minutes for a gentle walk, and do not bend to "
         "lift anything or massage your calf."),
      NULL },
  },
  [SW_POSTURE_DAY_ACTIVE] = {
    "active", N_("Active"),
    { N_("Warm up for 10 to 15 minutes before sport: a brisk walk, trunk turns, and leg and "
         "calf stretches."),
      N_("Swimming, walking, yoga and pilates suit the back."),
      NULL },
    { N_("Never bend suddenly to lift something heavy: bend your knees and keep the load close "
         "to your body."),
      N_("Go easy on sit-ups: they load the lower spine. The article Sitwell’s advice starts "
         "from warns against them, though no guideline forbids them."),
      NULL },
  },
  [SW_POSTURE_DAY_OLDER] = {
    "older", N_("Older Adult"),
    { N_("Strengthen your back, for example with the “little swallow”: lie on your front and "
         "gently lift your chest and legs. Do 2 sets of 10 to 15 a day."),
      N_("Ask your doctor which exercises suit you."),
      NULL },
    { N_("Never do back-strengthening exercises during a flare-up or if you have spinal "
         "stenosis."),
      N_("Hold on to a steady chair back or worktop for standing exercises."),
      NULL },
  },
  [SW_POSTURE_DAY_PREGNANT_OR_SURGERY] = {
    "pregnant_or_surgery", N_("Pregnant or After Spine Surgery"),
    { N_("Ask your midwife, doctor or surgical team before you start any exercises."),
      N_("Pregnancy raises the risk of a blood clot in the leg, so getting up and moving "
         "during the day matters all the more."),
      NULL },
    { N_("If your calf hurts after a massage, contact your midwife, doctor or surgical team "
         "rather than treating it yourself."),
      NULL },
  },
};

/* ---------------------------------------------------------------- checklist */

guint
sw_posture_get_n_items (void)
{
  return N_ITEMS;
}

const SwPostureItem *
sw_posture_get_item (guint index)
{
  g_return_val_if_fail (index < N_ITEMS, NULL);

  return &items[index];
}

int
sw_posture_find_item (const char *key)
{
  g_return_val_if_fail (key != NULL, -1);

  for (guint i = 0; i < N_ITEMS; i++)
    if (strcmp (items[i].key, key) == 0)
      return (int) i;

  return -1;
}

const SwPostureItem *
sw_posture_lookup_item (const char *key)
{
  int index;

  g_return_val_if_fail (key != NULL, NULL);

  index = sw_posture_find_item (key);
  return index >= 0 ? &items[index] : NULL;
}

guint
sw_posture_item_get_index (const SwPostureItem *item)
{
  g_return_val_if_fail (item >= items && item < items + N_ITEMS, 0);

  return (guint) (item - items);
}

const char *
sw_posture_item_get_check (const SwPostureItem *item)
{
  g_return_val_if_fail (item != NULL, NULL);

  return _(item->check);
}

const char *
sw_posture_item_get_why (const SwPostureItem *item)
{
  g_return_val_if_fail (item != NULL, NULL);

  return _(item->why);
}

const char *
sw_posture_item_get_fix (const SwPostureItem *item)
{
  g_return_val_if_fail (item != NULL, NULL);

  return _(item->fix);
}

const char *
sw_posture_group_to_key (SwPostureGroup group)
{
  g_return_val_if_fail (group < SW_POSTURE_N_GROUPS, NULL);

  return group_keys[group];
}

const char *
sw_posture_group_get_title (SwPostureGroup group)
{
  g_return_val_if_fail (group < SW_POSTURE_N_GROUPS, NULL);

  return _(group_titles[group]);
}

guint
sw_posture_get_n_callouts (void)
{
  return N_CALLOUTS;
}

const char *
sw_posture_get_callout_label (guint number)
{
  g_return_val_if_fail (number >= 1 && number <= N_CALLOUTS, NULL);

  return _(callout_labels[number - 1]);
}

/* ------------------------------------------------------------------- score */

SwPostureTicks
sw_posture_ticks_all (void)
{
  return N_ITEMS == 32 ? G_MAXUINT32 : ((SwPostureTicks) 1 << N_ITEMS) - 1;
}

SwPostureTicks
sw_posture_ticks_from_keys (const char * const *keys)
{
  SwPostureTicks ticks = 0;

  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    {
      int index = sw_posture_find_item (keys[i]);

      if (index >= 0)
        ticks |= (SwPostureTicks) 1 << index;
    }

  return ticks;
}

char **
sw_posture_ticks_to_keys (SwPostureTicks ticks)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < N_ITEMS; i++)
    if ((ticks & ((SwPostureTicks) 1 << i)) != 0)
      g_strv_builder_add (builder, items[i].key);

  return g_strv_builder_end (builder);
}

guint
sw_posture_get_total_weight (void)
{
  guint total = 0;

  for (guint i = 0; i < N_ITEMS; i++)
    total += items[i].weight;

  return total;
}

guint
sw_posture_round_percent (guint part,
                          guint whole)
{
  g_return_val_if_fail (whole > 0, 0);
  g_return_val_if_fail (part <= whole, 100);

  /* part × 100 ÷ whole + ½, in integers: no floating-point surprises at
   * the halves. */
  return (200 * part + whole) / (2 * whole);
}

guint
sw_posture_score (SwPostureTicks ticks)
{
  guint ticked = 0;

  for (guint i = 0; i < N_ITEMS; i++)
    if ((ticks & ((SwPostureTicks) 1 << i)) != 0)
      ticked += items[i].weight;

  return sw_posture_round_percent (ticked, sw_posture_get_total_weight ());
}

guint
sw_posture_score_keys (const char * const *keys)
{
  return sw_posture_score (sw_posture_ticks_from_keys (keys));
}

guint
sw_posture_score_gain (SwPostureTicks ticks,
                       guint          index)
{
  g_return_val_if_fail (index < N_ITEMS, 0);

  return sw_posture_score (ticks | ((SwPostureTicks) 1 << index)) - sw_posture_score (ticks);
}

guint
sw_posture_get_top_fixes (SwPostureTicks  ticks,
                          guint          *indices,
                          guint           max)
{
  guint n = 0;
  guint heaviest = 0;

  g_return_val_if_fail (indices != NULL || max == 0, 0);

  for (guint i = 0; i < N_ITEMS; i++)
    heaviest = MAX (heaviest, items[i].weight);

  /* Heaviest weight first; within a weight, list order. */
  for (guint weight = heaviest; weight > 0 && n < max; weight--)
    for (guint i = 0; i < N_ITEMS && n < max; i++)
      if (items[i].weight == weight && (ticks & ((SwPostureTicks) 1 << i)) == 0)
        indices[n++] = i;

  return n;
}

/* ------------------------------------------------------------------- myths */

guint
sw_posture_get_n_myths (void)
{
  return G_N_ELEMENTS (myths);
}

const SwPostureMyth *
sw_posture_get_myth (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (myths), NULL);

  return &myths[index];
}

const char *
sw_posture_myth_get_myth (const SwPostureMyth *myth)
{
  g_return_val_if_fail (myth != NULL, NULL);

  return _(myth->myth);
}

const char *
sw_posture_myth_get_fact (const SwPostureMyth *myth)
{
  g_return_val_if_fail (myth != NULL, NULL);

  return _(myth->fact);
}

/* -------------------------------------------------------------------- tips */

const char *
sw_posture_day_to_key (SwPostureDay day)
{
  g_return_val_if_fail (day < SW_POSTURE_N_DAYS, NULL);

  return days[day].key;
}

gboolean
sw_posture_day_from_key (const char   *key,
                         SwPostureDay *day)
{
  g_return_val_if_fail (day != NULL, FALSE);

  for (guint i = 0; key != NULL && i < SW_POSTURE_N_DAYS; i++)
    {
      if (strcmp (days[i].key, key) == 0)
        {
          *day = (SwPostureDay) i;
          return TRUE;
        }
    }

  return FALSE;
}

SwPostureDay
sw_posture_day_for_profile (const char *kind_of_day,
                            gboolean    pregnant,
                            gboolean    spine_surgery)
{
  SwPostureDay day = SW_POSTURE_DAY_OFFICE;

  if (pregnant || spine_surgery)
    return SW_POSTURE_DAY_PREGNANT_OR_SURGERY;

  if (!sw_posture_day_from_key (kind_of_day, &day) || day == SW_POSTURE_DAY_PREGNANT_OR_SURGERY)
    return SW_POSTURE_DAY_OFFICE;

  return day;
}

const char *
sw_posture_day_get_label (SwPostureDay day)
{
  g_return_val_if_fail (day < SW_POSTURE_N_DAYS, NULL);

  return _(days[day].label);
}

static guint
count_strings (const char * const *strings)
{
  guint n = 0;

  while (strings[n] != NULL)
    n++;

  return n;
}

guint
sw_posture_day_get_n_tips (SwPostureDay day)
{
  g_return_val_if_fail (day < SW_POSTURE_N_DAYS, 0);

  return count_strings (days[day].tips);
}

const char *
sw_posture_day_get_tip (SwPostureDay day,
                        guint        index)
{
  g_return_val_if_fail (day < SW_POSTURE_N_DAYS, NULL);
  g_return_val_if_fail (index < sw_posture_day_get_n_tips (day), NULL);

  return _(days[day].tips[index]);
}

guint
sw_posture_day_get_n_safety_notes (SwPostureDay day)
{
  g_return_val_if_fail (day < SW_POSTURE_N_DAYS, 0);

  return count_strings (days[day].safety_notes);
}

const char *
sw_posture_day_get_safety_note (SwPostureDay day,
                                guint        index)
{
  g_return_val_if_fail (day < SW_POSTURE_N_DAYS, NULL);
  g_return_val_if_fail (index < sw_posture_day_get_n_safety_notes (day), NULL);

  return _(days[day].safety_notes[index]);
}

/* --------------------------------------------------------- the last check */

char *
sw_posture_format_day (gint64     time_us,
                       GDateTime *now)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(GDateTime) yesterday = NULL;
  int year, month, day;
  int now_year, now_month, now_day;

  g_return_val_if_fail (now != NULL, NULL);

  utc = g_date_time_new_from_unix_utc (time_us / G_USEC_PER_SEC);
  g_return_val_if_fail (utc != NULL, NULL);
  when = g_date_time_to_timezone (utc, g_date_time_get_timezone (now));

  g_date_time_get_ymd (when, &year, &month, &day);
  g_date_time_get_ymd (now, &now_year, &now_month, &now_day);
  if (year == now_year && month == now_month && day == now_day)
    return g_strdup (C_("posture check day", "today"));

  yesterday = g_date_time_add_days (now, -1);
  g_date_time_get_ymd (yesterday, &now_year, &now_month, &now_day);
  if (year == now_year && month == now_month && day == now_day)
    return g_strdup (C_("posture check day", "yesterday"));

  if (year == g_date_time_get_year (now))
    /* Translators: a day this year, as in "+12 since 3 Nov"; see
     * g_date_time_format () for the codes. */
    return g_date_time_format (when, C_("posture check day", "%-d %b"));

  /* Translators: a day in another year, as in "+12 since 3 Nov 2024". */
  return g_date_time_format (when, C_("posture check day", "%-d %b %Y"));
}

char *
sw_posture_describe_change (guint      score,
                            guint      saved_score,
                            gint64     saved_time_us,
                            GDateTime *now)
{
  g_autofree char *day = sw_posture_format_day (saved_time_us, now);

  g_return_val_if_fail (day != NULL, NULL);

  if (score > saved_score)
    /* Translators: the live score is higher than the last saved one, e.g.
     * "+12 since 3 Nov"; %2$s is a day from "posture check day". */
    return g_strdup_printf (_("+%1$u since %2$s"), score - saved_score, day);
  if (score < saved_score)
    /* Translators: the live score is lower, e.g. "−5 since today"; the sign
     * is a minus sign (U+2212). */
    return g_strdup_printf (_("−%1$u since %2$s"), saved_score - score, day);

  /* Translators: e.g. "Unchanged since yesterday". */
  return g_strdup_printf (_("Unchanged since %s"), day);
}

/* ------------------------------------------------- the monthly re-check */

GDateTime *
sw_posture_recheck_first_mark (GDateTime *first_run)
{
  g_return_val_if_fail (first_run != NULL, NULL);

  return g_date_time_add_days (first_run,
                               SW_POSTURE_FIRST_RECHECK_DAYS - SW_POSTURE_RECHECK_DAYS);
}

GDateTime *
sw_posture_recheck_next_due (GDateTime *last_check_or_null,
                             GDateTime *last_reminded_or_null)
{
  GDateTime *latest;

  if (last_check_or_null == NULL && last_reminded_or_null == NULL)
    return NULL;

  if (last_check_or_null == NULL)
    latest = last_reminded_or_null;
  else if (last_reminded_or_null == NULL)
    latest = last_check_or_null;
  else
    latest = g_date_time_compare (last_check_or_null, last_reminded_or_null) >= 0
             ? last_check_or_null : last_reminded_or_null;

  return g_date_time_add_days (latest, SW_POSTURE_RECHECK_DAYS);
}

gboolean
sw_posture_recheck_due (GDateTime *last_check_or_null,
                        GDateTime *last_reminded_or_null,
                        GDateTime *now)
{
  g_autoptr(GDateTime) due = NULL;

  g_return_val_if_fail (now != NULL, FALSE);

  due = sw_posture_recheck_next_due (last_check_or_null, last_reminded_or_null);

  return due != NULL && g_date_time_compare (now, due) >= 0;
}

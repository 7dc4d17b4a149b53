/* test-exercises-page.c: the real Exercises tab on a fake clock and a temporary journal
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "sw-break-window.h"
#include "sw-care-state.h"
#include "sw-compress-card.h"
#include "sw-countdown-ring.h"
#include "sw-exercises-page.h"
#include "sw-fake-clock.h"
#include "sw-settings.h"
#include "sw-test-utils.h"

#define HOUR G_TIME_SPAN_HOUR

typedef struct
{
  SwFakeClock     *clock;
  SwJournal       *journal;
  GSettings       *settings;
  GtkWindow       *window;
  SwExercisesPage *page;
  char            *folder;
} Fixture;

static const char * const reset_keys[] = {
  SW_SETTINGS_KEY_PREGNANT, SW_SETTINGS_KEY_SPINE_SURGERY, SW_SETTINGS_KEY_SPINAL_STENOSIS,
  SW_SETTINGS_KEY_KIND_OF_DAY, SW_SETTINGS_KEY_FLARE_SWITCH_UNTIL,
  SW_SETTINGS_KEY_CLINICIAN_CLEARED_CHECK, SW_SETTINGS_KEY_PREFER_WARMTH,
  SW_SETTINGS_KEY_SWELLING_REPORTED, SW_SETTINGS_KEY_COMPRESS_MINUTES,
};

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;

  fixture->folder = g_dir_make_tmp ("sitwell-exercises-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->folder, "journal.db", NULL);
  file = g_file_new_for_path (path);

  /* Tuesday 10 March 2026, 09:00. */
  fixture->clock = sw_fake_clock_new_local (2026, 3, 10, 9, 0);
  fixture->journal = sw_journal_open (file, SW_CLOCK (fixture->clock), &error);
  g_assert_no_error (error);
  fixture->settings = g_settings_new (APP_ID);
  for (guint i = 0; i < G_N_ELEMENTS (reset_keys); i++)
    g_settings_reset (fixture->settings, reset_keys[i]);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 800, 700);
  fixture->page = g_object_new (SW_TYPE_EXERCISES_PAGE, NULL);
  sw_exercises_page_set_clock (fixture->page, SW_CLOCK (fixture->clock));
  sw_exercises_page_set_settings (fixture->page, fixture->settings);
  sw_exercises_page_set_journal (fixture->page, fixture->journal);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  gtk_window_present (fixture->window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->folder, "journal.db", NULL);

  g_object_add_weak_pointer (G_OBJECT (fixture->page), (gpointer *) &fixture->page);
  gtk_window_destroy (fixture->window);
  g_assert_null (fixture->page);

  for (guint i = 0; i < G_N_ELEMENTS (reset_keys); i++)
    g_settings_reset (fixture->settings, reset_keys[i]);
  g_clear_object (&fixture->settings);
  g_assert_finalize_object (fixture->journal);
  g_clear_object (&fixture->clock);

  for (const char *suffix = ""; suffix != NULL;
       suffix = *suffix == '\0' ? "-wal" : g_str_equal (suffix, "-wal") ? "-shm" : NULL)
    {
      g_autofree char *name = g_strconcat (path, suffix, NULL);

      g_remove (name);
    }
  g_rmdir (fixture->folder);
  g_free (fixture->folder);
}

static gint64
now_real (Fixture *fixture)
{
  return sw_clock_get_real_us (SW_CLOCK (fixture->clock));
}

static GtkWidget *
session_child (Fixture *fixture)
{
  GtkWidget *stack = sw_test_find_widget_of_type (GTK_WIDGET (fixture->page), GTK_TYPE_STACK);

  return gtk_stack_get_child_by_name (GTK_STACK (stack), "session");
}

static SwCountdownRing *
session_ring (Fixture *fixture)
{
  return SW_COUNTDOWN_RING (sw_test_find_widget_of_type (session_child (fixture),
                                                         SW_TYPE_COUNTDOWN_RING));
}

/* Moves the fake clock to the page's next wakeup and runs its tick, as its
 * timeout would. */
static void
tick_once (Fixture *fixture)
{
  SwWorkout *workout = sw_exercises_page_get_workout (fixture->page);
  SwCompress *compress = sw_exercises_page_get_compress (fixture->page);
  gint64 next = G_MAXINT64;
  gint64 now = sw_clock_get_monotonic_us (SW_CLOCK (fixture->clock));

  if (workout != NULL)
    next = sw_workout_get_next_wakeup_us (workout);
  next = MIN (next, sw_compress_get_next_wakeup_us (compress));
  g_assert_cmpint (next, !=, G_MAXINT64);
  g_assert_cmpint (next, >, now);
  g_assert_cmpint (next - now, <=, G_USEC_PER_SEC);

  sw_fake_clock_advance (fixture->clock, next - now);
  sw_exercises_page_tick (fixture->page);
}

static GPtrArray *
timeline_today (Fixture           *fixture,
                SwJournalItemType  type)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;
  GPtrArray *found = g_ptr_array_new ();
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 10, 3, 2026);
  items = sw_journal_list_timeline (fixture->journal, &today, &today, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < items->len; i++)
    {
      SwJournalItem *item = g_ptr_array_index (items, i);

      if (item->type == type)
        g_ptr_array_add (found, sw_journal_item_copy (item));
    }
  g_ptr_array_set_free_func (found, (GDestroyNotify) sw_journal_item_free);

  return found;
}

static void
test_runs_a_plan_to_completion (Fixture       *fixture,
                                gconstpointer  data)
{
  SwExercisesPage *page = fixture->page;
  SwCountdownRing *ring = session_ring (fixture);
  g_autoptr(GPtrArray) sessions = NULL;
  SwJournalItem *saved;
  SwWorkout *workout;
  guint ticks = 0, total_s;
  const char *description;

  g_assert_cmpstr (sw_exercises_page_get_stage (page), ==, "plan");
  g_assert_cmpstr (sw_plan_get_key (sw_exercises_page_get_plan (page)), ==, "office");
  g_assert_nonnull (sw_test_find_row_by_title (GTK_WIDGET (page), "Heel Raises"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "exercises.start", NULL));
  g_assert_cmpstr (sw_exercises_page_get_stage (page), ==, "session");
  workout = sw_exercises_page_get_workout (page);
  g_assert_cmpuint (sw_workout_get_n_exercises (workout), ==, 6);
  total_s = sw_workout_get_total_s (workout);

  /* The phase and the time, on screen and for screen readers. */
  g_assert_cmpstr (sw_countdown_ring_get_text (ring), ==, "0:10");
  g_assert_cmpstr (sw_countdown_ring_get_caption (ring), ==, "Get Ready");
  gtk_test_accessible_assert_property (ring, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Stand Up and Walk. Get Ready, 10 seconds left. "
                                       "3 min · easy pace");

  /* Ten ticks later the walk begins. */
  for (guint i = 0; i < 10; i++, ticks++)
    tick_once (fixture);
  g_assert_cmpint (sw_workout_get_phase (workout), ==, SW_WORKOUT_PHASE_HOLD);
  g_assert_cmpstr (sw_countdown_ring_get_text (ring), ==, "3:00");
  g_assert_cmpstr (sw_countdown_ring_get_caption (ring), ==, "Move");
  gtk_test_accessible_assert_property (ring, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Stand Up and Walk. Move, about 3 minutes left. "
                                       "3 min · easy pace");

  /* Paused, time stands still however long. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "exercises.pause", NULL));
  g_assert_true (sw_workout_get_paused (workout));
  g_assert_cmpint (sw_workout_get_next_wakeup_us (workout), ==, SW_WORKOUT_NEVER);
  sw_fake_clock_advance (fixture->clock, 10 * G_TIME_SPAN_MINUTE);
  sw_exercises_page_tick (page);
  g_assert_cmpstr (sw_countdown_ring_get_text (ring), ==, "3:00");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "exercises.pause", NULL));
  g_assert_false (sw_workout_get_paused (workout));

  /* Then it runs to the end, one tick a second. */
  while (g_str_equal (sw_exercises_page_get_stage (page), "session"))
    {
      tick_once (fixture);
      ticks++;
      g_assert_cmpuint (ticks, <=, total_s);
    }
  g_assert_cmpuint (ticks, ==, total_s);
  g_assert_cmpstr (sw_exercises_page_get_stage (page), ==, "summary");
  g_assert_true (sw_workout_get_completed (workout));
  description = adw_status_page_get_description (
    ADW_STATUS_PAGE (sw_test_find_widget_of_type (GTK_WIDGET (page), ADW_TYPE_STATUS_PAGE)));
  g_assert_true (g_str_has_prefix (description, "6 exercises · about 14 min"));

  /* The session is in the journal, whole and complete. */
  sessions = timeline_today (fixture, SW_JOURNAL_ITEM_EXERCISE);
  g_assert_cmpuint (sessions->len, ==, 1);
  saved = g_ptr_array_index (sessions, 0);
  g_assert_cmpstr (saved->key, ==, "office");
  g_assert_cmpint (saved->value, ==, (int) total_s);
  g_assert_cmpuint (saved->flags, ==, 1);
  g_assert_cmpint (saved->time_us, ==,
                   now_real (fixture) - (gint64) (total_s + 600) * G_USEC_PER_SEC);
  g_assert_nonnull (strstr (saved->text, "stand_and_walk"));
  g_assert_nonnull (strstr (saved->text, "calf_raises"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "exercises.finish", NULL));
  g_assert_cmpstr (sw_exercises_page_get_stage (page), ==, "plan");
}

/* Answers the open confirmation as a click would, and makes sure it is gone. */
static void
respond (const char *response)
{
  g_autoptr(AdwMessageDialog) dialog = sw_test_find_message_dialog ();

  g_assert_nonnull (dialog);
  g_object_ref (dialog);
  adw_message_dialog_response (dialog, response);
  if (gtk_widget_get_visible (GTK_WIDGET (dialog)))
    gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_leaving_asks_first (Fixture       *fixture,
                         gconstpointer  data)
{
  SwExercisesPage *page = fixture->page;
  g_autoptr(GPtrArray) sessions = NULL;
  SwJournalItem *saved;
  SwWorkout *workout;

  gtk_widget_activate_action (GTK_WIDGET (page), "exercises.start-exercise", "s", "ankle_pumps");
  workout = sw_exercises_page_get_workout (page);
  for (guint i = 0; i < 15; i++)
    tick_once (fixture);

  /* Esc asks, and the clock stops while it does. */
  gtk_widget_activate_action (GTK_WIDGET (page), "exercises.leave", NULL);
  g_assert_nonnull (sw_test_find_message_dialog ());
  g_assert_true (sw_workout_get_paused (workout));
  respond ("continue");
  g_assert_false (sw_workout_get_paused (workout));
  g_assert_cmpstr (sw_exercises_page_get_stage (page), ==, "session");

  gtk_widget_activate_action (GTK_WIDGET (page), "exercises.leave", NULL);
  respond ("stop");
  g_assert_cmpstr (sw_exercises_page_get_stage (page), ==, "plan");

  /* What was done is saved, not complete. */
  sessions = timeline_today (fixture, SW_JOURNAL_ITEM_EXERCISE);
  g_assert_cmpuint (sessions->len, ==, 1);
  saved = g_ptr_array_index (sessions, 0);
  g_assert_cmpstr (saved->text, ==, "ankle_pumps");
  g_assert_cmpint (saved->value, ==, 15);
  g_assert_cmpuint (saved->flags, ==, 0);
}

static void
test_ruled_out_cannot_start (Fixture       *fixture,
                             gconstpointer  data)
{
  SwExercisesPage *page = fixture->page;
  GtkWidget *row;

  g_settings_set_boolean (fixture->settings, SW_SETTINGS_KEY_PREGNANT, TRUE);

  /* Marked, with the reason, and no way to start it. */
  row = sw_test_find_row_by_title (GTK_WIDGET (page), "Standing Back Bend");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "Not advised in pregnancy. Ask your midwife or doctor.");
  g_assert_false (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  g_assert_true (gtk_widget_has_css_class (row, "ruled-out"));
  g_assert_null (sw_test_find_widget_of_type (row, GTK_TYPE_BUTTON));

  g_signal_emit_by_name (gtk_widget_get_parent (row), "row-activated", row);
  gtk_widget_activate_action (GTK_WIDGET (page), "exercises.start-exercise", "s",
                              "standing_back_bend");
  g_assert_cmpstr (sw_exercises_page_get_stage (page), ==, "plan");
  g_assert_null (sw_exercises_page_get_workout (page));

  /* The pregnancy note is shown. */
  g_assert_true (gtk_widget_get_visible (
    sw_test_find_row_by_title (GTK_WIDGET (page), sw_catalog_get_pregnancy_note ())));

  /* An allowed one starts from its row; the whole session leaves the other out. */
  row = sw_test_find_row_by_title (GTK_WIDGET (page), "Heel Raises");
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  g_signal_emit_by_name (gtk_widget_get_parent (row), "row-activated", row);
  g_assert_cmpstr (sw_exercises_page_get_stage (page), ==, "session");
  g_assert_cmpuint (sw_workout_get_n_exercises (sw_exercises_page_get_workout (page)), ==, 1);

  gtk_widget_activate_action (GTK_WIDGET (page), "exercises.leave", NULL);
  respond ("stop");
  gtk_widget_activate_action (GTK_WIDGET (page), "exercises.start", NULL);
  g_assert_cmpuint (sw_workout_get_n_exercises (sw_exercises_page_get_workout (page)), ==, 5);
}

static void
test_same_day_check_holds_everything (Fixture       *fixture,
                                      gconstpointer  data)
{
  SwExercisesPage *page = fixture->page;
  g_autoptr(SwJournalCheck) check = sw_journal_check_new ("SEE_DOCTOR_SOON");
  g_autoptr(GError) error = NULL;
  GtkWidget *row;

  check->urgency = g_strdup ("today");
  sw_journal_add_check (fixture->journal, check, &error);
  g_assert_no_error (error);

  row = sw_test_find_row_by_title (GTK_WIDGET (page), "Stand Up and Walk");
  g_assert_false (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  gtk_widget_activate_action (GTK_WIDGET (page), "exercises.start", NULL);
  g_assert_cmpstr (sw_exercises_page_get_stage (page), ==, "plan");
  g_assert_null (sw_exercises_page_get_workout (page));
  g_assert_cmpint (sw_compress_get_state (sw_exercises_page_get_compress (page)), ==,
                   SW_COMPRESS_STATE_LOCKED);

  /* "A clinician has checked me": the gentle plan, and the compress. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "exercises.clinician-cleared",
                                             NULL));
  g_assert_cmpint (g_settings_get_int64 (fixture->settings,
                                         SW_SETTINGS_KEY_CLINICIAN_CLEARED_CHECK),
                   ==, check->time_us);
  g_assert_cmpstr (sw_plan_get_key (sw_exercises_page_get_plan (page)), ==, "flare");
  g_assert_cmpint (sw_compress_get_state (sw_exercises_page_get_compress (page)), !=,
                   SW_COMPRESS_STATE_LOCKED);
  gtk_widget_activate_action (GTK_WIDGET (page), "exercises.start", NULL);
  g_assert_cmpstr (sw_exercises_page_get_stage (page), ==, "session");
}

static void
test_plan_follows_a_flare (Fixture       *fixture,
                           gconstpointer  data)
{
  SwExercisesPage *page = fixture->page;
  g_autoptr(SwSymptomEntry) entry = sw_symptom_entry_new ();
  g_autoptr(GError) error = NULL;
  GtkWidget *plan_row;

  sw_symptom_entry_set_pain (entry, 6);
  sw_symptom_entry_set_created (entry, now_real (fixture) - 20 * HOUR);
  sw_journal_add_entry (fixture->journal, entry, &error);
  g_assert_no_error (error);

  plan_row = sw_test_find_row_by_title (GTK_WIDGET (page), "Plan");
  g_assert_cmpstr (sw_plan_get_key (sw_exercises_page_get_plan (page)), ==, "flare");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (plan_row)), ==,
                   "You logged a flare-up yesterday.");
  g_assert_true (gtk_list_box_row_get_activatable (
    GTK_LIST_BOX_ROW (sw_test_find_row_by_title (GTK_WIDGET (page), "Knee Rolls"))));

  /* Another plan may be chosen; its flare-gated exercises stay locked. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (plan_row), 1);
  g_assert_cmpstr (sw_plan_get_key (sw_exercises_page_get_plan (page)), ==, "active");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (plan_row)), ==,
                   sw_plan_get_description (sw_catalog_lookup_plan ("active")));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (
                     sw_test_find_row_by_title (GTK_WIDGET (page), "“Little Swallow” Back Raise"))),
                   ==, "Not during a flare-up. Wait until it has settled.");
}

static GtkWidget *
compress_card (Fixture *fixture)
{
  return sw_test_find_widget_of_type (GTK_WIDGET (fixture->page), SW_TYPE_COMPRESS_CARD);
}

static void
pick_day (Fixture *fixture,
          int      days_ago)
{
  GtkWidget *calendar = sw_test_find_widget_of_type (GTK_WIDGET (fixture->page),
                                                     GTK_TYPE_CALENDAR);
  g_autoptr(GDateTime) now = sw_clock_get_now_local (SW_CLOCK (fixture->clock));
  g_autoptr(GDateTime) day = g_date_time_add_days (now, -days_ago);

  g_assert_nonnull (calendar);
  gtk_calendar_select_day (GTK_CALENDAR (calendar), day);
}

static void
test_compress_card_follows_the_onset (Fixture       *fixture,
                                      gconstpointer  data)
{
  SwExercisesPage *page = fixture->page;
  SwCompress *compress = sw_exercises_page_get_compress (page);
  g_autoptr(GDateTime) onset = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GError) error = NULL;
  SwJournalItem *saved;
  GtkWidget *row;
  guint ticks = 0;

  g_assert_nonnull (sw_test_find_row_by_title (GTK_WIDGET (page), "When did this pain start?"));
  g_assert_cmpint (sw_compress_get_state (compress), ==, SW_COMPRESS_STATE_NO_ONSET);
  g_assert_false (gtk_widget_activate_action (compress_card (fixture), "compress.start", NULL) &&
                  sw_compress_get_running (compress));

  /* Yesterday at this time: day 2, cold, and warmth may be preferred. */
  pick_day (fixture, 1);
  sw_journal_get_onset (fixture->journal, &onset, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_date_time_to_unix (onset), ==, now_real (fixture) / G_USEC_PER_SEC - 86400);
  row = sw_test_find_row_by_title (GTK_WIDGET (page), "Cold · day 2 since your pain started");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "0 of 4 today");
  g_assert_true (gtk_widget_get_visible (
    sw_test_find_row_by_title (GTK_WIDGET (page), "I Prefer Warmth")));

  /* Swelling hides the choice; the setting and the card agree. */
  g_settings_set_boolean (fixture->settings, SW_SETTINGS_KEY_SWELLING_REPORTED, TRUE);
  g_assert_false (gtk_widget_get_visible (
    sw_test_find_row_by_title (GTK_WIDGET (page), "I Prefer Warmth")));
  g_settings_set_boolean (fixture->settings, SW_SETTINGS_KEY_SWELLING_REPORTED, FALSE);
  g_settings_set_boolean (fixture->settings, SW_SETTINGS_KEY_PREFER_WARMTH, TRUE);
  g_assert_nonnull (sw_test_find_row_by_title (GTK_WIDGET (page),
                                               "Warm, as you prefer · day 2 since your pain "
                                               "started"));
  g_settings_set_boolean (fixture->settings, SW_SETTINGS_KEY_PREFER_WARMTH, FALSE);

  /* Five days ago: warm, and nothing to choose. */
  pick_day (fixture, 5);
  g_assert_nonnull (sw_test_find_row_by_title (GTK_WIDGET (page),
                                               "Warm · day 6 since your pain started"));
  g_assert_false (gtk_widget_get_visible (
    sw_test_find_row_by_title (GTK_WIDGET (page), "I Prefer Warmth")));
  g_assert_false (gtk_widget_get_visible (
    sw_test_find_row_by_title (GTK_WIDGET (page), "Swelling or Bruising")));

  /* A 20-minute session, never more. */
  g_settings_set_int (fixture->settings, SW_SETTINGS_KEY_COMPRESS_MINUTES, 20);
  g_assert_true (gtk_widget_activate_action (compress_card (fixture), "compress.start", NULL));
  g_assert_true (sw_compress_get_running (compress));
  g_assert_cmpuint (sw_compress_get_running_minutes (compress), ==, 20);
  g_assert_cmpstr (sw_countdown_ring_get_text (SW_COUNTDOWN_RING (
                     sw_test_find_widget_of_type (GTK_WIDGET (page), SW_TYPE_COUNTDOWN_RING))),
                   ==, "20:00");
  while (sw_compress_get_running (compress))
    {
      tick_once (fixture);
      g_assert_cmpuint (++ticks, <=, 20 * 60);
    }
  g_assert_cmpuint (ticks, ==, 20 * 60);

  sessions = timeline_today (fixture, SW_JOURNAL_ITEM_COMPRESS);
  g_assert_cmpuint (sessions->len, ==, 1);
  saved = g_ptr_array_index (sessions, 0);
  g_assert_cmpstr (saved->key, ==, "warm");
  g_assert_cmpint (saved->value, ==, 20 * 60);
  g_assert_nonnull (sw_test_find_row_by_title (GTK_WIDGET (page),
                                               "Warm · day 6 since your pain started"));
  g_assert_cmpint (sw_compress_get_state (compress), ==, SW_COMPRESS_STATE_TOO_SOON);
  row = sw_test_find_row_by_title (GTK_WIDGET (page), "Warm · day 6 since your pain started");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "1 of 4 today · next from 11:20");

  /* Forgetting the date goes back to the journal's entries: none. */
  g_assert_true (gtk_widget_activate_action (compress_card (fixture), "compress.forget-onset",
                                             NULL));
  g_assert_cmpint (sw_compress_get_state (compress), ==, SW_COMPRESS_STATE_NO_ONSET);
}

static gboolean
has_label (GtkWidget  *root,
           const char *text)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (root)), text) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_label (child, text))
      return TRUE;

  return FALSE;
}

static void
test_break_window_suggests_an_exercise (Fixture       *fixture,
                                        gconstpointer  data)
{
  SwBreakWindow *window = sw_break_window_new (NULL, 5 * G_TIME_SPAN_MINUTE);
  const SwExercise *exercise;
  SwCareState care;

  /* No journal or plan yet: the first standing exercise of the office plan. */
  g_assert_true (sw_care_state_load (&care, fixture->journal, fixture->settings,
                                     SW_CLOCK (fixture->clock), NULL));
  exercise = sw_care_state_pick_break_exercise (&care);
  sw_break_window_set_exercise (window, exercise);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  g_assert_true (sw_break_window_get_exercise (window) == exercise);
  g_assert_true (has_label (GTK_WIDGET (window), "Standing Back Bend"));
  g_assert_true (has_label (GTK_WIDGET (window),
                            "Stand up and walk for one to three minutes at an easy pace, "
                            "then try this:"));

  /* Nothing safe: the walk alone. */
  sw_break_window_set_exercise (window, NULL);
  g_assert_null (sw_break_window_get_exercise (window));
  g_assert_true (has_label (GTK_WIDGET (window),
                            "Stand up and walk for one to three minutes at an easy pace: fetch "
                            "some water, take the stairs or walk down a corridor."));

  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
test_every_figure_is_in_the_resources (void)
{
  for (guint i = 0; i < sw_catalog_get_n_exercises (); i++)
    {
      const SwExercise *exercise = sw_catalog_get_exercise (i);
      g_autofree char *path = g_strdup_printf (RESOURCE_BASE "/icons/scalable/actions/%s.svg",
                                               sw_exercise_get_icon_name (exercise));
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, &error);

      g_assert_no_error (error);
      g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), "viewBox=\"0 0 16 16\""));
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_setenv ("TZ", "UTC", TRUE);
  /* This test reads what screen readers are told: GTK's test AT context
   * keeps the accessible properties, "none" keeps none. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  sw_test_isolate_dirs ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/sitwell/ui/exercises-page/" path, Fixture, NULL, fixture_set_up, func, \
              fixture_tear_down)

  ADD ("runs-a-plan-to-completion", test_runs_a_plan_to_completion);
  ADD ("leaving-asks-first", test_leaving_asks_first);
  ADD ("ruled-out-cannot-start", test_ruled_out_cannot_start);
  ADD ("same-day-check-holds-everything", test_same_day_check_holds_everything);
  ADD ("plan-follows-a-flare", test_plan_follows_a_flare);
  ADD ("compress-card-follows-the-onset", test_compress_card_follows_the_onset);
  ADD ("break-window-suggests-an-exercise", test_break_window_suggests_an_exercise);

#undef ADD

  g_test_add_func ("/sitwell/ui/exercises-page/every-figure-is-in-the-resources",
                   test_every_figure_is_in_the_resources);

  return g_test_run ();
}

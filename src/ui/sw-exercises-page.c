/* sw-exercises-page.c: the Exercises tab: plans, guided sessions, the compress timer
 *
 * What may be done, the plan and the session's steps all come from the
 * core (SwCatalog, SwWorkout); this page shows them and forwards what the
 * person does. While a session runs it keeps one timeout, armed for the
 * workout's next wakeup: once a second. The compress timer below the list is
 * its own widget, SwCompressCard.
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-exercises-page.h"

#include <glib/gi18n.h>

#include "sw-care-state.h"
#include "sw-compress-card.h"
#include "sw-countdown-ring.h"
#include "sw-cue.h"
#include "sw-reminder-status.h"
#include "sw-settings.h"
#include "sw-system-clock.h"

#define NOTIFICATION_ID "exercise-step"

struct _SwExercisesPage
{
  AdwBin                parent_instance;

  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  AdwPreferencesGroup  *hold_group;
  AdwActionRow         *hold_row;
  AdwComboRow          *plan_row;
  AdwActionRow         *pregnancy_row;
  AdwPreferencesGroup  *exercises_group;
  GtkListBox           *exercise_list;
  GtkLabel             *session_label;
  SwCompressCard       *compress_card;
  GtkLabel             *progress_label;
  GtkImage             *figure;
  SwCountdownRing      *ring;
  GtkLabel             *exercise_label;
  GtkLabel             *detail_label;
  GtkLabel             *next_label;
  GtkListBox           *steps_list;
  GtkLabel             *rules_label;
  GtkButton            *pause_button;
  AdwStatusPage        *summary_page;

  SwJournal            *journal;
  GSettings            *settings;
  SwClock              *clock;
  SwWorkout            *workout;
  GtkWindow            *leave_dialog;

  SwCareState           care;
  const SwPlan         *plan;
  /* The person picked the plan; otherwise it follows the recommendation. */
  gboolean              plan_chosen;
  gboolean              updating;
  gboolean              paused_before_leave;
  /* The exercise whose steps are on screen, or -1. */
  int                   shown_exercise;
  guint                 timeout_id;
};

G_DEFINE_FINAL_TYPE (SwExercisesPage, sw_exercises_page, ADW_TYPE_BIN)

static void arm_timer (SwExercisesPage *self);

/* ------------------------------------------------------------------ helpers */

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
add_toast (SwExercisesPage *self,
           const char      *title)
{
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  AdwToast *toast = adw_toast_new (escaped);

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static const char *
stage (SwExercisesPage *self)
{
  return gtk_stack_get_visible_child_name (self->stack);
}

static gboolean
session_running (SwExercisesPage *self)
{
  return self->workout != NULL &&
         sw_workout_get_phase (self->workout) != SW_WORKOUT_PHASE_DONE &&
         g_strcmp0 (stage (self), "session") == 0;
}

static void
update_actions (SwExercisesPage *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean on_plan = g_strcmp0 (stage (self), "plan") == 0;
  gboolean running = session_running (self);
  g_autoptr(GPtrArray) session = NULL;

  if (self->plan != NULL)
    session = sw_care_state_list_session (&self->care, self->plan);

  gtk_widget_action_set_enabled (widget, "exercises.start",
                                 on_plan && session != NULL && session->len > 0);
  gtk_widget_action_set_enabled (widget, "exercises.start-exercise", on_plan);
  gtk_widget_action_set_enabled (widget, "exercises.pause", running);
  gtk_widget_action_set_enabled (widget, "exercises.skip", running);
  gtk_widget_action_set_enabled (widget, "exercises.previous", running);
  gtk_widget_action_set_enabled (widget, "exercises.leave", !on_plan);
  gtk_widget_action_set_enabled (widget, "exercises.finish",
                                 g_strcmp0 (stage (self), "summary") == 0);
  gtk_widget_action_set_enabled (widget, "exercises.clinician-cleared",
                                 self->settings != NULL &&
                                 sw_last_check_locks (&self->care.last_check));
}

/* --------------------------------------------------------------- plan view */

static char *
format_minutes (guint seconds)
{
  guint minutes = MAX (1, (seconds + 30) / 60);

  /* Translators: a rough length, e.g. "about 12 min". */
  return g_strdup_printf (_("about %u min"), minutes);
}

static GtkWidget *
make_exercise_row (SwExercisesPage  *self,
                   const SwExercise *exercise)
{
  const char *reason = NULL;
  SwGateVerdict verdict = sw_care_state_check_exercise (&self->care, exercise, &reason);
  g_autofree char *dose = sw_exercise_format_dose (exercise, self->plan);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *image = gtk_image_new_from_icon_name (sw_exercise_get_icon_name (exercise));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sw_exercise_get_name (exercise));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);

  gtk_image_set_pixel_size (GTK_IMAGE (image), 40);
  gtk_widget_set_margin_top (image, 6);
  gtk_widget_set_margin_bottom (image, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  sw_exercise_get_name (exercise), -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), image);

  if (verdict == SW_GATE_RULED_OUT)
    {
      GtkWidget *lock = gtk_image_new_from_icon_name ("changes-prevent-symbolic");

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), reason);
      gtk_widget_set_tooltip_text (lock, _("Not for you now"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (lock), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Not for you now"), -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), lock);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_widget_add_css_class (row, "ruled-out");
    }
  else
    {
      GtkWidget *button = gtk_button_new_from_icon_name ("media-playback-start-symbolic");

      /* "Gently" is said once, by the plan row above. */
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), dose);

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, _("Start This Exercise"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Start This Exercise"), -1);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_add_css_class (button, "circular");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "exercises.start-exercise");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s",
                                        sw_exercise_get_key (exercise));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
    }

  return row;
}

static void
refresh_plan (SwExercisesPage *self)
{
  g_autoptr(GPtrArray) session = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *description = NULL;
  guint n;

  sw_care_state_recommend_plan (&self->care, &reason);
  gtk_widget_set_visible (GTK_WIDGET (self->hold_group),
                          sw_last_check_locks (&self->care.last_check));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->hold_row), reason);

  self->updating = TRUE;
  for (guint i = 0; i < sw_catalog_get_n_plans (); i++)
    if (sw_catalog_get_plan (i) == self->plan)
      adw_combo_row_set_selected (self->plan_row, i);
  self->updating = FALSE;

  description = sw_care_state_describe_plan (&self->care, self->plan);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->plan_row), description);

  gtk_widget_set_visible (GTK_WIDGET (self->pregnancy_row),
                          (self->care.profile & SW_PROFILE_PREGNANT) != 0);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->pregnancy_row),
                                 sw_catalog_get_pregnancy_note ());
  adw_preferences_group_set_description (self->exercises_group, sw_catalog_get_rules ());

  clear_list (self->exercise_list);
  n = sw_plan_get_n_exercises (self->plan);
  for (guint i = 0; i < n; i++)
    gtk_list_box_append (self->exercise_list,
                         make_exercise_row (self, sw_plan_get_exercise (self->plan, i)));

  session = sw_care_state_list_session (&self->care, self->plan);
  if (session->len > 0)
    {
      g_autoptr(SwWorkout) preview =
        sw_workout_new (self->clock, self->plan, (const SwExercise * const *) session->pdata,
                        session->len);
      g_autofree char *length = format_minutes (sw_workout_get_total_s (preview));
      g_autofree char *text =
        /* Translators: "5 exercises · about 14 min". */
        g_strdup_printf (ngettext ("%u exercise · %s", "%u exercises · %s", session->len),
                         session->len, length);

      gtk_label_set_label (self->session_label, text);
    }
  else
    gtk_label_set_label (self->session_label, _("None of these exercises is for you right now."));

  update_actions (self);
}

/* Reads everything again: the profile, the journal, the recommendation. */
static void
reload (SwExercisesPage *self)
{
  g_autoptr(GError) error = NULL;
  const SwPlan *recommended;

  if (!sw_care_state_load (&self->care, self->journal, self->settings, self->clock, &error))
    g_debug ("Could not read the journal for exercises: %s", error->message);

  recommended = sw_care_state_recommend_plan (&self->care, NULL);
  if (!self->plan_chosen || self->plan == NULL)
    self->plan = recommended != NULL ? recommended : self->care.persona_plan;

  refresh_plan (self);
}

static void
plan_row_selected_cb (SwExercisesPage *self)
{
  guint selected = adw_combo_row_get_selected (self->plan_row);

  if (self->updating || selected >= sw_catalog_get_n_plans ())
    return;

  self->plan = sw_catalog_get_plan (selected);
  self->plan_chosen = TRUE;
  refresh_plan (self);
}

/* ------------------------------------------------------------ session view */

static const char *
phase_caption (SwWorkout *workout)
{
  const SwExercise *exercise = sw_workout_get_current (workout);

  switch (sw_workout_get_phase (workout))
    {
    case SW_WORKOUT_PHASE_PREPARE:
    case SW_WORKOUT_PHASE_NEXT_EXERCISE:
      return C_("exercise phase", "Get Ready");

    case SW_WORKOUT_PHASE_HOLD:
      if (sw_exercise_get_dose (exercise, sw_workout_get_plan (workout))->mode ==
          SW_EXERCISE_MODE_HOLD)
        return C_("exercise phase", "Hold");
      return C_("exercise phase", "Move");

    case SW_WORKOUT_PHASE_REST_REP:
      return C_("exercise phase", "Rest");

    case SW_WORKOUT_PHASE_REST_SET:
      return C_("exercise phase", "Next Set");

    case SW_WORKOUT_PHASE_DONE:
      return C_("exercise phase", "Done");

    case SW_WORKOUT_PHASE_IDLE:
    default:
      return NULL;
    }
}

static const char *
side_label (SwExerciseSide side)
{
  switch (side)
    {
    case SW_EXERCISE_SIDE_LEFT:
      return _("Left side");

    case SW_EXERCISE_SIDE_RIGHT:
      return _("Right side");

    case SW_EXERCISE_SIDE_NONE:
    default:
      return NULL;
    }
}

static char *
describe_detail (SwWorkout *workout)
{
  const SwExercise *exercise = sw_workout_get_current (workout);
  const SwDose *dose = sw_exercise_get_dose (exercise, sw_workout_get_plan (workout));
  const char *side = side_label (sw_workout_get_side (workout));
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  guint rep = sw_workout_get_rep (workout);
  guint set = sw_workout_get_set (workout);
  guint n_sets = sw_workout_get_n_sets (workout);

  switch (sw_workout_get_phase (workout))
    {
    case SW_WORKOUT_PHASE_HOLD:
      if (dose->mode == SW_EXERCISE_MODE_TIMED)
        return sw_exercise_format_dose (exercise, sw_workout_get_plan (workout));
      /* Translators: "Rep 3 of 10". */
      g_ptr_array_add (parts, g_strdup_printf (_("Rep %u of %u"), rep,
                                               sw_workout_get_n_reps (workout)));
      if (side != NULL)
        g_ptr_array_add (parts, g_strdup (side));
      if (n_sets > 1)
        /* Translators: "Set 1 of 2". */
        g_ptr_array_add (parts, g_strdup_printf (_("Set %u of %u"), set, n_sets));
      break;

    case SW_WORKOUT_PHASE_REST_REP:
      /* Translators: during a rest, the hold that comes next, e.g. "Next: rep 2 of 6". */
      g_ptr_array_add (parts, g_strdup_printf (_("Next: rep %u of %u"), rep,
                                               sw_workout_get_n_reps (workout)));
      if (side != NULL)
        g_ptr_array_add (parts, g_strdup (side));
      break;

    case SW_WORKOUT_PHASE_REST_SET:
      /* Translators: during a rest, the set that comes next, e.g. "Next: set 2 of 2". */
      g_ptr_array_add (parts, g_strdup_printf (_("Next: set %u of %u"), set, n_sets));
      break;

    case SW_WORKOUT_PHASE_PREPARE:
    case SW_WORKOUT_PHASE_NEXT_EXERCISE:
      return sw_exercise_format_dose (exercise, sw_workout_get_plan (workout));

    case SW_WORKOUT_PHASE_IDLE:
    case SW_WORKOUT_PHASE_DONE:
    default:
      return g_strdup ("");
    }

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static GtkWidget *
make_note_row (const char *icon_name,
               const char *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_action_row_set_icon_name (ADW_ACTION_ROW (row), icon_name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  return row;
}

static void
show_exercise (SwExercisesPage  *self,
               const SwExercise *exercise)
{
  const char *hold = sw_exercise_get_hold (exercise);
  const char *caution = sw_exercise_get_caution (exercise);

  gtk_image_set_from_icon_name (self->figure, sw_exercise_get_icon_name (exercise));
  gtk_label_set_label (self->exercise_label, sw_exercise_get_name (exercise));

  clear_list (self->steps_list);
  for (guint i = 0; i < sw_exercise_get_n_steps (exercise); i++)
    {
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      GtkWidget *label = gtk_label_new (number);

      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "numeric");
      gtk_label_set_width_chars (GTK_LABEL (label), 2);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), label);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sw_exercise_get_step (exercise, i));
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_list_box_append (self->steps_list, row);
    }

  if (hold != NULL)
    gtk_list_box_append (self->steps_list, make_note_row ("sw-timer-symbolic", hold));
  if (caution != NULL)
    gtk_list_box_append (self->steps_list, make_note_row ("dialog-warning-symbolic", caution));

  gtk_label_set_label (self->rules_label, sw_catalog_get_rules ());
}

/* What changes every second: the time, the ring, a REPS set's rep. */
static void
update_session_times (SwExercisesPage *self)
{
  SwWorkout *workout = self->workout;
  g_autofree char *left = sw_format_time_left (sw_workout_get_time_left_us (workout));
  g_autofree char *detail = describe_detail (workout);

  sw_countdown_ring_set_text (self->ring, left);
  sw_countdown_ring_set_fraction (self->ring, sw_workout_get_fraction_left (workout));
  gtk_label_set_label (self->detail_label, detail);
  gtk_button_set_label (self->pause_button,
                        sw_workout_get_paused (workout) ? _("_Resume") : _("_Pause"));
}

/* A new step: everything on screen, and what screen readers are told. */
static void
show_step (SwExercisesPage *self)
{
  SwWorkout *workout = self->workout;
  const SwExercise *current = sw_workout_get_current (workout);
  const SwExercise *next = sw_workout_get_next (workout);
  int index = sw_workout_get_exercise_index (workout);
  const char *caption = phase_caption (workout);
  g_autofree char *progress = NULL;
  g_autofree char *next_text = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *time_words = NULL;
  g_autofree char *spoken = NULL;

  if (index != self->shown_exercise)
    {
      self->shown_exercise = index;
      show_exercise (self, current);
    }

  /* Translators: where the session is, e.g. "Exercise 2 of 6". */
  progress = g_strdup_printf (_("Exercise %d of %u"), index + 1,
                              sw_workout_get_n_exercises (workout));
  gtk_label_set_label (self->progress_label, progress);

  if (next != NULL)
    /* Translators: the exercise after this one, e.g. "Next: Heel Raises". */
    next_text = g_strdup_printf (_("Next: %s"), sw_exercise_get_name (next));
  else
    next_text = g_strdup (_("This is the last exercise"));
  gtk_label_set_label (self->next_label, next_text);

  sw_countdown_ring_set_caption (self->ring, caption);
  update_session_times (self);

  detail = describe_detail (workout);
  time_words = sw_describe_time_left (sw_workout_get_time_left_us (workout));
  /* Translators: read by screen readers at each phase change: the exercise, the phase,
   * the time left and where in the exercise, e.g. "Wall Calf Stretch. Hold, 30 seconds
   * left. Rep 2 of 6 · Right side". */
  spoken = g_strdup_printf (_("%s. %s, %s. %s"), sw_exercise_get_name (current), caption,
                            time_words, detail);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->ring),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, caption,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, spoken,
                                  -1);
}

/* The session and summary pages are hidden until first shown (see the .ui). */
static void
show_stage (SwExercisesPage *self,
            const char      *name)
{
  GtkWidget *page = gtk_stack_get_child_by_name (self->stack, name);

  gtk_widget_set_visible (page, TRUE);
  gtk_stack_set_visible_child (self->stack, page);
}

static void
set_stage (SwExercisesPage *self,
           const char      *name)
{
  show_stage (self, name);
  update_actions (self);
}

static void
finish_session (SwExercisesPage *self)
{
  SwWorkout *workout = self->workout;
  g_auto(GStrv) done = sw_workout_dup_done_keys (workout);
  g_autoptr(GError) error = NULL;
  gboolean completed = sw_workout_get_completed (workout);
  guint active_s = sw_workout_get_active_s (workout);
  gboolean saved = FALSE;

  sw_cue_withdraw (GTK_WIDGET (self), NOTIFICATION_ID);
  g_clear_pointer (&self->leave_dialog, gtk_window_destroy);

  if (done[0] != NULL && self->journal != NULL)
    {
      saved = sw_journal_add_exercise_session (self->journal,
                                               sw_workout_get_start_real_us (workout),
                                               sw_plan_get_key (self->plan),
                                               (const char * const *) done, active_s, completed,
                                               NULL, &error);
      if (!saved)
        {
          g_autofree char *message = NULL;

          g_debug ("Could not save the exercise session: %s", error->message);
          /* Translators: %s says why, e.g. "The disk is full." */
          message = g_strdup_printf (_("The session could not be saved: %s"), error->message);
          add_toast (self, message);
        }
    }

  if (completed)
    {
      guint n = g_strv_length (done);
      g_autofree char *length = format_minutes (active_s);
      g_autofree char *summary =
        /* Translators: "4 exercises · about 12 min". */
        g_strdup_printf (ngettext ("%u exercise · %s", "%u exercises · %s", n), n, length);
      g_autofree char *description =
        saved ? g_strdup_printf ("%s\n%s", summary, _("Saved in your journal."))
              : g_strdup (summary);

      adw_status_page_set_description (self->summary_page, description);
      set_stage (self, "summary");
      sw_cue (GTK_WIDGET (self), self->settings, NOTIFICATION_ID, _("Session Complete"),
              summary);
    }
  else
    {
      set_stage (self, "plan");
      if (saved)
        add_toast (self, _("Session stopped. What you did is saved in your journal."));
    }
}

static void
workout_step_changed_cb (SwExercisesPage *self)
{
  g_autofree char *detail = NULL;
  g_autofree char *title = NULL;

  if (sw_workout_get_phase (self->workout) == SW_WORKOUT_PHASE_DONE)
    {
      finish_session (self);
      return;
    }

  show_step (self);
  update_actions (self);

  detail = describe_detail (self->workout);
  /* Translators: a notification title: the phase and the exercise, e.g. "Hold · Bridge". */
  title = g_strdup_printf (_("%s · %s"), phase_caption (self->workout),
                           sw_exercise_get_name (sw_workout_get_current (self->workout)));
  sw_cue (GTK_WIDGET (self), self->settings, NOTIFICATION_ID, title, detail);
}

static void
begin_session (SwExercisesPage *self,
               GPtrArray       *exercises)
{
  if (exercises->len == 0)
    return;

  if (self->workout != NULL)
    g_signal_handlers_disconnect_by_data (self->workout, self);
  g_clear_object (&self->workout);

  self->workout = sw_workout_new (self->clock, self->plan,
                                  (const SwExercise * const *) exercises->pdata, exercises->len);
  g_signal_connect_object (self->workout, "step-changed",
                           G_CALLBACK (workout_step_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->workout, "notify::next-wakeup-us",
                           G_CALLBACK (arm_timer), self, G_CONNECT_SWAPPED);
  self->shown_exercise = -1;

  show_stage (self, "session");
  sw_workout_start (self->workout);
  arm_timer (self);
}

/* ------------------------------------------------------------------- timer */

static gboolean
timeout_cb (gpointer user_data)
{
  SwExercisesPage *self = user_data;

  self->timeout_id = 0;
  sw_exercises_page_tick (self);

  return G_SOURCE_REMOVE;
}

static void
arm_timer (SwExercisesPage *self)
{
  gint64 next;
  gint64 delay_ms;

  g_clear_handle_id (&self->timeout_id, g_source_remove);

  if (self->workout == NULL)
    return;
  next = sw_workout_get_next_wakeup_us (self->workout);
  if (next == SW_WORKOUT_NEVER)
    return;

  delay_ms = sw_clock_to_real_delay_ms (self->clock,
                                        next - sw_clock_get_monotonic_us (self->clock));
  self->timeout_id = g_timeout_add ((guint) CLAMP (delay_ms, 0, G_MAXINT), timeout_cb, self);
}

/* ----------------------------------------------------------------- actions */

static void
start_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SwExercisesPage *self = SW_EXERCISES_PAGE (widget);
  g_autoptr(GPtrArray) session = sw_care_state_list_session (&self->care, self->plan);

  begin_session (self, session);
}

static void
start_exercise_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  SwExercisesPage *self = SW_EXERCISES_PAGE (widget);
  const SwExercise *exercise = sw_catalog_lookup_exercise (g_variant_get_string (parameter, NULL));
  g_autoptr(GPtrArray) session = g_ptr_array_new ();

  /* A ruled-out exercise cannot be started, whatever asks. */
  if (exercise == NULL ||
      sw_care_state_check_exercise (&self->care, exercise, NULL) == SW_GATE_RULED_OUT)
    return;

  g_ptr_array_add (session, (gpointer) exercise);
  begin_session (self, session);
}

static void
exercise_list_row_activated_cb (SwExercisesPage *self,
                                GtkListBoxRow   *row)
{
  int index = gtk_list_box_row_get_index (row);
  const SwExercise *exercise;

  if (index < 0 || (guint) index >= sw_plan_get_n_exercises (self->plan))
    return;

  exercise = sw_plan_get_exercise (self->plan, index);
  gtk_widget_activate_action (GTK_WIDGET (self), "exercises.start-exercise", "s",
                              sw_exercise_get_key (exercise));
}

static void
pause_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SwExercisesPage *self = SW_EXERCISES_PAGE (widget);

  if (sw_workout_get_paused (self->workout))
    sw_workout_resume (self->workout);
  else
    sw_workout_pause (self->workout);

  if (session_running (self))
    update_session_times (self);
  arm_timer (self);
}

static void
skip_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SwExercisesPage *self = SW_EXERCISES_PAGE (widget);

  sw_workout_skip (self->workout);
  arm_timer (self);
}

static void
previous_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SwExercisesPage *self = SW_EXERCISES_PAGE (widget);

  sw_workout_back (self->workout);
  arm_timer (self);
}

static void
leave_dialog_response_cb (SwExercisesPage *self,
                          const char      *response)
{
  self->leave_dialog = NULL;

  if (self->workout == NULL || !session_running (self))
    return;

  if (g_strcmp0 (response, "stop") == 0)
    sw_workout_stop (self->workout);
  else if (!self->paused_before_leave)
    {
      sw_workout_resume (self->workout);
      update_session_times (self);
    }

  arm_timer (self);
}

static void
finish_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  set_stage (SW_EXERCISES_PAGE (widget), "plan");
}

static void
leave_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SwExercisesPage *self = SW_EXERCISES_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;

  if (!session_running (self))
    {
      set_stage (self, "plan");
      return;
    }

  if (self->leave_dialog != NULL)
    {
      gtk_window_present (self->leave_dialog);
      return;
    }

  /* Time stands still while the person decides. */
  self->paused_before_leave = sw_workout_get_paused (self->workout);
  sw_workout_pause (self->workout);
  update_session_times (self);

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Stop This Session?"),
                                   _("What you have done so far is saved in your journal."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "continue", _("_Keep Going"),
                                    "stop", _("_Stop Session"),
                                    NULL);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "continue");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "continue");
  g_signal_connect_object (dialog, "response", G_CALLBACK (leave_dialog_response_cb), self,
                           G_CONNECT_SWAPPED);
  self->leave_dialog = GTK_WINDOW (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
clinician_cleared_activated (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  SwExercisesPage *self = SW_EXERCISES_PAGE (widget);

  if (self->settings == NULL || !self->care.last_check.present)
    return;

  /* The settings' changed signal reloads the page. */
  g_settings_set_int64 (self->settings, SW_SETTINGS_KEY_CLINICIAN_CLEARED_CHECK,
                        self->care.last_check.time_us);
}

/* ------------------------------------------------------------------ object */

static void
journal_changed_cb (SwExercisesPage *self)
{
  reload (self);
}

static void
settings_changed_cb (SwExercisesPage *self,
                     const char      *key)
{
  static const char * const keys[] = {
    SW_SETTINGS_KEY_PREGNANT, SW_SETTINGS_KEY_SPINE_SURGERY, SW_SETTINGS_KEY_SPINAL_STENOSIS,
    SW_SETTINGS_KEY_KIND_OF_DAY, SW_SETTINGS_KEY_FLARE_SWITCH_UNTIL,
    SW_SETTINGS_KEY_CLINICIAN_CLEARED_CHECK,
  };

  if (!g_strv_contains (keys, key))
    return;

  /* What suits the person may have changed: follow the recommendation. */
  self->plan_chosen = FALSE;
  reload (self);
}

static void
sw_exercises_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (sw_exercises_page_parent_class)->map (widget);

  /* "Yesterday" may have become "2 days ago" since the tab was last seen. */
  if (g_strcmp0 (stage (SW_EXERCISES_PAGE (widget)), "plan") == 0)
    reload (SW_EXERCISES_PAGE (widget));
}

static void
sw_exercises_page_dispose (GObject *object)
{
  SwExercisesPage *self = SW_EXERCISES_PAGE (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_clear_pointer (&self->leave_dialog, gtk_window_destroy);
  if (self->workout != NULL)
    g_signal_handlers_disconnect_by_data (self->workout, self);

  /* The bin's child is a template child: let go of it first, or the
   * template and the bin would both unparent it. */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SW_TYPE_EXERCISES_PAGE);

  g_clear_object (&self->workout);
  g_clear_object (&self->journal);
  g_clear_object (&self->settings);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (sw_exercises_page_parent_class)->dispose (object);
}

static void
sw_exercises_page_class_init (SwExercisesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_exercises_page_dispose;
  widget_class->map = sw_exercises_page_map;

  g_type_ensure (SW_TYPE_COUNTDOWN_RING);
  g_type_ensure (SW_TYPE_COMPRESS_CARD);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sw-exercises-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SwExercisesPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SwExercisesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, SwExercisesPage, hold_group);
  gtk_widget_class_bind_template_child (widget_class, SwExercisesPage, hold_row);
  gtk_widget_class_bind_template_child (widget_class, SwExercisesPage, plan_row);
  gtk_widget_class_bind_template_child (widget_class, SwExercisesPage, pregnancy_row);
  gtk_widget_class_bind_template_child (widget_class, SwExercisesPage, exercises_group);
  gtk_widget_class_bind_template_child (widget_class, SwExercisesPage, exercise_list);
  gtk_widget_class_bind_template_child (widget_class, SwExercisesPage, session_label);
  gtk_widget_class_bind_template_child (widget_class, SwExercisesPage, compress_card);
  gtk_widget_class_bind_template_child (widget_class, SwExercisesPage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, SwExercisesPage, figure);
  gtk_widget_class_bind_template_child (widget_class, SwExercisesPage, ring);
  gtk_widget_class_bind_template_child (widget_class, SwExercisesPage, exercise_label);
  gtk_widget_class_bind_template_child (widget_class, SwExercisesPage, detail_label);
  gtk_widget_class_bind_template_child (widget_class, SwExercisesPage, next_label);
  gtk_widget_class_bind_template_child (widget_class, SwExercisesPage, steps_list);
  gtk_widget_class_bind_template_child (widget_class, SwExercisesPage, rules_label);
  gtk_widget_class_bind_template_child (widget_class, SwExercisesPage, pause_button);
  gtk_widget_class_bind_template_child (widget_class, SwExercisesPage, summary_page);
  gtk_widget_class_bind_template_callback (widget_class, plan_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, exercise_list_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "exercises.start", NULL, start_activated);
  gtk_widget_class_install_action (widget_class, "exercises.start-exercise", "s",
                                   start_exercise_activated);
  gtk_widget_class_install_action (widget_class, "exercises.pause", NULL, pause_activated);
  gtk_widget_class_install_action (widget_class, "exercises.skip", NULL, skip_activated);
  gtk_widget_class_install_action (widget_class, "exercises.previous", NULL, previous_activated);
  gtk_widget_class_install_action (widget_class, "exercises.leave", NULL, leave_activated);
  gtk_widget_class_install_action (widget_class, "exercises.finish", NULL, finish_activated);
  gtk_widget_class_install_action (widget_class, "exercises.clinician-cleared", NULL,
                                   clinician_cleared_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "exercises.leave", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, GDK_CONTROL_MASK,
                                       "exercises.pause", NULL);
}

/* The plan's name in full: the row's long subtitle would otherwise squeeze
 * the default label down to "Office…". */
static void
plan_item_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

static void
plan_item_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)),
                       gtk_string_object_get_string (string));
}

static void
sw_exercises_page_init (SwExercisesPage *self)
{
  g_autoptr(GtkStringList) plans = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (factory, "setup", G_CALLBACK (plan_item_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (plan_item_bind_cb), NULL);
  adw_combo_row_set_factory (self->plan_row, factory);

  for (guint i = 0; i < sw_catalog_get_n_plans (); i++)
    gtk_string_list_append (plans, sw_plan_get_name (sw_catalog_get_plan (i)));
  self->updating = TRUE;
  adw_combo_row_set_model (self->plan_row, G_LIST_MODEL (plans));
  self->updating = FALSE;

  self->shown_exercise = -1;
  self->clock = sw_system_clock_new_from_env ();
  reload (self);
}

/**
 * sw_exercises_page_set_journal:
 * @journal: (nullable): where sessions are saved and checks are read
 */
void
sw_exercises_page_set_journal (SwExercisesPage *self,
                               SwJournal       *journal)
{
  g_return_if_fail (SW_IS_EXERCISES_PAGE (self));
  g_return_if_fail (journal == NULL || SW_IS_JOURNAL (journal));

  if (self->journal == journal)
    return;

  if (self->journal != NULL)
    g_signal_handlers_disconnect_by_data (self->journal, self);
  g_set_object (&self->journal, journal);
  if (journal != NULL)
    g_signal_connect_object (journal, "changed", G_CALLBACK (journal_changed_cb), self,
                             G_CONNECT_SWAPPED);

  sw_compress_card_set_journal (self->compress_card, journal);
  reload (self);
}

/* The profile (pregnant, spine surgery, stenosis), the kind of day, the
 * flare-up switch and the compress choices. */
void
sw_exercises_page_set_settings (SwExercisesPage *self,
                                GSettings       *settings)
{
  g_return_if_fail (SW_IS_EXERCISES_PAGE (self));
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));

  if (self->settings == settings)
    return;

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_set_object (&self->settings, settings);
  if (settings != NULL)
    g_signal_connect_object (settings, "changed", G_CALLBACK (settings_changed_cb), self,
                             G_CONNECT_SWAPPED);

  sw_compress_card_set_settings (self->compress_card, settings);
  reload (self);
}

void
sw_exercises_page_set_clock (SwExercisesPage *self,
                             SwClock         *clock)
{
  g_return_if_fail (SW_IS_EXERCISES_PAGE (self));
  g_return_if_fail (SW_IS_CLOCK (clock));

  if (self->clock == clock)
    return;

  g_set_object (&self->clock, clock);
  if (self->workout != NULL)
    g_signal_handlers_disconnect_by_data (self->workout, self);
  g_clear_object (&self->workout);
  set_stage (self, "plan");
  sw_compress_card_set_clock (self->compress_card, clock);
  reload (self);
}

void
sw_exercises_page_tick (SwExercisesPage *self)
{
  g_return_if_fail (SW_IS_EXERCISES_PAGE (self));

  if (self->workout != NULL)
    {
      sw_workout_update (self->workout);
      if (session_running (self))
        update_session_times (self);
    }

  sw_compress_card_tick (self->compress_card);
  arm_timer (self);
}

const char *
sw_exercises_page_get_stage (SwExercisesPage *self)
{
  g_return_val_if_fail (SW_IS_EXERCISES_PAGE (self), NULL);

  return stage (self);
}

const SwPlan *
sw_exercises_page_get_plan (SwExercisesPage *self)
{
  g_return_val_if_fail (SW_IS_EXERCISES_PAGE (self), NULL);

  return self->plan;
}

SwWorkout *
sw_exercises_page_get_workout (SwExercisesPage *self)
{
  g_return_val_if_fail (SW_IS_EXERCISES_PAGE (self), NULL);

  return self->workout;
}

SwCompress *
sw_exercises_page_get_compress (SwExercisesPage *self)
{
  g_return_val_if_fail (SW_IS_EXERCISES_PAGE (self), NULL);

  return sw_compress_card_get_compress (self->compress_card);
}

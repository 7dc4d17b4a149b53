/* sw-check-page.c: the Check tab, one question per page, then the result
 *
 * The flow, the skips and the outcome all come from SwTriage; this page
 * only shows the current question and forwards the choice.
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-check-page.h"

#include <glib/gi18n.h>

#include "sw-check-result-view.h"
#include "sw-settings.h"
#include "sw-window.h"

struct _SwCheckPage
{
  AdwBin              parent_instance;

  GtkStack           *stack;
  GtkWidget          *question_page;
  GtkLabel           *progress_label;
  GtkProgressBar     *progress_bar;
  GtkLabel           *question_label;
  GtkLabel           *help_label;
  GtkListBox         *options_list;
  GtkButton          *start_button;
  /* In the stack once there is a result. */
  SwCheckResultView  *result_view;

  GSettings          *settings;
  SwJournal          *journal;
  SwTriageAnswers    *answers;
  SwTriageResult     *result;
  gboolean            result_saved;
  gint64              saved_time_us;
  /* The radio buttons of the question on screen, in option order. */
  GPtrArray          *option_buttons;
  int                 current;
};

G_DEFINE_FINAL_TYPE (SwCheckPage, sw_check_page, ADW_TYPE_BIN)

static void
update_actions (SwCheckPage *self)
{
  gboolean asking = self->current >= 0;
  gboolean answered = asking && sw_triage_answers_get_option (self->answers, self->current) >= 0;
  gboolean on_result = self->result != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "check.next", answered);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "check.back", asking || on_result);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "check.save",
                                 on_result && !self->result_saved && self->journal != NULL &&
                                 !sw_journal_is_read_only (self->journal) &&
                                 sw_triage_result_get_outcome (self->result) !=
                                 SW_OUTCOME_EMERGENCY);
}

/* The questions the flow asks given the answers so far, and where the
 * current one stands among them. */
static void
count_path (SwCheckPage *self,
            guint       *position,
            guint       *total)
{
  *position = 0;
  *total = 0;

  for (int i = sw_triage_next_question (self->answers, -1);
       i >= 0;
       i = sw_triage_next_question (self->answers, i))
    {
      (*total)++;
      if (i == self->current)
        *position = *total;
    }
}

static void
option_toggled_cb (SwCheckPage    *self,
                   GtkCheckButton *button)
{
  guint option;

  if (!gtk_check_button_get_active (button) || self->current < 0)
    return;

  if (!g_ptr_array_find (self->option_buttons, button, &option))
    return;

  sw_triage_answers_set_option (self->answers, self->current, option);
  update_actions (self);
}

static void
clear_options (SwCheckPage *self)
{
  GtkWidget *child;

  g_ptr_array_set_size (self->option_buttons, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->options_list))) != NULL)
    gtk_list_box_remove (self->options_list, child);
}

static GtkWidget *
make_option_row (SwCheckPage          *self,
                 const SwTriageOption *option,
                 GtkCheckButton       *group)
{
  const char *subtitle = sw_triage_option_get_subtitle (option);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_check_button_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sw_triage_option_get_label (option));
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  gtk_check_button_set_group (GTK_CHECK_BUTTON (button), group);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_can_focus (button, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  sw_triage_option_get_label (option),
                                  -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), NULL);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  g_signal_connect_object (button, "toggled", G_CALLBACK (option_toggled_cb), self,
                           G_CONNECT_SWAPPED);
  g_ptr_array_add (self->option_buttons, button);

  return row;
}

static void
show_question (SwCheckPage *self,
               int          index)
{
  const SwTriageQuestion *question = sw_triage_get_question (index);
  const char *help = sw_triage_question_get_help (question);
  int chosen = sw_triage_answers_get_option (self->answers, index);
  GtkCheckButton *group = NULL;
  GtkListBoxRow *focus_row;
  g_autofree char *progress = NULL;
  guint position, total;

  self->current = index;
  g_clear_pointer (&self->result, sw_triage_result_free);

  count_path (self, &position, &total);
  /* Translators: the position in the symptom check, e.g. "Question 3 of 18". */
  progress = g_strdup_printf (_("Question %u of %u"), position, total);
  gtk_label_set_label (self->progress_label, progress);
  gtk_progress_bar_set_fraction (self->progress_bar, total > 0 ? (double) position / total : 0.0);

  gtk_label_set_label (self->question_label, sw_triage_question_get_text (question));
  gtk_label_set_label (self->help_label, help != NULL ? help : "");
  gtk_widget_set_visible (GTK_WIDGET (self->help_label), help != NULL);

  clear_options (self);
  for (guint i = 0; i < question->n_options; i++)
    {
      GtkWidget *row = make_option_row (self, &question->options[i], group);

      if (group == NULL)
        group = g_ptr_array_index (self->option_buttons, 0);
      gtk_list_box_append (self->options_list, row);
    }

  if (chosen >= 0)
    gtk_check_button_set_active (g_ptr_array_index (self->option_buttons, chosen), TRUE);

  gtk_widget_set_visible (self->question_page, TRUE);
  gtk_stack_set_visible_child_name (self->stack, "question");
  focus_row = gtk_list_box_get_row_at_index (self->options_list, MAX (chosen, 0));
  gtk_widget_grab_focus (GTK_WIDGET (focus_row));

  update_actions (self);
}

static void
show_result (SwCheckPage *self)
{
  self->current = -1;
  g_clear_pointer (&self->result, sw_triage_result_free);
  self->result = sw_triage_evaluate_flow (self->answers);
  self->result_saved = FALSE;

  /* Built for the first result, not with the tab: its template is a third
   * of the tab's, and its expander row's arrow would be the first frame's
   * only SVG icon (GTK looks up the icons of all the widgets it shows). */
  if (self->result_view == NULL)
    {
      self->result_view = g_object_new (SW_TYPE_CHECK_RESULT_VIEW, NULL);
      gtk_stack_add_named (self->stack, GTK_WIDGET (self->result_view), "result");
    }

  sw_check_result_view_set_result (self->result_view, self->result);
  gtk_stack_set_visible_child_name (self->stack, "result");

  update_actions (self);
}

static void
show_start (SwCheckPage *self)
{
  self->current = -1;
  g_clear_pointer (&self->result, sw_triage_result_free);
  gtk_stack_set_visible_child_name (self->stack, "start");
  update_actions (self);
}

/* Q10 asks what the profile in Preferences already knows. */
static void
prefill_from_profile (SwCheckPage *self)
{
  const char *group = NULL;

  if (self->settings == NULL)
    return;

  if (g_settings_get_boolean (self->settings, SW_SETTINGS_KEY_PREGNANT))
    group = "pregnant";
  else if (g_settings_get_boolean (self->settings, SW_SETTINGS_KEY_SPINE_SURGERY))
    group = "post_spine_surgery";

  if (group != NULL)
    sw_triage_answers_set (self->answers, "group", group, NULL);
}

static void
start_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SwCheckPage *self = SW_CHECK_PAGE (widget);

  g_clear_pointer (&self->answers, sw_triage_answers_free);
  self->answers = sw_triage_answers_new ();
  prefill_from_profile (self);

  gtk_stack_set_transition_type (self->stack, GTK_STACK_TRANSITION_TYPE_SLIDE_LEFT);
  show_question (self, sw_triage_next_question (self->answers, -1));
}

static void
next_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SwCheckPage *self = SW_CHECK_PAGE (widget);
  int next;

  if (self->current < 0 || sw_triage_answers_get_option (self->answers, self->current) < 0)
    return;

  gtk_stack_set_transition_type (self->stack, GTK_STACK_TRANSITION_TYPE_SLIDE_LEFT);
  next = sw_triage_next_question (self->answers, self->current);
  if (next >= 0)
    show_question (self, next);
  else
    show_result (self);
}

static void
back_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SwCheckPage *self = SW_CHECK_PAGE (widget);
  int previous;

  if (self->current < 0 && self->result == NULL)
    return;

  gtk_stack_set_transition_type (self->stack, GTK_STACK_TRANSITION_TYPE_SLIDE_RIGHT);
  previous = sw_triage_previous_question (self->answers, self->current);
  if (previous >= 0)
    show_question (self, previous);
  else
    show_start (self);
}

static void
restart_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SwCheckPage *self = SW_CHECK_PAGE (widget);

  gtk_stack_set_transition_type (self->stack, GTK_STACK_TRANSITION_TYPE_CROSSFADE);
  show_start (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->start_button));
}

/* A click or Space picks an option; activating the picked one again (a
 * second Enter) moves on, so the check works from the keyboard alone. */
static void
options_list_row_activated_cb (SwCheckPage   *self,
                               GtkListBoxRow *row)
{
  int option = gtk_list_box_row_get_index (row);
  GtkCheckButton *button;

  if (self->current < 0 || option < 0 || (guint) option >= self->option_buttons->len)
    return;

  button = g_ptr_array_index (self->option_buttons, option);
  if (gtk_check_button_get_active (button))
    gtk_widget_activate_action (GTK_WIDGET (self), "check.next", NULL);
  else
    gtk_check_button_set_active (button, TRUE);
}

static char *
join_rule_ids (const SwTriageRule *const *rules)
{
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; rules[i] != NULL; i++)
    g_string_append_printf (ids, "%s%s", i > 0 ? "," : "", sw_triage_rule_get_id (rules[i]));

  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SwCheckPage *self = SW_CHECK_PAGE (widget);
  g_autoptr(SwJournalCheck) check = NULL;
  g_autoptr(GError) error = NULL;
  const char *urgency;

  if (self->result == NULL || self->journal == NULL || self->result_saved)
    return;

  urgency = sw_urgency_to_string (sw_triage_result_get_urgency (self->result));
  check = sw_journal_check_new (sw_outcome_to_string (sw_triage_result_get_outcome (self->result)));
  check->urgency = g_strdup (urgency);
  /* sw_journal_check_new() fills these with empty strings of its own. */
  g_free (check->answers);
  check->answers = sw_triage_answers_to_string (sw_triage_result_get_answers (self->result));
  g_free (check->deciding_rules);
  check->deciding_rules = join_rule_ids (sw_triage_result_get_deciding (self->result, NULL));
  g_free (check->also_noted);
  check->also_noted = join_rule_ids (sw_triage_result_get_also_noted (self->result, NULL));

  if (!sw_journal_add_check (self->journal, check, &error))
    {
      sw_window_show_message (GTK_WIDGET (self), error->message);
      return;
    }

  self->result_saved = TRUE;
  self->saved_time_us = check->time_us;
  update_actions (self);
  sw_window_show_message (GTK_WIDGET (self), _("Saved to your journal"));
}

/* CONTENT-SPEC 3.1: once a clinician has examined the person, a same-day
 * result no longer holds back gentle exercises and the compress timer.
 * The clearance names the saved result, so a newer one does not inherit it. */
static void
clinician_checked_activated (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  SwCheckPage *self = SW_CHECK_PAGE (widget);

  if (self->result == NULL || self->settings == NULL)
    return;

  if (!self->result_saved)
    gtk_widget_activate_action (widget, "check.save", NULL);
  if (!self->result_saved)
    return;

  g_settings_set_int64 (self->settings, SW_SETTINGS_KEY_CLINICIAN_CLEARED_CHECK,
                        self->saved_time_us);
  sw_window_show_message (GTK_WIDGET (self),
                          _("Noted: gentle exercises and the compress timer are offered again"));
}

static void
sw_check_page_dispose (GObject *object)
{
  SwCheckPage *self = SW_CHECK_PAGE (object);

  /* The bin's child is a template child: let go of it first, or the
   * template and the bin would both unparent it. */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SW_TYPE_CHECK_PAGE);
  self->result_view = NULL;
  g_clear_object (&self->settings);
  g_clear_object (&self->journal);

  G_OBJECT_CLASS (sw_check_page_parent_class)->dispose (object);
}

static void
sw_check_page_finalize (GObject *object)
{
  SwCheckPage *self = SW_CHECK_PAGE (object);

  g_clear_pointer (&self->answers, sw_triage_answers_free);
  g_clear_pointer (&self->result, sw_triage_result_free);
  g_clear_pointer (&self->option_buttons, g_ptr_array_unref);

  G_OBJECT_CLASS (sw_check_page_parent_class)->finalize (object);
}

static void
sw_check_page_class_init (SwCheckPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_check_page_dispose;
  object_class->finalize = sw_check_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/sw-check-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SwCheckPage, stack);
  gtk_widget_class_bind_template_child (widget_class, SwCheckPage, question_page);
  gtk_widget_class_bind_template_child (widget_class, SwCheckPage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, SwCheckPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, SwCheckPage, question_label);
  gtk_widget_class_bind_template_child (widget_class, SwCheckPage, help_label);
  gtk_widget_class_bind_template_child (widget_class, SwCheckPage, options_list);
  gtk_widget_class_bind_template_child (widget_class, SwCheckPage, start_button);
  gtk_widget_class_bind_template_callback (widget_class, options_list_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "check.start", NULL, start_activated);
  gtk_widget_class_install_action (widget_class, "check.next", NULL, next_activated);
  gtk_widget_class_install_action (widget_class, "check.back", NULL, back_activated);
  gtk_widget_class_install_action (widget_class, "check.restart", NULL, restart_activated);
  gtk_widget_class_install_action (widget_class, "check.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "check.clinician-checked", NULL,
                                   clinician_checked_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "check.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK,
                                       "check.next", NULL);
}

static void
sw_check_page_init (SwCheckPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->answers = sw_triage_answers_new ();
  self->option_buttons = g_ptr_array_new ();
  self->current = -1;
  update_actions (self);
}

/* The profile (pregnant, spine surgery) pre-fills question 10. */
void
sw_check_page_set_settings (SwCheckPage *self,
                            GSettings   *settings)
{
  g_return_if_fail (SW_IS_CHECK_PAGE (self));
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));

  g_set_object (&self->settings, settings);
}

/* Where "Save to Journal" writes; %NULL when there is no journal. */
void
sw_check_page_set_journal (SwCheckPage *self,
                           SwJournal   *journal)
{
  g_return_if_fail (SW_IS_CHECK_PAGE (self));
  g_return_if_fail (journal == NULL || SW_IS_JOURNAL (journal));

  g_set_object (&self->journal, journal);
  update_actions (self);
}

const char *
sw_check_page_get_stage (SwCheckPage *self)
{
  g_return_val_if_fail (SW_IS_CHECK_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

int
sw_check_page_get_question (SwCheckPage *self)
{
  g_return_val_if_fail (SW_IS_CHECK_PAGE (self), -1);

  return self->current;
}

const SwTriageResult *
sw_check_page_get_result (SwCheckPage *self)
{
  g_return_val_if_fail (SW_IS_CHECK_PAGE (self), NULL);

  return self->result;
}

/* sw-check-result-view.c: the outcome of a symptom check, with reasons
 *
 * Colour never stands alone: every outcome has its icon and its words.
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-check-result-view.h"

#include <glib/gi18n.h>

struct _SwCheckResultView
{
  AdwBin                parent_instance;

  GtkScrolledWindow    *scroller;
  GtkBox               *content;
  GtkBox               *header;
  GtkImage             *outcome_icon;
  GtkLabel             *headline_label;
  GtkLabel             *summary_label;
  AdwPreferencesGroup  *because_group;
  AdwPreferencesGroup  *steps_group;
  AdwPreferencesGroup  *seek_care_group;
  AdwPreferencesGroup  *safety_group;
  AdwExpanderRow       *emergency_row;
  AdwPreferencesGroup  *also_group;
  GtkLabel             *disclaimer_label;
  GtkButton            *save_button;
  GtkButton            *exercises_button;
  GtkButton            *compress_button;
  GtkButton            *clinician_button;

  /* Rows added for the current result, to remove on the next one. */
  GPtrArray            *rows;
  const char           *outcome_class;
};

G_DEFINE_FINAL_TYPE (SwCheckResultView, sw_check_result_view, ADW_TYPE_BIN)

typedef struct
{
  const char *icon_name;
  const char *css_class;
} OutcomeLook;

static const OutcomeLook outcome_looks[] = {
  [SW_OUTCOME_LIKELY_MUSCULAR] = { "emblem-ok-symbolic", "outcome-muscular" },
  [SW_OUTCOME_WATCH_AND_SELF_CARE] = { "dialog-information-symbolic", "outcome-watch" },
  [SW_OUTCOME_SEE_DOCTOR_SOON] = { "dialog-warning-symbolic", "outcome-see-doctor" },
  [SW_OUTCOME_EMERGENCY] = { "dialog-error-symbolic", "outcome-emergency" },
};

static GtkWidget *
make_text_row (const char *title,
               const char *prefix_text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  if (prefix_text != NULL)
    {
      GtkWidget *label = gtk_label_new (prefix_text);

      gtk_widget_add_css_class (label, "numeric");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), label);
    }

  return row;
}

static void
add_group_row (SwCheckResultView   *self,
               AdwPreferencesGroup *group,
               GtkWidget           *row)
{
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->rows, row);
}

static void
clear_rows (SwCheckResultView *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      if (group != NULL)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
      else if (gtk_widget_get_ancestor (row, ADW_TYPE_EXPANDER_ROW) != NULL)
        adw_expander_row_remove (self->emergency_row, row);
    }

  g_ptr_array_set_size (self->rows, 0);
}

static void
fill_rules (SwCheckResultView         *self,
            AdwPreferencesGroup       *group,
            const SwTriageRule *const *rules,
            guint                      n_rules)
{
  for (guint i = 0; i < n_rules; i++)
    add_group_row (self, group, make_text_row (sw_triage_rule_get_reason (rules[i]), NULL));

  gtk_widget_set_visible (GTK_WIDGET (group), n_rules > 0);
}

static void
fill_steps (SwCheckResultView    *self,
            const SwTriageAdvice *advice)
{
  guint n_steps = sw_triage_advice_get_n_steps (advice);
  guint n_seek = sw_triage_advice_get_n_seek_care (advice);

  for (guint i = 0; i < n_steps; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i + 1);

      add_group_row (self, self->steps_group,
                     make_text_row (sw_triage_advice_get_step (advice, i), number));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->steps_group), n_steps > 0);

  for (guint i = 0; i < n_seek; i++)
    add_group_row (self, self->seek_care_group,
                   make_text_row (sw_triage_advice_get_seek_care (advice, i), NULL));
  gtk_widget_set_visible (GTK_WIDGET (self->seek_care_group), n_seek > 0);
}

static void
fill_emergency_signs (SwCheckResultView *self,
                      SwOutcome          outcome)
{
  for (guint i = 0; i < sw_triage_get_n_emergency_signs (); i++)
    {
      GtkWidget *row = make_text_row (sw_triage_get_emergency_sign (i), NULL);

      adw_expander_row_add_row (self->emergency_row, row);
      g_ptr_array_add (self->rows, row);
    }

  /* With an emergency the advice itself leads; elsewhere the signs are the
   * safety net and stay open. */
  adw_expander_row_set_expanded (self->emergency_row, outcome != SW_OUTCOME_EMERGENCY);
}

static void
set_outcome_look (SwCheckResultView *self,
                  SwOutcome          outcome)
{
  const OutcomeLook *look = &outcome_looks[outcome];

  if (self->outcome_class != NULL)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->outcome_icon), self->outcome_class);
      gtk_widget_remove_css_class (GTK_WIDGET (self->headline_label), self->outcome_class);
    }

  self->outcome_class = look->css_class;
  gtk_image_set_from_icon_name (self->outcome_icon, look->icon_name);
  gtk_widget_add_css_class (GTK_WIDGET (self->outcome_icon), look->css_class);
  gtk_widget_add_css_class (GTK_WIDGET (self->headline_label), look->css_class);
}

/* In an emergency, what to do comes straight after the headline. */
static void
order_sections (SwCheckResultView *self,
                SwOutcome          outcome)
{
  if (outcome == SW_OUTCOME_EMERGENCY)
    gtk_box_reorder_child_after (self->content, GTK_WIDGET (self->steps_group),
                                 GTK_WIDGET (self->header));
  else
    gtk_box_reorder_child_after (self->content, GTK_WIDGET (self->steps_group),
                                 GTK_WIDGET (self->because_group));
}

void
sw_check_result_view_set_result (SwCheckResultView    *self,
                                 const SwTriageResult *result)
{
  const SwTriageAdvice *advice;
  const SwTriageRule *const *rules;
  SwOutcome outcome;
  guint n_rules;

  g_return_if_fail (SW_IS_CHECK_RESULT_VIEW (self));
  g_return_if_fail (result != NULL);

  outcome = sw_triage_result_get_outcome (result);
  advice = sw_triage_result_get_advice (result);

  clear_rows (self);
  set_outcome_look (self, outcome);
  gtk_label_set_label (self->headline_label, sw_triage_advice_get_headline (advice));
  gtk_label_set_label (self->summary_label, sw_triage_advice_get_summary (advice));

  rules = sw_triage_result_get_deciding (result, &n_rules);
  fill_rules (self, self->because_group, rules, n_rules);
  rules = sw_triage_result_get_also_noted (result, &n_rules);
  fill_rules (self, self->also_group, rules, n_rules);

  fill_steps (self, advice);
  fill_emergency_signs (self, outcome);
  order_sections (self, outcome);

  gtk_label_set_label (self->disclaimer_label, sw_triage_get_disclaimer ());
  /* An emergency offers nothing but its advice and a fresh start; the
   * rest only what CONTENT-SPEC 1.4 allows for the outcome. */
  gtk_widget_set_visible (GTK_WIDGET (self->save_button), outcome != SW_OUTCOME_EMERGENCY);
  gtk_widget_set_visible (GTK_WIDGET (self->exercises_button),
                          sw_triage_result_get_exercises (result) != SW_OFFER_NONE);
  gtk_widget_set_visible (GTK_WIDGET (self->compress_button),
                          sw_triage_result_get_compress (result));
  gtk_widget_set_visible (GTK_WIDGET (self->clinician_button),
                          outcome == SW_OUTCOME_SEE_DOCTOR_SOON &&
                          sw_triage_result_get_urgency (result) == SW_URGENCY_TODAY);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0.0);
}

static void
sw_check_result_view_dispose (GObject *object)
{
  /* The bin's child is a template child: let go of it first, or the
   * template and the bin would both unparent it. */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), SW_TYPE_CHECK_RESULT_VIEW);

  G_OBJECT_CLASS (sw_check_result_view_parent_class)->dispose (object);
}

static void
sw_check_result_view_finalize (GObject *object)
{
  SwCheckResultView *self = SW_CHECK_RESULT_VIEW (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (sw_check_result_view_parent_class)->finalize (object);
}

static void
sw_check_result_view_class_init (SwCheckResultViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_check_result_view_dispose;
  object_class->finalize = sw_check_result_view_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sw-check-result-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SwCheckResultView, scroller);
  gtk_widget_class_bind_template_child (widget_class, SwCheckResultView, content);
  gtk_widget_class_bind_template_child (widget_class, SwCheckResultView, header);
  gtk_widget_class_bind_template_child (widget_class, SwCheckResultView, outcome_icon);
  gtk_widget_class_bind_template_child (widget_class, SwCheckResultView, headline_label);
  gtk_widget_class_bind_template_child (widget_class, SwCheckResultView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SwCheckResultView, because_group);
  gtk_widget_class_bind_template_child (widget_class, SwCheckResultView, steps_group);
  gtk_widget_class_bind_template_child (widget_class, SwCheckResultView, seek_care_group);
  gtk_widget_class_bind_template_child (widget_class, SwCheckResultView, safety_group);
  gtk_widget_class_bind_template_child (widget_class, SwCheckResultView, emergency_row);
  gtk_widget_class_bind_template_child (widget_class, SwCheckResultView, also_group);
  gtk_widget_class_bind_template_child (widget_class, SwCheckResultView, disclaimer_label);
  gtk_widget_class_bind_template_child (widget_class, SwCheckResultView, save_button);
  gtk_widget_class_bind_template_child (widget_class, SwCheckResultView, exercises_button);
  gtk_widget_class_bind_template_child (widget_class, SwCheckResultView, compress_button);
  gtk_widget_class_bind_template_child (widget_class, SwCheckResultView, clinician_button);
}

static void
sw_check_result_view_init (SwCheckResultView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_ptr_array_new ();
}

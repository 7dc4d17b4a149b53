/* sw-break-window.c: the break, counted down with one thing to do
 *
 * One exercise from the person's plan (SwCatalog picks it) comes after the
 * walk; without one the break is the walk alone.
 *
 * Done and Skip tell the service how the break went. Closing the window
 * counts as a skip; the app offers to undo that. The countdown follows
 * the service's end of break when it has one, else the break length.
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-break-window.h"

#include <glib/gi18n.h>

#include "sw-countdown-ring.h"
#include "sw-reminder-status.h"

struct _SwBreakWindow
{
  AdwWindow          parent_instance;

  SwCountdownRing   *ring;
  GtkLabel          *title_label;
  GtkLabel          *suggestion_label;
  GtkWidget         *exercise_box;
  GtkImage          *exercise_figure;
  GtkLabel          *exercise_name_label;
  GtkLabel          *exercise_dose_label;
  GtkLabel          *exercise_steps_label;

  const SwExercise  *exercise;

  SwRemindersClient *client;
  gint64             start_us;
  gint64             end_us;
  guint              tick_id;
  gboolean           answered;
};

G_DEFINE_FINAL_TYPE (SwBreakWindow, sw_break_window, ADW_TYPE_WINDOW)

enum {
  CLOSED_WITHOUT_ANSWER,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gint64
break_end (SwBreakWindow *self)
{
  gint64 service_end = self->client != NULL ? sw_reminders_client_get_state_ends (self->client) : 0;
  const char *state = self->client != NULL ? sw_reminders_client_get_state (self->client) : NULL;

  if (service_end > 0 && g_strcmp0 (state, "on-break") == 0)
    return service_end;

  return self->end_us;
}

static gboolean
tick_cb (gpointer user_data)
{
  SwBreakWindow *self = user_data;
  gint64 now = g_get_real_time ();
  gint64 end = break_end (self);
  g_autofree char *left = sw_format_time_left (end - now);

  sw_countdown_ring_set_text (self->ring, left);
  sw_countdown_ring_set_fraction (self->ring, sw_fraction_left (now, self->start_us, end));

  if (now >= end)
    {
      gtk_label_set_label (self->title_label, _("Break Over, Well Done"));
      self->tick_id = 0;
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

static void
finish (SwBreakWindow *self,
        gboolean       completed)
{
  self->answered = TRUE;
  if (self->client != NULL)
    sw_reminders_client_finish_break (self->client, completed);
  gtk_window_close (GTK_WINDOW (self));
}

static void
done_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  finish (SW_BREAK_WINDOW (widget), TRUE);
}

static void
skip_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  finish (SW_BREAK_WINDOW (widget), FALSE);
}

static gboolean
sw_break_window_close_request (GtkWindow *window)
{
  SwBreakWindow *self = SW_BREAK_WINDOW (window);

  if (!self->answered)
    {
      self->answered = TRUE;
      if (self->client != NULL)
        sw_reminders_client_finish_break (self->client, FALSE);
      g_signal_emit (self, signals[CLOSED_WITHOUT_ANSWER], 0);
    }

  return GTK_WINDOW_CLASS (sw_break_window_parent_class)->close_request (window);
}

static void
sw_break_window_map (GtkWidget *widget)
{
  SwBreakWindow *self = SW_BREAK_WINDOW (widget);

  GTK_WIDGET_CLASS (sw_break_window_parent_class)->map (widget);

  if (self->tick_id == 0 && tick_cb (self) == G_SOURCE_CONTINUE)
    self->tick_id = g_timeout_add_seconds (1, tick_cb, self);
}

static void
sw_break_window_unmap (GtkWidget *widget)
{
  SwBreakWindow *self = SW_BREAK_WINDOW (widget);

  g_clear_handle_id (&self->tick_id, g_source_remove);

  GTK_WIDGET_CLASS (sw_break_window_parent_class)->unmap (widget);
}

static void
sw_break_window_dispose (GObject *object)
{
  SwBreakWindow *self = SW_BREAK_WINDOW (object);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  g_clear_object (&self->client);
  gtk_widget_dispose_template (GTK_WIDGET (self), SW_TYPE_BREAK_WINDOW);

  G_OBJECT_CLASS (sw_break_window_parent_class)->dispose (object);
}

static void
sw_break_window_class_init (SwBreakWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = sw_break_window_dispose;
  widget_class->map = sw_break_window_map;
  widget_class->unmap = sw_break_window_unmap;
  window_class->close_request = sw_break_window_close_request;

  /* The window was closed without Done or Skip: counted as skipped. */
  signals[CLOSED_WITHOUT_ANSWER] =
    g_signal_new ("closed-without-answer", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (SW_TYPE_COUNTDOWN_RING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/sw-break-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SwBreakWindow, ring);
  gtk_widget_class_bind_template_child (widget_class, SwBreakWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, SwBreakWindow, suggestion_label);
  gtk_widget_class_bind_template_child (widget_class, SwBreakWindow, exercise_box);
  gtk_widget_class_bind_template_child (widget_class, SwBreakWindow, exercise_figure);
  gtk_widget_class_bind_template_child (widget_class, SwBreakWindow, exercise_name_label);
  gtk_widget_class_bind_template_child (widget_class, SwBreakWindow, exercise_dose_label);
  gtk_widget_class_bind_template_child (widget_class, SwBreakWindow, exercise_steps_label);

  gtk_widget_class_install_action (widget_class, "break.done", NULL, done_activated);
  gtk_widget_class_install_action (widget_class, "break.skip", NULL, skip_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sw_break_window_init (SwBreakWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  sw_break_window_set_exercise (self, NULL);
}

/**
 * sw_break_window_new:
 * @client: (nullable): the reminder service, told how the break went
 * @break_us: the break length, used when the service has no end time
 */
SwBreakWindow *
sw_break_window_new (SwRemindersClient *client,
                     gint64             break_us)
{
  SwBreakWindow *self = g_object_new (SW_TYPE_BREAK_WINDOW, NULL);

  g_set_object (&self->client, client);
  self->start_us = g_get_real_time ();
  self->end_us = self->start_us + break_us;

  return self;
}

/* The countdown as shown, for tests. */
const char *
sw_break_window_get_time_left (SwBreakWindow *self)
{
  g_return_val_if_fail (SW_IS_BREAK_WINDOW (self), NULL);

  return sw_countdown_ring_get_text (self->ring);
}

/**
 * sw_break_window_set_exercise:
 * @exercise: (nullable): the one to suggest after the walk, or %NULL for
 *   the walk alone
 */
void
sw_break_window_set_exercise (SwBreakWindow    *self,
                              const SwExercise *exercise)
{
  g_autoptr(GString) steps = NULL;
  g_autofree char *dose = NULL;

  g_return_if_fail (SW_IS_BREAK_WINDOW (self));

  self->exercise = exercise;
  gtk_widget_set_visible (self->exercise_box, exercise != NULL);
  if (exercise == NULL)
    {
      gtk_label_set_label (self->suggestion_label,
                           _("Stand up and walk for one to three minutes at an easy pace: "
                             "fetch some water, take the stairs or walk down a corridor."));
      return;
    }

  gtk_label_set_label (self->suggestion_label,
                       _("Stand up and walk for one to three minutes at an easy pace, then "
                         "try this:"));

  steps = g_string_new (NULL);
  for (guint i = 0; i < sw_exercise_get_n_steps (exercise); i++)
    {
      if (i > 0)
        g_string_append_c (steps, '\n');
      /* Translators: one numbered step of an exercise, e.g. "1. Face your desk…". */
      g_string_append_printf (steps, _("%u. %s"), i + 1, sw_exercise_get_step (exercise, i));
    }
  if (sw_exercise_get_hold (exercise) != NULL)
    g_string_append_printf (steps, "\n%s", sw_exercise_get_hold (exercise));

  dose = sw_exercise_format_dose (exercise, NULL);
  gtk_image_set_from_icon_name (self->exercise_figure, sw_exercise_get_icon_name (exercise));
  gtk_label_set_label (self->exercise_name_label, sw_exercise_get_name (exercise));
  gtk_label_set_label (self->exercise_dose_label, dose);
  gtk_label_set_label (self->exercise_steps_label, steps->str);
}

/* Returns: (nullable): the exercise suggested, if any */
const SwExercise *
sw_break_window_get_exercise (SwBreakWindow *self)
{
  g_return_val_if_fail (SW_IS_BREAK_WINDOW (self), NULL);

  return self->exercise;
}

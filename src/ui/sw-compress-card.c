/* sw-compress-card.c: the cold or warm compress timer on the Exercises tab
 *
 * Which compress, the day of the episode, the daily limits and the lock all
 * come from SwCompress; the card shows them, keeps the onset the person
 * picks in the journal, and saves each session there. One timeout, armed
 * for SwCompress's next wakeup: once a second while a session runs,
 * otherwise only when the card will read differently.
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-compress-card.h"

#include <glib/gi18n.h>

#include "sw-countdown-ring.h"
#include "sw-cue.h"
#include "sw-reminder-status.h"
#include "sw-settings.h"
#include "sw-system-clock.h"

#define NOTIFICATION_ID "compress-done"

struct _SwCompressCard
{
  AdwBin           parent_instance;

  AdwActionRow    *compress_row;
  GtkImage        *compress_icon;
  AdwActionRow    *onset_row;
  GtkCalendar     *onset_calendar;
  GtkPopover      *onset_popover;
  GtkWidget       *onset_forget_button;
  AdwActionRow    *swelling_row;
  GtkSwitch       *swelling_switch;
  AdwActionRow    *warmth_row;
  GtkSwitch       *warmth_switch;
  AdwExpanderRow  *safety_row;
  AdwActionRow    *minutes_row;
  GtkAdjustment   *minutes_adjustment;
  GtkStack        *compress_stack;
  GtkButton       *compress_start_button;
  SwCountdownRing *compress_ring;

  SwJournal       *journal;
  GSettings       *settings;
  SwClock         *clock;
  SwCompress      *compress;

  gboolean         has_user_onset;
  gboolean         updating;
  guint            timeout_id;
};

G_DEFINE_FINAL_TYPE (SwCompressCard, sw_compress_card, ADW_TYPE_BIN)

static void
add_toast (SwCompressCard *self,
           const char     *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  g_debug ("%s", message);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (escaped));
}

static char *
format_day (GDateTime *time)
{
  /* Translators: the day the pain started, for g_date_time_format(), e.g. "Tue 10 Mar". */
  /* xgettext:no-c-format */
  return g_date_time_format (time, C_("onset day", "%a %-d %b"));
}

static void
update_actions (SwCompressCard *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compress.start",
                                 sw_compress_get_state (self->compress) ==
                                 SW_COMPRESS_STATE_READY);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compress.stop",
                                 sw_compress_get_running (self->compress));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compress.forget-onset",
                                 self->journal != NULL && self->has_user_onset);
}

static void
refresh (SwCompressCard *self)
{
  SwCompress *compress = self->compress;
  GDateTime *onset = sw_compress_get_onset (compress);
  gboolean running = sw_compress_get_running (compress);
  SwCompressKind kind = running ? sw_compress_get_running_kind (compress)
                                : sw_compress_get_kind (compress);
  g_autofree char *summary = sw_compress_dup_summary (compress);
  g_autofree char *status = sw_compress_dup_status (compress);
  g_autofree char *onset_text = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->compress_row), summary);
  adw_action_row_set_subtitle (self->compress_row, status);
  gtk_image_set_from_icon_name (self->compress_icon,
                                kind == SW_COMPRESS_KIND_WARM ? "weather-clear-symbolic"
                                : kind == SW_COMPRESS_KIND_COLD ? "weather-snow-symbolic"
                                : "x-office-calendar-symbolic");

  if (onset == NULL)
    onset_text = g_strdup (_("Not set"));
  else if (self->has_user_onset || self->journal == NULL)
    onset_text = format_day (onset);
  else
    {
      g_autofree char *day = format_day (onset);

      /* Translators: the onset comes from the journal's entries, e.g.
       * "From your journal: Tue 10 Mar". */
      onset_text = g_strdup_printf (_("From your journal: %s"), day);
    }
  adw_action_row_set_subtitle (self->onset_row, onset_text);

  self->updating = TRUE;
  if (onset != NULL)
    gtk_calendar_select_day (self->onset_calendar, onset);
  self->updating = FALSE;
  gtk_widget_set_visible (self->onset_forget_button, self->has_user_onset);

  gtk_widget_set_visible (GTK_WIDGET (self->swelling_row),
                          sw_compress_get_in_cold_window (compress));
  gtk_widget_set_visible (GTK_WIDGET (self->warmth_row),
                          sw_compress_get_can_prefer_warmth (compress));
  /* What runs stays as it started. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->minutes_row), !running);
  gtk_widget_set_sensitive (GTK_WIDGET (self->swelling_row), !running);
  gtk_widget_set_sensitive (GTK_WIDGET (self->warmth_row), !running);

  gtk_button_set_label (self->compress_start_button,
                        kind == SW_COMPRESS_KIND_WARM ? _("Start _Warm Compress")
                        : kind == SW_COMPRESS_KIND_COLD ? _("Start _Cold Compress")
                        : _("Start _Compress"));
  gtk_stack_set_visible_child_name (self->compress_stack, running ? "running" : "idle");

  if (running)
    {
      g_autofree char *left = sw_format_time_left (sw_compress_get_time_left_us (compress));

      sw_countdown_ring_set_text (self->compress_ring, left);
      sw_countdown_ring_set_fraction (self->compress_ring,
                                      sw_compress_get_fraction_left (compress));
      sw_countdown_ring_set_caption (self->compress_ring,
                                     kind == SW_COMPRESS_KIND_WARM ? C_("compress", "Warm")
                                                                   : C_("compress", "Cold"));
    }

  update_actions (self);
}

static gboolean
timeout_cb (gpointer user_data)
{
  SwCompressCard *self = user_data;

  self->timeout_id = 0;
  sw_compress_card_tick (self);

  return G_SOURCE_REMOVE;
}

static void
arm_timer (SwCompressCard *self)
{
  gint64 next = sw_compress_get_next_wakeup_us (self->compress);
  gint64 delay_ms;

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (next == SW_COMPRESS_NEVER)
    return;

  delay_ms = sw_clock_to_real_delay_ms (self->clock,
                                        next - sw_clock_get_monotonic_us (self->clock));
  self->timeout_id = g_timeout_add ((guint) CLAMP (delay_ms, 0, G_MAXINT), timeout_cb, self);
}

static void
session_finished_cb (SwCompressCard *self,
                     gint64          start_real_us,
                     guint           duration_s,
                     SwCompressKind  kind,
                     gboolean        completed)
{
  g_autoptr(GError) error = NULL;

  if (self->journal != NULL &&
      !sw_journal_add_compress_session (self->journal, start_real_us,
                                        sw_compress_kind_to_journal (kind), duration_s, NULL,
                                        &error))
    {
      g_autofree char *message =
        /* Translators: %s says why, e.g. "The disk is full." */
        g_strdup_printf (_("The compress session could not be saved: %s"), error->message);

      add_toast (self, message);
    }

  if (completed)
    sw_cue (GTK_WIDGET (self), self->settings, NOTIFICATION_ID,
            kind == SW_COMPRESS_KIND_WARM ? _("Warm Compress Done") : _("Cold Compress Done"),
            _("Take the pack off and check your skin."));

  /* The safety text again before the next one. */
  adw_expander_row_set_expanded (self->safety_row, TRUE);
}

static void
switch_active_cb (SwCompressCard *self)
{
  if (self->compress == NULL)
    return;

  sw_compress_set_swelling (self->compress, gtk_switch_get_active (self->swelling_switch));
  sw_compress_set_prefer_warmth (self->compress, gtk_switch_get_active (self->warmth_switch));
}

static void
onset_calendar_day_selected_cb (SwCompressCard *self)
{
  g_autoptr(GDateTime) day = NULL;
  g_autoptr(GDateTime) onset = NULL;
  g_autoptr(GError) error = NULL;

  if (self->updating)
    return;

  day = gtk_calendar_get_date (self->onset_calendar);
  onset = sw_compress_onset_for_day (self->clock, g_date_time_get_year (day),
                                     g_date_time_get_month (day),
                                     g_date_time_get_day_of_month (day));
  gtk_popover_popdown (self->onset_popover);
  if (onset == NULL)
    return;

  if (self->journal == NULL)
    {
      sw_compress_set_onset (self->compress, onset);
      return;
    }

  if (!sw_journal_set_onset (self->journal, onset, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The date could not be saved: %s"),
                                                  error->message);

      add_toast (self, message);
    }
  /* The journal has no signal for its settings: read it again. */
  sw_compress_card_reload (self);
}

static void
setup_compress (SwCompressCard *self)
{
  if (self->compress != NULL)
    g_signal_handlers_disconnect_by_data (self->compress, self);
  g_clear_object (&self->compress);

  self->compress = sw_compress_new (self->clock);
  sw_compress_set_swelling (self->compress, gtk_switch_get_active (self->swelling_switch));
  sw_compress_set_prefer_warmth (self->compress, gtk_switch_get_active (self->warmth_switch));
  g_signal_connect_object (self->compress, "changed", G_CALLBACK (refresh), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->compress, "notify::next-wakeup-us", G_CALLBACK (arm_timer),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->compress, "session-finished", G_CALLBACK (session_finished_cb),
                           self, G_CONNECT_SWAPPED);
}

static void
start_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SwCompressCard *self = SW_COMPRESS_CARD (widget);

  sw_cue_withdraw (widget, NOTIFICATION_ID);
  sw_compress_start (self->compress, (guint) gtk_adjustment_get_value (self->minutes_adjustment));
  arm_timer (self);
}

static void
stop_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SwCompressCard *self = SW_COMPRESS_CARD (widget);

  sw_compress_stop (self->compress);
  arm_timer (self);
}

static void
forget_onset_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  SwCompressCard *self = SW_COMPRESS_CARD (widget);
  g_autoptr(GError) error = NULL;

  gtk_popover_popdown (self->onset_popover);
  if (self->journal == NULL)
    return;

  if (!sw_journal_set_onset (self->journal, NULL, &error))
    add_toast (self, error->message);
  sw_compress_card_reload (self);
}

static void
settings_changed_cb (SwCompressCard *self,
                     const char     *key)
{
  if (g_strcmp0 (key, SW_SETTINGS_KEY_CLINICIAN_CLEARED_CHECK) == 0)
    sw_compress_card_reload (self);
}

static void
sw_compress_card_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (sw_compress_card_parent_class)->map (widget);

  sw_compress_card_reload (SW_COMPRESS_CARD (widget));
}

static void
sw_compress_card_dispose (GObject *object)
{
  SwCompressCard *self = SW_COMPRESS_CARD (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (self->compress != NULL)
    g_signal_handlers_disconnect_by_data (self->compress, self);

  /* The bin's child is a template child: let go of it first. */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SW_TYPE_COMPRESS_CARD);

  g_clear_object (&self->compress);
  g_clear_object (&self->journal);
  g_clear_object (&self->settings);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (sw_compress_card_parent_class)->dispose (object);
}

static void
sw_compress_card_class_init (SwCompressCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_compress_card_dispose;
  widget_class->map = sw_compress_card_map;

  g_type_ensure (SW_TYPE_COUNTDOWN_RING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sw-compress-card.ui");
  gtk_widget_class_bind_template_child (widget_class, SwCompressCard, compress_row);
  gtk_widget_class_bind_template_child (widget_class, SwCompressCard, compress_icon);
  gtk_widget_class_bind_template_child (widget_class, SwCompressCard, onset_row);
  gtk_widget_class_bind_template_child (widget_class, SwCompressCard, onset_calendar);
  gtk_widget_class_bind_template_child (widget_class, SwCompressCard, onset_popover);
  gtk_widget_class_bind_template_child (widget_class, SwCompressCard, onset_forget_button);
  gtk_widget_class_bind_template_child (widget_class, SwCompressCard, swelling_row);
  gtk_widget_class_bind_template_child (widget_class, SwCompressCard, swelling_switch);
  gtk_widget_class_bind_template_child (widget_class, SwCompressCard, warmth_row);
  gtk_widget_class_bind_template_child (widget_class, SwCompressCard, warmth_switch);
  gtk_widget_class_bind_template_child (widget_class, SwCompressCard, safety_row);
  gtk_widget_class_bind_template_child (widget_class, SwCompressCard, minutes_row);
  gtk_widget_class_bind_template_child (widget_class, SwCompressCard, minutes_adjustment);
  gtk_widget_class_bind_template_child (widget_class, SwCompressCard, compress_stack);
  gtk_widget_class_bind_template_child (widget_class, SwCompressCard, compress_start_button);
  gtk_widget_class_bind_template_child (widget_class, SwCompressCard, compress_ring);
  gtk_widget_class_bind_template_callback (widget_class, switch_active_cb);
  gtk_widget_class_bind_template_callback (widget_class, onset_calendar_day_selected_cb);

  gtk_widget_class_install_action (widget_class, "compress.start", NULL, start_activated);
  gtk_widget_class_install_action (widget_class, "compress.stop", NULL, stop_activated);
  gtk_widget_class_install_action (widget_class, "compress.forget-onset", NULL,
                                   forget_onset_activated);
}

static void
sw_compress_card_init (SwCompressCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->clock = sw_system_clock_new_from_env ();
  setup_compress (self);
  sw_compress_card_reload (self);
}

/* @journal: (nullable): where the onset is kept and sessions are saved */
void
sw_compress_card_set_journal (SwCompressCard *self,
                              SwJournal      *journal)
{
  g_return_if_fail (SW_IS_COMPRESS_CARD (self));
  g_return_if_fail (journal == NULL || SW_IS_JOURNAL (journal));

  if (self->journal == journal)
    return;

  if (self->journal != NULL)
    g_signal_handlers_disconnect_by_data (self->journal, self);
  g_set_object (&self->journal, journal);
  if (journal != NULL)
    g_signal_connect_object (journal, "changed", G_CALLBACK (sw_compress_card_reload), self,
                             G_CONNECT_SWAPPED);

  sw_compress_card_reload (self);
}

/* The compress choices, their length, the sound and a clinician's clearance. */
void
sw_compress_card_set_settings (SwCompressCard *self,
                               GSettings      *settings)
{
  g_return_if_fail (SW_IS_COMPRESS_CARD (self));
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));

  if (self->settings == settings)
    return;

  if (self->settings != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->settings, self);
      g_settings_unbind (self->swelling_switch, "active");
      g_settings_unbind (self->warmth_switch, "active");
      g_settings_unbind (self->minutes_adjustment, "value");
    }
  g_set_object (&self->settings, settings);

  if (settings != NULL)
    {
      g_settings_bind (settings, SW_SETTINGS_KEY_SWELLING_REPORTED,
                       self->swelling_switch, "active", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, SW_SETTINGS_KEY_PREFER_WARMTH,
                       self->warmth_switch, "active", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, SW_SETTINGS_KEY_COMPRESS_MINUTES,
                       self->minutes_adjustment, "value", G_SETTINGS_BIND_DEFAULT);
      g_signal_connect_object (settings, "changed", G_CALLBACK (settings_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }

  sw_compress_card_reload (self);
}

void
sw_compress_card_set_clock (SwCompressCard *self,
                            SwClock        *clock)
{
  g_return_if_fail (SW_IS_COMPRESS_CARD (self));
  g_return_if_fail (SW_IS_CLOCK (clock));

  if (self->clock == clock)
    return;

  g_set_object (&self->clock, clock);
  setup_compress (self);
  sw_compress_card_reload (self);
}

void
sw_compress_card_reload (SwCompressCard *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (SW_IS_COMPRESS_CARD (self));

  if (self->journal != NULL)
    {
      g_autoptr(GDateTime) user_onset = NULL;
      gint64 cleared = self->settings != NULL
                       ? g_settings_get_int64 (self->settings,
                                               SW_SETTINGS_KEY_CLINICIAN_CLEARED_CHECK)
                       : 0;

      if (!sw_journal_get_onset (self->journal, &user_onset, &error) ||
          !sw_compress_load (self->compress, self->journal, cleared, &error))
        g_debug ("Could not read the journal for the compress: %s", error->message);
      self->has_user_onset = user_onset != NULL;
    }

  refresh (self);
  arm_timer (self);
}

void
sw_compress_card_tick (SwCompressCard *self)
{
  g_return_if_fail (SW_IS_COMPRESS_CARD (self));

  sw_compress_update (self->compress);
  arm_timer (self);
}

SwCompress *
sw_compress_card_get_compress (SwCompressCard *self)
{
  g_return_val_if_fail (SW_IS_COMPRESS_CARD (self), NULL);

  return self->compress;
}

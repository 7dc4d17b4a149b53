/* sw-reminder-button.c: the header's next-break countdown and its menu
 *
 * The service never ticks; this button counts down by itself from the
 * service's NextDue, waking once when the minute shown changes and only
 * while it is on screen.
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-reminder-button.h"

#include <glib/gi18n.h>

#include "sw-reminder-status.h"
#include "sw-settings.h"

/* Pause for one hour, and the service's "until tomorrow". */
#define PAUSE_HOUR_SECONDS 3600
#define PAUSE_UNTIL_TOMORROW (-1)

struct _SwReminderButton
{
  AdwBin             parent_instance;

  GtkMenuButton     *menu_button;
  GtkImage          *icon;
  GtkImage          *compact_icon;
  GtkLabel          *label;
  GtkLabel          *status_label;
  GtkButton         *start_button;
  GtkButton         *pause_hour_button;
  GtkButton         *pause_tomorrow_button;
  GtkButton         *resume_button;
  GtkButton         *break_button;

  SwRemindersClient *client;
  GSettings         *settings;
  GSignalGroup      *client_signals;
  guint              refresh_id;
};

G_DEFINE_FINAL_TYPE (SwReminderButton, sw_reminder_button, ADW_TYPE_BIN)

static void refresh (SwReminderButton *self);

static gboolean
refresh_timeout_cb (gpointer user_data)
{
  SwReminderButton *self = user_data;

  self->refresh_id = 0;
  refresh (self);

  return G_SOURCE_REMOVE;
}

static void
arm_refresh (SwReminderButton *self,
             gint64            next_change_us)
{
  gint64 delay_ms;

  g_clear_handle_id (&self->refresh_id, g_source_remove);

  if (next_change_us <= 0 || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  delay_ms = (next_change_us - g_get_real_time () + 999) / 1000;
  self->refresh_id = g_timeout_add_full (G_PRIORITY_LOW, (guint) CLAMP (delay_ms, 1, G_MAXINT),
                                         refresh_timeout_cb, self, NULL);
}

static gboolean
get_enabled (SwReminderButton *self)
{
  return self->settings == NULL ||
         g_settings_get_boolean (self->settings, SW_SETTINGS_KEY_REMINDERS_ENABLED);
}

static void
update_buttons (SwReminderButton *self,
                gboolean          running,
                gboolean          restarting)
{
  const char *state = self->client != NULL ? sw_reminders_client_get_state (self->client) : NULL;
  gboolean paused = g_strcmp0 (state, "paused") == 0;

  gtk_widget_set_visible (GTK_WIDGET (self->start_button), !running && !restarting);
  gtk_widget_set_visible (GTK_WIDGET (self->break_button), running);
  gtk_widget_set_visible (GTK_WIDGET (self->pause_hour_button), running && !paused);
  gtk_widget_set_visible (GTK_WIDGET (self->pause_tomorrow_button), running && !paused);
  gtk_widget_set_visible (GTK_WIDGET (self->resume_button), running && paused);
}

static void
refresh (SwReminderButton *self)
{
  g_auto(SwReminderStatus) status = { 0 };
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  SwRemindersClient *client = self->client;
  gboolean enabled = get_enabled (self);
  gboolean restarting = enabled && client != NULL && sw_reminders_client_get_restarting (client);
  gboolean gave_up = enabled && client != NULL && sw_reminders_client_get_gave_up (client);
  const char *icon_name;

  sw_reminder_status_compute (&status,
                              client != NULL && sw_reminders_client_get_available (client),
                              enabled,
                              client != NULL ? sw_reminders_client_get_state (client) : NULL,
                              client != NULL ? sw_reminders_client_get_next_due (client) : 0,
                              client != NULL ? sw_reminders_client_get_state_ends (client) : 0,
                              client != NULL && sw_reminders_client_get_flare_mode (client),
                              now);

  /* The service stopped unexpectedly: say so rather than "Not running",
   * and while it comes back, show the old countdown no more. */
  if (restarting)
    {
      status.running = FALSE;
      status.next_change_us = 0;
      g_free (status.label);
      status.label = g_strdup (_("Restarting…"));
      g_free (status.description);
      status.description = g_strdup (_("Stand-up reminders stopped unexpectedly. "
                                       "Sitwell is starting them again."));
    }
  else if (gave_up && !status.running)
    {
      g_free (status.description);
      status.description = g_strdup (_("Stand-up reminders keep stopping unexpectedly, "
                                       "so Sitwell has stopped restarting them"));
    }

  gtk_label_set_label (self->label, status.label);
  gtk_label_set_label (self->status_label, status.description);
  /* GTK 4.8 asks the X server where the pointer is on every call (three
   * round trips), changed or not: at start-up, refresh runs several times. */
  if (g_strcmp0 (gtk_widget_get_tooltip_text (GTK_WIDGET (self->menu_button)),
                 status.description) != 0)
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->menu_button), status.description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, status.description,
                                  -1);
  icon_name = status.running || restarting || !enabled ? "sw-timer-symbolic"
                                                        : "dialog-warning-symbolic";
  gtk_image_set_from_icon_name (self->icon, icon_name);
  gtk_image_set_from_icon_name (self->compact_icon, icon_name);

  gtk_button_set_label (self->start_button, gave_up ? _("_Try Again") : _("_Start Reminders"));
  update_buttons (self, status.running, restarting);
  arm_refresh (self, status.next_change_us);
}

static void
pause_hour_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SwReminderButton *self = SW_REMINDER_BUTTON (widget);

  if (self->client != NULL)
    sw_reminders_client_pause (self->client, PAUSE_HOUR_SECONDS);
}

static void
pause_tomorrow_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  SwReminderButton *self = SW_REMINDER_BUTTON (widget);

  if (self->client != NULL)
    sw_reminders_client_pause (self->client, PAUSE_UNTIL_TOMORROW);
}

static void
resume_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SwReminderButton *self = SW_REMINDER_BUTTON (widget);

  if (self->client != NULL)
    sw_reminders_client_resume (self->client);
}

static void
start_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SwReminderButton *self = SW_REMINDER_BUTTON (widget);
  g_autoptr(GError) error = NULL;

  if (self->settings != NULL)
    g_settings_set_boolean (self->settings, SW_SETTINGS_KEY_REMINDERS_ENABLED, TRUE);

  if (self->client != NULL && !sw_reminders_client_start_service (self->client, &error))
    gtk_label_set_label (self->status_label, error->message);
}

static void
sw_reminder_button_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (sw_reminder_button_parent_class)->map (widget);

  refresh (SW_REMINDER_BUTTON (widget));
}

static void
sw_reminder_button_unmap (GtkWidget *widget)
{
  SwReminderButton *self = SW_REMINDER_BUTTON (widget);

  g_clear_handle_id (&self->refresh_id, g_source_remove);

  GTK_WIDGET_CLASS (sw_reminder_button_parent_class)->unmap (widget);
}

static void
sw_reminder_button_dispose (GObject *object)
{
  SwReminderButton *self = SW_REMINDER_BUTTON (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->client_signals != NULL)
    g_signal_group_set_target (self->client_signals, NULL);
  g_clear_object (&self->client_signals);
  g_clear_object (&self->client);
  g_clear_object (&self->settings);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SW_TYPE_REMINDER_BUTTON);

  G_OBJECT_CLASS (sw_reminder_button_parent_class)->dispose (object);
}

static void
sw_reminder_button_class_init (SwReminderButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_reminder_button_dispose;
  widget_class->map = sw_reminder_button_map;
  widget_class->unmap = sw_reminder_button_unmap;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sw-reminder-button.ui");
  gtk_widget_class_bind_template_child (widget_class, SwReminderButton, menu_button);
  gtk_widget_class_bind_template_child (widget_class, SwReminderButton, icon);
  gtk_widget_class_bind_template_child (widget_class, SwReminderButton, compact_icon);
  gtk_widget_class_bind_template_child (widget_class, SwReminderButton, label);
  gtk_widget_class_bind_template_child (widget_class, SwReminderButton, status_label);
  gtk_widget_class_bind_template_child (widget_class, SwReminderButton, start_button);
  gtk_widget_class_bind_template_child (widget_class, SwReminderButton, break_button);
  gtk_widget_class_bind_template_child (widget_class, SwReminderButton, pause_hour_button);
  gtk_widget_class_bind_template_child (widget_class, SwReminderButton, pause_tomorrow_button);
  gtk_widget_class_bind_template_child (widget_class, SwReminderButton, resume_button);

  gtk_widget_class_install_action (widget_class, "reminders.pause-hour", NULL,
                                   pause_hour_activated);
  gtk_widget_class_install_action (widget_class, "reminders.pause-tomorrow", NULL,
                                   pause_tomorrow_activated);
  gtk_widget_class_install_action (widget_class, "reminders.resume", NULL, resume_activated);
  gtk_widget_class_install_action (widget_class, "reminders.start", NULL, start_activated);
}

static void
sw_reminder_button_init (SwReminderButton *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->client_signals = g_signal_group_new (SW_TYPE_REMINDERS_CLIENT);
  g_signal_group_connect_swapped (self->client_signals, "notify", G_CALLBACK (refresh), self);

  refresh (self);
}

void
sw_reminder_button_set_client (SwReminderButton  *self,
                               SwRemindersClient *client)
{
  g_return_if_fail (SW_IS_REMINDER_BUTTON (self));
  g_return_if_fail (client == NULL || SW_IS_REMINDERS_CLIENT (client));

  if (!g_set_object (&self->client, client))
    return;

  g_signal_group_set_target (self->client_signals, client);
  refresh (self);
}

void
sw_reminder_button_set_settings (SwReminderButton *self,
                                 GSettings        *settings)
{
  g_return_if_fail (SW_IS_REMINDER_BUTTON (self));

  if (self->settings == settings)
    return;

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_set_object (&self->settings, settings);

  if (settings != NULL)
    g_signal_connect_object (settings, "changed::" SW_SETTINGS_KEY_REMINDERS_ENABLED,
                             G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
  refresh (self);
}

/* What the button reads now, for tests. */
const char *
sw_reminder_button_get_label (SwReminderButton *self)
{
  g_return_val_if_fail (SW_IS_REMINDER_BUTTON (self), NULL);

  return gtk_label_get_label (self->label);
}

/* sw-preferences-window.c: settings, each bound straight to GSettings
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-preferences-window.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "sw-settings.h"

struct _SwPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  GtkSwitch            *reminders_switch;
  AdwActionRow         *interval_row;
  GtkSpinButton        *interval_spin;
  AdwActionRow         *break_row;
  GtkSpinButton        *break_spin;
  AdwActionRow         *snooze_row;
  GtkSpinButton        *snooze_spin;
  AdwExpanderRow       *work_hours_row;
  GtkBox               *days_box;
  GtkSpinButton        *work_start_spin;
  GtkSpinButton        *work_end_spin;
  GtkSwitch            *flare_switch;
  GtkSwitch            *flare_shortens_switch;
  GtkSwitch            *sound_switch;
  GtkSwitch            *login_switch;
  /* One toggle per weekday, Monday first, matching the work-days bits. */
  GtkToggleButton      *day_buttons[7];

  AdwComboRow          *kind_of_day_row;
  GtkSwitch            *pregnant_switch;
  GtkSwitch            *spine_surgery_switch;
  GtkSwitch            *stenosis_switch;

  GtkSwitch            *recheck_switch;
  AdwActionRow         *journal_location_row;
  GFile                *journal_folder;
};

G_DEFINE_FINAL_TYPE (SwPreferencesWindow, sw_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The combo row lists the kinds of day in this order. */
static const char * const kinds_of_day[] = { "office", "active", "older" };

static gboolean
kind_to_selected (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  const char *kind = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (kinds_of_day); i++)
    {
      if (g_strcmp0 (kind, kinds_of_day[i]) == 0)
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  g_value_set_uint (value, 0);
  return TRUE;
}

static GVariant *
selected_to_kind (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  guint selected = g_value_get_uint (value);

  if (selected >= G_N_ELEMENTS (kinds_of_day))
    return NULL;

  return g_variant_new_string (kinds_of_day[selected]);
}

/* Minutes after midnight shown as a clock time, "09:30". */
static gboolean
time_spin_output_cb (GtkSpinButton *spin)
{
  int minutes = (int) gtk_adjustment_get_value (gtk_spin_button_get_adjustment (spin));
  g_autofree char *text = g_strdup_printf ("%02d:%02d", minutes / 60, minutes % 60);

  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static int
time_spin_input_cb (GtkSpinButton *spin,
                    double        *new_value)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));
  unsigned int hours, minutes = 0;

  if (sscanf (text, "%u:%u", &hours, &minutes) < 1 || hours > 23 || minutes > 59)
    return GTK_INPUT_ERROR;

  *new_value = hours * 60 + minutes;
  return TRUE;
}

static void
sync_day_buttons (SwPreferencesWindow *self)
{
  int days = g_settings_get_int (self->settings, SW_SETTINGS_KEY_WORK_DAYS);

  for (guint i = 0; i < G_N_ELEMENTS (self->day_buttons); i++)
    gtk_toggle_button_set_active (self->day_buttons[i], (days & (1 << i)) != 0);
}

static void
day_button_toggled_cb (SwPreferencesWindow *self)
{
  int days = 0;

  for (guint i = 0; i < G_N_ELEMENTS (self->day_buttons); i++)
    if (gtk_toggle_button_get_active (self->day_buttons[i]))
      days |= 1 << i;

  if (days != g_settings_get_int (self->settings, SW_SETTINGS_KEY_WORK_DAYS))
    g_settings_set_int (self->settings, SW_SETTINGS_KEY_WORK_DAYS, days);
}

/* Day names in the user's language, from a week known to start on Monday. */
static void
make_day_buttons (SwPreferencesWindow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->day_buttons); i++)
    {
      g_autoptr(GDateTime) day = g_date_time_new_utc (2024, 1, 1 + i, 12, 0, 0);
      g_autofree char *short_name = g_date_time_format (day, "%a");
      g_autofree char *long_name = g_date_time_format (day, "%A");
      GtkWidget *button = gtk_toggle_button_new_with_label (short_name);

      gtk_widget_set_tooltip_text (button, long_name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, long_name,
                                      -1);
      gtk_box_append (self->days_box, button);
      self->day_buttons[i] = GTK_TOGGLE_BUTTON (button);
    }
}

static void
sync_flare_switch (SwPreferencesWindow *self)
{
  gint64 until = g_settings_get_int64 (self->settings, SW_SETTINGS_KEY_FLARE_SWITCH_UNTIL);

  gtk_switch_set_active (self->flare_switch, until > g_get_real_time ());
}

static void
flare_switch_active_cb (SwPreferencesWindow *self)
{
  gboolean active = gtk_switch_get_active (self->flare_switch);
  gint64 until = g_settings_get_int64 (self->settings, SW_SETTINGS_KEY_FLARE_SWITCH_UNTIL);
  gint64 now = g_get_real_time ();

  if (active && until <= now)
    g_settings_set_int64 (self->settings, SW_SETTINGS_KEY_FLARE_SWITCH_UNTIL,
                          now + SW_FLARE_SWITCH_DAYS * G_TIME_SPAN_DAY);
  else if (!active && until != 0)
    g_settings_set_int64 (self->settings, SW_SETTINGS_KEY_FLARE_SWITCH_UNTIL, 0);
}

static void
bind_reminders (SwPreferencesWindow *self)
{
  GtkWidget *depends_on_reminders[] = {
    GTK_WIDGET (self->interval_row), GTK_WIDGET (self->break_row),
    GTK_WIDGET (self->snooze_row), GTK_WIDGET (self->work_hours_row),
  };

  g_settings_bind (self->settings, SW_SETTINGS_KEY_REMINDERS_ENABLED,
                   self->reminders_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, SW_SETTINGS_KEY_INTERVAL_MINUTES,
                   gtk_spin_button_get_adjustment (self->interval_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, SW_SETTINGS_KEY_BREAK_MINUTES,
                   gtk_spin_button_get_adjustment (self->break_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, SW_SETTINGS_KEY_SNOOZE_MINUTES,
                   gtk_spin_button_get_adjustment (self->snooze_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, SW_SETTINGS_KEY_WORK_HOURS_ENABLED,
                   self->work_hours_row, "enable-expansion", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, SW_SETTINGS_KEY_WORK_START_MINUTES,
                   gtk_spin_button_get_adjustment (self->work_start_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, SW_SETTINGS_KEY_WORK_END_MINUTES,
                   gtk_spin_button_get_adjustment (self->work_end_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, SW_SETTINGS_KEY_FLARE_SHORTENS,
                   self->flare_shortens_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, SW_SETTINGS_KEY_SOUND,
                   self->sound_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, SW_SETTINGS_KEY_START_AT_LOGIN,
                   self->login_switch, "active", G_SETTINGS_BIND_DEFAULT);

  for (guint i = 0; i < G_N_ELEMENTS (depends_on_reminders); i++)
    g_object_bind_property (self->reminders_switch, "active",
                            depends_on_reminders[i], "sensitive", G_BINDING_SYNC_CREATE);

  make_day_buttons (self);
  sync_day_buttons (self);
  for (guint i = 0; i < G_N_ELEMENTS (self->day_buttons); i++)
    g_signal_connect_object (self->day_buttons[i], "toggled",
                             G_CALLBACK (day_button_toggled_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::" SW_SETTINGS_KEY_WORK_DAYS,
                           G_CALLBACK (sync_day_buttons), self, G_CONNECT_SWAPPED);

  sync_flare_switch (self);
  g_signal_connect_object (self->settings, "changed::" SW_SETTINGS_KEY_FLARE_SWITCH_UNTIL,
                           G_CALLBACK (sync_flare_switch), self, G_CONNECT_SWAPPED);
}

static void
sw_preferences_window_constructed (GObject *object)
{
  SwPreferencesWindow *self = SW_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (sw_preferences_window_parent_class)->constructed (object);

  bind_reminders (self);

  g_settings_bind_with_mapping (self->settings, SW_SETTINGS_KEY_KIND_OF_DAY,
                                self->kind_of_day_row, "selected", G_SETTINGS_BIND_DEFAULT,
                                kind_to_selected, selected_to_kind, NULL, NULL);
  g_settings_bind (self->settings, SW_SETTINGS_KEY_PREGNANT,
                   self->pregnant_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, SW_SETTINGS_KEY_SPINE_SURGERY,
                   self->spine_surgery_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, SW_SETTINGS_KEY_SPINAL_STENOSIS,
                   self->stenosis_switch, "active", G_SETTINGS_BIND_DEFAULT);

  g_settings_bind (self->settings, SW_SETTINGS_KEY_DESK_RECHECK_MONTHLY,
                   self->recheck_switch, "active", G_SETTINGS_BIND_DEFAULT);
}

/* The folder as people know it: "~/.local/share/sitwell" under home. */
static char *
describe_folder (GFile *folder)
{
  g_autoptr(GFile) home = g_file_new_for_path (g_get_home_dir ());
  g_autofree char *relative = g_file_get_relative_path (home, folder);
  g_autofree char *path = NULL;

  if (relative != NULL)
    {
      g_autofree char *display = g_filename_display_name (relative);

      return g_build_filename ("~", display, NULL);
    }

  path = g_file_get_path (folder);
  return path != NULL ? g_filename_display_name (path) : g_file_get_uri (folder);
}

static void
show_uri_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(SwPreferencesWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error))
    {
      g_autofree char *message = NULL;

      g_debug ("Could not open the journal folder: %s", error->message);
      /* Translators: %s says why, e.g. "No application is registered as
       * handling this file". */
      message = g_markup_printf_escaped (_("Could not open the folder: %s"), error->message);
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (message));
    }
}

static void
open_journal_folder_activated (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  SwPreferencesWindow *self = SW_PREFERENCES_WINDOW (widget);
  g_autofree char *uri = NULL;

  if (self->journal_folder == NULL)
    return;

  uri = g_file_get_uri (self->journal_folder);
  gtk_show_uri_full (GTK_WINDOW (self), uri, GDK_CURRENT_TIME, NULL,
                     show_uri_cb, g_object_ref (self));
}

static void
sw_preferences_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  SwPreferencesWindow *self = SW_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_preferences_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  SwPreferencesWindow *self = SW_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_preferences_window_dispose (GObject *object)
{
  SwPreferencesWindow *self = SW_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SW_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->journal_folder);

  G_OBJECT_CLASS (sw_preferences_window_parent_class)->dispose (object);
}

static void
sw_preferences_window_class_init (SwPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sw_preferences_window_constructed;
  object_class->dispose = sw_preferences_window_dispose;
  object_class->get_property = sw_preferences_window_get_property;
  object_class->set_property = sw_preferences_window_set_property;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sw-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SwPreferencesWindow, reminders_switch);
  gtk_widget_class_bind_template_child (widget_class, SwPreferencesWindow, interval_row);
  gtk_widget_class_bind_template_child (widget_class, SwPreferencesWindow, interval_spin);
  gtk_widget_class_bind_template_child (widget_class, SwPreferencesWindow, break_row);
  gtk_widget_class_bind_template_child (widget_class, SwPreferencesWindow, break_spin);
  gtk_widget_class_bind_template_child (widget_class, SwPreferencesWindow, snooze_row);
  gtk_widget_class_bind_template_child (widget_class, SwPreferencesWindow, snooze_spin);
  gtk_widget_class_bind_template_child (widget_class, SwPreferencesWindow, work_hours_row);
  gtk_widget_class_bind_template_child (widget_class, SwPreferencesWindow, days_box);
  gtk_widget_class_bind_template_child (widget_class, SwPreferencesWindow, work_start_spin);
  gtk_widget_class_bind_template_child (widget_class, SwPreferencesWindow, work_end_spin);
  gtk_widget_class_bind_template_child (widget_class, SwPreferencesWindow, flare_switch);
  gtk_widget_class_bind_template_child (widget_class, SwPreferencesWindow, flare_shortens_switch);
  gtk_widget_class_bind_template_child (widget_class, SwPreferencesWindow, sound_switch);
  gtk_widget_class_bind_template_child (widget_class, SwPreferencesWindow, login_switch);
  gtk_widget_class_bind_template_callback (widget_class, time_spin_output_cb);
  gtk_widget_class_bind_template_callback (widget_class, time_spin_input_cb);
  gtk_widget_class_bind_template_callback (widget_class, flare_switch_active_cb);
  gtk_widget_class_bind_template_child (widget_class, SwPreferencesWindow, kind_of_day_row);
  gtk_widget_class_bind_template_child (widget_class, SwPreferencesWindow, pregnant_switch);
  gtk_widget_class_bind_template_child (widget_class, SwPreferencesWindow, spine_surgery_switch);
  gtk_widget_class_bind_template_child (widget_class, SwPreferencesWindow, stenosis_switch);
  gtk_widget_class_bind_template_child (widget_class, SwPreferencesWindow, recheck_switch);
  gtk_widget_class_bind_template_child (widget_class, SwPreferencesWindow, journal_location_row);

  gtk_widget_class_install_action (widget_class, "preferences.open-journal-folder", NULL,
                                   open_journal_folder_activated);
}

static void
sw_preferences_window_init (SwPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_set_visible (GTK_WIDGET (self->journal_location_row), FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preferences.open-journal-folder", FALSE);
}

SwPreferencesWindow *
sw_preferences_window_new (GSettings *settings)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (SW_TYPE_PREFERENCES_WINDOW,
                       "settings", settings,
                       NULL);
}

void
sw_preferences_window_set_journal_folder (SwPreferencesWindow *self,
                                          GFile               *folder)
{
  g_autofree char *description = NULL;

  g_return_if_fail (SW_IS_PREFERENCES_WINDOW (self));
  g_return_if_fail (folder == NULL || G_IS_FILE (folder));

  if (!g_set_object (&self->journal_folder, folder))
    return;

  if (folder != NULL)
    description = describe_folder (folder);
  adw_action_row_set_subtitle (self->journal_location_row, description);
  gtk_widget_set_visible (GTK_WIDGET (self->journal_location_row), folder != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preferences.open-journal-folder",
                                 folder != NULL);
}

GFile *
sw_preferences_window_get_journal_folder (SwPreferencesWindow *self)
{
  g_return_val_if_fail (SW_IS_PREFERENCES_WINDOW (self), NULL);

  return self->journal_folder;
}

/* sw-preferences-window.c: settings, each bound straight to GSettings
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-preferences-window.h"

#include <glib/gi18n.h>

#include "sw-settings.h"

struct _SwPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  AdwComboRow          *kind_of_day_row;
  GtkSwitch            *pregnant_switch;
  GtkSwitch            *spine_surgery_switch;
  GtkSwitch            *stenosis_switch;
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

static void
sw_preferences_window_constructed (GObject *object)
{
  SwPreferencesWindow *self = SW_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (sw_preferences_window_parent_class)->constructed (object);

  g_settings_bind_with_mapping (self->settings, SW_SETTINGS_KEY_KIND_OF_DAY,
                                self->kind_of_day_row, "selected", G_SETTINGS_BIND_DEFAULT,
                                kind_to_selected, selected_to_kind, NULL, NULL);
  g_settings_bind (self->settings, SW_SETTINGS_KEY_PREGNANT,
                   self->pregnant_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, SW_SETTINGS_KEY_SPINE_SURGERY,
                   self->spine_surgery_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, SW_SETTINGS_KEY_SPINAL_STENOSIS,
                   self->stenosis_switch, "active", G_SETTINGS_BIND_DEFAULT);
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
  gtk_widget_class_bind_template_child (widget_class, SwPreferencesWindow, kind_of_day_row);
  gtk_widget_class_bind_template_child (widget_class, SwPreferencesWindow, pregnant_switch);
  gtk_widget_class_bind_template_child (widget_class, SwPreferencesWindow, spine_surgery_switch);
  gtk_widget_class_bind_template_child (widget_class, SwPreferencesWindow, stenosis_switch);
}

static void
sw_preferences_window_init (SwPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

SwPreferencesWindow *
sw_preferences_window_new (GSettings *settings)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (SW_TYPE_PREFERENCES_WINDOW,
                       "settings", settings,
                       NULL);
}

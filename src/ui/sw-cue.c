/* sw-cue.c: a sound at a timer's turn, and a notification when nobody is looking
 *
 * GTK 4.8 has no sound API of its own: the error bell is the one sound every
 * desktop plays (the compositor's alert sound). When the window is not in
 * front, a GNotification says what to do next as well, replacing the last
 * one with the same id so they never pile up; clicking it brings the app
 * back (GNotification activates the application without a default action).
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-cue.h"

#include "sw-settings.h"

static GtkApplication *
get_application (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root)) : NULL;
}

/**
 * sw_cue:
 * @settings: (nullable): the app's settings; the `sound` key can mute it
 * @body: (nullable): a line under the title
 */
void
sw_cue (GtkWidget  *widget,
        GSettings  *settings,
        const char *notification_id,
        const char *title,
        const char *body)
{
  GtkApplication *application;
  GtkRoot *root;
  g_autoptr(GNotification) notification = NULL;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (notification_id != NULL);
  g_return_if_fail (title != NULL);

  if (settings == NULL || g_settings_get_boolean (settings, SW_SETTINGS_KEY_SOUND))
    gtk_widget_error_bell (widget);

  root = gtk_widget_get_root (widget);
  application = get_application (widget);
  if (application == NULL || gtk_window_is_active (GTK_WINDOW (root)))
    return;

  notification = g_notification_new (title);
  if (body != NULL)
    g_notification_set_body (notification, body);
  g_application_send_notification (G_APPLICATION (application), notification_id, notification);
}

void
sw_cue_withdraw (GtkWidget  *widget,
                 const char *notification_id)
{
  GtkApplication *application;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  application = get_application (widget);
  if (application != NULL)
    g_application_withdraw_notification (G_APPLICATION (application), notification_id);
}

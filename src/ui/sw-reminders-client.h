/* sw-reminders-client.h: the app's one view of the reminder service
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SW_REMINDERS_OBJECT_PATH "/io/github/sitwell/Sitwell/Reminders"

#define SW_TYPE_REMINDERS_CLIENT (sw_reminders_client_get_type ())
G_DECLARE_FINAL_TYPE (SwRemindersClient, sw_reminders_client, SW, REMINDERS_CLIENT, GObject)

SwRemindersClient *sw_reminders_client_new                (GDBusConnection   *connection);
gboolean           sw_reminders_client_get_available      (SwRemindersClient *self);
const char        *sw_reminders_client_get_state          (SwRemindersClient *self);
gint64             sw_reminders_client_get_next_due       (SwRemindersClient *self);
gint64             sw_reminders_client_get_state_ends     (SwRemindersClient *self);
gboolean           sw_reminders_client_get_flare_mode     (SwRemindersClient *self);
gboolean           sw_reminders_client_get_notifications_available
                                                          (SwRemindersClient *self);
gboolean           sw_reminders_client_get_restarting     (SwRemindersClient *self);
gboolean           sw_reminders_client_get_gave_up        (SwRemindersClient *self);
void               sw_reminders_client_set_settings       (SwRemindersClient *self,
                                                           GSettings         *settings);
void               sw_reminders_client_take_break_now     (SwRemindersClient *self);
void               sw_reminders_client_pause              (SwRemindersClient *self,
                                                           gint64             seconds);
void               sw_reminders_client_resume             (SwRemindersClient *self);
void               sw_reminders_client_finish_break       (SwRemindersClient *self,
                                                           gboolean           completed);
void               sw_reminders_client_snooze             (SwRemindersClient *self);
void               sw_reminders_client_skip               (SwRemindersClient *self);
gboolean           sw_reminders_client_start_service      (SwRemindersClient *self,
                                                           GError           **error);
void               sw_reminders_client_ensure_service     (SwRemindersClient *self);

G_END_DECLS
